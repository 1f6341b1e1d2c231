"""The PostgreSQL catalogue's schema: ordered migrations, each run in its own transaction under
an advisory lock, the version kept in newscat_schema. Append new ones; never edit an old one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# The same tables as the SQLite catalogue (newscat.schema), with a tsvector column in place of
# the FTS5 table: title weighted A, text B, both folded by newscat itself before indexing, so
# case and accents match as they do on SQLite. Text compares and sorts byte by byte (COLLATE "C"),
# as on SQLite, whatever the server's locale: listings come in the same order, and the range
# look-ups of name prefixes (word >= 'ron' AND word < 'ron\uffff') use the indexes.
_V1 = """
CREATE TABLE articles (
    id BIGSERIAL PRIMARY KEY,
    hash TEXT COLLATE "C" NOT NULL UNIQUE,
    path TEXT COLLATE "C",
    title TEXT COLLATE "C",
    title_derived INTEGER NOT NULL DEFAULT 0,
    published TEXT COLLATE "C",
    source TEXT COLLATE "C",
    source_key TEXT COLLATE "C",
    summary TEXT COLLATE "C",
    word_count INTEGER NOT NULL DEFAULT 0,
    body TEXT COLLATE "C" NOT NULL,
    evidence TEXT COLLATE "C" NOT NULL DEFAULT '{}',
    manual TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    added TEXT COLLATE "C" NOT NULL,
    url TEXT COLLATE "C",
    search TSVECTOR NOT NULL DEFAULT ''::tsvector
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_source_key ON articles (source_key, published);
CREATE INDEX articles_search ON articles USING GIN (search);
CREATE TABLE people (id BIGSERIAL PRIMARY KEY, name TEXT COLLATE "C" NOT NULL, key TEXT COLLATE "C" NOT NULL UNIQUE);
CREATE TABLE mentions (
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES people (id),
    role TEXT COLLATE "C",
    evidence TEXT COLLATE "C" NOT NULL DEFAULT '{}',
    PRIMARY KEY (article_id, person_id)
);
CREATE INDEX mentions_person ON mentions (person_id, article_id);
CREATE TABLE tags (
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, tag)
);
CREATE INDEX tags_tag ON tags (tag, article_id);
CREATE TABLE manual_people (
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    key TEXT COLLATE "C" NOT NULL,
    name TEXT COLLATE "C" NOT NULL,
    role TEXT COLLATE "C",
    action TEXT COLLATE "C" NOT NULL CHECK (action IN ('add', 'remove')),
    PRIMARY KEY (article_id, key)
);
CREATE TABLE sketches (
    article_id BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    sketch TEXT COLLATE "C" NOT NULL
);
CREATE TABLE sketch_keys (
    key BIGINT NOT NULL,
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (key, article_id)
);
CREATE INDEX sketch_keys_article ON sketch_keys (article_id);
CREATE TABLE near_copies (
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    other_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    similarity REAL NOT NULL,
    PRIMARY KEY (article_id, other_id)
);
CREATE INDEX near_copies_other ON near_copies (other_id);
CREATE TABLE person_words (
    word TEXT COLLATE "C" NOT NULL,
    person_id BIGINT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (word, person_id)
);
CREATE INDEX person_words_person ON person_words (person_id);
CREATE TABLE sources (key TEXT COLLATE "C" PRIMARY KEY, name TEXT COLLATE "C" NOT NULL);
CREATE TABLE person_aliases (key TEXT COLLATE "C" PRIMARY KEY, target_key TEXT COLLATE "C" NOT NULL, target_name TEXT COLLATE "C" NOT NULL);
CREATE TABLE article_authors (
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT COLLATE "C" NOT NULL,
    key TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX article_authors_key ON article_authors (key, article_id)
"""


def _statements(script: str) -> list[str]:
    return [statement for statement in script.split(";") if statement.strip()]


def _v1_catalogue(conn: Any) -> None:
    for statement in _statements(_V1):
        conn.execute(statement)


# Ranking read each match's whole tsvector (TOASTed, ~3.5 kB an article; ~13 µs a match): the
# headline and lede alone (~0.8 kB, stored inline) rank a match at a third of the cost, and a
# news story's relevance is in its headline and first lines. Matching still uses `search`.
LEAD_WORDS = 60  # words of the text after the title that the ranking vector holds
BACKFILL_BATCH = 1000


def _v2_lead(conn: Any) -> None:
    from newscat.pg.textsearch import lead_words, words_of

    conn.execute("ALTER TABLE articles ADD COLUMN lead tsvector NOT NULL DEFAULT ''::tsvector")
    last = 0
    while True:
        rows = conn.execute(
            "SELECT id, title, body FROM articles WHERE id > ? ORDER BY id LIMIT ?",
            [last, BACKFILL_BATCH],
        ).fetchall()
        if not rows:
            break
        values = ", ".join("(?::bigint, ?, ?)" for _ in rows)
        params = [
            v
            for row in rows
            for v in (row[0], " ".join(words_of(row[1] or "")), lead_words(row[2]))
        ]
        conn.execute(
            "UPDATE articles a SET lead = setweight(to_tsvector('simple', v.t), 'A') || "
            f"setweight(to_tsvector('simple', v.b), 'B') FROM (VALUES {values}) AS v(id, t, b) "
            "WHERE a.id = v.id",
            params,
        )
        last = rows[-1][0]


# A person's newest articles: the mentions carry their article's date, kept in step by the
# server itself (a trigger on each side), so that the dates of a person's 1,000 articles are
# read from one index range instead of 1,000 look-ups into the articles (docs/scaling.md).
_V3 = """
ALTER TABLE mentions ADD COLUMN published TEXT COLLATE "C";

UPDATE mentions m SET published = a.published FROM articles a
 WHERE a.id = m.article_id AND a.published IS NOT NULL;

CREATE INDEX mentions_person_published ON mentions (person_id, published, article_id);
DROP INDEX mentions_person;

CREATE FUNCTION newscat_mention_published() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.published := (SELECT published FROM articles WHERE id = NEW.article_id);
    RETURN NEW;
END $$;

CREATE TRIGGER mentions_published BEFORE INSERT OR UPDATE OF article_id ON mentions
    FOR EACH ROW EXECUTE FUNCTION newscat_mention_published();

CREATE FUNCTION newscat_article_published() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE mentions SET published = NEW.published WHERE article_id = NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER articles_published AFTER UPDATE OF published ON articles
    FOR EACH ROW WHEN (OLD.published IS DISTINCT FROM NEW.published)
    EXECUTE FUNCTION newscat_article_published()
"""


def _v3_mention_dates(conn: Any) -> None:
    for statement in _V3.split(";\n\n"):  # statements apart by a blank line: bodies hold ";"
        if statement.strip():
            conn.execute(statement)


# A rare word's best matches: most of a search's time went to visiting every match's row to
# rank it, though only those whose headline or lede hold the word can rank above zero. Their
# own index finds those alone (PgCatalog._lead_matches; docs/scaling.md).
def _v4_lead_index(conn: Any) -> None:
    conn.execute("CREATE INDEX IF NOT EXISTS articles_lead ON articles USING gin (lead)")


MIGRATIONS: list[Callable[[Any], None]] = [
    _v1_catalogue,
    _v2_lead,
    _v3_mention_dates,
    _v4_lead_index,
]
SCHEMA_VERSION = len(MIGRATIONS)
# pg_advisory_xact_lock key: one writer at a time upgrades a server's catalogue
MIGRATION_LOCK = 0x6E657773  # "news"
