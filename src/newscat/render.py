"""Everything a person sees on a terminal: Rich tables, panels, lines and progress bars."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from typing import Any

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text


def stdout_to_devnull() -> None:
    """The reader of stdout went away (`| head`): what is still written goes nowhere, and no
    'Exception ignored … BrokenPipeError' is printed at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """Rich would exit with status 1 here; newscat goes quiet and lets the command decide
        (add keeps adding; a listing stops with status 0)."""
        self.quiet = True
        stdout_to_devnull()
        raise BrokenPipeError


out = _Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

HIGHLIGHT_STYLE = "bold yellow"


def error(message: str) -> None:
    err.print(Text(f"newscat: {message}"), soft_wrap=True)


def warn(message: str) -> None:
    err.print(Text(f"newscat: {message}", style="yellow"), soft_wrap=True)


def print_json(value: Any) -> None:
    out.print_json(json.dumps(value, ensure_ascii=False)) if out.is_terminal else print(
        json.dumps(value, ensure_ascii=False, indent=2)
    )


def snippet_text(snippet: str) -> Text:
    """FTS5 marks matches with \\x02…\\x03; show them bold (or in [brackets] without colour)."""
    text = Text()
    plain = out.no_color or not out.is_terminal
    for index, part in enumerate(snippet.replace("\x03", "\x02").split("\x02")):
        matched = index % 2 == 1
        if matched and plain:
            text.append(f"[{part}]")
        else:
            text.append(part, style=HIGHLIGHT_STYLE if matched else None)
    return text


def _people_cell(people: list[dict[str, Any]], limit: int = 4) -> str:
    names = [p["name"] for p in people]
    more = f" +{len(names) - limit}" if len(names) > limit else ""
    return ", ".join(names[:limit]) + more


def _title_cell(article: dict[str, Any]) -> Text:
    title = Text(
        article.get("title") or "(no title)",
        style="italic" if article.get("title_derived") else "bold",
    )
    if article.get("snippet"):
        title.append("\n")
        title.append_text(snippet_text(" ".join(article["snippet"].split())))
    return title


# Below these widths a table drops a column rather than squeeze every one into a sliver.
NARROW = 72  # articles: no people column; people: no first/last seen
VERY_NARROW = 50  # articles: no source column either


def articles_table(articles: Iterable[dict[str, Any]], caption: str | None = None) -> Table:
    width = out.size.width
    table = Table(show_lines=False, caption=caption, expand=False, pad_edge=False)
    table.add_column("#", justify="right", style="cyan", no_wrap=True)
    table.add_column("date", no_wrap=True)
    if width >= VERY_NARROW:
        table.add_column("source", style="green", max_width=18)
    table.add_column("title", ratio=3, min_width=30 if width >= NARROW else 12)
    if width >= NARROW:
        table.add_column("people", ratio=2, style="magenta")
    for article in articles:
        cells: list[Any] = [str(article["id"]), article.get("published") or "—"]
        if width >= VERY_NARROW:
            cells.append(article.get("source") or "—")
        cells.append(_title_cell(article))
        if width >= NARROW:
            cells.append(_people_cell(article.get("people") or []))
        table.add_row(*cells)
    return table


def added_line(
    article_id: int,
    created: bool,
    label: str,
    record: Any,
    near: list[int] | None = None,
    *,
    published: str | None = None,
    source: str | None = None,
) -> Text:
    """One line per article on add: what was stored (the --date/--source given, else what
    extraction found), or that it was there already."""
    if not created:
        return Text.assemble(("  = ", "dim"), f"{label}: already catalogued as #{article_id}")
    copies = f"  near-copy of {', '.join(f'#{n}' for n in near)}" if near else ""
    people = len(record.people)
    title = record.title.value if record.title else "(no title)"
    published = published or (record.published.value if record.published else None)
    source = source or (record.source.value if record.source else None)
    return Text.assemble(
        ("  + ", "green"),
        (f"#{article_id} ", "cyan"),
        (published or "no date", ""),
        "  ",
        (source or "no source", "green"),
        "  ",
        (title[:70] + ("…" if len(title) > 70 else ""), "bold"),
        (f"  ({people} {'person' if people == 1 else 'people'})", "dim"),
        (copies, "yellow"),
    )


def failed_line(label: str, reason: str) -> Text:
    return Text.assemble(("  ! ", "red"), f"{label}: {reason}")


def skipped_line(label: str, reason: str) -> Text:
    return Text.assemble(("  - ", "dim"), f"{label}: {reason}")


def add_summary(added: int, present: int, failed: int, skipped: int = 0) -> Text:
    parts = [
        ("added ", ""),
        (f"{added:,}", "bold green"),
        (", already present ", ""),
        (f"{present:,}", "bold"),
    ]
    parts += [(", failed ", ""), (f"{failed:,}", "bold red" if failed else "bold")]
    if skipped:
        parts += [(", passed over ", ""), (f"{skipped:,}", "bold")]
    return Text.assemble(*parts)


def _evidence(evidence: dict[str, Any] | None, body: str) -> str:
    if not evidence:
        return "[dim]not found[/dim]"
    if evidence.get("rule") == "manual":
        return "[dim]set by hand[/dim]"
    quoted = " ".join(body[evidence["start"] : evidence["end"]].split())
    if len(quoted) > 60:
        quoted = quoted[:57] + "…"
    derived = ", derived" if evidence.get("derived") else ""
    return f"[dim]{evidence['rule']}{derived} @{evidence['start']}–{evidence['end']}: “{escape(quoted)}”[/dim]"


def article_panel(article: dict[str, Any]) -> Panel:
    body = article.get("body") or ""
    evidence = article.get("evidence") or {}
    manual = set(article.get("manual") or [])
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold cyan", no_wrap=True)
    grid.add_column()

    def field(label: str, key: str, value: str | None) -> None:
        shown = escape(value) if value else "[dim]—[/dim]"
        how = "[dim]set by hand[/dim]" if key in manual else _evidence(evidence.get(key), body)
        grid.add_row(label, f"{shown}\n{how}")

    title = article.get("title")
    field(
        "title", "title", f"{title} [derived]" if title and article.get("title_derived") else title
    )
    field("published", "published", article.get("published"))
    field("source", "source", article.get("source"))
    people = Table.grid(padding=(0, 1))
    for person in article.get("people") or []:
        role = escape(person["role"]) if person.get("role") else "[dim]no role given[/dim]"
        rule = (person.get("evidence") or {}).get("rule", "")
        rule = "set by hand" if rule == "manual" else rule
        role_rule = (person.get("role_evidence") or {}).get("rule", "")
        role_rule = "set by hand" if role_rule == "manual" else role_rule
        how = f"[dim]{rule}{', role: ' + role_rule if role_rule else ''}[/dim]"
        people.add_row(f"[magenta]{escape(person['name'])}[/magenta]", f"– {role} {how}")
    if article.get("authors"):
        credited = (article.get("evidence") or {}).get("authors") or []
        rules = [
            ("set by hand" if a.get("rule") == "manual" else a.get("rule", "")) for a in credited
        ]
        shown = [
            f"{escape(name)} [dim]{rules[n] if n < len(rules) else ''}[/dim]"
            for n, name in enumerate(article["authors"])
        ]
        grid.add_row("authors", ", ".join(shown))
    grid.add_row("people", people if article.get("people") else "[dim]none found[/dim]")
    grid.add_row("summary", escape(article.get("summary") or "") or "[dim]—[/dim]")
    grid.add_row("words", str(article.get("word_count", 0)))
    if article.get("tags"):
        grid.add_row("tags", escape(", ".join(article["tags"])))
    if article.get("near_copies"):
        grid.add_row("near-copies", ", ".join(f"#{n}" for n in article["near_copies"]))
    grid.add_row("path", escape(article.get("path") or "(stdin)"))
    if article.get("url"):
        grid.add_row("url", escape(article["url"]))
    grid.add_row("added", article.get("added", ""))
    return Panel(grid, title=f"[bold]#{article['id']}[/bold]", title_align="left", expand=False)


def _years(first: str | None, last: str | None) -> str:
    if not first:
        return "undated"
    a, b = first[:4], (last or first)[:4]
    return a if a == b else f"{a}–{b}"


def role_lines(roles: list[dict[str, Any]]) -> str:
    """ "Vice President of the Heydar Aliyev Foundation (2018)", one per line."""
    return "\n".join(f"{r['role']} ({_years(r['first_seen'], r['last_seen'])})" for r in roles)


def people_table(people: list[dict[str, Any]], caption: str | None = None) -> Table:
    wide = out.size.width >= NARROW
    table = Table(pad_edge=False, caption=caption)
    # A long name wraps rather than squeeze the roles into a sliver on an 80-column terminal.
    table.add_column("person", style="magenta", max_width=24)
    table.add_column("articles", justify="right")
    if wide:
        table.add_column("first seen", no_wrap=True)
        table.add_column("last seen", no_wrap=True)
    table.add_column("roles", min_width=20 if wide else 10)
    for person in people:
        cells: list[Any] = [person["name"], f"{person['articles']:,}"]
        if wide:
            cells += [person["first_seen"] or "—", person["last_seen"] or "—"]
        cells.append(Text(role_lines(person["roles"])))
        table.add_row(*cells)
    return table


_SPARKS = " ▁▂▃▄▅▆▇█"


def year_sparkline(years: list[dict[str, Any]]) -> Text:
    """ "2018–2024 ▂█▁ ▄▂▁  peak 2019: 12": articles per year in one line."""
    peak = max(years, key=lambda y: y["articles"])
    top = peak["articles"] or 1
    bars = "".join(_SPARKS[round(8 * y["articles"] / top)] for y in years)
    return Text.assemble(
        f"{years[0]['year']}–{years[-1]['year']} ",
        (bars, "green"),
        (f"  peak {peak['year']}: {peak['articles']}", "dim"),
    )


def person_view(person: dict[str, Any]) -> Group:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold cyan", no_wrap=True)
    grid.add_column()
    grid.add_row("articles", str(person["articles"]))
    grid.add_row("seen", f"{person['first_seen'] or '—'} … {person['last_seen'] or '—'}")
    if len(person.get("by_year") or []) > 1:
        grid.add_row("by year", year_sparkline(person["by_year"]))
    grid.add_row(
        "roles",
        Text(role_lines(person["roles"])) if person["roles"] else Text("none given", style="dim"),
    )
    with_whom = ", ".join(f"{p['name']} ({p['articles']})" for p in person["appears_with"])
    grid.add_row("appears with", Text(with_whom or "no one else", style="" if with_whom else "dim"))
    if person["other_matches"]:
        grid.add_row("also matching", Text(", ".join(person["other_matches"]), style="dim"))
    panel = Panel(
        grid, title=Text(person["name"], style="bold magenta"), title_align="left", expand=False
    )
    shown = len(person["recent_articles"])
    caption = f"{shown} of {person['articles']} articles" if shown < person["articles"] else None
    return Group(panel, articles_table(person["recent_articles"], caption=caption))


def authors_table(authors: list[dict[str, Any]], caption: str | None = None) -> Table:
    wide = out.size.width >= NARROW
    table = Table(pad_edge=False, caption=caption)
    table.add_column("author", style="magenta", max_width=24)
    table.add_column("articles", justify="right")
    table.add_column("sources", style="green")
    if wide:
        table.add_column("first", no_wrap=True)
        table.add_column("last", no_wrap=True)
    for author in authors:
        cells = [author["name"], f"{author['articles']:,}", ", ".join(author["sources"]) or "—"]
        if wide:
            cells += [author["first_seen"] or "—", author["last_seen"] or "—"]
        table.add_row(*cells)
    return table


def merges_table(pairs: list[dict[str, Any]], caption: str | None = None) -> Table:
    table = Table(pad_edge=False, caption=caption or f"{len(pairs)} likely pairs")
    table.add_column("merge", style="magenta")
    table.add_column("into", style="magenta")
    table.add_column("articles", justify="right")
    table.add_column("command", style="dim")
    for pair in pairs:
        table.add_row(
            pair["merge"],
            pair["into"],
            f"{pair['articles']:,} + {pair['into_articles']:,}",
            pair["command"],
        )
    return table


def tags_table(tags: list[dict[str, Any]], caption: str | None = None) -> Table:
    caption = caption or f"{len(tags)} tag{'s' if len(tags) != 1 else ''}"
    table = Table(caption=caption, pad_edge=False)
    table.add_column("tag", style="green")
    table.add_column("articles", justify="right")
    for row in tags:
        table.add_row(row["tag"], f"{row['articles']:,}")
    return table


def sources_table(sources: list[dict[str, Any]], caption: str | None = None) -> Table:
    wide = out.size.width >= VERY_NARROW
    table = Table(pad_edge=False, caption=caption)
    table.add_column("source", style="green")
    table.add_column("articles", justify="right")
    if wide:
        table.add_column("first", no_wrap=True)
        table.add_column("last", no_wrap=True)
    for source in sources:
        cells = [source["source"], f"{source['articles']:,}"]
        if wide:
            cells += [source["first_seen"] or "—", source["last_seen"] or "—"]
        table.add_row(*cells)
    return table


def stats_view(stats: dict[str, Any], width: int = 40) -> Table:
    """Totals, a bar chart of articles per month, and the top people and sources."""
    outer = Table.grid(padding=(1, 0))
    totals = Table.grid(padding=(0, 2))
    totals.add_column(style="bold cyan")
    totals.add_column(justify="right")
    for label, key in (
        ("articles", "articles"),
        ("people", "people"),
        ("sources", "sources"),
        ("mentions", "mentions"),
        ("tags", "tags"),
        ("words", "words"),
        ("undated", "undated"),
        ("without source", "without_source"),
        ("near-copy pairs", "near_copies"),
    ):
        totals.add_row(label, f"{stats[key]:,}")
    span = f"{stats['first_published'] or '—'} … {stats['last_published'] or '—'}"
    totals.add_row("published", span)
    outer.add_row(totals)
    months = stats["per_month"]
    if months:
        chart = Table(title="articles per month", show_header=False, box=None, pad_edge=False)
        chart.add_column(no_wrap=True)
        chart.add_column(no_wrap=True)
        chart.add_column(justify="right")
        biggest = max(m["articles"] for m in months)
        for month in months[-36:]:
            bar = "█" * max(1, round(month["articles"] / biggest * width))
            chart.add_row(month["month"], Text(bar, style="cyan"), str(month["articles"]))
        if len(months) > 36:
            chart.caption = f"last 36 of {len(months)} months"
        outer.add_row(chart)
    tops = Table(show_header=True, box=None, pad_edge=False)
    tops.add_column("top people", style="magenta")
    tops.add_column("", justify="right")
    tops.add_column("top sources", style="green")
    tops.add_column("", justify="right")
    people, sources = stats["top_people"], stats["top_sources"]
    for i in range(max(len(people), len(sources))):
        p = people[i] if i < len(people) else {"name": "", "articles": ""}
        s = sources[i] if i < len(sources) else {"source": "", "articles": ""}
        tops.add_row(p["name"], str(p["articles"]), s["source"], str(s["articles"]))
    outer.add_row(tops)
    return outer
