#!/usr/bin/env python3
"""Extraction speed on one core: articles per second of newscat.extract.extract().

    python benchmarks/bench_extract.py [--count 2000] [--seed 7] [--ner tagger|rules]

Articles come from benchmarks/generate.py (~400 words, 3-8 people with roles). Generation and
lexicon loading happen before the clock starts; the figure is extract() alone. Then a few
hostile shapes (one huge line, a list of thousands of names) are timed, so that nothing in the
extractor grows with the square of an article's size.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time

from generate import Generator

from newscat.extract import extract
from newscat.extract.people import RulesOnly


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--ner", choices=["tagger", "rules"], default="tagger")
    args = parser.parse_args()
    finder = RulesOnly() if args.ner == "rules" else None
    texts = [a.text for a in Generator(args.seed).articles(args.count)]
    words = statistics.mean(len(t.split()) for t in texts)
    extract(texts[0], people_finder=finder)  # load the word lists and the model
    rates = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        for text in texts:
            extract(text, people_finder=finder)
        rates.append(len(texts) / (time.perf_counter() - started))
    print(
        f"extract(): {statistics.median(rates):,.0f} articles/s on one core "
        f"(median of {args.rounds} rounds of {len(texts)} articles, {words:.0f} words each on average)"
    )
    for label, text in hostile_shapes(args.seed).items():
        started = time.perf_counter()
        extract(text, people_finder=finder)
        print(f"  {label}: {time.perf_counter() - started:.2f} s")
    return 0


def hostile_shapes(seed: int) -> dict[str, str]:
    rng = random.Random(seed)
    names = ["John Smith", "Maria Garcia", "Ivan Petrov", "Li Wei", "Anna Schmidt", "Omar Haddad"]
    words = "the of and said in on at for with minister company police court Monday".split()
    titled = "Game Kill Finding Dead Shark Candy Love Speeder".split()
    prose = " ".join(
        rng.choice(names) + "," if rng.random() < 0.1 else rng.choice(words) for _ in range(170_000)
    )
    return {
        "1 MB on one line": "Headline\n\n" + prose,
        "5,000 names in one list": "Team\n\n" + ", ".join(rng.choice(names) for _ in range(5000)),
        "5,000 surnames in one list": "Team\n\nGary Breen, "
        + ", ".join(rng.choice(names).split()[1] for _ in range(5000)),
        "a 1 MB word with no space in it": "Headline\n\nThe mayor said " + "x" * 1_000_000 + ".",
        # each one a nickname, which once made a filter over every pair of names
        "20,000 bracketed nicknames": "Team\n\n" + "John (Leo) Smith, " * 20_000,
        "a navigation bar of 100,000 items": "Home | " * 100_000,
        # each tested as a work's title ("Finding Nemo"), which once read the text per name
        "3,000 names opening with a word of the language": "Team\n\n"
        + " ".join(
            f"The coach praised {rng.choice(titled)} {rng.choice(names).split()[1]}x{i} today."
            for i in range(3000)
        ),
    }


if __name__ == "__main__":
    sys.exit(main())
