#!/usr/bin/env python3
"""Saved web pages: newscat against trafilatura's own metadata, field by field, on the same
pages in the same run.

    python benchmarks/eval_pages.py ../shared/corpora/modern [--errors] [--copier inscriptis]

For every gold article with a saved page (html/<id>.html.gz): trafilatura's bare_extraction
gives title, date, sitename and author as it finds them; newscat reads the same page as `newscat
add` does (newscat.pages) and extracts. Both are scored with the rules of
../shared/eval/score.py, restated in eval_extract.py (alternative answers included), so the
newscat column agrees with `EVAL_INPUT=html ../shared/eval/run.sh`. The last column reads the
page copied whole, menus and footer and all: laid out by lxml as a browser's blocks, or with
`--copier inscriptis` (`pip install inscriptis`) as the corpus's own page copies were made.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import sys
from pathlib import Path
from typing import Any

from eval_extract import HELD_EVERY, accepted, fold_source, fold_title, person_set

from newscat.extract import extract
from newscat.pages import page_text
from newscat.reading import DEFAULT_MAX_BYTES


def trafilatura_fields(page: bytes) -> dict[str, Any]:
    import trafilatura

    document = trafilatura.bare_extraction(page, with_metadata=True)
    found = document.as_dict() if document is not None else {}
    authors = [a.strip() for a in (found.get("author") or "").split(";") if a.strip()]
    return {
        "title": found.get("title"),
        "date": found.get("date"),
        "source": found.get("sitename"),
        "authors": authors,
    }


def page_fields(page: bytes) -> dict[str, Any]:
    return newscat_fields(page_text(page, compressed=False, max_bytes=DEFAULT_MAX_BYTES))


def newscat_fields(text: str) -> dict[str, Any]:
    record = extract(text)
    return {
        "title": record.title.value if record.title else None,
        "date": record.published.value if record.published else None,
        "source": record.source.value if record.source else None,
        "authors": [author.value for author in record.authors],
        "people": [person.name for person in record.people],
    }


# Elements a browser lays out as blocks: each starts a line of a copy.
_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 "
    "h4 h5 h6 header hr li main nav ol p pre section table td th tr ul".split()
)
_HIDDEN = ("head", "script", "style", "noscript", "template", "svg", "iframe", "button", "select")


def _spaced(text: str) -> str:
    """Whitespace as one space, kept at the ends ("<b>A</b> and" keeps its space)."""
    return re.sub(r"\s+", " ", text)


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def whole_copy(page: bytes) -> str:
    """The page's visible text whole, menus and footer and all, as a reader's "select all,
    copy" gives it: a block to a line, spaces as one (as the corpus's page copies are made,
    with lxml rather than inscriptis)."""
    import lxml.html

    try:
        markup = page.decode("utf-8")
    except UnicodeDecodeError:
        markup = page.decode("cp1252", errors="replace")
    # an XHTML page's XML declaration names an encoding lxml will not take with a str
    tree = lxml.html.document_fromstring(_XML_DECLARATION.sub("", markup, count=1))
    for element in list(tree.iter(*_HIDDEN)):
        if element.getparent() is not None:
            element.drop_tree()
    pieces: list[str] = []

    def flowed(text: str, preformatted: bool) -> str:
        # a browser lays the markup's own line breaks out as spaces, except in <pre>
        return text if preformatted else _spaced(text)

    def walk(element: Any, preformatted: bool = False) -> None:
        block = isinstance(element.tag, str) and element.tag in _BLOCKS
        inner = preformatted or element.tag == "pre"
        if block:
            pieces.append("\n")
        if isinstance(element.tag, str) and element.text:
            pieces.append(flowed(element.text, inner))
        for child in element:
            walk(child, inner)
        if block:
            pieces.append("\n")
        if element.tail:
            pieces.append(flowed(element.tail, preformatted))

    walk(tree.body if tree.find("body") is not None else tree)
    lines = (" ".join(line.split()) for line in "".join(pieces).splitlines())
    return "\n".join(line for line in lines if line) + "\n"


def inscriptis_copy(page: bytes) -> str:
    """The page's text as inscriptis lays it out (`pip install inscriptis`), the copier the
    modern corpus's page copies were made with (its tools/pagetext.py): links' targets and
    images left out, indentation and list bullets removed, no more than one blank line."""
    from inscriptis import get_text
    from inscriptis.model.config import ParserConfig

    try:
        markup = page.decode("utf-8")
    except UnicodeDecodeError:
        markup = page.decode("cp1252", errors="replace")
    laid_out = get_text(markup, ParserConfig(display_links=False, display_images=False))
    lines = []
    for line in laid_out.split("\n"):
        line = re.sub(r"^[*+\-o] (?=\S)", "", line.strip())
        lines.append(re.sub(r"[ \t]{2,}", " ", line))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


COPIERS = {"lxml": whole_copy, "inscriptis": inscriptis_copy}


def whole_copy_fields(page: bytes, copier: str = "lxml") -> dict[str, Any]:
    """newscat's extraction alone on the page copied whole, with no main-text step before it."""
    return newscat_fields(COPIERS[copier](page))


class Score:
    def __init__(self) -> None:
        self.hits: dict[str, list[int]] = {}
        self.names: dict[str, list[int]] = {}

    def scalar(self, field: str, hit: bool) -> None:
        tally = self.hits.setdefault(field, [0, 0])
        tally[0] += hit
        tally[1] += 1

    def names_of(self, field: str, expected: set[str], found: set[str]) -> None:
        tally = self.names.setdefault(field, [0, 0, 0])
        tally[0] += len(expected & found)
        tally[1] += len(found - expected)
        tally[2] += len(expected - found)

    def cell(self, field: str) -> str:
        if field in self.hits:
            hit, total = self.hits[field]
            return f"{hit / total:.3f} ({hit}/{total})"
        if field in self.names:
            tp, fp, fn = self.names[field]
            precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
            f1 = 2 * precision * recall / max(1e-9, precision + recall)
            return f"P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"
        return "—"


def score(gold: dict[str, Any], found: dict[str, Any], into: Score) -> list[str]:
    wrong = []
    if gold.get("date"):
        hit = bool(found["date"]) and str(found["date"]).startswith(gold["date"])
        into.scalar("date", hit)
        wrong += [] if hit else [f"date {gold['date']!r} got {found['date']!r}"]
    if gold.get("title"):
        expected = [fold_title(t) for t in accepted(gold, "title")]
        hit = bool(found["title"]) and fold_title(found["title"]) in expected
        into.scalar("title", hit)
        wrong += [] if hit else [f"title {gold['title']!r} got {found['title']!r}"]
    if gold.get("source"):
        expected = [fold_source(s) for s in accepted(gold, "source")]
        hit = bool(found["source"]) and fold_source(found["source"]) in expected
        into.scalar("source", hit)
        wrong += [] if hit else [f"source {gold['source']!r} got {found['source']!r}"]
    for field in ("authors", "people"):
        if gold.get(field) is None or field not in found:
            continue
        expected, got = person_set(gold[field]), person_set(found[field])
        into.names_of(field, expected, got)
        if expected != got:
            wrong.append(f"{field} missed {sorted(expected - got)} extra {sorted(got - expected)}")
    return wrong


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--markdown", type=Path, help="also write the table here (the README's)")
    parser.add_argument(
        "--quarter",
        choices=["tune", "held"],
        help="only the pages of every fourth gold line (held), set aside while tuning, or the rest",
    )
    parser.add_argument(
        "--copier",
        choices=sorted(COPIERS),
        default="lxml",
        help="how the page is copied whole: a browser's blocks by lxml, or inscriptis's layout",
    )
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)  # trafilatura's and htmldate's doubts
    scores = {"trafilatura metadata": Score(), "newscat": Score(), "whole copy": Score()}
    pages = 0
    lines = (args.corpus / "gold.jsonl").read_text("utf-8").splitlines()
    for number, line in enumerate(lines):
        if args.quarter and (number % HELD_EVERY == HELD_EVERY - 1) != (args.quarter == "held"):
            continue  # the quarters of eval_extract.py, by position in gold.jsonl
        gold = json.loads(line)
        path = args.corpus / "html" / f"{gold['id']}.html.gz"
        if not path.exists():
            continue
        pages += 1
        page = gzip.decompress(path.read_bytes())
        for (name, tally), found in zip(
            scores.items(),
            (trafilatura_fields(page), page_fields(page), whole_copy_fields(page, args.copier)),
            strict=True,
        ):
            for wrong in score(gold, found, tally):
                if args.errors:
                    print(f"  {name}: {gold['id']}: {wrong}")
    table = [
        f"{pages} saved pages (`python benchmarks/eval_pages.py {args.corpus}"
        + (f" --quarter {args.quarter}" if args.quarter else "")
        + (f" --copier {args.copier}" if args.copier != "lxml" else "")
        + "`):",
        "",
        "| field | trafilatura's metadata | newscat | newscat, the page copied whole |",
        "|---|---|---|---|",
    ]
    for field in ("date", "title", "source", "authors", "people"):
        cells = [tally.cell(field) for tally in scores.values()]
        table.append(f"| {field} | " + " | ".join(cells) + " |")
    print("\n".join(table))
    if args.markdown:
        args.markdown.write_text("\n".join(table) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
