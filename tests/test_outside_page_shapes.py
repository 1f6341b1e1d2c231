"""Pages copied whole in shapes first met on outlets outside the corpora (benchmarks/
eval_outside_pages.py, trafilatura's test pages): a technical post whose code listings break
its body up, a blog's slashed header line, a facts box under the story, a journal's links
under its writer's name, "Previous article" links over the headline, a copyright line above
the footer's boxes, a breadcrumb trail ending in the headline, a syndication credit on its own
line.
Every outlet and person here is made up."""

from __future__ import annotations

import pytest

from newscat.extract import extract
from newscat.extract.text import is_boilerplate
from tests.harbour_story import BODY, HEADLINE, PARAGRAPH, written

MENU = ["Skip to content", "Home", "News", "Science", "Culture", "Sport", "Subscribe"]


def test_a_technical_post_broken_up_by_code_listings_starts_with_its_header() -> None:
    listing = ["$ pipx install harbour-tool", "|-- bin/", "| |-- harbour", "|-- lib/"]
    later = [
        "Running the install command adds the package to the tool's list for your projects, "
        "and each of the projects then keeps its own copy of every package it needs to run."
    ] * 12
    text = written(
        "Managing Harbour Environments",
        "By Dana Kelso - January 10, 2020",
        "21 minutes - 4312 words",
        PARAGRAPH,
        *listing * 4,
        "Defaults for each project can be set by",
        *listing,
        "To install a package with the tool for each of your projects, simply running",
        *listing * 4,
        *later,
        *later,
    )
    found = extract(text)
    assert found.title is not None and found.title.value == "Managing Harbour Environments"
    assert found.published is not None and found.published.value == "2020-01-10"
    assert [author.value for author in found.authors] == ["Dana Kelso"]


def test_a_reading_time_with_a_word_count_is_furniture() -> None:
    assert is_boilerplate("21 minutes - 4312 words")
    assert is_boilerplate("4,312 words")
    assert not is_boilerplate("21 minutes of talks ended without a deal")


def test_a_blog_s_slashed_header_line_names_the_writer_and_no_person_in_its_date() -> None:
    found = extract(written(HEADLINE, "/ Dana Kelso / 10:08 am Fri Jul 19, 2013", *BODY))
    assert [author.value for author in found.authors] == ["Dana Kelso"]
    assert found.published is not None and found.published.value == "2013-07-19"
    assert "Fri Jul" not in [person.name for person in found.people]


def test_an_outlet_in_capitals_takes_the_spelling_the_page_gives_it() -> None:
    text = written(
        HEADLINE,
        *BODY,
        "GET THE KESTREL GAZETTE NEWSLETTER",
        "Kestrel Gazette uses cookies and analytics to run this site.",
    )
    found = extract(text)
    assert found.source is not None and found.source.value == "Kestrel Gazette"


def test_a_trademark_sign_is_no_part_of_the_outlet_s_name() -> None:
    text = written(
        *MENU,
        "Harbour Magazine © 2011-2019. All Rights Reserved.",
        HEADLINE,
        "June 5, 2019 by staff",
        *BODY,
        "Related",
        "© 2011-2019, HARBOUR MAGAZINE®. ALL EDITORIAL CONTENT ON OUR SITES IS PROTECTED.",
    )
    found = extract(text)
    assert found.source is not None and found.source.value == "Harbour Magazine"


def test_a_copyright_line_ends_at_the_footer_s_bar() -> None:
    text = written(
        HEADLINE, *BODY, "© 2020 Kestrel Radio | Privacy Policy | Legal notice | Contact"
    )
    found = extract(text)
    assert found.source is not None and found.source.value == "Kestrel Radio"


def test_a_facts_box_under_the_story_names_its_writer() -> None:
    text = written(
        *MENU,
        HEADLINE,
        *BODY,
        "Related Subjects Harbour",
        "Date 19.01.2020",
        "Author Dana Kelso",
        "Keywords harbour, wall, storms",
        "Send us your feedback.",
    )
    found = extract(text)
    assert [author.value for author in found.authors] == ["Dana Kelso"]


def test_a_writer_s_name_alone_under_the_headline_the_date_and_a_label_over_it() -> None:
    text = written(*MENU, "March 29, 2019", "Community", HEADLINE, "Dana Kelso", *BODY)
    found = extract(text)
    assert [author.value for author in found.authors] == ["Dana Kelso"]


def test_a_writer_s_name_over_a_link_to_the_writer_s_page() -> None:
    text = written(
        *MENU,
        "NEWS",
        "24 September 2019",
        HEADLINE,
        "Engineers found cracks along much of the wall's length.",
        "Dana Kelso",
        "Search for this author in:",
        "Pub Med",
        "Google Scholar",
        *BODY,
    )
    found = extract(text)
    assert [author.value for author in found.authors] == ["Dana Kelso"]


def test_the_headline_under_previous_and_next_article_links() -> None:
    text = written(
        *MENU,
        "Ferry strike ends after two weeks of talksPrevious article",
        "New lighthouse keeper appointed for the northern capeNext article",
        "Sea wall to be rebuilt before the winter storms hit the harbour",
        "Author: Dana Kelso",
        "July 30, 2019 1:16 pm",
        "minute read",
        "Write a comment",
        "Share this article:",
        "The old sea wall will be rebuilt before the winter storms hit the harbour, the board "
        "said.",
        *BODY,
        "Suggested articles",
        "Quaytown ferry fares to rise in the spring",
        "Fares on the ferry to Quaytown will rise by a tenth in the spring, its operator said "
        "on Monday, blaming the cost of fuel and repairs to its oldest boat.",
        "August 21, 2019",
    )
    found = extract(text)
    assert found.title is not None
    assert found.title.value == "Sea wall to be rebuilt before the winter storms hit the harbour"
    assert found.published is not None and found.published.value == "2019-07-30"
    assert [author.value for author in found.authors] == ["Dana Kelso"]


def test_a_copyright_line_above_the_footer_s_boxes() -> None:
    boxes = [
        "Insider content is written by a trusted community of experts who write for us "
        "about their own fields, and each piece is reviewed before it is published here.",
        "Sponsored content is paid for by an advertiser and written by its own team, and it "
        "is always labelled so that readers can tell it apart from the newsroom's work.",
    ] * 4
    footer = ["Privacy", "Terms", "Contact", "About", "Careers", "Advertise"] * 5
    text = written(HEADLINE, *BODY, *BODY, "Copyright © 2019 Kestrel Wire", *boxes, *footer)
    found = extract(text)
    assert found.source is not None and found.source.value == "Kestrel Wire"


def test_a_breadcrumb_trail_ending_in_the_headline_and_a_syndication_credit() -> None:
    text = written(
        *MENU,
        f"Home Climate {HEADLINE}",
        "Climate",
        HEADLINE,
        "By",
        "The Quayside Press",
        "-",
        "January 17, 2020",
        "Facebook",
        "Twitter",
        "Courtesy of Coastline News",
        "Written by: Dana Kelso",
        "The Centre for Coastal Research said on Tuesday that the harbour board had voted to "
        "rebuild the old sea wall before the winter storms.",
        *BODY,
    )
    found = extract(text)
    assert found.title is not None and found.title.value == HEADLINE
    assert found.source is not None and found.source.value == "Coastline News"
    assert [author.value for author in found.authors] == ["Dana Kelso"]


def test_the_page_s_the_before_a_longer_name_is_not_the_outlet_s() -> None:
    text = written(
        *MENU,
        HEADLINE,
        *BODY,
        "More from our archive",
        "The Kestrel Post Vault",
        "© 2023 Kestrel Post, LLC. All Rights Reserved.",
    )
    found = extract(text)
    assert found.source is not None and found.source.value == "Kestrel Post"


PAGE_BODY = "\n".join(BODY) + "\n"


def test_a_site_name_that_is_only_its_domain_is_the_outlet_as_its_address() -> None:
    text = f"---\ntitle: {HEADLINE}\nhostname: quaysidenotes.example\nsitename: quaysidenotes.example\n---\n"
    found = extract(text + PAGE_BODY)
    assert found.source is not None and found.source.value == "quaysidenotes.example"


def test_a_blog_host_s_domain_is_not_the_outlet() -> None:
    text = (
        f"---\ntitle: {HEADLINE}\nurl: https://buchseiten.wordpress.com/2013/10/20/wall/\n"
        "hostname: wordpress.com\nsitename: Books // Film & More\n---\n"
    )
    found = extract(text + PAGE_BODY)
    assert found.source is None or "press" not in found.source.value.lower()


def test_a_site_name_made_from_the_site_s_account_is_read_as_its_domain() -> None:
    from newscat.page_site import with_domain_for_account

    block = "---\ntitle: A\nhostname: harbourledger.example\nsitename: Harbourledgerexample\n---\n"
    assert "sitename: harbourledger.example\n" in with_domain_for_account(block + PAGE_BODY)
    kept = "---\ntitle: A\nhostname: harbourledger.example\nsitename: Harbour Ledger\n---\n"
    assert with_domain_for_account(kept + PAGE_BODY) == kept + PAGE_BODY


def test_a_standfirst_not_twice_the_headline_s_length_under_it() -> None:
    text = written(
        *MENU,
        "Waves break over the old sea wall at Quaytown during the storm on Sunday night.",
        "Despite everything, Quaytown's emissions dipped in 2019",
        "Cracks have spread along the wall over the past ten years, engineers say",
        "--",
        "Shares",
        "Dana Kelso",
        "January 10, 2020 9:00AM (UTC)",
        *BODY,
    )
    found = extract(text)
    assert found.title is not None
    assert found.title.value == "Despite everything, Quaytown's emissions dipped in 2019"


def roles_of(text: str) -> dict[str, str | None]:
    return {
        person.name: person.role.value if person.role else None for person in extract(text).people
    }


def test_a_relative_adverb_is_no_part_of_a_role() -> None:
    text = "The network's new podcast is Harbour Lives, wherein host Dana Kelso meets the crews.\n"
    assert roles_of(text) == {"Dana Kelso": "host"}


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # the sentence's verb after an office is no part of it
        (
            "Tom Vane as health secretary is a nightmare for patients.",
            {"Tom Vane": "health secretary"},
        ),
        (
            "At the college where Dana Kelso is an alumnus canceled classes, students marched.",
            {"Dana Kelso": "alumnus"},
        ),
        (
            "Dana Kelso, chief executive of a company that makes chips, said so.",
            {"Dana Kelso": "chief executive of a company"},
        ),
        # a verb after "forward to" or "for": no office's portfolio before the name
        ("Two dozen women have come forward to accuse Tom Vane of harassment.", {"Tom Vane": None}),
        (
            "Reinventing the candidate for television helped propel Tom Vane to office.",
            {"Tom Vane": None},
        ),
        # a base form that names a thing too stays; a preposition opens no apposition
        (
            "Dana Kelso, head of the social policy think tank, said so.",
            {"Dana Kelso": "head of the social policy think tank"},
        ),
        (
            "Tom Vane, alongside Dana Kelso, also introduced the singer.",
            {"Tom Vane": None, "Dana Kelso": None},
        ),
        # a verb before the office is no modifier of it
        ("Does Quill Comics president Tom Vane agree?", {"Tom Vane": "Quill Comics president"}),
        ("The court saw defence lawyer Tom Vane arrive.", {"Tom Vane": "defence lawyer"}),
        ("Celebrated author Dana Kelso spoke.", {"Dana Kelso": "Celebrated author"}),
        # an organisation's short name in brackets stays in the apposition
        (
            "Tom Vane told Dana Kelso, head of the Federation of Harbour Trades (Quaytrade), "
            "that talks were over.",
            {
                "Tom Vane": None,
                "Dana Kelso": "head of the Federation of Harbour Trades (Quaytrade)",
            },
        ),
        # after "According to …," the sentence's subject, unless a comma closes it
        (
            "According to Tom Vane, a detective for the city police was given the files.",
            {"Tom Vane": None},
        ),
        (
            "According to Tom Vane, a spokesman for the bank, the deal is off.",
            {"Tom Vane": "spokesman for the bank"},
        ),
        # a portfolio in small letters stays
        (
            "The minister of ports and fisheries Dana Kelso said so.",
            {"Dana Kelso": "minister of ports and fisheries"},
        ),
    ],
)
def test_the_sentence_s_verb_ends_an_office(text: str, roles: dict[str, str | None]) -> None:
    assert roles_of(text + "\n") == roles


def test_a_capitalised_particle_that_ends_a_name_is_its_surname() -> None:
    text = "The party's spokesman Tahir Della told reporters on Monday that talks were over.\n"
    assert roles_of(text) == {"Tahir Della": "party's spokesman"}


def test_a_name_after_a_place_s_kind_and_of_is_a_place() -> None:
    text = (
        "Smoke covered parts of the states of Mato Vesta and Paranoa on Monday, and the town of "
        "Lora Quill, said Dana Kelso, a forecaster.\n"
    )
    assert list(roles_of(text)) == ["Dana Kelso"]
    assert list(roles_of("Talks on the state of Dana Kelso's health went on.\n")) == ["Dana Kelso"]


def test_names_listed_after_their_kind_spread_across_places() -> None:
    text = (
        "Quayscript has festivals around the world, such as Tom Vane Week, Mara Quillon Days "
        "and QuayFest, its founder Dana Kelso said.\n"
    )
    assert list(roles_of(text)) == ["Dana Kelso"]


def test_a_title_case_headline_s_verb_is_no_part_of_the_speaker_s_title() -> None:
    text = (
        "We Need Sea Walls to Stop the Floods, Warns Climate Scientist Dana Kelso\n\n"
        "The harbour is flooding more often, she said on Monday in a long interview.\n"
    )
    assert roles_of(text) == {"Dana Kelso": "Climate Scientist"}


def test_an_adverbial_after_a_name_s_comma_is_no_apposition() -> None:
    text = (
        "The minister defended the pick for the port board, Quay Oil chief executive Tom Vane, "
        "over his relationship with Harbour President Dana Kelso.\n"
    )
    assert roles_of(text) == {
        "Tom Vane": "Quay Oil chief executive",
        "Dana Kelso": "Harbour President",
    }


def test_works_and_events_named_after_someone_are_no_people() -> None:
    text = (
        "The film is based on The Dana Kelso Diaries, first published in 1993, and opens at "
        "the Mara Quillon Awards, its producer Tom Vane said.\n"
    )
    assert list(roles_of(text)) == ["Tom Vane"]


def test_a_police_station_named_after_a_place_is_no_person() -> None:
    text = (
        "The men are held at London's Quayside Green police station, where officers will "
        "question them, Dana Kelso said.\n"
    )
    assert list(roles_of(text)) == ["Dana Kelso"]


def test_a_title_s_words_after_a_preposition_are_no_person() -> None:
    text = "Dana Kelso, star of Quaytown Nights and Men In Black, will be given a prize.\n"
    assert list(roles_of(text)) == ["Dana Kelso"]


def test_a_product_s_model_with_figures_is_no_person() -> None:
    text = (
        "He said Quay's Clie PEG UX50 media player with its swivel screen broke the design "
        "rules, Dana Kelso said.\n"
    )
    assert list(roles_of(text)) == ["Dana Kelso"]


@pytest.mark.parametrize("label", ["Previous Post", "UP NEXT", "Next article"])
def test_a_link_to_another_story_under_the_headline_names_none_of_its_people(label: str) -> None:
    lede = (
        "Quaytown’s port handled 1.1% more cargo in 1st quarter, 3.8% year on year\n"
        "QUAYTOWN (HW) — Quaytown’s port handled 1.1% more cargo in the first quarter of 2023, "
        "bringing growth to an annualized rate of 3.8% compared to the same period of 2022, the "
        "port authority said Friday.\n"
        "The authority said growth was spurred by an expansion in container traffic, which "
        "offset a 3.2% drop in bulk cargo.\n"
    )
    text = (
        "Quaytown’s port handled 1.1% more cargo in 1st quarter, 3.8% year on year\n"
        f"{label}\nCorin Halloway wins harbour award\n\nHarbour Wire April 28, 2023 GMT\n\n" + lede
    )
    found = extract(text)
    assert found.people == []
    assert found.title is not None and found.title.value.startswith("Quaytown’s port handled")


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Oscar nominee Dana Kelso was not at the ceremony.", {"Dana Kelso": "Oscar nominee"}),
        (
            "Tom Vane, the Olympic silver medallist, retired on Monday.",
            {"Tom Vane": "Olympic silver medallist"},
        ),
        ("Agent Jane Roe said her client would stay.", {"Jane Roe": "Agent"}),
        (
            "Marla Quent, a publicist for the studio, declined to comment.",
            {"Marla Quent": "publicist for the studio"},
        ),
    ],
)
def test_roles_the_training_news_heads_names_with(text: str, roles: dict[str, str | None]) -> None:
    assert roles_of(text + "\n") == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("The answer came from Tom Vane, a tall, bearded man who heads it.", {"Tom Vane": None}),
        ("Dana Kelso, an exuberantly bearded, owl-like figure, spoke.", {"Dana Kelso": None}),
        ("Tom Vane, a tall, soft-spoken man, said so.", {"Tom Vane": None}),
        ("Tom Vane, a quiet and modest man, spoke.", {"Tom Vane": "quiet and modest man"}),
        # an adjective news uses as a noun too, with no adjective after its comma
        ("Dana Kelso, a Ruritanian national, was held.", {"Dana Kelso": "Ruritanian national"}),
    ],
)
def test_adjectives_listed_before_their_noun_are_no_role(
    text: str, roles: dict[str, str | None]
) -> None:
    assert roles_of(text + "\n") == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "It was founded by 21st Century Quay executive chairman Tom Vane in 1996.",
            {"Tom Vane": "21st Century Quay executive chairman"},
        ),
        ("The 7th Fleet commander Dana Kelso said so.", {"Dana Kelso": "7th Fleet commander"}),
        ("In his 2nd term President Tom Vane said so.", {"Tom Vane": "President"}),
    ],
)
def test_an_ordinal_opening_an_organisation_s_name_stays_in_the_role(
    text: str, roles: dict[str, str | None]
) -> None:
    assert roles_of(text + "\n") == roles
