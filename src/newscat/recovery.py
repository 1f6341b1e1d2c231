"""Recovering a damaged catalogue: every row SQLite can still read is copied into a new file,
the damaged one is kept beside it, and what could not be read is named.

Rows are read in key order in small batches; where a batch meets a damaged page, the reader
probes further and further ahead (1, 2, 4, … ids) until it finds a readable row again, and the
ids it stepped over are reported as lost. People and tags are read article by article through
their indexes; an article whose people cannot be read gets them by extraction again, with its
manual corrections applied. The full-text index, name words, sources and near-copy sketches
are rebuilt from the recovered articles, so damage to them loses nothing.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from newscat.catalog import Catalog

BATCH = 200
_ARTICLE_COLUMNS = (
    "id, hash, path, title, title_derived, published, source, source_key, summary, "
    "word_count, body, evidence, manual, added, url"
)


@dataclass
class Recovery:
    kept_as: Path
    articles: int = 0
    lost_ranges: list[tuple[int, int]] = field(default_factory=list)
    people_extracted_again: int = 0
    tags: int = 0
    tags_lost_for: int = 0

    def lines(self) -> list[str]:
        out = [f"recovered {self.articles:,} articles; the damaged file is kept as {self.kept_as}"]
        if self.lost_ranges:
            ranges = ", ".join(f"#{a}" if a == b else f"#{a}–#{b}" for a, b in self.lost_ranges)
            out.append(f"lost: articles that could not be read, among IDs {ranges}")
        else:
            out.append("lost: no article")
        if self.people_extracted_again:
            out.append(
                f"people of {self.people_extracted_again:,} articles could not be read and were "
                "extracted again (manual corrections kept)"
            )
        if self.tags_lost_for:
            out.append(f"tags of {self.tags_lost_for:,} articles could not be read")
        return out


def _readable_rows(conn: sqlite3.Connection, sql: str, top: int) -> Iterator[Any]:
    """Rows of `sql` (which selects `WHERE id > ? ORDER BY id LIMIT ?` on a rowid table), past
    damaged pages; each skipped range is yielded as a ("lost", first, last) tuple."""
    last = 0
    while last < top:
        try:
            rows = conn.execute(sql, [last, BATCH]).fetchall()
        except sqlite3.DatabaseError:
            rows = []
            try:
                rows = conn.execute(sql, [last, 1]).fetchall()
            except sqlite3.DatabaseError:
                step = 1
                while last + step <= top:
                    try:
                        found = conn.execute(sql, [last + step - 1, 1]).fetchall()
                    except sqlite3.DatabaseError:
                        step *= 2
                        continue
                    end = found[0]["id"] - 1 if found else top
                    yield ("lost", last + 1, end)
                    last = end
                    break
                else:
                    yield ("lost", last + 1, top)
                    return
                continue
        if not rows:
            return
        yield from rows
        last = rows[-1]["id"]


def _highest_id(conn: sqlite3.Connection) -> int:
    try:
        row = conn.execute("SELECT max(id) FROM articles").fetchone()
        return int(row[0] or 0)
    except sqlite3.DatabaseError:
        try:  # the sequence SQLite keeps is elsewhere in the file
            row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'articles'").fetchone()
            return int(row[0]) if row else 1 << 40
        except sqlite3.DatabaseError:
            return 1 << 40


def _try(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[Any] | None:
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.DatabaseError:
        return None


def recover(path: Path) -> Recovery:
    """Copy what can be read of the catalogue at path into a new one that takes its place."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept_as = path.with_name(f"{path.name}.damaged-{stamp}")
    fresh_path = path.with_name(f".{path.name}.recovering")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{fresh_path}{suffix}").unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    source.row_factory = sqlite3.Row
    fresh = Catalog(fresh_path)
    report = Recovery(kept_as)
    try:
        with fresh.atomic():
            _copy_articles(source, fresh, report)
        fresh.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        source.close()
        fresh.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)  # belong to the damaged file
    os.replace(path, kept_as)
    os.replace(fresh_path, path)
    for suffix in ("-wal", "-shm"):
        Path(f"{fresh_path}{suffix}").unlink(missing_ok=True)
    return report


def _copy_articles(source: sqlite3.Connection, fresh: Catalog, report: Recovery) -> None:
    from newscat import nearcopy
    from newscat.editing import store_people_again
    from newscat.extract import extract

    sql = f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id > ? ORDER BY id LIMIT ?"
    for row in _readable_rows(source, sql, _highest_id(source)):
        if isinstance(row, tuple):
            report.lost_ranges.append((row[1], row[2]))
            continue
        fresh.conn.execute(
            f"INSERT INTO articles ({_ARTICLE_COLUMNS}) VALUES ({', '.join('?' * 15)})",
            list(row),
        )
        article_id = row["id"]
        report.articles += 1
        if row["source_key"]:
            fresh.conn.execute(
                "INSERT OR IGNORE INTO sources (key, name) VALUES (?, ?)",
                [row["source_key"], row["source"]],
            )
        authors = _try(
            source,
            "SELECT name FROM article_authors WHERE article_id = ? ORDER BY position",
            [article_id],
        )
        if authors is None:  # the evidence stored with the article names them too
            credited = json.loads(row["evidence"] or "{}").get("authors") or []
            authors = [(author.get("value"),) for author in credited if author.get("value")]
        fresh.store_authors(article_id, [author[0] for author in authors])
        tags = _try(source, "SELECT tag FROM tags WHERE article_id = ?", [article_id])
        if tags is None:
            report.tags_lost_for += 1
        for tag in tags or []:
            fresh.conn.execute(
                "INSERT INTO tags (article_id, tag) VALUES (?, ?)", [article_id, tag[0]]
            )
            report.tags += 1
        overrides = _try(
            source,
            "SELECT key, name, role, action FROM manual_people WHERE article_id = ?",
            [article_id],
        )
        for override in overrides or []:
            fresh.conn.execute(
                "INSERT INTO manual_people (article_id, key, name, role, action) VALUES (?, ?, ?, ?, ?)",
                [article_id, *override],
            )
        mentions = _try(
            source,
            """SELECT p.name, m.role, m.evidence FROM mentions m JOIN people p ON p.id = m.person_id
                WHERE m.article_id = ?""",
            [article_id],
        )
        if mentions is None or overrides is None:
            store_people_again(fresh, article_id, extract(row["body"]))
            report.people_extracted_again += 1
        else:
            for mention in mentions:
                fresh.conn.execute(
                    "INSERT OR IGNORE INTO mentions (article_id, person_id, role, evidence) VALUES (?, ?, ?, ?)",
                    [
                        article_id,
                        fresh.person_id(mention["name"]),
                        mention["role"],
                        mention["evidence"],
                    ],
                )
        fresh.store_sketch(article_id, nearcopy.sketch(row["body"]))
