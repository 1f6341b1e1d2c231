"""News-database exports: many articles in one file, each with the database's own fields.

LexisNexis / Nexis Uni text exports, in the layout LexisNexisTools (the R package) reads:

                                  1 of 10 DOCUMENTS
                                 The Guardian (London)
                                March 3, 2012 Saturday
                                   Final Edition
    Headline of the story
    BYLINE: Jane Doe
    SECTION: WORLD; Pg. 4
    LENGTH: 850 words
    DATELINE: BAKU
    Body paragraphs ...
    LOAD-DATE: March 4, 2012
    LANGUAGE: ENGLISH
    PUBLICATION-TYPE: Newspaper
    Copyright 2012 Guardian Newspapers Limited

Each article becomes a text of its own with the export's fields as a metadata block on top
(newscat's extraction reads the block as the page's own statements and gives them priority,
rule "metadata"), then the headline and the body. The fields LexisNexisTools returns —
newspaper, date, length, section, author, edition, headline, body — are all kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateutil import parser as dateparser

# "1 of 10 DOCUMENTS", "Document 3 of 25": where each article of the export starts.
_SEPARATOR = re.compile(
    r"^[ \t]*(?:(?P<n>\d+)\s+of\s+\d+\s+DOCUMENTS?|Document\s+(?P<m>\d+)\s+of\s+\d+)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# "BYLINE: Jane Doe", "LOAD-DATE: March 4, 2012": a field line of the export
_FIELD = re.compile(r"^(?P<key>[A-Z][A-Z-]{2,24}):[ \t]*(?P<value>.*)$")
# Fields that come after the body; the body ends where the first of them stands.
_TRAILER = frozenset(
    {"LOAD-DATE", "LANGUAGE", "GRAPHIC", "PUBLICATION-TYPE", "JOURNAL-CODE", "DOCUMENT-TYPE",
     "NOTES", "CORRECTION-DATE", "SUBJECT", "ORGANIZATION", "PERSON", "GEOGRAPHIC", "INDUSTRY",
     "COMPANY", "TICKER", "URL", "CITY", "STATE", "COUNTRY"}
)  # fmt: skip
_BY = re.compile(r"^(?i:by)\s+")
# "Copyright 2012 …", "© 2012 …": the rights line of an export's article, never its text
COPYRIGHT = re.compile(r"^\s*(?:Copyright|©|\(c\))\s", re.IGNORECASE)
MIN_SEPARATORS = 1


@dataclass
class ExportArticle:
    number: int
    text: str  # the article as newscat reads it: metadata block, headline, body
    problem: str | None = None


def is_lexisnexis(text: str) -> bool:
    return _SEPARATOR.search(text[:5000]) is not None


_HEADER_FIELDS = frozenset({"BYLINE", "SECTION", "LENGTH", "DATELINE", "HIGHLIGHT"})


def _one_lexisnexis_article(text: str) -> bool:
    """One article copied from LexisNexis, without the "1 of 1 DOCUMENTS" over it: two of
    its header's fields ("BYLINE:", "SECTION:", "LENGTH:") and one of the fields after its
    body ("LOAD-DATE:", "LANGUAGE:"), each a line of its own."""
    keys = {
        field.group("key") for line in text.splitlines() if (field := _FIELD.match(line.strip()))
    }
    header = keys & _HEADER_FIELDS
    return len(header) >= 2 and bool(keys & _TRAILER)


def split_lexisnexis(text: str) -> list[ExportArticle]:
    """The articles of a LexisNexis text export, in order."""
    marks = list(_SEPARATOR.finditer(text))
    articles = []
    for index, mark in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else len(text)
        number = int(mark.group("n") or mark.group("m"))
        articles.append(_article(number, text[mark.end() : end]))
    return articles


def _iso_date(line: str) -> str | None:
    """ "March 3, 2012 Saturday", "3 March 2012 Saturday 10:15 AM GMT" → "2012-03-03"."""
    cleaned = re.sub(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", "", line)
    if not re.search(r"\d{4}", cleaned):
        return None
    import warnings

    try:
        with warnings.catch_warnings():  # "EST": the zone does not change the day we keep
            warnings.simplefilter("ignore")
            return dateparser.parse(cleaned, fuzzy=True).date().isoformat()
    except (ValueError, OverflowError):
        return None


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A line that is a date and nothing more (a headline with a year in it is not): "March 3, 2012
# Saturday", "Saturday, 3 March 2012", "3 March 2012 10:15 GMT", "2012-03-03".
_DATE_LINE = re.compile(
    rf"^(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}"
    rf"|\d{{4}}-\d\d-\d\d)(?:,?\s+{_WEEKDAY})?(?:,?\s+\d{{1,2}}:\d\d(?:\s*[AP]M)?(?:\s+[A-Z]{{2,4}})?)?$",
    re.IGNORECASE,
)


def iso_date_line(line: str) -> str | None:
    """The ISO date of a line that is only a date, else None."""
    return _iso_date(line) if _DATE_LINE.match(line.strip()) else None


def _quoted(value: str) -> str:
    return '"' + value.replace('"', '\\"') + '"'


def _article(number: int, chunk: str) -> ExportArticle:
    lines = [line.strip() for line in chunk.splitlines()]
    # the header: outlet, date line, maybe an edition, then the headline up to the first field
    header: list[str] = []
    position = 0
    while position < len(lines) and not _FIELD.match(lines[position]):
        if lines[position]:
            header.append(lines[position])
        position += 1
    fields: dict[str, str] = {}
    body: list[str] = []
    in_body = False
    trailer = False
    for line in lines[position:]:
        field = _FIELD.match(line)
        if field and field.group("key") in _TRAILER:
            trailer = True
        if trailer:
            if field:
                fields.setdefault(field.group("key"), field.group("value").strip())
            continue
        if field and not in_body:
            fields.setdefault(field.group("key"), field.group("value").strip())
            continue
        if COPYRIGHT.match(line) and not in_body:
            continue
        in_body = in_body or bool(line)
        body.append(line)
    outlet = header[0] if header else None
    date_index, published = next(
        ((i, iso) for i, line in enumerate(header[1:4], 1) if (iso := _iso_date(line))),
        (0, None),
    )
    rest = header[date_index + 1 :]
    edition = rest[0] if len(rest) > 1 and len(rest[0].split()) <= 4 else None
    headline = " ".join(rest[1:] if edition else rest).strip() or None
    if edition:
        fields.setdefault("EDITION", edition)
    fields = {key.lower(): value for key, value in fields.items()}
    return render(number, "lexisnexis", headline, outlet, published, fields, "\n".join(body))


def render(
    number: int,
    export: str,
    headline: str | None,
    outlet: str | None,
    published: str | None,
    fields: dict[str, str],
    body: str,
) -> ExportArticle:
    """One article of an export as newscat reads it: the export's fields as a metadata block
    (fields: byline, section, length, language, edition, dateline; lower case), then the
    headline, the dateline and the body."""
    text_body = body.strip()
    if not text_body:
        return ExportArticle(number, "", problem="article has no body text")
    block = ["---"]
    if headline:
        block.append(f"title: {_quoted(headline)}")
    if fields.get("byline"):
        block.append("author: " + _BY.sub("", fields["byline"]))
    if outlet:
        block.append(f"sitename: {outlet}")
        block.append(f"export: {export}")
    if published:
        block.append(f'date: "{published}"')
    for name in ("section", "length", "language", "edition"):
        if fields.get(name):
            block.append(f"{name}: {fields[name]}")
    block.append("---")
    parts = ["\n".join(block)]
    if headline:
        parts.append(headline)
    if fields.get("dateline"):
        parts.append(fields["dateline"])
    parts.append(text_body)
    return ExportArticle(number, "\n\n".join(parts) + "\n")


def split_export(text: str) -> list[ExportArticle] | None:
    """The articles of a news-database export in any layout newscat reads, or None when the
    text is one article."""
    from newscat.factiva import is_factiva, split_factiva
    from newscat.nexisuni import is_nexis_uni, split_nexis_uni

    if is_lexisnexis(text):
        return split_lexisnexis(text)
    if is_nexis_uni(text):
        return split_nexis_uni(text)
    if is_factiva(text):
        return split_factiva(text)
    # last: the exports' own markers first, and this reads every line of a one-article text
    if _one_lexisnexis_article(text):
        return [_article(1, text)]  # one article copied from the database, no separator
    return None
