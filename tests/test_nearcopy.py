"""Near-copy sketches: stored in catalogues, so their values must never change between versions."""

from __future__ import annotations

import re
import zlib

from newscat import nearcopy

ARTICLE = " ".join(
    f"The minister met delegation number {i} in the capital on Tuesday, officials said."
    for i in range(12)
)


def reference_sketch(text: str) -> list[int]:
    """The definition, written the slow and obvious way."""
    words = re.findall(r"\w+", text.lower())
    grams = {" ".join(words[i : i + 5]) for i in range(len(words) - 4)}
    return sorted(zlib.crc32(g.encode("utf-8")) for g in grams)[: nearcopy.SKETCH_SIZE]


def test_sketch_matches_its_definition() -> None:
    for text in (ARTICLE, ARTICLE.upper() + " Ünïcode wörds here", ARTICLE[: len(ARTICLE) // 3]):
        assert nearcopy.sketch(text) == reference_sketch(text)


def test_short_texts_have_no_sketch() -> None:
    assert nearcopy.sketch("Too short to compare.") == []


def test_rewrite_is_similar_and_other_story_is_not() -> None:
    rewrite = ARTICLE.replace("Tuesday", "Wednesday", 3) + " Reporting by Trend."
    other = ARTICLE.replace("minister", "striker").replace("delegation", "goal")
    assert nearcopy.similarity(nearcopy.sketch(ARTICLE), nearcopy.sketch(rewrite)) >= 0.5
    assert nearcopy.similarity(nearcopy.sketch(ARTICLE), nearcopy.sketch(other)) < 0.5
