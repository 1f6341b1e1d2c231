"""`newscat copy`: a whole catalogue, or the part a query matches, from one backend to another
(SQLite file ↔ PostgreSQL server). Rows are copied as stored, not extracted again: manual edits,
tags, merges and evidence arrive as they were. Streaming, a transaction per batch; an article
already in the target (same text) is passed over, so a stopped copy goes on where it stopped."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from newscat.catalog import Catalog, Query

BATCH = 200
_COLUMNS = (
    "hash", "path", "title", "title_derived", "published", "source", "source_key", "summary",
    "word_count", "body", "evidence", "manual", "added", "url",
)  # fmt: skip


@dataclass
class CopyReport:
    copied: int = 0
    present: int = 0  # already in the target: copied before, or the same text added there


def _batches(rows: Iterator[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _related(source: Catalog, table_sql: str, ids: list[int]) -> dict[int, list[Any]]:
    """Rows of one related table for a batch of articles, by article id."""
    marks = ",".join("?" * len(ids))
    found: dict[int, list[Any]] = {}
    for row in source.conn.execute(table_sql.format(ids=marks), ids):
        found.setdefault(row[0], []).append(row)
    return found


def _copy_aliases(source: Catalog, target: Catalog) -> None:
    """Merges and renames made by hand, so the target stores the same people as the source."""
    with target.atomic():
        for key, target_key, target_name in source.conn.execute(
            "SELECT key, target_key, target_name FROM person_aliases"
        ):
            target.conn.execute(
                "INSERT INTO person_aliases (key, target_key, target_name) VALUES (?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                [key, target_key, target_name],
            )
    target.forget_aliases()


def count_to_copy(source: Catalog, query: Query) -> int:
    clauses, params = source.matching_clauses(query)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return int(
        source.conn.execute(f"SELECT count(*) FROM articles a {where}", params).fetchone()[0]
    )


def copy(
    source: Catalog,
    target: Catalog,
    query: Query,
    progress: Callable[[CopyReport], None] = lambda report: None,
) -> CopyReport:
    report = CopyReport()
    _copy_aliases(source, target)
    clauses, params = source.matching_clauses(query)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    columns = ", ".join(f"a.{c}" for c in ("id", *_COLUMNS))
    outlets = _Outlets(dict(source.conn.execute("SELECT key, name FROM sources")), set())
    rows = source.stream(f"SELECT {columns} FROM articles a {where} ORDER BY a.id", params)
    for batch in _batches(rows, BATCH):
        with target.atomic():
            _copy_batch(source, target, batch, report, outlets)
        progress(report)
    return report


@dataclass
class _Outlets:
    """The source catalogue's outlets (a small table, read once) and those written so far."""

    names: dict[str, str]
    stored: set[str]


def _copy_batch(
    source: Catalog, target: Catalog, batch: list[Any], report: CopyReport, outlets: _Outlets
) -> None:
    ids = [row[0] for row in batch]
    people = _related(
        source,
        "SELECT m.article_id, p.name, m.role, m.evidence FROM mentions m "
        "JOIN people p ON p.id = m.person_id WHERE m.article_id IN ({ids})",
        ids,
    )
    authors = _related(
        source,
        "SELECT article_id, name FROM article_authors WHERE article_id IN ({ids}) "
        "ORDER BY article_id, position",
        ids,
    )
    tags = _related(source, "SELECT article_id, tag FROM tags WHERE article_id IN ({ids})", ids)
    manual = _related(
        source,
        "SELECT article_id, key, name, role, action FROM manual_people WHERE article_id IN ({ids})",
        ids,
    )
    sketches = _related(
        source, "SELECT article_id, sketch FROM sketches WHERE article_id IN ({ids})", ids
    )
    names = ", ".join(_COLUMNS)
    marks = ", ".join("?" * len(_COLUMNS))
    for row in batch:
        old_id, values = row[0], [row[c] for c in _COLUMNS]
        index_column, index_value, index_params = target.text_index(row["title"], row["body"])
        new_id = target.insert_returning_id(
            f"INSERT INTO articles ({names}{index_column}) VALUES ({marks}{index_value})"
            " ON CONFLICT (hash) DO NOTHING",
            [*values, *index_params],
        )
        if new_id is None:
            report.present += 1
            continue
        if row["source_key"] and row["source_key"] not in outlets.stored:
            target.conn.execute(
                "INSERT INTO sources (key, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
                [row["source_key"], outlets.names.get(row["source_key"], row["source"])],
            )
            outlets.stored.add(row["source_key"])
        named = people.get(old_id, [])
        person_ids = target.person_ids([row[1] for row in named])
        target.conn.executemany(
            "INSERT INTO mentions (article_id, person_id, role, evidence) VALUES (?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            [
                (new_id, pid, role, ev)
                for (_, _, role, ev), pid in zip(named, person_ids, strict=True)
            ],
        )
        target.store_authors(new_id, [r[1] for r in authors.get(old_id, [])], new=True)
        target.conn.executemany(
            "INSERT INTO tags (article_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [(new_id, tag) for _, tag in tags.get(old_id, [])],
        )
        target.conn.executemany(
            "INSERT INTO manual_people (article_id, key, name, role, action)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(new_id, *row[1:]) for row in manual.get(old_id, [])],
        )
        for _, sketch in sketches.get(old_id, []):
            target.store_sketch(new_id, json.loads(sketch))
        report.copied += 1
