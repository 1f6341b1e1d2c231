"""How a listing (list, search, people, person's articles, sources, tags) reaches its reader:
a Rich table on a terminal, TSV when piped (one row a line, no header, for `cut -f1`), CSV or
JSON on request; "20 of 4,595" when a limit cut it short; a pager when a table is taller
than the terminal."""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from newscat import render
from newscat.errors import UsageProblem

FORMATS = ("table", "tsv", "csv", "json")
DEFAULT_LIMIT = 20  # rows of every listing unless --limit N or --all


def choose_format(fmt: str | None, as_json: bool) -> str:
    if as_json:
        return "json"
    if fmt is None:
        return "table" if render.out.is_terminal else "tsv"
    if fmt not in FORMATS:
        raise UsageProblem(f"--format: choose {', '.join(FORMATS)}; not {fmt!r}")
    return fmt


def choose_limit(limit: int | None, show_all: bool) -> int | None:
    if limit is not None and limit < 1:
        raise UsageProblem("--limit must be 1 or more")
    if show_all:
        return None
    return limit or DEFAULT_LIMIT


@dataclass
class Columns:
    """What a row of a listing holds in TSV and CSV: header names and a cell per row."""

    names: list[str]
    cells: Callable[[dict[str, Any]], list[Any]]


def _joined(values: list[str]) -> str:
    return "; ".join(values)


ARTICLES = Columns(
    ["id", "published", "source", "title", "people"],
    lambda a: [
        a["id"],
        a.get("published") or "",
        a.get("source") or "",
        a.get("title") or "",
        _joined([p["name"] for p in a.get("people") or []]),
    ],
)
PEOPLE = Columns(
    ["name", "articles", "first_seen", "last_seen", "roles"],
    lambda p: [
        p["name"],
        p["articles"],
        p.get("first_seen") or "",
        p.get("last_seen") or "",
        _joined([r["role"] for r in p.get("roles") or []]),
    ],
)
SOURCES = Columns(
    ["source", "articles", "first_seen", "last_seen"],
    lambda s: [s["source"], s["articles"], s.get("first_seen") or "", s.get("last_seen") or ""],
)
AUTHORS = Columns(
    ["name", "articles", "sources", "first_seen", "last_seen"],
    lambda a: [
        a["name"],
        a["articles"],
        _joined(a["sources"]),
        a.get("first_seen") or "",
        a.get("last_seen") or "",
    ],
)
TAGS = Columns(["tag", "articles"], lambda t: [t["tag"], t["articles"]])
MERGES = Columns(
    ["merge", "into", "articles", "into_articles", "command"],
    lambda m: [m["merge"], m["into"], m["articles"], m["into_articles"], m["command"]],
)


def limit_note(
    shown: int, limit: int | None, count: Callable[[], int], what: str, *, cap: int | None = None
) -> str | None:
    """ "20 of 4,595 articles; --limit N or --all for more" when the limit cut the list; the
    total is counted only then ("20 of 10,000+" where the count stops at cap)."""
    if limit is None or shown < limit:
        return None
    total = count()
    if shown >= total:
        return None
    more = "+" if cap is not None and total >= cap else ""
    return f"{shown:,} of {total:,}{more} {what}; --limit N or --all for more"


def emit_rows(
    rows: list[dict[str, Any]],
    fmt: str,
    columns: Columns,
    table: Callable[[list[dict[str, Any]], str | None], Any],
    *,
    note: str | None = None,
    json_value: Any = None,
) -> None:
    """Print rows in the chosen format. The note ("20 of 4,595 …") is the table's caption, and
    goes to stderr for the other formats so that their output stays clean for programs."""
    if fmt == "json":
        render.print_json(rows if json_value is None else json_value)
    elif fmt in ("tsv", "csv"):
        writer = csv.writer(
            sys.stdout,
            dialect="excel-tab" if fmt == "tsv" else "excel",
            lineterminator="\n",
        )
        if fmt == "csv":
            writer.writerow(columns.names)
        for row in rows:
            cells = columns.cells(row)
            if fmt == "tsv":  # one row a line: no tab or line break inside a cell
                cells = [" ".join(str(c).split()) for c in cells]
            writer.writerow(cells)
    else:
        shown = table(rows, note)
        if render.out.is_terminal and len(rows) + 6 > render.out.size.height:
            with render.out.pager(styles=True):
                render.out.print(shown)
        else:
            render.out.print(shown)
        return
    if note:
        render.err.print(note, markup=False)
