"""A byline's date written without its year ("By Jane Roe November 22 Follow @janeroe"),
completed from the page's copyright year.

Sites leave the year out of this year's dates only; the copyright line ("© 2016 …", "1996-2016
The Harbour Post") carries the year the page was served. So the one date under the headline
that lacks a year, on a byline's line and nowhere in a sentence, is of the copyright's last
year. Read only where no dated line was found.
"""

from __future__ import annotations

import re
from datetime import date

from newscat.extract.dates import MONTH, MONTHS
from newscat.extract.record import Found
from newscat.extract.text import signless_copyright_year

# "November 22", "Nov. 22": no year after it, nor a time glued on ("Nov 22, 2016", "Nov 22:")
_MONTH_DAY = re.compile(
    rf"(?<![\w.]){MONTH}[ \t]+(?P<day>[0-3]?\d)(?![\d:/.])(?!,?[ \t]*\d)", re.IGNORECASE
)
# The small words a byline's line may hold beside names, handles and the date
_BYLINE_WORDS = frozenset(
    "by and updated published posted follow on at am pm a.m. p.m. et est edt gmt bst utc".split()
)
_COPYRIGHT_YEAR = re.compile(
    r"(?:©|\(c\)|copyright)[ \t]*(?:©[ \t]*)?(?:(?:19|20)\d\d[ \t]*[-–][ \t]*)?"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
BYLINE_LINE_CHARACTERS = 100  # longer lines are sentences, not a byline's


def copyright_year(text: str) -> int | None:
    """The latest year a copyright line of the page names ("© 2016 …", or "1996-2016 The
    Harbour Post", whose sign the copy lost)."""
    years = [int(m["year"]) for m in _COPYRIGHT_YEAR.finditer(text)]
    signless = (signless_copyright_year(line) for line in text.splitlines())
    years += [year for year in signless if year is not None]
    return max(years, default=None)


def yearless_byline_date(page: str, text: str, headline: int, lines_under: int) -> Found | None:
    """The date without a year on a byline's line among the `lines_under` lines under the
    headline at `headline` in the story's `text`, given the year of the whole `page`'s
    copyright (a footer the story's text may have blanked)."""
    line_end = text.find("\n", headline)
    if line_end < 0:
        return None
    lines = text[line_end + 1 :].split("\n", lines_under)[:lines_under]
    offset = line_end + 1
    for line in lines:
        found = _month_day_of_a_byline(line)
        if found is not None:
            year = copyright_year(page)
            if year is None:
                return None
            try:  # "February 30" is no day
                day = date(year, MONTHS[found["month"].lower()], int(found["day"]))
            except ValueError:
                return None
            start, end = offset + found.start(), offset + found.end()
            return Found(day.isoformat(), start, end, "byline-no-year")
        offset += len(line) + 1
    return None


def _month_day_of_a_byline(line: str) -> re.Match[str] | None:
    if len(line) > BYLINE_LINE_CHARACTERS:
        return None
    found = _MONTH_DAY.search(line)
    if found is None:
        return None
    rest = (line[: found.start()] + " " + line[found.end() :]).split()
    small = [word for word in rest if word[:1].islower()]
    if any(word.rstrip(",.|:") not in _BYLINE_WORDS for word in small):
        return None  # a sentence: "flights resume from May 2"
    return found
