from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newscat.cli import app

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
SAMPLE = SAMPLES / "stanford-khojaly-event.txt"


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh catalogue for each test, picked up through NEWSCAT_DB."""
    path = tmp_path / "catalogue.db"
    monkeypatch.setenv("NEWSCAT_DB", str(path))
    return path


@pytest.fixture
def run(db: Path):
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None):
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return invoke


def add_articles(run, folder: Path, articles: dict[str, str]):
    """Write the articles (file name → text) into folder, add them, and hand back `run`."""
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert run("add", str(folder)).exit_code == 0
    return run


def unavailable(what: str, how: str) -> None:
    """Skip a test that needs a component this machine lacks, saying how to get it; where
    NEWSCAT_REQUIRE names the component (as .ci/run does), fail instead, so that CI cannot
    pass with those tests silently skipped."""
    required = {part.strip() for part in os.environ.get("NEWSCAT_REQUIRE", "").split(",")}
    message = f"{what} is not available: {how}"
    if what in required:
        pytest.fail(f"{message} (NEWSCAT_REQUIRE={os.environ['NEWSCAT_REQUIRE']})")
    pytest.skip(message)
