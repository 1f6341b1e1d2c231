"""A page's furniture in shapes met on sites newscat was not tuned on (benchmarks/other_shapes.py
draws them): a logo's text for the masthead, bylines with a credit word or a job run on, a
writer over the outlet's name, a section's trail of two labels, a date with its time written
out, a cookie box, an owner's copyright, picture credits, a staff list, a short story's
comments. The body is long, so only the header's rules can find what the header holds."""

from __future__ import annotations

import pytest

from newscat.extract import extract

HEADLINE = "Council votes to close the harbour library"
BODY = "\n\n".join(
    ["The council voted on Tuesday to close the library, its leader Tom Vane said. " * 3] * 12
)


def page(*header: str, top: tuple[str, ...] = ("Menu", "Search")) -> str:
    return "\n".join([*top, HEADLINE, *header, "", BODY, "", "Terms of Use | Privacy"]) + "\n"


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a name alone, then the outlet's name, then the date
        (("Dana Kelso", "Harbour Herald", "3 March 2024"), ["Dana Kelso"]),
        # a credit word before "by"
        (("Reporting by Dana Kelso", "3 March 2024"), ["Dana Kelso"]),
        (("3 March 2024", "Reported by: Dana Kelso"), ["Dana Kelso"]),
        # the writer's job run on after the name, then a labelled date
        (("Adaeze Marlow Political Editor", "Last updated: 23 Jan 2024"), ["Adaeze Marlow"]),
        (("Dana Kelso Senior Reporter", "First published 3 March 2024"), ["Dana Kelso"]),
    ],
)
def test_the_header_s_writer_is_credited(header: tuple[str, ...], authors: list[str]) -> None:
    found = extract(page(*header))
    assert [author.value for author in found.authors] == authors
    assert found.title is not None and found.title.value == HEADLINE
    assert authors[0] not in {person.name for person in found.people}


def test_the_outlet_s_staff_in_a_byline_is_the_outlet() -> None:
    found = extract(page("By Dana Kelso, Harbour Herald staff", "3 March 2024"))
    assert found.source is not None and found.source.value == "Harbour Herald"


def test_a_logo_s_text_names_the_outlet_and_is_no_headline() -> None:
    found = extract(page("By Dana Kelso", top=("Harbour Herald logo", "Sign In", "Live TV")))
    assert found.source is not None
    assert (found.source.value, found.source.rule) == ("Harbour Herald", "masthead")
    assert found.title is not None and found.title.value == HEADLINE


def test_a_section_s_trail_of_two_labels_is_no_headline() -> None:
    found = extract(page("Reporting by Dana Kelso", "3 March 2024", top=("News | Arts & Culture",)))
    assert found.title is not None and found.title.value == HEADLINE


def test_a_date_with_its_time_written_out_stands_under_the_headline() -> None:
    top = ("The Harbour Herald", "Podcasts", "Live")
    found = extract(page("April 1, 2024 at 2:34 a.m. ET", "Reporting by Dana Kelso", top=top))
    assert found.title is not None and found.title.value == HEADLINE
    assert found.published is not None and found.published.value.startswith("2024-04-01")


def test_a_cookie_box_s_buttons_are_no_headline() -> None:
    body = "\n\n".join([BODY.split("\n\n")[0]] * 12)
    lines = [
        "We use cookies to improve your experience on our site. By continuing to browse you "
        "agree to our use of cookies.",
        "Accept all",
        "Manage preferences",
        "HARBOUR HERALD",
        "News",
        "Sport",
        "Opinion",
        "POLITICS",
        "Library to close",
        "By Dana Kelso",
        "March 3, 2024 4:05 PM",
        "",
        body,
        "",
        "© 2024 Harbour Herald",
    ]
    found = extract("\n".join(lines) + "\n")
    assert found.title is not None and found.title.value == "Library to close"


@pytest.mark.parametrize("masthead", ["THE KESTREL POST", "Kestrel Post homepage"])
def test_a_company_s_copyright_gives_way_to_the_paper_named_after_it(masthead: str) -> None:
    text = page("By Dana Kelso", "3 March 2024", top=(masthead, "News", "Sport", "Opinion"))
    found = extract(text + "© Copyright 2024 Kestrel Media Ltd\n")
    assert found.source is not None and found.source.value.casefold().endswith("kestrel post")


def test_a_company_s_copyright_stands_where_no_paper_is_named_after_it() -> None:
    text = page("By Dana Kelso", "3 March 2024", top=("Kestrel Account", "News", "Sport"))
    found = extract(text + "© Copyright 2024 Kestrel Media Ltd\n")
    assert found.source is not None and found.source.value == "Kestrel Media"


def _furnished(*lines: str, where: str) -> str:
    """The page with furniture lines in the header (under the date) or under the story."""
    if where == "header":
        return page("By Priya Ostrowski", "March 3, 2024", *lines)
    return page("By Priya Ostrowski", "March 3, 2024") + "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("lines", "where"),
    [
        # a picture's credit with its label, not a person of the story
        (("Photo courtesy of Carla Windham",), "header"),
        (("Photo illustration: Carla Windham for Harbour Herald",), "header"),
        # the site's staff under a story credited above it: no writers of the story
        (("Meet the team", "Rhea Ostrander, Editor", "Mara Quillon, Deputy Editor"), "tail"),
    ],
)
def test_furniture_names_are_neither_people_nor_writers(lines: tuple[str, ...], where: str) -> None:
    found = extract(_furnished(*lines, where=where))
    assert [author.value for author in found.authors] == ["Priya Ostrowski"]
    assert [person.name for person in found.people] == ["Tom Vane"]


def test_the_writer_s_surname_alone_is_the_writer() -> None:
    from newscat.extract import Found, Person, _not_an_author

    people = [Person("Ostrowski", 100, 109, "tagger"), Person("Tom Vane", 30, 38, "full-name")]
    authors = [Found("Priya Ostrowski", 0, 15, "byline")]
    assert [person.name for person in _not_an_author(people, authors)] == ["Tom Vane"]


def test_a_short_story_s_comments_name_no_people() -> None:
    story = (
        "Producer Mara Quillon will not pay for adverts for her film. She said so on Monday. "
        "Critics were surprised. Tom Vane, her partner, agreed."
    )
    lines = ["Harbour Herald", "News", HEADLINE, "By Dana Kelso", "March 3, 2024", "", story]
    lines += ["", "Comments", "Omar Feld · 2 hours ago", "Great piece, thanks.", "Reply"]
    found = extract("\n".join(lines) + "\n")
    assert [person.name for person in found.people] == ["Mara Quillon", "Tom Vane"]


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        # a headline that asks, right over its byline, is no first sentence of the body
        (
            "Will the council close the harbour library?",
            "Will the council close the harbour library?",
        ),
        # the outlet's name after the headline, under the masthead, is cut off
        (f"{HEADLINE} - Harbour Herald", HEADLINE),
        (f"{HEADLINE} | Harbour Herald", HEADLINE),
    ],
)
def test_a_headline_under_the_masthead(headline: str, title: str) -> None:
    lines = ["Harbour Herald", "News", headline, "By Dana Kelso", "March 3, 2024", "", BODY]
    found = extract("\n".join(lines) + "\n")
    assert found.title is not None and found.title.value == title


SHORT = (
    "The council voted on Tuesday to close the library, its leader Tom Vane said. The building "
    "will be sold next year, he added. Residents were angry."
)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the outlet before the date on a header line, split by a slash
        (
            f"Council votes to close library\nHarbour Herald / March 3, 2024\n\n{SHORT}\n",
            "Harbour Herald",
        ),
        # the writer's note names the outlet, "the" and the full stop around it
        (
            f"Library to close\n\n{SHORT}\n\nDana Kelso is a reporter for the Harbour Herald.\n",
            "Harbour Herald",
        ),
        # the outlet that produced the story; the outlet's own box
        (
            f"Library to close\n\n{SHORT}\n\nThis story was produced by the Harbour Herald.\n",
            "Harbour Herald",
        ),
        (
            f"Library to close\n\n{SHORT}\n\nThe Harbour Herald is an independent newspaper.\n",
            "Harbour Herald",
        ),
    ],
)
def test_the_outlet_a_short_text_credits(text: str, source: str) -> None:
    found = extract(text)
    assert found.source is not None and found.source.value.removeprefix("The ") == source


def test_a_distributor_is_not_the_source() -> None:
    text = f"Library to close\n\n{SHORT}\n\nCopyright 2024 The Harbour Herald\n\nVia Quay Syndication\n"
    found = extract(text)
    assert found.source is not None and found.source.value.removeprefix("The ") == "Harbour Herald"


@pytest.mark.parametrize(
    "ticker", [(), ("Port reopens after storm", "Mayor Lena Morrow re-elected")]
)
def test_the_story_s_headline_under_a_ticker_stays_the_headline(ticker: tuple[str, ...]) -> None:
    # its writers' names without "By", then its date, end the ticker's run of headlines; a
    # name as the ticker's first item ("Trending: Jane Roe") is a topic, not a byline
    top = ("Islander Daily", "Sign In", "Weather", "Trending Now", *ticker)
    lines = [*top, HEADLINE, "Priya Ostrowski and Emeka Dunmore", "Published 29 April 2025", ""]
    found = extract("\n".join([*lines, BODY]) + "\n")
    assert found.title is not None and found.title.value == HEADLINE
    assert [author.value for author in found.authors] == ["Priya Ostrowski", "Emeka Dunmore"]


def test_a_trending_name_is_no_byline() -> None:
    lines = [
        "TRENDING:",
        "",
        "Dana Kelso",
        "Impeachment",
        "",
        HEADLINE,
        "",
        "By Tom Vane - 11/19/19",
    ]
    found = extract("\n".join([*lines, "", BODY]) + "\n")
    assert found.title is not None and found.title.value == HEADLINE
    assert "Dana Kelso" not in {person.name for person in found.people}


def test_a_writer_named_between_the_headline_and_the_lede_under_a_date() -> None:
    lines = ["Harbour Herald", "News", "March 3, 2024", HEADLINE, "Dana Kelso", "", BODY]
    found = extract("\n".join(lines) + "\n")
    assert [author.value for author in found.authors] == ["Dana Kelso"]
    assert found.title is not None and found.title.value == HEADLINE
    assert [person.name for person in found.people] == ["Tom Vane"]
