"""The catalogue: one SQLite file (via sqlite-utils) holding articles, people, mentions and an
FTS5 index over title and body that triggers keep in step."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from newscat import nearcopy
from newscat.errors import NewscatError, UsageProblem
from newscat.folding import fold
from newscat.schema import MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:  # the extractor is heavy to import and reading needs none of it
    from newscat.extract.record import Extraction

BUSY_TIMEOUT_MS = 30_000


def _writable(path: Path) -> bool:
    """The file, and its folder (for SQLite's -wal and -shm files), may be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


@contextlib.contextmanager
def _migration_lock(path: Path) -> Iterator[None]:
    """One process at a time creates or upgrades a catalogue's schema. The lock is flock() on
    the catalogue's folder: no lock file is left beside the catalogue, and the catalogue file
    itself is never opened outside SQLite (closing any descriptor of it would drop the POSIX
    locks SQLite holds on it, and let another process write at the same time)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: SQLite's own locking is all there is
        yield
        return
    folder = os.open(path.parent.resolve(), os.O_RDONLY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        yield
    finally:
        os.close(folder)  # releases the flock


def default_path() -> Path:
    """The catalogue in the user data folder (~/.local/share/newscat on Linux). One made by
    newscat 0.1 in the config folder is moved here the first time, with a message."""
    from platformdirs import user_data_dir

    path = Path(user_data_dir("newscat", appauthor=False)) / "catalogue.db"
    if not path.exists():
        _move_old_default(path)
    return path


def _move_old_default(path: Path) -> None:
    import typer

    old = Path(typer.get_app_dir("newscat")) / "catalogue.db"
    if not old.exists() or old == path:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        moved = Path(f"{old}{suffix}")
        if moved.exists():
            moved.replace(f"{path}{suffix}")
    Path(f"{old}.lock").unlink(missing_ok=True)
    import sys

    print(f"newscat: moved the catalogue from {old} to {path}", file=sys.stderr)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Query:
    """What search, list and export filter on."""

    words: str | None = None  # the search language (newscat.query)
    person: str | None = None
    source: str | None = None
    since: str | None = None
    until: str | None = None
    tag: str | None = None
    author: str | None = None
    limit: int | None = None
    sort: str | None = None  # relevance (default with words), published, added, source
    ids: list[int] = field(default_factory=list)


@dataclass
class Incoming:
    """An article to store: its extraction, where it came from, and (when already computed,
    e.g. in a worker process) its near-copy sketch."""

    record: Extraction
    path: str | None
    sketch: list[int] | None = None


@dataclass
class AddResult:
    id: int
    created: bool
    near_copies: list[int] = field(default_factory=list)


ADDRESS_BATCH = 400  # addresses a statement looks up at once (SQLite's bound on parameters)
COUNT_CAP = 10_000  # "20 of 10,000+ articles": counting further costs more than it tells


@dataclass
class SearchResult:
    articles: list[dict[str, Any]]
    ranked_within: int | None = None  # set when only the most recent matches were ranked


SORTS = {
    "published": "a.published IS NULL, a.published DESC, a.id DESC",
    "added": "a.id DESC",
    "source": "a.source_key IS NULL, a.source_key, a.published DESC",
}


# One article as the outside world sees it (search --json, show --json, export); {list} and
# {object} are the dialect's JSON aggregate and object builder.
# Each mention's person is looked up by key: a join lets PostgreSQL's planner, which expects
# more mentions an article than there are, hash the whole people table once an article.
_ARTICLE_COLUMNS = """
    a.id, a.title, a.title_derived, a.published, a.source, a.summary, a.word_count, a.path, a.url,
    a.added, a.hash,
    (SELECT {list}({object}(
            'name', (SELECT p.name FROM people p WHERE p.id = m.person_id), 'role', m.role))
       FROM mentions m WHERE m.article_id = a.id) AS people,
    (SELECT {list}(au.name) FROM
        (SELECT name FROM article_authors WHERE article_id = a.id ORDER BY position) au) AS authors,
    (SELECT {list}(t.tag) FROM tags t WHERE t.article_id = a.id) AS tags,
    (SELECT {list}(n.other_id) FROM near_copies n WHERE n.article_id = a.id) AS near_copies
"""


def json_value(value: Any, empty: Any) -> Any:
    """A JSON column as Python: SQLite hands back text, PostgreSQL's json already parsed."""
    if value is None:
        return empty
    return json.loads(value) if isinstance(value, str) else value


def row_to_article(row: Any) -> dict[str, Any]:
    article = dict(row)
    article["title_derived"] = bool(article["title_derived"])
    for key in ("people", "authors", "tags", "near_copies"):
        article[key] = json_value(article[key], [])
    return article


def with_snippet(row: Any, pattern: re.Pattern[str] | None) -> dict[str, Any]:
    """The article of a row that carries its body, with a snippet around the query's words
    (compile_terms) in place of the body: made here from the text, the same on either backend."""
    from newscat.snippets import snippet

    article = row_to_article(row)
    article["snippet"] = snippet(article.pop("body"), pattern)
    article.pop("window_size", None)
    return article


def with_snippets(rows: list[Any], node: Any) -> list[dict[str, Any]]:
    from newscat.snippets import compile_terms

    pattern = compile_terms(node)
    return [with_snippet(row, pattern) for row in rows]


@dataclass(frozen=True)
class TextSearch:
    """How words are searched: `syntax` writes a text-only query node in the index's query
    language, `clause` selects the articles matching such a query."""

    syntax: Callable[[Any], str]
    clause: Callable[[str], tuple[str, list[Any]]]


def _fts5_syntax(node: Any) -> str:
    from newscat.query import to_fts

    return to_fts(node)


FTS5 = TextSearch(
    _fts5_syntax,
    lambda fts: ("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", [fts]),
)


class Catalog:
    """One catalogue file. Reads and writes go through a plain sqlite3 connection (importing
    sqlite-utils costs 60-170 ms, more than most queries); sqlite-utils builds the schema.

    The statements are written in what SQLite and PostgreSQL share (upserts with ON CONFLICT,
    `?` placeholders); the few places they differ are the class attributes and methods that
    newscat.pg.catalog.PgCatalog overrides: JSON functions, full-text search, new ids."""

    JSON_LIST = "json_group_array"
    JSON_OBJECT = "json_object"
    BEGIN = "BEGIN IMMEDIATE"
    TEXT = FTS5
    # Relevance is ranked within this many most recently added matches (see search()).
    RANK_WINDOW = 50_000
    # A mention's evidence in article order, for show
    EVIDENCE_START = "json_extract(m.evidence, '$.evidence.start')"

    def __init__(self, path: Path, mode: str = "create") -> None:
        """mode: "create" makes the file (and its folder) when missing (add); "write" and
        "read" need it to exist, and "read" opens it read-only, so reading commands work on a
        catalogue the user may not write."""
        self._file = path
        self.path: Path | None = path  # None on a server: no file to back up or serve
        self.read_only = mode == "read"
        self._aliases: dict[str, tuple[str, str]] | None = None
        try:
            if mode != "create" and not path.exists():
                raise NewscatError(
                    f"no catalogue at {path}: 'newscat add FILES' creates one (or give --db)"
                )
            if mode == "write" and not _writable(path):
                raise NewscatError(
                    f"catalogue {path} is read-only: this command changes it (search, show, "
                    "export and the other reading commands still work)"
                )
            if mode == "create":
                path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = self._connect(read_only=self.read_only)
            self._migrate()
        except sqlite3.DatabaseError as error:
            raise NewscatError(f"cannot open catalogue {path}: {error}") from None
        except OSError as error:
            raise NewscatError(f"cannot open catalogue {path}: {error.strerror}") from None

    def _connect(self, *, read_only: bool) -> sqlite3.Connection:
        # isolation_level=None: transactions are explicit, in atomic() only
        if read_only:
            uri = f"file:{quote(str(self._file.resolve()))}?mode=ro"
            if not os.access(self._file.parent, os.W_OK):
                # A folder we may not write: SQLite cannot make its shared-memory file there,
                # and no one can be writing through this folder's WAL: read the file as it is.
                uri += "&immutable=1"
            conn = sqlite3.connect(
                uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
            )
        else:
            conn = sqlite3.connect(
                str(self._file), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
            )
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    def close(self) -> None:
        self.conn.close()

    @property
    def article_columns(self) -> str:
        return _ARTICLE_COLUMNS.format(list=self.JSON_LIST, object=self.JSON_OBJECT)

    @property
    def location(self) -> str:
        """The catalogue as messages name it."""
        return str(self._file)

    def text_index(self, title: str | None, body: str) -> tuple[str, str, list[Any]]:
        """Extra column, value and parameters that index an article's words as it is stored:
        none here, where FTS5 triggers keep the index."""
        return "", "", []

    def refresh_text_index(self, article_id: int) -> None:
        """After an article's title or text changed: the FTS5 triggers have seen to it."""

    def text_index_problems(self) -> int:
        """1 when the FTS5 index is out of step with the articles, else 0."""
        fts_ok = True
        try:
            self.conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as error:
            # FTS5's check is an INSERT: a read-only catalogue gets the row counts alone
            fts_ok = "readonly" in str(error)
        indexed = self.conn.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0]
        return int(not fts_ok or indexed != self.count())

    def rebuild_text_index(self) -> None:
        self.conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")

    def stream(self, sql: str, params: list[Any]) -> Iterator[Any]:
        """The rows of a query one by one, never all in memory (sqlite3 steps the statement)."""
        yield from self.conn.execute(sql, params)

    def insert_returning_id(self, sql: str, params: list[Any]) -> int | None:
        """Run an INSERT … ON CONFLICT DO NOTHING; the new row's id, or None when it was there."""
        cursor = self.conn.execute(sql, params)
        return int(cursor.lastrowid) if cursor.rowcount == 1 and cursor.lastrowid else None

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """A transaction (a savepoint when nested): all of the block is saved, or none of it.
        BEGIN IMMEDIATE takes the write lock up front, so two writers wait (busy timeout)
        instead of failing half-way with "database is locked"."""
        if self.conn.in_transaction:
            name = f"s{id(object())}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
                raise
            self.conn.execute(f"RELEASE {name}")
            return
        self.conn.execute(self.BEGIN)
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        if self.conn.in_transaction:  # sqlite-utils' executescript() may have committed already
            self.conn.execute("COMMIT")

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise NewscatError(
                f"catalogue {self._file} was made by a newer newscat (schema {version}, "
                f"this one knows {SCHEMA_VERSION}); upgrade newscat to open it"
            )
        if version == SCHEMA_VERSION:
            return
        if self.read_only:  # an older schema: upgrade it through a writing connection
            if not _writable(self._file):
                raise NewscatError(
                    f"catalogue {self._file} was made by an older newscat and needs an upgrade, "
                    "which needs write access to it and its folder"
                )
            self.conn.close()
            self.conn = self._connect(read_only=False)
            self.read_only = False
        with _migration_lock(self._file):
            import sqlite_utils  # only here: creating the schema is all it is needed for

            db = sqlite_utils.Database(self.conn)
            if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                self.conn.execute("PRAGMA journal_mode = WAL")
            # Read again under the lock: another process may have migrated meanwhile.
            while (
                version := self.conn.execute("PRAGMA user_version").fetchone()[0]
            ) < SCHEMA_VERSION:
                with self.atomic():
                    MIGRATIONS[version](db)
                    self.conn.execute(f"PRAGMA user_version = {version + 1}")

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
        return self.add_many([Incoming(record, path)], source=source, published=published)[0]

    def add_many(
        self,
        items: list[Incoming],
        *,
        source: str | None = None,
        published: str | None = None,
    ) -> list[AddResult]:
        """Store a batch in one transaction: all of it is saved, or none of it."""
        results: list[AddResult] = []
        added = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.atomic():
            for item in items:
                results.append(self._insert(item, source, published, added))
        return results

    def _insert(
        self,
        item: Incoming,
        source: str | None,
        published: str | None,
        added: str,
    ) -> AddResult:
        record, path = item.record, item.path
        digest = text_hash(record.text)
        existing = self.conn.execute("SELECT id FROM articles WHERE hash = ?", [digest]).fetchone()
        if existing:
            return AddResult(existing[0], False)
        manual = [name for name, value in (("source", source), ("published", published)) if value]
        final_source = source or (record.source.value if record.source else None)
        title = record.title.value if record.title else None
        index_column, index_value, index_params = self.text_index(title, record.text)
        # ON CONFLICT: another writer may store the same text between the look-up and here.
        article_id = self.insert_returning_id(
            f"""INSERT INTO articles (hash, path, title, title_derived, published, source,
               source_key, summary, word_count, body, evidence, manual, added, url{index_column})
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?{index_value})
               ON CONFLICT (hash) DO NOTHING""",
            [
                digest,
                path,
                title,
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
                record.url.value if record.url else None,
                *index_params,
            ],
        )
        if article_id is None:
            row = self.conn.execute("SELECT id FROM articles WHERE hash = ?", [digest]).fetchone()
            return AddResult(row[0], False)
        if final_source:
            self.conn.execute(
                "INSERT INTO sources (key, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
                [fold(final_source), final_source],
            )
        self.store_people(article_id, record)
        self.store_authors(article_id, [author.value for author in record.authors], new=True)
        values = item.sketch if item.sketch is not None else nearcopy.sketch(record.text)
        return AddResult(article_id, True, self.store_sketch(article_id, values))

    def keep_sketches(self, sketches: list[tuple[int, list[int]]]) -> None:
        """Articles' near-copy sketches and their indexed keys, without seeking near-copies
        (a copy brings the links along)."""
        self.conn.executemany(
            "INSERT INTO sketches (article_id, sketch) VALUES (?, ?)"
            " ON CONFLICT (article_id) DO UPDATE SET sketch = excluded.sketch",
            [(article_id, json.dumps(values)) for article_id, values in sketches if values],
        )
        self.conn.executemany(
            "INSERT INTO sketch_keys (key, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [
                (key, article_id)
                for article_id, values in sketches
                for key in values[: nearcopy.INDEXED_KEYS]
            ],
        )

    def store_sketch(self, article_id: int, values: list[int]) -> list[int]:
        """Keep the article's near-copy sketch and link it to the near-copies already here."""
        if not values:
            return []
        keys = values[: nearcopy.INDEXED_KEYS]
        # Each key's articles, up to one past COMMON_KEY, in one statement.
        per_key = (
            "SELECT * FROM (SELECT key, article_id FROM sketch_keys WHERE key = ?"
            f" ORDER BY article_id DESC LIMIT {nearcopy.COMMON_KEY + 1}) AS k{{n}}"
        )
        sql = " UNION ALL ".join(per_key.format(n=n) for n in range(len(keys)))
        by_key: dict[int, list[int]] = {}
        for key, other in self.conn.execute(sql, keys):
            by_key.setdefault(key, []).append(other)
        candidate_ids: set[int] = set()
        for found in by_key.values():
            if len(found) <= nearcopy.COMMON_KEY:  # a phrase in many articles is boilerplate
                candidate_ids.update(found)
        candidates = []
        if candidate_ids:
            marks = ",".join("?" * len(candidate_ids))
            candidates = self.conn.execute(
                f"SELECT article_id, sketch FROM sketches WHERE article_id IN ({marks})",
                sorted(candidate_ids),
            ).fetchall()
        copies = []
        for other_id, other_sketch in candidates:
            score = nearcopy.similarity(values, json.loads(other_sketch))
            if score >= nearcopy.NEAR_COPY_SIMILARITY:
                copies.append(other_id)
                self.conn.executemany(
                    "INSERT INTO near_copies (article_id, other_id, similarity) VALUES (?, ?, ?)"
                    " ON CONFLICT (article_id, other_id) DO UPDATE SET similarity = excluded.similarity",
                    [(article_id, other_id, score), (other_id, article_id, score)],
                )
        self.keep_sketches([(article_id, values)])
        return sorted(copies)

    def aliases(self) -> dict[str, tuple[str, str]]:
        """Names merged into or renamed as another person: key → (target key, target name).
        Read once per catalogue opened (a handful of rows; a look-up per stored person)."""
        if self._aliases is None:
            self._aliases = {
                row[0]: (row[1], row[2])
                for row in self.conn.execute(
                    "SELECT key, target_key, target_name FROM person_aliases"
                )
            }
        return self._aliases

    def forget_aliases(self) -> None:
        """Read the aliases again at the next person stored (after a merge or rename)."""
        self._aliases = None

    def person_ids(self, names: list[str]) -> list[int]:
        """The ids of these people (merged names followed to whom they stand for), storing
        those not yet known: a few statements for an article's people, not three a person."""
        keys: list[str] = []
        wanted: dict[str, str] = {}
        for name in names:
            key = fold(name)
            if key in self.aliases():
                key, name = self.aliases()[key]
            keys.append(key)
            wanted.setdefault(key, name)
        known = self._people_by_key(list(wanted))
        missing = [key for key in wanted if key not in known]
        for start in range(0, len(missing), ADDRESS_BATCH):
            batch = missing[start : start + ADDRESS_BATCH]
            self.conn.execute(
                "INSERT INTO people (name, key) VALUES "
                + ", ".join("(?, ?)" for _ in batch)
                + " ON CONFLICT (key) DO NOTHING",
                [value for key in batch for value in (wanted[key], key)],
            )
        if missing:
            stored = self._people_by_key(missing)
            # Another writer may have stored some a moment ago; their words are in already.
            self.conn.executemany(
                "INSERT INTO person_words (word, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                [(word, stored[key]) for key in missing for word in key.split()],
            )
            known.update(stored)
        return [known[key] for key in keys]

    def _people_by_key(self, keys: list[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for start in range(0, len(keys), ADDRESS_BATCH):
            batch = keys[start : start + ADDRESS_BATCH]
            marks = ", ".join("?" * len(batch))
            for key, person_id in self.conn.execute(
                f"SELECT key, id FROM people WHERE key IN ({marks})", batch
            ):
                found[key] = int(person_id)
        return found

    def person_id(self, name: str) -> int:
        return self.person_ids([name])[0]

    def index_name_words(self, person_id: int, key: str) -> None:
        """Each word of a person's name key, for --person and person: look-ups."""
        self.conn.executemany(
            "INSERT INTO person_words (word, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [(word, person_id) for word in key.split()],
        )

    def store_authors(self, article_id: int, names: list[str], *, new: bool = False) -> None:
        """An article's authors, in byline order, replacing those it had (none when new)."""
        if not new:
            self.conn.execute("DELETE FROM article_authors WHERE article_id = ?", [article_id])
        self.store_authors_of([(article_id, names)])

    def store_authors_of(self, articles: list[tuple[int, list[str]]]) -> None:
        """The authors of new articles, in byline order, in one statement."""
        self.conn.executemany(
            "INSERT INTO article_authors (article_id, position, name, key) VALUES (?, ?, ?, ?)",
            [
                (article_id, n, name, fold(name))
                for article_id, names in articles
                for n, name in enumerate(names)
            ],
        )

    def store_people(self, article_id: int, record: Extraction) -> None:
        ids = self.person_ids([person.name for person in record.people])
        rows = []
        for person, person_id in zip(record.people, ids, strict=True):
            evidence = person.to_dict()
            kept = {k: evidence[k] for k in ("evidence", "role_evidence", "mentions")}
            rows.append((article_id, person_id, evidence["role"], json.dumps(kept)))
        self.conn.executemany(
            "INSERT INTO mentions (article_id, person_id, role, evidence) VALUES (?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            rows,
        )

    # -- reading -----------------------------------------------------------------------------

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def get(self, article_id: int) -> dict[str, Any]:
        row = self.conn.execute(
            f"SELECT {self.article_columns}, a.body, a.evidence, a.manual FROM articles a WHERE a.id = ?",
            [article_id],
        ).fetchone()
        if row is None:
            raise NewscatError(f"no article #{article_id} in the catalogue")
        article = row_to_article(row)
        article["evidence"] = json.loads(article["evidence"])
        article["manual"] = json.loads(article["manual"])
        article["people"] = [
            {"name": r["name"], "role": r["role"], **json.loads(r["evidence"])}
            for r in self.conn.execute(
                f"""SELECT p.name, m.role, m.evidence FROM mentions m JOIN people p ON p.id = m.person_id
                   WHERE m.article_id = ? ORDER BY {self.EVIDENCE_START}""",
                [article_id],
            )
        ]
        return article

    def _where(self, query: Query) -> tuple[list[str], list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for clause in (
            person_clause(query.person) if query.person else None,
            source_clause(query.source) if query.source else None,
            date_clause(query.since, query.until) if query.since or query.until else None,
            tag_clause(query.tag) if query.tag else None,
            author_clause(query.author) if query.author else None,
        ):
            if clause:
                clauses.append(clause[0])
                params += clause[1]
        if query.ids:
            clauses.append(f"a.id IN ({','.join('?' * len(query.ids))})")
            params += query.ids
        return clauses, params

    def _filters(self, query: Query) -> tuple[str | None, list[str], list[Any]]:
        """A query as its ranked full-text part (or None) and the SQL filters beside it."""
        from newscat.query import parse

        clauses, params = self._where(query)
        fts = None
        if query.words:
            fts, more, more_params = plan(parse(query.words), self.TEXT)
            clauses += more
            params += more_params
        return fts, clauses, params

    def search(self, query: Query) -> SearchResult:
        """Matching articles: by relevance when there are words, else newest first.

        Ranking every match of a word found in most of a large catalogue costs seconds, so
        relevance is computed within the RANK_WINDOW most recently added matches; when that
        window is full, the result says so (ranked_within)."""
        from newscat.query import parse

        relevance = query.sort in (None, "relevance")
        if not (query.words and query.limit and relevance):
            return SearchResult(list(self.iter_articles(query, snippets=True)))
        clauses, params = self._where(query)
        node = parse(query.words)
        fts, more, more_params = plan(node, self.TEXT)
        if fts is None:
            return SearchResult(list(self.iter_articles(query, snippets=True)))
        clauses += more
        params += more_params
        try:
            rows = self._window_rows(clauses, int(query.limit), [fts, *params])
        except sqlite3.OperationalError as error:
            raise UsageProblem(f"cannot search for {query.words!r}: {error}") from None
        articles = with_snippets(rows, node)
        full = bool(rows) and rows[0]["window_size"] >= self.RANK_WINDOW
        return SearchResult(articles, ranked_within=self.RANK_WINDOW if full else None)

    def _window_rows(self, clauses: list[str], limit: int, params: list[Any]) -> list[Any]:
        """The top rows of the ranked window, with window_size: how many matches it held."""
        return list(self.conn.execute(self._ranked_window(clauses, limit), params).fetchall())

    def _ranked_window(self, clauses: list[str], limit: int) -> str:
        """One statement: rank the window of matches (the full-text query, then the clauses'
        parameters), then read only the top rows' columns and people."""
        filters = "".join(" AND " + c for c in clauses)
        join = " JOIN articles a ON a.id = articles_fts.rowid" if clauses else ""
        return f"""
            WITH win AS MATERIALIZED (
                SELECT articles_fts.rowid AS id, bm25(articles_fts, 10.0, 1.0) AS score
                  FROM articles_fts{join}
                 WHERE articles_fts MATCH ?{filters}
                 ORDER BY articles_fts.rowid DESC LIMIT {self.RANK_WINDOW}),
            top AS (SELECT id, score FROM win ORDER BY score LIMIT {limit})
            SELECT {self.article_columns}, a.body AS body, (SELECT count(*) FROM win) AS window_size
              FROM top JOIN articles a ON a.id = top.id ORDER BY top.score"""

    def iter_articles(
        self, query: Query, *, snippets: bool = False, body: bool = False
    ) -> Iterator[dict[str, Any]]:
        """Stream matching articles row by row (constant memory, for export); with body, each
        carries its text."""
        fts, clauses, params = self._filters(query)
        if query.sort and query.sort not in SORTS and query.sort != "relevance":
            raise UsageProblem(f"--sort: choose relevance, {', '.join(SORTS)}; not {query.sort!r}")
        limit = f" LIMIT {int(query.limit)}" if query.limit else ""
        if fts:
            sql = self._word_matches(clauses, query.sort, limit, snippets=snippets, body=body)
            params = [fts, *params]
        else:
            columns = self.article_columns + (", a.body" if body else "")
            where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
            order = SORTS.get(query.sort or "published", SORTS["published"])
            sql = f"SELECT {columns} FROM articles a {where} ORDER BY {order}{limit}"
        try:
            for row in self.stream(sql, params):
                yield self._found_article(row, query, snippets=snippets and bool(fts), body=body)
        except sqlite3.OperationalError as error:
            if "fts5" in str(error) or "no such column" in str(error):
                raise UsageProblem(f"cannot search for {query.words!r}: {error}") from None
            raise

    def _word_matches(
        self, clauses: list[str], sort: str | None, limit: str, *, snippets: bool, body: bool
    ) -> str:
        """The articles matching the full-text query (its parameter first, then the clauses'),
        best first unless sorted otherwise; FTS5 writes the snippets."""
        columns = self.article_columns + (", a.body" if body else "")
        snippet = (
            ", snippet(articles_fts, 1, '\x02', '\x03', '…', 14) AS snippet" if snippets else ""
        )
        order = SORTS.get(sort or "", "bm25(articles_fts, 10.0, 1.0)")
        return (
            f"SELECT {columns}{snippet} FROM articles_fts "
            "JOIN articles a ON a.id = articles_fts.rowid "
            f"WHERE articles_fts MATCH ? {''.join(' AND ' + c for c in clauses)} "
            f"ORDER BY {order}{limit}"
        )

    def _found_article(
        self, row: Any, query: Query, *, snippets: bool, body: bool
    ) -> dict[str, Any]:
        return row_to_article(row)

    def matching_clauses(self, query: Query) -> tuple[list[str], list[Any]]:
        """The query as SQL conditions on `articles a`, its words as a full-text sub-query:
        for counting and grouping, where no ranking is needed."""
        fts, clauses, params = self._filters(query)
        if fts:
            sql, values = self.TEXT.clause(fts)
            clauses, params = [sql, *clauses], [*values, *params]
        return clauses, params

    def count_matching(self, query: Query, cap: int = COUNT_CAP) -> int:
        """How many articles a query matches, counted up to cap (a common word in a huge
        catalogue would otherwise be counted for seconds)."""
        clauses, params = self.matching_clauses(query)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = f"SELECT count(*) FROM (SELECT 1 FROM articles a {where} LIMIT {int(cap)}) AS hits"
        return int(self.conn.execute(sql, params).fetchone()[0])

    def ids_by_address(self, addresses: list[str]) -> dict[str, int]:
        """The articles stored from these web addresses (their path) or stating one of them
        as their url: one pass over the catalogue per batch of addresses, not one a URL."""
        found: dict[str, int] = {}
        for start in range(0, len(addresses), ADDRESS_BATCH):
            batch = addresses[start : start + ADDRESS_BATCH]
            marks = ", ".join("?" * len(batch))
            for article_id, path, url in self.conn.execute(
                f"SELECT id, path, url FROM articles WHERE path IN ({marks}) OR url IN ({marks})"
                " ORDER BY id",
                [*batch, *batch],
            ):
                for address in (path, url):
                    if address in batch:
                        found.setdefault(address, article_id)
        return found

    def person_names(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT name FROM people ORDER BY name")]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def matching_person_ids(name: str) -> tuple[str, list[Any]]:
    """SQL selecting the people whose name has every word typed as a whole part ("ron" is Ron
    Howard, not Ronald Reagan), or as the start of a part when the word ends in '*' ("ron*"),
    ignoring case, accents and word order. Each word is an index look-up on person_words."""
    words = fold(name).split() or [""]
    lookups, params = [], []
    for word in words:
        if word.endswith("*") and word.rstrip("*"):
            stem = word.rstrip("*")
            lookups.append("SELECT person_id FROM person_words WHERE word >= ? AND word < ?")
            params += [stem, stem + "\uffff"]
        else:
            lookups.append("SELECT person_id FROM person_words WHERE word = ?")
            params.append(word.rstrip("*"))
    sql = "SELECT p.id FROM people p WHERE " + " AND ".join(f"p.id IN ({q})" for q in lookups)
    return sql, params


def person_clause(name: str) -> tuple[str, list[Any]]:
    """Articles naming a person that matches (see matching_person_ids)."""
    people, params = matching_person_ids(name)
    sql = f"a.id IN (SELECT m.article_id FROM mentions m WHERE m.person_id IN ({people}))"
    return sql, params


def source_clause(source: str) -> tuple[str, list[Any]]:
    """Articles from outlets whose name holds these words; the few matching outlets are found
    in the small sources table, then articles through the (source_key, published) index."""
    sql = "a.source_key IN (SELECT key FROM sources WHERE key LIKE ? ESCAPE '\\')"
    return sql, [f"%{_escape_like(fold(source))}%"]


def date_clause(since: str | None, until: str | None) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if since:
        clauses.append("a.published >= ?")
        params.append(since)
    if until:
        clauses.append("a.published <= ?")
        params.append(until + "\uffff")  # "2018-03" covers every day of March
    return "(" + " AND ".join(clauses) + ")", params


def author_clause(name: str) -> tuple[str, list[Any]]:
    """Articles by an author every word of whose name is a whole part of what was typed
    ("doe", "jane doe"), or its start with '*' ("do*"), ignoring case and accents."""
    parts, params = [], []
    for word in fold(name).split():
        stem = word.rstrip("*")
        parts.append("(' ' || au.key || ' ') LIKE ? ESCAPE '\\'")
        params.append(f"% {_escape_like(stem)}{'%' if word.endswith('*') else ' %'}")
    where = " AND ".join(parts) or "false"
    return f"a.id IN (SELECT au.article_id FROM article_authors au WHERE {where})", params


def tag_clause(tag: str) -> tuple[str, list[Any]]:
    return "EXISTS (SELECT 1 FROM tags t WHERE t.article_id = a.id AND t.tag = ?)", [tag.lower()]


def _missing_clause(name: str) -> tuple[str, list[Any]]:
    """Articles with no value for a field: to find the undated or unsourced and fix them."""
    return {
        "person": "NOT EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id)",
        "source": "a.source IS NULL",
        "date": "a.published IS NULL",
        "tag": "NOT EXISTS (SELECT 1 FROM tags t WHERE t.article_id = a.id)",
        "author": "NOT EXISTS (SELECT 1 FROM article_authors au WHERE au.article_id = a.id)",
        "url": "a.url IS NULL",
    }[name], []


def url_clause(text: str) -> tuple[str, list[Any]]:
    """Articles whose address holds the text ("nytimes.com", "/2024/03/"), any case."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return "lower(a.url) LIKE ? ESCAPE '\\'", [f"%{escaped}%"]


def node_clause(node: Any, text: TextSearch = FTS5) -> tuple[str, list[Any]]:
    """SQL for any query node; words become a sub-query on the full-text index."""
    from newscat.query import And, Field, Not, Or, Text, date_range, is_text

    if isinstance(node, Text) or (isinstance(node, Field) and node.name == "title"):
        return text.clause(text.syntax(node))
    if isinstance(node, Field) and node.missing:
        return _missing_clause(node.name)
    if isinstance(node, Field):
        if node.name == "person":
            return person_clause(node.value)
        if node.name == "source":
            return source_clause(node.value)
        if node.name == "tag":
            return tag_clause(node.value)
        if node.name == "author":
            return author_clause(node.value)
        if node.name == "url":
            return url_clause(node.value)
        return date_clause(*date_range(node))
    if isinstance(node, Not):
        # "NOT x" is every article x does not hold, those with no value at all included:
        # a comparison with NULL is NULL, and NOT NULL would drop the undated or unsourced.
        inner, params = node_clause(node.node, text)
        return f"NOT coalesce(({inner}), false)", params
    if isinstance(node, And | Or) and is_text(node) and not isinstance(node, And):
        return text.clause(text.syntax(node))
    joiner = " AND " if isinstance(node, And) else " OR "
    parts = [node_clause(child, text) for child in node.nodes]
    return "(" + joiner.join(p[0] for p in parts) + ")", [x for p in parts for x in p[1]]


def plan(node: Any, search: TextSearch = FTS5) -> tuple[str | None, list[str], list[Any]]:
    """Split a query into a ranked full-text part and SQL filters.

    The words and title: terms that are ANDed at the top become one full-text query (ranked); person:, source:, date:, tag: and anything under OR/NOT with them become filters.
    """
    from newscat.query import And, Not, is_text

    children = list(node.nodes) if isinstance(node, And) else [node]
    words = [c for c in children if is_text(c)]
    others = [c for c in children if not is_text(c)]
    fts = None
    if any(not isinstance(c, Not) for c in words):
        fts = search.syntax(And(tuple(words)) if len(words) > 1 else words[0])
    else:
        others = children
    clauses, params = [], []
    for child in others:
        sql, values = node_clause(child, search)
        clauses.append(sql)
        params += values
    return fts, clauses, params
