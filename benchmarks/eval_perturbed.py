#!/usr/bin/env python3
"""How extraction holds when a page differs from the ones it was tuned on: the modern set's
tune quarters (the held quarter is never touched), each text changed in one way at a time.

    python benchmarks/eval_perturbed.py ../shared/corpora/modern [--errors 5]

- dated furniture: a line with a date of its own (the site's bar with the day of the visit, a
  caption's, other stories', a comment's, the copyright's) at the page's top, under the
  headline, between paragraphs or at the end; counts the tries that lose the story's date.
- copy forms: the same text with Windows line ends, non-breaking spaces, a byte-order mark,
  trailing spaces, doubled blank lines, every line indented; counts the texts whose title,
  date, source, authors or people change.
- titles: an invented furniture line ("5 min read", "Share", "Watch: video of the day", a
  section's label) inserted above or below the headline newscat found right; counts the
  tries that lose the headline.
- authors: a writer's own link ("View author archive", "@handle", "email the author"), a
  button or a caption's credit inserted under the line of the byline newscat found right, or
  a label ("Opinion", "Share") over it; counts the tries that lose or gain a writer.
- people: an invented block naming an invented person (a caption's credit, a "Related" list,
  a writer's box, a contact line, a tag list…) inserted after the headline, between the
  body's paragraphs and at the end; counts the tries where the invented person is taken for
  one of the story's, or a person found before is lost.
- list headings: every "Related", "Most read"… heading renamed to one newscat does not know
  ("Around Our Pages"); counts people gained against gold, or lost.
- fallbacks: the line of the found date (or source) removed, again and again, while the
  answer stays right; counts the chains that end on a wrong answer rather than on none.
- source cues: where that chain ends on no source, one line naming an invented outlet in one
  of the shapes pages give it (a copyright, a masthead, "By Dana Kelso, Kestrel Post", a
  title's suffix, the site's address …) put where pages put it; counts the tries whose
  source is not that outlet.

A change that removes a cue may leave a right answer impossible; a wrong answer where none
was due is what is counted. Rules are never tuned on the held quarter, nor on this script's
invented names (no test or rule names them).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import textwrap
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from eval_extract import HELD_EVERY, accepted, fold_source, fold_title, person_set

from newscat.extract import Extraction, Found, extract
from newscat.extract.text import other_stories_heading
from newscat.reading import Source, read_text

ABOVE_HEADLINE = [
    "EXCLUSIVE",
    "News › Local › Harbour",
    "Local News",
    "Listen to this article",
    "5 min read",
    "Advertisement",
    "Breaking News",
    "Opinion",
    "Share this article",
    "Updated 2 hours ago",
    "Sponsored",
    "WORLD",
    "Politics | Economy",
    "Live updates",
    "Analysis",
    "Watch: video of the day",
    "Home / News / Harbour",
    "Skip to main content",
    "By Dana Kelso",
    "Sign in | Subscribe",
    "LIVE",
    "Most popular",
    "Published: 2 hours ago",
    "Tuesday 4 March 2024 09:12 GMT",
]
BELOW_HEADLINE = [
    "Listen to this article",
    "5 min read",
    "Share",
    "Advertisement",
    "Comments 12",
    "Save article",
    "Gift this article",
    "Photo: Jane Roe",
    "Updated 2 hours ago",
    "By Dana Kelso",
    "Dana Kelso, Harbour Wire",
    "Tuesday 4 March 2024 09:12 GMT",
    "Facebook Twitter Email",
    "Copy link",
    "Print",
    "Font size: A A A",
    "Image: Harbour Wire",
]
# the writer's own links and the article's buttons, under the byline, and labels over it
UNDER_BYLINE = [
    "View author archive",
    "Follow",
    "email the author",
    "@dkelso",
    "Senior Reporter",
    "Get author RSS feed",
    "Updated 2 hours ago",
    "5 min read",
    "Share",
    "Bio",
    "See all stories by this author",
    "Published 2 hours ago",
    "Twitter",
    "Read more from this author",
    "Photo: Jane Roe/Harbour Wire",
    "Listen to this article",
]
OVER_BYLINE = ["Opinion", "Analysis", "Share", "5 min read", "Advertisement"]
# the found headline in the forms pages give it: each form, and the title it should give
HEADLINE_FORMS: dict[str, Callable[[str], tuple[str, str]]] = {
    "in capitals": lambda h: (h.upper(), h.upper()),
    "in title case": lambda h: (h.title(), h.title()),
    "the site's name after a dash": lambda h: (h + " - Kestrel Post", h),
    "the site's name after a bar": lambda h: (h + " | Kestrel Post", h),
    "a full stop after it": lambda h: (h.rstrip(".") + ".", h.rstrip(".") + "."),
    "wrapped over two lines": lambda h: (_wrapped(h), h),
}


def _wrapped(headline: str) -> str:
    """Hard-wrapped as a copy at a fixed width wraps it."""
    return textwrap.fill(headline, WRAP_WIDTH)


WRAP_WIDTH = 60
BYLINE_CHARS = 80
# the byline in the forms pages give it, in place of the found one: the writers each names
BYLINE_FORMS = {
    "By Dana Kelso": ["Dana Kelso"],
    "BY DANA KELSO": ["Dana Kelso"],
    "By Dana Kelso and Tom Vane": ["Dana Kelso", "Tom Vane"],
    "Written by Dana Kelso": ["Dana Kelso"],
    "Story by Dana Kelso": ["Dana Kelso"],
    "Author: Dana Kelso": ["Dana Kelso"],
    "Dana Kelso, Harbour Wire": ["Dana Kelso"],
    "Dana Kelso | Political Editor": ["Dana Kelso"],
    "Dana Kelso / Harbour Wire": ["Dana Kelso"],
    "By Dana Kelso, Political Reporter": ["Dana Kelso"],
    "BY DANA KELSO, HARBOUR WIRE": ["Dana Kelso"],
    "By Dana Kelso • 5 min read": ["Dana Kelso"],
    "By Dana Kelso Published March 6, 2024": ["Dana Kelso"],
    "By Dana Kelso and Tom Vane, Harbour Wire": ["Dana Kelso", "Tom Vane"],
    "Dana Kelso\nPolitical Reporter": ["Dana Kelso"],
    "Dana KelsoThe Harbour Wire": ["Dana Kelso"],
    "Dana Kelso The Harbour Wire": ["Dana Kelso"],
}
INVENTED = "Corin Halloway"
FURNITURE_BLOCKS = {
    "caption with a slash": "Workers repair the quay on Monday. Photo: {n}/Harbour Wire",
    "caption with bars": "Workers repair the quay on Monday. | {n} | Harbour Wire",
    "caption with an agency": "Workers repair the quay on Monday. ({n}/Getty Images)",
    "credit alone": "{n}/Harbour Wire",
    "photo by": "PHOTO BY {N}",
    "watch link": "Watch: {n} on the new ferry rules",
    "also read link": "ALSO READ | {n} wins harbour award",
    "related list": "Related\n{n} wins harbour award\nPort reopens after storm\nFerry fares rise",
    "most read list": "Most read\n1\n{n} wins harbour award\n2\nPort reopens after storm\n3\n"
    "Ferry fares rise again",
    "writer's box": "About the author\n{n} is a reporter covering the harbour and the courts.",
    "contact line": "Contact {n} at challoway@harbourwire.example",
    "follow line": "Follow {n} on X",
    "gallery": "In pictures: {n}'s harbour through the years",
    "tag line": "Tags: {n}, harbour, ferries",
    "topic list": "Topics\n{n}\nHarbour\nFerries",
    "podcast": "Podcast: {n} talks ferries",
    "video": "VIDEO: {n} on the port's future",
    "trending": "Trending\n{n}\nFerry strike\nHarbour wall",
    "read more link": "READ MORE: {n} wins harbour award",
    "bulleted list": "More on this story\n• {n} wins harbour award\n• Port reopens after storm",
    "comment": "Comments\n{n}\n2 hours ago\nGreat story, thanks.",
    "writer's line": "{n} is a senior reporter at Harbour Wire.",
    "contributed": "{n} contributed to this report.",
    "photo by, an agency": "(Photo by {n}/Getty Images)",
    "image source": "Image source, {n}",
    "illustration": "Illustration: {n}",
    "edited by": "Edited by {n}",
    "newsletter": "Sign up for {n}'s weekly newsletter",
    "recommended": "Recommended\n{n}: the harbour master who never sleeps\nPort reopens after storm",
    "opinion link": "Opinion | {n}: Why the ferries matter",
    "more from": "More from {n}",
    "listen": "Listen: The {n} Show",
    "sponsored": "Sponsored: {n} reveals her secret to a calm harbour",
    "also like": "You may also like\n{n} wins harbour award\nThe ferry captain was honoured on "
    "Monday for thirty years of service.",
    "writer's card": "{n}\nSenior Reporter\nharbourwire.example",
    "photograph": "Photograph: {n}",
    "editor's picks": "Editor's Picks\n{n} named harbour master\nFerry fares rise",
    "next article": "Next article: {n} wins harbour award",
    "previous post": "Previous Post\n{n} wins harbour award",
    "breadcrumb": "Home > News > {n} wins harbour award",
    "up next": "UP NEXT\n{n} wins harbour award",
    "comment, says": "{n} says:\nMarch 6, 2024 at 9:14 am\nGreat story, thanks.\nReply",
    "author's archive": "View all posts by {n}",
    "more articles by": "More articles by {n}",
    "latest from": "Latest from {n}",
    "hosted by": "Hosted by {n}",
    "graphics by": "Graphics by {n}",
    "video by": "Video by {n}",
    "fact-checked by": "Fact-checked by {n}",
    "credit": "Credit: {n}",
    "picture via": "Image: {n} via Flickr",
    "columnists": "Columnists\n{n}\nThe ferry that never came\nTom Vane\nWhy the quay matters",
}
# blocks that pages put under the story only: a reader's comment, the writer's line, the
# editor's credit (between the story's paragraphs they would read as its prose)
END_ONLY = frozenset({"comment", "comment, says", "writer's line", "edited by"})
# dated furniture: where it goes (the page's top, under the headline, between paragraphs, the
# end) and what it says
DATED_FURNITURE = {
    "the site's bar": ("top", "Wednesday, March 6, 2024"),
    "the bar with links": ("top", "Login | Subscribe | Wed, Mar 6, 2024"),
    "the weather": ("top", "Quaytown 12°C | March 6, 2024"),
    "an archive's banner": ("top", "This article is more than 3 years old"),
    "an update's time": ("under", "Updated 12:04 PM"),
    "a reading time": ("under", "5 min read"),
    "a caption": ("between", "Workers on the quay on Jan. 5, 2020. Photo: Jane Roe/Harbour Wire"),
    "a file picture": (
        "between",
        "FILE - Workers on the quay, Jan. 5, 2020. (AP Photo/Jane Roe, File)",
    ),
    "other stories": (
        "end",
        "Related\nFerry fares rise again\nMarch 2, 2021\nPort reopens after storm\nFebruary 27, 2021",
    ),
    "a comment": ("end", "Comments\nGerald Pike\nMarch 4, 2024 at 9:12 am\nGreat story."),
    "the copyright": ("end", "© 2025 Harbour Media. All rights reserved."),
    "the page's update": ("end", "Page last updated: March 9, 2025"),
    "the day's date over the menu": ("top", "Today is Wednesday, 6 March 2024"),
    "a market ticker": ("top", "FTSE 100 7,640.33 +0.4% | 06/03/2024 16:35"),
    "a print edition": ("top", "Print edition: March 6, 2024"),
    "a correction": (
        "end",
        "Correction: An earlier version of this story, published Jan. 5, "
        "2020, misspelt the quay's name.",
    ),
    "an event's date": ("between", "The next meeting is on April 2, 2031."),
    "a video's date": ("between", "VIDEO | 2:31 | Jan 5, 2020"),
    "another story's teaser": ("end", "Ferry fares rise again\n05.01.2020"),
    "a newsletter's date": ("end", "Morning Briefing — Thursday, 7 March 2024"),
}
# the same text as other tools and habits copy it
COPY_FORMS: dict[str, Callable[[str], str]] = {
    "Windows line ends": lambda text: text.replace("\n", "\r\n"),
    "non-breaking spaces": lambda text: text.replace(" ", "\u00a0"),
    "a byte-order mark": lambda text: "\ufeff" + text,
    "trailing spaces": lambda text: "\n".join(
        line + "  " if line else line for line in text.split("\n")
    ),
    "blank lines doubled": lambda text: text.replace("\n\n", "\n\n\n"),
    "every line indented": lambda text: "\n".join(
        "    " + line if line.strip() else line for line in text.split("\n")
    ),
}
UNKNOWN_HEADING = "Around Our Pages"
# an invented outlet's cues in the shapes pages give them: where each goes, and what it says;
# tried with a name that holds a word outlets are named with, and with one that holds none
INVENTED_OUTLETS = {
    "source cues": ("Kestrel Post", "kestrelpost.com"),
    "source cues, a name without an outlet's word": ("The Quayline", "thequayline.com"),
}
SOURCE_CUES = {
    "copyright": ("end", "© 2024 {outlet}. All rights reserved."),
    "copyright, the word": ("end", "Copyright 2024 {outlet}"),
    "social line": ("end", "Follow {outlet} on Facebook and X"),
    "newsletter": ("end", "Sign up for the {outlet} newsletter"),
    "first appeared": ("end", "This article originally appeared on {outlet}."),
    "the site's address": ("end", "{domain}"),
    "the app": ("end", "Download the {outlet} app"),
    "masthead": ("top", "{outlet}"),
    "masthead in capitals": ("top", "{OUTLET}"),
    "writer, outlet": ("under", "By Dana Kelso, {outlet}"),
    "writer | outlet": ("under", "Dana Kelso | {outlet}"),
    "the outlet's staff": ("under", "By {outlet} Staff"),
    "title suffix": ("suffix", " - {outlet}"),
    "title suffix, a bar": ("suffix", " | {outlet}"),
    "lede credit": ("lede", "QUAYTOWN ({outlet}) — "),
    "lede name": ("lede", "{outlet} — "),
    "source line": ("end", "Source: {outlet}"),
    "first published": ("end", "This story was first published by {outlet}."),
    "copyright, name first": ("end", "© {outlet} 2024"),
    "copyright, a company": ("end", "Copyright © 2024 {outlet} Ltd. All rights reserved."),
    "masthead with a motto": ("top", "{outlet} | Quaytown's daily news"),
    "the outlet's reporter": ("under", "By {outlet} Reporter"),
    "writer / outlet": ("under", "Dana Kelso / {outlet}"),
    "copyright, years": ("end", "© 2012-2024 {outlet} Media Group. All Rights Reserved."),
    "copyright in capitals": ("end", "COPYRIGHT © 2024 {OUTLET}"),
    "rights first": ("end", "All rights reserved © {outlet} 2024"),
    "more from": ("end", "More from {outlet}"),
    "like us": ("end", "Like {outlet} on Facebook"),
    "about us": ("end", "About {outlet}"),
    "writer for outlet": ("under", "By Dana Kelso for {outlet}"),
    "title suffix, an em dash": ("suffix", " — {outlet}"),
    "the site's address on top": ("top", "www.{domain}"),
    "copyright, the word after the name": ("end", "{outlet} Copyright © 2024"),
    "consent box": ("end", "By signing up, you agree to {outlet}'s Terms of Use."),
    "preferred source": ("end", "Add {outlet} as a preferred source on Google"),
    "disclaimer": ("end", "{outlet} is not responsible for the opinions of contributors."),
    "jobs": ("end", "Jobs at {outlet}"),
    "a messaging channel": ("end", "Join {outlet}'s WhatsApp channel"),
    "support": ("end", "Support {outlet}'s journalism"),
    "follow on one network": ("end", "Follow {outlet} on Instagram"),
    "a staff picture's label": ("under", "The harbour wall on Monday. Photo: {outlet}"),
    "a staff picture's credit": ("under", "The harbour wall on Monday. ({outlet} file photo)"),
    # the outlet speaking of itself in the story, where nothing else on the page names it
    # (not "in an interview with", "seen by": news cites other outlets' scoops so)
    "request for comment": (
        "body",
        "The council did not respond to {outlet}'s request for comment.",
    ),
    "told the outlet": ("body", "A council spokesman told {outlet} the ferry would run again."),
    "has learned": ("body", "{outlet} has learned that the ferry will run again next week."),
    "reached out": ("body", "{outlet} has reached out to the council for comment."),
    # stop 51: a bureau, what reached the outlet, a page's own links and prompts
    "a bureau": ("under", "Quaytown, {outlet} Bureau | Updated: 4 March 2024"),
    "information reaching": (
        "body",
        "Information reaching {outlet} is that the ferry will run again next week.",
    ),
    "advertise": ("end", "Advertise with {outlet}"),
    "log in": ("end", "Log in to {outlet}"),
    "become a member": ("end", "Become a {outlet} member"),
    "thank you for reading": ("end", "Thank you for reading {outlet}."),
    "news tips": ("end", "Send your news tips to {outlet}"),
    "on one network": ("end", "{outlet} on Facebook"),
    "a news prompt's address": ("end", "Get the latest news from {domain} in your inbox."),
}
METADATA_RULES = frozenset({"metadata", "metadata-site", "metadata-title", "export"})
CHAIN = 5  # cues removed in turn, at most


def tune_golds(corpus: Path) -> Iterator[tuple[dict[str, Any], Extraction]]:
    lines = (corpus / "gold.jsonl").read_text("utf-8").splitlines()
    for number, line in enumerate(lines):
        if not line or number % HELD_EVERY == HELD_EVERY - 1:
            continue
        gold = json.loads(line)
        gold["path"] = str(corpus / gold["file"])
        yield gold, extract(read_text(Source(gold["path"])))


def right(gold: dict[str, Any], field: str, found: Found | None) -> bool:
    if found is None:
        return False
    if field == "title":
        return fold_title(found.value) in {fold_title(t) for t in accepted(gold, "title")}
    if field == "source":
        return fold_source(found.value) in {fold_source(t) for t in accepted(gold, "source")}
    return found.value.startswith(gold["date"])


def line_span(text: str, found: Found) -> tuple[int, int]:
    start = text.rfind("\n", 0, found.start) + 1
    end = text.find("\n", found.end)
    return start, len(text) if end < 0 else end


class Tally:
    def __init__(self) -> None:
        self.tries: Counter[str] = Counter()
        self.wrong: Counter[str] = Counter()
        self.examples: dict[str, list[str]] = defaultdict(list)

    def add(self, test: str, wrong: bool, example: str) -> None:
        self.tries[test] += 1
        if wrong:
            self.wrong[test] += 1
            self.examples[test].append(example)


def with_line(text: str, start: int, end: int, extra: str, *, above: bool) -> str:
    """The text with one line put above the line at start or below the one ending at end."""
    if above:
        return text[:start] + extra + "\n" + text[start:]
    return text[:end] + "\n" + extra + text[end:]


def titles(gold: dict[str, Any], record: Extraction, tally: Tally) -> None:
    found = record.title
    if not gold.get("title") or not right(gold, "title", found) or found.rule == "metadata":
        return  # a metadata block states the title: nothing on the page decides it
    assert found is not None
    text = record.text
    start, end = line_span(text, found)
    for where, extras in (("above", ABOVE_HEADLINE), ("below", BELOW_HEADLINE)):
        for extra in extras:
            got = extract(with_line(text, start, end, extra, above=where == "above")).title
            tally.add(
                "titles",
                not right(gold, "title", got),
                f"{gold['id']}: {extra!r} {where} → {got.value if got else None!r}",
            )


def authors(gold: dict[str, Any], record: Extraction, tally: Tally) -> None:
    found = person_set([author.value for author in record.authors])
    if not record.authors or found != person_set(gold.get("authors") or []):
        return
    first = record.authors[0]
    if first.rule == "metadata":
        return  # a metadata block states the writers: nothing on the page decides them
    text = record.text
    start, end = line_span(text, first)
    label = text.rfind("\n", 0, max(0, start - 1)) + 1
    if re.search(r"(?i)\bby\W*$", text[label:start]):
        start = label  # "Article by" over the name: the byline's first line
    for where, extras in (("under", UNDER_BYLINE), ("over", OVER_BYLINE)):
        for extra in extras:
            changed = with_line(text, start, end, extra, above=where == "over")
            got = person_set([author.value for author in extract(changed).authors])
            tally.add(
                "authors",
                got != found,
                f"{gold['id']}: {extra!r} {where} the byline → {sorted(got)}",
            )


def headline_forms(gold: dict[str, Any], record: Extraction, tally: Tally) -> None:
    """The found headline written in another form, as other pages and copies write it."""
    found = record.title
    if not gold.get("title") or not right(gold, "title", found) or found.rule == "metadata":
        return
    assert found is not None
    if found.derived:
        return  # a dataset row: no line of its own
    text = record.text
    if text[found.start : found.end] != found.value or text.count(found.value) > 1:
        return  # the headline again (a sticky bar's, a reader's copy): one place cannot stand
    for label, form in HEADLINE_FORMS.items():
        if label == "wrapped over two lines" and len(found.value) <= WRAP_WIDTH:
            continue
        written, title = form(found.value)
        got = extract(text[: found.start] + written + text[found.end :]).title
        tally.add(
            "headline forms",
            got is None or fold_title(got.value) != fold_title(title),
            f"{gold['id']}: {label} → {got.value[:60] if got else None!r}",
        )


def byline_forms(gold: dict[str, Any], record: Extraction, tally: Tally) -> None:
    """The found byline's line replaced by an invented writer's in another form."""
    found = person_set([author.value for author in record.authors])
    if not record.authors or found != person_set(gold.get("authors") or []):
        return
    first = record.authors[0]
    if first.rule == "metadata" or any(a.rule == "metadata" for a in record.authors):
        return
    text = record.text
    start, end = line_span(text, first)
    line = text[start:end]
    if any(
        author.value not in line or author.value in text[:start] + text[end:]
        for author in record.authors
    ):
        return  # writers on several lines, or named again: one line cannot stand for them
    if len(line) > BYLINE_CHARS:
        return  # a dataset row's byline runs into its story: no line of its own to replace
    for form, writers in BYLINE_FORMS.items():
        got = person_set([a.value for a in extract(text[:start] + form + text[end:]).authors])
        tally.add(
            "byline forms",
            got != person_set(writers),
            f"{gold['id']}: {form!r} for {line[:50]!r} → {sorted(got)}",
        )


def _answers(record: Extraction) -> tuple[object, ...]:
    return (
        record.title.value if record.title else None,
        record.published.value[:10] if record.published else None,
        record.source.value if record.source else None,
        sorted(author.value for author in record.authors),
        person_set([person.name for person in record.people]),
    )


def copy_forms(gold: dict[str, Any], record: Extraction, tally: Tally) -> None:
    text = read_text(Source(gold["path"]))
    answers = _answers(record)
    for label, form in COPY_FORMS.items():
        got = _answers(extract(form(text)))
        changed = [name for name, a, b in zip(_FIELDS, answers, got, strict=True) if a != b]
        tally.add(f"copy form: {label}", bool(changed), f"{gold['id']}: {changed}")


_FIELDS = ("title", "date", "source", "authors", "people")


def dates(gold: dict[str, Any], record: Extraction, tally: Tally) -> None:
    found = record.published
    if not gold.get("date") or not right(gold, "date", found) or found.rule == "metadata":
        return
    text = record.text
    breaks = [at for at in range(len(text)) if text.startswith("\n\n", at)]
    under = None
    if record.title and not record.title.derived:
        under = line_span(text, record.title)[1]
    for label, (where, line) in DATED_FURNITURE.items():
        if where == "top":
            changed = line + "\n" + text
        elif where == "end":
            changed = text.rstrip("\n") + "\n\n" + line + "\n"
        elif where == "between" and len(breaks) > 4:
            at = breaks[len(breaks) // 2] + 2
            changed = text[:at] + line + "\n\n" + text[at:]
        elif where == "under" and under is not None:
            changed = text[:under] + "\n" + line + text[under:]
        else:
            continue
        got = extract(changed).published
        tally.add(
            "dated furniture",
            not right(gold, "date", got),
            f"{gold['id']}: {label} → {got.value if got else None} [{got.rule if got else ''}]",
        )


def people(gold: dict[str, Any], record: Extraction, tally: Tally) -> None:
    if gold.get("people") is None:
        return
    before = person_set([p.name for p in record.people])
    text = record.text
    spots = {"end": len(text)}
    if record.title and not record.title.derived:  # a dataset row's derived title: no line
        spots["after the headline"] = line_span(text, record.title)[1] + 1
    breaks = [at for at in range(len(text)) if text.startswith("\n\n", at)]
    if len(breaks) > 4:
        spots["between paragraphs"] = breaks[len(breaks) // 2] + 2
    invented = {w.lower() for w in INVENTED.split()}
    for label, block in FURNITURE_BLOCKS.items():
        block = block.format(n=INVENTED, N=INVENTED.upper())
        for where, at in spots.items():
            if label in END_ONLY and where != "end":
                continue
            if at >= len(text):
                changed = text.rstrip("\n") + "\n\n" + block + "\n"
            else:
                changed = text[:at] + block + "\n" + text[at:]
            after = person_set([p.name for p in extract(changed).people])
            gained = {n for n in after - before if invented & set(n.split())}
            lost = before - after
            tally.add(
                "people",
                bool(gained or lost),
                f"{gold['id']}: {label} {where}: +{sorted(gained)} -{sorted(lost)}",
            )


def headings(gold: dict[str, Any], record: Extraction, tally: Tally) -> None:
    if gold.get("people") is None:
        return
    lines = record.text.split("\n")
    if not any(line.strip() and other_stories_heading(line) for line in lines):
        return
    renamed = "\n".join(
        UNKNOWN_HEADING if line.strip() and other_stories_heading(line) else line for line in lines
    )
    truth = person_set(gold["people"])
    before = person_set([p.name for p in record.people])
    after = person_set([p.name for p in extract(renamed).people])
    gained, lost = (after - truth) - (before - truth), (truth - after) - (truth - before)
    tally.add(
        "list headings",
        bool(gained or lost),
        lambda: f"{gold['id']}: +{sorted(gained)} -{sorted(lost)}",
    )


def without_cues(
    gold: dict[str, Any], record: Extraction, field: str, attribute: str
) -> tuple[str, Found | None, list[str]]:
    """The text with the found answer's line removed, again and again while the answer stays
    right: the text, what is found then, and the lines removed."""
    text, found, chain = record.text, getattr(record, attribute), []
    for _ in range(CHAIN):
        if found is None or not right(gold, field, found):
            break
        start, end = line_span(text, found)
        chain.append(text[start:end][:60])
        text = text[:start] + text[end + 1 :]
        found = getattr(extract(text), attribute)
    return text, found, chain


def fallbacks(gold: dict[str, Any], record: Extraction, tally: Tally) -> None:
    for field, attribute in (("date", "published"), ("source", "source")):
        if not gold.get(field):
            continue
        _, found, chain = without_cues(gold, record, field, attribute)
        if not chain:
            continue
        wrong = found is not None and not right(gold, field, found)
        tally.add(
            f"{field} fallbacks",
            wrong,
            f"{gold['id']}: without {chain!r} → {found.value if found else None!r} "
            f"[{found.rule if found else ''}]",
        )


def source_cues(gold: dict[str, Any], record: Extraction, tally: Tally) -> None:
    """A page whose own outlet cues are gone, given one invented outlet's cue in one shape."""
    found = record.source
    if not gold.get("source") or found is None or found.rule in METADATA_RULES:
        return
    if record.title is None or record.title.derived:
        return  # a dataset row: one line, no page around it for a cue to stand in
    text, left, chain = without_cues(gold, record, "source", "source")
    if not chain or left is not None:
        return
    title = extract(text).title
    if title is None or title.derived:
        return
    _, headline_end = line_span(text, title)
    for test, (outlet, domain) in INVENTED_OUTLETS.items():
        for label, (where, shape) in SOURCE_CUES.items():
            cue = shape.format(outlet=outlet, OUTLET=outlet.upper(), domain=domain)
            got = _try_source_cue(text, headline_end, where, cue)
            if got is False:
                continue
            tally.add(
                test,
                not isinstance(got, Found) or fold_source(got.value) != fold_source(outlet),
                f"{gold['id']}: {label} → {got.value if isinstance(got, Found) else None!r} "
                f"[{got.rule if isinstance(got, Found) else ''}]",
            )


# the first long paragraph's line: a sentence's, not a metadata block's field
_LEDE = re.compile(r"^(?![\w-]+:)(?=(?:\S+[ \t]+){8})(?=[^\n]*[.!?][\"”’)]?[ \t]*$)", re.MULTILINE)


def _try_source_cue(text: str, headline_end: int, where: str, cue: str) -> Found | bool | None:
    """The source found with the cue put where pages put it (False: no place for it)."""
    if where == "end":
        changed = text.rstrip("\n") + "\n\n" + cue + "\n"
    elif where == "top":
        changed = cue + "\n" + text
    elif where == "suffix":
        changed = text[:headline_end] + cue + text[headline_end:]
    elif where == "lede":  # before the first long paragraph under the headline
        lede = _LEDE.search(text, headline_end)
        if lede is None:
            return False
        at = lede.start()
        changed = text[:at] + cue + text[at:]
    elif where == "body":  # a paragraph of its own after the lede
        lede = _LEDE.search(text, headline_end)
        if lede is None:
            return False
        at = text.find("\n", lede.start())
        at = len(text) if at < 0 else at
        changed = text[:at] + "\n\n" + cue + text[at:]
    else:  # under the headline
        changed = text[:headline_end] + "\n" + cue + text[headline_end:]
    return extract(changed).source


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--errors", type=int, default=0, help="show this many of each test")
    parser.add_argument("--markdown", type=Path, help="also write the table here (the README's)")
    args = parser.parse_args()
    tally = Tally()
    for gold, record in tune_golds(args.corpus):
        tests = (
            titles,
            headline_forms,
            dates,
            authors,
            byline_forms,
            people,
            headings,
            fallbacks,
            source_cues,
            copy_forms,
        )
        for test in tests:
            test(gold, record, tally)
    table = ["| changed | tries | wrong |", "|---|---|---|"]
    table += [f"| {test} | {tries} | {tally.wrong[test]} |" for test, tries in tally.tries.items()]
    print("\n".join(table))
    if args.markdown:
        args.markdown.write_text("\n".join(table) + "\n", encoding="utf-8")
    for test, examples in tally.examples.items():
        for example in examples[: args.errors]:
            print(f"  {test}: {example}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
