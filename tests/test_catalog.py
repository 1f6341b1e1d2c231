from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newscat.catalog import SCHEMA_VERSION, Catalog, Query
from newscat.errors import NewscatError, UsageProblem
from newscat.extract import extract
from tests.conftest import SAMPLE


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    return Catalog(tmp_path / "c.db")


def test_schema_wal_and_version(catalog: Catalog) -> None:
    conn = catalog.conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "people", "mentions", "articles_fts"} <= tables


def test_add_is_idempotent_by_normalised_text(catalog: Catalog) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    first = catalog.add(extract(text), "a.txt")
    again = catalog.add(extract(text.replace("\n", "\r\n") + "\n\n\n"), "b.txt")
    assert first.created and not again.created
    assert again.id == first.id
    assert catalog.count() == 1


def test_fts_stays_in_step_with_articles(catalog: Catalog) -> None:
    result = catalog.add(extract(SAMPLE.read_text(encoding="utf-8")), "a.txt")
    assert [a["id"] for a in catalog.search(Query(words="kamancha")).articles] == [result.id]
    catalog.conn.execute("DELETE FROM articles WHERE id = ?", [result.id])
    assert catalog.search(Query(words="kamancha")).articles == []
    assert catalog.conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0


def test_person_matching_is_case_and_accent_insensitive(catalog: Catalog) -> None:
    catalog.add(
        extract("Award for singer\n\nThe singer Zoë Ölçer won the prize. Ölçer thanked fans."), "x"
    )
    catalog.add(extract(SAMPLE.read_text(encoding="utf-8")), "a.txt")
    assert len(catalog.search(Query(person="ALIYEVA")).articles) == 1
    assert len(catalog.search(Query(person="leyla aliyeva")).articles) == 1
    assert len(catalog.search(Query(person="olcer")).articles) == 1
    assert len(catalog.search(Query(person="zoe")).articles) == 1
    assert (
        catalog.search(Query(person="liyeva")).articles == []
    )  # a part of the name, not a fragment


def test_filters_combine(catalog: Catalog) -> None:
    catalog.add(extract(SAMPLE.read_text(encoding="utf-8")), "a.txt")
    assert (
        len(catalog.search(Query(source="news.az", since="2018-03", until="2018-03-07")).articles)
        == 1
    )
    assert catalog.search(Query(source="news.az", since="2018-03-08")).articles == []
    assert catalog.search(Query(until="2018-03-06")).articles == []


def test_bad_fts_query_is_a_usage_problem(catalog: Catalog) -> None:
    with pytest.raises(UsageProblem):
        catalog.search(Query(words='"open', limit=5))


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Catalog(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    with pytest.raises(NewscatError, match="newer newscat"):
        Catalog(path)


def test_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a catalogue " * 100)
    with pytest.raises(NewscatError, match="cannot open catalogue"):
        Catalog(path)


def test_relevance_is_ranked_within_a_window_when_matches_are_many(
    catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newscat.catalog as module

    for n in range(4):
        text = f"Harbour news {n}\n\nThe harbour of town {n} reopened; harbour {'harbour ' * n}traffic grew."
        catalog.add(extract(text), f"{n}.txt")
    full = catalog.search(Query(words="harbour", limit=2))
    assert full.ranked_within is None and len(full.articles) == 2
    monkeypatch.setattr(module, "RANK_WINDOW", 3)
    capped = catalog.search(Query(words="harbour", limit=2))
    assert capped.ranked_within == 3
    # only the three most recently added articles (ids 2-4) are ranked; the most harbours wins
    assert [a["id"] for a in capped.articles] == [4, 3]
    assert all("\x02" in a["snippet"] for a in capped.articles)
