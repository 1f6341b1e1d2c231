"""The catalogue: one SQLite file (via sqlite-utils) holding articles, people, mentions and an
FTS5 index over title and body that triggers keep in step."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from newscat.errors import NewscatError, UsageProblem
from newscat.extract.record import Extraction
from newscat.extract.text import fold

BUSY_TIMEOUT_MS = 30_000


def _migration_1(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            hash TEXT NOT NULL UNIQUE,
            path TEXT,
            title TEXT,
            title_derived INTEGER NOT NULL DEFAULT 0,
            published TEXT,
            source TEXT,
            source_key TEXT,
            summary TEXT,
            word_count INTEGER NOT NULL DEFAULT 0,
            body TEXT NOT NULL,
            evidence TEXT NOT NULL DEFAULT '{}',
            manual TEXT NOT NULL DEFAULT '[]',
            added TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_source_key ON articles(source_key, published);
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE
        );
        CREATE TABLE mentions (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id),
            role TEXT,
            evidence TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (article_id, person_id)
        ) WITHOUT ROWID;
        CREATE INDEX mentions_person ON mentions(person_id, article_id);
        """
    )
    db.table("articles").enable_fts(
        ["title", "body"], create_triggers=True, tokenize="unicode61 remove_diacritics 2"
    )


# Ordered: position + 1 is the schema version it produces. Append, never edit.
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_migration_1]
SCHEMA_VERSION = len(MIGRATIONS)


def default_path() -> Path:
    import typer

    return Path(typer.get_app_dir("newscat")) / "catalogue.db"


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Query:
    """What search, list and export filter on."""

    words: str | None = None
    person: str | None = None
    source: str | None = None
    since: str | None = None
    until: str | None = None
    limit: int | None = None
    ids: list[int] = field(default_factory=list)


@dataclass
class AddResult:
    id: int
    created: bool


# One article as the outside world sees it (search --json, show --json, export).
_ARTICLE_COLUMNS = """
    a.id, a.title, a.title_derived, a.published, a.source, a.summary, a.word_count, a.path,
    a.added, a.hash,
    (SELECT json_group_array(json_object('name', p.name, 'role', m.role))
       FROM mentions m JOIN people p ON p.id = m.person_id
      WHERE m.article_id = a.id) AS people
"""


def _row_to_article(row: sqlite3.Row) -> dict[str, Any]:
    article = dict(row)
    article["title_derived"] = bool(article["title_derived"])
    article["people"] = json.loads(article["people"] or "[]")
    return article


class Catalog:
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
            conn.row_factory = sqlite3.Row
            self.db = sqlite_utils.Database(conn)
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as error:
            raise NewscatError(f"cannot open catalogue {path}: {error}") from None
        except OSError as error:
            raise NewscatError(f"cannot open catalogue {path}: {error.strerror}") from None

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def close(self) -> None:
        self.conn.close()

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise NewscatError(
                f"catalogue {self.path} was made by a newer newscat (schema {version}, "
                f"this one knows {SCHEMA_VERSION}); upgrade newscat to open it"
            )
        if self.db.journal_mode != "wal":
            self.db.enable_wal()
        for number in range(version, SCHEMA_VERSION):
            with self.db.atomic():
                MIGRATIONS[number](self.db)
                self.conn.execute(f"PRAGMA user_version = {number + 1}")

    # -- writing -----------------------------------------------------------------------------

    def add(
        self,
        record: Extraction,
        path: str | None,
        *,
        source: str | None = None,
        published: str | None = None,
    ) -> AddResult:
        """Store one article with its people; the same normalised text twice is a no-op."""
        return self.add_many([(record, path)], source=source, published=published)[0]

    def add_many(
        self,
        items: list[tuple[Extraction, str | None]],
        *,
        source: str | None = None,
        published: str | None = None,
    ) -> list[AddResult]:
        """Store a batch in one transaction: all of it is saved, or none of it."""
        results: list[AddResult] = []
        added = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.db.atomic():
            for record, path in items:
                results.append(self._insert(record, path, source, published, added))
        return results

    def _insert(
        self,
        record: Extraction,
        path: str | None,
        source: str | None,
        published: str | None,
        added: str,
    ) -> AddResult:
        digest = text_hash(record.text)
        existing = self.conn.execute("SELECT id FROM articles WHERE hash = ?", [digest]).fetchone()
        if existing:
            return AddResult(existing[0], False)
        manual = [name for name, value in (("source", source), ("published", published)) if value]
        final_source = source or (record.source.value if record.source else None)
        cursor = self.conn.execute(
            """INSERT INTO articles (hash, path, title, title_derived, published, source,
               source_key, summary, word_count, body, evidence, manual, added)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                digest,
                path,
                record.title.value if record.title else None,
                int(bool(record.title and record.title.derived)),
                published or (record.published.value if record.published else None),
                final_source,
                fold(final_source) if final_source else None,
                record.summary,
                record.word_count,
                record.text,
                json.dumps(record.evidence()),
                json.dumps(manual),
                added,
            ],
        )
        article_id = int(cursor.lastrowid or 0)
        self._store_people(article_id, record)
        return AddResult(article_id, True)

    def _person_id(self, name: str) -> int:
        key = fold(name)
        row = self.conn.execute("SELECT id FROM people WHERE key = ?", [key]).fetchone()
        if row:
            return int(row[0])
        cursor = self.conn.execute("INSERT INTO people (name, key) VALUES (?, ?)", [name, key])
        return int(cursor.lastrowid or 0)

    def _store_people(self, article_id: int, record: Extraction) -> None:
        for person in record.people:
            evidence = person.to_dict()
            self.conn.execute(
                "INSERT OR IGNORE INTO mentions (article_id, person_id, role, evidence) VALUES (?, ?, ?, ?)",
                [
                    article_id,
                    self._person_id(person.name),
                    evidence["role"],
                    json.dumps({k: evidence[k] for k in ("evidence", "role_evidence", "mentions")}),
                ],
            )

    # -- reading -----------------------------------------------------------------------------

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def get(self, article_id: int) -> dict[str, Any]:
        row = self.conn.execute(
            f"SELECT {_ARTICLE_COLUMNS}, a.body, a.evidence, a.manual FROM articles a WHERE a.id = ?",
            [article_id],
        ).fetchone()
        if row is None:
            raise NewscatError(f"no article #{article_id} in the catalogue")
        article = _row_to_article(row)
        article["evidence"] = json.loads(article["evidence"])
        article["manual"] = json.loads(article["manual"])
        article["people"] = [
            {"name": r["name"], "role": r["role"], **json.loads(r["evidence"])}
            for r in self.conn.execute(
                """SELECT p.name, m.role, m.evidence FROM mentions m JOIN people p ON p.id = m.person_id
                   WHERE m.article_id = ? ORDER BY json_extract(m.evidence, '$.evidence.start')""",
                [article_id],
            )
        ]
        return article

    def _where(self, query: Query) -> tuple[list[str], list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if query.person:
            key = fold(query.person)
            clauses.append(
                """EXISTS (SELECT 1 FROM mentions m JOIN people p ON p.id = m.person_id
                           WHERE m.article_id = a.id AND m.person_id IN
                           (SELECT id FROM people WHERE key = ? OR key LIKE ? ESCAPE '\\'
                                                   OR key LIKE ? ESCAPE '\\'))"""
            )
            like = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params += [key, like + " %", "% " + like + "%"]
        if query.source:
            clauses.append("a.source_key LIKE ? ESCAPE '\\'")
            key = fold(query.source).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params.append(f"%{key}%")
        if query.since:
            clauses.append("a.published >= ?")
            params.append(query.since)
        if query.until:
            clauses.append("a.published <= ?")
            params.append(query.until + "\uffff")
        if query.ids:
            clauses.append(f"a.id IN ({','.join('?' * len(query.ids))})")
            params += query.ids
        return clauses, params

    def search(self, query: Query) -> list[dict[str, Any]]:
        """Matching articles: by relevance when there are words, else newest first."""
        return list(self.iter_articles(query, snippets=True))

    def iter_articles(self, query: Query, *, snippets: bool = False) -> Iterator[dict[str, Any]]:
        """Stream matching articles row by row (constant memory, for export)."""
        clauses, params = self._where(query)
        limit = f" LIMIT {int(query.limit)}" if query.limit else ""
        if query.words:
            from newscat.query import to_fts

            fts = to_fts(query.words)
            snippet = (
                ", snippet(articles_fts, 1, '\x02', '\x03', '…', 14) AS snippet" if snippets else ""
            )
            sql = (
                f"SELECT {_ARTICLE_COLUMNS}{snippet} FROM articles_fts "
                "JOIN articles a ON a.id = articles_fts.rowid "
                f"WHERE articles_fts MATCH ? {''.join(' AND ' + c for c in clauses)} "
                f"ORDER BY bm25(articles_fts, 10.0, 1.0){limit}"
            )
            params = [fts, *params]
        else:
            where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
            sql = (
                f"SELECT {_ARTICLE_COLUMNS} FROM articles a {where} "
                f"ORDER BY a.published IS NULL, a.published DESC, a.id DESC{limit}"
            )
        try:
            cursor = self.conn.execute(sql, params)
            for row in cursor:
                yield _row_to_article(row)
        except sqlite3.OperationalError as error:
            if "fts5" in str(error) or "no such column" in str(error):
                raise UsageProblem(f"cannot search for {query.words!r}: {error}") from None
            raise

    def person_names(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT name FROM people ORDER BY name")]
