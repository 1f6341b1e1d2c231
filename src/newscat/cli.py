"""The newscat command line: each command parses options, calls the catalogue, hands rows to
render or export. Heavy modules are imported inside commands so that --help stays quick.

No `from __future__ import annotations` here: Typer would then evaluate every option's
annotation string on each start (compile + eval, ~8 ms); plain annotations cost nothing."""

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import click
import typer
from typer.core import TyperCommand

from newscat import __version__
from newscat.errors import NewscatError

if TYPE_CHECKING:
    from newscat.catalog import Catalog, Query
    from newscat.extract import PersonSpans

app = typer.Typer(
    name="newscat",
    help="A catalogue for plain-text news articles: add them, then search, show and export.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: Rich formatting would triple start-up time
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])


class QueryCommand(TyperCommand):
    """A command whose words may follow '--' (so '-source:x' is a word, not an option): its own
    long options after '--' are still options ("search -- -source:x --json")."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if "--" in args:
            cut = args.index("--")
            options = {
                name: param
                for param in self.params
                if isinstance(param, click.Option)
                for name in param.opts
                if name.startswith("--")
            }
            moved: list[str] = []
            words: list[str] = []
            rest = iter(args[cut + 1 :])
            for token in rest:
                option = options.get(token.split("=", 1)[0])
                if option is None:
                    words.append(token)
                    continue
                moved.append(token)
                if "=" not in token and not option.is_flag:
                    moved.append(next(rest, ""))
            args = [*args[:cut], *moved, "--", *words]
        return super().parse_args(ctx, args)


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        metavar="FILE|URL",
        help="Catalogue: a SQLite file, or a PostgreSQL server as postgresql://user@host/db "
        "(default: NEWSCAT_DB, else a file in the per-user data folder).",
    ),
]
# Before the command ("newscat --db X search") or in NEWSCAT_DB; --db after the command wins.
GlobalDbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        metavar="FILE|URL",
        envvar="NEWSCAT_DB",
        help="Catalogue: a SQLite file or postgresql://user@host/db (default: a file in the "
        "per-user data folder).",
        show_envvar=True,
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
TagOption = Annotated[
    str | None,
    typer.Option("--tag", "-t", help="Only articles with this tag."),
]
AuthorOption = Annotated[
    str | None,
    typer.Option("--author", "-a", help="Only articles by this author (whole parts of the name)."),
]
LimitOption = Annotated[int | None, typer.Option("--limit", "-n", help="At most this many.")]
ListLimitOption = Annotated[
    int | None, typer.Option("--limit", "-n", help="At most this many rows (default 20).")
]
AllOption = Annotated[bool, typer.Option("--all", help="Every row, no limit.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")]
MatchingOption = Annotated[
    str | None,
    typer.Option("--matching", "-m", metavar="QUERY", help="Every article this search matches."),
]
YesOption = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]
IdsJsonOption = Annotated[bool, typer.Option("--json", help="Print the IDs changed as JSON.")]


FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        help="table (default on a terminal), tsv (default when piped: no header), csv or json.",
    ),
]
SortOption = Annotated[
    str | None,
    typer.Option("--sort", help="relevance (default with words), published, added or source."),
]
WordsArgument = Annotated[
    list[str] | None,
    typer.Argument(
        help='Search words and fields: person:NAME source:NAME date:2018-01..2018-06 tag:X title:W, "phrases", OR, -word.',
        show_default=False,
    ),
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
            render.stdout_to_devnull()
            raise typer.Exit(0) from None
        except Exception as error:
            import sqlite3

            if isinstance(error, sqlite3.DatabaseError):
                render.error(database_problem(error, _opened_path))
                raise typer.Exit(1) from None
            if _is_server_error(error):  # the connection lost, a statement refused
                where = f"catalogue {_opened_path}" if _opened_path else "the catalogue"
                first_line = (str(error).strip().splitlines() or [type(error).__name__])[0]
                render.error(f"{where}: {first_line}")
                raise typer.Exit(1) from None
            raise

    return wrapper  # type: ignore[return-value]


def _is_server_error(error: Exception) -> bool:
    """A PostgreSQL error (psycopg is only imported where a server catalogue was opened)."""
    psycopg = sys.modules.get("psycopg")
    return psycopg is not None and isinstance(error, psycopg.Error)


def database_problem(error: Exception, path: Path | str | None) -> str:
    """One line for an SQLite error met half-way through a command."""
    where = f"catalogue {path}" if path else "the catalogue"
    text = str(error)
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return (
            f"{where} is damaged ({text}): 'newscat check --fix' recovers what can be "
            "recovered into a new file and keeps this one"
        )
    if "readonly" in text:
        return f"{where} is read-only: this command changes it"
    return f"{where}: {text}"


_global_db: str | None = None
_opened_path: Path | str | None = None  # named in the message about a damaged catalogue


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newscat {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    db: GlobalDbOption = None,
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


def emit(value: Any, as_json: bool, view: Callable[[Any], Any]) -> None:
    """What a listing command prints: JSON for programs, or the Rich view for people."""
    from newscat import render

    if as_json:
        render.print_json(value)
    else:
        render.out.print(view(value))


def catalog_location(db: str | None) -> Path | str:
    """The catalogue's file, or its PostgreSQL server's URL (a str)."""
    from newscat.catalog import default_path
    from newscat.pg.address import is_server

    chosen = db or _global_db
    if not chosen:
        return default_path()
    return chosen if is_server(chosen) else Path(chosen)


def open_catalog(db: str | None, mode: str = "read") -> "Catalog":
    """The catalogue for a command: "read" (read-only), "write" (must exist and be writable)
    or "create" (add: made when missing)."""
    global _opened_path
    from newscat.catalog import Catalog

    location = catalog_location(db)
    if isinstance(location, str):
        from newscat.pg.catalog import PgCatalog

        _opened_path = None
        catalog: Catalog = PgCatalog(location, mode)
        _opened_path = catalog.location
        return catalog
    _opened_path = location
    return Catalog(location, mode)


def build_query(
    words: list[str] | None,
    person: str | None = None,
    source: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
    *,
    tag: str | None = None,
    sort: str | None = None,
    author: str | None = None,
) -> "Query":
    from newscat.catalog import SORTS, Query
    from newscat.dateopts import parse_date_option
    from newscat.errors import UsageProblem

    if limit is not None and limit < 1:
        raise UsageProblem("--limit must be 1 or more")
    if sort and sort not in SORTS and sort != "relevance":
        raise UsageProblem(f"--sort: choose relevance, {', '.join(SORTS)}; not {sort!r}")
    query = Query(
        words=" ".join(words).strip() or None if words else None,
        person=person,
        source=source,
        since=parse_date_option(since, "--since") if since else None,
        until=parse_date_option(until, "--until") if until else None,
        tag=tag.lower() if tag else None,
        author=author,
        limit=limit,
        sort=sort,
    )
    if query.words:
        from newscat.query import parse

        parse(query.words)  # report a malformed query before touching the catalogue
    return query


def people_finder(ner: str, spacy_model: str) -> "PersonSpans | None":
    from newscat.errors import UsageProblem

    if ner not in ("tagger", "rules", "spacy"):
        raise UsageProblem(f"--ner: choose 'tagger', 'rules' or 'spacy', not {ner!r}")
    if ner == "tagger":
        return None
    if ner == "rules":
        from newscat.extract.people import RulesOnly

        return RulesOnly()
    from newscat.extract.spacy_people import load

    return load(spacy_model)


NerOption = Annotated[
    str,
    typer.Option(
        "--ner",
        help="Who finds people: 'tagger' (the built-in name tagger with the rules), "
        "'rules' (the rules alone: faster) or 'spacy' (needs spaCy).",
    ),
]
SpacyModelOption = Annotated[
    str, typer.Option("--spacy-model", help="The spaCy model for --ner spacy.")
]


@app.command("path")
@guarded
def path_command(db: DbOption = None) -> None:
    """Print which catalogue file is in use.

    Example: newscat path
    """
    from newscat.pg.address import masked

    typer.echo(masked(str(catalog_location(db))))


def _stop_on_sigterm() -> None:
    """`kill PID` stops a long command as Ctrl-C does: what was reported stays saved, the
    workers are stopped, and the exit status says it was interrupted."""
    import signal

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


@app.command()
@guarded
def add(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files, folders, globs, web addresses, or - for stdin.", show_default=False
        ),
    ] = None,
    urls: Annotated[
        str | None,
        typer.Option(
            "--urls",
            metavar="FILE",
            help="Also fetch the web addresses listed in FILE, one a line (- for stdin).",
        ),
    ] = None,
    ignore_robots: Annotated[
        bool,
        typer.Option("--ignore-robots", help="Fetch pages even where robots.txt asks not to."),
    ] = False,
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
    ner: NerOption = "tagger",
    spacy_model: SpacyModelOption = "en_core_web_sm",
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", help="Processes that extract in parallel (0: one per core).", min=0
        ),
    ] = 0,
    pattern: Annotated[
        str | None,
        typer.Option(
            "--glob",
            metavar="PATTERN",
            help="In folders, take the files matching PATTERN (default: .txt, .text, no extension).",
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the IDs added, already present and failed.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Add articles: extract date, source, title, people and roles, and catalogue them.

    A folder gives its text files (.txt, .text, or no extension) and saved web pages; other
    files in it are reported as passed over. Use --glob to choose others. An http(s) address
    is fetched (robots.txt respected) and read as a saved page is.

    Example: newscat add data/samples/ notes/*.txt https://example.com/news/story.html
    """
    from newscat.adding import add_paths, address_list
    from newscat.dateopts import parse_date_option
    from newscat.errors import UsageProblem

    inputs = list(paths or [])
    if urls:
        inputs += address_list(urls)
    if not inputs:
        raise UsageProblem("add: name files, folders or web addresses, or give --urls FILE")

    published = parse_date_option(date, "--date") if date else None
    finder = people_finder(ner, spacy_model)
    _stop_on_sigterm()
    outcome = add_paths(
        open_catalog(db, "create"),
        inputs,
        source=source,
        published=published,
        max_bytes=int(max_size * 1_048_576),
        quiet=quiet,
        people_finder=finder,
        jobs=jobs or os.cpu_count() or 1,
        pattern=pattern,
        as_json=as_json,
        ignore_robots=ignore_robots,
    )
    if as_json:
        from newscat import render

        render.print_json(outcome.to_json())
    if outcome.failed and (strict or not (outcome.added or outcome.present)):
        raise typer.Exit(1)


@app.command(cls=QueryCommand)
@guarded
def timeline(
    words: WordsArgument = None,
    person: PersonOption = None,
    source: SourceOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    tag: TagOption = None,
    author: AuthorOption = None,
    by: Annotated[
        str | None,
        typer.Option("--by", help="day, week, month or year (default: chosen from the span)."),
    ] = None,
    split: Annotated[
        str | None,
        typer.Option("--split", help="One series per 'source' or 'person' (the top --top)."),
    ] = None,
    top: Annotated[int, typer.Option("--top", help="Series shown with --split.", min=1)] = 5,
    share: Annotated[
        bool,
        typer.Option("--share", help="The share of all articles catalogued in each period."),
    ] = False,
    fmt: Annotated[
        str | None, typer.Option("--format", help="chart (default), csv or json.")
    ] = None,
    plot: Annotated[
        Path | None,
        typer.Option(
            "--plot", metavar="FILE", help="Also draw the chart into FILE (.png or .svg)."
        ),
    ] = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Coverage over time: matching articles per day, week, month or year.

    Takes the search language and options of search. --share divides by everything
    catalogued in the period, so that a busier month does not look like more interest.
    Articles without a date are left out.

    Example: newscat timeline khojaly --by year --split source --share
    """
    from newscat import render
    from newscat import timeline as coverage
    from newscat.errors import UsageProblem

    if by is not None and by not in coverage.PERIODS:
        raise UsageProblem(f"--by: choose {', '.join(coverage.PERIODS)}; not {by!r}")
    if split is not None and split not in ("source", "person"):
        raise UsageProblem(f"--split: choose source or person; not {split!r}")
    fmt = "json" if as_json else (fmt or "chart")
    if fmt not in ("chart", "csv", "json"):
        raise UsageProblem(f"--format: choose chart, csv or json; not {fmt!r}")
    query = build_query(words, person, source, since, until, None, tag=tag, author=author)
    period, labels, series, totals = coverage.timeline(
        open_catalog(db), query, by=by, split=split, top=top
    )
    if not labels:
        if fmt == "json":
            render.print_json({"by": period, "share": share, "rows": []})
        render.warn("no dated articles match")
        raise typer.Exit(1)
    rows = coverage.rows(labels, series, totals)
    if plot is not None:
        from newscat.plotting import plot as draw

        asked = " ".join(words or []) or "all articles"
        draw(plot, labels, series, totals, share=share, by=period, caption=f"newscat: {asked}")
    if fmt == "json":
        render.print_json({"by": period, "share": share, "rows": rows})
    elif fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["period", "series", "articles", "share"])
        writer.writerows([r["period"], r["series"], r["articles"], r["share"]] for r in rows)
    else:
        render.out.print(coverage.bars(labels, series, totals, share))
        what = "share of all articles" if share else "articles"
        render.err.print(f"{what} per {period}; undated articles left out", style="dim")


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


@app.command(cls=QueryCommand)
@guarded
def search(
    words: WordsArgument = None,
    person: PersonOption = None,
    source: SourceOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    tag: TagOption = None,
    author: AuthorOption = None,
    limit: ListLimitOption = None,
    show_all: AllOption = False,
    sort: SortOption = None,
    collapse: Annotated[
        bool,
        typer.Option(
            "--collapse-duplicates", help="Show one article per story (near-copies hidden)."
        ),
    ] = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Find articles by words, people, sources, dates and tags. Exits 1 when nothing matches.

    Words are matched in titles and bodies, ranked by relevance, with the matches highlighted.
    Use "quoted phrases", OR, -word or NOT word, word* for a prefix, and fields:
    person:aliyeva source:"News.Az" date:2018-03 date:2018-01..2018-06 tag:culture title:film
    author:doe, and source:none, date:none, tag:none, person:none, author:none for articles
    without one.

    Example: newscat search khojaly person:aliyeva --since 2018-01
    """
    from newscat import listing, render

    fmt = listing.choose_format(fmt, as_json)
    limit = listing.choose_limit(limit, show_all)
    query = build_query(
        words,
        person,
        source,
        since,
        until,
        None if collapse else limit,
        tag=tag,
        sort=sort,
        author=author,
    )
    catalog = open_catalog(db)
    found = catalog.search(query)
    results = found.articles
    if collapse:
        results = _one_per_story(results)[:limit]
    if not results:
        if fmt == "json":
            render.print_json([])
        render.warn("no articles match")
        names = [n for n in (person, *_person_terms(query.words)) if n]
        suggestions = [s for name in names for s in _person_suggestions(catalog, name)]
        if suggestions:
            render.warn("people with similar names: " + ", ".join(dict.fromkeys(suggestions)))
        raise typer.Exit(1)
    note = _count_note(catalog, query, len(results), limit)
    if found.ranked_within:
        window = f"ranked within the {found.ranked_within:,} most recently added matches"
        note = f"{note}; {window}" if note else window
    if fmt == "table" and note is None:
        note = f"{len(results)} article{'s' if len(results) != 1 else ''}"
    listing.emit_rows(
        results,
        fmt,
        listing.ARTICLES,
        render.articles_table,
        note=note,
        json_value=[{k: v for k, v in r.items() if k != "snippet"} for r in results],
    )


def _count_note(catalog: "Catalog", query: "Query", shown: int, limit: int | None) -> str | None:
    """ "20 of 4,595 articles; …" when the limit cut the list."""
    from newscat import listing
    from newscat.catalog import COUNT_CAP

    count = functools.partial(catalog.count_matching, query)
    return listing.limit_note(shown, limit, count, "articles", cap=COUNT_CAP)


def _one_per_story(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    shown: list[dict[str, Any]] = []
    seen: set[int] = set()
    for article in results:
        if article["id"] in seen:
            continue
        seen.add(article["id"])
        seen.update(article.get("near_copies") or [])
        shown.append(article)
    return shown


def _person_terms(words: str | None) -> list[str]:
    import re

    return (
        [m.group(2) or m.group(3) for m in re.finditer(r'person:(?:"([^"]*)"|(\S+))', words or "")]
        if words
        else []
    )


def _person_suggestions(catalog: "Catalog", person: str) -> list[str]:
    import difflib

    from newscat.folding import fold

    names = catalog.person_names()
    by_key: dict[str, str] = {}
    for name in names:
        by_key.setdefault(fold(name), name)
        for part in fold(name).split():
            by_key.setdefault(part, name)
    close = difflib.get_close_matches(fold(person), list(by_key), n=8, cutoff=0.6)
    return list(dict.fromkeys(by_key[c] for c in close))[:5]


@app.command("list")
@guarded
def list_command(
    sort: Annotated[str, typer.Option("--sort", help="published, added or source.")] = "published",
    limit: ListLimitOption = None,
    show_all: AllOption = False,
    tag: TagOption = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """List the catalogue, newest first.

    Example: newscat list --sort added --limit 10
    """
    from newscat import listing, render

    fmt = listing.choose_format(fmt, as_json)
    limit = listing.choose_limit(limit, show_all)
    query = build_query(None, limit=limit, tag=tag, sort=sort)
    catalog = open_catalog(db)
    articles = list(catalog.iter_articles(query))
    note = _count_note(catalog, query, len(articles), limit)
    if fmt == "table" and note is None:
        note = f"{len(articles)} article{'s' if len(articles) != 1 else ''}, by {sort}"
    listing.emit_rows(
        articles,
        fmt,
        listing.ARTICLES,
        render.articles_table,
        note=note,
    )


@app.command()
@guarded
def people(
    source: SourceOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: ListLimitOption = None,
    show_all: AllOption = False,
    suggest_merges: Annotated[
        bool,
        typer.Option(
            "--suggest-merges",
            help="List likely pairs to merge: a surname alone and the one full name with it.",
        ),
    ] = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Everyone in the catalogue, most named first: article count, first and last seen, roles
    over time.

    Example: newscat people --source news.az --since 2018    |    newscat people --suggest-merges
    """
    from newscat import browse, listing, render
    from newscat.dateopts import parse_date_option

    fmt = listing.choose_format(fmt, as_json)
    if suggest_merges:
        from newscat import merging

        pairs = merging.suggest_merges(open_catalog(db))
        listing.emit_rows(pairs, fmt, listing.MERGES, render.merges_table)
        return
    limit = listing.choose_limit(limit, show_all)
    filters = {
        "source": source,
        "since": parse_date_option(since, "--since") if since else None,
        "until": parse_date_option(until, "--until") if until else None,
    }
    catalog = open_catalog(db)
    rows = browse.people(catalog, limit=limit, **filters)
    count = functools.partial(browse.count_people, catalog, **filters)
    note = listing.limit_note(len(rows), limit, count, "people")
    listing.emit_rows(rows, fmt, listing.PEOPLE, render.people_table, note=note)


@app.command()
@guarded
def person(
    words: Annotated[
        list[str],
        typer.Argument(
            metavar="NAME | merge NAME INTO | rename NAME NEW",
            help="A name (whole parts, ron* for a prefix); or merge/rename.",
            show_default=False,
        ),
    ],
    limit: ListLimitOption = None,
    show_all: AllOption = False,
    as_json: JsonOption = False,
    quiet: QuietOption = False,
    db: DbOption = None,
) -> None:
    """One person: their articles, the roles seen for them, who appears with them most. The
    exact full name is chosen first, then the person named in most articles.

    'person merge "Reagan" "Ronald Reagan"' makes every mention of the first one of the second;
    'person rename NAME NEW' changes how a person is written. Both are kept through reindex.

    Example: newscat person aliyeva    |    newscat person merge "Reagan" "Ronald Reagan"
    """
    from newscat import browse, listing, render
    from newscat.errors import NewscatError, UsageProblem

    if words[0] in ("merge", "rename") and len(words) > 1:
        if len(words) != 3:
            raise UsageProblem(f"person {words[0]} takes two names, quoted: {words[0]} NAME NEW")
        from newscat import merging

        catalog = open_catalog(db, "write")
        action = merging.merge if words[0] == "merge" else merging.rename
        done = action(catalog, words[1], words[2])
        if as_json:
            render.print_json(done)
        elif not quiet:
            verb = f"merged into {done['into']!r}" if "into" in done else f"renamed {done['to']!r}"
            first = done.get("merged") or done.get("renamed")
            render.err.print(f"{first!r} {verb}; kept through reindex", markup=False)
        return
    name = " ".join(words)
    catalog = open_catalog(db)
    try:
        found = browse.person(catalog, name, limit=listing.choose_limit(limit, show_all))
    except NewscatError as problem:
        suggestions = _person_suggestions(catalog, name)
        hint = f"; similar names: {', '.join(suggestions)}" if suggestions else ""
        raise NewscatError(f"{problem}{hint}") from None
    emit(found, as_json, render.person_view)


@app.command()
@guarded
def sources(fmt: FormatOption = None, as_json: JsonOption = False, db: DbOption = None) -> None:
    """Outlets with their article counts and date ranges.

    Example: newscat sources --json
    """
    from newscat import browse, listing, render

    rows = browse.sources(open_catalog(db))
    listing.emit_rows(
        rows, listing.choose_format(fmt, as_json), listing.SOURCES, render.sources_table
    )


@app.command()
@guarded
def stats(as_json: JsonOption = False, db: DbOption = None) -> None:
    """Totals, articles per month as a bar chart, top people and sources.

    Example: newscat stats
    """
    from newscat import browse, render

    figures = browse.stats(open_catalog(db))
    emit(figures, as_json, render.stats_view)


def chosen_articles(
    catalog: "Catalog",
    ids: list[int],
    matching: str | None,
    yes: bool,
    verb: str,
    *,
    confirm_ids: bool = False,
) -> list[int]:
    """The articles a writing command acts on: the IDs given, and what --matching finds (the
    same query and answer as search), confirmed on a terminal or by --yes (IDs alone too,
    with confirm_ids)."""
    from newscat import render
    from newscat.catalog import Query
    from newscat.errors import UsageProblem

    for article_id in ids:
        catalog.get(article_id)  # an unknown ID is an error before anything changes
    chosen = list(ids)
    if matching:
        build_query([matching])
        chosen += [a["id"] for a in catalog.iter_articles(Query(words=matching))]
    chosen = sorted(set(chosen))
    if not chosen:
        render.warn(f"no articles match; nothing to {verb}")
        raise typer.Exit(1)
    if (matching or confirm_ids) and not yes:
        count = f"{len(chosen)} article{'s' if len(chosen) != 1 else ''}"
        if not sys.stdin.isatty():
            raise UsageProblem(f"would {verb} {count}: add --yes to confirm")
        if not typer.confirm(f"{verb.capitalize()} {count} ({_ids_text(chosen)})?"):
            render.err.print("cancelled: nothing changed", markup=False)
            raise typer.Exit(1)
    return chosen


@app.command()
@guarded
def edit(
    ids: Annotated[
        list[int] | None, typer.Argument(metavar="[ID]...", help="The articles to correct.")
    ] = None,
    title: Annotated[str | None, typer.Option("--title", help="Set the title.")] = None,
    date: Annotated[
        str | None, typer.Option("--date", help="Set the publication date (YYYY-MM-DD).")
    ] = None,
    source: Annotated[str | None, typer.Option("--source", help="Set the source.")] = None,
    add_person: Annotated[
        list[str] | None,
        typer.Option("--add-person", help="Add a person, as NAME or NAME:ROLE (repeatable)."),
    ] = None,
    remove_person: Annotated[
        list[str] | None, typer.Option("--remove-person", help="Remove a person (repeatable).")
    ] = None,
    set_authors: Annotated[
        list[str] | None,
        typer.Option(
            "--author",
            help="Set the authors: repeat for each, in byline order ('' for none).",
        ),
    ] = None,
    matching: MatchingOption = None,
    yes: YesOption = False,
    as_json: IdsJsonOption = False,
    quiet: QuietOption = False,
    db: DbOption = None,
) -> None:
    """Correct what extraction got wrong; corrections survive reindex and show as set by hand.
    Removals are applied before additions.

    Example: newscat edit 4 --date 2018-03-06 --add-person "Hikmet Hajiyev:assistant to the President"
    """
    from newscat import editing, render
    from newscat.dateopts import parse_date_option
    from newscat.errors import UsageProblem

    published = parse_date_option(date, "--date") if date else None
    additions = [editing.parse_person(p) for p in add_person or []]
    changing = (title is not None, published, source is not None, additions, remove_person)
    if not any(changing) and set_authors is None:
        raise UsageProblem(
            "nothing to change: give --title, --date, --source, --author, --add-person or "
            "--remove-person"
        )
    if not ids and not matching:
        raise UsageProblem("name the articles to edit (IDs) or --matching QUERY")
    catalog = open_catalog(db, "write")
    chosen = chosen_articles(catalog, list(ids or []), matching, yes, "edit")
    if title is not None and len(chosen) > 1:
        raise UsageProblem(f"--title sets one article's title, not {len(chosen)}")
    changed: dict[int, list[str]] = {}
    with catalog.atomic():  # all the articles are changed, or none
        for article_id in chosen:
            changed[article_id] = editing.edit(
                catalog,
                article_id,
                title=title,
                published=published,
                source=source,
                add_people=additions,
                remove_people=remove_person,
                authors=set_authors,
            )
    if as_json:
        render.print_json({"edited": chosen, "changes": changed})
    elif not quiet:
        for article_id, changes in changed.items():
            for change in changes:
                render.out.print(f"#{article_id} {change}", markup=False)


def _tagging(
    words: list[str], matching: str | None, yes: bool, db: str | None, add: bool
) -> tuple[list[int], list[str], int]:
    from newscat import editing
    from newscat.errors import UsageProblem

    ids, tags = editing.split_ids_and_tags(words)
    verb = "tag" if add else "untag"
    if not tags:
        raise UsageProblem(f"name the tags to {'add' if add else 'remove'} after the IDs")
    if not ids and not matching:
        raise UsageProblem(f"name the articles to {verb} (IDs before the tags) or --matching QUERY")
    catalog = open_catalog(db, "write")
    chosen = chosen_articles(catalog, ids, matching, yes, verb)
    return chosen, tags, editing.tag(catalog, chosen, tags, add=add)


TagWordsArgument = Annotated[
    list[str],
    typer.Argument(metavar="[ID]... TAG...", help="Article IDs, then tags.", show_default=False),
]


@app.command()
@guarded
def tag(
    words: TagWordsArgument,
    matching: MatchingOption = None,
    yes: YesOption = False,
    as_json: IdsJsonOption = False,
    quiet: QuietOption = False,
    db: DbOption = None,
) -> None:
    """Tag articles: IDs first, then tags (a tag cannot be only digits).

    Example: newscat tag 4 7 khojaly culture    |    newscat tag --matching "source:reuters" wire --yes
    """
    from newscat import render

    chosen, tags, changed = _tagging(words, matching, yes, db, add=True)
    if as_json:
        render.print_json({"tagged": chosen, "tags": tags, "added": changed})
    elif not quiet:
        render.err.print(
            f"{_ids_text(chosen)}: {changed} tag{'s' if changed != 1 else ''} added", markup=False
        )


@app.command()
@guarded
def untag(
    words: TagWordsArgument,
    matching: MatchingOption = None,
    yes: YesOption = False,
    as_json: IdsJsonOption = False,
    quiet: QuietOption = False,
    db: DbOption = None,
) -> None:
    """Remove tags from articles: IDs first, then tags.

    Example: newscat untag 4 culture
    """
    from newscat import render

    chosen, tags, changed = _tagging(words, matching, yes, db, add=False)
    if as_json:
        render.print_json({"untagged": chosen, "tags": tags, "removed": changed})
    elif not quiet:
        render.err.print(
            f"{_ids_text(chosen)}: {changed} tag{'s' if changed != 1 else ''} removed",
            markup=False,
        )


def _ids_text(ids: list[int]) -> str:
    shown = ", ".join(f"#{i}" for i in ids[:10])
    return shown + (f" and {len(ids) - 10:,} more" if len(ids) > 10 else "")


@app.command()
@guarded
def tags(fmt: FormatOption = None, as_json: JsonOption = False, db: DbOption = None) -> None:
    """Every tag with the number of articles that carry it.

    Example: newscat tags
    """
    from newscat import editing, listing, render

    rows = editing.tag_counts(open_catalog(db))
    listing.emit_rows(rows, listing.choose_format(fmt, as_json), listing.TAGS, render.tags_table)


@app.command()
@guarded
def authors(
    limit: ListLimitOption = None,
    show_all: AllOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """The journalists credited in the catalogue: articles, outlets, first and last dates.

    Example: newscat authors    |    newscat search --author "jane doe"
    """
    from newscat import browse, listing, render

    fmt = listing.choose_format(fmt, as_json)
    limit = listing.choose_limit(limit, show_all)
    catalog = open_catalog(db)
    rows = browse.authors(catalog, limit=limit)
    note = listing.limit_note(len(rows), limit, lambda: browse.count_authors(catalog), "authors")
    listing.emit_rows(rows, fmt, listing.AUTHORS, render.authors_table, note=note)


@app.command()
@guarded
def remove(
    ids: Annotated[
        list[int] | None, typer.Argument(metavar="[ID]...", help="Articles to remove.")
    ] = None,
    matching: MatchingOption = None,
    yes: YesOption = False,
    as_json: IdsJsonOption = False,
    quiet: QuietOption = False,
    db: DbOption = None,
) -> None:
    """Remove articles with their mentions and index entries; people left with no article go too.
    --matching removes exactly what the same search shows.

    Example: newscat remove 12 13    |    newscat remove --matching "source:tabloid" --yes
    """
    from newscat import editing, render
    from newscat.errors import UsageProblem

    if not ids and not matching:
        raise UsageProblem("name the articles to remove (IDs) or --matching QUERY")
    catalog = open_catalog(db, "write")
    chosen = chosen_articles(catalog, list(ids or []), matching, yes, "remove", confirm_ids=True)
    removed = editing.remove(catalog, chosen)
    if as_json:
        render.print_json({"removed": chosen})
    elif not quiet:
        render.err.print(f"removed {removed} article{'s' if removed != 1 else ''}", markup=False)


@app.command()
@guarded
def reindex(
    ids: Annotated[
        list[int] | None, typer.Argument(metavar="[ID]...", help="Articles (default: all).")
    ] = None,
    ner: NerOption = "tagger",
    spacy_model: SpacyModelOption = "en_core_web_sm",
    quiet: QuietOption = False,
    db: DbOption = None,
) -> None:
    """Run extraction again on the stored text (after newscat improves), keeping manual edits.

    Example: newscat reindex    |    newscat reindex 4 7
    """
    from rich.progress import Progress

    from newscat import editing, render

    catalog = open_catalog(db, "write")
    finder = people_finder(ner, spacy_model)
    _stop_on_sigterm()
    total = len(ids) if ids else catalog.count()
    with Progress(
        console=render.err, transient=True, disable=not render.err.is_terminal
    ) as progress:
        task = progress.add_task("reindexing", total=total)
        summary = editing.reindex(
            catalog, ids, people_finder=finder, progress=lambda: progress.advance(task)
        )
    changed = (
        ", ".join(f"{name} in {count}" for name, count in sorted(summary.changed.items()))
        or "nothing"
    )
    if quiet:
        return
    render.err.print(f"reindexed {summary.articles} articles; changed: {changed}", markup=False)
    for example in summary.examples:
        render.out.print(f"  {example}", markup=False)


@app.command(cls=QueryCommand)
@guarded
def export(
    fmt: Annotated[str, typer.Argument(metavar="FORMAT", help="csv, json or jsonl.")],
    words: WordsArgument = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write here instead of stdout.", dir_okay=False),
    ] = None,
    person: PersonOption = None,
    source: SourceOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    tag: TagOption = None,
    author: AuthorOption = None,
    limit: LimitOption = None,
    sort: SortOption = None,
    mentions: Annotated[
        bool,
        typer.Option(
            "--mentions", help="One row per article × person (with role), for network analysis."
        ),
    ] = False,
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
    body: Annotated[bool, typer.Option("--body", help="Include each article's text.")] = False,
    db: DbOption = None,
) -> None:
    """Write the catalogue, or what a search matches, as CSV, JSON or JSON Lines
    (to stdout, or -o FILE; -o - is stdout too).

    Example: newscat export csv person:aliyeva -o aliyeva.csv
    """
    from newscat import render
    from newscat.errors import UsageProblem
    from newscat.export import WRITERS, mention_rows
    from newscat.output import open_output

    writer = WRITERS.get(fmt.lower())
    if writer is None:
        raise UsageProblem(f"unknown export format {fmt!r}; choose one of: {', '.join(WRITERS)}")
    query = build_query(
        words, person, source, since, until, limit, tag=tag, sort=sort, author=author
    )
    catalog = open_catalog(db)
    rows = catalog.iter_articles(query, body=body and not mentions)
    with open_output(output, force=force, newline="" if fmt.lower() == "csv" else None) as handle:
        if mentions:
            count = writer(mention_rows(rows), handle, raw=raw, columns="mentions")
        else:
            count = writer(rows, handle, raw=raw, body=body)
    if output and str(output) != "-":
        what = "rows" if mentions else "articles"
        render.err.print(f"wrote {count} {what} to {output}", markup=False)


@app.command("copy")
@guarded
def copy_command(
    source: Annotated[
        str, typer.Argument(metavar="FROM", help="The catalogue to copy: a file or a URL.")
    ],
    target: Annotated[
        str,
        typer.Argument(metavar="TO", help="Where to copy it: a file or a URL (made when missing)."),
    ],
    matching: Annotated[
        str | None,
        typer.Option(
            "--matching", "-m", metavar="QUERY", help="Only the articles this search matches."
        ),
    ] = None,
    quiet: QuietOption = False,
) -> None:
    """Copy a catalogue between SQLite and PostgreSQL (either way), or the part a search
    matches: as stored, with manual edits, tags and merges. Stopped, it goes on where it
    stopped when run again.

    Example: newscat copy catalogue.db postgresql://newsroom@db.example.org/news
    """
    from rich.progress import Progress

    from newscat import copying, render
    from newscat.errors import UsageProblem

    query = build_query([matching] if matching else None)
    origin = open_catalog(source)
    destination = open_catalog(target, "create")
    if origin.location == destination.location:
        raise UsageProblem("copy a catalogue to another one: FROM and TO are the same")
    _stop_on_sigterm()
    total = copying.count_to_copy(origin, query)
    report = copying.CopyReport()
    try:
        with Progress(
            console=render.err, transient=True, disable=quiet or not render.err.is_terminal
        ) as progress:
            task = progress.add_task("copying", total=total)
            report = copying.copy(
                origin,
                destination,
                query,
                progress=lambda done: progress.update(task, completed=done.copied + done.present),
            )
    except KeyboardInterrupt:
        render.err.print(
            "stopped: what was copied is kept; run the same command again to go on", markup=False
        )
        raise typer.Exit(130) from None
    if not quiet:
        render.err.print(
            f"copied {report.copied} article{'' if report.copied == 1 else 's'} to "
            f"{destination.location}"
            + (f"; {report.present} were there already" if report.present else ""),
            markup=False,
        )


@app.command()
@guarded
def backup(
    target: Annotated[
        Path, typer.Argument(metavar="FILE", help="Where to write the copy.", dir_okay=False)
    ],
    force: Annotated[
        bool, typer.Option("--force", "-f", help="Overwrite an existing FILE.")
    ] = False,
    quiet: QuietOption = False,
    db: DbOption = None,
) -> None:
    """Make a consistent copy of the catalogue, safe while others use it.

    Example: newscat backup ~/newscat-2026-11-24.db
    """
    from newscat import render
    from newscat.maintenance import backup as make_backup

    size = make_backup(open_catalog(db), target, force=force)
    if not quiet:
        render.err.print(f"backed up to {target} ({size / 1_048_576:.1f} MB)", markup=False)


@app.command()
@guarded
def check(
    fix: Annotated[bool, typer.Option("--fix", help="Repair what can be repaired.")] = False,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Check the catalogue: SQLite integrity, the full-text index, orphaned rows.

    Example: newscat check --fix
    """
    from dataclasses import asdict

    from newscat import render
    from newscat.maintenance import check as run_check

    report = run_check(open_catalog(db, "write" if fix else "read"), fix=fix)
    recovered = report.recovery.lines() if report.recovery else []
    if as_json:
        render.print_json(
            {
                "healthy": report.healthy,
                "findings": [asdict(f) for f in report.findings],
                "recovery": recovered,
            }
        )
    else:
        for finding in report.findings:
            state = "ok" if not finding.count else ("fixed" if finding.fixed else "FOUND")
            render.out.print(f"{state:>6}  {finding.what}: {finding.count}", markup=False)
        for line in recovered:
            render.err.print(line, markup=False)
    if not report.healthy:
        if not fix:
            render.err.print(
                "problems found; run newscat check --fix to repair what can be", markup=False
            )
        raise typer.Exit(1)


@app.command()
@guarded
def serve(
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (other machines: 0.0.0.0).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", help="Port to listen on.")] = 8001,
    open_browser: Annotated[
        bool, typer.Option("--open", "-o", help="Open the web view in a browser.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Browse the catalogue in a web browser through Datasette (read-only): search, facets on
    source, month, tags and people, each article's page with its people and roles, and ready
    queries. Needs pip install 'newscat[serve]'. Stop it with Ctrl-C.

    Example: newscat serve --open
    """
    import tempfile

    from newscat import render, web

    web.require_datasette()
    catalogue = open_catalog(db)  # a catalogue of an older schema gets the view it needs
    catalogue.close()
    if catalogue.path is None:
        raise NewscatError(
            f"the web view reads a SQLite catalogue: make one with 'newscat copy "
            f"{catalogue.location} catalogue.db', then 'newscat serve --db catalogue.db'"
        )
    render.err.print(
        f"serving {catalogue.path} at http://{host}:{port}/ (Ctrl-C stops)", markup=False
    )
    with tempfile.TemporaryDirectory(prefix="newscat-serve-") as work:
        code = web.serve(catalogue.path, Path(work), host, port, open_browser)
    if code:
        raise typer.Exit(code)
