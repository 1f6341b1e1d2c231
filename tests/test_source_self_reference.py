"""The outlet naming itself where nothing else credits it: requests for comment, newsletter
and app plugs, staff bios, broadcast sign-offs, "From:" labels, bare copyright lines."""

from __future__ import annotations

import pytest

from newscat.extract import extract

BODY = (
    "Harbour plan approved\n\n"
    "The city council on Tuesday approved a plan to rebuild the old harbour after a long "
    "debate that drew hundreds of residents to the town hall.\n\n"
    "Opponents said the plan did not do enough for the fishing fleet.\n\n"
)

CASES = [
    (
        BODY + "The mayor's office did not respond to The Harbour Ledger's request for comment.\n",
        "The Harbour Ledger",
    ),
    (BODY + "Click here to subscribe to The Quayside Newsletter\n", "The Quayside"),
    (
        BODY + "Get the latest news on your phone with the Coastline Courier app.\n",
        "Coastline Courier",
    ),
    (BODY + "Science writer at Bayview Digest and keen sailor\n", "Bayview Digest"),
    (BODY + "Mara Lind, Northsea Radio News.\n", "Northsea Radio"),
    ("From: Evening Lantern\n\n" + BODY, "Evening Lantern"),
    (BODY + "2025 The Lowland Citizen. All Rights Reserved.\n", "The Lowland Citizen"),
    (BODY + "Download Harbour Times app\n", "Harbour Times"),
    # whom someone spoke to, where nothing else credits the story: an outlet before a wire
    (BODY + '"It is overdue," the mayor told The Harbour Times on Monday.\n', "The Harbour Times"),
    (
        BODY + "The mayor told Reuters the plan was good, and told The Quay Post it was late.\n",
        "The Quay Post",
    ),
    (BODY + "A source told Reuters the vote was close.\n", "Reuters"),
    (BODY + "A source close to the council told the Courier the vote was close.\n", "Courier"),
    (BODY + "She told KHBR that she was pleased.\n", "KHBR"),
    (BODY + "A spokesman told HarbourOnline the vote was close.\n", "HarbourOnline"),
    # its own staff, where nothing else credits it
    (
        BODY + "Kaboom: A HarbourOnline reporter finds himself in the line of fire.\n",
        "HarbourOnline",
    ),
    (BODY + "Our Harbour Times correspondent was there.\n", "Harbour Times"),
    (BODY + "Like Harbour Times on Facebook\n", "Harbour Times"),
    # a comments box inviting the outlet's readers
    (
        BODY + "Join thought-provoking conversations, follow other Quayside readers\n",
        "Quayside",
    ),
    (BODY + "Share your views with fellow Harbour Ledger subscribers.\n", "Harbour Ledger"),
    (BODY + "Stay up to date with Harbour Times on WhatsApp\n", "Harbour Times"),
    (
        BODY + "The Quay Courier is not responsible for the content of external sites.\n",
        "The Quay Courier",
    ),
    # the year and the company form after the name are no part of it; nor is "All content"
    (BODY + "© Harbour Times 2021\n", "Harbour Times"),
    (BODY + "Copyright © 2021 Harbour Times Limited\n", "Harbour Times"),
    (
        BODY + "All content © 2021 The Quay Courier, a division of Bay Media Ltd.\n",
        "The Quay Courier",
    ),
    (BODY + "COPYRIGHT © 2014-2021 VX Harbour. All Rights Reserved.\n", "VX Harbour"),
    # a menu's link about the outlet by its initials, before a phrase shaped like a name
    (BODY + "About HGZ\nEthics\nSupport Public Radio\nHGZ Shop\n", "HGZ"),
    # the prompts' outlets: after "the", or a word of the language before a small word
    (BODY + "Sign up to the Sentinel's daily newsletter\n", "Sentinel"),
    (BODY + "Join the debate with other Independent readers\n", "Independent"),
    (BODY + "Support the Harbour Gazette\n", "Harbour Gazette"),
    (BODY + "Support Harbour Public Radio\n", "Harbour Public Radio"),
    # the page's own links and prompts
    (BODY + "Advertise with Harbour Herald\n", "Harbour Herald"),
    (BODY + "Log in to Kestrel Post\n", "Kestrel Post"),
    (BODY + "Become a Harbour Herald member\n", "Harbour Herald"),
    (BODY + "Thank you for reading the Harbour Herald.\n", "Harbour Herald"),
    (BODY + "Send your news tips to the Harbour Herald\n", "Harbour Herald"),
    (BODY + "The Quayline's journalism is funded by readers.\n", "The Quayline"),
    (BODY + "Kestrel Post is the island's leading news source.\n", "Kestrel Post"),
    (BODY + "Harbour Herald on Facebook\n", "Harbour Herald"),
    (BODY + "The Quayline on Instagram\n", "The Quayline"),
    # a prompt naming the site's address, read as the address registers the name
    (BODY + "Get the latest news from harbourherald.example in your inbox.\n", "Harbour Herald"),
    (BODY + "Trending Now on kestrelpost.example\n", "Kestrel Post"),
]


@pytest.mark.parametrize(("text", "source"), CASES, ids=[s for _, s in CASES])
def test_the_outlet_naming_itself(text: str, source: str) -> None:
    found = extract(text).source
    assert found is not None and found.value == source


def test_someone_quoted_with_an_employer_is_not_the_outlet() -> None:
    text = BODY + "Nick Ross, deputy editor at Harbour Weekly, said the plan was sound.\n"
    assert extract(text).source is None


@pytest.mark.parametrize(
    "furniture",
    [
        "About Us | Contact Us | Advertise with Harbour Times",  # a menu, not a writer's line
        "Harbour Times - Your trusted source of news",  # a slogan, not a site after a headline
        "She told President Jo Vane and the Harbour Ledger's editor so.",  # no outlet told
        "A spokesman told McDonald the vote was close.",  # capitals inside a name
        "A Harbour Ledger reporter was there.",  # no outlet's word in the name
        # a page's prompts: an app's platform, a title-case button's words, a section's
        # newsletter, an ad widget's heading, a cause, a broadcast menu's label
        "Get the Android app from Google Play",
        "Get the Android Weather app from Google Play",
        "Download the iPhone app",
        "Get Personalised Newsletters",
        "Get Free Newsletters",
        "Sign up for Breaking newsletter",
        "More From The Web\nTen secrets of the sea",
        "Support Public Radio",
        # a cause, or another site's terms, in the page's furniture
        "Support Local Journalism",
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms apply.",
        "Add to your reading list",
        # a platform's or the reader's own account; a town's or a council's account
        "Log in to Facebook",
        "Sign in to Your Account",
        "Quaytown on Facebook",
        "Harbour Council on Facebook",
        # an address no news prompt names: a council's, a platform's
        "For details visit quaytown.gov.example",
        "Trending now on facebook.com",
    ],
)
def test_menus_and_slogans_are_no_source(furniture: str) -> None:
    assert extract(BODY + furniture + "\n").source is None


@pytest.mark.parametrize("credit", ["© Reuters", "Credit: AP Photo/Sam Whitfield"])
def test_a_picture_s_credit_is_not_the_page_s_source(credit: str) -> None:
    headline, rest = BODY.split("\n\n", 1)
    text = f"{headline}\n{credit}\n\n{rest}© 2023 Harbour Times\n"
    found = extract(text).source
    assert found is not None and found.value == "Harbour Times"


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        ("Photo: Kestrel Post", "Kestrel Post"),
        ("Photo: Mara Quillon, The Quayline", "The Quayline"),
        ("Mara Quillon/The Quayline", "The Quayline"),
        ("(Image: KESTREL POST)", "KESTREL POST"),
        ("Kestrel Post file photo", "Kestrel Post"),
        # an agency's, a picture service's, or someone else's picture: nobody's outlet
        ("Photo: Reuters", None),
        ("Photo: Mara Quillon/Quay Images", None),
        ("Photo: Courtesy of Harbour Police", None),
        ("Photo: The Hague", None),
    ],
)
def test_a_picture_by_the_outlet_s_staff_names_it_where_nothing_else_does(
    credit: str, source: str | None
) -> None:
    headline, rest = BODY.split("\n\n", 1)
    found = extract(f"{headline}\n\nThe harbour wall on Monday. {credit}\n\n{rest}").source
    assert (found.value if found else None) == source


@pytest.mark.parametrize(
    ("footer", "source"),
    [
        ("Follow us on Twitter @HarbourGazette", "Harbour Gazette"),
        ("follow us @theharbourgazette", "The Harbour Gazette"),
        ("Got a story? Email newsdesk@quaysidepost.example", "Quayside Post"),
    ],
)
def test_the_outlet_s_own_account_or_newsroom_address(footer: str, source: str) -> None:
    """Last of all: the account readers are asked to follow, or the newsroom's address, read
    as outlet words; derived, its evidence the address."""
    found = extract(BODY + footer + "\n").source
    assert found is not None and (found.value, found.derived) == (source, True)


@pytest.mark.parametrize(
    "footer",
    ["Follow Jane Rowe on Twitter @JaneRoweNews", "Email jane.rowe@quaysidepost.example"],
)
def test_a_writer_s_own_account_is_not_the_outlet(footer: str) -> None:
    assert extract(BODY + footer + "\n").source is None


FOOTER = "".join(
    f"{label}\n" for label in ("Most read", "Contact us", "Advertise", "Terms of use", "Privacy")
)


@pytest.mark.parametrize(
    ("text", "source", "derived"),
    [
        (
            "https://www.harbourgazette.example/news/2024/03/05/plan\n\n" + BODY,
            "Harbour Gazette",
            True,
        ),
        (BODY + "https://harbourgazette.example/news/plan\n", "Harbour Gazette", True),
        # as a footer prints it, under its menu
        (BODY + FOOTER + "\nharbourgazette.example\n", "Harbour Gazette", True),
        ("www.quaysidepost.example\n\n" + BODY, "Quayside Post", True),
        (
            BODY + "The Harbour Gazette\nhttps://harbourgazette.example/x\n",
            "The Harbour Gazette",
            False,
        ),
    ],
)
def test_the_page_s_own_address_printed_at_either_end(
    text: str, source: str, derived: bool
) -> None:
    """A browser's printed copy: the page's address alone on its line at the top or bottom,
    its domain spelled out where the text writes it, else read as outlet words."""
    found = extract(text).source
    assert found is not None and (found.value, found.derived) == (source, derived)


def test_a_source_line_under_a_copied_page_s_footer_names_the_outlet() -> None:
    """A reader who copied a page whole, its menus and footer, and wrote where it came from
    under it."""
    footer = "Most read\nContact us\nAdvertise\nTerms of use\n\n"
    found = extract(BODY + footer + "Source: Kestrel Post\n").source
    assert found is not None and (found.value, found.rule) == ("Kestrel Post", "source-line")


def test_an_address_inside_a_line_is_a_link_not_the_page() -> None:
    assert extract(BODY + "See also: https://www.harbourgazette.example/x\n").source is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a footer's line about the outlet itself, its name ending in an outlet's word
        (BODY + "About The Harbour Gazette\nContact us\nAdvertise\n", "The Harbour Gazette"),
        (
            BODY + "The Quay Courier is a member of the Independent Press Council.\n",
            "The Quay Courier",
        ),
        (BODY + "Subscribe to the Harbour Gazette for $1 a week\n", "Harbour Gazette"),
        (BODY + "Stay informed: follow Quayside Post on Facebook\n", "Quayside Post"),
        (
            BODY + "Comments here do not reflect the opinions of Harbour News or its staff.\n",
            "Harbour News",
        ),
        (
            BODY + "It may not be reproduced without prior written permission from HARBOUR NEWS\n",
            "HARBOUR NEWS",
        ),
        # its name in capitals over a headline in small letters
        ("THE HARBOUR GAZETTE\n\n" + BODY, "THE HARBOUR GAZETTE"),
        # … with a section's or a writer's label between, and a headline that opens with an
        # acronym or an article in capitals ("CPD arrests six", "A Man …"), not a dateline
        ("THE HARBOUR GAZETTE\nLocal News\n\n" + BODY, "THE HARBOUR GAZETTE"),
        ("THE HARBOUR GAZETTE\nOpinion\nDana Kelso\n\n" + BODY, "THE HARBOUR GAZETTE"),
        ("THE HARBOUR GAZETTE\n\nQPD " + BODY[0].lower() + BODY[1:], "THE HARBOUR GAZETTE"),
        ("THE HARBOUR GAZETTE\n\nA " + BODY, "THE HARBOUR GAZETTE"),
        # a byline without "By": the writer for the outlet, the outlet's staff
        (BODY.replace("\n\n", "\n\nTom Vane for the Quay Courier\n\n", 1), "Quay Courier"),
        (BODY.replace("\n\n", "\n\nHarbour Gazette Staff\n\n", 1), "Harbour Gazette"),
        # an outlet's initials where a wire dateline credits its agency
        (
            BODY.replace("The city council", "PORTSEND, Jan 5 (HGN) - The city council"),
            "HGN",
        ),
        # whom someone spoke to: a title with a capital "The" (not a place: "The Hague")
        (BODY + '"It is late," a fisherman told The Islander on Monday.\n', "The Islander"),
        # whom someone spoke to, at the sentence's end
        (BODY + '"It is late," a fisherman told the Harbour Gazette.\n', "Harbour Gazette"),
    ],
)
def test_more_places_an_outlet_names_itself(text: str, source: str) -> None:
    found = extract(text).source
    assert found is not None and found.value == source


@pytest.mark.parametrize(
    "text",
    [
        # a wire copy's headline in capitals over its date, or over its dateline
        "HARBOUR MARKET REVIEW\n5-MAR-1987 10:01:00\n\nPORTSEND - Prices rose in the week.\n",
        "HARBOUR MARKET REVIEW\nPORTSEND - Prices of fish rose in the week, traders\nsaid\n",
        # initials after an organisation's name in a sentence are no credit
        BODY.replace("The city council", "The Harbour Guard Network (HGN) - and the council"),
        # a subscription offer that names no outlet's word
        BODY + "Subscribe to Premium Access for $1 a week\n",
        BODY + "A judge told The Hague tribunal that the case was closed.\n",
        # a wire agency told something at the sentence's end: other outlets quote it so
        BODY + '"It is late," a fisherman told Reuters.\n',
    ],
)
def test_no_outlet_in_these(text: str) -> None:
    assert extract(text).source is None


@pytest.mark.parametrize(
    ("furniture", "source"),
    [
        # a consent box, the search engine's prompt, its own disclaimer and menus
        (
            "By signing up, you agree to The Quayline's Terms of Use and Privacy Policy.",
            "The Quayline",
        ),
        ("Add Kestrel Post as a Preferred Source on Google", "Kestrel Post"),
        (
            "Harbour Herald is not responsible for the opinions presented by contributors.",
            "Harbour Herald",
        ),
        ("Jobs at The Quayline", "The Quayline"),
        ("Kestrel Post welcomes your comments. Please keep them civil.", "Kestrel Post"),
        ("Join The Quayline's WhatsApp channel for the latest news", "The Quayline"),
        ("Support Harbour Herald's journalism", "Harbour Herald"),
        # a call to follow is no sign-off: the name, not the whole line
        ("Follow Kestrel Post on Instagram", "Kestrel Post"),
    ],
)
def test_the_page_s_prompts_name_its_outlet(furniture: str, source: str) -> None:
    found = extract(BODY + furniture + "\n\nRelated\nFerry returns to Quaytown\n").source
    assert found is not None and found.value == source


def _with_metadata(**fields: str) -> str:
    block = "".join(f"{key}: {value}\n" for key, value in fields.items())
    return f"---\ntitle: Harbour plan approved\n{block}---\n" + BODY.split("\n\n", 1)[1]


@pytest.mark.parametrize(
    ("fields", "source", "derived"),
    [
        # the page's host, last of all: as outlet words where the text never spells them
        ({"hostname": "harbourgazette.example"}, "Harbour Gazette", True),
        ({"url": "https://www.harbourgazette.example/news/plan"}, "Harbour Gazette", True),
        # an outlet as the page's author; a site name with its tagline after a dash
        ({"author": "Quay Courier"}, "Quay Courier", False),
        # the outlet's social handle as the site name, its words from its capitals or read
        # as outlet words; too short a handle names nothing
        ({"sitename": "@QuayCourier"}, "Quay Courier", True),
        ({"sitename": "@harbourgazette"}, "Harbour Gazette", True),
        ({"sitename": "Quay Courier - Your Island News"}, "Quay Courier", False),
    ],
)
def test_the_metadata_block_names_the_outlet(
    fields: dict[str, str], source: str, derived: bool
) -> None:
    found = extract(_with_metadata(**fields)).source
    assert found is not None and (found.value, found.derived) == (source, derived)


def test_the_host_comes_after_what_the_text_says() -> None:
    text = _with_metadata(hostname="harbourgazette.example") + "© 2024 The Quay Courier\n"
    found = extract(text).source
    assert found is not None and found.value == "The Quay Courier"


ROW = "A Harbour City woman said on Monday that police had humiliated her. Mara Quill, 32, said so."


@pytest.mark.parametrize(
    ("text", "source", "authors"),
    [
        # a dataset row's byline: the outlet the writer wrote for, or the agency beside them
        ("By . Jane Rowe For Harbourline . PUBLISHED: . 07:04 EST, 9 January 2014 . " + ROW,
         "Harbourline", ["Jane Rowe"]),
        ("By . Jane Rowe and Associated Press . PUBLISHED: . 07:04 EST, 9 January 2014 . " + ROW,
         "Associated Press", ["Jane Rowe"]),
        ("By . Jane Rowe for the Harbour Post . PUBLISHED: . 07:04 EST, 9 January 2014 . " + ROW,
         "Harbour Post", ["Jane Rowe"]),
        # the writers in capitals, then the agency, on the byline's line
        ("Harbour plan approved\nBy JANE ROWE and TOM VANE Associated Press\n\n" + ROW,
         "Associated Press", ["Jane Rowe", "Tom Vane"]),
        ("By . Jane Rowe In New York . PUBLISHED: . 07:04 EST, 9 January 2014 . " + ROW,
         None, ["Jane Rowe"]),
        # where the writer was, then the agency; a second writer after " . and "; a desk
        ("By . Jane Rowe In New York and Reuters . PUBLISHED: . 07:04 EST, 9 January 2014 . " + ROW,
         "Reuters", ["Jane Rowe"]),
        ("By . Jane Rowe . and Tom Vane . PUBLISHED: . 07:04 EST, 9 January 2014 . " + ROW,
         None, ["Jane Rowe", "Tom Vane"]),
        ("By . Harbour Post Foreign Service . PUBLISHED: . 07:04 EST, 9 January 2014 . " + ROW,
         "Harbour Post", []),
        # an outlet newscat does not know, credited as a wire credits its agency
        ("(HarbourWeekly.com) -- " + ROW, "HarbourWeekly.com", []),
        ("(Harbour Money) -- " + ROW, "Harbour Money", []),
        ("PORTSEND (Quayside Weekly) -- " + ROW, "Quayside Weekly", []),
        # a known agency before the date's label; the outlet's own news service; the agency
        # a story drew on, named last
        ("Harbour plan approved\nPTI | Updated: Jan 5, 2024, 10:00 IST\n\n" + ROW, "PTI", []),
        ("Harbour plan approved\nQuay News Service\nJanuary 5, 2024\n\n" + ROW,
         "Quay News Service", []),
        ("Harbour plan approved\nJanuary 5, 2024\n\n" + ROW + "\n\n(With inputs from PTI)\n",
         "PTI", []),
        # a wire's flag in capitals is no credit
        ("(CORRECTED) - HARBOUR NOTES PLACED\n\nPORTSEND - The port placed notes.\n", None, []),
    ],
)  # fmt: skip
def test_a_dataset_row_s_credits(text: str, source: str | None, authors: list[str]) -> None:
    found = extract(text)
    assert (found.source.value if found.source else None) == source
    assert [a.value for a in found.authors] == authors


@pytest.mark.parametrize("label", ["LIVE TV", "Live Radio"])
def test_a_broadcaster_s_menu_label_over_the_headline_is_no_masthead(label: str) -> None:
    assert extract(label + "\n" + BODY).source is None


HEADLINE, STORY = BODY.split("\n\n", 1)


@pytest.mark.parametrize(
    ("headline", "title", "source"),
    [
        # an outlet's name without an outlet's word: "The" and a name, or one word after a bar
        ("Harbour plan approved - The Quayline", "Harbour plan approved", "The Quayline"),
        ("Harbour plan approved | The Quayline", "Harbour plan approved", "The Quayline"),
        ("Harbour plan approved | Quayline", "Harbour plan approved", "Quayline"),
        # after a dash, one word is the speaker of a headline's words
        ("Harbour plan must go ahead - Kelso", "Harbour plan must go ahead - Kelso", None),
        ("Harbour plan approved | Opinion", "Harbour plan approved", None),
    ],
)
def test_a_site_s_name_after_the_headline(headline: str, title: str, source: str | None) -> None:
    record = extract(f"{headline}\n\n{STORY}")
    assert record.title is not None and record.title.value == title
    assert (record.source.value if record.source else None) == source


def test_a_masthead_and_its_motto_over_the_headline() -> None:
    for masthead in ("The Quayline | Quaytown's daily news", "Quayline | News for Quaytown"):
        headline = "Harbour plan approved after a long debate"
        record = extract(f"{masthead}\n\n{headline}\n\n{STORY}")
        assert record.source is not None
        assert record.source.value == masthead.split(" | ")[0]
        assert record.title is not None and record.title.value == headline


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the page's own address, its name as the address registers it
        (BODY + FOOTER + "\nthequayline.example\n", "The Quayline"),
        ("www.quayline.example\n\n" + BODY, "Quayline"),
        ("https://www.quayline.example/news/harbour-plan\n\n" + BODY, "Quayline"),
        # a share button's address is a platform's
        (BODY + FOOTER + "\nfacebook.com\n", None),
    ],
)
def test_the_page_s_own_address_names_an_outlet_without_outlet_words(
    text: str, source: str | None
) -> None:
    found = extract(text).source
    assert (found.value if found else None) == source
    assert found is None or found.derived


LONG_HEADLINE = "Harbour plan approved after a long debate"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "The" and a name no word of the language: the outlet, where outlets' names stand
        (f"The Quayline\n3 March 2024\n{LONG_HEADLINE}\n\n{STORY}", "The Quayline"),
        (f"THE QUAYLINE\n\n{LONG_HEADLINE}\n\n{STORY}", "THE QUAYLINE"),
        (f"{LONG_HEADLINE}\nDana Kelso / The Quayline\n\n{STORY}", "The Quayline"),
        (BODY + FOOTER + "About The Quayline\n", "The Quayline"),
        (f"{LONG_HEADLINE}\n\nThe Quayline — {STORY}", "The Quayline"),
        # a place's dateline has the same shape
        (f"{LONG_HEADLINE}\n\nThe Hague — {STORY}", None),
        # "The" and words of the language, or a place: a label
        (f"The Latest\n\n{LONG_HEADLINE}\n\n{STORY}", None),
        (f"The Hague\n\n{LONG_HEADLINE}\n\n{STORY}", None),
        (BODY + FOOTER + "About The Author\n", None),
    ],
)
def test_an_outlet_named_the_and_a_name(text: str, source: str | None) -> None:
    found = extract(text).source
    assert (found.value if found else None) == source


def test_a_writer_and_outlet_after_a_slash_is_a_byline_not_a_trail() -> None:
    record = extract(f"{LONG_HEADLINE}\nDana Kelso / The Quayline\n\n{STORY}")
    assert [a.value for a in record.authors] == ["Dana Kelso"]
    assert record.title is not None and record.title.value == LONG_HEADLINE


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a picture's file name under the headline, where a copy keeps it: no address
        (f"{LONG_HEADLINE}\nferry.JPG\n\n{STORY}", None),
        (f"{LONG_HEADLINE}\n\n{STORY}\nquayline.pdf\n", None),
        # an address that registers a city's name is the site's name as written
        (f"Leeds.example\n\n{LONG_HEADLINE}\n\n{STORY}", "Leeds.example"),
        (f"{LONG_HEADLINE}\n\n{STORY}\nleeds.example\n", "leeds.example"),
    ],
)
def test_a_file_s_name_is_no_address_and_a_city_s_address_is_the_site_s_name(
    text: str, source: str | None
) -> None:
    found = extract(text).source
    assert (found.value if found else None) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the outlet reporting, at a sentence's start, where nothing else names it
        (BODY + "The Quayline has learned that the plan will cost more.\n", "The Quayline"),
        (BODY + "It is the third plan. Kestrel Post understands it will pass.\n", "Kestrel Post"),
        (BODY + "Harbour Gazette has reached out to the mayor for comment.\n", "Harbour Gazette"),
        (BODY + "Police have learned that the harbour was flooded.\n", None),
        # or ending a sentence after a comma, its name in capitals
        (BODY + "The plan will cost more, KESTREL POST has learnt.\n", "KESTREL POST"),
        (BODY + "The plan will cost more, HARBOUR POLICE have learned.\n", None),
        # news cites other outlets' interviews and scoops so: none of them is the source
        (
            BODY + "The mayor said in an interview with the Harbour Times that it would pass.\n",
            None,
        ),
        (BODY + "A letter seen by Kestrel Post says the plan will pass.\n", None),
    ],
)
def test_the_outlet_reporting_at_a_sentence_s_start(text: str, source: str | None) -> None:
    found = extract(text).source
    assert (found.value if found else None) == source


def test_a_wire_dateline_in_the_first_paragraph_under_buttons_and_a_caption() -> None:
    """Share buttons' lines and a caption's sentence over the body: the dateline of the
    body's first paragraph still credits the agency."""
    caption = "The pier at Quaytown after the storm on Monday, in a picture from social media."
    buttons = "*\n" * 8
    text = (
        f"Harbour plan approved\n\nBy Dana Kelso\n\n{caption}\n\n{buttons}\n"
        "QUAYTOWN, March 5 (Reuters) - The city council on Tuesday approved a plan to rebuild "
        "the old harbour after a long debate.\n\nOpponents said the plan did not do enough.\n"
    )
    found = extract(text).source
    assert found is not None and (found.value, found.rule) == ("Reuters", "wire-dateline")
