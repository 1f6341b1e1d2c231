"""Publication date: header lines, Published-style labels and datelines; never body dates.

A date mentioned in the body ("in February 1992") is an event, not when the article appeared,
so only the article's furniture is read. A date with no year is not completed from today.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from newscat.extract.record import Found
from newscat.extract.structure import PICTURE_CREDIT, written_in_another_language
from newscat.extract.text import (
    Line,
    content_lines,
    lede_line,
    links_another_story,
    menu_label,
    over_menu,
    reporting_from,
)

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
# Month names of the other languages newscat's users read: German, French, Spanish, Italian,
# Portuguese, Russian (genitive, as dates write it), Turkish and Azerbaijani.
_FOREIGN_MONTHS = [
    "januar jänner janvier enero gennaio janeiro января янв ocak yanvar",
    "februar février fevrier febrero febbraio fevereiro февраля фев şubat subat fevral",
    "märz maerz mars marzo março marco марта мар mart",
    "avril abril aprile апреля апр nisan aprel",
    "mai mayo maggio maio мая mayıs mayis",
    "juni juin junio giugno junho июня июн haziran iyun",
    "juli juillet julio luglio julho июля июл temmuz iyul",
    "août aout agosto августа авг ağustos agustos avqust",
    "septembre septiembre setiembre settembre setembro сентября сен сент eylül eylul sentyabr",
    "oktober octobre octubre ottobre outubro октября окт ekim oktyabr",
    "novembre noviembre novembro ноября ноя нояб kasım kasim noyabr",
    "dezember décembre decembre diciembre dicembre dezembro декабря дек aralık aralik dekabr",
]
for _number, _names in enumerate(_FOREIGN_MONTHS, start=1):
    for _name in _names.split():
        MONTHS.setdefault(_name, _number)
# a month's name in any of those languages, written out or short, its full stop optional
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
# "November 24, 20263:45 PM GMT": scraped pages glue the time to the year.
_YEAR_END = r"(?:\b|(?=\d{1,2}:\d\d\b))"
_DAY_END = r"(?:\b|(?=T\d))"  # "2025-03-14T09:30:00Z"
# "Associated PressApril 28, 2023": a page's byline glued to its date, small letter to capital;
# in capitals ("JANE ROESEPT. 19, 2016") only a month written short with its stop, a year
# after the day ("DISMAY 5, 2020" is a word)
SHORT_MONTHS_IN_CAPITALS = "JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC"
_GLUED_START = (
    r"(?:\b|(?-i:(?<=[a-z])(?=[A-Z]))"
    rf"|(?-i:(?<=[A-Z]{{3}})(?=(?:{SHORT_MONTHS_IN_CAPITALS})\.\s+\d{{1,2}},?\s+\d{{4}})))"
)
# A time after the date, on the same line: its zone in capitals, whole ("9:40 am EST", not the
# "Twee" of "Tweet" on the next line, which a pattern matched case-blind had taken for one)
_TIME = (
    r"(?:(?:[ T,]+|(?<=\d)(?=\d{1,2}:\d\d))(?:at\s+|à\s+)?\d{1,2}[:.h]\d{2}(?::\d{2}(?:\.\d+)?)?(?:[ \t]*[ap]\.?m\b\.?)?"
    r"(?:[ \t]*(?:(?-i:[A-Z]{2,4})\b|[+-]\d{2}:?\d{2}|Z\b))?)?"
)

# Each pattern names its groups; the order is the order of trust when two overlap.
# a page header's label before a date with a two-digit year: "Updated: 11/20/19"
_SHORT_DATE_LABEL = (
    r"(?:(?i:(?:last |first )?(?:updated|published|posted|modified)(?: on)?|date)[ \t]*:?[ \t]*)?"
)
# "03/04/2025": the US reading, month first; where it reads both ways, the text tells which
_US_SLASHED = re.compile(r"\b(?P<mnum>\d{1,2})/" + _DAY + r"/" + _YEAR + r"\b" + _TIME)
# "11/20/19 6:38 AM", "10/ 5/11 09:19 PM ET", "08-13-10 05:18 PM": a US date with a two-digit
# year, read only when a time follows it
_US_SHORT = re.compile(
    r"\b(?P<mnum>\d{1,2})(?P<stroke>[/-]) ?"
    + _DAY
    + r"(?P=stroke) ?(?P<yy>\d\d)\b(?=\s+\d{1,2}:\d\d)"
    + _TIME
)
_PATTERNS = [
    re.compile(r"\b" + _YEAR + r"-(?P<mnum>\d{1,2})-" + _DAY + _DAY_END + _TIME),
    # "By Jane Roe2014-01-26 21:32:46 UTC": a byline glued to its timestamp
    re.compile(
        r"(?<=[a-z])" + _YEAR + r"-(?P<mnum>\d{1,2})-" + _DAY + r"(?=[ T]\d{1,2}:\d\d)" + _TIME
    ),
    re.compile(r"\b" + _YEAR + r"/(?P<mnum>\d{1,2})/" + _DAY + r"\b" + _TIME),
    re.compile(r"\b" + _YEAR + r"\.(?P<mnum>\d{1,2})\.(?P<day>\d{1,2})\b" + _TIME),  # "2025.03.14"
    # "2025年3月14日", "2025년 3월 14일"
    re.compile(_YEAR + r"\s*[年년]\s*(?P<mnum>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"),
    re.compile(r"\b" + _DAY + r"-" + MONTH + r"-" + _YEAR + r"\b" + _TIME, re.IGNORECASE),
    re.compile(
        _GLUED_START + _WEEKDAY + MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + _YEAR_END + _TIME,
        re.IGNORECASE,
    ),
    # "24 November 2026", "15. November 2024", "24 de noviembre de 2026", "24 ноября 2026"
    re.compile(
        r"\b"
        + _WEEKDAY
        + _DAY
        + r"\.?(?:\s+(?:of|de))?\s+"
        + MONTH
        + r",?(?:\s+de)?\s+"
        + _YEAR
        + _YEAR_END
        + _TIME,
        re.IGNORECASE,
    ),
    re.compile(r"\b" + _DAY + r"\.(?P<mnum>\d{1,2})\.(?P<year>(?:1[89]|20)\d\d)\b" + _TIME),
    # "16-07-2022": day first, as dashes are written outside the US (the US reading after it)
    re.compile(r"\b" + _DAY + r"-(?P<mnum>\d{1,2})-" + _YEAR + r"\b" + _TIME),
    re.compile(r"\b(?P<mnum>\d{1,2})-" + _DAY + r"-" + _YEAR + r"\b" + _TIME),
    _US_SLASHED,
    # "14/03/2025": day first, tried only where the US reading above is no date
    re.compile(r"\b(?P<day>\d{1,2})/(?P<mnum>\d{1,2})/" + _YEAR + r"\b" + _TIME),
    re.compile(r"\b" + _WEEKDAY + MONTH + r"\s+" + _YEAR + r"\b", re.IGNORECASE),
    _US_SHORT,
    # or alone on its line, as a page's header shows it, maybe labelled: "11/20/19", "Updated:
    # 11/20/19"
    re.compile(
        r"(?m:^)[ \t]*"
        + _SHORT_DATE_LABEL
        + r"(?P<when>(?P<mnum>\d{1,2})/"
        + _DAY
        + r"/(?P<yy>\d\d))"
        r"[ \t]*(?m:$)"
    ),
]
_EITHER_WAY = (_US_SLASHED, _US_SHORT)
_ANY_YEAR = re.compile(
    r"(?:1[89]|20)\d\d|\d[/-] ?\d\d\s+\d{1,2}:\d\d"
    r"|(?m:^)[ \t]*" + _SHORT_DATE_LABEL + r"\d{1,2}/\d{1,2}/\d\d[ \t]*(?m:$)"
)
_LABEL = re.compile(
    r"^\W*(?P<label>first published|published|posted|date(?:d)?|released|issued|"
    r"last updated|last modified|updated|modified|"
    # French, German, Spanish, Italian, Russian, Turkish, Azerbaijani
    r"publié(?:e)?(?: le)?|mis à jour(?: le)?|veröffentlicht(?: am)?|aktualisiert(?: am)?|"
    r"publicado(?: el)?|actualizado(?: el)?|pubblicato(?: il)?|aggiornato(?: il)?|"
    r"опубликовано|обновлено|yayınlanma(?: tarihi)?|güncelleme(?: tarihi)?|dərc edilib|yenilənib)"
    r"\b\s*"
    r"(?:by\s+\S+(?:\s+\S+){0,2}?\s+(?=on\b|at\b))?"  # "Posted by admin on ..."
    r"(?:on|at)?\s*:?\s*",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^\W*(?:by\s+|authors?\s*:\s*)\S", re.IGNORECASE)
_DATELINE_HEAD = re.compile(r"^[A-Z][A-Z .'’-]{1,40}(?:\s*\([^)]{1,30}\))?,?\s+")
# "Berlin, 15.11.2024 –", "Kyiv, March 3, 2024 -": a place in title case, then at once a date.
_TITLE_CASE_DATELINE = re.compile(r"^[^\W\d_][\w.'’-]*(?:\s[^\W\d_][\w.'’-]*){0,3},\s+")
_GLUED_WORD = re.compile(r"(?<=[A-Z]{2})(?=[A-Z][a-z])")
# What may stand beside a date on a line that is only a date: labels, times, zones, separators.
_DATE_LINE_FILLER = re.compile(
    r"\b(?:on|at|by|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|est|edt|pst|pdt|time|local|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|updated|published|posted|date|dated|news|"
    r"ago|just now|(?:an? |\d+ )?(?:hours?|minutes?|mins?|days?)(?= ago)|"
    r"\d+\s*min(?:ute)?s?\s+read)\b|"  # "2 min read · Mar 7, 2023": a reading time
    r"[\W\d_]+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMatch:
    iso: str
    start: int
    end: int


def _parse(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    if groups.get("yy") is not None:  # "19" is 2019, "87" is 1987
        year = 2000 + int(groups["yy"]) if int(groups["yy"]) < 70 else 1900 + int(groups["yy"])
    else:
        year = int(groups["year"])
    if groups.get("mnum"):
        month = int(groups["mnum"])
    else:
        month = MONTHS[groups["month"].lower().rstrip(".")]
    if groups.get("day") is None:
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
    day = int(groups["day"])
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/(?:1[89]|20)\d\d\b")


@lru_cache(maxsize=8)
def _day_first(text: str) -> bool:
    """Whether "05/02/2018" in this text is 5 February. A page writes its dates one way, so a
    date of the text whose first number cannot be a month ("14/03/2025") says so, as one whose
    second cannot be a day's month says the other. Failing those, a text in another language
    than English is read day first: only the US puts the month first. (British spelling
    tells less: US sites carry British wires, and the benchmark's pages do both.)"""
    for match in _SLASHED.finditer(text):
        if int(match.group(1)) > 12:
            return True
        if int(match.group(2)) > 12:
            return False
    return written_in_another_language(text)


def _either_way(match: re.Match[str]) -> bool:
    return int(match.group("mnum")) <= 12 and int(match.group("day")) <= 12


# "1945 GMT" on the line under "Tuesday, 1 March" is a time, no year of it (where "April 28,
# 2023 GMT" on one line, its time left out, is a date)
_ZONE_AFTER = re.compile(r"[ \t]*(?:GMT|UTC|BST|CET|CEST|hrs)\b")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _not_one_date(match: re.Match[str]) -> bool:
    """A match that joins pieces of two things: across a blank line, or with a time for year."""
    if "\n" in match.group() and _BLANK_LINE.search(match.group()):
        return True
    year_start = match.start("year") if "year" in match.re.groupindex else -1
    return (
        year_start >= 0
        and "\n" in match.string[match.start() : year_start]
        and _ZONE_AFTER.match(match.string, match.end("year")) is not None
    )


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMatch]:
    """Every well-formed date in text[start:end], earliest first; overlapping weaker ones dropped."""
    end = len(text) if end is None else end
    if not _ANY_YEAR.search(text, start, end):
        return []  # every pattern needs a year: skip the costly ones
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text, start, end):
            if any(match.start() < b and a < match.end() for a, b in taken):
                continue
            if pattern in _EITHER_WAY and _either_way(match) and _day_first(text):
                continue  # "05/02/2018" in a day-first text: the next pattern reads it so
            if _not_one_date(match):
                continue
            iso = _parse(match)
            if iso:
                # the date itself, where a pattern reads a label before it too
                begin, finish = match.span("when") if "when" in pattern.groupindex else match.span()
                found.append(DateMatch(iso, begin, finish))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda d: d.start)


def date_line(text: str) -> bool:
    """A header's date line: a date with no more than a label, its time's words or a
    writer's name around it ("Published: Wednesday, 21 Sep 2011 | 4:35 PM ET"), or a credit
    and the date set apart by a bar ("Staff Reporter | Posted On: 2024-04-04 01:20")."""
    if len(text) > DATE_LINE_LENGTH:
        return False
    if _dated(text):
        return True
    pieces = FIELD_BAR.split(text)
    return (
        len(pieces) > 1
        and len(text.split()) <= DATE_CREDIT_WORDS
        and any(_dated(piece) for piece in pieces)
    )


def _dated(text: str) -> bool:
    dates = find_dates(text)
    if not dates:
        return False
    rest = text[: dates[0].start] + " " + text[dates[-1].end :]
    words = re.sub(r"[\W\d_]+", " ", rest).split()
    # (a writer and the outlet: "Jane Roe, Kestrel Post 3:53 p.m. EST January 25, 2014")
    return len([w for w in words if len(w) > 1 and w.lower() not in _TIME_WORDS]) <= DATED_WORDS


DATE_LINE_LENGTH = 120
DATED_WORDS = 4  # words around a date line's date, its time's not counted
# The header's words around a date: its time, its zone, how long ago, how long to read
# ("2 minute read April 25, 2023 2:26 PM GMT+2 Last Updated 9 min ago")
_TIME_WORDS = frozenset(
    "am pm gmt utc est edt cst cdt pst pdt bst cet cest ist aest aedt et min mins minute minutes "
    "hour hours hr hrs ago read last updated published posted".split()
)
FIELD_BAR = re.compile(r"\s[|•·/]\s")  # (a feed reader's "Outlet / by Jane Roe / Mar 5, 2024")
DATE_CREDIT_WORDS = 12


# A time before a line's closing date: "… 3:53 p.m. EST January 25, 2014"
_TIME_AT_END = re.compile(
    r"[\s,|·-]*\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\b\.?)?\s*(?:[A-Z]{2,4})?[\s,|·-]*$"
)


def without_its_date(line: str) -> str:
    """ "Jane Doe, Harbour News 3:53 p.m. EST January 25, 2014": the line before its date (a
    paragraph, longer than a date line, is left whole unread)."""
    if len(line) > DATE_LINE_LENGTH:
        return line
    dates = find_dates(line)
    if not dates or line[dates[-1].end :].strip(" .,"):
        return line
    return _TIME_AT_END.sub("", line[: dates[-1].start]).rstrip(" ,|·-")


def date_ends(line: str) -> int:
    """Where a line that opens with its date (and time) goes on: "11/28/2016 11:00 AM PST BY
    KESTREL STAFF" → the offset of "BY"; 0 where it opens with no date."""
    if len(line) > DATE_LINE_LENGTH:
        return 0
    dates = find_dates(line)
    if not dates or line[: dates[0].start].strip(" |·-"):
        return 0
    time = _TIME_AT_START.match(line, dates[0].end)
    return time.end() if time else dates[0].end


_TIME_AT_START = re.compile(
    r"[\s,|·-]*(?:(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\b\.?)?)?\s*"
    r"(?:(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|IST|AE[SD]T)\b)?[\s,|·-]*"
)


_PUBLISHED_LABEL = re.compile(
    r"\b(?:first published|published|posted)\b\s*(?:on|at)?\s*:?\s*", re.IGNORECASE
)


def _published_after(text: str, line: Line, updated: DateMatch) -> Found | None:
    """The publication date a line gives after its update's date."""
    label = _PUBLISHED_LABEL.search(line.text, updated.end - line.start)
    if label is None:
        return None
    dates = find_dates(text, line.start + label.end(), line.end)
    if not dates or dates[0].start != line.start + label.end():
        return None
    return Found(dates[0].iso, dates[0].start, dates[0].end, "published-line")


def _is_date_only(line: Line, found: DateMatch) -> bool:
    rest = line.text[: found.start - line.start] + " " + line.text[found.end - line.start :]
    rest = _GLUED_WORD.sub(" ", rest)  # "GMTUpdated 2 hours ago"
    return not _DATE_LINE_FILLER.sub(" ", rest).split()


def _dateline(line: Line, found: DateMatch) -> bool:
    offset = found.start - line.start
    head = _DATELINE_HEAD.match(line.text)
    if head:  # figures between the place and the date are a ticker's or a player's
        return offset < 60 and not any(c.isdigit() for c in line.text[head.end() : offset])
    title_case = _TITLE_CASE_DATELINE.match(line.text)
    return title_case is not None and line.text[0].isupper() and offset == title_case.end()


_YEAR_ALONE = re.compile(r"^\s*(?:1[89]|20)\d\d\b")  # the year of a date split over two lines
HEADER_REACH = 40  # content lines a page's header may run to, menus included
HEADER_LINE_WORDS = 24  # a header line that holds a date: a byline, a credit, a time
_PROSE_END = (".", "!", "?", '"', "”", "’")


# A sentence's words before a date ("… leaves the court in Quaytown on Feb. 12, 2023"): the day
# something happened, told in a caption or a line of the body, not the day of publication;
# a byline's words name people and outlets, and a note of its own publishing says so.
_PROSE_WORDS_BEFORE = 4
_PUBLISHING_WORD = re.compile(r"publish|post|updat|modif|writ|edit|print|release", re.IGNORECASE)
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*\b")


def _told_in_a_sentence(before: str) -> bool:
    return (
        len(_LOWER_WORD.findall(before)) >= _PROSE_WORDS_BEFORE
        and _PUBLISHING_WORD.search(before) is None
    )


def _header_end(lines: list[Line]) -> int:
    """Where the header ends: at the body's first sentence of lede length."""
    for position, line in enumerate(lines[:HEADER_REACH]):
        if lede_line(line.text):
            return position
    return min(len(lines), 6)


def _stated_date(text: str) -> Found | None:
    """The date a metadata block states (trafilatura's `date:` field)."""
    from newscat.extract.metadata import read_metadata

    metadata = read_metadata(text)
    stated = metadata.get("date") if metadata else None
    if stated is None:
        return None
    dates = find_dates(text, stated.start, stated.end)
    return Found(dates[0].iso, dates[0].start, dates[0].end, "metadata") if dates else None


HEAD_LINES = 6  # lines of a header, a menu's labels not counted


# "This article was originally published on March 3, 2024.": a republished story's note, the
# date of its first publication where the page gives no other
_REPUBLISHED = re.compile(
    r"\b(?:this|the)[ \t]+(?:article|story|piece|report|column|post|interview|essay|item)\b"
    r"[^.\n]{0,40}?\b(?:originally|first)[ \t]+(?:published|appeared|ran|posted)\b[^.\n]{0,80}",
    re.IGNORECASE,
)
_ON_OR_IN = re.compile(r"\b(?:on|in)[ \t]+\Z")


def _republished_note(text: str) -> Found | None:
    for note in _REPUBLISHED.finditer(text):
        for found in find_dates(text, note.start(), min(len(text), note.end() + 30)):
            if _ON_OR_IN.search(text, note.start(), found.start):
                return Found(found.iso, found.start, found.end, "republished-note")
    return None


def _head_lines(lines: list[Line]) -> list[Line]:
    """The header's first HEAD_LINES lines, a menu's labels left out, and a byline and where
    its writers reported from not counted, however many lines they take."""
    head: list[Line] = []
    counted = 0
    for line in lines:
        if counted == HEAD_LINES:
            break
        if menu_label(line.text):
            continue
        head.append(line)
        if not _BYLINE.match(line.text) and not reporting_from(line.text):
            counted += 1
    return head


# An embedded tweet's signature, under its text: "— Jane Roe (@janeroe) November 29, 2016"
_TWEET_SIGNATURE = re.compile(r"^\W*[—–-]+\s*[^()\n]{2,60}?\s*\(@\w{1,30}\)\s*\S")


def tweet_signature(line: str) -> bool:
    """ "— Jane Roe (@janeroe) November 29, 2016": an embedded tweet's writer and day."""
    return "(@" in line and _TWEET_SIGNATURE.match(line) is not None


def extract_published(text: str, headline_at: int = 0) -> Found | None:
    """The publication date; `headline_at`: where a page's headline stands, the lines above
    it (a kicker, the date over it) being header lines too, over the HEAD_LINES from it."""
    stated = _stated_date(text)
    if stated:
        return stated
    lines = content_lines(text)
    candidates: list[tuple[int, Found]] = []
    # the header's first lines, a menu's labels not counted ("News", "Sport", "Business")
    above = [line for line in lines if line.start < headline_at]
    head = above + _head_lines(lines[len(above) :])
    body_from = _header_end(lines)
    header_end = max(HEAD_LINES, lines.index(head[-1]) + 1 if head else 0, body_from)
    footer_from = len(lines) - 3
    for position, line in enumerate(lines):
        label = _LABEL.match(line.text)
        # Only the furniture can date an article: header, labelled lines and footer.
        if position >= header_end and position < footer_from and not label:
            continue
        if tweet_signature(line.text):
            continue  # "— Jane Roe (@janeroe) November 29, 2016": an embedded tweet's day
        # A header date, dateline or label stands near the start of its line.
        dates = find_dates(text, line.start, line.end if label else min(line.end, line.start + 100))
        following = lines[position + 1] if position + 1 < len(lines) else None
        if not dates and following and _YEAR_ALONE.match(following.text) and len(line.text) < 40:
            dates = find_dates(text, line.start, following.end)  # "March 7," / "2023"
        if not dates:
            continue
        first = dates[0]
        if label and first.start - line.start <= label.end() + 12:
            updated = (
                "updat" in label.group("label").lower() or "modif" in label.group("label").lower()
            )
            rank, rule = (3, "updated-line") if updated else (0, "published-line")
            published = _published_after(text, line, first) if updated else None
            if published is not None:  # "Updated March 8, 2023. Published March 7, 2023"
                candidates.append((0, published))
        elif line in head and _is_date_only(line, first):
            # the site's date over its menu (or over a ticker over it): the day of the visit
            masthead = over_menu(lines, position) or over_menu(lines, position + 1)
            rank, rule = (4, "masthead-date") if masthead else (1, "header-date")
        elif line in head and _BYLINE.match(line.text):
            rank, rule = 1, "byline-date"
        elif line in head and _dateline(line, first):
            rank, rule = 2, "dateline"
        elif position >= footer_from and _is_date_only(line, first):
            rank, rule = 4, "footer-date"
        elif (
            # under a standfirst too, when the line is no sentence of the body
            (position < body_from or not line.text.rstrip().endswith(_PROSE_END))
            and len(line.text.split()) <= HEADER_LINE_WORDS
            and len(first.iso) == 10
            and not PICTURE_CREDIT.search(line.text)  # a caption: when the picture was taken
            and not links_another_story(line.text)  # "VIDEO | 2:31 | Jan 5, 2020": its own
            and not _told_in_a_sentence(line.text[: first.start - line.start])
        ):
            # "Jane Doe · CBC News · Posted: Aug 08, 2024 4:00 AM EDT", "11/20/19 6:38 AM"
            rank, rule = 3, "header-line"
        else:
            continue
        candidates.append((rank, Found(first.iso, first.start, first.end, rule)))
    if not candidates:
        return _republished_note(text)
    # Full dates beat month-only ones of the same rank; then trust order; then earliest.
    candidates.sort(key=lambda c: (c[0], len(c[1].value) < 10, c[1].start))
    best = candidates[0][1]
    if (
        best.rule in ("header-date", "header-line")
        and lines
        and lines[0].start <= best.start < lines[0].end
    ):
        # A date on the page's first line, alone or in the site's bar ("Quaytown 12°C |
        # March 6, 2024"), over the rest of its header: the day of the visit, where the
        # header under it dates the story itself ("Wednesday, March 6, 2024" / menu /
        # headline / "By Jane Roe, March 2, 2024").
        body_start = lines[body_from].start if body_from < len(lines) else len(text)
        under = [
            found
            for _, found in candidates[1:]
            if found.rule in _STORY_S_OWN_DATE
            and len(found.value) >= 10
            and (
                found.start < body_start
                or found.rule == "byline-date"  # a dataset row's byline, glued to its body
                or _POSTED.search(text, text.rfind("\n", 0, found.start) + 1, found.start)
            )
        ]
        if under:
            return min(under, key=lambda found: found.start)
    return best


_POSTED = re.compile(r"publish|posted", re.IGNORECASE)
# the rules that date the story in its own header lines (not an update, nor the footer)
_STORY_S_OWN_DATE = frozenset({"byline-date", "dateline", "header-line", "header-date"})
