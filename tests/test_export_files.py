"""Export's output: a file with the mode any new file gets, '-' for stdout, the body and tags
on request."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

from tests.conftest import SAMPLES


def test_the_output_file_honours_the_umask(run, tmp_path: Path) -> None:
    run("add", str(SAMPLES))
    old = os.umask(0o022)
    try:
        target = tmp_path / "out.csv"
        assert run("export", "csv", "-o", str(target)).exit_code == 0
        assert target.stat().st_mode & 0o777 == 0o644
        os.umask(0o002)
        other = tmp_path / "other.csv"
        run("export", "csv", "-o", str(other))
        assert other.stat().st_mode & 0o777 == 0o664
    finally:
        os.umask(old)
    target.chmod(0o600)
    run("export", "csv", "-o", str(target), "--force")
    assert target.stat().st_mode & 0o777 == 0o600  # an overwritten file keeps its mode


def test_dash_is_stdout(run, tmp_path: Path, monkeypatch) -> None:
    run("add", str(SAMPLES))
    monkeypatch.chdir(tmp_path)
    result = run("export", "jsonl", "-o", "-")
    assert len(result.stdout.splitlines()) == 4
    assert not (tmp_path / "-").exists()


def test_body_and_tags_on_request(run) -> None:
    run("add", str(SAMPLES))
    run("tag", "1", "culture", "museums")
    rows = list(csv.DictReader(io.StringIO(run("export", "csv", "--body").stdout)))
    first = next(r for r in rows if r["id"] == "1")
    assert first["tags"] == "culture; museums"
    assert first["body"].startswith(
        json.loads(run("show", "1", "--json", "--body").stdout)["body"][:40]
    )
    plain = list(csv.DictReader(io.StringIO(run("export", "csv").stdout)))
    assert "body" not in plain[0] and "tags" in plain[0] and "near_copies" in plain[0]
    with_body = [json.loads(line) for line in run("export", "jsonl", "--body").stdout.splitlines()]
    assert all(article["body"] for article in with_body)
    assert "body" not in json.loads(run("export", "jsonl").stdout.splitlines()[0])
