"""What is particular to a catalogue on a PostgreSQL server: addresses and their errors, many
writers at once, copying between backends. (The whole CLI suite also runs on PostgreSQL: see
the db fixture in conftest.py.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newscat.cli import app
from newscat.pg.address import masked

from .conftest import SAMPLE, SAMPLES, run_sql


def invoke(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_the_password_is_never_shown() -> None:
    url = "postgresql://editor:s3cret@db.example.org:5433/news"
    assert masked(url) == "postgresql://editor:***@db.example.org:5433/news"
    assert invoke("path", "--db", url).stdout.strip() == masked(url)
    assert masked("postgres://db.example.org/news") == "postgres://db.example.org/news"


def test_an_unreachable_server_is_one_line_naming_the_host() -> None:
    result = invoke("search", "--db", "postgresql://editor:s3cret@127.0.0.1:9/news", "x")
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1
    assert line.startswith("newscat: cannot reach the PostgreSQL server 127.0.0.1:9")
    assert "s3cret" not in result.output


def test_the_missing_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now fails
    result = invoke("search", "--db", "postgres://127.0.0.1/news", "x")
    assert result.exit_code == 1
    assert "pip install 'newscat[postgres]'" in result.stderr


@pytest.fixture
def server(postgres_databases) -> str:
    return postgres_databases.new()


def test_an_unknown_user_is_refused_in_one_line(server: str) -> None:
    refused = server.replace("://newscat@", "://nobody@")
    result = invoke("search", "--db", refused, "x")
    assert result.exit_code == 1
    assert "refused the login" in result.stderr and len(result.stderr.splitlines()) == 1


def test_reading_an_empty_database_says_how_to_make_a_catalogue(server: str) -> None:
    result = invoke("search", "--db", server, "x")
    assert result.exit_code == 1
    assert "no catalogue in" in result.stderr and "newscat add" in result.stderr


def test_a_newer_schema_is_refused(server: str) -> None:
    assert invoke("add", "--db", server, str(SAMPLE)).exit_code == 0
    run_sql(server, "INSERT INTO newscat_schema (version) VALUES (99)")
    result = invoke("search", "--db", server, "x")
    assert result.exit_code == 1 and "made by a newer newscat (schema 99" in result.stderr


def test_file_commands_say_what_to_do_instead(server: str, tmp_path: Path) -> None:
    assert invoke("add", "--db", server, str(SAMPLE)).exit_code == 0
    backup = invoke("backup", "--db", server, str(tmp_path / "copy.db"))
    assert backup.exit_code == 1 and "pg_dump" in backup.stderr and "newscat copy" in backup.stderr
    served = invoke("serve", "--db", server)
    assert served.exit_code == 1 and "newscat copy" in served.stderr


def _all(db: str | Path) -> list[dict]:
    return json.loads(invoke("export", "json", "--db", str(db)).stdout)


def test_copy_keeps_edits_tags_and_merges_both_ways(server: str, tmp_path: Path) -> None:
    origin = tmp_path / "origin.db"
    for args in (
        ["add", str(SAMPLES)],
        ["tag", "3", "debt"],
        ["edit", "4", "--remove-person", "Imamyar Hasanov", "--title", "Khojaly evening"],
        ["person", "merge", "Roger Birk", "Dilson Funaro"],
    ):
        assert invoke(*args, "--db", str(origin)).exit_code == 0, args
    copied = invoke("copy", str(origin), server)
    assert copied.exit_code == 0 and "copied 4 articles" in copied.stderr
    again = invoke("copy", str(origin), server)
    assert "copied 0 articles" in again.stderr and "4 were there already" in again.stderr

    def comparable(articles: list[dict]) -> list[dict]:
        return sorted(
            ({k: v for k, v in a.items() if k != "id"} for a in articles), key=lambda a: a["hash"]
        )

    assert comparable(_all(server)) == comparable(_all(origin))
    # the manual edits hold through reindex on the server, as on the file
    assert invoke("reindex", "--db", server, "-q").exit_code == 0
    khojaly = json.loads(invoke("search", "--db", server, "title:khojaly", "--json").stdout)[0]
    assert khojaly["title"] == "Khojaly evening"
    assert "Imamyar Hasanov" not in {p["name"] for p in khojaly["people"]}
    # a slice comes home as a SQLite file
    home = tmp_path / "home.db"
    assert invoke("copy", server, str(home), "--matching", "tag:debt").exit_code == 0
    assert [a["title"] for a in _all(home)] == ["BRAZIL SEEKS TO RESCHEDULE FOREIGN DEBT"]
    assert invoke("search", "--db", str(home), "--tag", "debt").exit_code == 0


def test_copy_refuses_the_same_catalogue(tmp_path: Path) -> None:
    same = tmp_path / "same.db"
    assert invoke("add", "--db", str(same), str(SAMPLE)).exit_code == 0
    result = invoke("copy", str(same), str(same))
    assert result.exit_code == 2 and "the same" in result.stderr


def _articles(folder: Path, start: int, stop: int) -> Path:
    folder.mkdir()
    for n in range(start, stop):
        (folder / f"story-{n}.txt").write_text(
            f"Harbour story number {n}\n4 May 2023\n\nHARBOURTOWN (Harbour Wire) - Mayor Ines "
            f"Calloway opened quay {n} on Monday, her deputy Tomas Reyes-Hill said, as crews "
            f"finished the work on berth {n * 7} after {n % 5 + 2} months of repairs.\n",
            encoding="utf-8",
        )
    return folder


@pytest.mark.slow
def test_four_writers_add_overlapping_folders_once_each(server: str, tmp_path: Path) -> None:
    """Four processes, each adding 30 articles of which 10 another writer adds too: every
    article stored exactly once, each person one row, nothing reported added that is lost."""
    folders = [_articles(tmp_path / f"w{n}", n * 20, n * 20 + 30) for n in range(4)]
    env = {**os.environ, "NEWSCAT_DB": server}
    writers = [
        subprocess.Popen(
            [sys.executable, "-m", "newscat", "add", str(folder), "--jobs", "1"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for folder in folders
    ]
    outputs = [writer.communicate(timeout=600) for writer in writers]
    assert all(writer.returncode == 0 for writer in writers), outputs
    added = sum(int(err.rsplit("added ", 1)[1].split(",")[0]) for _, err in outputs)
    stats = json.loads(invoke("stats", "--db", server, "--json").stdout)
    assert added == stats["articles"] == 90  # stories 0-89, the overlaps once
    people = json.loads(invoke("people", "--db", server, "--json", "--all").stdout)
    names = [p["name"] for p in people]
    assert sorted(names) == sorted(set(names))
    assert {p["name"]: p["articles"] for p in people}["Ines Calloway"] == 90


def test_a_statement_the_server_refuses_is_one_line(server: str) -> None:
    assert invoke("add", "--db", server, str(SAMPLE)).exit_code == 0
    name = server.rsplit("/", 1)[1]
    run_sql(server, f'ALTER DATABASE "{name}" SET default_transaction_read_only = on')
    result = invoke("tag", "--db", server, "1", "culture")
    assert result.exit_code == 1
    assert result.stderr.startswith("newscat: catalogue postgresql://")
    assert "read-only transaction" in result.stderr and len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.output


def test_a_schema_1_catalogue_is_upgraded_and_ranks_by_headline_and_lede(server: str) -> None:
    """A catalogue as newscat left it before the ranking vector (schema 1): opening it adds
    the vector and fills it from the stored articles, and gives the mentions their article's
    date (schema 3), each step in one transaction."""
    from newscat.pg.connection import PgConnection
    from newscat.pg.schema import MIGRATIONS

    conn = PgConnection(server)
    conn.execute(
        "CREATE TABLE newscat_schema "
        "(version INTEGER PRIMARY KEY, applied TIMESTAMPTZ NOT NULL DEFAULT now())"
    )
    MIGRATIONS[0](conn)
    conn.execute("INSERT INTO newscat_schema (version) VALUES (1)")
    stories = [
        ("h1", "Quay plan approved", "The board approved the quay plan. " + "Filler words. " * 80),
        ("h2", "Ferry fares rise", "Fares rise in June. " + "Filler words. " * 80 + "quay"),
    ]
    for n, (digest, title, body) in enumerate(stories, start=1):
        conn.execute(
            "INSERT INTO articles (hash, title, body, added, published, word_count, search) "
            "VALUES (?, ?, ?, '2024-01-01', ?, 160, "
            "setweight(to_tsvector('simple', lower(?)), 'A') || "
            "setweight(to_tsvector('simple', lower(?)), 'B'))",
            [digest, title, body, f"2023-0{n}-01", title, body],
        )
    # one person named in both (schema 3 gives the mentions their article's date)
    conn.execute("INSERT INTO people (name, key) VALUES ('Ilse Varnholt', 'ilse varnholt')")
    conn.execute("INSERT INTO person_words (word, person_id) SELECT 'varnholt', id FROM people")
    conn.execute(
        "INSERT INTO mentions (article_id, person_id) SELECT a.id, p.id FROM articles a, people p"
    )
    conn.close()
    found = invoke("search", "--db", server, "quay", "--json")
    assert found.exit_code == 0, found.stderr
    # both match; the one whose headline and lede hold the word ranks first, though newer
    # articles win ties
    assert [a["title"] for a in json.loads(found.stdout)] == [
        "Quay plan approved",
        "Ferry fares rise",
    ]
    check = PgConnection(server)
    assert check.execute("SELECT max(version) FROM newscat_schema").fetchone()[0] == len(MIGRATIONS)
    assert check.execute("SELECT count(*) FROM articles WHERE lead = ''").fetchone()[0] == 0
    dated = "SELECT m.published FROM mentions m JOIN articles a ON a.id = m.article_id"
    assert {row[0] for row in check.execute(dated)} == {"2023-01-01", "2023-02-01"}
    listed = invoke("search", "--db", server, "--person", "varnholt", "--json")
    assert [a["published"] for a in json.loads(listed.stdout)] == ["2023-02-01", "2023-01-01"]
    check.close()
    assert invoke("check", "--db", server).exit_code == 0


@pytest.mark.parametrize("widen", [1.5, 0.01])
def test_a_common_word_is_ranked_within_the_newest_matches_found_by_key_range(
    server: str, monkeypatch: pytest.MonkeyPatch, widen: float
) -> None:
    """On a large catalogue a word in most articles is sought among the newest keys only
    (by the planner's estimate of its matches, widened when the range held too few): the
    answer is the same as ranking the newest RANK_WINDOW matches of the whole catalogue."""
    from newscat.catalog import Query
    from newscat.extract import extract
    from newscat.pg import catalog as module

    catalog = module.PgCatalog(server)
    counts = [9, 1, 1, 2, 1, 1, 1, 1, 1, 3, 1, 2]  # "quay" in every article, 9 times in the oldest
    for n, times in enumerate(counts):
        pier = " pier" if n % 3 == 0 else ""
        text = f"Harbour notes {n}\n\nThe town{pier} quay{' quay' * (times - 1)} stands open today."
        catalog.add(extract(text), f"{n}.txt")
    catalog.conn.execute("ANALYZE articles")  # the estimate needs the table's statistics
    monkeypatch.setattr(module.PgCatalog, "RANK_WINDOW", 4)
    monkeypatch.setattr(module, "WIDEN", widen)  # 0.01: the first range is far too small
    found = catalog.search(Query(words="quay", limit=2))
    assert found.ranked_within == 4
    # the newest four (ids 9-12) are ranked: 10 has the most quays; the oldest (9 quays) is
    # outside the window
    assert [a["id"] for a in found.articles] == [10, 12]
    rare = catalog.search(Query(words="pier", limit=10))
    assert rare.ranked_within == 4 and {a["id"] for a in rare.articles} == {1, 4, 7, 10}
    catalog.conn.close()


def test_a_rare_word_is_ranked_from_the_headlines_and_ledes_that_hold_it(server: str) -> None:
    """Words alone, found in enough headlines and ledes: those matches alone are ranked (their
    own index), and the answer is the one ranking every match gives; with fewer of them than
    asked for, every match is ranked as before."""
    from newscat.catalog import Query
    from newscat.extract import extract
    from newscat.pg import catalog as module

    catalog = module.PgCatalog(server)
    filler = "The council met again on Tuesday to hear the plans. " * 12
    for n in range(12):
        if n % 4 == 1:  # the word in the headline, and in the lede of some
            text = (
                f"Lighthouse keepers {n}\n\nThe lighthouse{' lighthouse' * (n % 3)} shone. {filler}"
            )
        else:  # the word far down the text only
            text = f"Harbour notes {n}\n\n{filler} The old lighthouse stood."
        catalog.add(extract(text), f"{n}.txt")
    catalog.conn.execute("ANALYZE articles")
    every = module.PgCatalog._ranked_window(catalog, [], 12, score=module._LEAD_SCORE)
    ranked = [r["id"] for r in catalog.conn.execute(every, ["lighthouse"]).fetchall()]
    assert len(ranked) == 12
    assert module.PgCatalog._lead_matches(catalog, 2, ["lighthouse"])  # the lead path answers
    assert not module.PgCatalog._lead_matches(catalog, 5, ["lighthouse"])  # three hold it
    for limit in (2, 3, 5, 12):
        found = catalog.search(Query(words="lighthouse", limit=limit))
        assert [a["id"] for a in found.articles] == ranked[:limit]
        assert found.ranked_within is None
        assert all("score" not in a and "window_size" not in a for a in found.articles)
    catalog.conn.close()
