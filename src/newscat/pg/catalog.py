"""The catalogue on a PostgreSQL server: the SQLite catalogue's statements through a
connection that reads like sqlite3's, with PostgreSQL's own schema, transactions, full-text
search (a weighted tsvector with a GIN index, ranked by ts_rank_cd) and new ids."""

from __future__ import annotations

import dataclasses
import functools
import re
import time
from collections.abc import Iterator
from typing import Any

from newscat.catalog import (
    COUNT_CAP,
    SORTS,
    AddResult,
    Catalog,
    Incoming,
    Query,
    matching_person_ids,
    row_to_article,
    with_snippet,
)
from newscat.errors import NewscatError
from newscat.pg.address import masked
from newscat.pg.connection import PgConnection
from newscat.pg.schema import MIGRATION_LOCK, MIGRATIONS, SCHEMA_VERSION
from newscat.pg.textsearch import TSQUERY, indexable, lead_words

WRITE_ATTEMPTS = 5
# A word search's range of keys holds WIDEN times the window's matches by the planner's
# estimate, and grows WIDEN_AGAIN times when it held fewer.
WIDEN = 1.5
WIDEN_AGAIN = 4
# A word in this share of the articles or more is sought by walking the range (see
# PgCatalog._window_rows): most articles hold it, many in their lede.
COMMON_SHARE = 0.5
# For a word search's statement: its matches as bitmaps (the GIN index's and the key range's,
# intersected; a walk of the primary key would read every article's whole vector), kept exact
# in memory; or, for a common word, the walk. No JIT compilation either way (tens of
# milliseconds for nothing in a short query).
_BITMAP_SETTINGS = (
    "SET LOCAL enable_indexscan = off",
    "SET LOCAL work_mem = '64MB'",
    "SET LOCAL jit = off",
)
_WALK_SETTINGS = ("SET LOCAL enable_bitmapscan = off", "SET LOCAL jit = off")
# A match's rank: ts_rank_cd of its headline and lede. Where the lede lacks the query it is 0,
# and testing that first (a look-up in the sorted vector) spares most matches of a rare
# word the cover computation: a third of such a search's time. Not for a query that
# excludes a word ("!"), whose lede may rank without matching.
_SCORE = "ts_rank_cd(a.lead, q.q)"
_LEAD_SCORE = f"CASE WHEN a.lead @@ q.q THEN {_SCORE} ELSE 0 END"
# Articles with words but no indexed words: written by hand, or by a writer stopped half-way.
_UNINDEXED = "(search = ''::tsvector OR lead = ''::tsvector) AND word_count > 0"


@functools.lru_cache(maxsize=16)
def _snippet_terms(words: str) -> re.Pattern[str] | None:
    """The query's words as the snippet pattern: once a query, not once a row."""
    from newscat.query import parse
    from newscat.snippets import compile_terms

    return compile_terms(
        parse(words)
    )  # a batch that lost a deadlock to another writer is tried again


class PgCatalog(Catalog):
    conn: PgConnection  # type: ignore[assignment]  # reads like sqlite3's, see connection.py
    JSON_LIST = "json_agg"
    JSON_OBJECT = "json_build_object"
    BEGIN = "BEGIN"
    EVIDENCE_START = "((m.evidence::json #>> '{evidence,start}')::int)"
    TEXT = TSQUERY
    # Matches are ranked by their headline and lede (the `lead` vector, schema 2: read inline,
    # about a third of the cost of the whole text's TOASTed vector), within the newest
    # RANK_WINDOW matches (docs/scaling.md).
    RANK_WINDOW = 10_000
    # title weighted above the text; both already folded and split by newscat (indexable())
    _VECTOR = "setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B')"

    def __init__(self, address: str, mode: str = "create") -> None:
        self.address = address
        self.path = None  # no file: commands about the SQLite file itself say so
        self.read_only = mode == "read"
        self._aliases = None
        self.conn = PgConnection(address)
        self._migrate(create=mode == "create")
        if self.read_only:  # a reading command cannot change the catalogue, by mistake or bug
            self.conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")

    @property
    def location(self) -> str:
        return masked(self.address)

    def _migrate(self, create: bool = True) -> None:
        exists = self.conn.execute("SELECT to_regclass('newscat_schema')").fetchone()[0]
        version = 0
        if exists:
            version = self.conn.execute("SELECT max(version) FROM newscat_schema").fetchone()[0]
        elif not create:
            raise NewscatError(
                f"no catalogue in {self.location}: 'newscat add --db URL FILES' creates one"
            )
        if version > SCHEMA_VERSION:
            raise NewscatError(
                f"catalogue {self.location} was made by a newer newscat (schema {version}, "
                f"this one knows {SCHEMA_VERSION}); upgrade newscat to open it"
            )
        while version < SCHEMA_VERSION:
            with self.atomic():
                self.conn.execute("SELECT pg_advisory_xact_lock(?)", [MIGRATION_LOCK])
                self.conn.execute(
                    "CREATE TABLE IF NOT EXISTS newscat_schema "
                    "(version INTEGER PRIMARY KEY, applied TIMESTAMPTZ NOT NULL DEFAULT now())"
                )
                # Read again under the lock: another writer may have upgraded meanwhile.
                version = self.conn.execute(
                    "SELECT coalesce(max(version), 0) FROM newscat_schema"
                ).fetchone()[0]
                if version < SCHEMA_VERSION:
                    MIGRATIONS[version](self.conn)
                    version += 1
                    self.conn.execute("INSERT INTO newscat_schema (version) VALUES (?)", [version])

    def text_index(self, title: str | None, body: str) -> tuple[str, str, list[Any]]:
        """The matching vector of the whole text and the ranking vector of headline and lede
        (schema 2)."""
        headline = indexable(title)
        values = f", {self._VECTOR}, {self._VECTOR}"
        return ", search, lead", values, [headline, indexable(body), headline, lead_words(body)]

    def refresh_text_index(self, article_id: int) -> None:
        row = self.conn.execute(
            "SELECT title, body FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        _, _, params = self.text_index(row[0], row[1])
        self.conn.execute(
            f"UPDATE articles SET search = {self._VECTOR}, lead = {self._VECTOR} WHERE id = ?",
            [*params, article_id],
        )

    def text_index_problems(self) -> int:
        return int(
            self.conn.execute(f"SELECT count(*) FROM articles WHERE {_UNINDEXED}").fetchone()[0]
        )

    def rebuild_text_index(self) -> None:
        rows = self.conn.execute(f"SELECT id FROM articles WHERE {_UNINDEXED}").fetchall()
        for row in rows:
            self.refresh_text_index(row[0])

    def insert_returning_id(self, sql: str, params: list[Any]) -> int | None:
        row = self.conn.execute(sql + " RETURNING id", params).fetchone()
        return int(row[0]) if row else None

    def add_many(
        self,
        items: list[Incoming],
        *,
        source: str | None = None,
        published: str | None = None,
    ) -> list[AddResult]:
        """As on SQLite, one transaction a batch. Writers on other machines may store the same
        people in another order; the server then stops one of the two batches (a deadlock),
        which is rolled back whole and run again."""
        import psycopg.errors

        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                return super().add_many(items, source=source, published=published)
            except (psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure):
                self.forget_aliases()
                if attempt == WRITE_ATTEMPTS:
                    raise
                time.sleep(0.05 * attempt)
        raise AssertionError("unreachable")

    def stream(self, sql: str, params: list[Any]) -> Iterator[Any]:
        """A server-side cursor: export and copy read a large catalogue in constant memory.
        WITH HOLD, as the connection is in autocommit outside the catalogue's transactions."""
        from newscat.pg.connection import translate

        with self.conn.raw.cursor(name=f"newscat_{id(object())}", withhold=True) as cursor:
            cursor.itersize = 500
            cursor.execute(translate(sql), params)
            yield from cursor

    def _window_rows(self, clauses: list[str], limit: int, params: list[Any]) -> list[Any]:
        """The newest RANK_WINDOW matches, found among the newest articles first.

        Finding every match of a common word and keeping the newest costs time in proportion
        to all its matches (seconds at a million articles); walking the newest articles and
        testing each reads every article's whole vector. Instead the planner's estimate of
        the matches says how far back RANK_WINDOW of them should lie, and only that range of
        keys is searched, widened until the window is full or the range is the whole
        catalogue: by the GIN index's matches and the key range intersected as bitmaps; or,
        for a word in most articles, by walking the range and testing each article's
        headline and lede (stored inline) before its whole text (stored out of line)."""
        # lead @@ q implies search @@ q (the lead is the first words of what search holds),
        # unless the query excludes a word ("!"), which the lead may lack and the text hold
        positive = "!" not in params[0]
        score = _LEAD_SCORE if positive else _SCORE
        estimate = self._match_estimate(clauses, params)
        total, newest = self._table_size() if estimate > self.RANK_WINDOW else (0.0, 0)
        if total <= 0:
            if positive and not clauses:
                best = self._lead_matches(limit, params)
                if best:
                    return best
            # a rare word's few matches: the planner's own plan is the bitmap of them all
            sql = self._ranked_window(clauses, limit, score=score)
            return list(self.conn.execute(sql, params).fetchall())
        walk = estimate >= COMMON_SHARE * total and positive
        match = "(a.lead @@ q.q OR a.search @@ q.q)" if walk else "a.search @@ q.q"
        span = int(WIDEN * self.RANK_WINDOW * total / estimate) + 1
        while True:
            floor = newest - span if span < newest else None
            ranged = [*clauses, "a.id > ?"] if floor is not None else clauses
            with self.conn.raw.transaction():
                for setting in _WALK_SETTINGS if walk else _BITMAP_SETTINGS:
                    self.conn.execute(setting)
                rows = self.conn.execute(
                    self._ranked_window(ranged, limit, match, score),
                    [*params, floor] if floor is not None else params,
                ).fetchall()
            if floor is None or (rows and rows[0]["window_size"] >= self.RANK_WINDOW):
                return list(rows)
            span *= WIDEN_AGAIN  # fewer matches there than estimated

    def _lead_matches(self, limit: int, params: list[Any]) -> list[Any]:
        """The best matches of words alone, found among the articles whose headline or lede
        holds them (their own index), without visiting the other matches: these rank at zero,
        below any of these. When `limit` of these rank above zero they are the best of all
        the matches, and no window was needed (window_size 0); else nothing, and the caller
        ranks every match."""
        rows = self.conn.execute(
            f"""
            WITH q AS (SELECT to_tsquery('simple', ?) AS q),
            top AS MATERIALIZED (
                SELECT a.id, {_SCORE} AS score FROM articles a, q
                 WHERE a.lead @@ q.q AND a.search @@ q.q
                 ORDER BY score DESC, a.id DESC LIMIT {int(limit)})
            SELECT {self.article_columns}, a.body AS body, 0 AS window_size
              FROM top JOIN articles a ON a.id = top.id
             WHERE (SELECT count(*) FROM top WHERE score > 0) = {int(limit)}
             ORDER BY top.score DESC, top.id DESC""",
            params,
        ).fetchall()
        return list(rows)

    def _match_estimate(self, clauses: list[str], params: list[Any]) -> float:
        """The planner's estimate of the query's matches."""
        filters = "".join(" AND " + c for c in clauses)
        plan = self.conn.execute(
            "EXPLAIN (FORMAT JSON) SELECT 1 FROM articles a, to_tsquery('simple', ?) AS q(q) "
            f"WHERE a.search @@ q.q{filters}",
            params,
        ).fetchone()[0]
        return float(plan[0]["Plan"]["Plan Rows"])

    def _table_size(self) -> tuple[float, int]:
        """The planner's count of the articles, and the newest key."""
        size = self.conn.execute(
            "SELECT reltuples, (SELECT max(id) FROM articles) FROM pg_class "
            "WHERE oid = 'articles'::regclass"
        ).fetchone()
        return float(size[0]), int(size[1] or 0)

    def _ranked_window(
        self,
        clauses: list[str],
        limit: int,
        match: str = "a.search @@ q.q",
        score: str = _SCORE,
    ) -> str:
        """As on SQLite, ranked (by ts_rank_cd) within the most recent RANK_WINDOW matches."""
        filters = "".join(" AND " + c for c in clauses)
        return f"""
            WITH q AS (SELECT to_tsquery('simple', ?) AS q),
            win AS MATERIALIZED (
                SELECT a.id, {score} AS score FROM articles a, q
                 WHERE {match}{filters}
                 ORDER BY a.id DESC LIMIT {self.RANK_WINDOW}),
            top AS (SELECT id, score FROM win ORDER BY score DESC, id DESC LIMIT {limit})
            SELECT {self.article_columns}, a.body AS body, (SELECT count(*) FROM win) AS window_size
              FROM top JOIN articles a ON a.id = top.id ORDER BY top.score DESC, top.id DESC"""

    def _word_matches(
        self, clauses: list[str], sort: str | None, limit: str, *, snippets: bool, body: bool
    ) -> str:
        """As on SQLite, ranked by ts_rank_cd; the text comes along for newscat's snippets."""
        columns = self.article_columns + (", a.body" if body or snippets else "")
        order = SORTS.get(sort or "", f"{_SCORE} DESC, a.id DESC")
        where = "".join(" AND " + c for c in clauses)
        return (
            f"SELECT {columns} FROM articles a, to_tsquery('simple', ?) AS q(q) "
            f"WHERE a.search @@ q.q{where} ORDER BY {order}{limit}"
        )

    def iter_articles(
        self, query: Query, *, snippets: bool = False, body: bool = False
    ) -> Iterator[dict[str, Any]]:
        if not _person_alone(query):
            yield from super().iter_articles(query, snippets=snippets, body=body)
            return
        # A person's newest articles from the dates their mentions carry (schema 3): one
        # index range read, then only the listed articles looked up.
        people, params = matching_person_ids(query.person or "")
        columns = self.article_columns + (", a.body" if body else "")
        order = "c.published IS NULL, c.published DESC, c.id DESC"
        sql = f"""
            SELECT {columns} FROM (
                SELECT m.article_id AS id, m.published FROM mentions m
                 WHERE m.person_id IN ({people}) GROUP BY m.article_id, m.published
                 ORDER BY m.published IS NULL, m.published DESC, m.article_id DESC
                 LIMIT {int(query.limit or 0)}) c
            JOIN articles a ON a.id = c.id ORDER BY {order}"""
        for row in self.conn.execute(sql, params):
            yield row_to_article(row)

    def count_matching(self, query: Query, cap: int = COUNT_CAP) -> int:
        if not _person_alone(query):
            return super().count_matching(query, cap)
        people, params = matching_person_ids(query.person or "")
        sql = (
            "SELECT count(*) FROM (SELECT DISTINCT m.article_id FROM mentions m "
            f"WHERE m.person_id IN ({people}) LIMIT {int(cap)}) AS hits"
        )
        return int(self.conn.execute(sql, params).fetchone()[0])

    def _found_article(
        self, row: Any, query: Query, *, snippets: bool, body: bool
    ) -> dict[str, Any]:
        if not snippets:
            return row_to_article(row)
        article = with_snippet(row, _snippet_terms(query.words or ""))
        if body:
            article["body"] = row["body"]
        return article


def _person_alone(query: Query) -> bool:
    """A listing of one person's newest articles, with nothing else to filter on."""
    rest = dataclasses.replace(query, person=None, limit=None, sort=None)
    return bool(query.person and query.limit and query.sort in (None, "published")) and (
        rest == Query()
    )
