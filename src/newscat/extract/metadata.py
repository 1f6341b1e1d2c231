"""A metadata block at the top of a text, as trafilatura writes one with its text output:

    ---
    title: Headline - Outlet
    author: Jane Doe
    url: https://…
    hostname: example.com
    sitename: Outlet
    date: "2024-10-16"
    ---

Its fields are the page's own statements: evidence for the title, date, source, authors and
the article's address.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newscat.extract.record import Found

_BLOCK = re.compile(r"\A\ufeff?---[ \t]*\n(?P<body>(?:[a-z_]+:[^\n]*\n){1,40})---[ \t]*(?:\n|\Z)")
_FIELD = re.compile(r"^(?P<key>[a-z_]+):[ \t]*(?P<value>[^\n]*)$", re.MULTILINE)
# "Headline - Outlet", "Headline | Outlet", "Headline — Outlet": a site name after the headline.
_SUFFIX = re.compile(r"^(?P<headline>.{12,}?)\s+[-|–—:]\s+(?P<site>[^-|–—:]{2,40})$")
SITE_WORDS = 5


@dataclass(frozen=True)
class Metadata:
    fields: dict[str, Found]
    end: int  # where the block ends: the article's text starts there

    def get(self, key: str) -> Found | None:
        return self.fields.get(key)


@lru_cache(maxsize=8)  # the title, date, source, authors and URL rules each ask
def read_metadata(text: str) -> Metadata | None:
    match = _BLOCK.match(text)
    if not match:
        return None
    fields: dict[str, Found] = {}
    base = match.start("body")
    for field in _FIELD.finditer(match.group("body")):
        value = field.group("value").strip()
        start = base + field.start("value")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value, start = value[1:-1], start + 1
            if '\\"' in value:  # trafilatura escapes quotes inside a quoted value
                value = value.replace('\\"', '"')
        if value and value.lower() not in ("null", "none", "[]"):
            fields[field.group("key")] = Found(value, start, start + len(value), "metadata")
    return Metadata(fields, match.end())


def split_site_suffix(title: str) -> tuple[str, str | None]:
    """ "US, Manila launch war games - Taipei Times" → (headline, "Taipei Times")."""
    match = _SUFFIX.match(title)
    if not match or len(match.group("site").split()) > SITE_WORDS:
        return title, None
    site = match.group("site").strip()
    if not site[:1].isupper():
        return title, None
    return match.group("headline").strip(), site


def stated_url(text: str) -> Found | None:
    """The address a metadata block states (`url:`), kept with the article."""
    metadata = read_metadata(text)
    url = metadata.get("url") if metadata else None
    return url if url and url.value.startswith(("http://", "https://")) else None
