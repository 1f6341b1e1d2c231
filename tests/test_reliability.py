"""Hostile input, crashes, concurrent use, upgrades, backups and repairs."""

from __future__ import annotations

import json
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newscat.extract import extract
from tests.conftest import ROOT, SAMPLE, run_sql

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import Generator

NEWSCAT = [sys.executable, "-m", "newscat"]
ARABIC = "أعلن الرئيس أن المفاوضات ستستمر في جنيف الأسبوع المقبل. "


def write_corpus(folder: Path, count: int, seed: int = 3) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, article in enumerate(Generator(seed, people=300, sources=40).articles(count)):
        path = folder / f"a{number:05d}.txt"
        path.write_text(article.text, encoding="utf-8")
        paths.append(path)
    return paths


def test_hostile_inputs_in_one_batch(run, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    body = "Harbour reopens\n\nThe harbour in Varna reopened on Monday, officials said.\n"
    files = {
        "binary.txt": bytes(range(256)) * 40,
        "empty.txt": b"",
        "nul.txt": b"Some text\x00with\x00NUL bytes " * 50 + bytes(300),
        "bom.txt": b"\xef\xbb\xbf" + body.encode("utf-8"),
        "utf16.txt": body.replace("Varna", "Burgas").encode("utf-16"),
        "cp1251.txt": (
            "Гавань открылась\n\nГавань в Одессе открылась в понедельник, сообщили власти. " * 4
        ).encode("cp1251"),
        "latin1.txt": (
            "Le port rouvre\n\nLe port de Sète a rouvert lundi, a déclaré la mairie. " * 4
        ).encode("latin-1"),
        "mixed-endings.txt": body.replace("Varna", "Split").replace("\n", "\r\n", 1).encode(),
        "rtl.txt": ("عنوان الخبر\n\n" + ARABIC * 5).encode("utf-8"),
        "emoji.txt": (
            "Fans celebrate 🎉\n\nFans in Baku celebrated the win 🏆 late into the night. " * 3
        ).encode(),
        "controls.txt": (
            "Storm warning\n\nA storm\x07 is\x1b expected on Friday, forecasters said. " * 3
        ).encode(),
        "long-line.txt": ("Long line\n\n" + "word " * 400_000).encode(),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    result = run("add", str(folder))
    assert "Traceback" not in result.output
    assert result.exit_code == 0
    assert "binary.txt: binary file, not text" in result.stderr
    assert "empty.txt: file is empty" in result.stderr
    assert "nul.txt: binary file, not text" in result.stderr
    assert "added 9, already present 0, failed 3" in result.stderr
    titles = {a["title"] for a in json.loads(run("list", "--json", "--limit", "50").stdout)}
    assert {
        "Гавань открылась",
        "Le port rouvre",
        "عنوان الخبر",
        "Fans celebrate 🎉",
        "Long line",
    } <= titles
    assert json.loads(run("search", "Burgas", "--json").stdout)  # UTF-16 text was indexed
    assert json.loads(run("search", "Sète", "--json").stdout)


def test_size_limit_names_the_override(run, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"news " * (5 * 1024 * 1024))
    refused = run("add", str(big), "--max-size", "10")
    assert (
        refused.exit_code == 1
        and "over the 10 MB limit (raise it with --max-size)" in refused.stderr
    )
    assert run("add", str(big), "--max-size", "30").exit_code == 0


def _whole(db: Path, ids: set[int]) -> None:
    """Every article reported as added has its row, its index entry and all its people."""
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for article_id in ids:
        row = conn.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()
        assert row is not None
        indexed = conn.execute("SELECT count(*) FROM articles_fts WHERE rowid = ?", [article_id])
        assert indexed.fetchone()[0] == 1
        mentions = conn.execute("SELECT count(*) FROM mentions WHERE article_id = ?", [article_id])
        assert mentions.fetchone()[0] == len(extract(row[0]).people)
    conn.close()


def _reported_ids(lines: list[str]) -> set[int]:
    return {int(line.split("#")[1].split()[0]) for line in lines if line.strip().startswith("+ #")}


def test_sigkill_mid_batch_loses_nothing_reported(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", 900)
    db = tmp_path / "c.db"
    process = subprocess.Popen(
        [*NEWSCAT, "add", "-j", "1", "--db", str(db), str(tmp_path / "in")],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    lines = []
    for line in process.stdout:
        lines.append(line)
        if len(lines) >= 250:  # more than one batch is committed and more is in flight
            break
    process.send_signal(signal.SIGKILL)
    process.wait()
    reported = _reported_ids(lines)
    assert len(reported) >= 200
    _whole(db, reported)
    again = subprocess.run(
        [*NEWSCAT, "add", "-q", "--db", str(db), str(tmp_path / "in")],
        capture_output=True,
        text=True,
    )
    assert again.returncode == 0
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 900
    assert conn.execute("SELECT count(DISTINCT hash) FROM articles").fetchone()[0] == 900
    conn.close()


def _ctrl_c_as_in_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_stops_cleanly_with_a_summary(tmp_path: Path) -> None:
    # far more articles than are added before the signal: on a loaded machine the reader may
    # fall behind, and a smaller folder could be finished before Ctrl-C arrives
    write_corpus(tmp_path / "in", 3000, seed=4)
    db = tmp_path / "c.db"
    process = subprocess.Popen(
        [*NEWSCAT, "add", "-j", "1", "--db", str(db), str(tmp_path / "in")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # a suite started in the background without job control ignores Ctrl-C, and so
        # would the child: it gets the default, as a terminal's command has
        preexec_fn=_ctrl_c_as_in_a_terminal,
    )
    assert process.stdout is not None
    lines = [process.stdout.readline() for _ in range(210)]
    process.send_signal(signal.SIGINT)
    rest, errors = process.communicate(timeout=60)
    assert process.returncode != 0
    assert "Traceback" not in errors
    assert "interrupted: every article reported as added above is saved" in errors
    assert "added " in errors.splitlines()[-1]
    _whole(db, _reported_ids(lines + rest.splitlines()))


def test_four_writers_and_searches_at_once(tmp_path: Path) -> None:
    folders = []
    for n in range(4):
        folders.append(tmp_path / f"in{n}")
        write_corpus(folders[-1], 120, seed=10 + n)
    db = tmp_path / "shared.db"
    writers = [
        subprocess.Popen(
            [*NEWSCAT, "add", "-q", "-j", "1", "--db", str(db), str(f)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for f in folders
    ]
    searches = 0
    while any(w.poll() is None for w in writers):
        result = subprocess.run(
            [*NEWSCAT, "search", "--db", str(db), "said", "--json"], capture_output=True, text=True
        )
        assert "locked" not in result.stderr and "Traceback" not in result.stderr
        searches += 1
        time.sleep(0.05)
    for writer in writers:
        _, errors = writer.communicate()
        assert writer.returncode == 0, errors
        assert "locked" not in errors
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 480
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert searches >= 1


def test_first_release_catalogue_upgrades(run, tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    shutil.copy(ROOT / "tests" / "data" / "catalogue-v1.db", old)
    shown = json.loads(run("search", "--db", str(old), "--person", "aliyeva", "--json").stdout)
    assert [a["source"] for a in shown] == ["News.Az"]
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] >= 2
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    assert conn.execute("SELECT count(*) FROM sketches").fetchone()[0] >= 1
    conn.close()
    assert run("tag", "--db", str(old), "1", "kept").exit_code == 0
    assert run("check", "--db", str(old)).exit_code == 0


def test_backup_while_writing(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", 400, seed=5)
    db = tmp_path / "c.db"
    subprocess.run(
        [*NEWSCAT, "add", "-q", "--db", str(db), str(SAMPLE)], check=True, capture_output=True
    )
    writer = subprocess.Popen(
        [*NEWSCAT, "add", "-q", "-j", "1", "--db", str(db), str(tmp_path / "in")],
        stderr=subprocess.DEVNULL,
    )
    copy = tmp_path / "copy.db"
    result = subprocess.run(
        [*NEWSCAT, "backup", "--db", str(db), str(copy)], capture_output=True, text=True
    )
    writer.wait()
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] >= 1
    conn.close()
    refused = subprocess.run(
        [*NEWSCAT, "backup", "--db", str(db), str(copy)], capture_output=True, text=True
    )
    assert refused.returncode == 1 and "use --force" in refused.stderr


@pytest.mark.sqlite_only  # orphans and a damaged FTS5 index, written past SQLite's checks
def test_check_finds_and_fixes(run, db: Path) -> None:
    run("add", str(SAMPLE))
    assert run("check").exit_code == 0
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "INSERT INTO mentions (article_id, person_id, role, evidence) VALUES (999, 1, NULL, '{}')"
    )
    conn.execute("INSERT INTO people (name, key) VALUES ('Nobody', 'nobody')")
    conn.execute(
        "INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', 1, "
        "(SELECT title FROM articles WHERE id = 1), (SELECT body FROM articles WHERE id = 1))"
    )
    conn.commit()
    conn.close()
    found = run("check")
    assert found.exit_code == 1
    assert "FOUND  mentions of removed articles: 1" in found.stdout
    assert "FOUND  full-text index out of step with articles: 1" in found.stdout
    fixed = run("check", "--fix")
    assert "fixed" in fixed.stdout and fixed.exit_code == 0
    assert run("check").exit_code == 0
    assert json.loads(run("search", "kamancha", "--json").stdout)


def test_paths_are_stored_not_executed(run, tmp_path: Path) -> None:
    odd = tmp_path / "$(touch pwned); rm -rf ~.txt"
    odd.write_text("Odd name\n\nA file with a hostile name, said the tester on Monday.\n")
    assert run("add", str(odd)).exit_code == 0
    shown = json.loads(run("show", "1", "--json").stdout)
    assert shown["path"] == str(odd)
    assert not (tmp_path / "pwned").exists() and not Path("pwned").exists()


@pytest.mark.parametrize(
    "query", ["'; DROP TABLE articles; --", 'x" OR 1=1 --', "person:'); DELETE FROM people; --"]
)
def test_search_input_is_bound_not_run(run, query: str) -> None:
    run("add", str(SAMPLE))
    result = run("search", "--json", "--", query)
    assert result.exit_code in (0, 1, 2)
    assert json.loads(run("stats", "--json").stdout)["articles"] == 1


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found += [int(child) for child in text]
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def _wait_gone(pids: list[int], seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.1)
    return [p for p in pids if _alive(p)]


def _start_parallel_add(tmp_path: Path) -> tuple[subprocess.Popen[str], list[int]]:
    write_corpus(tmp_path / "in", 1500, seed=6)
    process = subprocess.Popen(
        [*NEWSCAT, "add", "-j", "2", "--db", str(tmp_path / "c.db"), str(tmp_path / "in")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    for _ in range(5):
        process.stdout.readline()  # the workers are running once articles are reported
    workers = _children(process.pid)
    assert len(workers) >= 2
    return process, workers


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc")
def test_workers_die_with_a_killed_parent(tmp_path: Path) -> None:
    process, workers = _start_parallel_add(tmp_path)
    process.kill()
    process.communicate(timeout=30)
    assert _wait_gone(workers, 5) == []


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc")
def test_sigterm_stops_add_as_ctrl_c_does(tmp_path: Path) -> None:
    process, workers = _start_parallel_add(tmp_path)
    process.send_signal(signal.SIGTERM)
    _, errors = process.communicate(timeout=60)
    assert process.returncode != 0
    assert "Traceback" not in errors
    assert "interrupted: every article reported as added above is saved" in errors
    assert _wait_gone(workers, 5) == []


def test_check_finds_and_fixes_an_article_left_out_of_the_text_index(run, db, backend) -> None:
    run("add", str(SAMPLE))
    if backend == "sqlite":
        run_sql(
            db,
            "INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', 1, "
            "(SELECT title FROM articles WHERE id = 1), (SELECT body FROM articles WHERE id = 1))",
        )
    else:
        run_sql(db, "UPDATE articles SET search = ''::tsvector")
    assert run("search", "kamancha").exit_code == 1
    found = run("check")
    assert found.exit_code == 1
    assert "FOUND  full-text index out of step with articles: 1" in found.stdout
    assert run("check", "--fix").exit_code == 0
    assert run("check").exit_code == 0
    assert json.loads(run("search", "kamancha", "--json").stdout)[0]["id"] == 1
