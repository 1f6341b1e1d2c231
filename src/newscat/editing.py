"""Changing a catalogue: corrections kept through re-extraction, tags, removal, reindex."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from newscat.catalog import Catalog
from newscat.errors import NewscatError, UsageProblem
from newscat.extract import Extraction, PersonSpans, extract
from newscat.folding import fold

MANUAL = {"rule": "manual"}


def _article(catalog: Catalog, article_id: int) -> Any:
    row = catalog.conn.execute("SELECT * FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise NewscatError(f"no article #{article_id} in the catalogue")
    return row


def parse_person(text: str) -> tuple[str, str | None]:
    """ "Leyla Aliyeva:Vice President of the Foundation" → (name, role)."""
    name, _, role = text.partition(":")
    name = " ".join(name.split())
    if not name:
        raise UsageProblem(f"--add-person needs a name, as NAME or NAME:ROLE (got {text!r})")
    return name, (" ".join(role.split()) or None)


def edit(
    catalog: Catalog,
    article_id: int,
    *,
    title: str | None = None,
    published: str | None = None,
    source: str | None = None,
    add_people: list[tuple[str, str | None]] | None = None,
    remove_people: list[str] | None = None,
    authors: list[str] | None = None,
) -> list[str]:
    """Apply corrections; each is marked manual so reindex keeps it. Returns what changed.
    authors replaces the article's authors ([""] clears them)."""
    row = _article(catalog, article_id)
    manual = set(json.loads(row["manual"]))
    evidence = json.loads(row["evidence"])
    changes: list[str] = []
    updates: dict[str, Any] = {}
    for key, value in (("title", title), ("published", published), ("source", source)):
        if value is None:
            continue
        updates[key] = value or None
        manual.add(key)
        evidence[key] = MANUAL
        changes.append(f"{key}: {row[key]!r} → {value or None!r}")
    if "title" in updates:
        updates["title_derived"] = 0
    if "source" in updates:
        updates["source_key"] = fold(updates["source"]) if updates["source"] else None
        if updates["source"]:
            catalog.conn.execute(
                "INSERT INTO sources (key, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
                [updates["source_key"], updates["source"]],
            )
    if authors is not None:
        names = [" ".join(name.split()) for name in authors if name.strip()]
        before = _authors_of(catalog, article_id)
        manual.add("authors")
        evidence["authors"] = [{**MANUAL, "value": name} for name in names]
        changes.append(f"authors: {before!r} → {names!r}")
    with catalog.atomic():
        if authors is not None:
            catalog.store_authors(article_id, names)
        if updates or authors is not None:
            updates.update(manual=json.dumps(sorted(manual)), evidence=json.dumps(evidence))
            assignments = ", ".join(f"{k} = ?" for k in updates)
            catalog.conn.execute(
                f"UPDATE articles SET {assignments} WHERE id = ?", [*updates.values(), article_id]
            )
            if "title" in updates:
                catalog.refresh_text_index(article_id)
        # Removals first: "--add-person 'Ronald Reagan' --remove-person Reagan" replaces the
        # Reagan found with the full name, not the full name just added.
        for name in remove_people or []:
            removed = _unlink(catalog, article_id, name)
            if not removed:
                raise NewscatError(f"article #{article_id} names no one called {name!r}")
            _set_manual_person(catalog, article_id, removed, None, "remove")
            changes.append(f"person removed: {removed}")
        for name, role in add_people or []:
            _set_manual_person(catalog, article_id, name, role, "add")
            _link(catalog, article_id, name, role)
            changes.append(f"person added: {name}" + (f" – {role}" if role else ""))
        prune_people(catalog)
    return changes


def _set_manual_person(
    catalog: Catalog, article_id: int, name: str, role: str | None, action: str
) -> None:
    catalog.conn.execute(
        """INSERT INTO manual_people (article_id, key, name, role, action) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (article_id, key) DO UPDATE
           SET name = excluded.name, role = excluded.role, action = excluded.action""",
        [article_id, fold(name), name, role, action],
    )


def _link(catalog: Catalog, article_id: int, name: str, role: str | None) -> None:
    person_id = catalog.person_id(name)
    evidence = json.dumps(
        {"evidence": MANUAL, "role_evidence": MANUAL if role else None, "mentions": 1}
    )
    catalog.conn.execute(
        """INSERT INTO mentions (article_id, person_id, role, evidence) VALUES (?, ?, ?, ?)
           ON CONFLICT (article_id, person_id) DO UPDATE
           SET role = excluded.role, evidence = excluded.evidence""",
        [article_id, person_id, role, evidence],
    )


def _unlink(catalog: Catalog, article_id: int, name: str) -> str | None:
    """Remove the named person from one article: the one with exactly that name, else the
    first whose name has it as a whole part."""
    key = fold(name)
    rows = catalog.conn.execute(
        "SELECT p.id, p.name, p.key FROM mentions m JOIN people p ON p.id = m.person_id WHERE m.article_id = ?",
        [article_id],
    ).fetchall()
    rows.sort(key=lambda row: row["key"] != key)
    for row in rows:
        if row["key"] == key or key in row["key"].split():
            catalog.conn.execute(
                "DELETE FROM mentions WHERE article_id = ? AND person_id = ?",
                [article_id, row["id"]],
            )
            return str(row["name"])
    return None


def prune_people(catalog: Catalog) -> int:
    """People left with no article disappear."""
    cursor = catalog.conn.execute(
        "DELETE FROM people WHERE id NOT IN (SELECT person_id FROM mentions)"
    )
    return cursor.rowcount


def normalise_tag(tag: str) -> str:
    tag = " ".join(tag.split()).lower()
    if not tag:
        raise UsageProblem("a tag cannot be empty")
    if tag.isdigit():
        raise UsageProblem(
            f"a tag cannot be only digits ({tag!r} reads as an article ID): put IDs first, "
            "as in: newscat tag 1 3 culture"
        )
    return tag


def split_ids_and_tags(words: list[str]) -> tuple[list[int], list[str]]:
    """ "1 3 culture film" → ([1, 3], ["culture", "film"]): IDs lead, tags follow."""
    ids: list[int] = []
    for index, word in enumerate(words):
        if not word.isdigit():
            return ids, [normalise_tag(tag) for tag in words[index:]]
        ids.append(int(word))
    return ids, []


def tag_counts(catalog: Catalog) -> list[dict[str, Any]]:
    """Every tag with its article count, most used first."""
    rows = catalog.conn.execute(
        "SELECT tag, count(*) AS articles FROM tags GROUP BY tag ORDER BY articles DESC, tag"
    )
    return [dict(row) for row in rows]


def tag(catalog: Catalog, ids: list[int], tags: list[str], *, add: bool = True) -> int:
    """Add (or remove) tags on articles; returns how many article × tag pairs changed."""
    clean = [normalise_tag(t) for t in tags]
    for article_id in ids:
        _article(catalog, article_id)
    changed = 0
    with catalog.atomic():
        for article_id in ids:
            for name in clean:
                sql = (
                    "INSERT INTO tags (article_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING"
                    if add
                    else "DELETE FROM tags WHERE article_id = ? AND tag = ?"
                )
                changed += catalog.conn.execute(sql, [article_id, name]).rowcount
    return changed


def remove(catalog: Catalog, ids: list[int]) -> int:
    """Remove articles with their mentions, tags and index rows; prune people left alone."""
    with catalog.atomic():
        removed = 0
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            removed += catalog.conn.execute(
                f"DELETE FROM articles WHERE id IN ({marks})", chunk
            ).rowcount
        prune_people(catalog)
    return removed


@dataclass
class ReindexSummary:
    articles: int = 0
    changed: dict[str, int] = field(default_factory=dict)  # field → articles where it changed
    examples: list[str] = field(default_factory=list)

    def note(self, article_id: int, name: str, old: Any, new: Any) -> None:
        self.changed[name] = self.changed.get(name, 0) + 1
        if len(self.examples) < 10:
            self.examples.append(f"#{article_id} {name}: {old!r} → {new!r}")


def reindex(
    catalog: Catalog,
    ids: list[int] | None = None,
    *,
    people_finder: PersonSpans | None = None,
    progress: Callable[[], None] | None = None,
) -> ReindexSummary:
    """Run extraction again on stored text, keeping every manual correction."""
    summary = ReindexSummary()
    if ids:
        for article_id in ids:
            _article(catalog, article_id)
    selected = ids or [r[0] for r in catalog.conn.execute("SELECT id FROM articles ORDER BY id")]
    for start in range(0, len(selected), 200):
        with catalog.atomic():
            for article_id in selected[start : start + 200]:
                _reindex_one(catalog, article_id, summary, people_finder)
                if progress:
                    progress()
    with catalog.atomic():
        prune_people(catalog)
    return summary


def store_people_again(catalog: Catalog, article_id: int, record: Extraction) -> None:
    """An article's people from a new extraction, with its manual corrections applied."""
    overrides = catalog.conn.execute(
        "SELECT key, name, role, action FROM manual_people WHERE article_id = ?", [article_id]
    ).fetchall()
    removed = {o["key"] for o in overrides if o["action"] == "remove"}
    catalog.conn.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
    record.people = [p for p in record.people if fold(p.name) not in removed]
    catalog.store_people(article_id, record)
    for override in overrides:
        if override["action"] == "add":
            _link(catalog, article_id, override["name"], override["role"])


def _authors_of(catalog: Catalog, article_id: int) -> list[str]:
    return [
        row[0]
        for row in catalog.conn.execute(
            "SELECT name FROM article_authors WHERE article_id = ? ORDER BY position", [article_id]
        )
    ]


def _reindex_one(
    catalog: Catalog, article_id: int, summary: ReindexSummary, finder: PersonSpans | None
) -> None:
    row = _article(catalog, article_id)
    record = extract(row["body"], people_finder=finder)
    manual = set(json.loads(row["manual"]))
    old_evidence = json.loads(row["evidence"])
    evidence = record.evidence()
    values: dict[str, Any] = {
        "title": record.title.value if record.title else None,
        "title_derived": int(bool(record.title and record.title.derived)),
        "published": record.published.value if record.published else None,
        "source": record.source.value if record.source else None,
        "summary": record.summary,
        "word_count": record.word_count,
        "url": record.url.value if record.url else None,
    }
    for key in manual & {"title", "published", "source"}:
        values[key] = row[key]
        evidence[key] = old_evidence.get(key, MANUAL)
        if key == "title":
            values["title_derived"] = row["title_derived"]
    values["source_key"] = fold(values["source"]) if values["source"] else None
    if values["source"]:
        catalog.conn.execute(
            "INSERT INTO sources (key, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [values["source_key"], values["source"]],
        )
    for key in ("title", "published", "source"):
        if values[key] != row[key]:
            summary.note(article_id, key, row[key], values[key])
    if "authors" in manual:
        evidence["authors"] = old_evidence.get("authors", [])
    else:
        before_authors = _authors_of(catalog, article_id)
        after_authors = [author.value for author in record.authors]
        if before_authors != after_authors:
            catalog.store_authors(article_id, after_authors)
            summary.note(article_id, "authors", before_authors, after_authors)
    values["evidence"] = json.dumps(evidence)
    catalog.conn.execute(
        f"UPDATE articles SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
        [*values.values(), article_id],
    )
    if values["title"] != row["title"]:
        catalog.refresh_text_index(article_id)
    before = {
        (r[0], r[1])
        for r in catalog.conn.execute(
            "SELECT p.name, m.role FROM mentions m JOIN people p ON p.id = m.person_id WHERE m.article_id = ?",
            [article_id],
        )
    }
    store_people_again(catalog, article_id, record)
    after = {
        (r[0], r[1])
        for r in catalog.conn.execute(
            "SELECT p.name, m.role FROM mentions m JOIN people p ON p.id = m.person_id WHERE m.article_id = ?",
            [article_id],
        )
    }
    if before != after:
        summary.note(article_id, "people", sorted(before - after), sorted(after - before))
    summary.articles += 1
