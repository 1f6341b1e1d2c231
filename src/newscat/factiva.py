"""Factiva exports (.rtf, .html, or their text): articles that each end with their accession
number, "Document GRDN000020120303e8330000x", in either of Factiva's two display layouts.

With the field codes ("Full Article/Report plus Indexing"):

    HD  Harbour plan approved            BY  Jane Doe          WC  850 words
    PD  3 March 2012                     SN  The Harbour Times SC  HRBT
    LA  English                          CY  Copyright 2012 …  LP / TD  the text
    (CO, IN, NS, RE, IPC, PUB, AN: indexing, passed over)

Plain ("Full Article/Report"): headline, byline, "850 words", date, [time], source name,
[source code], language, copyright, then the text."""

from __future__ import annotations

import re

from newscat.exports import ExportArticle, iso_date_line, render

DOCUMENT = re.compile(
    r"^[ \t]*(?:AN[ \t]+)?Document[ \t]+(?P<id>[A-Za-z0-9]{20,30})[ \t]*$", re.MULTILINE
)
_CODE = re.compile(r"^(?P<code>[A-Z]{2,3})(?:[ \t]+(?P<value>.*))?$")
_TEXT_CODES = {"HD": "headline", "BY": "byline", "WC": "length", "PD": "date", "SN": "outlet",
               "SE": "section", "LA": "language", "ED": "edition", "LP": "body", "TD": "body",
               "CR": "credit", "ET": "time", "SC": "code", "PG": "page", "CY": "copyright",
               "CO": "index", "IN": "index", "NS": "index", "RE": "index", "IPD": "index",
               "IPC": "index", "PUB": "index", "AN": "index", "CLM": "column", "RF": "index",
               "ART": "caption"}  # fmt: skip
_WORDS = re.compile(r"^\d[\d,.]*\s+words?$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^\s*(?:Copyright|©|\(c\))", re.IGNORECASE)
# "By Jane Doe", "Jane Doe", "Jane Doe and Tom Roe", "Jane Doe, Political Editor"
_BYLINE = re.compile(
    r"^(?:By\s+)?[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|and|&|de|van|von|al|bin))+"
    r"(?:,\s*[A-Za-z ]{2,40})?$"
)
_TIME = re.compile(r"^\d{1,2}:\d\d(?:\s*[AP]M)?(?:\s+[A-Z]{2,4})?$", re.IGNORECASE)
_LANGUAGES = frozenset(
    "english french german spanish italian portuguese dutch russian arabic chinese japanese "
    "turkish polish swedish danish norwegian finnish indonesian malay".split()
)


def is_factiva(text: str) -> bool:
    return DOCUMENT.search(text) is not None


def split_factiva(text: str) -> list[ExportArticle]:
    articles = []
    start = 0
    for number, mark in enumerate(DOCUMENT.finditer(text), 1):
        articles.append(_article(number, text[start : mark.start()]))
        start = mark.end()
    return articles


def _article(number: int, chunk: str) -> ExportArticle:
    lines = [line.strip() for line in chunk.splitlines()]
    if any(line.startswith(("HD ", "HD\t")) or line == "HD" for line in lines):
        return _coded(number, lines)
    return _plain(number, lines)


def _coded(number: int, lines: list[str]) -> ExportArticle:
    """Each field runs from its code to the next code; LP and TD make the text."""
    values: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines:
        match = _CODE.match(line)
        if match and match.group("code") in _TEXT_CODES:
            current = _TEXT_CODES[match.group("code")]
            first = (match.group("value") or "").strip()
            values.setdefault(current, [])
            if first:
                values[current].append(first)
        elif current:
            values[current].append(line)

    def one(name: str) -> str | None:
        joined = " ".join(part for part in values.get(name, []) if part).strip()
        return joined or None

    fields = {name: value for name in ("byline", "section", "length", "language", "edition")
              if (value := one(name))}  # fmt: skip
    date = one("date")
    published = iso_date_line(date) if date else None
    body = "\n".join(values.get("body", []))
    return render(number, "factiva", one("headline"), one("outlet"), published, fields, body)


def _plain(number: int, lines: list[str]) -> ExportArticle:
    """Anchored on the "850 words" line: headline and byline above, date and source below."""
    words_at = next((i for i, line in enumerate(lines) if _WORDS.match(line)), None)
    if words_at is None:
        return ExportArticle(number, "", problem="no word count line: not a Factiva article")
    # Counted from the word count up: the first article also carries the export's own heading.
    above = [line for line in lines[:words_at] if line]
    fields = {"length": lines[words_at]}
    if len(above) >= 2 and _BYLINE.match(above[-1]):
        fields["byline"] = above.pop()
    headline = above[-1] if above else None
    published = outlet = None
    position = words_at + 1
    below = lines[position:]
    for offset, line in enumerate(below):
        if not line:
            continue
        if published is None and (iso := iso_date_line(line)):
            published = iso
        elif _TIME.match(line):
            pass
        elif published and outlet is None:
            outlet = line
        elif outlet and line.isupper() and len(line) <= 10 and " " not in line:
            pass  # the source code
        elif outlet and line.lower() in _LANGUAGES:
            fields["language"] = line
        elif outlet and _COPYRIGHT.match(line):
            position += offset + 1
            break
        else:
            position += offset
            break
    body = "\n".join(lines[position:])
    return render(number, "factiva", headline, outlet, published, fields, body)
