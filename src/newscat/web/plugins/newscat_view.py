"""Datasette plugin loaded by `newscat serve`: evidence folded, articles and sources linked,
and an article's page listing its authors, people with their roles, and tags."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils import tilde_encode, urlsafe_components
from markupsafe import Markup, escape

from newscat.web import INTERNAL_TABLES

JSON_LISTS = ("people", "authors", "tags")


def _fold(value: str) -> Markup | None:
    """A JSON evidence object as a closed <details>: one line until the reader opens it."""
    try:
        evidence = json.loads(value)
    except (TypeError, ValueError):
        return None
    if not isinstance(evidence, dict | list) or not evidence:
        return None
    return Markup(
        "<details class='newscat-evidence'><summary>{} {}</summary><pre>{}</pre></details>"
    ).format(
        len(evidence),
        "field" if len(evidence) == 1 else "fields",
        json.dumps(evidence, indent=2, ensure_ascii=False),
    )


def _link(href: str, text: Any) -> Markup:
    return Markup("<a href='{}'>{}</a>").format(href, text)


def _names(value: str, href: Any) -> Markup | None:
    try:
        names = json.loads(value)
    except (TypeError, ValueError):
        return None
    if not isinstance(names, list):
        return None
    if not names:  # an empty Markup would leave Datasette to print the raw "[]"
        return Markup("&nbsp;")
    return Markup(", ").join(_link(href(name), name) if href else escape(name) for name in names)


@hookimpl
def render_cell(
    row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any
) -> Markup | None:
    urls = datasette.urls
    if column == "evidence" and isinstance(value, str):
        return _fold(value)
    if table == "articles" and column == "source_key" and value:
        return _link(urls.row(database, "sources", tilde_encode(value)), value)
    if table != "article_overview" or value is None:
        return None
    if column in ("id", "title"):
        return _link(urls.row(database, "articles", tilde_encode(str(row["id"]))), value)
    if column == "source" and row["source_key"]:
        return _link(urls.row(database, "sources", tilde_encode(row["source_key"])), value)
    if column == "people":
        query = urls.query(database, "articles_naming_a_person")
        return _names(value, lambda name: f"{query}?{urlencode({'name': name})}")
    if column in JSON_LISTS:
        return _names(value, None)
    return None


@hookimpl
def extra_template_vars(
    view_name: str, table: str | None, database: str | None, request: Any, datasette: Any
) -> Any:
    if view_name != "row" or table != "articles" or request is None:
        return None

    async def article() -> dict[str, Any]:
        db = datasette.get_database(database)
        ids = urlsafe_components(request.url_vars["pks"])
        found = await db.execute(
            "select a.title, a.published, a.body, a.url, a.source_key, "
            "coalesce(s.name, a.source) as source "
            "from articles a left join sources s on s.key = a.source_key where a.id = ?",
            ids,
        )
        row = found.first()
        if row is None:  # Datasette answers 404 itself
            return {}
        people = await db.execute(
            "select p.name, m.role from mentions m join people p on p.id = m.person_id "
            "where m.article_id = ? order by p.name",
            ids,
        )
        authors = await db.execute(
            "select name from article_authors where article_id = ? order by position", ids
        )
        tags = await db.execute("select tag from tags where article_id = ? order by tag", ids)
        urls = datasette.urls
        return {
            "newscat_article": {
                "title": row["title"],
                "published": row["published"],
                "source": row["source"],
                "source_url": row["source_key"]
                and urls.row(database, "sources", tilde_encode(row["source_key"])),
                "url": row["url"],
                "paragraphs": [part for part in row["body"].split("\n\n") if part.strip()],
                "people": [{"name": r["name"], "role": r["role"]} for r in people.rows],
                "authors": [r["name"] for r in authors.rows],
                "tags": [r["tag"] for r in tags.rows],
                "person_query": urls.query(database, "articles_naming_a_person"),
                "internal_tables": INTERNAL_TABLES,
            }
        }

    return article
