#!/usr/bin/env python3
"""Extraction's cost in machine instructions, counted by valgrind: a figure the shared
machine's noise does not move (wall-clock rates here swing by a third from run to run).

    python benchmarks/bench_instructions.py [--count 100] [--ner tagger|rules|entities]

Runs extract() (or the tagger's entities() alone) over --count generated articles under
`valgrind --tool=callgrind`, once with the articles and once with only the first (the start-up,
word lists and model loading), and prints the difference per article. About 50 times slower
than running the code directly: 100 articles take a minute or two. Needs valgrind
(`apt-get install valgrind`).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

_COLLECTED = re.compile(r"Collected : (\d+)")

_WORK = """
import sys
sys.path.insert(0, {here!r})
from generate import Generator
from newscat.extract import extract
from newscat.extract.people import RulesOnly
from newscat.tagger.model import entities
texts = [a.text for a in Generator({seed}).articles({count})]
finder = RulesOnly() if {ner!r} == "rules" else None
run = (lambda t: entities(t)) if {ner!r} == "entities" else (lambda t: extract(t, people_finder=finder))
for text in texts[: {count} if {all_of_them} else 1]:
    run(text)
"""


def instructions(code: str) -> int:
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            "-c",
            code,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    match = _COLLECTED.search(done.stderr)
    if match is None:
        raise SystemExit(f"valgrind gave no count: {done.stderr[-500:]}")
    return int(match.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--ner", choices=["tagger", "rules", "entities"], default="tagger")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("bench_instructions.py needs valgrind: apt-get install valgrind", file=sys.stderr)
        return 1
    here = str(Path(__file__).resolve().parent)
    fields = {"here": here, "seed": args.seed, "count": args.count, "ner": args.ner}
    setup = instructions(_WORK.format(all_of_them=False, **fields))
    total = instructions(_WORK.format(all_of_them=True, **fields))
    per_article = (total - setup) / (args.count - 1)
    label = "entities()" if args.ner == "entities" else f"extract() --ner {args.ner}"
    print(
        f"{label}: {per_article / 1e6:,.1f} million instructions an article ({args.count - 1} articles)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
