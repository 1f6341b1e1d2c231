"""Sources of articles as people copy them from today's pages: metadata blocks, staff and
agency bylines, writer lines, glued credits, footers; never the page's menus."""

from __future__ import annotations

import pytest

from newscat.extract import extract
from newscat.extract.metadata import read_metadata, split_site_suffix

BODY = "The council met on Monday and agreed the budget for the new library, officials said.\n"

CASES = [
    (
        "---\ntitle: Council agrees budget - Harbour Herald\nurl: https://x.example/a\n---\n"
        + BODY,
        "Harbour Herald",
        "metadata-title",
    ),
    (
        "---\ntitle: Council agrees budget\nsitename: Valley Courier\n---\n" + BODY,
        "Valley Courier",
        "metadata",
    ),
    (
        "By . Coast Times Reporter . PUBLISHED: . 07:47 EST, 18 September 2013 . " + BODY,
        "Coast Times",
        "byline",
    ),
    ("Council agrees budget\n\nBy Reuters\n\n" + BODY, "Reuters", "byline"),
    # one word as the byline, no person's name nor a word of the language: an organisation
    ("Council agrees budget\n\nBy Kestrel\n\n" + BODY, "Kestrel", "byline"),
    ("Council agrees budget\n\nBy KQX\n\n" + BODY, "KQX", "byline"),
    # an outlet newscat does not know credited as the byline, shaped like an outlet's name
    (
        "By . Kestrel Press . PUBLISHED: . 07:47 EST, 18 September 2013 . " + BODY,
        "Kestrel Press",
        "byline",
    ),
    # the writers, then their outlet, on one line of a page's copy
    (
        "Council agrees budget\n\nBy Dana Kelso and Tom Vane The Harbour Herald\n\n" + BODY,
        "The Harbour Herald",
        "byline",
    ),
    # an unknown agency's initials in the credit glued to the lede, with or without a place
    ("(KQX)" + BODY, "KQX", "wire-dateline"),
    (
        "Harbour City, Quayland (KQX)A council met on Monday, officials said.\n",
        "KQX",
        "wire-dateline",
    ),
    # an agency's initials in a metadata block's author field
    (
        "---\ntitle: Council agrees budget\nauthor: HGN; The Quay\nsitename: The Quay Daily\n---\n"
        + BODY,
        "HGN",
        "byline",
    ),
    # the writer and the agency before the writer's job, in the author field
    (
        "---\ntitle: Council agrees budget\nauthor: DANA KELSO; AP National Security Writer\n"
        "sitename: The Quay Daily\n---\n" + BODY,
        "AP",
        "byline",
    ),
    # a dataset row's byline, its fields ending at " . "
    (
        "By Dana Kelso, Harbour Wire . updated 10:32 AM EST, Tue March 12, 2013 . " + BODY,
        "Harbour Wire",
        "byline",
    ),
    (
        "Council agrees budget\n\nAssociated Press November 19, 2019, 9:02 AM\n\n" + BODY,
        "Associated Press",
        "byline",
    ),
    # an agency and the place it wrote from over the date, the printer's copyright below
    (
        "Council agrees budget\n\nReuters, Harbour City,\nNov 20 2019, 10:18am\n\n"
        + BODY
        + "\n© 2019 The Quay Printers Private Ltd.\n",
        "Reuters",
        "byline",
    ),
    (
        "Council agrees budget\n\nPriya Natarajan · City News · Posted: Aug 08, 2024\n\n" + BODY,
        "City News",
        "byline",
    ),
    ("Tokyo (CNN)" + BODY, "CNN", "wire-dateline"),
    (
        "Council agrees budget\n\n"
        + BODY
        + "\nHome\nAbout\n© 2024 Harbour Herald. All rights reserved.\nPrivacy\n",
        "Harbour Herald",
        "copyright",
    ),
    # the outlet's name alone on the page's first line, or before the date in the header
    (
        "Harbour Valley Post\n\nShare this:\n\nCouncil agrees budget\n\n" + BODY,
        "Harbour Valley Post",
        "masthead",
    ),
    ("Council agrees budget\n\nQuaywire August 08, 2018\n" + BODY, "Quaywire", "masthead"),
    # the name in capitals over the section's kicker in capitals and the headline
    (
        "QUAY COURIER\n\nLOCAL NEWS\n\nCouncil agrees budget for library\n\n" + BODY,
        "QUAY COURIER",
        "masthead",
    ),
    # the site's name first in its breadcrumb trail, the text's first line
    (
        "Quay Courier > Sport > Cricket\nCouncil agrees budget\n12:03 PM, February 14, 2024\n\n"
        + BODY,
        "Quay Courier",
        "masthead",
    ),
    # the outlet, its section and the date, a line of the page's header
    (
        "Reader comments: 14\nQuay Courier | News | Thursday, 6 April 2023\n"
        "Council agrees budget\n\n" + BODY,
        "Quay Courier",
        "byline",
    ),
    # the credit's label, the agency, and the line's other field after a bar
    (
        "Council agrees budget\nSource: KQX | Edited by: Tom Vane\n\n" + BODY,
        "KQX",
        "source-line",
    ),
    # a generic credit names no outlet: the page's site name does
    (
        "---\ntitle: Council agrees budget\nsitename: Valley Courier\n---\n"
        + BODY
        + "\nSource: Agencies\n",
        "Valley Courier",
        "metadata",
    ),
    # a wire agency's dateline opens the body below the page's header junk; the publisher's
    # copyright line in the footer is not the credit
    (
        "BREAKING NEWS\n\nCouncil agrees budget\n\nUpdated 10:01 pm, Tuesday\n*\n*\n*\n*\n*\n"
        "PORTSEND, Calif. (AP) — " + BODY + "\n© 2019 Harbour Communications Inc.\n",
        "AP",
        "wire-dateline",
    ),
    # a page's byline block, one field a line: the agency under the writers is credited,
    # before the site that carries the story
    (
        "---\ntitle: Council agrees budget\nsitename: Valley Courier\n---\n"
        "Council agrees budget\nBy Jane Roe and Tom Vane\nAssociated Press\nPosted May 4, 2024\n\n"
        + BODY,
        "Associated Press",
        "byline",
    ),
    (
        "Council agrees budget\nBy Jane Roe\nCoastline News\n\n" + BODY,
        "Coastline News",
        "byline",
    ),
    # the copyright line under a syndicated story (`credit:`, see newscat.pages) ...
    (
        "---\ntitle: Council agrees budget\nsitename: Valley Courier\n"
        "credit: Copyright @ 2019 The Coast Wire.\n---\n" + BODY,
        "The Coast Wire",
        "copyright",
    ),
    # ... but not the site's owner, nor the site itself
    (
        "---\ntitle: Council agrees budget\nsitename: Valley Courier\n"
        "credit: © 2019 Valley Media Inc. All Rights Reserved.\n---\n" + BODY,
        "Valley Courier",
        "metadata",
    ),
    (
        "---\ntitle: Council agrees budget\nsitename: Valley Courier\n"
        "credit: © 2019 Valley Courier Digital\n---\n" + BODY,
        "Valley Courier",
        "metadata",
    ),
    # the outlet names its own app
    (
        "Council agrees budget\n\n" + BODY + "\nFor the latest news download the Quaywire apps "
        "for iOS and Android.\n",
        "Quaywire",
        "self-reference",
    ),
    # its newsletter, with a word before it
    (
        "Council agrees budget\n\n"
        + BODY
        + "\nSign up for the Quay Courier's morning newsletter.\n",
        "Quay Courier",
        "self-reference",
    ),
    # a republished story credits the outlet it comes from
    (
        "Council agrees budget\n\n" + BODY + "\nRepublished with permission from the Harbour "
        "Gazette.\n",
        "Harbour Gazette",
        "syndication",
    ),
    # the site's name and tagline over the headline
    (
        "Kestrel Post - Quaytown's daily news\nCouncil agrees budget\n\n" + BODY,
        "Kestrel Post",
        "masthead",
    ),
    # a story lent by another outlet ("Photo courtesy of …" is a picture's credit)
    (
        "Council agrees budget\n\n" + BODY + "\nStory courtesy of the Kestrel Post\n",
        "Kestrel Post",
        "syndication",
    ),
    # a blog feed's footer names the blog the post appeared on first
    (
        "Council agrees budget\n\n" + BODY + "\nThe post Council agrees budget appeared first "
        "on Kestrel Notes.\n",
        "Kestrel Notes",
        "syndication",
    ),
    # the outlet's name and a dash opening the lede, as a dateline would
    ("Council agrees budget\n\nKestrel Post — " + BODY, "Kestrel Post", "lede-outlet"),
    ("Council agrees budget\n\nThe Harbour Herald – " + BODY, "Harbour Herald", "lede-outlet"),
    # the story's dateline under a metadata block whose description reads as a lede
    (
        "---\ntitle: Council agrees budget\nauthor: Dana Kelso\nurl: https://x.example/a\n"
        "hostname: x.example\ndescription: The council met on Monday and agreed the budget for "
        "the new library.\ndate: 2024-03-05\ncategories: ['news']\ntags: ['council']\n---\n"
        "Council agrees budget\n\n"
        "QUAYTOWN (Kestrel Post) — " + BODY,
        "Kestrel Post",
        "wire-dateline",
    ),
    # a writer's job line without its "By": the agency before the job
    ("Council agrees budget\n\nDana Kelso, AP Business Writer\n\n" + BODY, "AP", "byline"),
    ("Council agrees budget\n\nDana Kelso, Reuters correspondent\n\n" + BODY, "Reuters", "byline"),
    # the outlet's bureau after the place it wrote from
    (
        "Council agrees budget\n\nQuaytown , Kestrel Post Bureau | Updated : 19 November 2019, "
        "09:01 AM\n\n" + BODY,
        "Kestrel Post",
        "byline",
    ),
    ("Council agrees budget\n\nKestrel News Bureau\n\n" + BODY, "Kestrel News", "byline"),
    # an aggregator's credit of the outlet it carries, its date after a bullet: a "Nation" is
    # a paper's name ("Daily Nation", "The Nation"), no writer's
    (
        "Council agrees budget\nKestrel Nation•October 3, 2016\n\n" + BODY,
        "Kestrel Nation",
        "byline",
    ),
    # what reached the outlet: its own reporting
    (
        "Council agrees budget\n\nInformation reaching KESTREL POST is that " + BODY,
        "KESTREL POST",
        "told",
    ),
]


@pytest.mark.parametrize(("text", "source", "rule"), CASES, ids=[c[1] + "/" + c[2] for c in CASES])
def test_sources(text: str, source: str, rule: str) -> None:
    found = extract(text).source
    assert found is not None and (found.value, found.rule) == (source, rule)
    assert extract(text).text[found.start : found.end] == source


@pytest.mark.parametrize(
    "line", ["Quaytown Bureau", "Washington, Capital Bureau", "Reports reaching Quaytown say so."]
)
def test_a_place_s_bureau_or_news_reaching_a_place_is_no_outlet(line: str) -> None:
    assert extract("Council agrees budget\n\n" + line + "\n\n" + BODY).source is None


def test_an_agency_in_a_reader_copy_s_title_case_job_line() -> None:
    text = "Council agrees budget\n\nDana Kelso, Ap Business Writer\n\n" + BODY
    found = extract(text).source
    assert found is not None and (found.value, text[found.start : found.end]) == ("AP", "Ap")


@pytest.mark.parametrize("label", ["Business News", "Sport News", "Latest News"])
def test_a_section_label_on_the_first_line_is_no_masthead(label: str) -> None:
    assert extract(label + "\n\nCouncil agrees budget\n\n" + BODY).source is None
    assert extract("COCOA MARKET REVIEW\n\n" + BODY).source is None


@pytest.mark.parametrize("opening", ["Breaking News", "World News Today", "Port Louis"])
def test_a_label_or_a_place_and_a_dash_opening_the_lede_is_no_outlet(opening: str) -> None:
    assert extract("Council agrees budget\n\n" + opening + " — " + BODY).source is None


def test_an_agency_s_initials_opening_the_body_are_no_credit() -> None:
    text = (
        "Council agrees budget\n\nUpdated 10:01 pm, Tuesday\n*\n*\n*\n*\n*\n"
        "The Harbour Patrol Service (HPS) — " + BODY
    )
    assert extract(text).source is None


def test_initials_shaped_like_a_call_sign_in_the_lede_are_no_credit() -> None:
    # "(WCIA) —" after a place is a broadcaster's dateline; in a sentence, initials
    text = (
        "Council agrees budget\n\n"
        "The Coastal Border Patrol (CBP) Air Wing found the boat on Sunday, officials said.\n"
    )
    assert extract(text).source is None
    dateline = "HARBOUR CITY (KQCR) — " + BODY
    assert extract("Council agrees budget\n\n" + dateline).source is not None


def test_the_outlet_before_the_date_under_the_page_s_menus() -> None:
    """The header's lines run down to the body's first paragraph: a page copied whole has its
    menus over the headline and the outlet's name before the date under it."""
    labels = ("Local", "Economy", "World", "Tourism", "Opinion", "People", "North Coast")
    menu = "".join(f"{label}\n" for label in labels)
    text = menu + "*\n*\n*\nCouncil agrees budget\n\nQuaywire August 08, 2018\n" + BODY
    found = extract(text).source
    assert found is not None and (found.value, found.rule) == ("Quaywire", "masthead")


def test_a_writer_before_the_date_is_no_masthead() -> None:
    assert extract("Council agrees budget\n\nJohn Marsh August 08, 2018\n" + BODY).source is None


@pytest.mark.parametrize(
    "furniture",
    ["RSS", "Like Loading", "Categories", "COMPETITIONS", "Submit", "POLL", "Flipboard"],
)
def test_page_menus_below_the_body_are_no_sign_off(furniture: str) -> None:
    text = (
        "Council agrees budget\n\n" + BODY + "\nShare this:\nFacebook\nTwitter\n" + furniture + "\n"
    )
    assert extract(text).source is None


@pytest.mark.parametrize(
    "line", ["For more news, visit www.kestrelpost.example", "Harbour, Quay And Coast News Today"]
)
def test_a_line_with_a_comma_inside_is_no_sign_off(line: str) -> None:
    """A sentence with a comma in it is no outlet's name, however it ends."""
    assert extract("Council agrees budget\n\n" + BODY + line + "\n").source is None


@pytest.mark.parametrize(
    ("address", "outlet"),
    [("kestrelpost.com", "Kestrel Post"), ("www.quaynews.co.uk", "Quay News")],
)
def test_the_site_s_address_under_the_body_names_its_outlet(address: str, outlet: str) -> None:
    found = extract("Council agrees budget\n\n" + BODY + address + "\n").source
    assert found is not None and (found.value, found.rule) == (outlet, "sign-off")


def test_a_sign_off_under_the_body_still_counts() -> None:
    assert (
        extract("Council agrees budget\n\n" + BODY + "Valley Courier\n").source.value
        == "Valley Courier"
    )  # type: ignore[union-attr]


def test_metadata_block_and_site_suffix() -> None:
    block = read_metadata('---\ntitle: "A - B"\ndate: "2024-10-16"\nauthor: null\n---\nText')
    assert block is not None
    assert block.get("title").value == "A - B"  # type: ignore[union-attr]
    assert block.get("date").value == "2024-10-16"  # type: ignore[union-attr]
    assert block.get("author") is None
    assert split_site_suffix("US and Manila launch war games - Taipei Times") == (
        "US and Manila launch war games",
        "Taipei Times",
    )
    assert split_site_suffix("Talks go on - and on") == ("Talks go on - and on", None)
    # a dash typed as two hyphens
    assert split_site_suffix("Harbour board approves the dredger -- Quaynews.net") == (
        "Harbour board approves the dredger",
        "Quaynews.net",
    )


def test_a_site_suffix_after_two_hyphens_is_no_part_of_the_title() -> None:
    found = extract(
        "---\ntitle: Harbour board approves the dredger -- Quaynews.net\n---\n"
        "The harbour board approved the dredger on Tuesday, its chairman said.\n"
    )
    assert found.title is not None and found.title.value == "Harbour board approves the dredger"
    assert found.source is not None and found.source.value == "Quaynews.net"


def test_page_widgets_are_not_people() -> None:
    text = (
        "Council agrees budget\n\nShare Close\nEnlarge Image\n\n"
        "Mayor Tom Reed said on Monday that the budget had been agreed, officials said.\n\n"
        "Recent Posts\nFeatured Tags\nUseful Links\n"
    )
    assert [p.name for p in extract(text).people] == ["Tom Reed"]


def test_a_sections_most_read_list_is_furniture() -> None:
    text = (
        "Council agrees budget\n\n"
        "Mayor Tom Reed said on Monday that the budget had been agreed, officials said.\n\n"
        "Most read in World\n\n"
        "Ivana Morales: singer reveals her new album plans\n\n"
        "Storm warning: Peter Quill says the coast will flood\n"
    )
    assert [p.name for p in extract(text).people] == ["Tom Reed"]


FOOTERS = [
    ("\nSports\nAds\nValley Courier, 2022 © All Rights Reserved\n", "Valley Courier", "copyright"),
    (
        "\nFollow Us\nCOPYRIGHT © 2014-2021 Harbour Herald. All Rights Reserved.\n",
        "Harbour Herald",
        "copyright",
    ),
    # the site's address and its motto
    (
        "\nMOST READ\nHarbourToday.com - The Island's News Source in English\nTel. 334-0000\n",
        "HarbourToday",
        "address",
    ),
    (
        "\n© 2019 The Republic unless otherwise noted. All rights reserved.\n",
        "The Republic",
        "copyright",
    ),
    (
        "\nFollow The Courier on Twitter and Instagram @courier.\nMore news\n",
        "The Courier",
        "follow",
    ),
    (
        "\nGet the Quay Courier's daily newsletter in your inbox.\n",
        "Quay Courier",
        "self-reference",
    ),
    ("\nQuay Courier © 2024\n", "Quay Courier", "copyright"),
    ("\n© Copyright Quay Courier 2024\n", "Quay Courier", "copyright"),
    # a web vendor's credit before the copyright sign
    (
        "\nPowered by Quillsoft © 2024 Quay Courier. All rights reserved.\n",
        "Quay Courier",
        "copyright",
    ),
    # the company that owns the paper, named after it
    (
        "\n© 2024 The Harbour Gazette Company, all rights reserved\n",
        "The Harbour Gazette",
        "copyright",
    ),
    ("\nCopyright 2024 Quay Courier Media Network.\n", "Quay Courier", "copyright"),
    ("\n© 2024 Kestrel Post Media Ltd\n", "Kestrel Post", "copyright"),
    # the network's name gone with its share button
    ("\nFollow Quay Courier on Twitter\n", "Quay Courier", "follow"),
    ("\nStay informed: follow Quay Courier on Facebook\n", "Quay Courier", "footer"),
]


def test_the_writers_mail_and_the_staff_picture_name_the_outlet() -> None:
    header = "Council agrees budget\n\nBy Dana Kelso | dkelso@quaycourier.example\n\n"
    found = extract(header + BODY).source
    assert found is not None and (found.value, found.rule, found.derived) == (
        "Quay Courier",
        "mail",
        True,
    )
    assert (
        extract("Council agrees budget\n\nBy Dana Kelso | dkelso@gmail.com\n\n" + BODY).source
        is None
    )
    picture = "Council agrees budget\n\nThe new library. Lena Morrow/Quay Courier\n\n" + BODY
    found = extract(picture).source
    assert found is not None and (found.value, found.rule) == ("Quay Courier", "picture-credit")
    # a wire's or a picture agency's picture is printed by any outlet
    wire = "Council agrees budget\n\nThe new library. Lena Morrow/Quay Wire\n\n" + BODY
    assert extract(wire).source is None


@pytest.mark.parametrize(
    ("footer", "source", "rule"), FOOTERS, ids=[f[1] + "/" + f[2] for f in FOOTERS]
)
def test_the_outlet_in_a_pages_footer(footer: str, source: str, rule: str) -> None:
    found = extract("Council agrees budget\n\n" + BODY + footer).source
    assert found is not None and (found.value, found.rule) == (source, rule)


@pytest.mark.parametrize(
    "credit",
    [
        "(Manu Ferrer/AP)",
        "REUTERS/Lisa Baumann",
        "Karl Olsen — Getty Images",
        "(Picture by Jameson Reid)",
        "(Harbour Gazette photo by Jameson Reid)",
        "(File picture: Jameson Reid)",
        # a name before the outlet and its agency; a long list after "Images:"
        "\nJameson Reid/Quay Photo/Kestrel Images\n",
        "\nImages: Kestrel Stock; Dana Kelso, Oskan Verdu, Mara Quillon, Jane Roe, Veikko "
        "Stranz, Jameson Reid/Quay Post\n",
    ],
)
def test_a_photographer_is_not_a_person_of_the_story(credit: str) -> None:
    text = (
        "Council agrees budget\n\nMayor Tom Reed at the town hall on Monday. " + credit + "\n\n"
        "Mayor Tom Reed said on Monday that the budget had been agreed, officials said.\n"
    )
    assert [p.name for p in extract(text).people] == ["Tom Reed"]


def test_a_caption_s_last_word_before_its_credit_is_the_story_s() -> None:
    # "… by the painter Tom Vane. KQX/QXN/KPP": the sentence ends before the credit
    text = (
        "Vase found\n\nA vase, probably by the painter Tom Vane. KQX/QXN/KPP\n\n"
        "The vase was found on Monday near the harbour, officials said.\n"
    )
    assert [p.name for p in extract(text).people] == ["Tom Vane"]


def test_the_stated_url_is_kept(run) -> None:
    import json

    text = "---\ntitle: Harbour wall\nurl: https://example.org/harbour-wall\n---\n" + BODY
    run("add", "-", input=text)
    shown = json.loads(run("show", "1", "--json").stdout)
    assert shown["url"] == "https://example.org/harbour-wall"
    assert shown["evidence"]["url"]["rule"] == "metadata"
    assert "https://example.org/harbour-wall" in run("export", "csv").stdout


def test_an_agency_credited_under_a_caption_is_no_dateline() -> None:
    text = (
        "Council agrees budget\n\nFile photo of the mayor at the town hall. (Reuters)\n"
        "The council agreed its budget on Monday after a long debate, officials said.\n\n"
        "© 2024 The Harbour Ledger\n"
    )
    found = extract(text).source
    assert found is not None and found.value == "The Harbour Ledger"
    dateline = extract("Budget\n\nPORTSEND, Calif. (AP) — The council agreed its budget.\n").source
    assert dateline is not None and dateline.value == "AP"


_STORY = (
    "Harbour wall to be rebuilt before winter\n\nBy Dana Kelso\n\nMarch 12, 2024\n\n"
    "The council agreed on Monday to rebuild the harbour wall before the winter storms arrive, "
    "mayor Mara Quillon said in a statement.\n\nWork will start in May, according to the "
    "council's engineer, Tom Vane.\n\nThe old wall was built in 1880 and has been patched many "
    "times since, residents said.\n\nA public meeting on the plans will be held next week.\n"
)

# Texts whose people are known exactly: furniture, parts and places told from people.
EXACT_PEOPLE = [
    # the writer's bio under the story, opening with the writer's name, without a heading
    pytest.param(
        _STORY + "\nDana Kelso is the Courier's politics reporter. She previously worked for "
        "the Portsend Echo with editor Martin Hale.\n",
        ["Mara Quillon", "Tom Vane"],
        id="writer-bio",
    ),
    # a tag list under its heading
    pytest.param(
        _STORY + "\nTopics\n\nMara Quillon\n\nHarbour\n\nCouncil\n\nJohn Pike\n",
        ["Mara Quillon", "Tom Vane"],
        id="topics",
    ),
    pytest.param(
        (
            "School year opens\n\nPupils arrive at Hillview Primary. (Picture by Jameson Reid)\n\n"
            "Principal Ann Cole said on Monday that all classes had begun, officials said.\n\n"
            "Teachers in the new hall. (Picture by Jameson Reid)\n\n"
            "Cole said the repairs had finished in time for the first day of school.\n"
        ),
        ["Ann Cole"],
        id="a_photographer_credited_under_every_picture_is_still_not_a_person",
    ),
    pytest.param(
        (
            "Network orders superhero drama\n\n"
            "Laura Penn will star as the comic-book character Mara Vell, the studio said on "
            "Monday. Producer Sam Okafor said filming would begin in March.\n"
        ),
        ["Laura Penn", "Sam Okafor"],
        id="a_character_of_a_series_is_not_a_person",
    ),
    pytest.param(
        (
            "Studio signs director\n\n"
            'Director Ana Ruiz said on Monday that her credits included "Night Harbour" and '
            '"Tom Vane." Filming starts in May.\n'
        ),
        ["Ana Ruiz"],
        id="the_last_of_a_list_of_quoted_titles_is_a_work",
    ),
    pytest.param(
        (
            "Harbour wall repaired\n\n"
            "Workers finished repairing the harbour wall on Monday, the council said.\n\n"
            "Harbour master Ian Doyle said the wall would protect the fishing fleet.\n\n"
            "The repairs cost less than planned, officials said on Monday.\n\n"
            "12 Comments\n\nMartha Quill\nGreat news for the town!\n"
        ),
        ["Ian Doyle"],
        id="people_named_only_after_the_comments_heading_are_not_the_story_s",
    ),
    pytest.param(
        (
            "Two tourists fall ill\n\n"
            "Two tourists fell ill in the riverside town Van Reen on Monday, "
            "police officer Tom Baird said.\n"
        ),
        ["Tom Baird"],
        id="a_name_after_the_kind_of_place_is_a_place",
    ),
    pytest.param(
        (
            "---\ntitle: Council agrees budget | Mara Vane\ncategories: ['Staff Choice', 'Local']\n"
            "---\nCouncil agrees budget\n\n"
            "Mayor Tom Reed said on Monday that the budget had been agreed, officials said.\n"
        ),
        ["Tom Reed"],
        id="names_in_a_metadata_block_s_page_fields_are_no_people",
    ),
    pytest.param(
        (
            "---\ntitle: Council agrees budget | Al Sawabi\nsitename: Al Sawabi\n---\n"
            "Council agrees budget\n\n"
            "Mayor Tom Reed said on Monday that the budget had been agreed, officials said.\n"
        ),
        ["Tom Reed"],
        id="the_site_s_name_is_no_person_however_often_written",
    ),
    pytest.param(
        (
            "Budget passed\n\nAfter lobbying by the Executive Yuan, the Legislative Yuan passed "
            "the budget, premier Lin Tao said.\n"
        ),
        ["Lin Tao"],
        id="a_title_like_word_inside_an_institution_s_name_is_no_title",
    ),
    pytest.param(
        (
            "Dunmore, Ana Pell Haul PSC Orrin before Harbour Board\n\n"
            "Senator Ana Vorne-Pell and Senator Lise Dunmore have sued the police chief, Tomas "
            "Orrin, over the harbour contract, their lawyers said on Monday.\n"
        ),
        ["Ana Vorne-Pell", "Lise Dunmore", "Tomas Orrin"],
        id="a_title_case_headline_s_words_run_into_names_are_no_one_new",
    ),
]


@pytest.mark.parametrize(("text", "people"), EXACT_PEOPLE)
def test_the_people_of_a_text(text: str, people: list[str]) -> None:
    assert sorted(p.name for p in extract(text).people) == people


@pytest.mark.parametrize(
    ("header", "source"),
    [
        ("Quarry blasts crack walls\n\nBy Tala Moyo / Ntoi Ramo\n\n", None),
        ("Quarry blasts crack walls\n\nBy Tala Moyo, Ntoi Ramo\n\n", None),
        (
            "---\ntitle: Quarry blasts crack walls\nsitename: Highland Times\n---\n"
            "By Tala Moyo / Ntoi Ramo\n\n",
            "Highland Times",
        ),
    ],
)
def test_a_co_writer_in_the_byline_is_no_outlet(header: str, source: str | None) -> None:
    """The byline's second name is the story's other writer: the next rule's answer stands."""
    body = (
        "Residents of the mining village say blasts at the nearby mine have cracked their "
        "homes, officials said on Monday.\n"
    )
    found = extract(header + body)
    assert [a.value for a in found.authors] == ["Tala Moyo", "Ntoi Ramo"]
    assert (found.source.value if found.source else None) == source


def test_a_portfolio_after_of_ends_the_office_before_a_surname() -> None:
    """ "Minister of Trade Okonkwo": the portfolio is the office's, the surname the person."""
    text = (
        "Talks\n\nThe delegation included Secretary of Commerce Valderrama and Minister of "
        "Trade Okonkwo, officials said.\n"
    )
    people = {p.name: (p.role.value if p.role else None) for p in extract(text).people}
    assert people.get("Okonkwo") == "Minister of Trade"
    assert "Commerce Valderrama" not in people


def test_a_domain_made_of_outlet_words_reads_as_the_outlet() -> None:
    text = "---\ntitle: Council agrees budget\nsitename: theislandtimes.com\n---\n" + BODY
    found = extract(text).source
    assert found is not None and (found.value, found.rule) == ("The Island Times", "metadata-site")
    assert found.derived and text[found.start : found.end] == "theislandtimes.com"
    short = "---\ntitle: Council agrees budget\nsitename: nytimes.com\n---\n" + BODY
    # "ny" is too little to spell out: the outlet is its address, as the block writes it
    shortened = extract(short).source
    assert shortened is not None and (shortened.value, shortened.rule) == (
        "nytimes.com",
        "metadata-domain",
    )


def test_a_pictures_credit_under_the_headline_is_no_byline() -> None:
    text = "Council agrees budget\n\nDana Kelso | Harbour Wire | Quay Images\n\n" + BODY
    found = extract(text).source
    assert found is None or found.rule != "byline"


STORY = (
    "Council agrees budget for the new library\n\n"
    "The council met on Monday and agreed the budget for the new library, officials said.\n\n"
    "Work on the building will start in the spring and take two years, the mayor said.\n\n"
)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the company's initials spell the outlet named alone on a line
        (
            "Home\nNews\n\n"
            + STORY
            + "More stories\nQuay Courier\nFacebook\nTwitter\nContact\n"
            + "© 2019 QC Holdings, Inc. All Rights Reserved\n",
            "Quay Courier",
        ),
        # the outlet speaks of itself in the story
        (
            STORY
            + "The mayor's office did not respond to The Harbour Ledger's request for comment.\n\n"
            + "The contents of this site are ©2019 Bayside Publishing Corp.\n",
            "The Harbour Ledger",
        ),
        # the page's own address, printed at the copy's end
        (
            STORY
            + "© 2019 Bayside Publishing Corp. All Rights Reserved\n"
            + "https://www.kestrelpost.com/news/2019/03/05/council-budget\n",
            "Kestrel Post",
        ),
        # no other name: the company it is
        (STORY + "© 2019 Bayside Publishing Corp. All Rights Reserved\n", "Bayside Publishing"),
    ],
)
def test_a_holding_companys_copyright_yields_to_the_outlet_it_owns(text: str, source: str) -> None:
    found = extract(text).source
    assert found is not None and found.value == source


def test_a_from_label_in_the_byline_block_names_the_outlet_over_the_copyright() -> None:
    text = (
        "Council agrees budget for the new library\nby: Dana Kelso\nFrom: Harbour Gazette\n"
        "March 13, 2015 9:00PM\n\n" + STORY.split("\n\n", 1)[1] + "© Coastal and Weekly Times\n"
    )
    found = extract(text).source
    assert found is not None and (found.value, found.rule) == ("Harbour Gazette", "byline")


@pytest.mark.parametrize(
    "prompt",
    [
        "Stay up to date with notifications from The Harbour Ledger",
        "I would like to be emailed about offers, events and updates from The Harbour Ledger.",
    ],
)
def test_a_pages_prompt_names_its_outlet(prompt: str) -> None:
    found = extract(prompt + "\n\n" + STORY).source
    assert found is not None and found.value == "The Harbour Ledger"


@pytest.mark.parametrize(
    "headline",
    [
        "Harbour celebrates a decade online",
        "Quay pioneers digital film network",
        "Reaction from the island press",
    ],
)
def test_a_headline_ending_in_an_outlets_word_is_no_masthead(headline: str) -> None:
    assert extract(headline + "\n\n" + STORY.split("\n\n", 1)[1]).source is None


def test_a_menu_s_last_label_is_no_masthead() -> None:
    from newscat.extract.source import masthead_above

    header = "Noticias de la isla\nLocal\nEconomy\nTourism\nNorth Shore\nQuay & Vane Bay News\n"
    headline = "Ferry line joins the island's air network\n"
    assert masthead_above(header + headline + BODY, len(header)) is None
    # the outlet's name over the menu is its masthead
    header = "Skip to content\nQuay Bay News\nLocal\nEconomy\nTourism\nNorth Shore\n"
    found = masthead_above(header + headline + BODY, len(header))
    assert found is not None and found.value == "Quay Bay News"


@pytest.mark.parametrize("byline", ["By Dana Press", "By Dana Kelso The Harbour Herald"])
def test_a_writer_s_byline_is_no_outlet_s_name(byline: str) -> None:
    record = extract(f"{byline}\n\nMarch 3, 2024\n\n{BODY}")
    assert record.source is None or record.source.value == "The Harbour Herald"


def test_initials_glued_to_a_sentence_s_word_are_no_credit() -> None:
    record = extract("The agency (CBP)Air unit said on Monday that a man was arrested.\n")
    assert record.source is None


@pytest.mark.parametrize(
    ("suffix", "sitename", "source"),
    [
        ("Quay Courier Politics", "Quay Courier", "Quay Courier"),  # the outlet's section
        ("Quay News", "Quay", "Quay News"),  # the outlet's own name
    ],
)
def test_a_title_suffix_that_adds_a_section_to_the_site_name(
    suffix: str, sitename: str, source: str
) -> None:
    found = extract(
        f"---\ntitle: Harbour plan approved after two years | {suffix}\nsitename: {sitename}\n"
        "---\nThe harbour board approved the plan on Tuesday, its chairman said.\n"
    )
    assert found.source is not None and found.source.value == source


def test_what_a_copyright_sign_covers_is_not_its_holder() -> None:
    found = extract(
        "Harbour plan approved\n\nThe board approved the plan on Tuesday, its chairman said.\n\n"
        "Original content © 2002-2023 by Harbour Ledger. See our notice.\n"
    )
    assert found.source is not None and found.source.value == "Harbour Ledger"


@pytest.mark.parametrize(
    ("footer", "source"),
    [
        ("© 2023 Harbour Ledger Canada, Inc. All Rights Reserved.", "Harbour Ledger"),
        ("© 2023 Harbour Ledger Canada. All Rights Reserved.", "Harbour Ledger Canada"),
    ],
)
def test_a_copyright_holder_s_country_after_its_name_and_before_its_company_form(
    footer: str, source: str
) -> None:
    found = extract(
        "Harbour plan approved\n\nThe board approved the plan on Tuesday, its chairman said.\n\n"
        f"{footer}\n"
    )
    assert found.source is not None and found.source.value == source


@pytest.mark.parametrize(
    "footer",
    [
        "© Copyright 2024 - Harbour Ledger",
        "Copyright © 2024 | Harbour Ledger",
        "Copyright 2024: Harbour Ledger",
        "© Copyright 2023 - 2024 Harbour Ledger",
    ],
)
def test_a_separator_between_a_copyright_s_year_and_its_holder(footer: str) -> None:
    found = extract(
        "Harbour plan approved\n\nThe board approved the plan on Tuesday, its chairman said.\n\n"
        f"{footer}\n"
    )
    assert found.source is not None and found.source.value == "Harbour Ledger"


@pytest.mark.parametrize(
    ("footer", "source"),
    [
        # the word before the sign is no word of the name
        ("Harbour Ledger Copyright © 2024 Developed by Quillsoft", "Harbour Ledger"),
        # a label before the sign ("regulated by a press council"): the holder is after it
        (
            "Press Council Regulated Copyright ©2024 Harbour Ledger. All rights reserved.",
            "Harbour Ledger",
        ),
    ],
)
def test_what_stands_before_a_copyright_sign(footer: str, source: str) -> None:
    found = extract(
        "Harbour plan approved\n\nThe board approved the plan on Tuesday, its chairman said.\n\n"
        f"{footer}\n"
    ).source
    assert found is not None and (found.value, found.rule) == (source, "copyright")


def test_a_list_of_the_publisher_s_sites_is_not_the_page_s_address() -> None:
    """The footer lists the publisher's other sites, one address a line, at the copy's end:
    none is the page's own; the address beside the site's motto is."""
    footer = (
        "Privacy Policy\nKestrelPost.com - The Coast's News in English\n"
        "QUAYLINEGOLF.COM\nHARBOURSPORT.COM\nQUAYTOWNDAILY.COM\nWeb design by:\n"
    )
    found = extract("Council agrees budget\n\n" + BODY + "\n" + footer).source
    assert found is not None and (found.value, found.rule) == ("KestrelPost", "address")


@pytest.mark.parametrize(
    ("footer", "source"),
    [
        ("This article first appeared on www.kestrelpost.example.", "Kestrel Post"),
        ("Read the full story at https://www.harbourtimes.co.uk", "Harbour Times"),
    ],
)
def test_a_republished_story_s_original_site_named_by_its_address(footer: str, source: str) -> None:
    text = "Council agrees budget\n\n" + BODY + "\n" + footer + "\n"
    found = extract(text).source
    assert found is not None and (found.value, found.rule) == (source, "syndication")
    assert found.derived and text[found.start : found.end] in footer  # its evidence: the address


@pytest.mark.parametrize("credit", ["Associated Press", "Kestrel Press"])
def test_other_stories_headlines_with_credits_under_the_story_give_no_sign_off(credit: str) -> None:
    """Teasers under the story, each a headline over its writer or agency, with no heading over
    them: the last one's credit is another story's, not this one's sign-off."""
    teasers = (
        "Port reopens after the storm gives the harbour its best start in a decade\n"
        "Dana Kelso\n"
        "Quillon and Vane give the council a pair of wins over the ferry fares at the port\n"
        f"{credit}\n"
    )
    text = "Ferry fares to rise\n\n" + BODY + "\n\n" + teasers
    assert extract(text).source is None
    # under the body's last sentence, the same line is the story's sign-off
    assert extract("Ferry fares to rise\n\n" + BODY + "\n" + credit + "\n").source is not None


@pytest.mark.parametrize("byline", ["By Admin", "By Agencies", "By Smith", "By Staff", "By Editor"])
def test_a_one_word_byline_that_names_no_organisation_is_no_source(byline: str) -> None:
    assert extract(f"Council agrees budget\n\n{byline}\n\n{BODY}").source is None


def test_a_picture_s_copyright_and_an_account_are_not_the_page_s_copyright() -> None:
    text = (
        "Council agrees budget\n\n" + BODY + "\nImage copyright Harbour Photo Archive\n"
        "Image Copyright @QuaytownPix @QuaytownPix\nReport\n"
    )
    assert extract(text).source is None


def test_a_staff_credit_after_the_lines_date_names_the_outlet() -> None:
    text = (
        "Harbour wall rebuilt\n11/28/2016 11:00 AM PST BY KQX STAFF\n\n" + STORY.split("\n\n", 1)[1]
    )
    found = extract(text).source
    assert found is not None and (found.value, found.rule) == ("KQX", "byline")


def test_a_site_name_with_its_sections_path_names_the_site() -> None:
    text = "---\ntitle: Council agrees budget\nsitename: Kestrelpost.com/politics\n---\n" + BODY
    found = extract(text).source
    assert found is not None and found.value == "Kestrel Post"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # under two of the story's paragraphs: a picture's credit, not the story's
        (
            "---\ntitle: Council agrees budget\nsitename: Harbour Herald\n---\n"
            "Council agrees budget\n\n"
            "The council met on Monday and agreed the budget for the new library, officials said.\n"
            "Work on the building will start in the spring and take two years, the mayor said.\n"
            "Lena Morrow/KQX\n"
            "The library will hold forty thousand books when it opens, its director said.\n",
            "Harbour Herald",
        ),
        # under the standfirst alone, over the lede: the byline
        (
            "Harbour wall rebuilt\n"
            "The council of Quaytown voted on Monday to rebuild the harbour wall, its leader said.\n"
            "Dana Kelso | KQX\n"
            "Work will start next month and take a year, the council's engineer Mara Quillon said.\n",
            "KQX",
        ),
    ],
)
def test_a_writer_and_outlet_line_s_place_says_whose_credit_it_is(text: str, source: str) -> None:
    found = extract(text).source
    assert found is not None and found.value == source


PAGE_STORY = (
    "Ferry fares to rise\n\n"
    "The council met on Monday and agreed to raise ferry fares by a tenth from March, "
    "officials said.\n\n"
    "Fares have not risen since 2019, and the ferry lost money last year, the council's "
    "treasurer said.\n\n"
)


@pytest.mark.parametrize(
    ("head", "foot", "source"),
    [
        # the site's name as its logo shows it, and its footer's "About …" and "Follow …"
        ("Quay Digest\nNews\nSport\n\n", "About Quay Digest\nPrivacy\n", "Quay Digest"),
        ("Kestrelwire\n\n", "FOLLOW KESTRELWIRE\nTerms\n", "Kestrelwire"),
        # over the copyright of its owner, named as the site is (a company of other sites too)
        (
            "Kestrelwire\nNews\n\n",
            "FOLLOW KESTRELWIRE\nNewsletters\nKestrelwire is published by The Kestrelwire Group. "
            "All contents © 2017 The Kestrelwire Group LLC. All rights reserved.\n",
            "Kestrelwire",
        ),
        ("Quay Digest\n\n", "About Quay Digest\nTerms\n© 2016 Quay Holdings LLC\n", "Quay Digest"),
        # a brand claiming its own copyright and followed, under its owner's copyright; a
        # name opening with figures
        (
            "Follow 247Quay\nNews\n\n",
            "247Quay © 2016\nTerms\nPrivacy\n© 2005-2016 KESTREL INTERACTIVE ALL RIGHTS RESERVED\n",
            "247Quay",
        ),
        # a company named "The … Company", its brand another name of its first word
        (
            "Quay Digest\n\n",
            "More from Quay Digest\n© 2016 The Quay & Kestrel Company, LLC.\n",
            "Quay Digest",
        ),
    ],
)
def test_the_site_s_name_shown_alone_and_named_by_its_footer_is_the_source(
    head: str, foot: str, source: str
) -> None:
    found = extract(head + PAGE_STORY + foot).source
    assert found is not None and (found.value, found.rule) == (source, "brand")


@pytest.mark.parametrize(
    ("head", "foot"),
    [
        # a section's label, or the writer's own box, shown twice: no site named
        ("Politics\n\n", "More from Politics\nPolitics\n"),
        ("Dana Kelso\n\n", "About Dana Kelso\nFollow Dana Kelso\n"),
        # named once only, in the footer
        ("Menu\n\n", "About Quay Digest\nPrivacy\n"),
    ],
)
def test_a_label_or_a_writer_shown_twice_is_no_site_name(head: str, foot: str) -> None:
    assert extract(head + PAGE_STORY + foot).source is None


def test_a_copyright_holder_named_before_the_sign_may_open_with_figures() -> None:
    found = extract("Menu\n\n" + PAGE_STORY + "Terms\n9Harbour © 2016\n").source
    assert found is not None and (found.value, found.rule) == ("9Harbour", "copyright")


SITE_MENU = "RSS Feed\nBack\nNews\nOpinion\nPolitics\nSport\nBusiness\nCulture\nTravel\n\n"
OWNER_S_FOOTER = "Terms of Use\nCopyright ©2015 Kestrel Media Inc. All rights reserved.\n"


@pytest.mark.parametrize(
    ("logo", "source"),
    [
        # under an owner's copyright, the name over the menu is the site's logo
        ("Quay Journalism", "Quay Journalism"),
        # (guards) a label, a person's name: the owner stays
        ("Toggle Menu", "Kestrel Media"),
        ("Dana Kelso", "Kestrel Media"),
    ],
)
def test_the_logo_s_name_over_the_menu_under_an_owner_s_copyright(logo: str, source: str) -> None:
    found = extract(f"{logo}\n{SITE_MENU}{PAGE_STORY}{OWNER_S_FOOTER}").source
    assert found is not None and found.value == source


def test_a_paper_named_as_its_company_stays_the_source() -> None:
    # "The Harbour Gazette Company": no brand of another name shown, the paper's name
    foot = "Terms\n© 2016 The Harbour Gazette Company. All rights reserved.\n"
    found = extract("Menu\n\n" + PAGE_STORY + foot).source
    assert found is not None and (found.value, found.rule) == ("The Harbour Gazette", "copyright")


def test_a_section_s_brand_is_not_taken_for_its_owner_s_site() -> None:
    # the owner's copyright names another company than the brand: a section's blog
    foot = "Follow Harbour Feed\nTerms\n© 2016 Kestrel Inc. All rights reserved.\n"
    found = extract("Harbour Feed\n\n" + PAGE_STORY + foot).source
    assert found is not None and (found.value, found.rule) == ("Kestrel", "copyright")


@pytest.mark.parametrize(
    ("dateline", "source"),
    [
        (
            "Quaytown , Kestrel Nation Bureau | Updated : 19 November 2019, 09:01 AM",
            "Kestrel Nation",
        ),
        # a bureau named after its place, or a desk's, names no outlet
        ("Quaytown, Washington Bureau | Updated: 19 November 2019", None),
        ("Sports Bureau | 19 November 2019", None),
    ],
)
def test_a_bureau_on_the_story_s_dated_line_is_its_outlet_s(
    dateline: str, source: str | None
) -> None:
    found = extract(f"Library budget agreed\n{dateline}\n\n{BODY}").source
    assert (found.value if found else None) == source


def test_a_site_calling_itself_by_its_first_word_is_named_in_full() -> None:
    # "About Kestrel" in the menu, the full name in the writer's box and the footer
    head = "Home\nReviews\nAbout Kestrel\nStaff Directory\nAdvertise with Kestrel\n\n"
    foot = (
        "Dana Kelso is the reviewer for Kestrel Technica, covering phones.\n"
        "Visit Kestrel Technica UK\n"
    )
    found = extract(head + PAGE_STORY + foot).source
    assert found is not None and found.value == "Kestrel Technica"
    # named once only in full: the site's own word stands
    found = extract(head + PAGE_STORY + "Visit Kestrel Technica UK\n").source
    assert found is not None and found.value == "Kestrel"


def test_a_copyright_holder_is_named_by_the_initials_the_page_writes() -> None:
    foot = "Shows\nWatch KBN live, or KBN on demand\n© 2016 Kestrel Broadcasting Network. All Rights Reserved.\n"
    found = extract("Menu\n\n" + PAGE_STORY + foot).source
    assert found is not None and (found.value, found.rule) == ("KBN", "copyright")
    # initials the page never writes: the holder's name as it stands
    foot = "Shows\n© 2016 Kestrel Broadcasting Network. All Rights Reserved.\n"
    found = extract("Menu\n\n" + PAGE_STORY + foot).source
    assert found is not None and found.value == "Kestrel Broadcasting Network"


def test_a_brand_over_the_story_under_its_owner_s_copyright_and_a_dashed_byline() -> None:
    """A page copied whole: the site's brand followed and claiming its copyright in the page's
    top ("Follow 247Quay", "247Quay © 2016") over the story, its owner's copyright under it;
    the headline over "Tom Vane - 4 hours ago", a byline whose date is a relative time."""
    menu = ["Teams", "QuaySports", "Scores", "Shop", "Tickets", "Follow 247Quay", "Home", "News"]
    others = [
        "Rovers sign striker from Kestrel City on loan",
        "Harbour United fire coach after six straight losses",
        "Quay City stadium to open next spring",
        "Vale Athletic fans protest ticket prices",
    ]
    headline = "Breaking: Harbour hires Dana Kelso as head coach"
    lines = [*menu, "Video", "Rankings", *others, headline, *others, "247Quay © 2016", "About"]
    lines += ["Advertising", "Privacy", "Help", headline, "Tom Vane - 4 hours ago", "10", "Tools"]
    lines += ["Edit", "share", "Share on Facebook 0", "(Photo: Lena Morrow, Quay Images)"]
    lines += [
        "Harbour has promoted offensive coordinator Dana Kelso to become the school's next head "
        "coach, the school announced Friday morning.",
        "A source told 247Quay that Kelso won the job over interim coach Mara Quillon and the "
        "Vale offensive coordinator.",
        "The 38-year-old Kelso had been Harbour's offensive coordinator for two seasons and "
        "played quarterback for the school.",
        "Continuity was also important after the last coach and his staff led Harbour to two "
        "winning seasons, sources said.",
        "Harbour plays the Quay City champions in the bowl game later this month, with Kelso "
        "in charge.",
        "Author",
        "Tom Vane @tomvane247",
        "Discuss",
        "Toggle Full/Mobile",  # a button between the page's versions, no writer and outlet
        "© 2005-2016 KESTREL INTERACTIVE ALL RIGHTS RESERVED",
    ]
    found = extract("\n".join(lines) + "\n")
    assert found.title is not None and found.title.value == headline
    assert found.source is not None and found.source.value == "247Quay"
    assert [author.value for author in found.authors] == ["Tom Vane"]


@pytest.mark.parametrize(
    "provider",
    [
        "Sports data © Kestrel Stats 2016",
        "Market data copyright Kestrel Quotes",
        "Map data (c) 2016 Kestrel Maps",
    ],
)
def test_a_data_provider_s_copyright_under_the_page_s_is_not_the_outlet(provider: str) -> None:
    text = (
        "Rovers beat Vale 3-1 to go top\n\nThe Rovers beat Vale Athletic 3-1 on Saturday to go "
        "top of the league, their first win at Vale in a decade.\n\nThe win lifts the club two "
        "points clear with four games left.\n\n© 2016 The Harbour Gazette. All Rights Reserved\n"
        f"{provider}\n"
    )
    found = extract(text)
    assert found.source is not None and found.source.value == "The Harbour Gazette"


def test_a_paper_named_by_one_word_alone_in_the_header_and_the_footer() -> None:
    menu = "Politics\n|\nArts & Culture\n|\nBusiness\n"
    story = (
        "Walkers find a lost village on a mountain top\n"
        "By Jane Roe\n"
        "Walkers on the ridge above the valley found the walls of a lost village on Monday, "
        "the county's archaeologists said.\n"
        "The walls are older than the town below, and the dig will go on until the winter.\n"
        "More from Arts & Culture\n"
    )
    page = (
        menu + "Sentinel\nPolitics\nNational\n" + story + "Sentinel\nAbout Newsletters Advertise\n"
    )
    source = extract(page).source
    assert source is not None and (source.value, source.rule) == ("Sentinel", "masthead")
    assert page[source.start : source.end] == "Sentinel" and source.start < page.index("Walkers")
    # a word a menu writes alone in both places names no paper
    assert extract(page.replace("Sentinel", "Video")).source is None
    # nor does a paper's word only in the header (a section: "Tribune" of a sports page)
    assert extract(menu + "Sentinel\nPolitics\n" + story + "About Newsletters\n").source is None
