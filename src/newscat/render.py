"""Everything a person sees on a terminal: Rich tables, panels, lines and progress bars."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

out = Console(highlight=False, soft_wrap=True)
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


def articles_table(articles: Iterable[dict[str, Any]], *, caption: str | None = None) -> Table:
    table = Table(show_lines=False, caption=caption, expand=False, pad_edge=False)
    table.add_column("#", justify="right", style="cyan", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("source", style="green", max_width=18)
    table.add_column("title", ratio=3, min_width=30)
    table.add_column("people", ratio=2, style="magenta")
    for article in articles:
        table.add_row(
            str(article["id"]),
            article.get("published") or "—",
            article.get("source") or "—",
            _title_cell(article),
            _people_cell(article.get("people") or []),
        )
    return table


def added_line(article_id: int, created: bool, label: str, record: Any) -> Text:
    """One line per article on add: what it found, or that it was there already."""
    if not created:
        return Text.assemble(("  = ", "dim"), f"{label}: already catalogued as #{article_id}")
    people = len(record.people)
    title = record.title.value if record.title else "(no title)"
    return Text.assemble(
        ("  + ", "green"),
        (f"#{article_id} ", "cyan"),
        (record.published.value if record.published else "no date", ""),
        "  ",
        (record.source.value if record.source else "no source", "green"),
        "  ",
        (title[:70] + ("…" if len(title) > 70 else ""), "bold"),
        (f"  ({people} {'person' if people == 1 else 'people'})", "dim"),
    )


def failed_line(label: str, reason: str) -> Text:
    return Text.assemble(("  ! ", "red"), f"{label}: {reason}")


def add_summary(added: int, present: int, failed: int) -> Text:
    parts = [
        ("added ", ""),
        (str(added), "bold green"),
        (", already present ", ""),
        (str(present), "bold"),
    ]
    parts += [(", failed ", ""), (str(failed), "bold red" if failed else "bold")]
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
        role_rule = (person.get("role_evidence") or {}).get("rule", "")
        how = f"[dim]{rule}{', role: ' + role_rule if role_rule else ''}[/dim]"
        people.add_row(f"[magenta]{escape(person['name'])}[/magenta]", f"– {role} {how}")
    grid.add_row("people", people if article.get("people") else "[dim]none found[/dim]")
    grid.add_row("summary", escape(article.get("summary") or "") or "[dim]—[/dim]")
    grid.add_row("words", str(article.get("word_count", 0)))
    grid.add_row("path", escape(article.get("path") or "(stdin)"))
    grid.add_row("added", article.get("added", ""))
    return Panel(grid, title=f"[bold]#{article['id']}[/bold]", title_align="left", expand=False)
