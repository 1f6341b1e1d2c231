"""Merging and renaming people by hand, kept through reindex; suggested merges."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import add_articles

STORIES = {
    "a.txt": "Summit ends\n\nBERLIN, June 12, 1987 (Reuters) - President Ronald Reagan spoke "
    "at the gate on Friday, officials said.\n",
    "b.txt": "Talks go on\n\nGENEVA, June 20, 1987 (Reuters) - President Reagan told reporters on "
    "Saturday that the talks would go on, an aide said.\n",
    "c.txt": "Actor honoured\n\nLOS ANGELES, May 2, 1987 (Reuters) - Actor Tom Hanks was "
    "honoured on Monday, organisers said.\n",
}


@pytest.fixture
def catalogue(run, tmp_path: Path):
    return add_articles(run, tmp_path / "stories", STORIES)


def names(run) -> dict[str, int]:
    return {p["name"]: p["articles"] for p in json.loads(run("people", "--json").stdout)}


def test_suggest_merges_then_merge_is_kept_through_reindex(catalogue) -> None:
    assert names(catalogue) == {"Ronald Reagan": 1, "Reagan": 1, "Tom Hanks": 1}
    pairs = json.loads(catalogue("people", "--suggest-merges", "--json").stdout)
    assert pairs == [
        {
            "merge": "Reagan",
            "into": "Ronald Reagan",
            "articles": 1,
            "into_articles": 1,
            "command": 'newscat person merge "Reagan" "Ronald Reagan"',
        }
    ]
    merged = catalogue("person", "merge", "Reagan", "Ronald Reagan")
    assert merged.exit_code == 0, merged.output
    assert "'Reagan' merged into 'Ronald Reagan'; kept through reindex" in merged.stderr
    assert names(catalogue) == {"Ronald Reagan": 2, "Tom Hanks": 1}
    assert catalogue("reindex").exit_code == 0
    assert names(catalogue) == {"Ronald Reagan": 2, "Tom Hanks": 1}
    found = json.loads(catalogue("search", "--person", "ronald reagan", "--json").stdout)
    assert sorted(a["id"] for a in found) == [1, 2]
    assert json.loads(catalogue("people", "--suggest-merges", "--json").stdout) == []


def test_rename_is_kept_through_reindex(catalogue) -> None:
    result = catalogue("person", "rename", "Tom Hanks", "Thomas J. Hanks", "--json")
    assert json.loads(result.stdout) == {"renamed": "Tom Hanks", "to": "Thomas J. Hanks"}
    catalogue("reindex")
    assert "Thomas J. Hanks" in names(catalogue) and "Tom Hanks" not in names(catalogue)
    assert json.loads(catalogue("person", "thomas", "--json").stdout)["name"] == "Thomas J. Hanks"


def test_merge_mistakes_are_one_line(catalogue) -> None:
    missing = catalogue("person", "merge", "Nobody", "Ronald Reagan")
    assert missing.exit_code == 1 and "no one called 'Nobody'" in missing.stderr
    short = catalogue("person", "merge", "Reagan")
    assert short.exit_code == 2 and "takes two names" in short.stderr
