"""More sets of made-up page shapes for eval_wrapped.py (`--shapes other1|…|other14`),
drawn from furniture that eval_wrapped's own pages do not hold, so that they test what the rules
were not written against when each set was first run:

- other1: "Skip to content", a logo's text, a weather or ticker line, a section's trail of
  two labels; bylines with "Reporting by", a job run on after the name, the writer over the
  outlet's name, "…, Outlet staff"; dates with the time written out or labelled "Last
  updated:"; captions "Image source, …"; "Listen to this article", "Read next", a tips line;
- other2: a cookie box, the day of the visit over the masthead, a kicker ("WATCH:"), bylines
  "Story by … • 3h", "Posted by … on …", handles; photo credits "(Photo by …/…)", "FILE
  PHOTO: … REUTERS/…"; a paywall's prompt, live-blog times; a writer's
  note, related stories with their own bylines and dates, a copyright held by the owner
  company ("© Copyright 2024 Kestrel Media Ltd");
- other3: production and picture credits ("Edited by", "Fact-checked by", "Photo courtesy
  of", "Photo illustration:"), newsletter and podcast promos naming people, "Additional
  reporting by", a writer's note, comments, a staff list.

The outlets and writers are invented. Only stories with no credit of their own (BBC's) are
wrapped: the page's byline, date and outlet are what extraction should find.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

OUTLETS = [
    "The Kestrel Post",
    "Brightwater Chronicle",
    "Northgate Herald",
    "Islander Daily",
    "Vale Street Journal",
    "KQWB News",
]
WRITERS = ["Priya Ostrowski", "Jonas Whitcombe", "Adaeze Marlow", "Ruth Calloway", "Emeka Dunmore"]
SECTIONS = [
    "World",
    "Politics",
    "Business",
    "Sport",
    "Technology",
    "Entertainment & Arts",
    "Health",
]
CAPTION = "Crowds gathered outside on Tuesday"
Page = tuple[str, dict[str, Any]]


def _bare(outlet: str) -> str:
    return outlet.removeprefix("The ")


def _paragraphs_with(rng: random.Random, body: str, pieces: list[list[str]], most: int) -> str:
    """The body with up to `most` - 1 of the pieces put between its paragraphs."""
    paragraphs = body.strip().split("\n\n")
    for _ in range(rng.randrange(1, most)):
        at = rng.randrange(1, len(paragraphs)) if len(paragraphs) > 1 else 1
        paragraphs[at:at] = ["\n".join(rng.choice(pieces))]
    return "\n\n".join(paragraphs)


def first_set(
    rng: random.Random, headline: str, body: str, others: list[str], inside: bool
) -> Page:
    outlet, section = rng.choice(OUTLETS), rng.choice(SECTIONS)
    writers = rng.sample(WRITERS, rng.choice([1, 1, 2]))
    names = " and ".join(writers)
    day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(900))
    hour, minute = rng.randrange(1, 12), rng.randrange(60)
    lines = rng.choice([["Skip to main content"], ["Skip to content"], []])
    lines += rng.choice([[outlet], [outlet.upper()], [f"{outlet} logo"]])
    labels = ["Menu", "Search", "Sign In", "Subscribe Now", "Log in", "Newsletters", "Live TV"]
    lines += rng.sample([*labels, "Weather", "Podcasts", "Puzzles", "Opinion", "Video"], 5)
    if rng.random() < 0.4:
        lines.append(rng.choice(["London 12°C", "Breaking News", "Watch Live", "Trending Now"]))
    if rng.random() < 0.6:
        lines.append(
            rng.choice([f"News › {section}", f"Home / News / {section}", f"News | {section}"])
        )
    if rng.random() < 0.3:
        lines.append(rng.choice(["EXCLUSIVE", "ANALYSIS", "Explainer"]))
    lines.append(headline)
    credit = rng.choice(
        [
            [f"By {names} • 4 min read"],
            [names, "Senior Correspondent"],
            [names, outlet],
            [f"Reporting by {names}"],
            [f"By {names}, {outlet} staff"],
            [f"{names} Political Editor"] if len(writers) == 1 else [f"By {names}"],
            [f"Author: {names}"],
            [f"BY {names.upper()} | {outlet.upper()}"],
        ]
    )
    stamp = rng.choice(
        [
            day.strftime(f"Published %-d %B %Y, {hour}:{minute:02d}pm"),
            day.strftime(f"%B %-d, %Y at {hour}:{minute:02d} a.m. ET"),
            day.strftime("Last updated: %-d %b %Y"),
            day.strftime(f"%d.%m.%Y, {hour:02d}:{minute:02d}"),
            day.strftime(f"Posted: %b %-d, %Y / {hour:02d}:{minute:02d} PM EDT"),
        ]
    )
    lines += [*credit, stamp] if rng.random() < 0.6 else [stamp, *credit]
    if rng.random() < 0.5:
        lines += rng.sample(
            ["Share this article", "Gift this article", "Save", "Print", "Copy link"], 3
        )
    if rng.random() < 0.5:
        lines += ["Image source, Coast Images", f"Image caption, {CAPTION}"]
    pieces = [
        ["Advertisement - Scroll to continue"],
        [f"RECOMMENDED: {rng.choice(others)}"],
        ["Read next", rng.choice(others)],
        ["Listen to this article", "3 min"],
        [f"Download the {_bare(outlet)} app"],
    ]
    lines += ["", _paragraphs_with(rng, body, pieces, 4) if inside else body.strip(), ""]
    if rng.random() < 0.4:
        lines.append(
            f"Have a story tip? Email us at tips@{_bare(outlet).lower().replace(' ', '')}.com"
        )
    lines.append(rng.choice(["Most Viewed", "Editor's Picks", "More on this story"]))
    for other in rng.sample(others, 4):
        lines += [other, f"Tom Vane · {rng.randrange(2, 9)} days ago"]
    lines += ["Terms of Use | Privacy Policy | Cookie Settings", f"© {day.year} {outlet}."]
    return "\n".join(lines) + "\n", {"date": day.isoformat(), "source": outlet, "authors": writers}


def second_set(
    rng: random.Random, headline: str, body: str, others: list[str], inside: bool
) -> Page:
    outlet = rng.choice(OUTLETS)
    writers = rng.sample(WRITERS, rng.choice([1, 1, 2]))
    names = " and ".join(writers)
    day = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(900))
    lines = []
    if rng.random() < 0.4:
        lines += [
            "We use cookies to improve your experience on our site. By continuing to browse you "
            "agree to our use of cookies.",
            "Accept all",
            "Manage preferences",
        ]
    if rng.random() < 0.3:
        lines.append(dt.date(2026, 12, 2).strftime("%A, %B %-d, %Y"))  # the day of the visit
    lines += rng.choice([[outlet.upper()], [outlet], [f"{outlet} homepage"]])
    lines += rng.sample(["News", "Sport", "Business", "Opinion", "Life", "Arts", "Account"], 5)
    lines += [rng.choice(["WATCH:", "OPINION", "LIVE:", "Analysis"]), headline]
    first = writers[0].split()
    credit = rng.choice(
        [
            [f"By {names} | {outlet}"],
            [f"{names} @{first[0].lower()}{first[1][0].lower()}"]
            if len(writers) == 1
            else [f"By {names}"],
            [f"Story by {names} • {rng.randrange(2, 9)}h"],
            [f"Posted by {names} on {day.strftime('%B %-d, %Y')}"],
            [f"By {names.upper()}"],
        ]
    )
    lines += credit
    if not credit[0].startswith("Posted by"):
        lines.append(rng.choice([day.strftime("%B %-d, %Y %-I:%M %p"), day.strftime("%-m/%-d/%Y")]))
    if rng.random() < 0.5:
        lines.append(
            rng.choice(
                [
                    "(Photo by Ian Maltby/Getty Images)",
                    "Ian Maltby / Coast Images via Getty Images",
                    f"FILE PHOTO: {CAPTION}. REUTERS/Ian Maltby",
                ]
            )
        )
    pieces = [
        ["Subscribe to continue reading", "You have 3 free articles left this month"],
        [f"Sign up to The Briefing, our daily newsletter from {_bare(outlet)}"],
        ["10:32 GMT", "Latest update"],
    ]
    lines += ["", _paragraphs_with(rng, body, pieces, 3) if inside else body.strip(), ""]
    lines.append(rng.choice(["Related Articles", "Read More", "Recommended for you"]))
    for other in rng.sample(others, 3):
        earlier = day - dt.timedelta(days=rng.randrange(1, 30))
        lines += [other, f"By Tom Vane {earlier.strftime('%b %-d, %Y')}"]
    lines.append(
        rng.choice(
            [
                f"© Copyright {day.year} {_bare(outlet).split()[0]} Media Ltd",
                f"Copyright {day.year} {outlet}. All Rights Reserved.",
            ]
        )
    )
    return "\n".join(lines) + "\n", {"date": day.isoformat(), "source": outlet, "authors": writers}


def third_set(
    rng: random.Random, headline: str, body: str, others: list[str], inside: bool
) -> Page:
    outlet = rng.choice(OUTLETS)
    writer = rng.choice(WRITERS)
    writers = [writer]
    day = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(1200))
    lines = [outlet, *rng.sample(["News", "Sport", "Business", "Opinion", "Culture"], 4)]
    lines += [headline, f"By {writer}", day.strftime("%B %-d, %Y")]
    if rng.random() < 0.5:
        lines.append(rng.choice(["Fact-checked by Nell Harrow", "Reviewed by Dr. Nell Harrow"]))
    if rng.random() < 0.5:
        lines.append(
            rng.choice(
                [
                    "Illustration by Carla Windham",
                    "Photo courtesy of Carla Windham",
                    f"Photo illustration: Carla Windham for {outlet}",
                ]
            )
        )
    pieces = [
        [f"Sign up for {writer}'s morning briefing"],
        ["Watch: Rhea Ostrander explains what happens next"],
        ["Listen: The Weekly with Rhea Ostrander"],
        [f"Contact the author: {writer.split()[0].lower()}@example.com"],
    ]
    lines += ["", _paragraphs_with(rng, body, pieces, 3) if inside else body.strip(), ""]
    if rng.random() < 0.5:
        lines.append("Additional reporting by Ruth Calloway")
        writers = writers + (["Ruth Calloway"] if writer != "Ruth Calloway" else [])
    if rng.random() < 0.5:
        lines.append(
            f"{writer} is a columnist for {outlet}. The views expressed are the author's own."
        )
    if rng.random() < 0.5:
        lines += ["Comments", "Omar Feld · 2 hours ago", "Great piece, thanks.", "Reply"]
    if rng.random() < 0.5:
        lines += ["Meet the team", "Mara Quillon, Editor", "Lena Morrow, Deputy Editor"]
    lines.append(f"© {day.year} {outlet}")
    return "\n".join(lines) + "\n", {"date": day.isoformat(), "source": outlet, "authors": writers}


def fourth_set(
    rng: random.Random, headline: str, body: str, others: list[str], inside: bool
) -> Page:
    """A blog engine's theme or a regional daily's template: an e-paper and language links,
    a breadcrumb with "»", credits to a desk ("Staff Reporter", "News Desk") or a writer with
    a "Published:" stamp on one line, a "Follow us" or app prompt, "Also Read |" links, a
    reply form, previous and next posts, and a designer's credit in the footer."""
    outlet = rng.choice(OUTLETS)
    day = dt.date(2020, 6, 1) + dt.timedelta(days=rng.randrange(1500))
    hour, minute = rng.randrange(1, 12), rng.randrange(60)
    lines = rng.sample(["e-Paper", "Today's Paper", "English | Français", "Epaper", "Archives"], 2)
    lines.append(dt.date(2026, 12, 2).strftime("%A, %B %-d, %Y"))  # the day of the visit
    lines += [outlet, *rng.sample(["Home", "National", "World", "Business", "Sports",
                                   "Entertainment", "Editorial", "Videos"], 6)]  # fmt: skip
    if rng.random() < 0.5:
        lines.append(f"Home » {rng.choice(['World', 'National', 'Business'])} » {headline}")
    lines.append(headline)
    writer = rng.choice(WRITERS)
    desk = rng.random() < 0.4
    stamp = rng.choice(
        [
            day.strftime(f"Published: {hour:02d}:{minute:02d} PM, %d %b, %Y"),
            day.strftime(f"Updated %d %b, %Y {hour:02d}:{minute:02d}pm"),
            day.strftime(f"Posted On: %Y-%m-%d {hour:02d}:{minute:02d}:00"),
            day.strftime(f"%d %B %Y | {hour:02d}:{minute:02d} PM IST"),
            day.strftime(f"Last Updated: %A, %-d %B %Y, {hour:02d}:{minute:02d} [IST]"),
        ]
    )
    who = rng.choice(["Staff Reporter", "News Desk", "Our Correspondent", "Web Desk"])
    credit = who if desk else writer
    lines += rng.choice(
        [
            [f"By {credit}", stamp],
            [f"{credit} | {stamp}"],
            [f"Posted by {credit}", stamp],
            [stamp, f"By {credit}"],
        ]
    )
    lines += rng.sample(["Facebook", "Twitter", "WhatsApp", "Telegram", "A-", "A+", "Print"], 4)
    pieces = [
        [f"Also Read | {rng.choice(others)}"],
        ["Follow us on Google News"],
        [f"Join our WhatsApp channel for the latest from {_bare(outlet)}"],
        ["Click here to read more"],
    ]
    lines += ["", _paragraphs_with(rng, body, pieces, 4) if inside else body.strip(), ""]
    if rng.random() < 0.5:
        lines.append("Share this:")
        lines += ["Twitter", "Facebook", "Like this:", "Like Loading..."]
    if rng.random() < 0.5:
        lines += ["Previous article", rng.choice(others), "Next article", rng.choice(others)]
    if rng.random() < 0.5:
        lines += ["Leave a Reply Cancel reply",
                  "Your email address will not be published. Required fields are marked *",
                  "Comment", "Name *", "Email *", "Post Comment"]  # fmt: skip
    lines.append(rng.choice(["You may also like", "Latest News", "Related Posts"]))
    lines += rng.sample(others, 3)
    lines.append(rng.choice([f"Copyright © {day.year} {outlet}. All Rights Reserved.",
                             f"© {outlet} {day.year}"]))  # fmt: skip
    lines.append(rng.choice(["Designed & Developed by Lantern Web Studio",
                             "Powered by Tidewater Press Themes"]))  # fmt: skip
    expected = {"date": day.isoformat(), "source": outlet, "authors": [] if desk else [writer]}
    return "\n".join(lines) + "\n", expected


def fifth_set(
    rng: random.Random, headline: str, body: str, others: list[str], inside: bool
) -> Page:
    """A magazine's long read, a local television station's site, a phone's copy of a page:
    a section's name and a standfirst over the headline or under it, "Words by" and "by:"
    credits, "Posted: … / Updated: …" stamps, photographers credited after a caption
    ("Photograph: Name/Outlet"), video teasers, "Continue reading" and "Advertisement"
    breaks, an amendment's note, a tag list, a broadcaster's rights notice held by its owner."""
    outlet = rng.choice(OUTLETS)
    writers = rng.sample(WRITERS, rng.choice([1, 1, 2]))
    names = " and ".join(writers)
    day = dt.date(2019, 3, 1) + dt.timedelta(days=rng.randrange(2000))
    hour, minute = rng.randrange(1, 12), rng.randrange(60)
    photographer = rng.choice(["Ian Maltby", "Carla Windham", "Nell Harrow"])
    kind = rng.choice(["magazine", "station", "phone"])
    if kind == "magazine":
        lines = [outlet, *rng.sample(["News", "Opinion", "Sport", "Culture", "Lifestyle"], 4)]
        lines.append(rng.choice(["The long read", "Features", "Magazine", "Interview"]))
        lines.append(headline)
        lines.append(  # the standfirst
            rng.choice(
                [
                    "After a hard decade of closures and cuts, the town is fighting back, one "
                    "shop at a time",
                    "What the numbers say about the year, and what they leave out, in six charts",
                    "The people behind the story tell it in their own words, from the first day "
                    "to the last",
                ]
            )
        )
        lines += rng.choice(
            [
                [f"Words by {names}", f"Photography by {photographer}"],
                [f"By {names}"],
                [f"Words: {names}"],
            ]
        )
        lines.append(
            rng.choice(
                [
                    day.strftime(f"%a %-d %b %Y {hour:02d}.{minute:02d} GMT"),
                    day.strftime("%-d %B %Y"),
                ]
            )
        )
        lines += rng.sample(["Share on Facebook", "Share on Twitter", "Share via Email"], 2)
        lines.append(f"{CAPTION}. Photograph: {photographer}/{_bare(outlet)}")
    elif kind == "station":
        lines = ["Watch Live", rng.choice(["Weather Alert", "Traffic", "Closings"]), outlet]
        lines += rng.sample(["News", "Weather", "Sports", "Video", "Contests", "Community"], 4)
        lines += [headline, f"by: {names}"]
        lines.append(day.strftime(f"Posted: %b %-d, %Y / {hour:02d}:{minute:02d} PM EST"))
        if rng.random() < 0.6:
            later = day + dt.timedelta(days=rng.choice([0, 1]))
            lines.append(later.strftime(f"Updated: %b %-d, %Y / {hour:02d}:{minute:02d} PM EST"))
        lines += ["SHARE", f"Video: {rng.choice(others)}"]
    else:
        lines = ["Close", "Menu", "Search", outlet, headline, names]
        lines.append(rng.choice([day.strftime("%b %-d, %Y"), day.strftime("%-d %b %Y")]))
        lines.append(rng.choice([f"{rng.randrange(3, 12)} min read", "Listen to article"]))
    pieces = [
        ["Advertisement"],
        ["Continue reading the main story"],
        [f"{CAPTION}. Photograph: {photographer}/Coast Images"],
        [f"Watch: {rng.choice(others)}"],
        ["Story continues below advertisement"],
    ]
    lines += ["", _paragraphs_with(rng, body, pieces, 4) if inside else body.strip(), ""]
    if rng.random() < 0.4:
        amended = day + dt.timedelta(days=2)
        lines.append(amended.strftime("This article was amended on %-d %B %Y to correct a date."))
    if kind == "magazine":
        lines += ["Explore more on these topics", "Harbours", "Local government", "Libraries"]
        lines.append(rng.choice(["Most popular", "Most viewed"]))
        lines += rng.sample(others, 3)
        lines.append(f"© {day.year} {outlet}. All rights reserved.")
    elif kind == "station":
        lines.append(f"For the latest news, weather, sports and video, head to {outlet}.")
        lines.append(
            f"Copyright {day.year} {_bare(outlet).split()[0]} Broadcasting Inc. "
            "All rights reserved. This material may not be published, broadcast, "
            "rewritten, or redistributed."
        )
    else:
        lines += ["More from " + outlet, *rng.sample(others, 2), f"© {outlet} {day.year}"]
    expected = {"date": day.isoformat(), "source": outlet, "authors": writers}
    return "\n".join(lines) + "\n", expected


def sixth_set(
    rng: random.Random, headline: str, body: str, others: list[str], inside: bool
) -> Page:
    """A page printed to PDF and its text copied out, or a newsletter's email forwarded: the
    browser's header on every printed page (the day of printing, the page's title with the
    site's name) and its footer (the address, "1/3"); an email's From, Date, Subject and To
    lines, "View in browser", an unsubscribe footer with the sender's postal address."""
    outlet = rng.choice(OUTLETS)
    writers = rng.sample(WRITERS, rng.choice([1, 1, 2]))
    names = " and ".join(writers)
    day = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(2500))
    hour, minute = rng.randrange(1, 12), rng.randrange(60)
    site = _bare(outlet).lower().replace(" ", "")
    slug = "-".join(headline.lower().split()[:6])
    paragraphs = body.strip().split("\n\n")
    if rng.random() < 0.6:
        printed = dt.date(2026, 11, 30).strftime("%-m/%-d/%y") + f", {hour}:{minute:02d} PM"
        page_title = f"{headline} | {outlet}" if rng.random() < 0.7 else headline
        address = f"https://www.{site}.example/news/{day.year}/{slug}"
        cuts = sorted(rng.sample(range(1, len(paragraphs)), min(2, len(paragraphs) - 1)))
        if not inside:
            cuts = []  # one printed page: the browser's header and footer only around it
        ends = [*cuts, len(paragraphs)]
        pages = [paragraphs[a:b] for a, b in zip([0, *cuts], ends, strict=True)]
        header = [outlet, *rng.sample(["News", "Sport", "Business", "Opinion", "World"], 4)]
        header += [headline, f"By {names}", day.strftime(rng.choice(["%B %-d, %Y", "%d %b %Y"]))]
        lines = [f"{printed} {page_title}", *header, ""]
        for number, page in enumerate(pages, start=1):
            if number > 1:
                lines += [f"{printed} {page_title}", ""]
            lines += ["\n\n".join(page), ""]
            lines.append(f"{address} {number}/{len(pages)}")
    else:
        sender = f"{outlet} <newsletters@{site}.example>"
        sent = day.strftime(f"%a, %-d %b %Y at {hour:02d}:{minute:02d}")
        lines = ["---------- Forwarded message ---------", f"From: {sender}", f"Date: {sent}"]
        lines += [f"Subject: {headline}", "To: <reader@example.org>", "", "View in browser"]
        lines += [_bare(outlet).upper() + " BRIEFING", headline, f"By {names}", ""]
        pieces = [["Advertisement"], [f"Read more: {rng.choice(others)}"]]
        lines += [_paragraphs_with(rng, body, pieces, 3) if inside else body.strip(), ""]
        lines += ["More from today's briefing", *rng.sample(others, 2), ""]
        lines.append(f"You received this email because you signed up for {outlet} newsletters.")
        lines += ["Unsubscribe | Manage preferences",
                  f"{outlet}, 1 Quay Street, Harbour City, HC1 2AB"]  # fmt: skip
    expected = {"date": day.isoformat(), "source": outlet, "authors": writers}
    return "\n".join(lines) + "\n", expected


AGGREGATORS = ["Quayside Now", "Tidewire", "NewsHarbor"]


def seventh_set(
    rng: random.Random, headline: str, body: str, others: list[str], inside: bool
) -> Page:
    """A news aggregator's copy of an outlet's story: the aggregator's own name, menus and
    copyright around it, the outlet credited as the story's provider (its name over or under
    the byline, "© Outlet", "Read the original article on Outlet"), a reading time, the
    aggregator's trending list and "Sponsored" links. The outlet is the story's source."""
    outlet = rng.choice(OUTLETS)
    aggregator = rng.choice(AGGREGATORS)
    writers = rng.sample(WRITERS, rng.choice([1, 1, 2]))
    names = " and ".join(writers)
    day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(2000))
    hour, minute = rng.randrange(1, 12), rng.randrange(60)
    lines = [aggregator, *rng.sample(["Home", "News", "Finance", "Sports", "Weather"], 4)]
    lines += rng.sample(["Sign in", "Mail", "Search the web"], 2)
    stamp = rng.choice(
        [
            day.strftime(f"%a, %B %-d, %Y at {hour}:{minute:02d} PM UTC"),
            day.strftime(f"%B %-d, %Y, {hour}:{minute:02d} AM"),
        ]
    )
    provider = rng.choice([outlet, f"© {outlet}", f"{outlet} logo"])
    layout = rng.choice(["provider over", "provider under", "provider after date"])
    if layout == "provider over":
        lines += [provider, headline, names, stamp]
    elif layout == "provider under":
        lines += [headline, names, provider, stamp]
    else:
        lines += [headline, f"{names} · {stamp}", provider]
    lines.append(f"{rng.randrange(2, 9)} min read")
    pieces = [["Sponsored"], ["Advertisement"], [f"Trending: {rng.choice(others)}"]]
    lines += ["", _paragraphs_with(rng, body, pieces, 3) if inside else body.strip(), ""]
    lines.append(
        rng.choice(
            [
                f"Read the original article on {outlet}",
                f"This article originally appeared on {outlet}.",
                f"Originally published by {outlet}",
            ]
        )
    )
    lines += ["Trending now", *rng.sample(others, 3), "Sponsored Stories"]
    lines += [f"{aggregator} is part of the {aggregator} family of brands.",
              "Terms and Privacy Policy", f"© {day.year} {aggregator}. All rights reserved."]  # fmt: skip
    expected = {"date": day.isoformat(), "source": outlet, "authors": writers}
    return "\n".join(lines) + "\n", expected


def eighth_set(
    rng: random.Random, headline: str, body: str, others: list[str], inside: bool
) -> Page:
    """Templates of English-language sites in South Asia, Africa and South-East Asia: a
    writer and an editor credited on one line ("Written By: … | Edited By: …"), "Reported
    By:", "Curated By:"; "First Published: Jan 03, 2024, 11:20 IST", "Published on Jan 03,
    2024, 11:20 am", "Posted on: 03-01-2024"; a reading time and a view count; "Trending
    Topics:" and "Also Watch" links; "Share on WhatsApp"; a partner's credit under the story."""
    outlet = rng.choice(OUTLETS)
    writer, editor = rng.sample(WRITERS, 2)
    day = dt.date(2019, 6, 1) + dt.timedelta(days=rng.randrange(2200))
    hour, minute = rng.randrange(1, 12), rng.randrange(60)
    lines = [outlet, *rng.sample(["India", "World", "Business", "Sports", "Cities", "Tech"], 4)]
    lines.append("Trending Topics: " + ", ".join(rng.sample(["Budget", "Elections", "Cricket",
                                                          "Monsoon", "Markets"], 3)))  # fmt: skip
    lines.append(headline)
    layout = rng.choice(["written edited", "reported", "by published", "curated"])
    stamp = rng.choice(
        [
            day.strftime(f"First Published: %b %d, %Y, {hour:02d}:{minute:02d} IST"),
            day.strftime(f"Published on %b %d, %Y, {hour}:{minute:02d} am"),
            day.strftime("Posted on: %d-%m-%Y"),
            day.strftime(f"Updated: %B %d, %Y {hour:02d}:{minute:02d} IST"),
        ]
    )
    if layout == "written edited":
        lines.append(f"Written By: {writer} | Edited By: {editor}")
        writers = [writer, editor]
        lines.append(stamp)
    elif layout == "reported":
        lines += [f"Reported By: {writer}", stamp]
        writers = [writer]
    elif layout == "by published":
        lines.append(f"By {writer} | {stamp}")
        writers = [writer]
    else:
        lines += [stamp, f"Curated By: {writer}"]
        writers = [writer]
    lines.append(
        rng.choice([f"{rng.randrange(2, 9)} min read", f"Reads: {rng.randrange(200, 9000):,}"])
    )
    lines += rng.sample(["Share on WhatsApp", "Share on Facebook", "Share on X", "Copy Link"], 3)
    pieces = [
        ["Also Watch", rng.choice(others)],
        ["ADVERTISEMENT"],
        [f"READ | {rng.choice(others)}"],
    ]
    lines += ["", _paragraphs_with(rng, body, pieces, 4) if inside else body.strip(), ""]
    if rng.random() < 0.5:
        lines.append("(With inputs from agencies)")
    lines += ["Tags:", *rng.sample(["budget", "economy", "parliament", "cricket"], 2)]
    lines += ["Top Stories", *rng.sample(others, 3)]
    lines.append(f"Copyright © {day.year} {outlet}. All rights reserved.")
    expected = {"date": day.isoformat(), "source": outlet, "authors": writers}
    return "\n".join(lines) + "\n", expected


def ninth_set(
    rng: random.Random, headline: str, body: str, others: list[str], inside: bool
) -> Page:
    """A paper of record's page: "Skip to site index", "Today's Paper", "Supported by" over
    the headline, an analysis's kicker, "Share full article" and "Listen to this article ·
    5:12 min", bylines of three writers ("By A, B and C") and where each reported from, a
    stamp "Published … Updated …", a photographer's credit "Credit…Name for Outlet", the
    print edition's note under the story (a later date, the headline again) and a site
    index with the owner company's copyright."""
    outlet = rng.choice(OUTLETS)
    writers = rng.sample(WRITERS, rng.choice([1, 2, 3]))
    names = writers[0] if len(writers) == 1 else ", ".join(writers[:-1]) + " and " + writers[-1]
    day = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(3000))
    hour, minute = rng.randrange(1, 12), rng.randrange(60)
    photographer = rng.choice(["Ian Maltby", "Carla Windham", "Nell Harrow"])
    lines = ["Skip to content", "Skip to site index", rng.choice(["Search & Section Navigation",
                                                                  "Section Navigation"])]  # fmt: skip
    lines += [rng.choice(SECTIONS), outlet, "Today's Paper", "Advertisement", "SKIP ADVERTISEMENT"]
    lines.append("Supported by")
    if rng.random() < 0.5:
        lines.append(rng.choice(["News Analysis", "Analysis", "EXCLUSIVE", "The Big Read"]))
    lines.append(headline)
    lines.append("Officials say the plan will change little at first, but its critics expect more.")
    lines += rng.sample(["Share full article", "Gift this article", "Save"], 2)
    if rng.random() < 0.5:
        lines += [f"Listen to this article · {rng.randrange(3, 12)}:{minute:02d} min", "Learn more"]
    lines.append(f"By {names}")
    if len(writers) > 1 and rng.random() < 0.5:
        lines.append(f"{writers[0]} reported from Lagos, and {writers[1]} from London.")
    later = day + dt.timedelta(days=rng.choice([0, 1, 2]))
    lines.append(
        rng.choice(
            [
                day.strftime(
                    f"Published %b. %-d, %Y Updated {later.strftime('%b. %-d, %Y')}, "
                    f"{hour}:{minute:02d} a.m. ET"
                ),
                day.strftime(f"%B %-d, %Y, {hour}:{minute:02d} p.m. ET"),
                day.strftime(f"%b %-d, %Y, {hour}:{minute:02d} PM ET"),
            ]
        )
    )
    lines += [CAPTION + ".", f"Credit...{photographer} for {outlet}"]
    pieces = [
        ["Advertisement", "SKIP ADVERTISEMENT"],
        [f"{CAPTION}.", f"Credit...{photographer} for {outlet}"],
        [f"Read more: {rng.choice(others)}"],
    ]
    lines += ["", _paragraphs_with(rng, body, pieces, 4) if inside else body.strip(), ""]
    lines.append(
        f"{writers[0]} is a correspondent for {outlet}, covering "
        f"{rng.choice(['West Africa', 'the economy', 'climate'])}."
    )
    printed = day + dt.timedelta(days=1)
    lines.append(
        printed.strftime("A version of this article appears in print on %b. %-d, %Y, Section A, ")
        + f"Page {rng.randrange(1, 20)} of the Harbour edition with the headline: {headline}. "
        "Order Reprints | Today’s Paper | Subscribe"
    )
    lines += ["See more on: " + ", ".join(rng.sample(["Harbours", "Elections", "Trade"], 2))]
    lines += ["Related Content", *rng.sample(others, 2), "More in " + rng.choice(SECTIONS)]
    lines += rng.sample(others, 2)
    lines += ["Site Index", "Site Information Navigation",
              f"© {day.year} {_bare(outlet)} Company", "Contact Us", "Accessibility"]  # fmt: skip
    expected = {"date": day.isoformat(), "source": outlet, "authors": writers}
    return "\n".join(lines) + "\n", expected


PUBLICATIONS = ["The Quayline Letter", "Harbour Notes", "Tidewater Dispatch"]


def tenth_set(
    rng: random.Random, headline: str, body: str, others: list[str], inside: bool
) -> Page:
    """A newsletter platform's post and a news site's live page: the publication's name over
    "Subscribe" and "Sign in", the writer's name alone with the date ("Mar 05, 2024"), a
    paid post's mark and its likes and comments counts, "Share this post", "Discussion about
    this post" with readers' comments, the writer's own copyright and the platform's footer;
    or a live page's "LIVE" label, "Key events", entries stamped "2h ago 14.05 GMT" and
    writers credited "(now)" and "(earlier)"."""
    day = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(1800))
    hour, minute = rng.randrange(10, 23), rng.randrange(60)
    if rng.random() < 0.5:
        outlet = rng.choice(PUBLICATIONS)
        writer = rng.choice(WRITERS)
        lines = [outlet, "Subscribe", "Sign in", "Share this post", outlet, "Copy link",
                 "Facebook", "Email", "Notes", "More"]  # fmt: skip
        lines += [headline, "What the week's events mean for the harbour towns"]
        lines += [writer, day.strftime("%b %d, %Y")]
        if rng.random() < 0.5:
            lines.append("∙ Paid")
        lines += [str(rng.randrange(5, 90)), str(rng.randrange(1, 30)), "Share"]
        pieces = [["Subscribe"], ["Share"], ["Leave a comment"]]
        lines += ["", _paragraphs_with(rng, body, pieces, 3) if inside else body.strip(), ""]
        lines += [
            f"Subscribe to {outlet}",
            f"By {writer} · Launched {rng.randrange(2, 6)} years ago",
        ]
        lines += ["Discussion about this post", "Comments", "Restacks"]
        lines += ["Nell Harrow", later_day(day), "Thank you for this.", "Reply", "Share"]
        lines += ["Ready for more?", f"© {day.year + 1} {writer}", "Privacy ∙ Terms ∙ Collection notice",
                  "Start writing", "Get the app", "Quillhouse is the home for great writing"]  # fmt: skip
        expected = {"date": day.isoformat(), "source": outlet, "authors": [writer]}
        return "\n".join(lines) + "\n", expected
    outlet = rng.choice(OUTLETS)
    writers = rng.sample(WRITERS, 2)
    lines = [outlet, *rng.sample(["News", "Opinion", "Sport", "Culture", "Lifestyle"], 4)]
    lines += ["LIVE", f"{headline} – live"]
    lines.append(rng.choice([f"{writers[0]} (now) and {writers[1]} (earlier)",
                             f"{writers[0]} and {writers[1]}"]))  # fmt: skip
    lines.append(day.strftime(f"%a %-d %b %Y {hour:02d}.{minute:02d} GMT"))
    lines += ["Key events", "Show key events only", "Please turn on JavaScript to use this feature"]
    paragraphs = body.strip().split("\n\n")
    for number, paragraph in enumerate(paragraphs):
        ago = len(paragraphs) - number
        stamp_hour = max(0, hour - ago)
        lines += ["", f"{ago}h ago", f"{stamp_hour:02d}.{minute:02d} GMT", "", paragraph]
        if inside and number == 1:
            lines += ["", "Share", "Updated at " + f"{stamp_hour:02d}.{minute:02d} GMT"]
    lines += ["", "Most viewed", *rng.sample(others, 3), f"© {day.year} {outlet}"]
    expected = {"date": day.isoformat(), "source": outlet, "authors": writers}
    return "\n".join(lines) + "\n", expected


def later_day(day: dt.date) -> str:
    return (day + dt.timedelta(days=1)).strftime("%b %d")


STATIONS = ["Quay Public Radio", "Harbourside Radio", "WQKR Radio"]


def eleventh_set(
    rng: random.Random, headline: str, body: str, others: list[str], inside: bool
) -> Page:
    """A blog engine's news post and a radio station's story page: the site's name with its
    tagline ("… — News from the coast"), "Posted on … by …" or "date | writer | Leave a
    comment", "Filed under:"/"Tagged", an editor's note or a correction after the story,
    "Share this:" and "Like this:", an author box ("About the author", the writer's mail),
    the comment form's labels and "Previous Post"/"Next Post"; or "Listen Live", "On Air
    Now" with the presenter's name, "Heard on" the programme, a date glued to its time as
    copies of such pages have it ("March 5, 20245:04 AM ET"), "4-Minute Listen", "Download",
    "Embed", "Transcript", a sponsor's message and a plea to become a member."""
    day = dt.date(2017, 1, 1) + dt.timedelta(days=rng.randrange(3000))
    hour, minute = rng.randrange(1, 12), rng.randrange(60)
    writer = rng.choice(WRITERS)
    if rng.random() < 0.5:
        outlet = rng.choice(OUTLETS)
        lines = [f"{outlet} — {rng.choice(['News from the coast', 'Your town, your news'])}"]
        lines += rng.sample(["Home", "Local", "Politics", "Sport", "Obituaries", "Contact"], 4)
        lines.append(headline)
        lines.append(
            rng.choice(
                [
                    day.strftime(f"Posted on %B %-d, %Y by {writer}"),
                    day.strftime(f"%B %-d, %Y | {writer} | Leave a comment"),
                    day.strftime(f"Posted by {writer} on %d/%m/%Y"),
                ]
            )
        )
        if rng.random() < 0.5:
            lines.append(f"Filed under: {rng.choice(SECTIONS)}")
        pieces = [["Advertisement"], [f"Related: {rng.choice(others)}"], ["[caption]"]]
        lines += ["", _paragraphs_with(rng, body, pieces, 3) if inside else body.strip(), ""]
        lines.append(
            rng.choice(
                [
                    "Editor's note: This story has been updated with the council's reply.",
                    "Correction: An earlier version of this story gave the wrong date of the vote.",
                    "This story was updated at 3:15 p.m.",
                ]
            )
        )
        lines.append(
            "Tagged " + ", ".join(rng.sample(["council", "harbour", "schools", "budget"], 3))
        )
        lines += ["Share this:", "Twitter", "Facebook", "Like this:", "Like Loading..."]
        lines += ["Related", *rng.sample(others, 2)]
        mail = writer.split()[0].lower() + "@" + _bare(outlet).lower().replace(" ", "") + ".example"
        lines += [
            "About the author",
            f"{writer} covers local government and can be reached at {mail}.",
        ]
        lines += ["Leave a Reply Cancel reply",
                  "Your email address will not be published. Required fields are marked *",
                  "Comment *", "Name *", "Email *", "Website", "Post Comment",
                  "Previous Post", rng.choice(others), "Next Post", rng.choice(others)]  # fmt: skip
        lines += [f"Copyright © {day.year} {outlet} | Theme by Quaytheme"]
        expected = {"date": day.isoformat(), "source": outlet, "authors": [writer]}
        return "\n".join(lines) + "\n", expected
    outlet = rng.choice(STATIONS)
    presenter = rng.choice(["Mara Quillon", "Dana Kelso"])
    programme = rng.choice(["Morning Tide", "The Harbour Hour", "Quay Today"])
    lines = [outlet, "Listen Live", f"On Air Now: {programme} with {presenter}", "Donate"]
    lines += rng.sample(["News", "Music", "Podcasts", "Events", "Schedule"], 3)
    lines += [rng.choice(SECTIONS), headline]
    if rng.random() < 0.5:
        lines.append(f"Heard on {programme}")
    stamp = rng.choice(
        [
            day.strftime(f"%B %-d, %Y{hour}:{minute:02d} AM ET"),
            day.strftime(f"%B %-d, %Y {hour}:{minute:02d} AM ET"),
            day.strftime(f"Updated %B %-d, %Y at {hour}:{minute:02d} PM ET"),
        ]
    )
    lines += rng.choice([[writer, stamp], [stamp, writer], [f"By {writer}", stamp]])
    lines += [f"{rng.randrange(2, 9)}-Minute Listen", "Playlist", "Download", "Embed", "Transcript"]
    pieces = [["Sponsor Message"], [f"Listen · {rng.randrange(2, 6)}:{minute:02d}", "Listen"]]
    lines += ["", _paragraphs_with(rng, body, pieces, 3) if inside else body.strip(), ""]
    lines += ["Sponsor Message", "Become a sustaining member today", "Donate"]
    lines += ["More Stories From " + _bare(outlet), *rng.sample(others, 3)]
    lines += [f"© {day.year} {outlet}", "Privacy Policy", "FCC Public Inspection File"]
    expected = {"date": day.isoformat(), "source": outlet, "authors": [writer]}
    return "\n".join(lines) + "\n", expected


def twelfth_set(
    rng: random.Random, headline: str, body: str, others: list[str], inside: bool
) -> Page:
    """A web archive's copy and a news app's reader copy: the archive's toolbar over the page
    (the archived address with the capture's time in it, "… captures", the span of captures,
    the months of its calendar, "Close" and "Help"), the page's own header under it with the
    date written in figures ("2019-04-05 14:32"), a writer over her job ("Jane Roe" /
    "Senior Correspondent"); or the app's "From Outlet" over the headline, the writer alone
    over "Mar 5, 2024 at 2:04 PM", "Open in Outlet", "More from Outlet" and "Report a
    Concern"."""
    outlet = rng.choice(OUTLETS)
    writer = rng.choice(WRITERS)
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3000))
    hour, minute = rng.randrange(1, 12), rng.randrange(60)
    slug = "-".join(headline.lower().split()[:6])
    domain = _bare(outlet).lower().replace(" ", "") + ".example"
    if rng.random() < 0.5:
        captured = day + dt.timedelta(days=rng.randrange(1, 400))
        last = captured + dt.timedelta(days=rng.randrange(30, 900))
        stamp = captured.strftime("%Y%m%d") + f"{hour:02d}{minute:02d}00"
        lines = [
            f"The Wayback Machine - https://web.archive.org/web/{stamp}/https://www.{domain}/news/{slug}"
        ]
        lines += [f"https://www.{domain}/news/{slug}", "Go", f"{rng.randrange(2, 90)} captures"]
        lines += [captured.strftime("%d %b %Y") + " - " + last.strftime("%d %b %Y")]
        months = [(captured + dt.timedelta(days=30 * n)).strftime("%b").upper() for n in (-1, 0, 1)]
        lines += [" ".join(months), str(captured.day), str(captured.year), "Close", "Help"]
        lines += [outlet, *rng.sample(["News", "Sport", "Business", "Opinion", "Weather"], 4)]
        lines += [
            headline,
            writer,
            rng.choice(["Senior Correspondent", "Staff Writer", "Reporter"]),
        ]
        lines.append(day.strftime(rng.choice(["%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M", "%Y-%m-%d"])))
        pieces = [["Advertisement"], [f"Also read: {rng.choice(others)}"]]
        lines += ["", _paragraphs_with(rng, body, pieces, 3) if inside else body.strip(), ""]
        lines += ["Most read", *rng.sample(others, 3)]
        lines += [f"Copyright {day.year} {outlet}. All rights reserved."]
        expected = {"date": day.isoformat(), "source": outlet, "authors": [writer]}
        return "\n".join(lines) + "\n", expected
    lines = [f"From {outlet}", rng.choice(SECTIONS), headline]
    if rng.random() < 0.5:
        lines.append(
            "Officials say the plan will change little at first, but its critics expect more."
        )
    lines += [writer, day.strftime(f"%b %-d, %Y at {hour}:{minute:02d} PM")]
    pieces = [[f"{CAPTION}. Photo: Ian Maltby"], ["Advertisement"]]
    lines += ["", _paragraphs_with(rng, body, pieces, 3) if inside else body.strip(), ""]
    lines += [
        f"Open in {outlet}",
        f"More from {outlet}",
        *rng.sample(others, 2),
        "Report a Concern",
    ]
    expected = {"date": day.isoformat(), "source": outlet, "authors": [writer]}
    return "\n".join(lines) + "\n", expected


def thirteenth_set(
    rng: random.Random, headline: str, body: str, others: list[str], inside: bool
) -> Page:
    """A page's printer-friendly version and a copy a browser translated: "Printer-friendly
    version", "This copy is for your personal, non-commercial use only", a print plugin's
    credit line ("Posted By Jane Roe On March 5, 2024 @ 2:04 pm In Politics | No Comments"),
    "Article printed from Outlet: https://…", "URL to article:", "Click here to print",
    "Close window"; or a translator's bar ("Translated from Spanish", "Show original",
    "Translated by machine"), the outlet's name over the headline in capitals, a byline with
    the writer's city ("By Jane Roe in Lisbon"), the date written "05.03.2024 | 14:32" and
    the original's copyright."""
    outlet = rng.choice(OUTLETS)
    writer = rng.choice(WRITERS)
    day = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange(4000))
    hour, minute = rng.randrange(1, 12), rng.randrange(60)
    domain = _bare(outlet).lower().replace(" ", "") + ".example"
    slug = "-".join(headline.lower().split()[:6])
    if rng.random() < 0.5:
        lines = ["Printer-friendly version", "Click here to print", "Close window"]
        if rng.random() < 0.5:
            lines.append("This copy is for your personal, non-commercial use only.")
        lines += [outlet, headline]
        lines.append(
            rng.choice(
                [
                    day.strftime(f"Posted By {writer} On %B %-d, %Y @ {hour}:{minute:02d} pm")
                    + f" In {rng.choice(SECTIONS)} | No Comments",
                    day.strftime(f"By {writer} | %B %-d, %Y"),
                ]
            )
        )
        pieces = [[f"[Photo: {CAPTION}]"], [f"Related: {rng.choice(others)}"]]
        lines += ["", _paragraphs_with(rng, body, pieces, 3) if inside else body.strip(), ""]
        lines += [f"Article printed from {outlet}: https://www.{domain}"]
        lines += [f"URL to article: https://www.{domain}/{day.year}/{day.month:02d}/{slug}/"]
        lines += [f"Copyright © {day.year} {outlet}. All rights reserved."]
        expected = {"date": day.isoformat(), "source": outlet, "authors": [writer]}
        return "\n".join(lines) + "\n", expected
    language = rng.choice(["Spanish", "Portuguese", "French", "German"])
    lines = [f"Translated from {language}", "Show original", "Options", "Translated by machine"]
    lines += [outlet.upper(), *rng.sample(["News", "Economy", "Sport", "Culture", "Opinion"], 3)]
    lines += [headline, f"By {writer} in {rng.choice(['Lisbon', 'Madrid', 'Lyon', 'Bonn'])}"]
    lines.append(day.strftime(f"%d.%m.%Y | {hour + 8:02d}:{minute:02d}"))
    pieces = [["Advertising"], [f"Read also: {rng.choice(others)}"]]
    lines += ["", _paragraphs_with(rng, body, pieces, 3) if inside else body.strip(), ""]
    lines += ["Topics", ", ".join(rng.sample(["economy", "politics", "sport", "europe"], 2))]
    lines += [f"© {outlet} {day.year}. All rights reserved."]
    expected = {"date": day.isoformat(), "source": outlet, "authors": [writer]}
    return "\n".join(lines) + "\n", expected


def fourteenth_set(
    rng: random.Random, headline: str, body: str, others: list[str], inside: bool
) -> Page:
    """A feed reader's copy and a read-later app's: the reader's own buttons ("Mark as read",
    "Save for later", "Visit Website"), the feed's name, the writer and the date on one line
    joined by dots ("Outlet · Jane Roe · Mar 5, 2024, 2:04 PM"), the feed's own tags; or the
    app's "View Original" under the site's address, "by Jane Roe", a reading time, and its
    "Highlights", "Archive" and "Tags" under the story."""
    outlet = rng.choice(OUTLETS)
    writer = rng.choice(WRITERS)
    day = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(3300))
    hour, minute = rng.randrange(1, 12), rng.randrange(60)
    domain = _bare(outlet).lower().replace(" ", "") + ".example"
    if rng.random() < 0.5:
        lines = ["All articles", "Mark as read", "Save for later", "Visit Website", headline]
        stamp = day.strftime(f"%b %-d, %Y, {hour}:{minute:02d} PM")
        lines.append(
            rng.choice([f"{outlet} · {writer} · {stamp}", f"{outlet} / by {writer} / {stamp}"])
        )
        pieces = [["[Image]"], [f"Read more: {rng.choice(others)}"]]
        lines += ["", _paragraphs_with(rng, body, pieces, 3) if inside else body.strip(), ""]
        lines += ["Visit Website", "Mark as unread", "Share"]
        expected = {"date": day.isoformat(), "source": outlet, "authors": [writer]}
        return "\n".join(lines) + "\n", expected
    lines = [domain, "View Original", headline, f"by {writer}"]
    lines += [day.strftime("%B %-d, %Y"), f"{rng.randrange(3, 15)} min read"]
    pieces = [[CAPTION], ["Advertisement"]]
    lines += ["", _paragraphs_with(rng, body, pieces, 3) if inside else body.strip(), ""]
    lines += [
        "Highlights",
        "Archive",
        "Tags",
        ", ".join(rng.sample(["ferries", "council", "sport"], 2)),
    ]
    # the site's address is all the copy says of the outlet: its name without "The"
    expected = {"date": day.isoformat(), "source": _bare(outlet), "authors": [writer]}
    return "\n".join(lines) + "\n", expected


SETS: dict[str, Callable[[random.Random, str, str, list[str], bool], Page]] = {
    "other1": first_set,
    "other2": second_set,
    "other3": third_set,
    "other4": fourth_set,
    "other5": fifth_set,
    "other6": sixth_set,
    "other7": seventh_set,
    "other8": eighth_set,
    "other9": ninth_set,
    "other10": tenth_set,
    "other11": eleventh_set,
    "other12": twelfth_set,
    "other13": thirteenth_set,
    "other14": fourteenth_set,
}
