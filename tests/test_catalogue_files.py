"""The catalogue file: made only by add, read-only catalogues read, damaged ones recovered,
no lock files left, and the user data folder as the default."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

READING = [
    ("search", "khojaly"),
    ("list",),
    ("show", "1"),
    ("people",),
    ("sources",),
    ("stats",),
    ("tags",),
    ("export", "csv"),
    ("check",),
]
WRITING = [
    ("tag", "1", "culture"),
    ("untag", "1", "culture"),
    ("edit", "1", "--title", "New title"),
    ("remove", "1", "--yes"),
    ("reindex",),
]


def _one_line(result) -> str:
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize("command", [c for c in READING + WRITING if c[0] != "check"])
def test_only_add_creates_a_catalogue(run, tmp_path: Path, command: tuple[str, ...]) -> None:
    missing = tmp_path / "typo" / "new" / "cat.db"
    result = run("--db", str(missing), *command)
    assert result.exit_code == 1
    assert _one_line(result) == (
        f"newscat: no catalogue at {missing}: 'newscat add FILES' creates one (or give --db)"
    )
    assert not (tmp_path / "typo").exists()


def _filled(run, tmp_path: Path) -> Path:
    path = tmp_path / "cat" / "catalogue.db"
    assert run("--db", str(path), "add", str(SAMPLES)).exit_code == 0
    return path


def _make_read_only(path: Path, folder_too: bool) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    if folder_too:
        path.parent.chmod(stat.S_IRUSR | stat.S_IXUSR)


@pytest.mark.parametrize("folder_too", [False, True], ids=["file", "folder"])
def test_a_read_only_catalogue_is_read_and_not_written(
    run, tmp_path: Path, folder_too: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _filled(run, tmp_path)
    _make_read_only(path, folder_too)
    # root writes anything: make os.access answer as for the file's owner without rights
    if os.geteuid() == 0:
        real_access = os.access

        def access(target, mode, *args, **kwargs):  # type: ignore[no-untyped-def]
            if mode & os.W_OK and Path(target) in (path, path.parent):
                return bool(os.stat(target).st_mode & stat.S_IWUSR)
            return real_access(target, mode, *args, **kwargs)

        monkeypatch.setattr(os, "access", access)
    try:
        for command in READING:
            result = run("--db", str(path), *command)
            assert result.exit_code == 0, (command, result.stderr)
        for command in WRITING:
            result = run("--db", str(path), *command)
            assert result.exit_code == 1
            assert _one_line(result).startswith(f"newscat: catalogue {path} is read-only")
    finally:
        path.parent.chmod(0o755)
        path.chmod(0o644)
    assert json.loads(run("--db", str(path), "show", "1", "--json").stdout)["tags"] == []


def _damage(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        for page in range(pages // 3, pages // 3 + 12, 3):
            handle.seek(page * size)
            handle.write(b"\xde\xad\xbe\xef" * (size // 4))


def test_a_damaged_catalogue_gives_one_line_and_check_fix_recovers(run, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(300):
        (folder / f"{n}.txt").write_text(
            f"Council {n} meets\n\nThe council of Town {n} met on Monday, Mayor Jane "
            f"Holt{chr(97 + n // 26)}{chr(97 + n % 26)} "
            "said, and agreed a budget for the new library and the harbour wall.\n" * 3
        )
    path = tmp_path / "cat.db"
    assert run("--db", str(path), "add", "-q", str(folder)).exit_code == 0
    run("--db", str(path), "tag", "1", "first")
    _damage(path)
    for command in (("stats",), ("export", "csv"), ("list", "-n", "1000"), ("people",)):
        result = run("--db", str(path), *command)
        assert result.exit_code == 1
        assert "is damaged" in _one_line(result) and "check --fix" in result.stderr
    fixed = run("--db", str(path), "check", "--fix")
    assert "Traceback" not in fixed.output
    assert fixed.exit_code == 0, fixed.output
    assert "recovered " in fixed.stderr and "damaged file is kept as" in fixed.stderr
    assert list(tmp_path.glob("cat.db.damaged-*"))
    healthy = run("--db", str(path), "check")
    assert healthy.exit_code == 0, healthy.output
    stats = json.loads(run("--db", str(path), "stats", "--json").stdout)
    assert 250 <= stats["articles"] <= 300
    assert json.loads(run("--db", str(path), "show", "1", "--json").stdout)["tags"] == ["first"]


def test_no_lock_file_is_left(run, tmp_path: Path) -> None:
    path = _filled(run, tmp_path)
    run("--db", str(path), "search", "khojaly")
    assert sorted(p.name for p in path.parent.iterdir() if p.name.endswith(".lock")) == []


def test_the_default_catalogue_moves_to_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from newscat.catalog import default_path

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path))
    old = tmp_path / "config" / "newscat" / "catalogue.db"
    old.parent.mkdir(parents=True)
    old.write_bytes(b"")
    (old.parent / "catalogue.db.lock").write_bytes(b"")
    path = default_path()
    assert path == tmp_path / "data" / "newscat" / "catalogue.db"
    assert path.exists() and not old.exists()
    assert not (old.parent / "catalogue.db.lock").exists()
    assert f"moved the catalogue from {old} to {path}" in capsys.readouterr().err
    assert default_path() == path  # once
