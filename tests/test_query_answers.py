"""What searches answer on a small catalogue: negation keeps articles with no value, 'none'
finds them, person names match whole parts, and mistakes in a query are errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import add_articles

ARTICLES = {
    "reagan.txt": "Reagan speaks at the gate\n\nBERLIN, June 12, 1987 (Reuters) - President "
    "Ronald Reagan spoke at the Brandenburg Gate on Friday and called for the wall to come "
    "down, officials said.\n",
    "howard.txt": "Director opens film festival\n\nFilm director Ron Howard opened the festival "
    "on Saturday with a new documentary about the space race, organisers said.\n",
    "brooks.txt": "Novelist wins prize\nPublished: 3 May 2021\nSource: Daily Courier\n\nThe "
    "novelist Geraldine Brooks won the fiction prize on Monday for her latest book, the "
    "judges said.\n",
    "darmanin.txt": "Minister visits Lyon\nPublished: 8 March 2022\n\nInterior minister "
    "Gérald Darmanin visited Lyon on Tuesday to meet police officers, his office said.\n",
}


@pytest.fixture
def catalogue(run, tmp_path: Path):
    return add_articles(run, tmp_path / "articles", ARTICLES)


def titles(run, *query: str) -> set[str]:
    result = run("search", "--json", "-n", "100", "--", *query)
    assert result.exit_code in (0, 1), result.output
    return {a["title"] for a in json.loads(result.stdout)} if result.stdout.strip() else set()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "-source:reuters",
            {"Director opens film festival", "Novelist wins prize", "Minister visits Lyon"},
        ),
        (
            "NOT source:reuters",
            {"Director opens film festival", "Novelist wins prize", "Minister visits Lyon"},
        ),
        (
            "-date:1987",
            {"Director opens film festival", "Novelist wins prize", "Minister visits Lyon"},
        ),
        ("-date:2021..2022", {"Reagan speaks at the gate", "Director opens film festival"}),
        ("source:none", {"Director opens film festival", "Minister visits Lyon"}),
        ("-source:none", {"Reagan speaks at the gate", "Novelist wins prize"}),
        ("date:none", {"Director opens film festival"}),
        ("-tag:none", set()),
        ("festival -source:reuters", {"Director opens film festival"}),
        ("person:ron", {"Director opens film festival"}),
        ("person:ron*", {"Director opens film festival", "Reagan speaks at the gate"}),
        ("person:gerald", {"Minister visits Lyon"}),
        ("person:geraldine", {"Novelist wins prize"}),
        ('person:"reagan ronald"', {"Reagan speaks at the gate"}),
    ],
)
def test_search_answers(catalogue, query: str, expected: set[str]) -> None:
    assert titles(catalogue, query) == expected


def test_person_option_matches_whole_parts(catalogue) -> None:
    result = catalogue("search", "--person", "ron", "--json")
    assert [a["title"] for a in json.loads(result.stdout)] == ["Director opens film festival"]


def test_person_command_opens_the_exact_name(catalogue) -> None:
    shown = json.loads(catalogue("person", "gérald", "--json").stdout)
    assert shown["name"] == "Gérald Darmanin"


def test_remove_matching_removes_what_search_shows(catalogue) -> None:
    shown = titles(catalogue, "-source:reuters")
    result = catalogue("remove", "--matching", "-source:reuters", "--yes")
    assert f"removed {len(shown)} articles" in result.stderr
    assert titles(catalogue, "source:reuters") == {"Reagan speaks at the gate"}
    left = json.loads(catalogue("list", "--json").stdout)
    assert len(left) == len(ARTICLES) - len(shown)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("sorce:reuters", "unknown field 'sorce:' at position 1"),
        ("baku -sorce:reuters", "did you mean source:?"),
        ("date:2020..2010", "the range runs backwards (2020 is after 2010)"),
    ],
)
def test_query_mistakes_are_errors(catalogue, query: str, message: str) -> None:
    result = catalogue("search", "--", query)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "no articles match" not in result.stderr


def test_a_range_within_one_year_is_not_backwards(catalogue) -> None:
    assert titles(catalogue, "date:2021-05..2021") == {"Novelist wins prize"}


def test_the_exact_full_name_ranks_first(catalogue) -> None:
    for n in range(3):
        text = f"Launch {n}\n\nActor Ron Howard Jones and director Ron Howard spoke at launch number {n} on Monday, the studio said.\n"
        catalogue("add", "-", input=text)
        catalogue("edit", str(n + 5), "--add-person", "Ron Howard Jones")
    shown = json.loads(catalogue("person", "ron howard", "--json").stdout)
    assert shown["name"] == "Ron Howard"


def test_a_persons_articles_come_newest_first_and_follow_date_edits(run, tmp_path: Path) -> None:
    # An invented official in four stories: two dated, one undated, one dated later by hand.
    story = "Harbour talks\nPublished: {date}\n\nPort commissioner Ilse Varnholt met {who} on Monday, officials said.\n"
    articles = {
        "a.txt": story.format(date="4 May 2015", who="dock workers"),
        "b.txt": story.format(date="9 June 2019", who="ferry crews"),
        "c.txt": story.replace("Published: {date}\n", "").format(who="pilots"),
        "d.txt": story.format(date="1 January 2011", who="fishermen"),
    }
    add_articles(run, tmp_path / "harbour", articles)

    def order(*more: str) -> list[str]:
        found = run("search", "--person", "Varnholt", "--json", *more)
        return [a["published"] for a in json.loads(found.stdout)]

    assert order() == ["2019-06-09", "2015-05-04", "2011-01-01", None]
    assert order("-n", "2") == ["2019-06-09", "2015-05-04"]
    oldest = next(
        a["id"] for a in json.loads(run("list", "--json").stdout) if a["published"] == "2011-01-01"
    )
    assert run("edit", str(oldest), "--date", "2023-02-01").exit_code == 0
    assert order("-n", "2") == ["2023-02-01", "2019-06-09"]
    # a person's count holds whatever the listing's limit
    assert "2 of 4 articles" in run("search", "--person", "Varnholt", "-n", "2").stderr
