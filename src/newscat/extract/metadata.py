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
the article's address. An email's header at the top of a text (a newsletter or an alert
forwarded, or saved as .eml) is read the same way: its Subject is the title, its Date (or
Outlook's Sent) the date, the sender's name the site's, the sender's mail domain its host.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newscat.extract.record import Found
from newscat.extract.text import PRINT_FOOTER, Line

_BLOCK = re.compile(r"\A\ufeff?---[ \t]*\n(?P<body>(?:[a-z_]+:[^\n]*\n){1,40})---[ \t]*(?:\n|\Z)")
# The same fields without the rules around them, as a block is often copied: known keys only,
# a title among them, ended by a blank line.
_BARE_KEYS = (
    "title|author|url|hostname|description|sitename|date|categories|tags|license|id|fingerprint"
)
_BARE_BLOCK = re.compile(
    rf"\A\ufeff?(?P<body>(?:(?:{_BARE_KEYS}):[^\n]*\n){{3,20}})[ \t]*(?:\n|\Z)"
)
_FIELD = re.compile(r"^(?P<key>[a-z_]+):[ \t]*(?P<value>[^\n]*)$", re.MULTILINE)
# "Headline - Outlet", "Headline | Outlet", "Headline · Outlet", "Headline -- Outlet" (a
# dash typed as two hyphens), "Headline « Outlet", "Headline :: Outlet": a site name after the
# headline.
_SUFFIX = re.compile(
    r"^(?P<headline>.{12,}?)\s+(?:--|::|[-|–—:·•«»])\s+(?P<site>[^-|–—:·•«»]{2,40})$"
)
_HOST = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}$")  # "harbourpost.example"
SITE_WORDS = 5


@dataclass(frozen=True)
class Metadata:
    fields: dict[str, Found]
    end: int  # where the block ends: the article's text starts there

    def get(self, key: str) -> Found | None:
        return self.fields.get(key)


def _bare_block(text: str) -> re.Match[str] | None:
    match = _BARE_BLOCK.match(text)
    return match if match and match.group("body").startswith("title:") else None


@lru_cache(maxsize=8)  # the title, date, source, authors and URL rules each ask
def read_metadata(text: str) -> Metadata | None:
    match = _BLOCK.match(text) or _bare_block(text)
    if not match:
        return _email_header(text)
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


def under_metadata(text: str, lines: list[Line]) -> list[Line]:
    """The lines under the text's metadata block or mail header (all of them when it has
    none): the story's, where a headline, a suffix or a sign-off may stand."""
    metadata = read_metadata(text)
    return [line for line in lines if line.start >= metadata.end] if metadata else lines


# "---------- Forwarded message ---------", "-----Original Message-----", "Begin forwarded
# message:": what a mail program writes over a forwarded message's header
_FORWARDED = re.compile(
    r"[ \t]*(?:-{3,}[ \t]*(?:forwarded message|original message)[ \t]*-{3,}|"
    r"begin forwarded message:)[ \t]*\n",
    re.IGNORECASE,
)
_HEADER_LINE = re.compile(
    r"[ \t]*(?P<key>from|date|sent|subject|to|cc|reply-to)[ \t]*:[ \t]*(?P<value>[^\n]*)\n",
    re.IGNORECASE,
)
_REPLY_PREFIX = re.compile(r"^(?:(?:fwd?|fw|re|aw|tr)\s*:\s*)+", re.IGNORECASE)
_SENDER = re.compile(
    r"^\s*\"?(?P<name>[^\"<@]*?)\"?\s*<?[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)>?\s*$"
)
_BLANK_LINE = re.compile(r"[ \t]*\n")
HEADER_REACH = 3  # blank or forwarding lines over an email's header, at most


def _email_header(text: str, position: int = 0) -> Metadata | None:
    """The header of an email at the text's top: From, Date (or Sent) and Subject, at least
    two of them, one a line each. A message forwarded under it is the original: its header's
    fields stand over the forwarder's."""
    for _ in range(HEADER_REACH):
        skipped = _FORWARDED.match(text, position) or _BLANK_LINE.match(text, position)
        if skipped is None:
            break
        position = skipped.end()
    fields: dict[str, Found] = {}
    while (line := _HEADER_LINE.match(text, position)) is not None:
        key, value = line.group("key").lower(), line.group("value").strip()
        start = line.start("value") + len(line.group("value")) - len(line.group("value").lstrip())
        position = line.end()
        if key == "subject":
            cut = _REPLY_PREFIX.match(value)
            if cut:
                value, start = value[cut.end() :], start + cut.end()
            if value:
                fields["title"] = Found(value, start, start + len(value), "email")
        elif key in ("date", "sent") and value:
            fields["date"] = Found(value, start, start + len(value), "email")
        elif key == "from":
            sender = _SENDER.match(value)
            if sender is None:
                continue
            if sender.group("name"):
                begin = start + value.index(sender.group("name"))
                name = sender.group("name")
                fields["sitename"] = Found(name, begin, begin + len(name), "email")
            domain = sender.group("domain")
            begin = start + sender.start("domain")
            fields["hostname"] = Found(domain, begin, begin + len(domain), "email")
    if len({"title", "date", "hostname"} & fields.keys()) < 2:
        return None
    forwarded = _email_header(text, position) if position < len(text) else None
    if forwarded is not None:
        forwarder = fields.pop("sitename", None)
        if forwarder is not None:
            fields["forwarded_by"] = forwarder  # the colleague who passed it on: no source
        return Metadata({**fields, **forwarded.fields}, forwarded.end)
    return Metadata(fields, position)


def split_site_suffix(title: str) -> tuple[str, str | None]:
    """ "US, Manila launch war games - Taipei Times" → (headline, "Taipei Times")."""
    match = _SUFFIX.match(title)
    if not match or len(match.group("site").split()) > SITE_WORDS:
        return title, None
    site = match.group("site").strip()
    if not site[:1].isupper() and not _HOST.match(site):
        return title, None
    return match.group("headline").strip(), site


_ADDRESS_LINE = re.compile(r"^[ \t]*(https?://[^\n]+?)[ \t]*$", re.MULTILINE)


def stated_url(text: str) -> Found | None:
    """The address a metadata block states (`url:`), kept with the article; else the one a
    browser printed under each page of it ("https://… 1/3"), a labelled one ("URL to article:
    https://…"), or the one a web archive's banner names as the page its copy kept."""
    metadata = read_metadata(text)
    url = metadata.get("url") if metadata else None
    if url is None:
        for line in _ADDRESS_LINE.finditer(text):
            printed = PRINT_FOOTER.match(line.group(1))
            if printed:
                start = line.start(1)
                return Found(
                    printed.group("url"), start, start + len(printed.group("url")), "print"
                )
    if url is None and (labelled := _LABELLED_ADDRESS.search(text)) is not None:
        return Found(labelled.group(1), labelled.start(1), labelled.end(1), "labelled")
    if url is None and (archived := _ARCHIVED.search(text, 0, ARCHIVE_BANNER_CHARS)) is not None:
        # a web archive's copy: the address of the page it kept, which its banner names
        return Found(archived.group("url"), archived.start("url"), archived.end("url"), "archived")
    return url if url and url.value.startswith(("http://", "https://")) else None


# "URL to article: https://…" under a printed page, "Original URL: https://…"
_LABELLED_ADDRESS = re.compile(
    r"^[ \t]*(?i:url|(?:url|link) to (?:the )?(?:article|story)|(?:article|original|source) url)"
    r"[ \t]*:[ \t]*(https?://[^\s\"<>]+)[ \t]*$",
    re.MULTILINE,
)


# A web archive's copy names the page it kept after the capture's time:
# "https://web.archive.org/web/20190405123456/https://www.example.com/news/story"
_ARCHIVED = re.compile(r"\bweb\.archive\.org/web/\d{8,14}[a-z_]*/(?P<url>https?://[^\s\"'<>]+)")
ARCHIVE_BANNER_CHARS = 2000  # the banner stands at the top
