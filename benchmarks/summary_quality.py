#!/usr/bin/env python3
"""How often the summary is not the lede: the share of summaries that are empty, under six
words, the title again, a by/published/updated line, or mostly a date.

    python benchmarks/summary_quality.py ../shared/corpora/*/articles [--show 20]

Reads every .txt file under the folders given (the same decoding as `newscat add`), keeps the
first of several files with the same normalised text, and prints the share per folder and in
all, then some of the bad summaries with why they count as bad.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from newscat.catalog import text_hash
from newscat.extract import extract
from newscat.reading import Source, read_text

_BYLINE = re.compile(
    r"^\W*(?:[Bb]y|BY)\W+[A-Z]|^\W*(published|updated|posted|last (updated|modified))\b", re.I
)
_DATE_WORD = re.compile(
    r"\b(\d{1,4}|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*"
    r"|dec\w*|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*|am|pm|gmt|utc|est)\b",
    re.I,
)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _ends_a_line(summary: str, text: str) -> bool:
    """Whether the summary stops where a line of the text does (a standfirst with no stop)."""
    tail = " ".join(summary.split()[-6:])
    return any(" ".join(line.split()).endswith(tail) for line in text.splitlines())


def why_bad(summary: str, title: str | None, text: str) -> str | None:
    """The reason this summary is no lede, or None when it reads as one."""
    words = _words(summary)
    if not words:
        return "empty"
    if len(words) < 6:
        return "under 6 words"
    if title and words == _words(title):
        return "the title again"
    if _BYLINE.match(summary):
        return "a by/published/updated line"
    dated = sum(1 for word in words if _DATE_WORD.fullmatch(word))
    if dated * 2 > len(words):
        return "mostly a date"
    if not re.search(r"[.!?…:][\"'”’)]*$", summary.rstrip()) and not _ends_a_line(summary, text):
        return "not cut at a sentence end"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--show", type=int, default=10, help="bad summaries to print")
    args = parser.parse_args()
    seen: set[str] = set()
    totals: Counter[str] = Counter()
    bad_by_folder: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    examples: list[str] = []
    for folder in args.folders:
        for path in sorted(folder.rglob("*.txt")):
            record = extract(read_text(Source(str(path)), 50_000_000))
            digest = text_hash(record.text)
            if digest in seen:
                continue
            seen.add(digest)
            totals[str(folder)] += 1
            reason = why_bad(
                record.summary, record.title.value if record.title else None, record.text
            )
            if reason:
                bad_by_folder[str(folder)] += 1
                reasons[reason] += 1
                if len(examples) < args.show:
                    examples.append(f"{path.name}: {reason}: {record.summary[:100]!r}")
    for folder, count in totals.items():
        print(f"{folder}: {bad_by_folder[folder]} of {count} ({bad_by_folder[folder] / count:.1%})")
    total, bad = sum(totals.values()), sum(bad_by_folder.values())
    print(
        f"all: {bad} of {total} ({bad / max(total, 1):.1%}) — "
        + ", ".join(f"{reason} {count}" for reason, count in reasons.most_common())
    )
    for line in examples:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
