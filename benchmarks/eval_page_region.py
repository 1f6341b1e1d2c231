#!/usr/bin/env python3
"""Saved pages cut to their article's region, as the modern corpus's page copies are made:
each page's text as inscriptis lays it out, from a few lines above the headline to a few under
the body, then scored field by field.

    pip install inscriptis
    python benchmarks/eval_page_region.py ../shared/corpora/modern [--quarter tune|held]
        [--before 3] [--after 6] [--errors]

The corpus cuts each page by hand (its tools/build.py); here the cut is mechanical, so that
every saved page, whatever shape its text has in the corpus, becomes a page copy too: it
starts --before lines above the first line holding the headline's first words and ends
--after lines under the line holding the end of the body's last paragraph (trafilatura's
main text). Lines above the headline are a page's menus, labels, buttons and sticky bars;
more of them makes the headline harder to find. Scored as eval_pages.py scores (the rules
of ../shared/eval/score.py), against the article's gold.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import sys
from pathlib import Path

from eval_extract import HELD_EVERY
from eval_pages import Score, inscriptis_copy, newscat_fields, score

LONG_PARAGRAPH = 60  # characters: the body's last paragraph is sought among longer lines
HEADLINE_KEY = 30  # the headline's first characters, sought in the copy's lines
BODY_KEY = 40  # the last paragraph's last characters


def region(page: bytes, headline: str, before: int, after: int) -> str | None:
    """The page's copy from `before` lines above its headline to `after` under its body."""
    import trafilatura

    lines = inscriptis_copy(page).split("\n")
    key = headline[:HEADLINE_KEY].lower()
    top = next((i for i, line in enumerate(lines) if key in line.lower()), None)
    body = trafilatura.extract(page.decode("utf-8", "replace"), output_format="txt") or ""
    paragraphs = [p for p in body.split("\n") if len(p) > LONG_PARAGRAPH]
    if top is None or not paragraphs:
        return None
    end_key = paragraphs[-1][-BODY_KEY:].lower()
    bottom = max((i for i, line in enumerate(lines) if end_key in line.lower()), default=None)
    if bottom is None:
        return None
    cut = "\n".join(lines[max(0, top - before) : bottom + after + 1])
    return re.sub(r"\n{3,}", "\n\n", cut).strip() + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--quarter", choices=["tune", "held"])
    parser.add_argument("--before", type=int, default=3, help="lines kept above the headline")
    parser.add_argument("--after", type=int, default=6, help="lines kept under the body")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--markdown", type=Path, help="also write the table here (the README's)")
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)  # trafilatura's doubts
    tally = Score()
    pages = 0
    lines = (args.corpus / "gold.jsonl").read_text("utf-8").splitlines()
    for number, line in enumerate(lines):
        if args.quarter and (number % HELD_EVERY == HELD_EVERY - 1) != (args.quarter == "held"):
            continue
        gold = json.loads(line)
        path = args.corpus / "html" / f"{gold['id']}.html.gz"
        if not path.exists() or not gold.get("title"):
            continue
        text = region(gzip.decompress(path.read_bytes()), gold["title"], args.before, args.after)
        if text is None:
            continue
        pages += 1
        for wrong in score(gold, newscat_fields(text), tally):
            if args.errors:
                print(f"  {gold['id']}: {wrong}")
    command = f"python benchmarks/eval_page_region.py {args.corpus}" + "".join(
        f" --{name} {value}"
        for name, value in (("quarter", args.quarter), ("before", args.before))
        if value is not None
    )
    table = [
        f"{pages} saved pages cut to their article's region (`{command}`):",
        "",
        "| field | newscat |",
        "|---|---|",
        *(f"| {field} | {tally.cell(field)} |" for field in FIELDS),
    ]
    print("\n".join(table))
    if args.markdown:
        args.markdown.write_text("\n".join(table) + "\n", encoding="utf-8")
    return 0


FIELDS = ("date", "title", "source", "authors", "people")


if __name__ == "__main__":
    sys.exit(main())
