"""Keeping a catalogue healthy: consistent backups and integrity checks with repairs."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newscat.catalog import Catalog

if TYPE_CHECKING:
    from newscat.recovery import Recovery
from newscat.errors import NewscatError


def backup(catalog: Catalog, target: Path, *, force: bool = False) -> int:
    """A consistent copy through SQLite's online backup API, safe while others write.
    Written beside the target and renamed, so the target is whole or absent."""
    if catalog.path is None:
        raise NewscatError(
            f"backup copies a SQLite catalogue file; for {catalog.location} use pg_dump, or "
            f"'newscat copy {catalog.location} {target}' for a SQLite copy"
        )
    if target.exists() and not force:
        raise NewscatError(f"{target} exists; use --force to overwrite it")
    if not target.parent.is_dir():
        raise NewscatError(f"cannot write {target}: folder {target.parent} does not exist")
    partial = target.with_name(f".{target.name}.part")
    partial.unlink(missing_ok=True)
    try:
        copy = sqlite3.connect(partial)
        with copy:
            catalog.conn.backup(copy, pages=4096)
        copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        copy.close()
        partial.replace(target)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise NewscatError(f"backup to {target} failed: {error}") from None
    return target.stat().st_size


@dataclass
class Finding:
    what: str
    count: int
    fixable: bool = True
    fixed: bool = False


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)
    recovery: Recovery | None = None

    @property
    def healthy(self) -> bool:
        return all(f.count == 0 or f.fixed for f in self.findings)


_ORPHANS = {
    "mentions of removed articles": "FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)",
    "mentions of unknown people": "FROM mentions WHERE person_id NOT IN (SELECT id FROM people)",
    "people with no article": "FROM people WHERE id NOT IN (SELECT person_id FROM mentions)",
    "tags of removed articles": "FROM tags WHERE article_id NOT IN (SELECT id FROM articles)",
    "name words of removed people": "FROM person_words WHERE person_id NOT IN (SELECT id FROM people)",
    "sketches of removed articles": "FROM sketches WHERE article_id NOT IN (SELECT id FROM articles)",
    "sketch keys of removed articles": "FROM sketch_keys WHERE article_id NOT IN (SELECT id FROM articles)",
    "near-copy links to removed articles": (
        "FROM near_copies WHERE article_id NOT IN (SELECT id FROM articles) "
        "OR other_id NOT IN (SELECT id FROM articles)"
    ),
}


def _integrity_problems(conn: sqlite3.Connection) -> int:
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError:
        return 1  # too damaged to list its problems
    return 0 if problems == ["ok"] else len(problems)


def check(catalog: Catalog, *, fix: bool = False) -> CheckReport:
    """Integrity, the full-text index and orphaned rows. A damaged file (integrity problems)
    is recovered into a new one with --fix (see newscat.recovery), which then is checked."""
    report = CheckReport()
    if catalog.path is not None:  # a server keeps its own pages whole (pg_amcheck checks them)
        damage = _integrity_problems(catalog.conn)
        finding = Finding("SQLite integrity problems", damage)
        report.findings.append(finding)
        if damage and not fix:
            return report  # the other checks would only meet the same damage
        if damage:
            from newscat.recovery import recover

            catalog.close()
            report.recovery = recover(catalog.path)
            finding.fixed = True
            catalog.conn = Catalog(catalog.path, "write").conn
    conn = catalog.conn
    stale = catalog.text_index_problems()
    finding = Finding("full-text index out of step with articles", stale)
    report.findings.append(finding)
    if fix and stale:
        with catalog.atomic():
            catalog.rebuild_text_index()
        finding.fixed = True
    for what, where in _ORPHANS.items():
        count = conn.execute(f"SELECT count(*) {where}").fetchone()[0]
        finding = Finding(what, count)
        report.findings.append(finding)
        if fix and count:
            with catalog.atomic():
                conn.execute(f"DELETE {where}")
            finding.fixed = True
    return report
