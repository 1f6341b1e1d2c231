"""Living with a catalogue: people, person, sources, stats, list, edit, tags, remove, reindex,
near-copies and mention export, each through the CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import SAMPLE, SAMPLES, run_sql

STORY = (
    "Port strike ends after deal\n\n"
    "Dock workers in the port of Constanta returned to work on Monday after union leaders and the "
    "port authority agreed a new wage deal that raises pay by eight percent over two years. "
    "Union leader Ion Popescu said the agreement was fair and that members had voted to accept it "
    "by a large majority at a meeting on Sunday evening. The strike had halted container traffic "
    "for nine days and left dozens of ships waiting at anchor outside the harbour, costing "
    "shippers millions. Port director Elena Marin said operations would be back to normal by the "
    "end of the week.\n\n"
)


@pytest.fixture
def filled(run):
    assert run("add", str(SAMPLES)).exit_code == 0
    return run


def test_people_lists_counts_dates_and_roles(filled) -> None:
    rows = json.loads(filled("people", "--json").stdout)
    leyla = next(p for p in rows if p["name"] == "Leyla Aliyeva")
    assert leyla["articles"] == 1
    assert leyla["first_seen"] == leyla["last_seen"] == "2018-03-07"
    assert leyla["roles"][0]["role"] == "Vice President of the Heydar Aliyev Foundation"
    table = filled("people", "--format", "table").stdout
    assert "Leyla Aliyeva" in table and "(2018)" in table
    only = json.loads(filled("people", "--source", "reuters", "--json").stdout)
    assert {p["name"] for p in only} == {"Dilson Funaro", "Roger Birk"}
    dated = json.loads(filled("people", "--since", "2022", "--json").stdout)
    assert {p["name"] for p in dated} == {"Abba Tijani", "Nick Merriman"}


def test_person_shows_roles_articles_and_companions(filled) -> None:
    found = json.loads(filled("person", "aliyeva", "--json").stdout)
    assert found["name"] == "Leyla Aliyeva"
    assert [a["source"] for a in found["recent_articles"]] == ["News.Az"]
    assert "Hamid Azari" in {p["name"] for p in found["appears_with"]}
    missing = filled("person", "aliyevva")
    assert missing.exit_code == 1
    assert "no one called 'aliyevva'" in missing.stderr and "Leyla Aliyeva" in missing.stderr


def test_sources_and_stats(filled) -> None:
    sources = json.loads(filled("sources", "--json").stdout)
    assert {s["source"]: s["articles"] for s in sources} == {
        "News.Az": 1,
        "Reuters": 1,
        "The Guardian": 1,
    }
    stats = json.loads(filled("stats", "--json").stdout)
    assert stats["articles"] == 4 and stats["undated"] == 1 and stats["without_source"] == 1
    assert {m["month"] for m in stats["per_month"]} == {"2018-03", "2021-03", "2022-10"}
    assert "articles per month" in filled("stats").stdout


def test_list_sorts(filled) -> None:
    by_date = [a["published"] for a in json.loads(filled("list", "--json").stdout)]
    assert by_date == ["2022-10-14", "2021-03-03", "2018-03-07", None]
    by_source = [
        a["source"] for a in json.loads(filled("list", "--sort", "source", "--json").stdout)
    ]
    assert by_source == ["News.Az", "Reuters", "The Guardian", None]
    assert len(json.loads(filled("list", "--limit", "2", "--json").stdout)) == 2
    assert filled("list", "--sort", "colour").exit_code == 2


def test_edit_is_kept_through_reindex_and_shown(filled) -> None:
    sample_id = json.loads(filled("search", "--source", "news.az", "--json").stdout)[0]["id"]
    result = filled(
        "edit",
        str(sample_id),
        "--date",
        "2018-03-06",
        "--title",
        "Khojaly remembered at Stanford",
        "--add-person",
        "Hikmet Hajiyev:assistant to the President",
        "--remove-person",
        "Hasanov",
    )
    assert result.exit_code == 0
    assert filled("reindex").exit_code == 0
    shown = json.loads(filled("show", str(sample_id), "--json").stdout)
    assert shown["published"] == "2018-03-06" and shown["title"] == "Khojaly remembered at Stanford"
    assert shown["title_derived"] is False
    names = {p["name"]: p["role"] for p in shown["people"]}
    assert names["Hikmet Hajiyev"] == "assistant to the President"
    assert "Imamyar Hasanov" not in names
    assert set(shown["manual"]) == {"published", "title"}
    assert "set by hand" in filled("show", str(sample_id)).stdout
    # the removed person had no other article, so they leave the catalogue
    assert "Imamyar Hasanov" not in {
        p["name"] for p in json.loads(filled("people", "--json").stdout)
    }


def test_edit_errors(filled) -> None:
    assert filled("edit", "1").exit_code == 2
    assert "nothing to change" in filled("edit", "1").stderr
    unknown = filled("edit", "99", "--title", "x")
    assert unknown.exit_code == 1 and "no article #99" in unknown.stderr
    nobody = filled("edit", "1", "--remove-person", "Nobody Here")
    assert nobody.exit_code == 1 and "names no one called 'Nobody Here'" in nobody.stderr


def test_reindex_picks_up_extractor_changes(filled, db) -> None:
    run_sql(
        db, "UPDATE articles SET source = 'wrong', source_key = 'wrong' WHERE source = 'Reuters'"
    )
    result = filled("reindex")
    assert "changed: source in 1" in result.stderr
    assert json.loads(filled("search", "--source", "reuters", "--json").stdout)


def test_tags_filter_search_list_and_export(filled) -> None:
    assert filled("tag", "3", "Debt", "brazil").exit_code == 0
    assert [a["id"] for a in json.loads(filled("search", "--tag", "debt", "--json").stdout)] == [3]
    assert [a["id"] for a in json.loads(filled("search", "tag:brazil", "--json").stdout)] == [3]
    assert [a["id"] for a in json.loads(filled("list", "--tag", "brazil", "--json").stdout)] == [3]
    rows = list(csv.DictReader(io.StringIO(filled("export", "csv", "--tag", "debt").stdout)))
    assert [r["id"] for r in rows] == ["3"]
    assert filled("untag", "3", "debt").exit_code == 0
    assert filled("search", "--tag", "debt", "--json").stdout.strip() == "[]"
    assert filled("tag", "99", "x").exit_code == 1


def test_remove_by_id_and_by_search(filled) -> None:
    refused = filled("remove", "1")
    assert refused.exit_code == 2 and "add --yes" in refused.stderr
    assert filled("remove", "1", "--yes").exit_code == 0
    assert filled("show", "1").exit_code == 1
    assert filled("search", "bronze", "--json").stdout.strip() == "[]"  # FTS rows went too
    people = {p["name"] for p in json.loads(filled("people", "--json").stdout)}
    assert "Abba Tijani" not in people
    assert filled("remove", "--matching", "source:reuters", "--yes").exit_code == 0
    assert json.loads(filled("stats", "--json").stdout)["articles"] == 2
    assert filled("remove", "42", "--yes").exit_code == 1


def test_query_language_through_search(filled) -> None:
    def ids(query: str) -> list[int]:
        # "--" ends the options, so a query may start with "-" (an exclusion)
        result = filled("search", "--json", "--sort", "published", "--", query)
        found = [a["id"] for a in json.loads(result.stdout)]
        assert result.exit_code == (0 if found else 1), result.stderr
        return found

    assert ids("person:aliyeva") == [4]
    assert ids('source:"the guardian"') == [1]
    assert ids("date:2021") == [3]
    assert ids("date:2018-01..2021-12") == [3, 4]
    assert ids("person:aliyeva OR person:funaro") == [3, 4]
    assert ids("khojaly -kamancha") == []
    assert ids("-source:reuters date:2018..") == [1, 4]
    assert ids("title:bronze") == [1]
    assert ids('"justice for khojaly"') == [4]
    broken = filled("search", "person:aliyeva OR")
    assert broken.exit_code == 2 and "OR needs a word after it" in broken.stderr


def test_near_copies(run, tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text(STORY + "Balkan Wire\n")
    second = tmp_path / "b.txt"
    second.write_text("SYNDICATED\n\n" + STORY.replace("nine days", "ten days") + "Danube Daily\n")
    run("add", str(first))
    added = run("add", str(second))
    assert "near-copy of #1" in added.stdout
    shown = json.loads(run("show", "2", "--json").stdout)
    assert shown["near_copies"] == [1]
    assert len(json.loads(run("search", "strike", "--json").stdout)) == 2
    assert len(json.loads(run("search", "strike", "--collapse-duplicates", "--json").stdout)) == 1
    run("add", str(SAMPLE))
    assert json.loads(run("show", "3", "--json").stdout)["near_copies"] == []


def test_export_mentions(filled) -> None:
    rows = list(csv.DictReader(io.StringIO(filled("export", "csv", "--mentions").stdout)))
    assert len(rows) == 10
    row = next(r for r in rows if r["person"] == "Leyla Aliyeva")
    assert (
        row["role"] == "Vice President of the Heydar Aliyev Foundation"
        and row["source"] == "News.Az"
    )
    lines = filled("export", "jsonl", "--mentions", "person:funaro").stdout.splitlines()
    assert {json.loads(line)["person"] for line in lines} == {"Dilson Funaro", "Roger Birk"}


def test_every_command_help_has_an_example(run) -> None:
    commands = [
        "add",
        "search",
        "show",
        "export",
        "path",
        "list",
        "people",
        "person",
        "sources",
        "stats",
        "edit",
        "tag",
        "untag",
        "remove",
        "reindex",
    ]
    for command in commands:
        assert "Example:" in run(command, "--help").stdout, command
