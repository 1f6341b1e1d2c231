"""`newscat copy` from a SQLite file to each backend: the copy holds what the origin holds,
near-copy links included, whether the target was empty (links copied) or not (links sought)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from newscat.cli import app

PARAGRAPH = (
    "The harbour board met on Tuesday to approve the plan for the northern quay, which had "
    "been delayed for two years by a dispute over the cost of dredging the channel. "
)
STORY = (
    "Harbour plan approved\n\nPORTSEND (Coast Wire) - Mayor Ines Calloway said the vote ended "
    "a long wait. " + PARAGRAPH * 6 + "\n"
)
# the same story with a different headline and last sentence: a near-copy
RETOLD = STORY.replace("Harbour plan approved", "Quay plan passes") + "Work starts in May.\n"
OTHER = (
    "Ferry fares to rise\n\nPORTSEND (Coast Wire) - Fares on the island ferry will rise by "
    "a tenth in June, operator Dana Whitcombe said on Friday, blaming the price of fuel.\n"
)


def invoke(*args: str) -> Any:
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def _origin(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in (("story", STORY), ("retold", RETOLD), ("other", OTHER)):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    origin = tmp_path / "origin.db"
    assert invoke("add", "--db", str(origin), "-q", str(folder)).exit_code == 0
    assert invoke("tag", "--db", str(origin), "1", "harbour").exit_code == 0
    return origin


def _by_hash(location: Any) -> dict[str, dict]:
    """The catalogue's articles by content hash, with near-copies named by hash too (ids
    differ between catalogues)."""
    articles = json.loads(invoke("export", "json", "--db", str(location)).stdout)
    hashes = {article["id"]: article["hash"] for article in articles}
    return {
        article["hash"]: {
            **{k: v for k, v in article.items() if k != "id"},
            "near_copies": sorted(hashes[n] for n in article.get("near_copies") or []),
        }
        for article in articles
    }


def test_a_copy_into_an_empty_catalogue_brings_the_near_copy_links(db: Any, tmp_path: Path) -> None:
    origin = _origin(tmp_path)
    copied = invoke("copy", str(origin), str(db))
    assert copied.exit_code == 0 and "copied 3 articles" in copied.stderr
    theirs, ours = _by_hash(origin), _by_hash(db)
    assert ours == theirs
    assert sum(1 for article in ours.values() if article["near_copies"]) == 2


def test_a_copy_into_a_catalogue_in_use_finds_near_copies_there(db: Any, tmp_path: Path) -> None:
    origin = _origin(tmp_path)
    here = tmp_path / "here"
    here.mkdir()
    (here / "retold.txt").write_text(RETOLD, encoding="utf-8")
    assert invoke("add", "--db", str(db), "-q", str(here)).exit_code == 0
    copied = invoke("copy", str(origin), str(db))
    assert copied.exit_code == 0 and "copied 2 articles" in copied.stderr
    assert "1 were there already" in copied.stderr or "1 was there already" in copied.stderr
    ours = _by_hash(db)
    linked = {h for h, article in ours.items() if article["near_copies"]}
    assert len(linked) == 2
    assert _by_hash(origin).keys() == ours.keys()
