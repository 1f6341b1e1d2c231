"""Streaming writers: one small function per format, each taking an iterator of articles."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

CSV_COLUMNS = [
    "id",
    "published",
    "source",
    "title",
    "title_derived",
    "authors",
    "people",
    "roles",
    "summary",
    "word_count",
    "tags",
    "near_copies",
    "path",
    "url",
    "added",
]
MENTION_COLUMNS = ["article_id", "published", "source", "title", "person", "role"]
# A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Make a cell inert for spreadsheets by prefixing a quote (OWASP CSV injection advice)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_row(article: dict[str, Any]) -> dict[str, Any]:
    people = article.get("people") or []
    return {
        **{key: article.get(key) for key in [*CSV_COLUMNS, "body"]},
        "title_derived": int(bool(article.get("title_derived"))),
        "people": "; ".join(p["name"] for p in people),
        "roles": "; ".join(f"{p['name']}: {p['role']}" for p in people if p.get("role")),
        "tags": "; ".join(article.get("tags") or []),
        "authors": "; ".join(article.get("authors") or []),
        "near_copies": "; ".join(str(n) for n in article.get("near_copies") or []),
    }


def mention_rows(articles: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """One row per article × person, with the role the article gives them."""
    for article in articles:
        for person in article.get("people") or []:
            yield {
                "article_id": article["id"],
                "published": article.get("published"),
                "source": article.get("source"),
                "title": article.get("title"),
                "person": person["name"],
                "role": person.get("role"),
            }


def write_csv(
    articles: Iterable[dict[str, Any]],
    out: IO[str],
    *,
    raw: bool = False,
    columns: str = "articles",
    body: bool = False,
) -> int:
    fields = MENTION_COLUMNS if columns == "mentions" else CSV_COLUMNS + (["body"] if body else [])
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for article in articles:
        row = article if columns == "mentions" else csv_row(article)
        writer.writerow(row if raw else {k: neutralise(v) for k, v in row.items()})
        count += 1
    return count


def _public(article: dict[str, Any], body: bool) -> dict[str, Any]:
    hidden = ("snippet",) if body else ("snippet", "body")
    return {k: v for k, v in article.items() if k not in hidden}


def write_jsonl(
    articles: Iterable[dict[str, Any]],
    out: IO[str],
    *,
    raw: bool = False,
    columns: str = "articles",
    body: bool = False,
) -> int:
    count = 0
    for article in articles:
        out.write(json.dumps(_public(article, body), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_json(
    articles: Iterable[dict[str, Any]],
    out: IO[str],
    *,
    raw: bool = False,
    columns: str = "articles",
    body: bool = False,
) -> int:
    """A JSON array, written item by item so memory stays flat."""
    count = 0
    out.write("[")
    for article in articles:
        out.write(",\n" if count else "\n")
        out.write(json.dumps(_public(article, body), ensure_ascii=False, indent=None))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


WRITERS: dict[str, Callable[..., int]] = {
    "csv": write_csv,
    "json": write_json,
    "jsonl": write_jsonl,
}
