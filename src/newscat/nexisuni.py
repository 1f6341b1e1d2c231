"""Nexis Uni exports (.docx, and .rtf or .txt saved from them): articles that each end with
"End of Document", in the layout LexisNexisTools reads:

    Harbour plan approved after long debate       ← headline
    The Harbour Times                             ← outlet
    March 3, 2012 Saturday                        ← date line
    Final Edition
    Copyright 2012 Harbour Media Ltd
    Section: NEWS; Pg. 4
    Length: 850 words
    Byline: Jane Doe
    Body
    Body paragraphs …
    Classification                                ← then Language:, Subject:, …
    Load-Date: March 4, 2012
    End of Document

The first article's text also holds the export's cover page (user, job number, the list of
results): the headline is found from the date line up, so the cover is passed over."""

from __future__ import annotations

import re

from newscat.exports import COPYRIGHT, ExportArticle, iso_date_line, render

END_OF_DOCUMENT = re.compile(r"^[ \t]*End of Document[ \t]*$", re.MULTILINE | re.IGNORECASE)
_FIELD = re.compile(r"^(?P<key>[A-Z][A-Za-z-]{2,24}):[ \t]*(?P<value>.*)$")
_HEADER_FIELDS = frozenset(
    {"section", "length", "byline", "dateline", "highlight", "edition", "series", "type",
     "source", "column", "correction"}
)  # fmt: skip
_TRAILER_FIELDS = frozenset(
    {"load-date", "language", "publication-type", "subject", "geographic", "organization",
     "person", "industry", "company", "ticker", "graphic", "notes", "document-type",
     "journal-code", "url", "city", "state", "country", "terms"}
)  # fmt: skip


def is_nexis_uni(text: str) -> bool:
    return END_OF_DOCUMENT.search(text) is not None


def split_nexis_uni(text: str) -> list[ExportArticle]:
    chunks = END_OF_DOCUMENT.split(text)
    if chunks and not chunks[-1].strip():
        chunks.pop()  # what follows the last "End of Document"
    return [_article(number, chunk) for number, chunk in enumerate(chunks, 1)]


def _article(number: int, chunk: str) -> ExportArticle:
    lines = [line.strip() for line in chunk.splitlines()]
    start = next((i for i, line in enumerate(lines) if line == "Body"), None)
    head, rest = (lines[:start], lines[start + 1 :]) if start is not None else (lines, [])
    fields: dict[str, str] = {}
    header: list[str] = []
    for line in head:
        field = _FIELD.match(line)
        if field and field.group("key").lower() in _HEADER_FIELDS | _TRAILER_FIELDS:
            fields.setdefault(field.group("key").lower(), field.group("value").strip())
        elif line and not COPYRIGHT.match(line):
            header.append(line)
    body: list[str] = []
    for line in rest:
        field = _FIELD.match(line)
        if line == "Classification" or (field and field.group("key").lower() in _TRAILER_FIELDS):
            break
        body.append(line)
    for line in rest[len(body) :]:
        field = _FIELD.match(line)
        if field:
            fields.setdefault(field.group("key").lower(), field.group("value").strip())
    dated = [(i, iso) for i, line in enumerate(header) if (iso := iso_date_line(line))]
    date_index, published = dated[-1] if dated else (None, None)
    outlet = headline = None
    if date_index is not None:
        outlet = header[date_index - 1] if date_index >= 1 else None
        headline = header[date_index - 2] if date_index >= 2 else None
        following = header[date_index + 1 : date_index + 2]
        if following and "edition" not in fields and len(following[0].split()) <= 4:
            fields["edition"] = following[0]
    return render(number, "nexis uni", headline, outlet, published, fields, "\n".join(body))
