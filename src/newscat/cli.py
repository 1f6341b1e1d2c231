"""The newscat command line: each command parses options, calls the catalogue, hands rows to
render or export. Heavy modules are imported inside commands so that --help stays quick."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from newscat import __version__
from newscat.errors import NewscatError

if TYPE_CHECKING:
    from newscat.catalog import Catalog, Query

app = typer.Typer(
    name="newscat",
    help="A catalogue for plain-text news articles: add them, then search, show and export.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])

DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        envvar="NEWSCAT_DB",
        help="Catalogue file (default: the per-user app folder).",
        show_envvar=True,
        dir_okay=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
PersonOption = Annotated[
    str | None,
    typer.Option("--person", "-p", help="Only articles naming this person (any part of the name)."),
]
SourceOption = Annotated[
    str | None,
    typer.Option("--source", "-s", help="Only articles from this outlet."),
]
SinceOption = Annotated[
    str | None,
    typer.Option("--since", help="Published on or after (YYYY, YYYY-MM or YYYY-MM-DD)."),
]
UntilOption = Annotated[
    str | None,
    typer.Option("--until", help="Published on or before (YYYY, YYYY-MM or YYYY-MM-DD)."),
]


def guarded(func: F) -> F:
    """Turn a user's mistake into one line on stderr and an exit code, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from newscat import render

        try:
            return func(*args, **kwargs)
        except NewscatError as problem:
            render.error(str(problem))
            raise typer.Exit(problem.exit_code) from None
        except BrokenPipeError:
            # The reader (head, less) went away: stop quietly, as other tools do.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(0) from None

    return wrapper  # type: ignore[return-value]


_global_db: Path | None = None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newscat {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    db: DbOption = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """newscat reads plain-text news articles, finds each one's date, source, title, people and
    their roles, and keeps them in a local SQLite catalogue you can search and export.

    Example: newscat add data/samples && newscat search --person aliyeva
    """
    global _global_db
    _global_db = db


def catalog_path(db: Path | None) -> Path:
    from newscat.catalog import default_path

    return db or _global_db or default_path()


def open_catalog(db: Path | None) -> Catalog:
    from newscat.catalog import Catalog

    return Catalog(catalog_path(db))


def build_query(
    words: list[str] | None,
    person: str | None,
    source: str | None,
    since: str | None,
    until: str | None,
    limit: int | None,
) -> Query:
    from newscat.catalog import Query
    from newscat.dateopts import parse_date_option
    from newscat.errors import UsageProblem

    if limit is not None and limit < 1:
        raise UsageProblem("--limit must be 1 or more")
    query = Query(
        words=" ".join(words).strip() or None if words else None,
        person=person,
        source=source,
        since=parse_date_option(since, "--since") if since else None,
        until=parse_date_option(until, "--until") if until else None,
        limit=limit,
    )
    if query.words:
        from newscat.query import parse

        parse(query.words)  # report a malformed query before touching the catalogue
    return query


@app.command("path")
@guarded
def path_command(db: DbOption = None) -> None:
    """Print which catalogue file is in use.

    Example: newscat path
    """
    typer.echo(str(catalog_path(db)))


@app.command()
@guarded
def add(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders, globs, or - for stdin.", show_default=False)
    ],
    source: Annotated[
        str | None,
        typer.Option(
            "--source", help="Use this source for every article instead of the extracted one."
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option("--date", help="Use this publication date for every article (YYYY-MM-DD)."),
    ] = None,
    max_size: Annotated[
        float, typer.Option("--max-size", help="Refuse files larger than this many MB.", min=0.001)
    ] = 20.0,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit non-zero if any input failed.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print only the summary and failures.")
    ] = False,
    ner: Annotated[
        str,
        typer.Option(
            "--ner", help="Who finds people: 'rules' (built in) or 'spacy' (needs spaCy)."
        ),
    ] = "rules",
    spacy_model: Annotated[
        str, typer.Option("--spacy-model", help="The spaCy model for --ner spacy.")
    ] = "en_core_web_sm",
    db: DbOption = None,
) -> None:
    """Add articles: extract date, source, title, people and roles, and catalogue them.

    Example: newscat add data/samples/ notes/*.txt
    """
    from newscat.adding import add_paths
    from newscat.dateopts import parse_date_option
    from newscat.errors import UsageProblem

    published = parse_date_option(date, "--date") if date else None
    if ner not in ("rules", "spacy"):
        raise UsageProblem(f"--ner: choose 'rules' or 'spacy', not {ner!r}")
    finder = None
    if ner == "spacy":
        from newscat.extract.spacy_people import load

        finder = load(spacy_model)
    outcome = add_paths(
        open_catalog(db),
        paths,
        source=source,
        published=published,
        max_bytes=int(max_size * 1_048_576),
        quiet=quiet,
        people_finder=finder,
    )
    if outcome.failed and (strict or not (outcome.added or outcome.present)):
        raise typer.Exit(1)


@app.command()
@guarded
def search(
    words: Annotated[
        list[str] | None, typer.Argument(help="Full-text query words.", show_default=False)
    ] = None,
    person: PersonOption = None,
    source: SourceOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many results.")] = 20,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Find articles by words, person, source and date.

    Words are matched in titles and bodies, ranked by relevance: use "quoted phrases",
    OR, -word to exclude, word* for a prefix.

    Example: newscat search khojaly --person aliyeva --since 2018-01
    """
    from newscat import render

    query = build_query(words, person, source, since, until, limit)
    catalog = open_catalog(db)
    results = catalog.search(query)
    if as_json:
        render.print_json([{k: v for k, v in r.items() if k != "snippet"} for r in results])
        return
    if not results:
        render.warn("no articles match")
        if person:
            suggestions = _person_suggestions(catalog, person)
            if suggestions:
                render.warn("people with similar names: " + ", ".join(suggestions))
        raise typer.Exit(1)
    shown = f"{len(results)} article{'s' if len(results) != 1 else ''}"
    caption = f"{shown} (limit {limit})" if len(results) == limit else shown
    render.out.print(render.articles_table(results, caption=caption))


def _person_suggestions(catalog: Catalog, person: str) -> list[str]:
    import difflib

    from newscat.extract.text import fold

    names = catalog.person_names()
    by_key: dict[str, str] = {}
    for name in names:
        by_key.setdefault(fold(name), name)
        for part in fold(name).split():
            by_key.setdefault(part, name)
    close = difflib.get_close_matches(fold(person), list(by_key), n=8, cutoff=0.6)
    return list(dict.fromkeys(by_key[c] for c in close))[:5]


@app.command()
@guarded
def show(
    article_id: Annotated[int, typer.Argument(metavar="ID", help="The article's number.")],
    as_json: JsonOption = False,
    body: Annotated[bool, typer.Option("--body", help="Print the article's text too.")] = False,
    db: DbOption = None,
) -> None:
    """Show one article: every field with the evidence it came from.

    Example: newscat show 1
    """
    from newscat import render

    article = open_catalog(db).get(article_id)
    if as_json:
        shown = dict(article)
        if not body:
            shown.pop("body", None)
        render.print_json(shown)
        return
    render.out.print(render.article_panel(article))
    if body:
        render.out.print(article["body"], markup=False, highlight=False)


@app.command()
@guarded
def export(
    fmt: Annotated[str, typer.Argument(metavar="FORMAT", help="csv, json or jsonl.")],
    words: Annotated[
        list[str] | None, typer.Argument(help="Optional full-text query.", show_default=False)
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write here instead of stdout.", dir_okay=False),
    ] = None,
    person: PersonOption = None,
    source: SourceOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: Annotated[
        int | None, typer.Option("--limit", "-n", help="At most this many articles.")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", "-f", help="Overwrite an existing --output file.")
    ] = False,
    raw: Annotated[
        bool,
        typer.Option(
            "--raw",
            help="CSV: keep cells that start with = + - @ as they are (unsafe in spreadsheets).",
        ),
    ] = False,
    db: DbOption = None,
) -> None:
    """Write the catalogue, or the articles a query matches, as CSV, JSON or JSON Lines.

    Example: newscat export csv --person aliyeva -o aliyeva.csv
    """
    from newscat import render
    from newscat.errors import UsageProblem
    from newscat.export import WRITERS
    from newscat.output import open_output

    writer = WRITERS.get(fmt.lower())
    if writer is None:
        raise UsageProblem(f"unknown export format {fmt!r}; choose one of: {', '.join(WRITERS)}")
    query = build_query(words, person, source, since, until, limit)
    catalog = open_catalog(db)
    with open_output(output, force=force, newline="" if fmt.lower() == "csv" else None) as handle:
        count = writer(catalog.iter_articles(query), handle, raw=raw)
    if output:
        render.err.print(
            f"wrote {count} article{'s' if count != 1 else ''} to {output}", markup=False
        )
