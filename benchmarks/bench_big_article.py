#!/usr/bin/env python3
"""One huge article: extraction time and peak memory at 1, 5 and 20 MB, which must grow in
step with the size (linear), not with its square.

    python benchmarks/bench_big_article.py [--sizes 1 5 20]

Each text is generated articles (benchmarks/generate.py) run together into one, so it names
thousands of people, as a long compilation or a whole newspaper issue saved as one file does.
Each size runs in a fresh process, so its peak resident memory is its own; the baseline is
that of a process that imported newscat and extracted one small article.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from generate import Generator

_CHILD = """
import resource, sys, time
from newscat.extract import extract
extract("Warm up\\n\\nPresident Jane Holt said so on Monday.")
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
text = open(sys.argv[1], encoding="utf-8").read() if sys.argv[1] != "-" else ""
started = time.perf_counter()
record = extract(text) if text else None
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(elapsed, base // 1024, peak // 1024, len(record.people) if record else 0)
"""


def build(megabytes: float, folder: Path) -> Path:
    path = folder / f"article-{megabytes:g}mb.txt"
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    for article in Generator(11, people=5000, sources=80).articles(10**7):
        parts.append(article.text)
        size += len(article.text) + 2
        if size >= target:
            break
    path.write_text("\n\n".join(parts)[:target], encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 5, 20])
    parser.add_argument("--build", nargs=2, metavar=("MB", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        build(float(args.build[0]), Path(args.build[1]))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        print(
            f"{'size':>6} {'seconds':>8} {'s/MB':>6} {'peak MB':>8} {'over base':>9} {'people':>7}"
        )
        for megabytes in args.sizes:
            # built in a process of its own: Linux carries a parent's peak memory into a
            # child's, and the parent must not have held a 20 MB text
            subprocess.run(
                [sys.executable, __file__, "--build", str(megabytes), folder], check=True
            )
            path = Path(folder) / f"article-{megabytes:g}mb.txt"
            result = subprocess.run(
                [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True
            )
            if result.returncode:
                raise SystemExit(result.stderr[-1000:])
            elapsed, base, peak, people = result.stdout.split()
            seconds = float(elapsed)
            print(
                f"{megabytes:>4g}MB {seconds:>8.1f} {seconds / megabytes:>6.2f} {peak:>8} "
                f"{int(peak) - int(base):>9} {people:>7}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
