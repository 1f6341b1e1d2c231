#!/usr/bin/env python3
"""Search speed at 100k and 1M articles: newscat's queries beside the raw FTS5 query.

    python benchmarks/bench_search.py [--sizes 100000 1000000] [--runs 30] [--work benchmarks/out]

Catalogues come from generate.py (written straight into SQLite). Terms are picked from the
index by how many articles hold them: rare (~0.35%), mid (~3.4%), common (in most articles).
Each query runs --runs times in this process (warm cache); p50 and p95 are reported, with
the raw FTS5 query (ORDER BY rank LIMIT 20 with snippet()) on the same data for comparison,
the whole `newscat search` command, and `grep -rli` over the files where they exist.
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from common import NEWSCAT, ensure_catalogue, percentiles, repeat

from newscat.catalog import Catalog, Query


def pick_terms(conn: sqlite3.Connection, total: int) -> dict[str, tuple[str, int]]:
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, 'articles_fts', 'row')"
    )
    rows = conn.execute(
        "SELECT term, doc FROM temp.vocab WHERE length(term) > 5 AND term GLOB '[a-z]*'"
    ).fetchall()

    def nearest(share: float) -> tuple[str, int]:
        return min(rows, key=lambda r: abs(r[1] - share * total))

    return {"rare": nearest(0.0035), "mid": nearest(0.034), "common": nearest(0.9)}


def raw_fts(conn: sqlite3.Connection, match: str) -> list[object]:
    return conn.execute(
        "SELECT rowid, snippet(articles_fts, 1, '[', ']', '…', 14) FROM articles_fts "
        "WHERE articles_fts MATCH ? ORDER BY rank LIMIT 20",
        [match],
    ).fetchall()


def search_cases(
    catalog: Catalog,
) -> tuple[dict[str, tuple[str, int]], list[tuple[str, Query, str | None]]]:
    """The terms picked from a generated catalogue, and the queries timed on it: (label,
    query, the same words for the raw FTS5 comparison or None)."""
    conn = catalog.conn
    total = catalog.count()
    terms = pick_terms(conn, total)
    person = conn.execute(
        "SELECT p.name FROM people p JOIN mentions m ON m.person_id = p.id GROUP BY p.id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    source = conn.execute("SELECT source FROM articles WHERE id = 1").fetchone()[0]
    common_two = f"{terms['common'][0]} {terms['mid'][0]}"
    phrase_row = (
        conn.execute("SELECT body FROM articles WHERE id = 7")
        .fetchone()[0]
        .split("\n\n")[1]
        .split()
    )
    phrase = f'"{phrase_row[3]} {phrase_row[4]}"'
    cases = [
        (
            f"rare term ({terms['rare'][1]:,} hits)",
            Query(words=terms["rare"][0], limit=20),
            terms["rare"][0],
        ),
        (
            f"mid term ({terms['mid'][1]:,} hits)",
            Query(words=terms["mid"][0], limit=20),
            terms["mid"][0],
        ),
        (
            f"common term ({terms['common'][1]:,} hits)",
            Query(words=terms["common"][0], limit=20),
            terms["common"][0],
        ),
        ("two words, common + mid", Query(words=common_two, limit=20), common_two),
        (f"phrase {phrase}", Query(words=phrase, limit=20), phrase),
        ("--person", Query(person=person, limit=20), None),
        (
            "--source + date range",
            Query(source=source, since="2010", until="2012-06", limit=20),
            None,
        ),
        (
            "combined words+person+date",
            Query(words=terms["mid"][0], person=person.split()[-1], since="2000", limit=20),
            None,
        ),
    ]
    return terms, cases


def bench(size: int, work: Path, runs: int) -> None:
    path = ensure_catalogue(work / f"catalogue-{size}.db", size)
    catalog = Catalog(path)
    conn = catalog.conn
    total = catalog.count()
    terms, cases = search_cases(catalog)
    print(
        f"\n{total:,} articles, {path.stat().st_size / 1e9:.2f} GB "
        f"({path.stat().st_size / total * 100_000 / 1e9:.2f} GB per 100k)"
    )
    for label, (term, docs) in terms.items():
        print(f"  {label} term {term!r} is in {docs:,} articles")
    print(f"  {'query':<36} {'newscat p50':>11} {'p95':>8} {'raw FTS5 p50':>13} {'overhead':>9}")
    for label, query, raw in cases:
        samples = repeat(lambda q=query: catalog.search(q), runs)
        p50, p95 = percentiles(samples)
        line = f"  {label:<36} {p50:9.1f}ms {p95:6.1f}ms"
        if raw:
            raw_p50, _ = percentiles(repeat(lambda m=raw: raw_fts(conn, m), runs))
            line += f" {raw_p50:11.1f}ms {p50 / raw_p50 - 1:+8.0%}"
        print(line)
    samples = repeat(
        lambda: subprocess.run(
            [*NEWSCAT, "search", terms["rare"][0], "--db", str(path)], capture_output=True
        ),
        max(5, runs // 5),
    )
    p50, _ = percentiles(samples)
    print(f"  whole command `newscat search {terms['rare'][0]}`: p50 {p50:.0f} ms")
    files = work / f"files-{size}"
    if files.exists():
        started = time.perf_counter()
        subprocess.run(["grep", "-rli", terms["rare"][0], str(files)], capture_output=True)
        print(
            f"  grep -rli {terms['rare'][0]} over the {size:,} files: {(time.perf_counter() - started) * 1000:.0f} ms"
        )
    catalog.close()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--work", type=Path, default=Path(__file__).parent / "out")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        bench(size, args.work, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
