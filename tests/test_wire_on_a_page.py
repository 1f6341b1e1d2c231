"""A wire story pasted with the page around it: its headline in capitals under the site's
menus and share buttons, its paragraphs wrapped at a width, the agency's sign-off under the
last one, then the site's lists, comments and copyright."""

from __future__ import annotations

from newscat.extract import extract

# the site's comments and footer under the story
COMMENTS_AND_FOOTER = """12 Comments
Nell Harrow · 2 hours ago
Well said.
Reply
About us | Contact | Privacy policy
© 2024 Quay Courier. All rights reserved.
"""

WIRE = (
    """Quay Courier
Home | News | Business | Sport | Opinion | Culture | Video | Podcasts | Subscribe | Sign in
Business / Latest
HARBOUR BANK NAMES NEW CHAIRMAN
The decision follows months of debate among those it affects.
Share
Facebook
Twitter
The quay on Monday. Picture by Ian Maltby

2-MAR-1987 05:51:40.18

PORTSMOUTH, March 2 - Harbour Bank Corp said it named Dana
Kelso, its deputy chairman since 1984, as chairman to succeed
Tom Vane, who retires at the end of the month after twenty years
with the bank, the company said in a statement on Monday.
    Kelso said the bank would keep its dividend policy and would
look at the sale of its leasing unit later in the year, adding
that the board had backed the plan at its meeting on Friday.
    The bank posted a net income of 48.8 mln dlrs in 1986 on
revenues of 1.99 billion dlrs against 42.3 mln in 1985.
 Reuter

Most read
COAST FERRY LINE <CFL> 4TH QTR NET
QUAYSIDE FOODS TO CUT JOBS AT PLANT
HARBOUR EXCHANGE SEEKING QUAY/COAST LINK
"""
    + COMMENTS_AND_FOOTER
)


def test_the_headline_in_capitals_over_a_standfirst_share_buttons_and_a_caption() -> None:
    record = extract(WIRE)
    assert record.title is not None and record.title.value == "HARBOUR BANK NAMES NEW CHAIRMAN"
    assert record.published is not None and record.published.value == "1987-03-02"


def test_the_agencys_sign_off_under_the_story_outranks_the_sites_masthead() -> None:
    record = extract(WIRE)
    assert record.source is not None and record.source.value == "Reuters"
    assert "Reuter" not in {person.name for person in record.people}


def test_wrapped_paragraphs_are_the_story_not_a_list_of_other_stories() -> None:
    assert {"Dana Kelso", "Tom Vane"} <= {person.name for person in extract(WIRE).people}


def test_a_lists_headline_and_a_reader_under_the_comments_are_no_writers() -> None:
    assert extract(WIRE).authors == []


WRAPPED = "\n".join(
    [
        "HARBOUR BANK NAMES NEW CHAIRMAN",
        "The decision follows months of debate among those it affects.",
        "",
        "PORTSMOUTH, March 2 - Harbour Bank Corp said it named Dana",
        "Kelso, its deputy chairman since 1984, as chairman to succeed",
        "Tom Vane, who retires at the end of the month after twenty years",
        "with the bank, and named Lena Morrow as its new finance director",
        "    Kelso said the bank would keep its dividend policy and would",
        "look at the sale of its leasing unit later in the year, adding",
        "that the board had backed the plan at its meeting on Friday",
        " Reuter",
        "",
    ]
)


def test_a_wires_wrapped_lines_under_a_standfirst_are_no_list_of_headlines() -> None:
    people = {person.name for person in extract(WRAPPED).people}
    assert {"Dana Kelso", "Tom Vane", "Lena Morrow"} <= people


def test_a_headline_in_a_list_under_the_story_is_no_writers_line() -> None:
    text = WRAPPED + "\nMost read\nHARBOUR EXCHANGE SEEKING COAST/DOVER LINK\n"
    assert extract(text).authors == []


def test_a_long_menu_line_over_a_wrapped_wire_story_leaves_it_wrapped() -> None:
    labels = "Home News World Business Sport Politics Culture Science Opinion Video Podcasts"
    menu = " | ".join([*labels.split(), "Subscribe", "Sign in", "Log in"])
    assert len(menu) > 100  # longer than any wrapped line
    text = "Quay Courier\n" + menu + "\n" + WRAPPED
    people = {person.name for person in extract(text).people}
    assert {"Dana Kelso", "Tom Vane", "Lena Morrow"} <= people


SHORT_WIRE = (
    """Quay Courier
Sport | Home | Culture | Science | Video | Search | Podcasts | Politics | World | Subscribe | Sign in
HARBOUR ONE <HBO> HAS COUNTY AFFILIATE
The scene on Monday. Photo: Ian Maltby/Coast Images

2-MAR-1987 15:44:15.36

See also: RECORD QUAY FUTURES VOLUMES TRADED IN MAY

ALSO READ: COAST <CST> NAMES SUCCESSOR FOR CHIEF EXECUTIVE

Get the Quay Courier morning briefing
Enter your email
Sign up

DUNMERE, Ohio, March 2 - Harbour One Corp said the First
National Bank of Varrow has become Bank One, Varrow, bringing
the number of its affiliates to three in Ohio.
 Reuter

More from Science
QUAYSIDE FOODS <QSF> SIGNS DEFINITIVE PACT
COAST FERRY LINE <CFL> 2ND QTR JAN 31 NET
HARBOUR EXCHANGE SEEKING QUAY/COAST LINK
"""
    + COMMENTS_AND_FOOTER
)


def test_the_site_is_no_person_where_the_story_is_the_agency_s() -> None:
    record = extract(SHORT_WIRE)
    assert record.source is not None and record.source.value == "Reuters"
    assert "Quay Courier" not in {person.name for person in record.people}


FIGURES = """Culture
Sport
Opinion
Search
Video
Sign in
Politics
Subscribe
World
Business
QUAYSIDE FOODS INC <QSF> 4TH QTR LOSS

26-FEB-1987 19:07:11.11

DUNMERE, Feb 26 - Shr loss 1.07 dlrs vs loss six cts
    Net loss 10,445,000 vs loss 401,000
    Revs 13.5 mln vs 10.0 mln
    Year
    Shr loss 1.81 dlrs vs profit three cts
    Note: includes non-recurring charges of 11,131,000 dlrs in
the 4th qtr and 11,500,000 dlrs in the year for reserve for
underperforming stores.
 Reuter

Sign up for the Harbour Gazette newsletter
16 Comments
Nell Harrow · 2 hours ago
Well said.
Reply
About us | Contact | Privacy policy
© 2025 The Harbour Gazette. All rights reserved.
"""


def test_a_reader_under_a_short_wire_story_is_no_writer() -> None:
    # a story of figures among a page's menus: little of the page is English prose
    record = extract(FIGURES)
    assert record.authors == []
    assert "Nell Harrow" not in {person.name for person in record.people}


def test_an_indented_sign_off_under_a_wire_s_table_on_a_page() -> None:
    # the wire's table and its sign-off indented, as the archive keeps them; the reading copy
    # moves indentation to the lines' ends, which must not hide the paragraph's end
    for gap in ("\n", "\n\n"):
        text = (
            "The Harbour Gazette\nHome > Business\nQUAY HOLDINGS <QHL> QTLY DIVIDEND\n\n"
            "26-FEB-1987 15:53:54.56\n\n"
            "QUAYTOWN, Feb 26 - Qtly div 35 cts vs 35 cts prior\n"
            "    Payable March 31\n    Record March nine\n"
            f"{gap} Reuter\n\nMost read\nHARBOUR BANK NAMES NEW CHAIRMAN\n"
            "QUAY PORT TRAFFIC RISES IN JANUARY\n\n" + COMMENTS_AND_FOOTER
        )
        record = extract(text)
        assert record.source is not None and record.source.value == "Reuters"
        assert [p.name for p in record.people] == []
