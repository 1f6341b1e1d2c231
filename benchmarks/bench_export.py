#!/usr/bin/env python3
"""Export speed and memory: `newscat export csv` of a generated catalogue.

python benchmarks/bench_export.py [--size 1000000] [--work benchmarks/out]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from common import NEWSCAT, ensure_catalogue, run_timed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--work", type=Path, default=Path(__file__).parent / "out")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    path = ensure_catalogue(args.work / f"catalogue-{args.size}.db", args.size)
    for fmt in ("csv", "jsonl"):
        target = args.work / f"export.{fmt}"
        seconds, peak = run_timed(
            [*NEWSCAT, "export", fmt, "--db", str(path), "-o", str(target), "--force"]
        )
        size = target.stat().st_size / 1e6
        print(
            f"export {fmt}: {args.size / seconds:,.0f} rows/s, {seconds:.1f} s, peak {peak} MB, {size:,.0f} MB written"
        )
        target.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
