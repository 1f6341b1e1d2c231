"""The catalogue's schema as an ordered list of migrations: position + 1 is the version each
produces, kept in PRAGMA user_version. Append new migrations; never edit an old one."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from newscat.folding import REFOLDED_LETTERS, fold
from newscat.nearcopy import INDEXED_KEYS, sketch

if TYPE_CHECKING:
    import sqlite_utils


def _run(db: sqlite_utils.Database, script: str) -> None:
    """Each statement on its own: executescript() would commit in the middle of a migration."""
    for statement in script.split(";"):
        if statement.strip():
            db.conn.execute(statement)


def _v1_articles_people_mentions(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """
        CREATE TABLE IF NOT EXISTS articles (
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
        CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
        CREATE INDEX IF NOT EXISTS articles_source_key ON articles(source_key, published);
        CREATE TABLE IF NOT EXISTS people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE
        );
        CREATE TABLE IF NOT EXISTS mentions (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id),
            role TEXT,
            evidence TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (article_id, person_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS mentions_person ON mentions(person_id, article_id);
        """,
    )
    # sqlite-utils writes the FTS5 table and the triggers that keep it in step; it commits on
    # its own, so everything above is idempotent should a crash land between the two.
    db.table("articles").enable_fts(
        ["title", "body"],
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
        replace=True,
    )


def _v2_tags_edits_near_copies(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """
        CREATE TABLE tags (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (article_id, tag)
        ) WITHOUT ROWID;
        CREATE INDEX tags_tag ON tags(tag, article_id);
        CREATE TABLE manual_people (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            name TEXT NOT NULL,
            role TEXT,
            action TEXT NOT NULL CHECK (action IN ('add', 'remove')),
            PRIMARY KEY (article_id, key)
        ) WITHOUT ROWID;
        CREATE TABLE sketches (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            sketch TEXT NOT NULL
        );
        CREATE TABLE sketch_keys (
            key INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (key, article_id)
        ) WITHOUT ROWID;
        CREATE INDEX sketch_keys_article ON sketch_keys(article_id);
        CREATE TABLE near_copies (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            other_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            similarity REAL NOT NULL,
            PRIMARY KEY (article_id, other_id)
        ) WITHOUT ROWID;
        CREATE INDEX near_copies_other ON near_copies(other_id);
        """,
    )
    # Articles from version 1 get their sketches now, so near-copies are found among them too.
    rows = db.conn.execute("SELECT id, body FROM articles").fetchall()
    for article_id, body in rows:
        values = sketch(body)
        if values:
            db.conn.execute(
                "INSERT INTO sketches (article_id, sketch) VALUES (?, ?)",
                [article_id, json.dumps(values)],
            )
            db.conn.executemany(
                "INSERT OR IGNORE INTO sketch_keys (key, article_id) VALUES (?, ?)",
                [(key, article_id) for key in values[:INDEXED_KEYS]],
            )


def _v3_name_words_and_sources(db: sqlite_utils.Database) -> None:
    """Indexes for --person and --source: every word of every name, and every outlet, so a
    lookup is an index range instead of a LIKE '%…%' over every row."""
    _run(
        db,
        """
        CREATE TABLE person_words (
            word TEXT NOT NULL,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            PRIMARY KEY (word, person_id)
        ) WITHOUT ROWID;
        CREATE INDEX person_words_person ON person_words(person_id);
        CREATE TABLE sources (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL
        ) WITHOUT ROWID;
        INSERT OR IGNORE INTO sources (key, name)
            SELECT source_key, min(source) FROM articles WHERE source_key IS NOT NULL GROUP BY source_key
        """,
    )
    rows = db.conn.execute("SELECT id, key FROM people").fetchall()
    db.conn.executemany(
        "INSERT OR IGNORE INTO person_words (word, person_id) VALUES (?, ?)",
        [(word, person_id) for person_id, key in rows for word in key.split()],
    )


def _v4_refold_names(db: sqlite_utils.Database) -> None:
    """Keys of names and outlets with letters fold() now replaces ("Əliyev" → "aliyev"): made
    again, and a person stored under both spellings becomes one. Only rows holding those
    letters are touched, so this is quick on any catalogue."""
    conn = db.conn
    holds = " OR ".join(f"instr(name, '{letter}') > 0" for letter in REFOLDED_LETTERS)
    for person_id, name in conn.execute(f"SELECT id, name FROM people WHERE {holds}").fetchall():
        key = fold(name)
        same = conn.execute(
            "SELECT id FROM people WHERE key = ? AND id != ?", [key, person_id]
        ).fetchone()
        conn.execute("DELETE FROM person_words WHERE person_id = ?", [person_id])
        if same:  # "Ilham Aliyev" was stored too: his mentions take these
            conn.execute(
                "INSERT OR IGNORE INTO mentions (article_id, person_id, role, evidence) "
                "SELECT article_id, ?, role, evidence FROM mentions WHERE person_id = ?",
                [same[0], person_id],
            )
            conn.execute("DELETE FROM mentions WHERE person_id = ?", [person_id])
            conn.execute("DELETE FROM people WHERE id = ?", [person_id])
            continue
        conn.execute("UPDATE people SET key = ? WHERE id = ?", [key, person_id])
        conn.executemany(
            "INSERT OR IGNORE INTO person_words (word, person_id) VALUES (?, ?)",
            [(word, person_id) for word in key.split()],
        )
    for article_id, old_key, name in conn.execute(
        f"SELECT article_id, key, name FROM manual_people WHERE {holds}"
    ).fetchall():
        conn.execute(
            "UPDATE OR REPLACE manual_people SET key = ? WHERE article_id = ? AND key = ?",
            [fold(name), article_id, old_key],
        )
    for old_key, name in conn.execute(f"SELECT key, name FROM sources WHERE {holds}").fetchall():
        conn.execute("DELETE FROM sources WHERE key = ?", [old_key])
        conn.execute("INSERT OR IGNORE INTO sources (key, name) VALUES (?, ?)", [fold(name), name])
        conn.execute(
            "UPDATE articles SET source_key = ? WHERE source_key = ?", [fold(name), old_key]
        )


def _v5_person_aliases(db: sqlite_utils.Database) -> None:
    """People merged or renamed by hand: a name's key and the person it now stands for, read
    whenever a person is stored, so reindex keeps the merge."""
    _run(
        db,
        """
        CREATE TABLE IF NOT EXISTS person_aliases (
            key TEXT PRIMARY KEY,
            target_key TEXT NOT NULL,
            target_name TEXT NOT NULL
        ) WITHOUT ROWID
        """,
    )


def _v6_authors(db: sqlite_utils.Database) -> None:
    """The journalists credited with each article, in byline order. Articles stored before
    get theirs from `newscat reindex`."""
    _run(
        db,
        """
        CREATE TABLE IF NOT EXISTS article_authors (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            key TEXT NOT NULL,
            PRIMARY KEY (article_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS article_authors_key ON article_authors(key, article_id)
        """,
    )


def _v7_url(db: sqlite_utils.Database) -> None:
    """The article's address where its text states it; `newscat reindex` fills older ones."""
    columns = {row[1] for row in db.conn.execute("PRAGMA table_info(articles)")}
    if "url" not in columns:
        db.conn.execute("ALTER TABLE articles ADD COLUMN url TEXT")


def _v8_article_overview(db: sqlite_utils.Database) -> None:
    """One row per article with its canonical source, month, authors, people and tags as JSON
    arrays: what `newscat serve` facets and searches. A view, so it costs nothing to keep."""
    _run(
        db,
        """
        CREATE VIEW IF NOT EXISTS article_overview AS
        SELECT
            a.id,
            a.title,
            a.published,
            substr(a.published, 1, 7) AS month,
            COALESCE(s.name, a.source) AS source,
            a.source_key,
            (SELECT json_group_array(name) FROM (
                SELECT name FROM article_authors WHERE article_id = a.id ORDER BY position
            )) AS authors,
            (SELECT json_group_array(name) FROM (
                SELECT p.name FROM mentions m JOIN people p ON p.id = m.person_id
                WHERE m.article_id = a.id ORDER BY p.name
            )) AS people,
            (SELECT json_group_array(tag) FROM (
                SELECT tag FROM tags WHERE article_id = a.id ORDER BY tag
            )) AS tags,
            a.word_count AS words,
            a.summary,
            a.path,
            a.url
        FROM articles a LEFT JOIN sources s ON s.key = a.source_key
        """,
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_articles_people_mentions,
    _v2_tags_edits_near_copies,
    _v3_name_words_and_sources,
    _v4_refold_names,
    _v5_person_aliases,
    _v6_authors,
    _v7_url,
    _v8_article_overview,
]
SCHEMA_VERSION = len(MIGRATIONS)
