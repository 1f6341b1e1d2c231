"""Date shapes, one at a time: every format find_dates reads, and what it must not read."""

from __future__ import annotations

import pytest

from newscat.extract.dates import find_dates


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2025-03-14", "2025-03-14"),
        ("2025-03-14T09:30:00Z", "2025-03-14"),
        ("Published: 2025-03-14T09:30:00+03:00", "2025-03-14"),
        ("2025/03/14", "2025-03-14"),
        ("2025.03.14", "2025-03-14"),
        ("14.03.2025", "2025-03-14"),
        ("03/14/2025", "2025-03-14"),
        ("14/03/2025", "2025-03-14"),  # no 14th month: day first
        ("Posted on: 16-07-2022", "2022-07-16"),  # dashes: day first
        ("03-01-2024 09:30", "2024-01-03"),
        ("07-16-2022", "2022-07-16"),  # no 16th month: the US reading
        ("03/04/2025", "2025-03-04"),  # both readings work: the US one, as before
        ("14-Mar-2025", "2025-03-14"),
        ("Friday 14th March 2025", "2025-03-14"),
        ("Mar. 14, 2025", "2025-03-14"),
        ("March 14th, 2025", "2025-03-14"),
        ("November 24, 20263:45 PM GMT", "2026-11-24"),
        ("Quay Courier WireApril 28, 2023 GMT", "2023-04-28"),  # a byline glued to its date
        ("le 14 mars 2025", "2025-03-14"),
        ("14 de marzo de 2025", "2025-03-14"),
        ("14 Mart 2025", "2025-03-14"),
        ("24 ноября 2026 года", "2026-11-24"),
        ("14 мар 2025", "2025-03-14"),
        ("1 нояб. 2025", "2025-11-01"),
        ("2025年3月14日", "2025-03-14"),
        ("2025년 3월 14일", "2025-03-14"),
        ("March 2025", "2025-03"),
    ],
)
def test_reads(written: str, iso: str) -> None:
    assert [d.iso for d in find_dates(written)] == [iso]


@pytest.mark.parametrize(
    "written",
    [
        "Nov. 24",
        "31/31/2025",
        "2025-02-30",
        "20250314",
        "in the 1990s",
        "call 555-2025",
        "won 6/4/99 on aggregate",  # a two-digit year inside a sentence, no time: no date
        "to their dismay 5, 2020 and 2021",  # a month's name inside a word is none
        "DISMAY 5, 2020",
    ],
)
def test_no_date(written: str) -> None:
    assert find_dates(written) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a word on the next line is no time zone, read case-blind or not
        ("October 9, 2018 at 9:40 am\nTweet\n", "October 9, 2018 at 9:40 am"),
        ("19-Nov-2019 10:00\nTweet", "19-Nov-2019 10:00"),
        ("20 Nov 2019 10:00 amid the storm", "20 Nov 2019 10:00"),
        ("Nov. 20, 2019 5:52 a.m. EST, by", "Nov. 20, 2019 5:52 a.m. EST"),
        ("Sat 24 Feb 2024 12.42 CET", "Sat 24 Feb 2024 12.42 CET"),
    ],
)
def test_a_date_s_span_ends_with_its_time_on_its_line(text: str, span: str) -> None:
    (found,) = find_dates(text)
    assert text[found.start : found.end] == span


@pytest.mark.parametrize(
    "line",
    [
        "2019-11-19 | 4:20am | Updated 2019-11-19 | 9:32pm",
        "19.11.2019 | 4:20am | Updated 19.11.2019 | 9:32pm",
    ],
)
def test_a_date_line_in_figures_with_bars_is_no_menu(line: str) -> None:
    text = f"{line}\n\nCouncil agrees budget\n\nThe council met on Monday, officials said.\n"
    assert _published(text) == "2019-11-19"


def _published(text: str) -> str | None:
    from newscat.extract import extract

    found = extract(text).published
    return found.value if found else None


_CAPTIONED_PAGE = (
    "Politics\nCouncil Approves Quaytown Harbour Budget After Long Night\n{dated}Dana Kelso\n"
    "Enlarge this image\n"
    "Mayor Tom Vane leaves the council chamber in Quaytown, Ore., on Feb. 12, 2023. "
    "Jane Roe/Harbour Wire hide caption\ntoggle caption\nJane Roe/Harbour Wire\n"
    "The Quaytown council approved the harbour budget late on Tuesday after a session that "
    "ran past midnight, Mayor Tom Vane said.\n\nThe budget pays for new piers and a ferry.\n"
)


@pytest.mark.parametrize(
    ("dated", "published"), [("March 3, 2024 4:10 PM ET\n", "2024-03-03"), ("", None)]
)
def test_a_caption_s_sentence_dates_its_picture_not_the_story(
    dated: str, published: str | None
) -> None:
    """The day a caption's sentence tells ("… leaves the chamber … on Feb. 12, 2023. Jane
    Roe/Harbour Wire hide caption") is when the picture was taken; an undated page has none."""
    from newscat.extract import extract

    found = extract(_CAPTIONED_PAGE.format(dated=dated)).published
    assert (found.value if found else None) == published


@pytest.mark.parametrize(
    "line",
    [
        "This story was last updated on March 3, 2024",
        "By Dana Kelso, staff writer for the paper, March 3, 2024",
        "Jane Roe · Harbour Herald · Posted: March 3, 2024 4:10 PM",
    ],
)
def test_a_byline_or_publishing_note_with_lower_case_words_still_dates_the_story(
    line: str,
) -> None:
    text = f"Council agrees harbour budget\n{line}\n\nThe council met on Monday, officials said.\n"
    assert _published(text) == "2024-03-03"


_LEDE = (
    "\n\nThe Quaytown council approved the harbour budget late on Tuesday after a session "
    "that ran past midnight, its leader Tom Vane said.\n\nThe budget pays for new piers.\n"
)


@pytest.mark.parametrize(
    ("page", "published"),
    [
        # the site's bar with the day of the visit, over a header that dates the story
        (
            "Wednesday, March 6, 2024\nHome | News | Sport\nCouncil approves harbour budget\n"
            "By Dana Kelso, March 2, 2024" + _LEDE,
            "2024-03-02",
        ),
        (
            "Wednesday, March 6, 2024\nBy . Dana Kelso . PUBLISHED: . 12:31 EST, 2 March 2024 "
            "| . UPDATED: . 14:02 EST, 2 March 2024 . The Quaytown council approved the harbour "
            "budget late on Tuesday, its leader Tom Vane said.\n",
            "2024-03-02",
        ),
        # the story's own date on the first line: alone, or over an update
        ("March 6, 2024\nCouncil approves harbour budget" + _LEDE, "2024-03-06"),
        (
            "March 6, 2024\nCouncil approves harbour budget\nUpdated March 9, 2024" + _LEDE,
            "2024-03-06",
        ),
    ],
)
def test_a_date_alone_on_the_first_line_yields_to_the_header_s_own(
    page: str, published: str
) -> None:
    from newscat.extract import extract

    found = extract(page).published
    assert found is not None and found.value == published


def test_the_site_s_bar_with_the_weather_and_the_day_yields_to_the_byline_s_date() -> None:
    page = (
        "Quaytown 12°C | March 6, 2024\nCouncil approves harbour budget\n"
        "Dana Kelso · Harbour Herald · Posted: March 2, 2024 4:00 AM" + _LEDE
    )
    assert _published(page) == "2024-03-02"
    # the site's name and the story's date on the first line, and no other date: the story's
    assert _published("Kestrel Post March 6, 2024\nCouncil approves harbour budget" + _LEDE) == (
        "2024-03-06"
    )


def test_a_ticker_s_figures_before_a_date_make_no_dateline() -> None:
    """A ticker over the header ("HARBOUR 100 7,640.33 +0.4% | 06/03/2024"): figures between
    a word in capitals and a date are no dateline's place; the byline's date is the story's."""
    page = (
        "HARBOUR 100 7,640.33 +0.4% | 06/03/2024 16:35\nCouncil approves harbour budget\n"
        "Dana Kelso | Harbour Herald | March 2, 2024 4:00 AM" + _LEDE
    )
    assert _published(page) == "2024-03-02"


def test_a_video_s_line_dates_nothing() -> None:
    """A video's label and length make the line a link to another item, whose date it is."""
    assert _published("VIDEO | 2:31 | Jan 5, 2020\nCouncil approves harbour budget" + _LEDE) is None


UK_TEXT = "The mayor said the colour of the new harbour centre would be decided by the neighbours."
SPANISH_TEXT = (
    "El alcalde anunció hoy que las obras del nuevo puerto empezarán la próxima semana, según "
    "fuentes del ayuntamiento, y que los vecinos podrán opinar sobre el color del edificio. "
    "La decisión se tomará en el pleno del mes que viene con el apoyo de todos los grupos."
)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a page writes its dates one way: another of its dates that reads only one way says so
        ("Posted 05/02/2018. Comments closed 14/03/2018.", "2018-02-05"),
        ("Posted 05/02/2018. Comments closed 03/14/2018.", "2018-05-02"),
        # failing that, only the US puts the month first: a text in another language is read
        # day first; British spelling is no cue (US sites carry British wires)
        (f"Publicado 05/02/2018. {SPANISH_TEXT}", "2018-02-05"),
        (f"Posted 05/02/2018. {UK_TEXT}", "2018-05-02"),
        ("Posted 05/02/2018.", "2018-05-02"),  # nothing to tell by: the US reading, as before
    ],
)
def test_a_date_read_both_ways_is_read_as_its_page_writes_dates(text: str, iso: str) -> None:
    assert [found.iso for found in find_dates(text)][:1] == [iso]


@pytest.mark.parametrize(
    "text",
    [
        "Tuesday, 1 March\n\n2000 GMT",  # a fixture's day, and its kick-off time under it
        "Tuesday, 1 March\n1945 GMT",
        "Friday, 25 February\n\n2000",  # a blank line parts them: two things, not one date
    ],
)
def test_a_day_and_a_time_under_it_make_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_a_date_on_one_line_with_its_zone_and_no_time_is_a_date() -> None:
    assert [found.iso for found in find_dates("April 28, 2023 GMT")] == ["2023-04-28"]
    assert [found.iso for found in find_dates("Tuesday, 1 March\n2024")] == ["2024-03-01"]


def test_a_time_glued_to_the_year_is_part_of_the_date_s_line() -> None:
    # copies of some pages glue the time to the year: the whole line is the date's
    found = find_dates("February 10, 20232:49 AM ET")
    assert [(d.iso, d.start, d.end) for d in found] == [("2023-02-10", 0, 27)]
