from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from typer.testing import CliRunner

from newscat.cli import app

if TYPE_CHECKING:
    from .postgres import Databases

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
SAMPLE = SAMPLES / "stanford-khojaly-event.txt"


BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test of a catalogue runs on both backends, but for those marked sqlite_only
    (about the SQLite file itself: its bytes, locks, damage, backups)."""
    if "backend" in metafunc.fixturenames:
        only = metafunc.definition.get_closest_marker("sqlite_only")
        metafunc.parametrize("backend", BACKENDS[:1] if only else BACKENDS)


@pytest.fixture(scope="session")
def postgres_databases() -> Iterator[Databases]:
    """The session's PostgreSQL server, started on first use."""
    from . import postgres

    try:
        import psycopg  # noqa: F401
    except ImportError:
        unavailable("postgres", "pip install 'newscat[postgres]' (in the test extras)")
    given = os.environ.get("NEWSCAT_TEST_POSTGRES")
    if given:
        databases = postgres.Databases(given.rsplit("/", 1)[0] if given.count("/") > 2 else given)
        yield databases
        databases.close()
        return
    if postgres.binaries() is None:
        unavailable("postgres", postgres.HOW)
    with postgres.private_server() as server:
        databases = postgres.Databases(server)
        yield databases
        databases.close()


@pytest.fixture
def db(
    backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Any:
    """A fresh catalogue for each test, picked up through NEWSCAT_DB: a SQLite file (a Path),
    or a new database on the test PostgreSQL server (its URL)."""
    if backend == "sqlite":
        location: Any = tmp_path / "catalogue.db"
    else:
        location = request.getfixturevalue("postgres_databases").new()
    monkeypatch.setenv("NEWSCAT_DB", str(location))
    return location


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


def run_sql(db: Any, statement: str, params: tuple[Any, ...] = ()) -> None:
    """One statement straight on the test's catalogue, either backend: to make the state an
    older newscat or a damaged file would leave."""
    if isinstance(db, Path):
        import sqlite3

        conn = sqlite3.connect(db)
        with conn:
            conn.execute(statement, params)
        conn.close()
        return
    import psycopg

    with psycopg.connect(db, autocommit=True) as conn:
        conn.execute(statement.replace("?", "%s"), params)  # type: ignore[arg-type]
