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
    monkeypatch.setattr(module.Catalog, "RANK_WINDOW", 3)
    capped = catalog.search(Query(words="harbour", limit=2))
    assert capped.ranked_within == 3
    # only the three most recently added articles (ids 2-4) are ranked; the most harbours wins
    assert [a["id"] for a in capped.articles] == [4, 3]
    assert all("\x02" in a["snippet"] for a in capped.articles)


AZ_ARTICLE = (
    "Prezident İlham Əliyev qəbul edib\n\n"
    "Bakı, 14 aprel 2025, AZƏRTAC\n\n"
    "Azərbaycan Respublikasının Prezidenti İlham Əliyev nümayəndə heyətini qəbul edib.\n"
)
EN_ARTICLE = (
    "Aliyev receives delegation\n\n"
    "BAKU, April 15, 2025 (Reuters) - President Ilham Aliyev received a delegation on Tuesday.\n"
)


def test_azerbaijani_letters_fold_to_english_spelling(catalog: Catalog) -> None:
    catalog.add(extract(AZ_ARTICLE), "az.txt")
    catalog.add(extract(EN_ARTICLE), "en.txt")
    people = catalog.conn.execute("SELECT name FROM people").fetchall()
    assert len(people) == 1  # one person, whichever spelling came first
    for typed in ("aliyev", "Əliyev", "ilham aliyev", "İlham Əliyev"):
        assert len(catalog.search(Query(person=typed)).articles) == 2, typed


def test_schema_4_refolds_keys_made_before_it(tmp_path: Path) -> None:
    path = tmp_path / "v3.db"
    catalog = Catalog(path)
    az = catalog.add(extract(AZ_ARTICLE), "az.txt").id
    en = catalog.add(extract(EN_ARTICLE), "en.txt").id
    conn = catalog.conn
    # What schema 3 stored: "İlham Əliyev" under its own key, beside "Ilham Aliyev".
    conn.execute("DELETE FROM mentions WHERE article_id = ?", [az])
    conn.execute("INSERT INTO people (name, key) VALUES ('İlham Əliyev', 'ilham əliyev')")
    old_id = conn.execute("SELECT id FROM people WHERE key = 'ilham əliyev'").fetchone()[0]
    conn.executemany(
        "INSERT INTO person_words (word, person_id) VALUES (?, ?)",
        [("ilham", old_id), ("əliyev", old_id)],
    )
    conn.executemany(
        "INSERT INTO mentions (article_id, person_id, role, evidence) VALUES (?, ?, NULL, '{}')",
        [(az, old_id), (en, old_id)],  # the English article names both spellings
    )
    conn.execute("UPDATE articles SET source_key = 'azərtac' WHERE id = ?", [az])
    conn.execute("UPDATE sources SET key = 'azərtac' WHERE key = 'azartac'")
    conn.execute("PRAGMA user_version = 3")
    catalog.close()

    upgraded = Catalog(path)
    conn = upgraded.conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 1
    mentions = conn.execute("SELECT article_id FROM mentions ORDER BY article_id").fetchall()
    assert [row[0] for row in mentions] == [az, en]
    assert len(upgraded.search(Query(person="aliyev")).articles) == 2
    assert len(upgraded.search(Query(source="azartac")).articles) == 1
    assert conn.execute("SELECT key FROM sources WHERE name = 'AZƏRTAC'").fetchone()[0] == "azartac"
