"""News-database exports: each article of a LexisNexis text export catalogued on its own,
with the export's fields as evidence."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from newscat.exports import is_lexisnexis, split_lexisnexis

EXPORT = Path(__file__).parent / "fixtures" / "exports" / "lexisnexis-3.txt"


def test_the_export_splits_into_its_articles() -> None:
    text = EXPORT.read_text()
    assert is_lexisnexis(text)
    articles = split_lexisnexis(text)
    assert [a.number for a in articles] == [1, 2, 3]
    assert articles[2].problem == "article has no body text"
    first = articles[0].text
    assert 'title: "Council approves harbour plan after long debate"' in first
    assert "sitename: The Harbour Times (Nassau)" in first
    assert 'date: "2012-03-03"' in first
    assert "author: Imani Cole" in first
    assert "section: NEWS; Pg. 4" in first
    assert "edition: Final Edition" in first
    assert "LOAD-DATE" not in first and "Copyright 2012" not in first


def test_each_article_is_catalogued_with_the_export_fields(run, tmp_path: Path) -> None:
    export = tmp_path / "export.txt"
    shutil.copy(EXPORT, export)
    result = run("add", str(export))
    assert "export.txt#3: article has no body text" in result.stderr
    assert "added 2, already present 0, failed 1" in result.stderr
    rows = [json.loads(line) for line in run("export", "jsonl").stdout.splitlines()]
    by_part = {row["path"].rsplit("#", 1)[1]: row for row in rows}
    first, second = by_part["1"], by_part["2"]
    assert first["title"] == "Council approves harbour plan after long debate"
    assert first["published"] == "2012-03-03"
    assert first["source"] == "The Harbour Times"
    assert first["authors"] == ["Imani Cole"]
    assert {p["name"] for p in first["people"]} == {"Ruth Calder", "Omar Haddad"}
    assert first["path"].endswith("export.txt#1")
    assert second["source"] == "Coastline Courier"
    assert second["published"] == "2013-04-15"
    assert second["authors"] == ["Tomas Brennan"]
    assert [p["name"] for p in second["people"]] == ["Lena Ortiz"]
    shown = json.loads(run("show", str(first["id"]), "--json").stdout)
    assert shown["evidence"]["source"]["rule"] == "export"


def test_adding_the_export_again_adds_nothing(run, tmp_path: Path) -> None:
    export = tmp_path / "export.txt"
    shutil.copy(EXPORT, export)
    run("add", str(export))
    again = run("add", str(export))
    assert "added 0, already present 2, failed 1" in again.stderr


ONE_ARTICLE = """Harbour Herald (Quay City)
March 7, 2024 Thursday
Port strike ends after deal on pay
BYLINE: Dana Kelso
SECTION: BUSINESS; Pg. 12
LENGTH: 412 words
Dockworkers at Harbour port returned to work on Thursday after their union accepted a pay rise.
Union leader Marcus Obi said the deal was a victory for every worker on the quay.
LOAD-DATE: March 8, 2024
LANGUAGE: ENGLISH
PUBLICATION-TYPE: Newspaper
Copyright 2024 Harbour Herald Ltd. All Rights Reserved
"""


def test_one_article_copied_without_the_export_separator(run, tmp_path: Path) -> None:
    copied = tmp_path / "copied.txt"
    copied.write_text(ONE_ARTICLE)
    run("add", str(copied))
    [row] = [json.loads(line) for line in run("export", "jsonl").stdout.splitlines()]
    assert row["title"] == "Port strike ends after deal on pay"
    assert row["published"] == "2024-03-07"
    assert row["source"] == "Harbour Herald"
    assert row["authors"] == ["Dana Kelso"]
    assert row["people"] == [{"name": "Marcus Obi", "role": "Union leader"}]


def test_a_story_quoting_field_names_is_no_export() -> None:
    from newscat.exports import split_export

    story = "Forms ask for a BYLINE and a LENGTH.\nBYLINE: is asked first.\nThe end.\n"
    assert split_export(story) is None
    assert (
        split_export(
            ONE_ARTICLE.replace("LOAD-DATE", "Loaded")
            .replace("LANGUAGE", "Lang")
            .replace("PUBLICATION-TYPE", "Type")
        )
        is None
    )
