#!/usr/bin/env python3
"""Deterministic synthetic news articles for benchmarks.

    python benchmarks/generate.py files OUT_DIR --count 100000 [--seed 7]
    python benchmarks/generate.py catalogue DB --count 1000000 [--seed 7]

Each article: a headline, a date line in one of several formats, a ~400-word body naming 3-8
people (from a pool of thousands, each with a role) and a sign-off from hundreds of sources.
Body words follow a Zipf-like law over a large vocabulary, so some words are rare and some are
in nearly every article, as in real news. The same seed always gives the same articles.
`catalogue` writes straight into a catalogue (no extraction: the generator knows the values),
for search and export benchmarks at sizes that would take long to ingest.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newscat.extract.words import lexicon

MONTHS = (
    "January February March April May June July August September October November December".split()
)
FUNCTION_WORDS = "the of and to in a that for on with as by at from its was said has will".split()
OUTLET_WORDS = (
    "Herald Tribune Times Post Gazette Chronicle Observer Courier Daily News Monitor Review".split()
)
ROLE_TEMPLATES = [
    "chairman of {org}",
    "chief executive of {org}",
    "spokesman for {org}",
    "director of {org}",
    "president of {org}",
    "senior analyst at {org}",
    "minister of {field}",
    "professor of {field} at {org}",
]
FIELDS = (
    "finance energy health education transport agriculture defence trade culture science".split()
)
ORG_KINDS = (
    "Bank Group Corp Institute Foundation University Council Agency Holdings Industries".split()
)


@dataclass
class Person:
    name: str
    role: str


@dataclass
class Article:
    headline: str
    published: str
    date_line: str
    source: str
    people: list[Person]
    text: str


def _syllable_words(rng: random.Random, count: int) -> list[str]:
    syllables = [a + b for a in "bdfgklmnprstvz" for b in "aeiou"]
    words: set[str] = set()
    while len(words) < count:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class Generator:
    def __init__(
        self, seed: int = 7, vocabulary: int = 50_000, people: int = 5_000, sources: int = 400
    ):
        self.rng = random.Random(seed)
        rng = self.rng
        self.words = _syllable_words(rng, vocabulary)
        # Zipf: the word of rank r is drawn with weight 1 / (r + 1).
        weights = [1 / (rank + 1) for rank in range(vocabulary)]
        self.cumulative = list(itertools.accumulate(weights))
        given = sorted(n for n in lexicon("first_names") if n.isalpha() and len(n) > 2)
        family = sorted(n for n in lexicon("surnames") if n.isalpha() and len(n) > 3)[:20_000]
        places = sorted(p for p in lexicon("places") if p.isalpha())
        self.orgs = [
            f"{rng.choice(family).title()} {rng.choice(ORG_KINDS)}"
            for _ in range(max(50, people // 10))
        ]
        self.people = [
            Person(
                f"{rng.choice(given).title()} {rng.choice(family).title()}",
                rng.choice(ROLE_TEMPLATES).format(
                    org=rng.choice(self.orgs), field=rng.choice(FIELDS)
                ),
            )
            for _ in range(people)
        ]
        self.sources = sorted(
            {
                f"The {rng.choice(places).title()} {rng.choice(OUTLET_WORDS)}"
                for _ in range(sources * 2)
            }
        )[:sources]

    def word(self) -> str:
        index = bisect.bisect_left(self.cumulative, self.rng.random() * self.cumulative[-1])
        return self.words[min(index, len(self.words) - 1)]

    def sentence(self, length: int) -> str:
        rng = self.rng
        words = [
            rng.choice(FUNCTION_WORDS) if rng.random() < 0.35 else self.word()
            for _ in range(length)
        ]
        return " ".join(words).capitalize() + "."

    def article(self) -> Article:
        rng = self.rng
        year, month, day = rng.randint(1995, 2025), rng.randint(1, 12), rng.randint(1, 28)
        published = f"{year:04d}-{month:02d}-{day:02d}"
        date_line = rng.choice(
            [
                published,
                f"{MONTHS[month - 1]} {day}, {year}",
                f"Published: {day} {MONTHS[month - 1]} {year}",
                f"Posted on {MONTHS[month - 1]} {day}, {year}",
            ]
        )
        headline = " ".join(self.word() for _ in range(rng.randint(5, 9))).capitalize()
        people = rng.sample(self.people, rng.randint(3, 8))
        source = rng.choice(self.sources)
        paragraphs = []
        for person in people:
            sentences = [self.sentence(rng.randint(8, 16)) for _ in range(rng.randint(2, 3))]
            sentences.insert(
                rng.randint(0, len(sentences)),
                f"{person.name}, {person.role}, said the plan would go ahead.",
            )
            paragraphs.append(" ".join(sentences))
        words = sum(len(p.split()) for p in paragraphs)
        while words < 400:
            extra = self.sentence(rng.randint(10, 18))
            paragraphs[rng.randrange(len(paragraphs))] += " " + extra
            words += len(extra.split())
        text = f"{headline}\n{date_line}\n\n" + "\n\n".join(paragraphs) + f"\n\n{source}\n"
        return Article(headline, published, date_line, source, people, text)

    def articles(self, count: int) -> Iterator[Article]:
        for _ in range(count):
            yield self.article()


def write_files(out: Path, count: int, seed: int) -> None:
    generator = Generator(seed)
    for number, article in enumerate(generator.articles(count)):
        folder = out / f"{number // 1000:04d}"
        if number % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"article-{number:07d}.txt").write_text(article.text, encoding="utf-8")


def write_catalogue(path: Path, count: int, seed: int, batch: int = 5_000) -> None:
    from newscat.catalog import Catalog, Incoming
    from newscat.extract.record import Extraction, Found
    from newscat.extract.record import Person as FoundPerson
    from newscat.extract.text import normalise, word_count

    catalog = Catalog(path)
    generator = Generator(seed)
    started = time.perf_counter()
    records = []
    for number, article in enumerate(generator.articles(count), start=1):
        text = normalise(article.text)
        start = text.index(article.source, len(text) - len(article.source) - 2)
        records.append(
            Incoming(
                Extraction(
                    text=text,
                    published=Found(article.published, 0, 0, "generated"),
                    source=Found(article.source, start, start + len(article.source), "sign-off"),
                    title=Found(article.headline, 0, len(article.headline), "first-line"),
                    people=[
                        FoundPerson(
                            p.name,
                            text.index(p.name),
                            text.index(p.name) + len(p.name),
                            "full-name",
                            role=Found(p.role, 0, 0, "apposition"),
                        )
                        for p in article.people
                    ],
                    summary=text.split("\n\n")[1][:300],
                    word_count=word_count(text),
                ),
                f"generated/article-{number:07d}.txt",
            )
        )
        if len(records) == batch:
            catalog.add_many(records)
            records = []
            rate = number / (time.perf_counter() - started)
            print(f"\r{number:,} articles ({rate:,.0f}/s)", end="", file=sys.stderr)
    if records:
        catalog.add_many(records)
    print(file=sys.stderr)
    catalog.close()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("mode", choices=["files", "catalogue"])
    parser.add_argument("target", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.mode == "files":
        write_files(args.target, args.count, args.seed)
    else:
        write_catalogue(args.target, args.count, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
