"""Text copied from web pages holds spaces other than the plain one ("&nbsp;" becomes U+00A0,
a French page's narrow space U+202F): they are read as plain spaces, and the stored text keeps
them, every evidence span still indexing it."""

from __future__ import annotations

import pytest

from newscat.extract import extract

ARTICLE = (
    "Harbour Herald\n"
    "Council approves harbour budget after long night\n"
    "By Dana Kelso\n"
    "March 3, 2024\n\n"
    "QUAYTOWN (Harbour Wire) — The council approved the harbour budget late on Tuesday after "
    "a session that ran past midnight, its leader Tom Vane said.\n\n"
    "Harbour master Mara Quillon said the new piers would be built by May.\n"
)


def _fields(text: str) -> tuple[object, ...]:
    found = extract(text)
    return (
        found.title.value if found.title else None,
        found.published.value if found.published else None,
        found.source.value if found.source else None,
        [author.value for author in found.authors],
        [(person.name, person.role.value if person.role else None) for person in found.people],
    )


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", "\u3000"])
def test_other_spaces_read_as_plain_ones(space: str) -> None:
    copied = ARTICLE.replace(" ", space)
    assert _fields(copied) == _fields(ARTICLE)
    title, published, source, authors, people = _fields(ARTICLE)
    assert (title, published, source, authors) == (
        "Council approves harbour budget after long night",
        "2024-03-03",
        "Harbour Wire",
        ["Dana Kelso"],
    )
    assert [name for name, _ in people] == ["Tom Vane", "Mara Quillon"]


def test_the_stored_text_keeps_them_and_spans_index_it() -> None:
    copied = ARTICLE.replace(" ", "\u00a0")
    found = extract(copied)
    assert "\u00a0" in found.text
    assert found.title is not None
    assert found.text[found.title.start : found.title.end].replace("\u00a0", " ") == (
        "Council approves harbour budget after long night"
    )
