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


@pytest.mark.parametrize("indent", ["    ", "\t", "  "])
def test_an_indented_copy_reads_as_the_plain_one(indent: str) -> None:
    # a text browser's or converter's copy, each line indented: the same answers, and every
    # span on the stored text, indentation and all
    indented = "\n".join(indent + line if line else line for line in ARTICLE.split("\n"))
    assert _fields(indented) == _fields(ARTICLE)
    found = extract(indented)
    assert found.published is not None
    assert found.text[found.published.start : found.published.end] == "March 3, 2024"
    for span in [found.title, found.source, *found.authors]:
        assert span is not None
        assert found.text[span.start : span.end] == span.value
    for person in found.people:
        assert found.text[person.start : person.end] == person.name
        if person.role is not None:  # "its leader Tom Vane"
            assert found.text[person.role.start : person.role.end] == person.role.value
    assert [person.role is not None for person in found.people] == [True, False]


def test_nested_indentation_reads_as_the_plain_copy() -> None:
    lines = ARTICLE.split("\n")
    nested = "\n".join(
        ("  " * (number % 3)) + line if line else line for number, line in enumerate(lines)
    )
    assert _fields(nested) == _fields(ARTICLE)


METADATA_COPY = (
    "---\ntitle: Harbour wall to be rebuilt before the storms\nauthor: Dana Kelso\n"
    "url: https://harbourherald.example/news/harbour-wall\nhostname: harbourherald.example\n"
    'sitename: Harbour Herald\ndate: "2024-03-03"\n---\n'
    "Harbour wall to be rebuilt before the storms\n"
    "The council agreed on Monday to rebuild the harbour wall before the winter storms "
    "arrive, its leader Tom Vane said.\n"
)


def test_an_indented_metadata_block_is_still_read() -> None:
    # trafilatura's block, as a mail or a text converter indents it
    indented = "\n".join("    " + line for line in METADATA_COPY.split("\n") if line)
    assert _fields(indented) == _fields(METADATA_COPY)
    found = extract(indented)
    assert found.source is not None and found.source.value == "Harbour Herald"
    assert found.published is not None and found.published.value == "2024-03-03"
    assert found.url is not None
    assert found.text[found.url.start : found.url.end] == found.url.value


@pytest.mark.parametrize("gap", ["  ", "\t", " \t "])
def test_an_outlet_s_name_with_odd_spaces_in_a_credit_is_read_not_a_crash(gap: str) -> None:
    # the name is rebuilt from its words; its evidence is found again whatever spaces the
    # line put between them (a double space once raised ValueError out of extract())
    footer = f"\u00a9 2019 Harbour{gap}Times Ltd. All rights reserved."
    story = ARTICLE.replace("(Harbour Wire) ", "").removeprefix("Harbour Herald\n")
    found = extract(story + "\n" + footer + "\n")
    assert found.source is not None and found.source.value == "Harbour Times"
    assert found.text[found.source.start : found.source.end] == f"Harbour{gap}Times"
