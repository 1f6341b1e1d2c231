"""Titles of page copies: the headline, not a section label, masthead or writer's name."""

from __future__ import annotations

import pytest

from newscat.extract import extract

LEDE = "The council agreed on Monday to rebuild the harbour wall before the winter storms arrive, officials said.\n"

CASES = [
    # the site's name and tagline, a breadcrumb trail on one line, a menu button's label
    (
        "Kestrel Post - Quaytown's daily news\nHarbour wall to be rebuilt this winter\n" + LEDE,
        "Harbour wall to be rebuilt this winter",
    ),
    (
        "Council | Politics | Quaytown\nHarbour wall to be rebuilt this winter\n" + LEDE,
        "Harbour wall to be rebuilt this winter",
    ),
    (
        "Toggle navigation\nHarbour wall to be rebuilt this winter\n" + LEDE,
        "Harbour wall to be rebuilt this winter",
    ),
    # a place's or section's label between the headline and the site; other separators; the
    # site's address as the suffix
    (
        "Harbour wall to be rebuilt - Quaytown - Kestrel Post\n\n" + LEDE,
        "Harbour wall to be rebuilt",
    ),
    ("Harbour wall to be rebuilt « Kestrel Post\n\n" + LEDE, "Harbour wall to be rebuilt"),
    ("Harbour wall to be rebuilt :: Kestrel Post\n\n" + LEDE, "Harbour wall to be rebuilt"),
    (
        "Harbour wall to be rebuilt | Quaytown | kestrelpost.example\n\n" + LEDE,
        "Harbour wall to be rebuilt",
    ),
    # a short headline's own two parts stay
    ("Ferry deal - Kelso Speaks - Kestrel Post\n\n" + LEDE, "Ferry deal - Kelso Speaks"),
    # a wire's tag in brackets before the headline
    (
        "Quay Courier\nHome | News | Sport | Business | Opinion\nBusiness / Latest\n"
        "(UPDATE 2) HARBOUR BANK SAYS FERRY SALE WILL NOT AFFECT DIVIDEND\n"
        "Share\nFacebook\n\n" + LEDE,
        "(UPDATE 2) HARBOUR BANK SAYS FERRY SALE WILL NOT AFFECT DIVIDEND",
    ),
    # a short headline over its standfirst and a credit label
    (
        "Quay Courier\nHome\nNews\nSport\nProfile: Dana Kelso\nWritten by Tom Vane\n"
        "Sun 24 Mar 2024 09.42 GMT\n\n" + LEDE,
        "Profile: Dana Kelso",
    ),
    (
        "Quay Courier\nHome | News | Sport\nNews / Latest\nQuay takes $1bn in harbour funds\n"
        "The decision follows months of debate among those it affects.\n"
        "Updated Nov. 18, 2024 6:38 AM EST\nTom Vane\n\n" + LEDE,
        "Quay takes $1bn in harbour funds",
    ),
    # the names under a bare "By" are no headline
    (
        "Quay Courier\nHome\nNews\nSport\nHarbour wall to be rebuilt\nBy\nDana Kelso and Tom Vane\n"
        "Thu 4 Apr 2024 03.34 GMT\nShare\nFacebook\n\n" + LEDE,
        "Harbour wall to be rebuilt",
    ),
    # nor is a writer's line, or a caption with its credit, under a three-word headline
    (
        "Quay Courier\nHome\nNews\nSport\nHarbour wall rebuilt\nDana Kelso | Harbour Reporter\n"
        "Posted on 04/29/2025\nShare\nThe quay on Monday. Photo: Tom Vane/Coast Images\n\n" + LEDE,
        "Harbour wall rebuilt",
    ),
    (
        "The Harbour Gazette\nHome | Sport | Search\nSPORT\nQuay 2-2 Harbour\n"
        "By Dana Kelso, The Harbour Gazette\nPosted on 03/25/2025\nShare\n\n" + LEDE,
        "Quay 2-2 Harbour",
    ),
    # the section's label right over the headline, no blank line between; a comments counter
    (
        "WORLD NEWS\nQuake shakes mountain villages in the north\n"
        "KESTREL CITY, March 3 (Quay Wire) - An earthquake struck mountain villages on Sunday.\n",
        "Quake shakes mountain villages in the north",
    ),
    (
        "Business News\nHarbour bank to close six branches\n" + LEDE,
        "Harbour bank to close six branches",
    ),
    (
        "Reader comments: 14\nQuay Courier | News | Thursday, 6 April 2023\n"
        "Rare turtle returns to harbour beach after 40 years\n" + LEDE,
        "Rare turtle returns to harbour beach after 40 years",
    ),
    # the writer's name (shown twice: a picture's text and the link) and job over the date,
    # the headline right over the lede
    (
        "Dana Kelso\nDana Kelso\nSenior Reporter\nLast Updated: 3rd March 2023\n"
        "Court hears of ferry captain's final call\n" + LEDE,
        "Court hears of ferry captain's final call",
    ),
    # the story's genre labelled between its headline and byline
    (
        "Quay Courier\nSport\nQuay Rovers go top as Harbour slump again\nMatch report\n"
        "Dana Kelso\nSat 12 Oct 2024 17.05 BST\n\n" + LEDE,
        "Quay Rovers go top as Harbour slump again",
    ),
    (
        "Quay Courier\nNews\nFerry strike called off after late talks\nLive blog\n"
        "By Dana Kelso\nMarch 12, 2024\n\n" + LEDE,
        "Ferry strike called off after late talks",
    ),
    # a short headline over a genre's byline
    ("The ferry fiasco\nOpinion by Jane Rowe\nMarch 12, 2024\n\n" + LEDE, "The ferry fiasco"),
    # a headline wrapped over two lines, the date under it
    (
        "Harbour wall to be rebuilt\nbefore the winter storms\nMarch 12, 2024\n\n" + LEDE,
        "Harbour wall to be rebuilt before the winter storms",
    ),
    # a site greeting its reader above the headline
    (
        "Welcome to Harbour Local, Your Island Guide\n\nHOSPITAL GETS NEW SCANNER\n\n" + LEDE,
        "HOSPITAL GETS NEW SCANNER",
    ),
    # the masthead's tagline under the site's name, the headline lower
    (
        "Skip to content\n\nQuay Courier\n\nYour trusted source for island news\n\nMenu\n\n"
        "Harbour wall to be rebuilt before winter\n\nPosted on March 12, 2024 by Dana Kelso\n\n"
        + LEDE
        + "\n© 2024 Quay Courier. All rights reserved.\n",
        "Harbour wall to be rebuilt before winter",
    ),
    # a menu or a breadcrumb trail on one line between the site's name and the headline
    (
        "Harbour Gazette\n\nHome | News | Sport\n\nMara Quillon Wins Landslide As Harbour "
        "Party Sweeps Council Seats\n\nBy Tom Vane\n\nJanuary 5, 2024\n\n" + LEDE,
        "Mara Quillon Wins Landslide As Harbour Party Sweeps Council Seats",
    ),
    (
        "Harbour Gazette\n\nNews » Politics » Local\n\nHarbour Party Sweeps Council Seats\n\n"
        + LEDE,
        "Harbour Party Sweeps Council Seats",
    ),
    # a section trail split by slashes above the headline
    (
        "National / Crime & Legal\nMan charged over harbour raid\n\n" + LEDE,
        "Man charged over harbour raid",
    ),
    # a standfirst between the headline and the byline, one line each, no blank lines
    (
        "Skip to content\nHarbour Gazette\nSubscribe\nNews\nSport\n"
        "Harbour wall to be rebuilt before winter\n"
        "Council agrees plan as storms threaten the old quay\nBy Tess Rowe\nMarch 12, 2024\n"
        + LEDE,
        "Harbour wall to be rebuilt before winter",
    ),
    (
        "Harbour Gazette\nHarbour wall to be rebuilt before winter\nWork starts in May\n"
        "March 12, 2024\n" + LEDE,
        "Harbour wall to be rebuilt before winter",
    ),
    # the headline shown twice: last in a breadcrumb trail, glued or numbered, then alone
    (
        "HomeNEWS Harbour wall to be rebuilt before winter\n\n"
        "Harbour wall to be rebuilt before winter\n\nHarbour Gazette March 12, 2024\n" + LEDE,
        "Harbour wall to be rebuilt before winter",
    ),
    (
        "1. Home\n2. NEWS\n3. Harbour wall to be rebuilt before winter\n\n"
        "Harbour wall to be rebuilt before winter\n\nPublished March 12th, 2024 - 07:29 GMT\n"
        + LEDE,
        "Harbour wall to be rebuilt before winter",
    ),
    # the page's own link names its story, whatever ticker headline stands above
    (
        "BREAKING NEWS\n\nStriker scores twice as City end losing run\n"
        "https://news.example/local/article/Harbour-wall-to-be-rebuilt-1234567.php\n\n"
        "Harbour wall to be rebuilt before winter\n\nUpdated 10:01 pm, March 12, 2024\n" + LEDE,
        "Harbour wall to be rebuilt before winter",
    ),
    # a kicker line, then the headline that starts with it
    (
        "Home\nExplainer\nExplainer: Is the harbour wall really sinking?\n\n" + LEDE,
        "Explainer: Is the harbour wall really sinking?",
    ),
    (
        "Business News\n\nCouncil agrees to rebuild the harbour wall\n\nBy Jane Holloway\n12 March 2024\n\n"
        + LEDE,
        "Council agrees to rebuild the harbour wall",
    ),
    (
        "Menu\nArticle Header\n\nHarbour wall to be rebuilt before winter\n\n" + LEDE,
        "Harbour wall to be rebuilt before winter",
    ),
    (
        "Valley Courier\n\nHarbour wall to be rebuilt before winter\nBy Valley Courier Staff\n\n"
        + LEDE,
        "Harbour wall to be rebuilt before winter",
    ),
    (
        "---\ntitle: Harbour wall to be rebuilt - Valley Courier\nsitename: Valley Courier\n---\n"
        + LEDE,
        "Harbour wall to be rebuilt",
    ),
    # the headline the page's link names, with the site's name after it
    (
        "Sections\nLocal\nSport\nhttps://news.example/local/article/Harbour-wall-to-be-rebuilt-"
        "1234567.php\n\nOther stories\nHarbour wall to be rebuilt before winter - Kestrel Post\n"
        "\n" + LEDE,
        "Harbour wall to be rebuilt before winter",
    ),
    # a headline hard-wrapped at a copy's width: a line that cannot end a headline goes on
    (
        "Strikers say they freed two Quaytown ferry officers for\nthree union figures jailed in "
        "the port\n\nBy Dana Kelso\n\n" + LEDE,
        "Strikers say they freed two Quaytown ferry officers for three union figures jailed in the "
        "port",
    ),
    (
        "VESSEL RETURNING TO QUAYTOWN FROM THE ISLANDS WITH\nTONS OF SALT SEIZED\n\n" + LEDE,
        "VESSEL RETURNING TO QUAYTOWN FROM THE ISLANDS WITH TONS OF SALT SEIZED",
    ),
    # a year ends a headline: the standfirst under it stays apart
    (
        "Ferry fares rise for the first time since 2019\nOperator blames the price of fuel\n\n"
        "By Dana Kelso\n\n" + LEDE,
        "Ferry fares rise for the first time since 2019",
    ),
]


@pytest.mark.parametrize(("text", "title"), CASES, ids=[c[1][:30] for c in CASES])
def test_the_headline_of_a_page_copy(text: str, title: str) -> None:
    found = extract(text).title
    assert found is not None and found.value == title and not found.derived


def test_a_headline_with_a_full_stop_on_the_first_line_stays() -> None:
    """As printed, over its dateline: the headline's own line, not a first sentence."""
    text = "Tajik troops now control devastated town.\n\nDUSHANBE 1996-08-30\n\n" + LEDE
    found = extract(text).title
    assert found is not None and not found.derived
    assert found.value == "Tajik troops now control devastated town."


@pytest.mark.parametrize(
    "header",
    [
        "By Dana Kelso\nMarch 6, 2024",
        "Dana Kelso / Harbour Wire / Mar 6, 2024, 17:07 IST",
        "Politics Published On March 6, 2024 01:52 PM",
        # a byline's label, over the names or with them, or among a line's facts
        "by: Dana Kelso\nFrom: Harbour Wire",
        "Article by\nDana Kelso",
        "Politics | Published: 5 hours ago | Written by Dana Kelso",
        # a standfirst between it and the byline
        "The work will take two years and close the quay to ferries.\n\nBy Dana Kelso",
    ],
)
def test_a_headline_ending_in_a_full_stop_over_its_byline_or_date(header: str) -> None:
    """Some outlets end their headlines with a full stop: one short sentence over the byline
    or the date is the headline, under a section's label too."""
    headline = "Harbour wall to be rebuilt before the winter storms."
    for above in ("", "Business News\n\n"):
        found = extract(f"{above}{headline}\n\n{header}\n\n{LEDE}").title
        assert found is not None and found.value == headline


def test_a_standfirst_ending_in_a_full_stop_leaves_the_headline_over_it() -> None:
    standfirst = "The work will take two years and close the quay to ferries."
    text = f"Harbour wall to be rebuilt\n\n{standfirst}\n\nBy Dana Kelso\n\n{LEDE}"
    found = extract(text).title
    assert found is not None and found.value == "Harbour wall to be rebuilt"


def test_no_line_of_the_body_becomes_the_title() -> None:
    text = LEDE + '\n"We will rebuild it before the storms come," the mayor said\n'
    assert extract(text).title.derived  # type: ignore[union-attr]


_BUTTONS = [
    "5 min read",
    "Share",
    "Save article",
    "Gift this article",
    "Updated 2 hours ago",
    "Listen to this article",
    "Comments 12",
]
_HEADLINE = "Harbour wall to be rebuilt before the winter storms"
_BODY = (
    "\n\nThe council agreed on Monday to rebuild the harbour wall before the winter storms "
    "arrive, its leader Tom Vane said.\n\nThe work will cost more than planned, officials "
    "said, and the ferry will run from the north quay while it lasts.\n"
)
_HEADERS = [
    # a section's heading over the headline, the date under it
    "Latest News\n{headline}\n{button}\n2024-03-03 10:00:00" + _BODY,
    # a section's label and a lone "Updated" over it, the byline under it
    "Business News\nUpdated\n\n{headline}\n{button}\n\nBy Dana Kelso" + _BODY,
    # the masthead and share buttons over it, the byline and the writer's links under it
    "Kestrel Post\n\nShare this:\n\nFacebook\nEmail\n*\n\nNews\n\n{headline}\n{button}\n\n"
    "By Dana Kelso and Tom Rowe\n\nView author archive\nGet author RSS feed" + _BODY,
]


@pytest.mark.parametrize("button", _BUTTONS)
@pytest.mark.parametrize("header", _HEADERS, ids=["latest", "section", "share bar"])
def test_a_button_s_line_under_the_headline_leaves_it_the_headline(
    header: str, button: str
) -> None:
    found = extract(header.format(headline=_HEADLINE, button=button)).title
    assert found is not None and found.value == _HEADLINE


@pytest.mark.parametrize(
    "line", ["Save article", "Gift this article", "Updated 2 hours ago", "5 mins ago"]
)
def test_an_article_s_buttons_and_relative_times_are_furniture(line: str) -> None:
    from newscat.extract.text import is_boilerplate

    assert is_boilerplate(line)


_FAR_OVER = (
    "Kestrel Post\n\nShare this:\n\nFacebook\nEmail\n*\n\nNews\n\n"
    "Strikers say they freed two Quaytown ferry officers for 3 union figures\n{button}\n\n"
    "By Dana Kelso and Tom Rowe\n\nView author archive\nGet author RSS feed\n\n"
    "Most Popular Today\n\n1 Ferry fares rise again this spring 2 Lighthouse keeper retires "
    "after forty years 3 Fish market opens on Sundays\nName (required)\nEmail (required)\n\n"
    "Submit\n\nMarch 3, 2024 | 4:20am\n\nEnlarge Image\n"
    "Captain Basil Crane (left) and his Bayside colleague Hugo Brack Harbour Wire\n\n"
    "More On:\n\nferries\n\nCaptain to be freed in swap between port and strikers\n\n"
    "Harbour trust names new chair\n\n"
    "Two officers, a captain and his colleague, who had been held by strikers on a ferry "
    "since Friday were released on Tuesday in a swap for three union figures.\n\n"
    "Captain Basil Crane and his colleague Hugo Brack, both officers of the Bayside line, "
    "were handed over to the port police, a union source told the Harbour Wire.\n"
)


@pytest.mark.parametrize("button", ["Share", "5 min read"])
def test_a_button_under_a_headline_far_over_the_body_leaves_it_the_headline(button: str) -> None:
    # the byline under the headline, past the button, marks it as the story's, however many
    # lists and captions stand between it and the body
    found = extract(_FAR_OVER.format(button=button)).title
    assert found is not None and found.value.startswith("Strikers say they freed")


_OVER_A_DATE = [
    "{watch}\n{headline}\nMarch 3, 2024" + _BODY,
    "Home\nNews\n{watch}\n{headline}\n\nBy Dana Kelso\nMarch 3, 2024" + _BODY,
]


@pytest.mark.parametrize("page", _OVER_A_DATE, ids=["page top", "under the menu"])
def test_a_link_to_another_story_at_the_top_is_not_the_headline(page: str) -> None:
    text = page.format(watch="Watch: video of the day", headline=_HEADLINE)
    found = extract(text).title
    assert found is not None and found.value == _HEADLINE


@pytest.mark.parametrize("header", _HEADERS, ids=["latest", "section", "share bar"])
def test_a_link_to_another_story_over_the_headline_is_not_it(header: str) -> None:
    text = header.format(headline=_HEADLINE, button="Share")
    at = text.index(_HEADLINE)
    found = extract(text[:at] + "Watch: video of the day\n" + text[at:]).title
    assert found is not None and found.value == _HEADLINE


def test_a_headline_that_starts_with_watch_is_still_the_headline() -> None:
    text = "Watch: Harbour wall goes up before the storms\n\nBy Dana Kelso" + _BODY
    found = extract(text).title
    assert found is not None and found.value == "Watch: Harbour wall goes up before the storms"


INSPECTOR_LEDE = (
    "QUAYTOWN — A police inspector had to seek medical attention on Friday after she was "
    "reportedly hit with a stone outside the station.\n\n"
    "Police have since launched a search for the woman, who fled after the incident.\n"
)


@pytest.mark.parametrize(
    "under",
    [
        # a widget's label and buttons under the headline, then the date
        "Font size: A A A\n2022-04-26 21:21:50",
        # the writer and their job, then the date
        "\nDana Kelso, Harbour Wire National Security Writer\n\nUpdated 5:27 am, April 26, 2022",
    ],
)
def test_the_one_headline_under_a_list_heading_over_the_story_is_its_own(under: str) -> None:
    headline = "Woman attacks police inspector with stone at station"
    text = f"Most popular\n{headline}\n{under}\n\n{INSPECTOR_LEDE}"
    found = extract(text).title
    assert found is not None and found.value == headline


def test_a_headline_ending_in_a_full_stop_over_its_byline_on_a_whole_page() -> None:
    """A page copied whole, its menu and share buttons over the story: the story's headline
    is sought over its body, a full stop and all, not a caption nearer the body that repeats
    the lede's words."""
    menu = "".join(f"{label}\n" for label in ("Home", "News", "Sport", "Business", "Opinion"))
    share = "Share this:\n\nFacebook\nTwitter\nEmail\n*\n\n"
    headline = "Harbour wall to be rebuilt before the winter storms."
    caption = "Council workers rebuild the harbour wall before the winter storms arrive AP"
    body = "".join(LEDE.replace("Monday", day) + "\n" for day in ("Monday", "Tuesday", "Friday"))
    text = (
        "Kestrel Post\n\nThe best of Quaytown's news, every day of the year.\n\n"
        f"{menu}\n{share}BREAKING\n\n{headline}\n\nBy Dana Kelso\n\n{caption}\n\n{body}"
    )
    found = extract(text).title
    assert found is not None and found.value == headline


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        # in title case, the rest no longer than the first line and the word that did not fit
        ("Harbour Wall To Be Rebuilt Before The Winter Storms Hit", "Quaytown And The Islands"),
        (
            "Ferry Returning to Quaytown From the Islands With 475",
            "Passengers Stranded by the Storm",
        ),
        ("HARBOUR WALL TO BE REBUILT BEFORE THE WINTER STORMS", "ARRIVE IN QUAYTOWN"),
        # going on in small letters, over a blank line
        ("Council says it freed the harbour funds for 3", "new ferries"),
    ],
)
def test_a_headline_wrapped_over_two_lines_is_joined(first: str, rest: str) -> None:
    text = f"{first}\n{rest}\n\nBy Dana Kelso\n\n{LEDE}"
    found = extract(text).title
    assert found is not None and found.value == f"{first} {rest}"


@pytest.mark.parametrize(
    "under",
    [
        "Local News",
        "Dana Kelso, Harbour Wire",
        "Oskan Verdu\nMarch 6, 2024",
        "Politics",
        # the headline printed twice, as a page's heading and its breadcrumb's last step
        "Harbour Wall To Be Rebuilt Before The Winter Storms Arrive",
    ],
)
def test_a_label_or_the_writer_under_a_title_case_headline_is_not_its_rest(under: str) -> None:
    headline = "Harbour Wall To Be Rebuilt Before The Winter Storms Arrive"
    found = extract(f"{headline}\n{under}\n\n{LEDE}").title
    assert found is not None and found.value == headline


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_standfirst_under_a_short_headline_is_not_a_headline_ending_in_a_full_stop(
    gap: str,
) -> None:
    """ "Quaytown 2-1 Harbour" is a headline however short: the sentence under it, over the
    byline, is its standfirst."""
    standfirst = "The decision follows months of debate among those it affects."
    text = f"Quaytown 2-1 Harbour{gap}{standfirst}\nBy Dana Kelso\n\n{LEDE}"
    found = extract(text).title
    assert found is not None and found.value == "Quaytown 2-1 Harbour"


_LIBRARY_STORY = (
    "Council agrees budget for new harbour library\n\nBy Dana Kelso\n\n"
    "The council agreed the budget for the new harbour library on Monday after a long "
    "debate, officials said.\n\nWork on the library will start in the spring, the mayor said.\n"
)


@pytest.mark.parametrize(
    "above",
    [
        # a button's, another story's headline: none of their words in the story, where the
        # headline under them shares most of its words with the story's first paragraphs
        "Dark Mode Go Top\n\n",
        "Ferry Strike Ends After Three Weeks Of Talks\n",
        # the header's date with its time, zone, reading time and update
        "2 minute read March 5, 2024 2:26 PM GMT+2 Last Updated 9 min ago\n\n",
        # a section's label over that date
        "*\n*\nArts & Culture\n2 minute read March 5, 2024 2:26 PM GMT+2 Last Updated 9 min ago\n\n",
    ],
)
def test_furniture_over_the_headline_that_the_story_shares_no_word_with(above: str) -> None:
    found = extract(above + _LIBRARY_STORY).title
    assert found is not None and found.value == "Council agrees budget for new harbour library"


def test_a_headline_sharing_no_word_with_its_story_stays_where_none_shares_more() -> None:
    text = "Quay Wall Tales\n\nBy Dana Kelso\n\n" + _LIBRARY_STORY.split("\n\n", 2)[2]
    found = extract(text).title
    assert found is not None and found.value == "Quay Wall Tales"


def test_a_sticky_bar_s_copy_of_the_headline_over_the_headline_itself() -> None:
    """A video player's or sticky bar's copy of the headline, with the site's name and a
    status after a bar, over the headline printed bare: the bare one."""
    text = (
        "Council agrees budget for new harbour library | Kestrel Post Loaded\nWorld\n\n"
        + _LIBRARY_STORY
    )
    found = extract(text).title
    assert found is not None and found.value == "Council agrees budget for new harbour library"
    assert text[found.start : found.end] == found.value
    assert found.start > text.index("World")


def test_buttons_and_the_breadcrumb_trail_the_headline_ends_over_the_headline() -> None:
    """Buttons' "*" lines take no place among the header's first lines, and the trail that
    ends in the headline yields to the headline printed under it."""
    text = (
        "*\nGet the Apps\n*\n*\n\n"
        "Home / Local News / Council agrees budget for new harbour library\n\n" + _LIBRARY_STORY
    )
    found = extract(text).title
    assert found is not None and found.value == "Council agrees budget for new harbour library"
    assert found.start > text.index("Home /")


def test_a_page_s_class_names_run_into_its_text_are_no_headline() -> None:
    text = (
        "Directory of sitesLoginContactSupport\n"
        "for-phone-only for-tablet-portrait-up for-tablet-landscape-up for-desktop-up "
        "for-wide-desktop-up\nBusiness News\nUpdated\n\n" + _LIBRARY_STORY
    )
    found = extract(text).title
    assert found is not None and found.value == "Council agrees budget for new harbour library"
