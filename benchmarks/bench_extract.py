#!/usr/bin/env python3
"""Extraction speed on one core: articles per second of newscat.extract.extract().

    python benchmarks/bench_extract.py [--count 2000] [--seed 7]

Articles come from benchmarks/generate.py (~400 words, 3-8 people with roles). Generation and
lexicon loading happen before the clock starts; the figure is extract() alone.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from generate import Generator

from newscat.extract import extract


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts = [a.text for a in Generator(args.seed).articles(args.count)]
    words = statistics.mean(len(t.split()) for t in texts)
    extract(texts[0])  # load the word lists
    rates = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        for text in texts:
            extract(text)
        rates.append(len(texts) / (time.perf_counter() - started))
    print(
        f"extract(): {statistics.median(rates):,.0f} articles/s on one core "
        f"(median of {args.rounds} rounds of {len(texts)} articles, {words:.0f} words each on average)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
