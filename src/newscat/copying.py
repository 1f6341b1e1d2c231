"""`newscat copy`: a whole catalogue, or the part a query matches, from one backend to another
(SQLite file ↔ PostgreSQL server). Rows are copied as stored, not extracted again: manual edits,
tags, merges and evidence arrive as they were. Streaming, a transaction per batch; an article
already in the target (same text) is passed over, so a stopped copy goes on where it stopped."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
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
    state = _State(
        outlets=dict(source.conn.execute("SELECT key, name FROM sources")),
        # Into an empty catalogue, near-copy links are the source's own: copied, not sought
        # again article by article (the slowest part of storing one).
        links={} if target.count() == 0 else None,
    )
    rows = source.stream(f"SELECT {columns} FROM articles a {where} ORDER BY a.id", params)
    for batch in _batches(rows, BATCH):
        with target.atomic():
            _copy_batch(source, target, batch, report, state)
        progress(report)
    return report


@dataclass
class _State:
    """What one copy carries from batch to batch."""

    outlets: dict[str, str]  # the source catalogue's outlets (a small table, read once)
    links: dict[int, int] | None  # source id → target id of articles with near-copies
    stored_outlets: set[str] = field(default_factory=set)


def _insert_articles(target: Catalog, batch: list[Any]) -> dict[str, int]:
    """The batch's articles in one statement: the new ids by content hash (an article whose
    text is there already is left out)."""
    names = ", ".join(_COLUMNS)
    row_values: list[Any] = []
    marks = []
    index_column = ""  # the same for every row: the backend's index column, if any
    for row in batch:
        index_column, index_value, index_params = target.text_index(row["title"], row["body"])
        marks.append(f"({', '.join('?' * len(_COLUMNS))}{index_value})")
        row_values += [*(row[c] for c in _COLUMNS), *index_params]
    inserted = target.conn.execute(
        f"INSERT INTO articles ({names}{index_column}) VALUES {', '.join(marks)}"
        " ON CONFLICT (hash) DO NOTHING RETURNING id, hash",
        row_values,
    ).fetchall()
    return {row[1]: int(row[0]) for row in inserted}


def _already_there(target: Catalog, batch: list[Any]) -> set[str]:
    """The batch's texts the target holds already (a copy run again after a stop): passed
    over before their text is indexed, which is most of an article's cost."""
    hashes = [row["hash"] for row in batch]
    marks = ", ".join("?" * len(hashes))
    found = target.conn.execute(f"SELECT hash FROM articles WHERE hash IN ({marks})", hashes)
    return {row[0] for row in found}


def _copy_batch(
    source: Catalog, target: Catalog, batch: list[Any], report: CopyReport, state: _State
) -> None:
    there = _already_there(target, batch)
    report.present += len(there)
    batch = [row for row in batch if row["hash"] not in there]
    if not batch:
        return
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
    new_ids = _insert_articles(target, batch)
    copied = [(row, new_ids[row["hash"]]) for row in batch if row["hash"] in new_ids]
    report.present += len(batch) - len(copied)
    report.copied += len(copied)
    # an outlet the source's table lacks is named as its article spells it, as before batching
    outlets = {row["source_key"]: row["source"] for row, _ in copied if row["source_key"]}
    target.conn.executemany(
        "INSERT INTO sources (key, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
        [
            (key, state.outlets.get(key, spelt))
            for key, spelt in sorted(outlets.items())
            if key not in state.stored_outlets
        ],
    )
    state.stored_outlets |= outlets.keys()
    named = [(new_id, mention) for row, new_id in copied for mention in people.get(row[0], [])]
    person_ids = target.person_ids([mention[1] for _, mention in named])
    target.conn.executemany(
        "INSERT INTO mentions (article_id, person_id, role, evidence) VALUES (?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        [
            (new_id, pid, mention[2], mention[3])
            for (new_id, mention), pid in zip(named, person_ids, strict=True)
        ],
    )
    target.store_authors_of(
        [(new_id, [r[1] for r in authors.get(row[0], [])]) for row, new_id in copied]
    )
    target.conn.executemany(
        "INSERT INTO tags (article_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING",
        [(new_id, tag[1]) for row, new_id in copied for tag in tags.get(row[0], [])],
    )
    target.conn.executemany(
        "INSERT INTO manual_people (article_id, key, name, role, action)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [(new_id, *m[1:]) for row, new_id in copied for m in manual.get(row[0], [])],
    )
    sketched = [
        (row[0], new_id, json.loads(sketch[1]))
        for row, new_id in copied
        for sketch in sketches.get(row[0], [])
    ]
    if state.links is None:
        for _, new_id, values in sketched:
            target.store_sketch(new_id, values)
    else:
        target.keep_sketches([(new_id, values) for _, new_id, values in sketched])
        _copy_links(source, target, [(row[0], new_id) for row, new_id in copied], state.links)


def _copy_links(
    source: Catalog, target: Catalog, copied: list[tuple[int, int]], links: dict[int, int]
) -> None:
    """The batch's near-copy links whose other article is in the target already (a pair is
    written, both ways, when its later article arrives)."""
    old_ids = [old for old, _ in copied]
    found = _related(
        source,
        "SELECT article_id, other_id, similarity FROM near_copies WHERE article_id IN ({ids})",
        old_ids,
    )
    rows = []
    for old, new in copied:
        if old in found:
            links[old] = new
    for old, new in copied:
        for _, other, similarity in found.get(old, []):
            if other in links:
                rows.append((new, links[other], similarity))
    target.conn.executemany(
        "INSERT INTO near_copies (article_id, other_id, similarity) VALUES (?, ?, ?)"
        " ON CONFLICT (article_id, other_id) DO NOTHING",
        rows,
    )
