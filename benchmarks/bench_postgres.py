#!/usr/bin/env python3
"""Search and ingest on PostgreSQL beside SQLite, in one run, on the same generated articles.

    python benchmarks/bench_postgres.py [--sizes 100000 1000000] [--runs 30]
        [--writers 1 2 4] [--ingest-count 2000] [--server URL] [--markdown FILE]

Without --server, a private PostgreSQL server is started for the run (tests/postgres.py, with
the server's default durability) and stopped after. Search: the catalogues of bench_search.py
(generate.py, written straight into SQLite), copied to the server with `newscat copy`, then the
same queries through each backend's Catalog.search in this process (warm cache): p50 and p95.
Ingest: `newscat add --jobs 1` of generated files by 1, 2 and 4 writer processes at once, each
on its own share of the files, into a new catalogue on each backend: articles per second.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

from bench_search import search_cases
from common import NEWSCAT, ensure_catalogue, ensure_files, percentiles, remove_catalogue, repeat

from newscat.catalog import Catalog
from newscat.pg.catalog import PgCatalog

ROOT = Path(__file__).resolve().parent.parent


def new_database(server: str, name: str, keep: bool = False) -> str:
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and not keep:
            admin.execute(f'DROP DATABASE "{name}"')
        if not exists or not keep:
            admin.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"


def search(server: str, size: int, work: Path, runs: int) -> list[str]:
    path = ensure_catalogue(work / f"catalogue-{size}.db", size)
    lite = Catalog(path)
    url = new_database(server, f"newscat_bench_{size}", keep=True)
    copied = PgCatalog(url)
    if copied.count() != lite.count():
        print(f"copying {lite.count():,} articles to the server …", file=sys.stderr)
        started = time.perf_counter()
        subprocess.run([*NEWSCAT, "copy", "-q", str(path), url], check=True)
        print(f"  copied in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        copied.conn.execute("VACUUM ANALYZE")
    _terms, cases = search_cases(lite)
    lines = [
        f"\n{lite.count():,} articles\n",
        "| query | SQLite p50 | p95 | PostgreSQL p50 | p95 |",
        "|---|---|---|---|---|",
    ]
    for label, query, _ in cases:
        figures = []
        for catalog in (lite, copied):
            figures += percentiles(repeat(lambda q=query, c=catalog: c.search(q), runs))
        lines.append(f"| {label} | " + " | ".join(f"{f:.1f} ms" for f in figures) + " |")
        print(lines[-1], flush=True)
    return lines


def _shares(files: list[Path], writers: int, work: Path) -> list[Path]:
    """The files cut into one folder of links per writer."""
    folders = []
    for n in range(writers):
        folder = work / f"share-{writers}-{n}"
        folder.mkdir(parents=True, exist_ok=True)
        for file in files[n::writers]:
            link = folder / file.name
            if not link.exists():
                link.symlink_to(file)
        folders.append(folder)
    return folders


def ingest(server: str, count: int, writer_counts: list[int], work: Path) -> list[str]:
    folder = ensure_files(work / f"files-{count}", count)
    files = sorted(folder.rglob("*.txt"))[:count]
    lines = [
        f"\ningest of {len(files):,} generated articles, `newscat add --jobs 1` per writer\n",
        "| writers | SQLite articles/s | PostgreSQL articles/s |",
        "|---|---|---|",
    ]
    for writers in writer_counts:
        shares = _shares(files, writers, work / "shares")
        rates = []
        for backend in ("sqlite", "postgresql"):
            if backend == "sqlite":
                db = work / f"ingest-{writers}-writers.db"
                remove_catalogue(db)
                target = str(db)
            else:
                target = new_database(server, f"newscat_ingest_{writers}")
            env = {**os.environ, "NEWSCAT_DB": target}
            started = time.perf_counter()
            processes = [
                subprocess.Popen(
                    [*NEWSCAT, "add", "--jobs", "1", "--quiet", str(share)],
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                for share in shares
            ]
            for process in processes:
                process.wait()
            rates.append(len(files) / (time.perf_counter() - started))
        lines.append(f"| {writers} | {rates[0]:.0f} | {rates[1]:.0f} |")
        print(lines[-1], flush=True)
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--writers", type=int, nargs="*", default=[1, 2, 4])  # none: no ingest
    parser.add_argument("--ingest-count", type=int, default=2000)
    parser.add_argument("--server", help="postgresql://user@host:port (may CREATE DATABASE)")
    parser.add_argument("--work", type=Path, default=Path(__file__).parent / "out")
    parser.add_argument("--markdown", type=Path, help="also write the tables to this file")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        server = args.server
        if not server:
            sys.path.insert(0, str(ROOT))
            from tests.postgres import private_server

            server = stack.enter_context(private_server(durable=True))
        lines = []
        for size in args.sizes:
            lines += search(server, size, args.work, args.runs)
        if args.writers:
            lines += ingest(server, args.ingest_count, args.writers, args.work)
    if args.markdown:
        args.markdown.write_text("\n".join(lines).lstrip() + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
