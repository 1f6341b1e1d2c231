"""What `add` reports: stored values, true counts through a closed pipe, passed-over files,
and the same facts as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ARTICLE = "Harbour {n} reopens\n\nThe harbour at Port {n} reopened on Monday after repairs, officials said.\n"


def write_articles(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(count):
        (folder / f"story-{n:04d}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    return folder


def test_progress_lines_show_the_values_stored(run, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", 1)
    result = run("add", str(folder), "--date", "2020-05-04", "--source", "Port Gazette")
    assert "#1 2020-05-04  Port Gazette  Harbour 0 reopens" in result.stdout


def test_a_closed_pipe_stops_the_lines_not_the_adding(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", 250)
    env = {**os.environ, "NEWSCAT_DB": str(tmp_path / "cat.db")}
    command = f"'{sys.executable}' -m newscat add -j 1 '{folder}' | head -3"
    result = subprocess.run(
        ["bash", "-c", command], env=env, capture_output=True, text=True, timeout=120
    )
    assert len(result.stdout.splitlines()) == 3
    assert "added 250, already present 0, failed 0" in result.stderr
    assert "Traceback" not in result.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "newscat", "stats", "--json"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert json.loads(listed.stdout)["articles"] == 250


def test_a_folder_reports_what_it_passes_over(run, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", 2)
    (folder / "data.json").write_text('{"a": 1}')
    (folder / "notes.md").write_text("# Notes\n\nSome notes here.\n")
    result = run("add", str(folder))
    assert "data.json: passed over: JSON, not a text article" in result.stderr
    assert "notes.md: passed over: Markdown, not a text article" in result.stderr
    assert "added 2, already present 0, failed 0, passed over 2" in result.stderr
    chosen = run("add", str(folder), "--glob", "*.md")
    assert "added 1, already present 0, failed 0" in chosen.stderr


def test_add_json_lists_the_ids(run, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", 2)
    (folder / "empty.txt").write_text("")
    first = json.loads(run("add", str(folder), "--json").stdout)
    assert first["added"] == [1, 2] and first["already_present"] == []
    assert first["failed"] == [{"input": str(folder / "empty.txt"), "reason": "file is empty"}]
    again = run("add", str(folder), "--json")
    assert json.loads(again.stdout)["already_present"] == [1, 2]
    assert again.exit_code == 0


def test_quiet_add_prints_only_the_summary(run, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", 2)
    result = run("add", "-q", str(folder))
    assert result.stdout == ""
    assert "added 2" in result.stderr
