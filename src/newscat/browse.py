"""Looking around a catalogue: people, one person, sources, statistics."""

from __future__ import annotations

from typing import Any

from newscat.catalog import (
    Catalog,
    Query,
    date_clause,
    json_value,
    matching_person_ids,
    source_clause,
)
from newscat.errors import NewscatError
from newscat.folding import fold


def _article_filters(
    source: str | None, since: str | None, until: str | None
) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if source:
        sql, values = source_clause(source)
        clauses.append(sql)
        params += values
    if since or until:
        sql, values = date_clause(since, until)
        clauses.append(sql)
        params += values
    return (" AND " + " AND ".join(clauses) if clauses else ""), params


def _roles(
    catalog: Catalog, person_ids: list[int], where: str, params: list[Any]
) -> dict[int, list[dict[str, Any]]]:
    if not person_ids:
        return {}
    marks = ",".join("?" * len(person_ids))
    rows = catalog.conn.execute(
        f"""SELECT m.person_id, m.role, count(*) AS articles,
                   min(a.published) AS first_seen, max(a.published) AS last_seen
              FROM mentions m JOIN articles a ON a.id = m.article_id
             WHERE m.role IS NOT NULL AND m.person_id IN ({marks}) {where}
             GROUP BY m.person_id, m.role
             ORDER BY min(a.published) IS NULL, min(a.published), count(*) DESC""",
        [*person_ids, *params],
    )
    roles: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        roles.setdefault(row["person_id"], []).append(
            {k: row[k] for k in ("role", "articles", "first_seen", "last_seen")}
        )
    return roles


def count_people(
    catalog: Catalog,
    *,
    source: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> int:
    """How many people the filters of people() leave."""
    if not (source or since or until):
        return int(catalog.conn.execute("SELECT count(*) FROM people").fetchone()[0])
    where, params = _article_filters(source, since, until)
    return int(
        catalog.conn.execute(
            f"""SELECT count(DISTINCT m.person_id) FROM mentions m
                  JOIN articles a ON a.id = m.article_id WHERE true {where}""",
            params,
        ).fetchone()[0]
    )


def people(
    catalog: Catalog,
    *,
    source: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Everyone named, most mentioned first, with first/last seen dates and roles over time."""
    where, params = _article_filters(source, since, until)
    rows = catalog.conn.execute(
        f"""SELECT p.id, p.name, count(DISTINCT a.id) AS articles,
                   min(a.published) AS first_seen, max(a.published) AS last_seen
              FROM people p JOIN mentions m ON m.person_id = p.id
              JOIN articles a ON a.id = m.article_id
             WHERE true {where}
             GROUP BY p.id ORDER BY articles DESC, p.name
             {f"LIMIT {int(limit)}" if limit else ""}""",
        params,
    ).fetchall()
    result = [dict(row) for row in rows]
    roles = _roles(catalog, [r["id"] for r in result], where, params)
    for person in result:
        person["roles"] = roles.get(person["id"], [])
    return result


def matching_people(catalog: Catalog, name: str) -> list[dict[str, Any]]:
    """People whose name has every word of `name` as a whole part (see matching_person_ids),
    the exact full name first, then by article count."""
    inner, params = matching_person_ids(name)
    rows = catalog.conn.execute(
        f"""SELECT p.id, p.name, (SELECT count(*) FROM mentions m WHERE m.person_id = p.id) AS articles
              FROM people p WHERE p.id IN ({inner})
             ORDER BY p.key = ? DESC, articles DESC, p.name""",
        [*params, fold(name)],
    ).fetchall()
    return [dict(row) for row in rows]


def person(catalog: Catalog, name: str, *, limit: int | None = 20) -> dict[str, Any]:
    """One person: their articles, the roles seen for them, and who appears with them most."""
    found = matching_people(catalog, name)
    if not found:
        raise NewscatError(f"no one called {name!r} in the catalogue")
    chosen = found[0]
    person_id = chosen["id"]
    ids = [
        r[0]
        for r in catalog.conn.execute(
            "SELECT article_id FROM mentions WHERE person_id = ?", [person_id]
        )
    ]
    articles = list(catalog.iter_articles(Query(ids=ids, limit=limit))) if ids else []
    companions = catalog.conn.execute(
        """SELECT p.name, count(*) AS articles
             FROM mentions m1 JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.person_id != m1.person_id
             JOIN people p ON p.id = m2.person_id
            WHERE m1.person_id = ? GROUP BY p.id ORDER BY articles DESC, p.name LIMIT 10""",
        [person_id],
    ).fetchall()
    dates = catalog.conn.execute(
        """SELECT min(a.published), max(a.published) FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.person_id = ?""",
        [person_id],
    ).fetchone()
    return {
        "name": chosen["name"],
        "articles": len(ids),
        "first_seen": dates[0],
        "last_seen": dates[1],
        "by_year": _by_year(catalog, person_id),
        "roles": _roles(catalog, [person_id], "", []).get(person_id, []),
        "appears_with": [dict(row) for row in companions],
        "recent_articles": articles,
        "other_matches": [p["name"] for p in found[1:6]],
    }


def _by_year(catalog: Catalog, person_id: int) -> list[dict[str, Any]]:
    """Articles naming the person per year of publication, the years without any included."""
    counts = {
        row[0]: row[1]
        for row in catalog.conn.execute(
            """SELECT substr(a.published, 1, 4), count(*) FROM mentions m
                 JOIN articles a ON a.id = m.article_id
                WHERE m.person_id = ? AND a.published IS NOT NULL GROUP BY 1""",
            [person_id],
        )
        if str(row[0]).isdigit()
    }
    if not counts:
        return []
    years = range(int(min(counts)), int(max(counts)) + 1)
    return [{"year": str(y), "articles": counts.get(str(y), 0)} for y in years]


def sources(catalog: Catalog) -> list[dict[str, Any]]:
    rows = catalog.conn.execute(
        """SELECT min(source) AS source, count(*) AS articles,
                  min(published) AS first_seen, max(published) AS last_seen
             FROM articles WHERE source_key IS NOT NULL
            GROUP BY source_key ORDER BY articles DESC, source_key"""
    )
    return [dict(row) for row in rows]


def stats(catalog: Catalog, *, top: int = 5) -> dict[str, Any]:
    conn = catalog.conn

    def one(sql: str) -> Any:
        return conn.execute(sql).fetchone()[0]

    months = conn.execute(
        """SELECT substr(published, 1, 7) AS month, count(*) AS articles FROM articles
            WHERE length(published) >= 7 GROUP BY month ORDER BY month"""
    ).fetchall()
    return {
        "articles": one("SELECT count(*) FROM articles"),
        "people": one("SELECT count(*) FROM people"),
        "sources": one("SELECT count(DISTINCT source_key) FROM articles"),
        "mentions": one("SELECT count(*) FROM mentions"),
        "tags": one("SELECT count(DISTINCT tag) FROM tags"),
        "words": one("SELECT coalesce(sum(word_count), 0) FROM articles"),
        "undated": one("SELECT count(*) FROM articles WHERE published IS NULL"),
        "without_source": one("SELECT count(*) FROM articles WHERE source IS NULL"),
        "near_copies": one("SELECT count(*) / 2 FROM near_copies"),
        "first_published": one("SELECT min(published) FROM articles"),
        "last_published": one("SELECT max(published) FROM articles"),
        "per_month": [dict(row) for row in months],
        "top_people": [{k: p[k] for k in ("name", "articles")} for p in people(catalog, limit=top)],
        "top_sources": [{k: s[k] for k in ("source", "articles")} for s in sources(catalog)[:top]],
    }


def authors(catalog: Catalog, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Every credited journalist, most published first, with their outlets and date range."""
    rows = catalog.conn.execute(
        f"""SELECT min(au.name) AS name, count(DISTINCT a.id) AS articles,
                   {catalog.JSON_LIST}(DISTINCT a.source) AS sources,
                   min(a.published) AS first_seen, max(a.published) AS last_seen
              FROM article_authors au JOIN articles a ON a.id = au.article_id
             GROUP BY au.key ORDER BY articles DESC, au.key
             {f"LIMIT {int(limit)}" if limit else ""}"""
    ).fetchall()
    result = []
    for row in rows:
        author = dict(row)
        author["sources"] = sorted(s for s in json_value(author["sources"], []) if s is not None)
        result.append(author)
    return result


def count_authors(catalog: Catalog) -> int:
    return int(
        catalog.conn.execute("SELECT count(DISTINCT key) FROM article_authors").fetchone()[0]
    )
