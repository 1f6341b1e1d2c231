"""Listings: a default limit that says how many more, TSV/CSV/JSON, and tables that fit a
narrow terminal."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES


@pytest.fixture
def many(run, tmp_path: Path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(30):
        (folder / f"{n:02d}.txt").write_text(
            # each a person of her own, her name in letters only (a figure makes a model's name)
            f"Harbour {n} reopens\n\nHarbour master Jane Holt{chr(97 + n // 26)}{chr(97 + n % 26)} said on "
            f"Monday that the harbour at Port {n} had reopened after repairs.\n",
            encoding="utf-8",
        )
    assert run("add", str(folder)).exit_code == 0
    return run


def test_every_listing_stops_at_20_and_says_how_many_more(many) -> None:
    for command in (("list",), ("search", "harbour"), ("people",)):
        result = many(*command, "--format", "table")
        assert result.exit_code == 0
        what = "people" if command[0] == "people" else "articles"
        assert f"20 of 30 {what}; --limit N or --all for more" in result.stdout, command
    piped = many("list")
    assert len(piped.stdout.splitlines()) == 20
    assert "20 of 30 articles" in piped.stderr
    assert len(many("list", "--all").stdout.splitlines()) == 30
    assert len(many("search", "harbour", "-n", "25").stdout.splitlines()) == 25
    person = json.loads(many("person", "holtaa", "--json").stdout)
    assert person["articles"] == 1


def test_tsv_is_the_default_when_piped_and_cut_gives_ids(many) -> None:
    lines = many("search", "harbour", "--sort", "added").stdout.splitlines()
    assert [line.split("\t")[0] for line in lines[:3]] == ["30", "29", "28"]
    assert lines[0].split("\t")[3] == "Harbour 29 reopens"


def test_csv_and_json_formats(many) -> None:
    rows = list(csv.DictReader(io.StringIO(many("people", "--format", "csv", "-n", "3").stdout)))
    assert list(rows[0]) == ["name", "articles", "first_seen", "last_seen", "roles"]
    assert len(rows) == 3
    tags = many("tags", "--format", "json")
    assert json.loads(tags.stdout) == []
    bad = many("list", "--format", "xml")
    assert bad.exit_code == 2 and "--format: choose table, tsv, csv, json" in bad.stderr


def test_tables_fit_forty_columns(run, db: Path) -> None:
    run("add", str(SAMPLES))
    env = {**os.environ, "COLUMNS": "40", "NEWSCAT_DB": str(db)}
    for command in (["list"], ["search", "the"], ["people"], ["sources"]):
        result = subprocess.run(
            [sys.executable, "-m", "newscat", *command, "--format", "table"],
            env=env,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
        lines = result.stdout.splitlines()
        assert max(len(line) for line in lines) <= 40, (command, result.stdout)
        # every cell still has room for words, not one letter a line
        assert len(lines) < 60, (command, result.stdout)
