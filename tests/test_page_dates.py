"""Dates of page copies: a metadata block's date, a date in a header line below the menus."""

from __future__ import annotations

import pytest

from newscat.extract import extract
from newscat.extract.yearless import copyright_year

LEDE = "The council agreed on Monday to rebuild the harbour wall before the winter storms arrive, officials said.\n"
MENU = "".join(
    f"{item}\n" for item in ("Home", "News", "Sport", "Business", "Opinion", "Culture", "Travel")
)

CASES = [
    # the credit line stands under the standfirst
    (
        "World\n\nHarbour wall to be rebuilt\n\nThe wall is older than the town. Some fear "
        "the work will close the port for a year.\n\nPriya Natarajan · City News · Posted: "
        "Mar 05, 2024 4:00 AM EDT | Last Updated: March 5\n\n" + LEDE,
        "2024-03-05",
        "header-line",
    ),
    ('---\ntitle: Harbour wall\ndate: "2024-10-16"\n---\n' + LEDE, "2024-10-16", "metadata"),
    (
        MENU
        + "\nHarbour wall to be rebuilt\n\nPriya Natarajan · City News · Posted: Aug 08, 2024 4:00 AM EDT\n\n"
        + LEDE,
        "2024-08-08",
        "header-line",
    ),
    (
        MENU + "\nHarbour wall to be rebuilt\nOwen Marsh / TNN / Sep 2, 2024, 17:07 IST\n\n" + LEDE,
        "2024-09-02",
        "header-line",
    ),
    (
        MENU + "\nHarbour wall to be rebuilt\n\n16 November 2017 • 2:15pm\n\n" + LEDE,
        "2017-11-16",
        "header-line",
    ),
    # a reading time beside the date
    (
        "Harbour wall to be rebuilt\n2 min read · Mar 7, 2023\n\n" + LEDE,
        "2023-03-07",
        "header-date",
    ),
    # a US date with a two-digit year alone on its line; a date split over two lines
    ("Harbour wall to be rebuilt\n11/20/19\n\n" + LEDE, "2019-11-20", "header-date"),
    ("Harbour wall to be rebuilt\nUpdated: 11/20/19\n\n" + LEDE, "2019-11-20", "updated-line"),
    ("Harbour wall to be rebuilt\nMarch 7,\n2023\n\n" + LEDE, "2023-03-07", "header-date"),
    # the update first, the publication after it on the same line
    (
        "Harbour wall to be rebuilt\nUpdated March 8, 2023. Published March 7, 2023\n\n" + LEDE,
        "2023-03-07",
        "published-line",
    ),
]


@pytest.mark.parametrize(("text", "date", "rule"), CASES, ids=[c[1] for c in CASES])
def test_dates(text: str, date: str, rule: str) -> None:
    found = extract(text).published
    assert found is not None and (found.value, found.rule) == (date, rule)


def test_a_labelled_short_date_s_evidence_is_the_date_alone() -> None:
    found = extract("Harbour wall to be rebuilt\nPosted on 11/20/19\n\n" + LEDE).published
    assert found is not None and found.value == "2019-11-20"
    assert (found.end - found.start) == len("11/20/19")


def test_a_republished_story_s_note_dates_it_where_nothing_else_does() -> None:
    note = "\nThis article first appeared in the Quay Courier on 3 March 2024.\n"
    found = extract("Harbour wall to be rebuilt\n\n" + LEDE + note).published
    assert found is not None and (found.value, found.rule) == ("2024-03-03", "republished-note")
    # a book's first publication in the body is no note about the story
    book = "\nThe novel, first published in March 1998, sold a million copies.\n"
    assert extract("Harbour wall to be rebuilt\n\n" + LEDE + book).published is None


def test_no_date_from_the_body_below_the_lede() -> None:
    text = (
        "Harbour wall to be rebuilt\n\n"
        + LEDE
        + "\n"
        + "\n".join(["It was built in 1905."] * 8)
        + "\nWork ends on 3 May 2025 at the latest.\n\nMore text here for the page.\n"
    )
    found = extract(text).published
    assert found is None


def test_a_us_date_with_a_two_digit_year_and_a_time() -> None:
    from newscat.extract.dates import find_dates

    assert [d.iso for d in find_dates("By Tess Rowe - 11/19/19 06:56 AM EST")] == ["2019-11-19"]
    assert [d.iso for d in find_dates("Updated 3/4/87 9:15")] == ["1987-03-04"]
    assert find_dates("won 6/4/99 on aggregate") == []  # no time after it: a score, not a date


def test_a_dated_sentence_of_the_body_is_no_header_line() -> None:
    text = (
        "Harbour wall to be rebuilt\n\nThe wall is older than the town. Some fear the work "
        "will close the port for a year.\n\nThe first wall was built on May 3, 1911.\n\n" + LEDE
    )
    assert extract(text).published is None


def test_a_comment_s_date_is_no_date_of_the_story() -> None:
    story = (
        "Ferry fares to rise in April\nBy Dana Kelso\n"
        "Ferry fares will rise by 4 per cent in April, the operator said on Monday.\n"
        "Operations director Tom Vane said fuel costs had doubled since last year, and the "
        "operator had no choice.\n"
        "The operator carries 2 million passengers a year across the harbour.\n"
    )
    comments = "Comments\nGerald Pike\nMarch 4, 2024 at 9:12 am\nToo high.\nReply\n"
    assert extract(story + comments).published is None
    dated = story.replace("By Dana Kelso\n", "By Dana Kelso\nMarch 3, 2024\n")
    found = extract(dated + comments).published
    assert found is not None and found.value == "2024-03-03"


def test_a_byline_s_date_without_its_year_takes_the_copyright_s_year() -> None:
    widget = "".join(f"{line}\n" for line in ("Sign up", "*Invalid email address", "Got it"))
    page = (
        MENU
        + "\nHarbour fund admits breaking its rules, filing shows\n"
        + widget
        + "The mayor poses with the painter in 2007. (Tom Vane)\n"
        + "By Jane Roe November 22 Follow @janeroe\n"
        + LEDE
        + "A spokesman said the forms were filed by the fund's lawyers on Tuesday, and no more.\n"
        + "1996-2016 The Harbour Post\n"
    )
    published = extract(page).published
    assert published is not None
    assert (published.value, published.rule) == ("2016-11-22", "byline-no-year")
    assert page[published.start : published.end] == "November 22"
    # no copyright, no year: a date is not completed from today
    assert extract(page.replace("1996-2016 The Harbour Post\n", "")).published is None
    # a sentence's month and day are no byline's
    sentence = page.replace(
        "By Jane Roe November 22 Follow @janeroe", "Flights resume from November 22"
    )
    assert extract(sentence).published is None
    # nor a day no month has
    assert extract(page.replace("November 22", "February 30")).published is None


def test_a_copyright_s_year_is_its_latest() -> None:
    assert copyright_year("© 2014 Quay Images\nText\n© 2001-2016 Harbour Post. All rights") == 2016
    assert copyright_year("Copyright © 2019, Harbour Post") == 2019
    assert copyright_year("1996-2016 The Harbour Post") == 2016
    assert copyright_year("In 2016 the harbour closed.") is None
