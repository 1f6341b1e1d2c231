"""People merged and renamed by hand ("Reagan" is "Ronald Reagan"), kept through reindex, and
the merges a catalogue suggests: a surname alone and the one full name that carries it."""

from __future__ import annotations

import json
from typing import Any

from newscat.catalog import Catalog
from newscat.errors import NewscatError, UsageProblem
from newscat.folding import fold


def _person(catalog: Catalog, name: str) -> Any:
    row = catalog.conn.execute(
        "SELECT id, name, key FROM people WHERE key = ?", [fold(name)]
    ).fetchone()
    if row is None:
        raise NewscatError(f"no one called {name!r} in the catalogue (give the full name)")
    return row


def _remember(catalog: Catalog, key: str, target_key: str, target_name: str) -> None:
    """key now stands for the target; names merged into key before follow it there."""
    conn = catalog.conn
    conn.execute(
        "UPDATE person_aliases SET target_key = ?, target_name = ? WHERE target_key = ?",
        [target_key, target_name, key],
    )
    conn.execute(
        """INSERT INTO person_aliases (key, target_key, target_name) VALUES (?, ?, ?)
           ON CONFLICT (key) DO UPDATE
           SET target_key = excluded.target_key, target_name = excluded.target_name""",
        [key, target_key, target_name],
    )
    conn.execute("DELETE FROM person_aliases WHERE key = target_key")
    catalog.forget_aliases()


def merge(catalog: Catalog, source: str, target: str) -> dict[str, Any]:
    """Every mention of source becomes one of target; where an article names both, target's
    mention stays (with source's role when target had none)."""
    if fold(source) == fold(target):
        raise UsageProblem("merge two different people: the names are the same")
    with catalog.atomic():
        old, new = _person(catalog, source), _person(catalog, target)
        moved = catalog.conn.execute(
            """UPDATE mentions SET person_id = ? WHERE person_id = ? AND article_id NOT IN
                   (SELECT article_id FROM mentions WHERE person_id = ?)""",
            [new["id"], old["id"], new["id"]],
        ).rowcount
        catalog.conn.execute(  # articles naming both: target's row stays, its role filled
            """UPDATE mentions SET role = (SELECT m.role FROM mentions m
                   WHERE m.person_id = ? AND m.article_id = mentions.article_id)
                WHERE person_id = ? AND role IS NULL""",
            [old["id"], new["id"]],
        )
        catalog.conn.execute("DELETE FROM mentions WHERE person_id = ?", [old["id"]])
        catalog.conn.execute("DELETE FROM people WHERE id = ?", [old["id"]])
        _remember(catalog, old["key"], new["key"], new["name"])
    return {"merged": old["name"], "into": new["name"], "articles_moved": moved}


def rename(catalog: Catalog, name: str, new_name: str) -> dict[str, Any]:
    """A person's name as the catalogue shows it; a name someone else has is a merge."""
    new_name = " ".join(new_name.split())
    if not new_name:
        raise UsageProblem("give the new name")
    with catalog.atomic():
        old = _person(catalog, name)
        key = fold(new_name)
        other = catalog.conn.execute(
            "SELECT id FROM people WHERE key = ? AND id != ?", [key, old["id"]]
        ).fetchone()
        if other:
            return merge(catalog, old["name"], new_name)
        catalog.conn.execute(
            "UPDATE people SET name = ?, key = ? WHERE id = ?", [new_name, key, old["id"]]
        )
        catalog.conn.execute("DELETE FROM person_words WHERE person_id = ?", [old["id"]])
        catalog.index_name_words(old["id"], key)
        if old["key"] != key:  # another spelling of the same key needs no alias: the row has it
            _remember(catalog, old["key"], key, new_name)
    return {"renamed": old["name"], "to": new_name}


def suggest_merges(catalog: Catalog) -> list[dict[str, Any]]:
    """A name of one word and the one full name ending in it, seen in the same period (their
    first-to-last-seen years overlap): likely the same person written two ways."""
    rows = catalog.conn.execute(
        """WITH seen AS (
               SELECT p.id, p.name, p.key, count(*) AS articles,
                      min(substr(a.published, 1, 4)) AS first, max(substr(a.published, 1, 4)) AS last
                 FROM people p JOIN mentions m ON m.person_id = p.id
                 JOIN articles a ON a.id = m.article_id GROUP BY p.id)
           SELECT s.name AS short, s.articles AS short_articles, s.first AS short_first,
                  s.last AS short_last, f.name AS full, f.articles AS full_articles,
                  f.first AS full_first, f.last AS full_last
             FROM seen s
             JOIN person_words w ON w.word = s.key AND w.person_id != s.id
             JOIN seen f ON f.id = w.person_id
            WHERE s.key NOT LIKE '% %' AND f.key LIKE '% ' || s.key
            ORDER BY s.articles DESC, s.name"""
    ).fetchall()
    by_short: dict[str, list[Any]] = {}
    for row in rows:
        by_short.setdefault(row["short"], []).append(row)
    suggestions = []
    for candidates in by_short.values():
        if len(candidates) != 1:
            continue  # "Smith" with two full names: no telling which
        row = candidates[0]
        if (
            row["short_first"]
            and row["full_first"]
            and not (
                row["short_first"] <= row["full_last"] and row["full_first"] <= row["short_last"]
            )
        ):
            continue
        suggestions.append(
            {
                "merge": row["short"],
                "into": row["full"],
                "articles": row["short_articles"],
                "into_articles": row["full_articles"],
                "command": f"newscat person merge {json.dumps(row['short'])} {json.dumps(row['full'])}",
            }
        )
    return suggestions
