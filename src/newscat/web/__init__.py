"""`newscat serve`: the catalogue in Datasette, with the metadata, plugin and template newscat
writes so that a reader sees articles, people and sources rather than storage tables."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from newscat.errors import NewscatError

HERE = Path(__file__).parent
PLUGINS = HERE / "plugins"
TEMPLATES = HERE / "templates"

# Storage that means nothing to a reader: near-copy sketches and their keys, the words of
# people's names kept for lookups, merge aliases and the record of manual edits.
INTERNAL_TABLES = ("sketches", "sketch_keys", "person_words", "person_aliases", "manual_people")

CANNED_QUERIES: dict[str, dict[str, str]] = {
    "articles_naming_a_person": {
        "title": "Articles naming a person",
        "description": "Every article naming someone whose name contains the words given, newest first, with the role the article gives them.",
        "sql": """
select a.id, a.title, a.published, coalesce(s.name, a.source) as source, p.name as person,
       m.role
from people p
join mentions m on m.person_id = p.id
join articles a on a.id = m.article_id
left join sources s on s.key = a.source_key
where p.name like '%' || :name || '%'
order by a.published desc, a.id desc
""",
    },
    "people_by_articles": {
        "title": "People by number of articles",
        "description": "Everyone named, with how many articles name them and the first and last date.",
        "sql": """
select p.name, count(*) as articles, min(a.published) as first_seen,
       max(a.published) as last_seen
from people p
join mentions m on m.person_id = p.id
join articles a on a.id = m.article_id
group by p.id
order by articles desc, p.name
""",
    },
    "sources_by_month": {
        "title": "Sources by month",
        "description": "Articles per source per month of publication (undated articles left out).",
        "sql": """
select substr(a.published, 1, 7) as month, coalesce(s.name, a.source) as source,
       count(*) as articles
from articles a left join sources s on s.key = a.source_key
where a.published is not null
group by month, coalesce(s.name, a.source)
order by month, articles desc
""",
    },
    "near_copies_of_an_article": {
        "title": "Near-copies of an article",
        "description": "Articles whose text is nearly the same as the article with the id given, most alike first.",
        "sql": """
select other.id, other.title, other.published, coalesce(s.name, other.source) as source,
       round(n.similarity, 2) as similarity
from (
    select other_id as id, similarity from near_copies where article_id = :id
    union
    select article_id as id, similarity from near_copies where other_id = :id
) as n
join articles other on other.id = n.id
left join sources s on s.key = other.source_key
order by n.similarity desc
""",
    },
}


def metadata(database: str) -> dict[str, Any]:
    """Datasette's metadata for a catalogue opened under the name `database`."""
    tables: dict[str, Any] = {name: {"hidden": True} for name in INTERNAL_TABLES}
    tables["article_overview"] = {
        "title": "Articles",
        "description": "One row per article: search the words, or narrow by the facets.",
        "fts_table": "articles_fts",
        "fts_pk": "id",
        "sort_desc": "published",
        "facets": ["source", "month", {"array": "tags"}, {"array": "people"}],
    }
    tables["articles"] = {
        "description": "Each article as stored, with the evidence for every extracted field.",
        "label_column": "title",
        "sort_desc": "published",
    }
    tables["people"] = {"label_column": "name", "sort": "name"}
    tables["sources"] = {"label_column": "name", "sort": "name"}
    tables["mentions"] = {"description": "Who each article names, and in what role."}
    return {
        "title": "newscat",
        "description": "News articles with their dates, sources, authors, people and roles.",
        "databases": {
            database: {
                "tables": tables,
                "queries": {
                    name: {**query, "sql": query["sql"].strip()}
                    for name, query in CANNED_QUERIES.items()
                },
            }
        },
    }


def command(
    catalogue: Path, metadata_file: Path, host: str, port: int, open_browser: bool
) -> list[str]:
    """The Datasette command line that serves `catalogue` (read-only: Datasette opens a file it
    is not told is immutable with mode=ro, so `newscat add` can go on beside it)."""
    line = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        str(catalogue),
        "--metadata",
        str(metadata_file),
        "--plugins-dir",
        str(PLUGINS),
        "--template-dir",
        str(TEMPLATES),
        "--host",
        host,
        "--port",
        str(port),
        # Article bodies are long: tables show the start, the article's page the whole text.
        "--setting",
        "truncate_cells_html",
        "200",
    ]
    if open_browser:
        line.append("--open")
    return line


def require_datasette() -> None:
    try:
        import datasette  # noqa: F401
    except ImportError:
        raise NewscatError("the web view needs Datasette: pip install 'newscat[serve]'") from None


def serve(catalogue: Path, work: Path, host: str, port: int, open_browser: bool) -> int:
    """Run Datasette on `catalogue` until it is stopped; its exit code."""
    require_datasette()
    metadata_file = work / "metadata.json"
    metadata_file.write_text(json.dumps(metadata(catalogue.stem), indent=2), encoding="utf-8")
    child = subprocess.Popen(command(catalogue, metadata_file, host, port, open_browser))
    # Stopped by a signal (a service manager's, `kill`), newscat stops Datasette too: left
    # alone it would keep serving, and holding the port, after newscat has gone.
    previous = signal.signal(signal.SIGTERM, lambda _signum, _frame: child.terminate())
    try:
        return child.wait()
    except KeyboardInterrupt:  # Ctrl-C reaches Datasette too, in the same process group
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
        _stop(child)


STOP_WAIT = 10  # seconds Datasette has to stop before it is killed


def _stop(child: subprocess.Popen[bytes]) -> None:
    if child.poll() is not None:
        return
    child.terminate()
    try:
        child.wait(timeout=STOP_WAIT)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
