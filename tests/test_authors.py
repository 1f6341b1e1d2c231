"""Authors: extracted from bylines and credits, stored, searched, listed, corrected."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscat.extract import extract
from newscat.extract.people import extract_people
from tests.conftest import add_articles, run_sql

BYLINES = [
    # a title before the writer's name is no part of it
    (
        "Harbour wall rebuilt\nBy Dr. Dana Kelso and Mara Quillon\n\nThe council met.",
        ["Dana Kelso", "Mara Quillon"],
    ),
    ("Harbour wall rebuilt\nBy Prof. Dana Kelso\n\nThe council met.", ["Dana Kelso"]),
    # the date's label, the date and the writer on one line
    (
        "Harbour wall rebuilt\n\nPosted on March 12, 2024 by Dana Kelso\n\nThe council met.",
        ["Dana Kelso"],
    ),
    (
        "Harbour wall rebuilt\n\nPublished 12 March 2024, 10:32 by Jane Doe and Tom Vane\n\nThe council met.",
        ["Jane Doe", "Tom Vane"],
    ),
    ("By Jane Holloway\n12 March 2024\n\nThe council met.", ["Jane Holloway"]),
    # a month's name as a given name, in the byline and in the metadata's author field
    (
        "Harbour wall rebuilt\nby April Kelso\nDec 15, 2016, 1:55pm EST\n\nThe council met.",
        ["April Kelso"],
    ),
    (
        "---\ntitle: Harbour wall rebuilt\nauthor: June Quillon\n---\nThe council met.",
        ["June Quillon"],
    ),
    # an author field running into its writer's bio
    (
        "---\ntitle: Harbour wall rebuilt\nauthor: Dana Kelso Dana Kelso is an editor\n---\n"
        "The council met.",
        ["Dana Kelso"],
    ),
    # an address's pieces in the author field; the link run into the writer's name
    (
        "---\ntitle: Harbour wall rebuilt\nauthor: Dana Kelso; Dkelso Com\n---\nThe council met.",
        ["Dana Kelso"],
    ),
    (
        "Harbour wall rebuilt\nby Dana Kelso More stories by Dana Kelso\n\nThe council met.",
        ["Dana Kelso"],
    ),
    ("Harbour wall rebuilt\nBy Thomas More\n\nThe council met.", ["Thomas More"]),
    # the writers after the line's date
    (
        "Harbour wall rebuilt\n11/28/2016 11:00 AM PST by Dana Kelso and Tom Vane\n\n"
        "The council met.",
        ["Dana Kelso", "Tom Vane"],
    ),
    # a contributor with a middle initial
    (
        "Harbour wall rebuilt\n\nThe council met on Monday, members said.\n"
        "Mara S. Quillon contributed to this report.\n",
        ["Mara S. Quillon"],
    ),
    (
        "By . Tom Rivers . PUBLISHED: . 07:47 EST, 18 September 2013 . The council met.",
        ["Tom Rivers"],
    ),
    (
        "By Mara Quill and Dev Anand The Associated Press\n\nThe council met.",
        ["Mara Quill", "Dev Anand"],
    ),
    (
        "Headline here\n\nPriya Natarajan · City News · Posted: Aug 08, 2024\n\nThe council met.",
        ["Priya Natarajan"],
    ),
    (
        "Headline here\n\nOwen Marsh / TNN / Updated: Oct 9, 2019\n\nThe council met.",
        ["Owen Marsh"],
    ),
    (
        "Headline here\n\nAngus Fairley\nFriday 22 November 2024 08:49 GMT\n\nThe council met.",
        ["Angus Fairley"],
    ),
    ("Headline here\n\nArticle by\nBarry Lennox\n\nThe council met on Monday.", ["Barry Lennox"]),
    # the writer, the outlet and the place on one line; a byline in capitals; a label
    ("Headline here\nJane Rowe, Harbour News, Lisbon\n\nThe council met.", ["Jane Rowe"]),
    ("Headline here\nBY JANE ROWE\n\nThe council met.", ["Jane Rowe"]),
    ("Headline here\nAuthor: Jane Rowe\n\nThe council met.", ["Jane Rowe"]),
    ("Headline here\nAnalysis by Jane Rowe\nMarch 3, 2023\n\nThe council met.", ["Jane Rowe"]),
    ("Headline here\nJane Rowe, Lisbon\nFriday 3 March 2023\n\nThe council met.", ["Jane Rowe"]),
    # a writer's card: the name, then the job on a line of its own; a name in capitals
    ("Headline here\nJane Rowe\nSenior Reporter\n@janerowe\n\nThe council met.", ["Jane Rowe"]),
    ("Headline here\nJANE ROWE\nMarch 3, 2023\n\nThe council met.", ["Jane Rowe"]),
    ("---\nauthor: By Jane Rowe, Chief Reporter\n---\nThe council met.", ["Jane Rowe"]),
    (
        "The council met.\n\n(Reporting by Ann Kerr; Additional reporting by Li Wei and Sam Ode in "
        "Washington, Rosa Diaz in Paris; Editing by Paul Vane)",
        ["Ann Kerr", "Li Wei", "Sam Ode", "Rosa Diaz", "Paul Vane"],
    ),
    # a dataset row: the story in one paragraph, its credits run in as its last sentences
    (
        "QUAYTOWN (Kestrel Wire) - The council met on Monday. It agreed the budget. Reporting by "
        "Ann Kerr; Editing by Paul Vane",
        ["Ann Kerr", "Paul Vane"],
    ),
    (
        "The council met.\n\nCNN's Ella Stone and Raj Patel contributed to this report.",
        ["Ella Stone", "Raj Patel"],
    ),
    ("The council met.\n\nWith files from Noor Haddad", ["Noor Haddad"]),
    ("The council met.\n\n– Desmond Clarke\n\nMore news", ["Desmond Clarke"]),
    ("---\ntitle: A\nauthor: Lena Fox\n---\nThe council met.", ["Lena Fox"]),
    # the writer's note under the story: how to reach them, what they cover
    (
        "The council met.\n\nContact the reporter: Tom Vane, tvane@harbourgazette.example",
        ["Tom Vane"],
    ),
    (
        "The council met.\n\nTom Vane covers transport for the Gazette. Reach him at x@y.example.",
        ["Tom Vane"],
    ),
    ("The council met.\n\nJane Rowe is a staff writer at the Harbour Post.", ["Jane Rowe"]),
    # two writers and the agency; the writer's job after a dash; an address under the name;
    # a correspondent "from" a place; a bio that says where the journalist is based
    (
        "Headline here\nJane Rowe and Tom Vane, Harbour Wire\n\nThe council met.",
        ["Jane Rowe", "Tom Vane"],
    ),
    ("Headline here\nJane Rowe - Senior Reporter\n\nThe council met.", ["Jane Rowe"]),
    ("Headline here\nJane Rowe\njrowe@harbourpost.example\n\nThe council met.", ["Jane Rowe"]),
    ("Headline here\nFrom Jane Rowe in Lisbon\n\nThe council met.", ["Jane Rowe"]),
    (
        "The council met.\n\nJane Rowe is a freelance journalist based in Lisbon.",
        ["Jane Rowe"],
    ),
    # the editor credited in the header; a name over how long ago the story was posted
    (
        "Headline here\nEdited by Jane Rowe | Updated: March 3, 2023\n\nThe council met.",
        ["Jane Rowe"],
    ),
    ("Headline here\nJane Rowe\n4 Hrs Ago\n\nThe council met.", ["Jane Rowe"]),
    # a genre's byline
    ("Headline here\nOpinion by Jane Rowe\nMarch 3, 2023\n\nThe council met.", ["Jane Rowe"]),
    ("Headline here\nGuest column: Jane Rowe\nMarch 3, 2023\n\nThe council met.", ["Jane Rowe"]),
    # a byline without "By": the writer for the outlet
    ("Headline here\nTom Vane for the Quay Courier\n\nThe council met.", ["Tom Vane"]),
    # "By" and the name as two links of a page, a line each
    ("Headline here\nBy\nDana Kelso\n-\nMay 4, 2022\n\nThe council met.", ["Dana Kelso"]),
    ("Headline here\nby:\nDana Kelso\nFrom:\nQuay Courier\n\nThe council met.", ["Dana Kelso"]),
    # a byline in capitals joins its names with "AND"
    (
        "Harbour wall rebuilt\nBy DANA KELSO AND MARA QUILLON\n\nThe council met.",
        ["Dana Kelso", "Mara Quillon"],
    ),
    # the writer and their job, under a standfirst
    (
        "Harbour wall rebuilt\nThe decision follows months of debate among those it affects.\n"
        "Tom Vane, Staff Writer\n\nThe council met.",
        ["Tom Vane"],
    ),
    # the name alone under the header's date
    ("Harbour wall rebuilt\nNovember 27, 2024\nTom Vane\n\nThe council met.", ["Tom Vane"]),
    # the writer's and the editor's credits on one line, a comma between
    (
        "Harbour wall rebuilt\nWritten by Dana Kelso, Edited by Tom Vane\n\nThe council met.",
        ["Dana Kelso", "Tom Vane"],
    ),
    # the writer and where they reported from, over the date
    (
        "Quay Rovers go top\nMatch report\nDana Kelso at Harbour Road\nSat 12 Oct 2024 17.05 BST\n\n"
        "The club won on Saturday.",
        ["Dana Kelso"],
    ),
    # a surname's particles in small letters
    ("Harbour wall rebuilt\n\nBy Marisol de la Vega\n\nThe council met.", ["Marisol de la Vega"]),
    (
        "---\ntitle: Harbour wall rebuilt\nauthor: Pieter van der Kolk; Ana dos Reis\n---\n"
        "The council met.",
        ["Pieter van der Kolk", "Ana dos Reis"],
    ),
    # a comma before the list's last "and" or "&", the agency after the list
    (
        "Harbour wall rebuilt\n\nBy Dana Kelso, Tom Vane, and Mara Quillon, QCN\n\nThe council met.",
        ["Dana Kelso", "Tom Vane", "Mara Quillon"],
    ),
    (
        "Harbour wall rebuilt\n\nBy Dana Kelso, Tom Vane, & Mara Quillon\n\nThe council met.",
        ["Dana Kelso", "Tom Vane", "Mara Quillon"],
    ),
    # a nickname in quotes inside the writer's name
    (
        'Harbour wall rebuilt\n\nBy Dana "Quick" Kelso November 19, 2023 7:18 pm\n\nThe council met.',
        ["Dana Kelso"],
    ),
    # a gallery's buttons over the wire's credit and the writer's byline
    (
        "Harbour wall rebuilt\nPrev Next\nBy: Quay Wire\nPosted at 2013-12-30T14:42:01-0700\n"
        "By Dana Kelso\nQuay Wire\n\nThe council met.",
        ["Dana Kelso"],
    ),
    # a button glued to the byline under the story
    (
        "Harbour wall rebuilt\n\nThe council met on Monday, members said.\n"
        "-- By Tom Vane Follow @tomvane",
        ["Tom Vane"],
    ),
    # a page's description that opens with the story's byline, the block naming no writer
    (
        "---\ntitle: Harbour wall rebuilt\nauthor: Quay Wire\ndescription: By Dana Kelso Reuters "
        "HARBOURTON — The council met on Monday.\n---\nHARBOURTON — The council met.",
        ["Dana Kelso"],
    ),
]
NOT_AUTHORS = [
    # an author field holding the page's sign-in button
    "---\ntitle: Harbour wall rebuilt\nauthor: Sign In\n---\nThe council met.",
    # a stadium named after a place, above the match's date
    "Portugal v Wales (Sat)\n\nCampo de Portugal, Lisbon\n\nSaturday, 26 February\n\nThe match was close.",
    "By . Daily Mail Reporter . PUBLISHED: . 07:47 EST, 18 September 2013 . The council met.",
    "By Our Foreign Staff\n\nThe council met.",
    "Headline here\n\nTom Alweendo\n\nBy the end of the day the council met.",
    "A film produced by Evil Dead director Sam Raimi topped the box office.",
    "Headline here\nVote Jane Rowe for Harbour Mayor\n\nThe council met.",
    "The council met.\n\nJane Rowe is a former writer at the Harbour Post and now its owner.",
    "Merle Kilgore, co-writer of the country hit Ring of Fire, has died aged 70.",
    # a picture's credit under its caption
    "Headline here\nThe harbour wall on Monday.\nLena Morrow/Quay Images\n\nThe council met.",
    # a label over an embedded post, and a column's name over the date: words of the language
    "Headline here\n\nThe council met.\nImage Copyright @QuayRecords @QuayRecords\nReport\n",
    "Headline here\nTalking Point\nMarch 3, 2024\n\nThe council met on Monday, members said.",
    # a book's writer credited at a sentence's end, high in the story
    "Library reopens\n\nShe held a copy of the book Harbour Lights, written by Marc Hedley.\n",
    # a headline about someone where they are, over the date: the body names her again
    "World\nDana Kelso in Marrowby\nMay 3, 2024\n\nDana Kelso arrived in Marrowby on Friday.",
    # a fixture under a date: a function word inside is no name's
    "Results\nMarch 3, 2024\nFlorence Town At Preston\n\nThe match was played on Monday.",
    # a label opening a link to another story; a comment's writer under the story
    "Headline here\n\nThe council met.\n\nALSO READ | Ian Maltby quits as netball coach\n",
    "Headline here\n\nThe harbour council backed the budget for the new library on Monday "
    "after a long debate, members said.\n3 Comments\n"
    "Ian Maltby · 2 hours ago\nGreat to see the council act at last.\nReply\n",
]


@pytest.mark.parametrize(("text", "names"), BYLINES, ids=[n[0] for _, n in BYLINES])
def test_bylines_and_credits(text: str, names: list[str]) -> None:
    assert [a.value for a in extract(text).authors] == names


@pytest.mark.parametrize("text", NOT_AUTHORS)
def test_not_authors(text: str) -> None:
    assert extract(text).authors == []


def test_other_stories_bylines_under_a_short_story_are_not_its_authors() -> None:
    text = (
        "Council agrees library budget\n- by Dana Kelso April 21, 2022\n"
        "The council agreed the budget for the new library on Monday, members said.\n"
        "The library will open next spring in the old customs house on the quay.\n"
        "You may also like these articles\nFerry fares to rise in spring\n"
        "by Tom Vane The ferry company said on Friday that fares would rise by a tenth.\n"
    )
    assert [author.value for author in extract(text).authors] == ["Dana Kelso"]


def test_an_author_is_not_a_person_of_the_story() -> None:
    record = extract(
        "Mayor speaks\n\nBy Jane Holloway\n\nMayor Tom Reed said on Monday that the bridge will reopen.\n"
    )
    assert [p.name for p in record.people] == ["Tom Reed"]


def test_credited_writers_and_editors_mid_line_are_no_people_of_the_story() -> None:
    # the people rules alone: wherever the credits stand, their names are no one's in it
    text = (
        "Mayor Tom Reed said on Monday that the bridge will reopen soon.\n"
        "A film produced by Mara Quillon about the bridge opened on Friday.\n"
        "Reporting by Dana Kelso, additional reporting by Lena Morrow, writing by Jon Hale, "
        "Editing by Peter Wallace\n"
    )
    assert [person.name for person in extract_people(text)] == ["Tom Reed", "Mara Quillon"]


STORIES = {
    "a.txt": "Bridge reopens\nBy Jane Holloway\n4 May 2023\n\nMayor Tom Reed said on Monday that the bridge had reopened.\n",
    "b.txt": "Harbour closes\nBy Jane Holloway and Omar Said\n9 June 2023\n\nThe harbour closed on Friday for repairs, officials said.\n",
    "c.txt": "Rain expected\n\nRain is expected all week across the region, forecasters said on Sunday.\n",
}


@pytest.fixture
def catalogue(run, tmp_path: Path):
    return add_articles(run, tmp_path / "stories", STORIES)


def ids(run, *args: str) -> list[int]:
    result = run("search", "--json", "--sort", "added", *args)
    return sorted(a["id"] for a in json.loads(result.stdout))


def test_authors_are_stored_searched_and_listed(catalogue) -> None:
    shown = json.loads(catalogue("show", "2", "--json").stdout)
    assert shown["authors"] == ["Jane Holloway", "Omar Said"]
    assert [a["rule"] for a in shown["evidence"]["authors"]] == ["byline", "byline"]
    assert ids(catalogue, "--author", "holloway") == [1, 2]
    assert ids(catalogue, "--", "author:omar") == [2]
    assert ids(catalogue, "--", "author:none") == [3]
    assert ids(catalogue, "--", "-author:holloway") == [3]
    listing = json.loads(catalogue("authors", "--json").stdout)
    assert listing[0]["name"] == "Jane Holloway" and listing[0]["articles"] == 2
    assert listing[0]["first_seen"] == "2023-05-04" and listing[0]["last_seen"] == "2023-06-09"
    assert "Jane Holloway" in catalogue("export", "csv").stdout.splitlines()[1]


def test_edit_author_is_kept_through_reindex(catalogue) -> None:
    catalogue("edit", "3", "--author", "Kim Lowe")
    catalogue("reindex")
    assert json.loads(catalogue("show", "3", "--json").stdout)["authors"] == ["Kim Lowe"]
    assert json.loads(catalogue("show", "1", "--json").stdout)["authors"] == ["Jane Holloway"]


def test_reindex_fills_authors_of_articles_stored_before(catalogue, db) -> None:
    run_sql(db, "DELETE FROM article_authors")  # as a catalogue from before schema 6
    result = catalogue("reindex")
    assert "authors in 2" in result.stderr
    assert ids(catalogue, "--author", "jane holloway") == [1, 2]


def test_an_authors_outlet_with_a_comma_stays_whole(run) -> None:
    text = "Bridge reopens\nBy Jane Holloway\n4 May 2023\n\nThe bridge reopened on Monday after repairs, officials said.\n"
    run("add", "-", "--source", "Harbour Times, Evening Edition", input=text)
    listing = json.loads(run("authors", "--json").stdout)
    assert listing[0]["sources"] == ["Harbour Times, Evening Edition"]


def test_a_broadcast_sign_off_names_the_reporter_not_a_person_of_the_story() -> None:
    text = (
        "Cold wave grips the capital\n\n"
        "Temperatures fell below freezing on Tuesday, and the weather office said Wednesday "
        "would be colder still.\nMira Sol has more.\nThe cold is expected to ease by the "
        "weekend, forecasters said.\nMira Sol, Harbour Radio News.\n"
    )
    for copied in (text, text + "Share\nPrint\nList\n\nShare\n"):  # the page's buttons under it
        record = extract(copied)
        assert [a.value for a in record.authors] == ["Mira Sol"]
        assert record.people == []
    # a name and a title after the comma, not an outlet: no sign-off
    assert extract("Talks\n\nTalks went on all day.\nJane Roe, Prime Minister.\n").authors == []


def test_no_part_of_a_byline_in_capitals_is_a_person_of_the_story() -> None:
    text = "Harbour wall rebuilt\nBy DANA KELSO AND MARA QUILLON\n\nThe council met on Monday."
    assert extract(text).people == []


PAGE_HEADERS = [
    # inline elements laid side by side with no space between them: "NameThe Outlet"
    (
        "Quay wall repairs start before summer\n"
        "Dana KelsoThe Harbour Gazette\n"
        "Tue, 26 November 2024 9:27PM\n\n"
        "Repairs to the old quay wall began on Monday, the harbour board said.\n",
        ["Dana Kelso"],
        "The Harbour Gazette",
    ),
    # … or with a space between them, a surname of two words
    (
        "Quay wall repairs start before summer\n"
        "Dana Kelso-Vane The Harbour Gazette\n"
        "Tue, 26 November 2024 9:27PM\n\n"
        "Repairs to the old quay wall began on Monday, the harbour board said.\n",
        ["Dana Kelso-Vane"],
        "The Harbour Gazette",
    ),
    # no date under the line: glued, or the outlet named in full
    (
        "Quay wall repairs start before summer\n"
        "Dana KelsoThe Quayline\n\n"
        "Repairs to the old quay wall began on Monday, the harbour board said.\n",
        ["Dana Kelso"],
        "The Quayline",
    ),
    (
        "Quay wall repairs start before summer\n"
        "Dana Kelso The Harbour Gazette\n\n"
        "Repairs to the old quay wall began on Monday, the harbour board said.\n",
        ["Dana Kelso"],
        "The Harbour Gazette",
    ),
    # a picture's credit written after the caption's sentence, then alone under the picture,
    # is neither a byline nor the source; the footer's "About HGZ" is
    (
        "Harbour ferry sinks\n"
        "December 15, 2016 3:33 PM ET\n"
        "Lena Morrow\n"
        "Enlarge this image\n"
        "The ferry is towed into Quay Harbour on June 18. Dana Kelso/Harbour Wire hide caption\n"
        "toggle caption\n"
        "Dana Kelso/Harbour Wire\n"
        "A ferry sank in Quay Harbour on Monday, officials said, and all its passengers were "
        "saved by fishermen nearby.\n"
        "Tom Vane, the harbour master, said the ferry was old.\n"
        "About HGZ\nOverview\nEthics\nSupport Public Radio\nHGZ Careers\n",
        ["Lena Morrow"],
        "HGZ",
    ),
    # the writer and the outlet's staff after a bar; the copyright holder is the owner
    (
        "Skip to content\nKQX 7 Harbour City\nNews\nWeather\nSports\nLocal News\n"
        "Harbour council approves new seawall\nby Dana Kelso | KQX Staff\n"
        "Thursday, March 14th 2024\n"
        "The harbour council voted on Wednesday to fund a new seawall along the east shore.\n"
        "Copyright 2024 Kestrel Broadcasting Inc. All rights reserved.\n",
        ["Dana Kelso"],
        "KQX",
    ),
]


@pytest.mark.parametrize(
    ("text", "authors", "source"),
    PAGE_HEADERS,
    ids=["glued", "spaced", "glued-undated", "spaced-undated", "credit", "staff"],
)
def test_a_page_s_writers_and_outlet(text: str, authors: list[str], source: str) -> None:
    record = extract(text)
    assert [author.value for author in record.authors] == authors
    assert record.source is not None and record.source.value == source


def test_an_opinion_writer_over_her_bio_is_its_author_and_the_bio_no_summary() -> None:
    text = (
        "Opinion\nThe seawall vote shows what local democracy can do\nMara Quillon\n"
        "Mara Quillon is the mayor of Harbour City.\nPublished: 06:00 BST, 15 March 2024\n"
        "When the council voted on Wednesday, I was not sure we had the numbers.\n"
        "Councillor Tom Vane argued that the state should pay more.\n"
    )
    record = extract(text)
    assert [author.value for author in record.authors] == ["Mara Quillon"]
    assert [person.name for person in record.people] == ["Tom Vane"]
    assert record.summary.startswith("When the council voted on Wednesday")


def test_a_byline_under_a_heading_over_other_stories_is_theirs() -> None:
    # the story has no byline of its own: the cards under "You might also like" have theirs
    text = (
        "Troops launch joint drills off the north coast\n"
        "Harbour Wire, QUAY CITY\n"
        "Thousands of troops yesterday launched joint exercises off the north coast, "
        "officials said.\n"
        "The exercises run until Wednesday next week, the navy said in a statement.\n"
        "You might also like\n"
        "Navy on alert over carrier group\n"
        "The ministry said it was on alert as it detected a carrier group to the south.\n"
        "By Dana Kelso and Tom Vane\n"
        "Most willing to defend the islands: survey\n"
    )
    assert extract(text).authors == []
    # above the lede, a byline is the story's own
    text = text.replace("Harbour Wire, QUAY CITY\n", "By Lena Morrow\n")
    assert [author.value for author in extract(text).authors] == ["Lena Morrow"]


_WRITER_OVER_DATE = (
    "News\n\nHarbour wall to be rebuilt before the winter storms\n\nDana Kelso\n{link}\n"
    "Friday 8 March 2024 08:49 GMT\n\nThe council agreed on Monday to rebuild the harbour "
    "wall before the winter storms arrive, its leader Tom Vane said.\n"
)


@pytest.mark.parametrize(
    "link",
    [
        "View author archive",
        "email the author",
        "@dkelso",
        "Get author RSS feed",
        "See all stories by this author",
        "Listen to this article",
        "Follow",
    ],
)
def test_the_writer_s_links_between_her_name_and_the_date_leave_her_the_writer(link: str) -> None:
    found = extract(_WRITER_OVER_DATE.format(link=link))
    assert [author.value for author in found.authors] == ["Dana Kelso"]
    assert "Dana Kelso" not in {person.name for person in found.people}


def test_a_handle_or_a_writer_s_link_alone_names_no_writer() -> None:
    text = _WRITER_OVER_DATE.replace("Dana Kelso\n{link}\n", "{link}\n")
    for link in ("@dkelso", "View author archive", "email the author"):
        assert extract(text.format(link=link)).authors == []


@pytest.mark.parametrize("label", ["Analysis", "Opinion", "Match report"])
def test_the_piece_s_kind_between_headline_and_byline_leaves_both(label: str) -> None:
    # a page copy with its masthead, share bar and lists: the byline under the headline, past
    # the label, tells the headline from the caption and lists between it and the body
    page = (
        "Kestrel Post\n\nShare this:\n\nFacebook\nEmail\n*\n\nNews\n\n"
        "Strikers say they freed two Quaytown ferry officers for 3 union figures\n\n"
        f"{label}\n\nBy Dana Kelso and Tom Rowe\n\nView author archive\nGet author RSS feed\n\n"
        "Most Popular Today\n\n1 Ferry fares rise again this spring 2 Lighthouse keeper "
        "retires after forty years\nName (required)\nEmail (required)\n\nSubmit\n\n"
        "March 3, 2024 | 4:20am\n\nEnlarge Image\n"
        "Captain Basil Crane (left) and his Bayside colleague Hugo Brack Harbour Wire\n\n"
        "More On:\n\nferries\n\nCaptain to be freed in swap between port and strikers\n\n"
        "Two officers, a captain and his colleague, who had been held by strikers on a ferry "
        "since Friday were released on Tuesday in a swap for three union figures.\n\n"
        "Captain Basil Crane and his colleague Hugo Brack, both officers of the Bayside line, "
        "were handed over to the port police, a union source told the Harbour Wire.\n"
    )
    found = extract(page)
    assert found.title is not None and found.title.value.startswith("Strikers say they freed")
    assert [author.value for author in found.authors] == ["Dana Kelso", "Tom Rowe"]


@pytest.mark.parametrize(
    "byline", ["Dana Kelso / Harbour Wire", "Dana Kelso, Harbour Wire", "Author: Dana Kelso"]
)
def test_a_byline_without_by_under_the_headline_of_a_page_copy(byline: str) -> None:
    # the writer, then the outlet after a slash or a comma, or under a label: a byline (not a
    # breadcrumb trail), which tells the headline from the caption and lists under it
    page = (
        "Kestrel Post\n\nShare this:\n\nFacebook\nEmail\n*\n\nNews\n\n"
        "Strikers say they freed two Quaytown ferry officers for 3 union figures\n\n"
        f"{byline}\n\nView author archive\nGet author RSS feed\n\n"
        "Most Popular Today\n\n1 Ferry fares rise again this spring 2 Lighthouse keeper "
        "retires after forty years\n\nEnlarge Image\n"
        "Captain Basil Crane (left) and his Bayside colleague Hugo Brack Harbour Wire\n\n"
        "More On:\n\nferries\n\nCaptain to be freed in swap between port and strikers\n\n"
        "Two officers, a captain and his colleague, who had been held by strikers on a ferry "
        "since Friday were released on Tuesday in a swap for three union figures.\n\n"
        "Captain Basil Crane and his colleague Hugo Brack, both officers of the Bayside line, "
        "were handed over to the port police, a union source told reporters.\n"
    )
    found = extract(page)
    assert found.title is not None and found.title.value.startswith("Strikers say they freed")
    assert [author.value for author in found.authors] == ["Dana Kelso"]


def test_the_writer_and_outlet_under_a_standfirst_over_the_date() -> None:
    text = (
        "Home\nNews\nWorld\n\nFerry strike ends after three weeks\n\n"
        "The island's ferries will sail again on Monday after the crews accepted a pay rise "
        "that the operator had refused for three weeks.\n\n"
        "Dana Kelso, Harbour Wire\nPUBLISHED: 10:48, Tue, Mar 5, 2024 | UPDATED: 11:05, Tue, "
        "Mar 5, 2024\n\nThe ferry service to Quaytown will resume on Monday after a three-week "
        "strike, the operator said.\n\nUnion leader Tom Vane said members had voted to accept "
        "the offer.\n"
    )
    assert [author.value for author in extract(text).authors] == ["Dana Kelso"]


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("Dana Kelso, Harbour Wire", True),
        ("Dana Kelso and Tom Vane / Harbour Wire", True),
        ("Home / News / Harbour", False),  # a breadcrumb trail
        ("Quaytown, Harbour News", False),  # a place, then the outlet
        ("Harbour Wire, Dana Kelso", False),
    ],
)
def test_writers_then_their_outlet_make_a_writer_s_line(line: str, writers: bool) -> None:
    from newscat.extract.authors import writer_line

    assert writer_line(line) is writers


@pytest.mark.parametrize(
    "byline",
    [
        "By Dana Kelso, Political Reporter",
        "Dana Kelso, Harbour Wire",
        "Dana Kelso / Harbour Wire",
        "BY DANA KELSO, HARBOUR WIRE",
    ],
)
def test_a_caption_s_name_over_a_byline_is_not_a_writer(byline: str) -> None:
    # a picture's caption names the minister shown; the byline under it, then the date: the
    # byline is the writer's line, not an outlet's under a name
    text = (
        "Harbour pipeline plan flagged\n\nShare\nEmail\n\nOskan Verdu\n\n"
        f"{byline}\n15 November 2023\n\n"
        "Environmental groups have cautioned against a plan to build a pipeline along the "
        "coast, saying the route crosses protected wetlands.\n\n"
        "Minister Oskan Verdu said the route had been studied for two years.\n"
    )
    assert [a.value for a in extract(text).authors] == ["Dana Kelso"]


@pytest.mark.parametrize("odd", ["and / Harbour Wire", "& / Kestrel", "And, Harbour Wire"])
def test_a_line_of_joining_words_under_a_name_is_read_without_failing(odd: str) -> None:
    text = (
        f"Harbour plan approved after a long debate\n\nDana Kelso\n{odd}\n3 March 2024\n\n"
        "The city council on Tuesday approved a plan to rebuild the old harbour after a long "
        "debate.\n"
    )
    assert [a.value for a in extract(text).authors] in (["Dana Kelso"], [])


@pytest.mark.parametrize(
    ("handoff", "writers"),
    [
        ("Tom Vane reports.", ["Tom Vane"]),
        ("Harbour Radio's Tom Vane reports.", ["Tom Vane"]),
        # an outlet reports, no writer; nor does a sentence that goes on
        ("The Harbour Gazette reports.", []),
        ("Quay Sports News reports.", []),
        ("Tom Vane reports that the cut is final.", []),
    ],
)
def test_a_broadcast_s_hand_off_to_its_reporter(handoff: str, writers: list[str]) -> None:
    text = (
        "Swimming funding cut draws criticism\n\nDANA KELSO: The decision to cut funding for "
        f"swimming has drawn some comment. Former greats do not like it.\n\n{handoff}\n\n"
        "TOM VANE: It has been a tough time for the sport ever since the games.\n\n"
        "MARA QUILLON: It is a shame that funding has been cut.\n"
    )
    found = extract(text)
    assert [author.value for author in found.authors] == writers
    # the reporter is no person of the story, whichever way the transcript writes her name
    named = {person.name.casefold() for person in found.people}
    assert ("tom vane" in named) is not bool(writers)
