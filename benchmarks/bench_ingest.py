#!/usr/bin/env python3
"""Ingest speed: `newscat add` of generated files on one core and on all, beside the floor.

    python benchmarks/bench_ingest.py [--count 10000] [--work benchmarks/out]

The floor, in the same run: reading the same files, and a raw sqlite3 insert of their text
into an FTS5-indexed table (insert, then FTS5 rebuild) — what SQLite alone costs.

Then, in this process on the first --stage-sample files, what one article costs at each stage
of `newscat add` on one core (read, decode, extract, near-copy sketch, catalogue write), beside
the time per article that "50% of the floor" allows.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import NEWSCAT, ensure_files, remove_catalogue, run_timed


def floor(folder: Path, db: Path) -> tuple[float, float]:
    files = sorted(p for p in folder.rglob("*.txt"))
    started = time.perf_counter()
    texts = [p.read_text(encoding="utf-8") for p in files]
    read = time.perf_counter() - started
    db.unlink(missing_ok=True)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE a (id INTEGER PRIMARY KEY, path TEXT, body TEXT)")
    conn.execute("CREATE VIRTUAL TABLE a_fts USING fts5(body, content=a, content_rowid=id)")
    started = time.perf_counter()
    with conn:
        conn.executemany(
            "INSERT INTO a (path, body) VALUES (?, ?)", zip(map(str, files), texts, strict=True)
        )
        conn.execute("INSERT INTO a_fts (a_fts) VALUES ('rebuild')")
    insert = time.perf_counter() - started
    conn.close()
    return read, insert


def stage_costs(folder: Path, work: Path, sample: int) -> dict[str, float]:
    """Milliseconds per article for each stage of an add, timed one stage at a time."""
    from newscat import nearcopy
    from newscat.catalog import Catalog, Incoming
    from newscat.extract import extract
    from newscat.reading import decode

    files = sorted(map(str, folder.rglob("*.txt")))[:sample]
    costs: dict[str, float] = {}

    def timed(stage: str, action: Callable[[], list[Any]]) -> list[Any]:
        started = time.perf_counter()
        result = action()
        costs[stage] = (time.perf_counter() - started) * 1000 / len(files)
        return result

    data = timed("read", lambda: [Path(f).read_bytes() for f in files])
    texts = timed("decode", lambda: [decode(d) for d in data])
    records = timed(
        "extract", lambda: [extract(t, filename=f) for t, f in zip(texts, files, strict=True)]
    )
    sketches = timed("sketch", lambda: [nearcopy.sketch(r.text) for r in records])
    items = [Incoming(*row) for row in zip(records, files, sketches, strict=True)]
    batch = 200  # as `newscat add` does
    for stage, keep_fts in (("write", True), ("  of which FTS5", False)):
        db = work / "stages.db"
        remove_catalogue(db)
        catalog = Catalog(db)
        if not keep_fts:  # the trigger that indexes each new article (scratch catalogue)
            catalog.conn.execute("DROP TRIGGER articles_ai")

        def write(catalog: Catalog = catalog) -> list[Any]:
            return [catalog.add_many(items[i : i + batch]) for i in range(0, len(items), batch)]

        timed(stage, write)
        catalog.close()
    costs["  of which FTS5"] = costs["write"] - costs["  of which FTS5"]
    return costs


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--work", type=Path, default=Path(__file__).parent / "out")
    parser.add_argument("--stage-sample", type=int, default=3_000, help="files timed per stage")
    parser.add_argument(
        "--stages-only", action="store_true", help="skip the timed `newscat add` runs"
    )
    args = parser.parse_args()
    folder = ensure_files(args.work / f"files-{args.count}", args.count)
    n = args.count
    print(f"{n:,} files ({sum(p.stat().st_size for p in folder.rglob('*.txt')) / 1e6:.0f} MB)")
    # newscat runs first: a child's peak memory as the kernel reports it includes this
    # process's size when the child started, and the floor holds every text in memory.
    rates = {}
    for jobs in () if args.stages_only else (1, os.cpu_count() or 2):
        db = args.work / f"ingest-{jobs}.db"
        remove_catalogue(db)
        seconds, peak = run_timed(
            [*NEWSCAT, "add", "-q", "-j", str(jobs), "--db", str(db), str(folder)]
        )
        rates[jobs] = n / seconds
        size = db.stat().st_size / 1e6
        print(
            f"  newscat add -j {jobs}: {seconds:.1f} s, {rates[jobs]:,.0f} articles/s, "
            f"peak {peak} MB, catalogue {size:.0f} MB "
            f"({size * 100_000 / n / 1000:.1f} GB per 100k)"
        )
    if len(rates) > 1:
        print(f"  {max(rates)} processes vs 1: {rates[max(rates)] / rates[1]:.2f}x")
    read, insert = floor(folder, args.work / "floor.db")
    floor_rate = n / (read + insert)
    print(
        f"  floor: read {n / read:,.0f} files/s; raw insert + FTS5 {n / insert:,.0f}/s; both {floor_rate:,.0f}/s"
    )
    for jobs, rate in rates.items():
        print(f"  newscat add -j {jobs}: {rate / floor_rate:.0%} of the floor")
    costs = stage_costs(folder, args.work, min(args.stage_sample, n))
    print(f"  one article on one core, by stage (first {min(args.stage_sample, n):,} files):")
    for stage, ms in costs.items():
        print(f"    {stage:<16} {ms:.3f} ms")
    total = sum(ms for stage, ms in costs.items() if not stage.startswith(" "))
    print(f"    {'total':<16} {total:.3f} ms")
    print(f"  50% of the floor allows {2000 / floor_rate:.3f} ms per article in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
