"""Extraction on many shapes of article: exact values, not just "something was found"."""

from __future__ import annotations

import pytest

from newscat.extract import extract
from newscat.extract.roles import _passive
from tests.article_cases import CASES, Case


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fields(case: Case) -> None:
    record = extract(case.text)
    assert (record.published.value if record.published else None) == case.published
    assert (record.source.value if record.source else None) == case.source
    assert (record.title.value if record.title else None) == case.title
    assert record.title is None or record.title.derived == case.title_derived


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_people_and_roles(case: Case) -> None:
    record = extract(case.text)
    found = {p.name: (p.role.value if p.role else None) for p in record.people}
    assert found == case.people
    if case.authors is not None:
        assert [a.value for a in record.authors] == case.authors


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_evidence_points_at_the_value(case: Case) -> None:
    record = extract(case.text)
    for found in (record.published, record.source, record.title):
        if found is None:
            continue
        assert 0 <= found.start <= found.end <= len(record.text)
        assert found.rule
    for person in record.people:
        assert (
            record.text[person.start : person.end].split() == person.name.split() or person.mentions
        )
        if person.role:
            assert 0 <= person.role.start < person.role.end <= len(record.text)


def test_there_are_enough_shapes() -> None:
    assert len(CASES) >= 25


@pytest.mark.parametrize(
    ("phrase", "passive"),
    [
        ("recently crowned player of the year", True),
        ("crowned champion", True),
        ("sang the anthem", True),
        ("currently chairman", False),
        ("retired teacher", False),
        ("the owner of a bakery", False),
    ],
)
def test_a_verb_in_the_past_opening_a_phrase_is_no_role(phrase: str, passive: bool) -> None:
    assert _passive(phrase) is passive
