#!/usr/bin/env python3
"""Known stories in made-up page furniture: does extraction still find them?

    python benchmarks/eval_wrapped.py ../shared/corpora/bbc [--count 1000] [--seed 11] [--errors 20]

Each article of a corpus whose texts are a headline and a body (BBC's; Reuters' wire stories,
which keep their own date line and credit) is wrapped in a
page drawn at random from common shapes: masthead and menus, breadcrumbs, a kicker, a byline
and a date in one of many forms, share buttons, a caption with its photo credit, other
stories' headlines (from the same corpus) in "Related" and "Most read" lists, tags and a
footer with the outlet's copyright. The outlets and writers are invented. Scored:

- title: the corpus's gold headline, as score.py folds it;
- date, source, authors: what the wrapper put there;
- people: against those newscat finds in the bare article (the reference is newscat's own
  answer, so this scores what the furniture costs, not the people rules themselves).

The shapes are ours, so a figure here says how robust the rules are to furniture's order and
mix, not how they fare on real pages: that is ../shared/corpora/modern's job.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eval_extract import fold, fold_source, fold_title
from other_shapes import SETS

from newscat.extract import extract

OUTLETS = ["Quay Courier", "The Harbour Gazette", "Dunmere Daily News", "The Varrow Times"]
WRITERS = ["Dana Kelso", "Tom Vane", "Mara Quillon", "Lena Morrow", "Rhea Ostrander"]
SECTIONS = ["News", "World", "Business", "Sport", "Politics", "Culture", "Science", "Opinion"]
MENU = ["Home", *SECTIONS, "Video", "Podcasts", "Subscribe", "Sign in", "Search"]
SHARE = ["Share", "Facebook", "Twitter", "WhatsApp", "Email", "Copy link"]


def date_line(rng: random.Random, day: dt.date) -> str:
    hour, minute = rng.randrange(1, 12), rng.randrange(60)
    return rng.choice(
        [
            day.strftime("%B %-d, %Y"),
            day.strftime(f"Published: %-d %B %Y {hour:02d}:{minute:02d} GMT"),
            day.strftime(f"%a %-d %b %Y {hour:02d}.{minute:02d} GMT"),
            day.strftime(f"Updated %b. %-d, %Y {hour}:{minute:02d} AM EST"),
            day.strftime("Posted on %m/%d/%Y"),  # as the US writes it
            day.strftime("%d/%m/%Y" if day.day > 12 else "%-d %b %Y"),  # day first: unambiguous
            day.isoformat(),
            day.strftime(f"%b. %-d, %Y {hour}:{minute:02d} PM EST"),
            day.strftime(f"%-d %B %Y - {hour:02d}:{minute:02d}"),
            day.strftime("%A, %B %-d, %Y"),
        ]
    )


def byline(rng: random.Random, writers: list[str], outlet: str) -> list[str]:
    names = " and ".join(writers)
    return rng.choice(
        [
            [f"By {names}"],
            [f"By {names}, {outlet}"],
            [f"{names} | {rng.choice(SECTIONS)} Reporter"],
            ["By", names],
            [names],
            [f"By {names.upper()}"],
            [f"Written by {names}"],
            [f"{names}, Staff Writer"] if len(writers) == 1 else [f"By {names}"],
            [f"{names} · {outlet}"],
        ]
    )


PHOTOGRAPHERS = ["Ian Maltby", "Carla Windham"]


def caption(rng: random.Random) -> str:
    shooter = rng.choice(PHOTOGRAPHERS)
    return rng.choice(
        [
            f"The scene on Monday. Photo: {shooter}/Coast Images",
            f"The scene on Monday (Photo: {shooter}/Coast Images)",
            f"The scene on Monday. {shooter}/Coast Images",
            f"The scene on Monday. Picture by {shooter}",
        ]
    )


def comments(rng: random.Random) -> list[str]:
    return [f"{rng.randrange(2, 40)} Comments", "Nell Harrow · 2 hours ago", "Well said.", "Reply"]


def header(rng: random.Random, outlet: str, section: str) -> list[str]:
    menu = rng.sample(MENU, rng.randrange(5, len(MENU)))
    lines = [outlet] if rng.random() < 0.8 else []
    lines += [" | ".join(menu)] if rng.random() < 0.4 else menu
    if rng.random() < 0.5:
        lines.append(f"Home > {section}" if rng.random() < 0.5 else f"{section} / Latest")
    return lines


def teasers(rng: random.Random, others: list[str]) -> list[str]:
    label = rng.choice(["Related stories", "Most read", "More from " + rng.choice(SECTIONS)])
    return [label, *rng.sample(others, 4)]


READ_MORE = ["READ MORE", "Read more", "Related", "ALSO READ", "See also", "Watch"]
ADVERTS = ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement"]


def inside(
    rng: random.Random, body: str, others: list[str], outlet: str, writers: list[str]
) -> str:
    """The body with the furniture a page puts between its paragraphs: adverts, links to
    other stories, a caption with its credit, a sign-up box; and the writer's bio under it
    (where the page has a writer: `writers` empty for a wire story)."""
    paragraphs = body.strip().split("\n\n")
    for _ in range(rng.randrange(1, 4)):
        at = rng.randrange(1, len(paragraphs)) if len(paragraphs) > 1 else 1
        piece = rng.choice(
            [
                [rng.choice(ADVERTS)],
                [f"{rng.choice(READ_MORE)}: {rng.choice(others)}"],
                [caption(rng).replace("The scene on Monday", "Crowds gathered on Tuesday")],
                [
                    f"Get the {outlet.removeprefix('The ')} morning briefing",
                    "Enter your email",
                    "Sign up",
                ],
            ]
        )
        paragraphs[at:at] = ["\n".join(piece)]
    if writers and rng.random() < 0.4:
        writer = writers[0]
        paragraphs.append(
            f"{writer} is a {rng.choice(SECTIONS).lower()} reporter at {outlet.removeprefix('The ')}."
        )
    return "\n\n".join(paragraphs)


def wrap(
    rng: random.Random,
    headline: str,
    body: str,
    others: list[str],
    wire: dict[str, Any],
    furnish: random.Random | None = None,
) -> tuple[str, dict[str, Any]]:
    """The page, and what extraction should find on it. A wire story (`wire`: its gold,
    with a source, as Reuters') keeps its own date line and credit: the page adds
    no byline or date, and its footer's copyright names the site, not the story's source.
    With `furnish`, furniture between the paragraphs too, drawn from that generator (so the
    page around the story is the same with it or without)."""
    outlet, section = rng.choice(OUTLETS), rng.choice(SECTIONS)
    writers = rng.sample(WRITERS, rng.choice([1, 1, 2]))
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
    lines = header(rng, outlet, section)
    stamp = date_line(rng, day)
    dated_above = rng.random() < 0.15
    if rng.random() < 0.4:
        lines.append(section.upper())  # a kicker
    if dated_above and not wire:
        lines.append(stamp)
    lines.append(headline)
    if rng.random() < 0.3:
        lines.append("The decision follows months of debate among those it affects.")  # a dek
    credit = byline(rng, writers, outlet)  # drawn for a wire story too: the same draws follow
    if wire:
        pass  # a wire story's own date line and credit stand in its body
    elif dated_above:
        lines += credit
    else:
        lines += [*credit, stamp] if rng.random() < 0.7 else [stamp, *credit]
    if rng.random() < 0.6:
        lines += SHARE[: rng.randrange(3, len(SHARE) + 1)]
    if rng.random() < 0.5:
        lines.append(caption(rng))
    lines.append("")
    if furnish:
        lines.append(inside(furnish, body, others, outlet, [] if wire else writers))
    else:
        lines.append(body.strip())
    lines.append("")
    if rng.random() < 0.3:
        lines.append(f"Sign up for the {outlet.removeprefix('The ')} newsletter")
    if rng.random() < 0.7:
        lines += teasers(rng, others)
    if rng.random() < 0.5:
        lines.append("Tags: " + ", ".join(rng.sample([s.lower() for s in SECTIONS], 3)))
    if rng.random() < 0.3:
        lines += comments(rng)
    lines += ["About us | Contact | Privacy policy", f"© {day.year} {outlet}. All rights reserved."]
    expected = {"date": day.isoformat(), "source": outlet, "authors": writers}
    if wire:
        expected = {"date": wire["date"] or "", "source": wire["source"], "authors": []}
    return "\n".join(lines) + "\n", expected


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument(
        "--inside", action="store_true", help="furniture between the paragraphs too"
    )
    parser.add_argument(
        "--shapes",
        choices=["common", *SETS],
        default="common",
        help="the page shapes: this file's, or one of other_shapes.py's sets (BBC's stories)",
    )
    parser.add_argument("--show", help="print the made-up page of this article id")
    parser.add_argument("--markdown", type=Path, help="also write the table here (the README's)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    furnish = random.Random(args.seed + 1) if args.inside else None
    golds = [json.loads(line) for line in (args.corpus / "gold.jsonl").open(encoding="utf-8")]
    golds = [gold for gold in golds if gold.get("title")]
    if any(gold.get("source") for gold in golds):  # wire stories: those whose credit is known
        golds = [gold for gold in golds if gold.get("source")]
        if args.shapes != "common":
            parser.error("--shapes other…: stories without a credit of their own (BBC's)")
    headlines = [gold["title"] for gold in golds]
    chosen = rng.sample(golds, min(args.count, len(golds)))
    hits = {"title": 0, "date": 0, "source": 0}
    names = {"authors": [0, 0, 0], "people": [0, 0, 0]}  # tp, fp, fn
    errors: list[str] = []
    for gold in chosen:
        text = (args.corpus / gold["file"]).read_text(encoding="utf-8")
        headline, _, body = text.strip().partition("\n")
        others = [h for h in rng.sample(headlines, 8) if h != gold["title"]]
        wire = gold if gold.get("source") else {}
        if args.shapes == "common":
            page, expected = wrap(rng, headline.strip(), body, others, wire, furnish)
        else:
            page, expected = SETS[args.shapes](rng, headline.strip(), body, others, args.inside)
        found = extract(page)
        if args.show == gold["id"]:
            print(page)
        answers: dict[str, tuple[str, str, Callable[[str], str]]] = {
            "title": (found.title.value if found.title else "", gold["title"], fold_title),
            "date": (found.published.value if found.published else "", expected["date"], str),
            "source": (found.source.value if found.source else "", expected["source"], fold_source),
        }
        for field, (got, want, folding) in answers.items():
            right = folding(str(got)) == folding(str(want))
            hits[field] += right
            if not right:
                errors.append(f"{gold['id']}: {field} {want!r} got {got!r}")
        bare = {fold(p.name) for p in extract(text).people}
        for field, want_names, got_names in (
            (
                "authors",
                {fold(w) for w in expected["authors"]},
                {fold(a.value) for a in found.authors},
            ),
            ("people", bare, {fold(p.name) for p in found.people}),
        ):
            tally = names[field]
            tally[0] += len(want_names & got_names)
            tally[1] += len(got_names - want_names)
            tally[2] += len(want_names - got_names)
            if got_names != want_names:
                errors.append(
                    f"{gold['id']}: {field} missed {sorted(want_names - got_names)} "
                    f"extra {sorted(got_names - want_names)}"
                )
    count = len(chosen)
    cells = [f"{hit / count:.3f}" for hit in hits.values()]
    for tp, fp, fn in names.values():
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        cells.append(f"{precision:.3f} / {recall:.3f}")
    table = [
        f"{count} articles of {args.corpus.name} in made-up pages (`python "
        f"benchmarks/eval_wrapped.py {args.corpus} --count {args.count} --seed {args.seed}"
        + (" --inside" if args.inside else "")
        + (f" --shapes {args.shapes}" if args.shapes != "common" else "")
        + "`):",
        "",
        "| title | date | source | authors P / R | people P / R |",
        "|---|---|---|---|---|",
        "| " + " | ".join(cells) + " |",
    ]
    print("\n".join(table))
    if args.markdown:
        args.markdown.write_text("\n".join(table) + "\n", encoding="utf-8")
    for line in errors[: args.errors]:
        print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
