"""Coverage over time: how many of the matching articles were published in each day, week,
month or year, overall or per source or person, as counts or as a share of everything
catalogued in the period (so that a busier month does not look like more interest).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from newscat.catalog import Catalog, Query

PERIODS = ("day", "week", "month", "year")


@dataclass
class Series:
    name: str
    counts: dict[str, int]  # period label → articles


def _period(day: str, by: str) -> str:
    if by == "year":
        return day[:4]
    if by == "month":
        return day[:7]
    if by == "week":
        year, week, _ = dt.date.fromisoformat(day).isocalendar()
        return f"{year}-W{week:02d}"
    return day


def _next(label: str, by: str) -> str:
    if by == "year":
        return str(int(label) + 1)
    if by == "month":
        year, month = map(int, label.split("-"))
        return f"{year + month // 12}-{month % 12 + 1:02d}"
    if by == "week":
        monday = dt.date.fromisocalendar(int(label[:4]), int(label[6:]), 1)
        return _period((monday + dt.timedelta(days=7)).isoformat(), "week")
    return (dt.date.fromisoformat(label) + dt.timedelta(days=1)).isoformat()


def periods_between(first: str, last: str, by: str) -> list[str]:
    """Every period from first to last, the empty ones too: a gap in coverage is a figure."""
    labels = [first]
    while labels[-1] < last:
        labels.append(_next(labels[-1], by))
    return labels


def choose_period(first_day: str, last_day: str) -> str:
    """The period that gives a readable number of bars for the span."""
    span = (dt.date.fromisoformat(last_day) - dt.date.fromisoformat(first_day)).days
    if span > 3 * 366:
        return "year"
    if span > 120:
        return "month"
    if span > 31:
        return "week"
    return "day"


def _day_counts(
    catalog: Catalog, query: Query | None, split: str | None
) -> list[tuple[str, str, int]]:
    """(series, day, articles) for the query's dated articles; series "" without a split."""
    clauses, params = catalog.matching_clauses(query) if query is not None else ([], [])
    where = " AND ".join(["a.published IS NOT NULL", *clauses])
    day = "substr(a.published, 1, 10)"
    if split == "source":
        sql = f"SELECT coalesce(a.source, '(no source)'), {day}, count(*) FROM articles a WHERE {where} GROUP BY 1, 2"
    elif split == "person":
        sql = (
            f"SELECT p.name, {day}, count(*) FROM articles a JOIN mentions m ON m.article_id = a.id "
            f"JOIN people p ON p.id = m.person_id WHERE {where} GROUP BY 1, 2"
        )
    else:
        sql = f"SELECT '', {day}, count(*) FROM articles a WHERE {where} GROUP BY 2"
    return [(row[0], row[1], row[2]) for row in catalog.conn.execute(sql, params)]


def timeline(
    catalog: Catalog, query: Query, *, by: str | None, split: str | None, top: int
) -> tuple[str, list[str], list[Series], dict[str, int]]:
    """The period chosen, its labels, the series (top N by articles when split), and the
    catalogue's own totals per period (for shares)."""
    rows = [r for r in _day_counts(catalog, query, split) if _valid(r[1])]
    if not rows:
        return by or "month", [], [], {}
    days = sorted({day for _, day, _ in rows})
    by = by or choose_period(days[0], days[-1])
    totals: Counter[str] = Counter()
    for _, day, count in _day_counts(catalog, None, None):
        if _valid(day):
            totals[_period(day, by)] += count
    per_series: dict[str, Counter[str]] = defaultdict(Counter)
    for name, day, count in rows:
        per_series[name][_period(day, by)] += count
    ranked = sorted(per_series, key=lambda n: (-sum(per_series[n].values()), n))[:top]
    labels = periods_between(_period(days[0], by), _period(days[-1], by), by)
    series = [Series(name or "all", dict(per_series[name])) for name in ranked]
    return by, labels, series, dict(totals)


def _valid(day: str) -> bool:
    try:
        dt.date.fromisoformat(day)
    except ValueError:
        return False
    return True


def value(one: Series, label: str, totals: dict[str, int], share: bool) -> float:
    """A series' articles in a period, or their share of everything catalogued in it."""
    count = one.counts.get(label, 0)
    if share:
        return count / totals[label] if totals.get(label) else 0.0
    return float(count)


def rows(labels: list[str], series: list[Series], totals: dict[str, int]) -> list[dict[str, Any]]:
    """One row per period and series: the figures every output format shows."""
    return [
        {
            "period": label,
            "series": one.name,
            "articles": one.counts.get(label, 0),
            "share": round(value(one, label, totals, share=True), 4),
        }
        for label in labels
        for one in series
    ]


BAR = 40  # characters of the longest bar


def bars(labels: list[str], series: list[Series], totals: dict[str, int], share: bool) -> Any:
    """The chart for a terminal: one bar per period, or a table of series when split."""
    from rich.table import Table
    from rich.text import Text

    def shown(number: float) -> str:
        return f"{number:.1%}" if share else f"{int(number):,}"

    if len(series) == 1:
        one = series[0]
        top = max((value(one, label, totals, share) for label in labels), default=0.0) or 1.0
        table = Table(show_header=False, box=None, pad_edge=False)
        table.add_column(style="cyan")
        table.add_column()
        table.add_column(justify="right")
        for label in labels:
            number = value(one, label, totals, share)
            table.add_row(label, Text("█" * round(BAR * number / top), "green"), shown(number))
        return table
    table = Table(show_edge=False)
    table.add_column("period", style="cyan")
    for one in series:
        table.add_column(one.name, justify="right")
    for label in labels:
        table.add_row(label, *(shown(value(one, label, totals, share)) for one in series))
    return table
