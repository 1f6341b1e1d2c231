"""Every command through the CLI, and every user mistake as one line and an exit code."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.conftest import SAMPLE, SAMPLES


def test_add_folder_search_show(run) -> None:
    result = run("add", str(SAMPLES))
    assert result.exit_code == 0
    assert "added 4, already present 0, failed 0" in result.stderr
    assert "News.Az" in result.stdout
    found = run("search", "kamancha", "--format", "table")
    assert found.exit_code == 0
    assert "Khojaly" in found.stdout and "[kamancha]" in found.stdout


def test_add_twice_says_already_catalogued(run) -> None:
    run("add", str(SAMPLE))
    again = run("add", str(SAMPLE))
    assert again.exit_code == 0
    assert "already catalogued as #1" in again.stdout
    assert "added 0, already present 1" in again.stderr


def test_add_from_stdin_with_overrides(run) -> None:
    text = "Harbour reopens\n\nThe harbour reopened on Monday after repairs, officials said.\n"
    result = run("add", "-", "--source", "Port Gazette", "--date", "2020-05-04", input=text)
    assert result.exit_code == 0
    shown = json.loads(run("show", "1", "--json").stdout)
    assert shown["source"] == "Port Gazette" and shown["published"] == "2020-05-04"
    assert shown["path"] is None
    assert set(shown["manual"]) == {"source", "published"}


def test_batch_goes_on_past_bad_files(run, tmp_path: Path) -> None:
    tmp_path = tmp_path / "batch"
    tmp_path.mkdir()
    (tmp_path / "good.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "other.txt").write_text("Rain falls\n\nIt rained all day in Baku on Sunday.\n")
    result = run("add", str(tmp_path))
    assert result.exit_code == 0
    assert "empty.txt: file is empty" in result.stderr
    assert "binary.txt: binary file, not text" in result.stderr
    assert "added 2, already present 0, failed 2" in result.stderr
    assert "Traceback" not in result.output
    strict = run("add", "--strict", str(tmp_path))
    assert strict.exit_code == 1


def test_add_every_input_failing_exits_non_zero(run, tmp_path: Path) -> None:
    result = run("add", str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert "missing.txt: no such file or folder" in result.stderr
    empty = tmp_path / "nothing"
    empty.mkdir()
    assert "folder holds no text files" in run("add", str(empty)).stderr


def test_add_refuses_oversized_file(run, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 300_000)
    result = run("add", "--max-size", "1", str(big))
    assert result.exit_code == 1
    assert "over the 1 MB limit" in result.stderr


def test_malformed_date_override(run) -> None:
    result = run("add", "--date", "31/31/2020", str(SAMPLE))
    assert result.exit_code == 2
    assert (
        result.stderr.strip()
        == "newscat: --date: cannot read '31/31/2020' as a date (try YYYY-MM-DD)"
    )


def test_search_filters_and_json(run) -> None:
    run("add", str(SAMPLES))
    out = json.loads(run("search", "--person", "aliyeva", "--json").stdout)
    assert [a["source"] for a in out] == ["News.Az"]
    assert set(out[0]) >= {
        "id",
        "title",
        "title_derived",
        "published",
        "source",
        "people",
        "summary",
        "word_count",
        "path",
    }
    assert {
        "name": "Leyla Aliyeva",
        "role": "Vice President of the Heydar Aliyev Foundation",
    } in out[0]["people"]
    by_source = json.loads(run("search", "--source", "reuters", "--json").stdout)
    assert [a["title"] for a in by_source] == ["BRAZIL SEEKS TO RESCHEDULE FOREIGN DEBT"]
    dated = json.loads(run("search", "--since", "2020", "--until", "2021-12-31", "--json").stdout)
    assert [a["published"] for a in dated] == ["2021-03-03"]
    limited = json.loads(run("search", "--limit", "2", "--json").stdout)
    assert len(limited) == 2


def test_search_says_when_only_recent_matches_were_ranked(run, monkeypatch) -> None:
    from newscat.catalog import Catalog
    from newscat.pg.catalog import PgCatalog

    run("add", str(SAMPLES))
    for backend in (Catalog, PgCatalog):  # each has its own window
        monkeypatch.setattr(backend, "RANK_WINDOW", 2)
    table = run("search", "the", "--format", "table")
    assert "ranked within the 2 most recently added matches" in table.stdout
    as_json = run("search", "the", "--json")
    assert len(json.loads(as_json.stdout)) == 2  # the note goes to stderr, the JSON stays clean
    assert "ranked within the 2 most recently added matches" in as_json.stderr


def test_search_no_match_suggests_people(run) -> None:
    run("add", str(SAMPLE))
    result = run("search", "--person", "aliyeba")
    assert result.exit_code == 1
    assert "no articles match" in result.stderr
    assert "Leyla Aliyeva" in result.stderr


def test_search_malformed_query_and_dates(run) -> None:
    run("add", str(SAMPLE))
    bad = run("search", '"unclosed')
    assert bad.exit_code == 2
    assert bad.stderr.startswith("newscat: unclosed quote at position 1")
    since = run("search", "--since", "last tuesdayish")
    assert since.exit_code == 2
    assert "--since: cannot read" in since.stderr
    assert len(since.stderr.strip().splitlines()) == 1


def test_show_panel_and_unknown_id(run) -> None:
    run("add", str(SAMPLE))
    shown = run("show", "1")
    assert shown.exit_code == 0
    assert "sign-off" in shown.stdout and "Leyla Aliyeva" in shown.stdout
    missing = run("show", "99")
    assert missing.exit_code == 1
    assert missing.stderr.strip() == "newscat: no article #99 in the catalogue"


def test_export_formats(run, tmp_path: Path) -> None:
    run("add", str(SAMPLES))
    rows = list(csv.DictReader(io.StringIO(run("export", "csv").stdout)))
    assert len(rows) == 4
    sample = next(r for r in rows if r["source"] == "News.Az")
    assert sample["people"].split("; ")[0] == "Hamid Azari"
    lines = run("export", "jsonl", "--person", "funaro").stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == ["Reuters"]
    array = json.loads(run("export", "json", "khojaly").stdout)
    assert [a["published"] for a in array] == ["2018-03-07"]
    target = tmp_path / "out.json"
    assert run("export", "json", "-o", str(target)).exit_code == 0
    assert len(json.loads(target.read_text())) == 4


def test_export_refuses_overwrite_and_unknown_format(run, tmp_path: Path) -> None:
    run("add", str(SAMPLE))
    target = tmp_path / "out.csv"
    target.write_text("keep me")
    refused = run("export", "csv", "-o", str(target))
    assert refused.exit_code == 1 and "use --force" in refused.stderr
    assert target.read_text() == "keep me"
    assert run("export", "csv", "-o", str(target), "--force").exit_code == 0
    assert target.read_text().startswith("id,published,source")
    unknown = run("export", "xml")
    assert unknown.exit_code == 2 and "unknown export format 'xml'" in unknown.stderr


def test_export_neutralises_formulas(run, tmp_path: Path) -> None:
    article = tmp_path / "f.txt"
    article.write_text(
        '=HYPERLINK("http://x", "click me")\n\nA formula posing as a headline, said the tester on Monday.\n'
    )
    run("add", str(article))
    row = next(csv.DictReader(io.StringIO(run("export", "csv").stdout)))
    assert row["title"].startswith("'=")
    raw = next(csv.DictReader(io.StringIO(run("export", "csv", "--raw").stdout)))
    assert raw["title"].startswith("=")


def test_db_option_and_path_command(run, db, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    assert run("path").stdout.strip() == str(db)
    assert run("path", "--db", str(other)).stdout.strip() == str(other)
    run("add", "--db", str(other), str(SAMPLE))
    assert other.exists()
    assert json.loads(run("search", "--db", str(other), "--json").stdout)[0]["source"] == "News.Az"
    assert run("--db", str(other), "search", "--json").exit_code == 0


def test_unreadable_catalogue_is_one_line(run, tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("not sqlite " * 200)
    result = run("search", "--db", str(junk))
    assert result.exit_code == 1
    assert result.stderr.startswith("newscat: cannot open catalogue")
    assert len(result.stderr.strip().splitlines()) == 1


def test_version_and_help(run) -> None:
    assert run("--version").stdout.startswith("newscat ")
    for command in ("add", "search", "show", "export", "path"):
        assert "Example:" in run(command, "--help").stdout
