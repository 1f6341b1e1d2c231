"""Writing commands: edit, tag, untag, remove on IDs or --matching, with --json and -q."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import add_articles

STORIES = {
    "a.txt": "Reagan speaks at the gate\n\nBERLIN, June 12, 1987 (Reuters) - President "
    "Reagan spoke at the Brandenburg Gate on Friday, officials said.\n",
    "b.txt": "Festival opens\n\nThe film festival opened on Saturday with a documentary "
    "about the space race, organisers said.\n",
    "c.txt": "Bridge reopens\n\nLONDON, May 2, 1988 (Reuters) - The bridge reopened on "
    "Monday after repairs, the council said.\n",
}


@pytest.fixture
def catalogue(run, tmp_path: Path):
    return add_articles(run, tmp_path / "stories", STORIES)


def people_of(run, article_id: int) -> list[tuple[str, str | None]]:
    shown = json.loads(run("show", str(article_id), "--json").stdout)
    return sorted((p["name"], p["role"]) for p in shown["people"])


def tags_of(run, article_id: int) -> list[str]:
    return json.loads(run("show", str(article_id), "--json").stdout)["tags"]


def test_edit_removes_before_it_adds(catalogue) -> None:
    assert people_of(catalogue, 1) == [("Reagan", "President")]
    result = catalogue(
        "edit", "1", "--add-person", "Ronald Reagan:President", "--remove-person", "Reagan"
    )
    assert result.exit_code == 0, result.output
    assert people_of(catalogue, 1) == [("Ronald Reagan", "President")]


def test_tag_ids_then_tags(catalogue) -> None:
    result = catalogue("tag", "1", "3", "culture")
    assert result.exit_code == 0, result.output
    assert tags_of(catalogue, 1) == ["culture"] and tags_of(catalogue, 3) == ["culture"]
    assert tags_of(catalogue, 2) == []


def test_a_tag_of_digits_is_refused(catalogue) -> None:
    result = catalogue("tag", "1", "culture", "3")
    assert result.exit_code == 2
    assert "a tag cannot be only digits ('3' reads as an article ID)" in result.stderr
    assert tags_of(catalogue, 1) == []


def test_tag_and_untag_matching_and_the_tags_listing(catalogue) -> None:
    refused = catalogue("tag", "--matching", "source:reuters", "wire")
    assert refused.exit_code == 2 and "would tag 2 articles: add --yes" in refused.stderr
    tagged = catalogue("tag", "--matching", "source:reuters", "wire", "--yes", "--json")
    assert json.loads(tagged.stdout) == {"tagged": [1, 3], "tags": ["wire"], "added": 2}
    catalogue("tag", "2", "film")
    listing = json.loads(catalogue("tags", "--json").stdout)
    assert listing == [{"tag": "wire", "articles": 2}, {"tag": "film", "articles": 1}]
    catalogue("untag", "--matching", "tag:wire", "wire", "--yes")
    assert json.loads(catalogue("tags", "--json").stdout) == [{"tag": "film", "articles": 1}]


def test_edit_source_and_date_matching(catalogue) -> None:
    result = catalogue(
        "edit", "--matching", "source:none", "--source", "Film Weekly", "--yes", "--json"
    )
    assert json.loads(result.stdout)["edited"] == [2]
    shown = json.loads(catalogue("show", "2", "--json").stdout)
    assert shown["source"] == "Film Weekly" and "source" in shown["manual"]
    many = catalogue("edit", "1", "2", "--title", "Same title")
    assert many.exit_code == 2 and "--title sets one article's title" in many.stderr


def test_remove_json_and_quiet(catalogue) -> None:
    result = catalogue("remove", "3", "--yes", "--json")
    assert json.loads(result.stdout) == {"removed": [3]}
    quiet = catalogue("remove", "2", "--yes", "-q")
    assert quiet.stdout == "" and quiet.stderr == ""


def test_options_after_the_double_dash_are_options(catalogue) -> None:
    result = catalogue("search", "--", "-source:reuters", "--json", "--limit", "5")
    assert result.exit_code == 0
    assert [a["id"] for a in json.loads(result.stdout)] == [2]
    exported = catalogue("export", "jsonl", "--", "-source:none", "--sort=published")
    assert [json.loads(line)["id"] for line in exported.stdout.splitlines()] == [3, 1]


def test_no_match_is_exit_1_with_and_without_json(catalogue) -> None:
    assert catalogue("search", "zebra").exit_code == 1
    as_json = catalogue("search", "zebra", "--json")
    assert as_json.exit_code == 1 and json.loads(as_json.stdout) == []
