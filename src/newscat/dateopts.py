"""Dates typed on the command line (--since, --until, --date): ISO at the precision given."""

from __future__ import annotations

import re
from datetime import datetime

from newscat.errors import UsageProblem

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse_date_option(text: str, option: str) -> str:
    """'2018' → '2018', '2018-3' → '2018-03', '7 March 2018' → '2018-03-07'; never filled in
    from today: a part the user did not type stays out."""
    text = text.strip()
    match = _ISO.match(text)
    try:
        if match:
            year = int(match.group(1))
            month = int(match.group(2)) if match.group(2) else None
            day = int(match.group(3)) if match.group(3) else None
            if day is not None and month is not None:
                return datetime(year, month, day).date().isoformat()
            if month is not None:
                datetime(year, month, 1)
                return f"{year:04d}-{month:02d}"
            return f"{year:04d}"
        from dateutil import parser

        # Parse against two different defaults: a part that differs was not in the text.
        first = parser.parse(text, default=datetime(1904, 1, 1))
        second = parser.parse(text, default=datetime(1908, 2, 2))
    except (ValueError, OverflowError):  # dateutil's ParserError is a ValueError
        raise UsageProblem(f"{option}: cannot read {text!r} as a date (try YYYY-MM-DD)") from None
    if first.year != second.year:
        raise UsageProblem(f"{option}: {text!r} has no year (try YYYY-MM-DD)")
    if first.month != second.month:
        return f"{first.year:04d}"
    if first.day != second.day:
        return f"{first.year:04d}-{first.month:02d}"
    return first.date().isoformat()
