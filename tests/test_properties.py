"""Property-based tests: extraction and the query parser hold up on any text at all."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscat.errors import UsageProblem
from newscat.extract import extract
from newscat.query import parse

NEWSY = st.lists(
    st.sampled_from(
        [
            "Published: 3 March 2020",
            "date 2018-03-07",
            "LONDON (Reuters) -",
            "By Jane Doe, The Guardian",
            "Mr. Smith",
            "Vice President of the Foundation",
            "Leyla Aliyeva",
            "(witness of the event)",
            ", chairman of Acme Corp,",
            "said",
            "\n\n",
            "\n",
            " ",
            ".",
            "Reuter",
            "News.Az",
            "+ ↺ − 16 px",
            "Share",
            "O'Brien",
            "A.",
            "U.S.",
            "\u200f",
            "é",
            "2018-02-30",
            "Feb 26 -",
            "«",
            "»",
            '"',
            "(",
        ]
    )
    | st.text(max_size=20),
    max_size=60,
).map("".join)


def check_record(text: str) -> None:
    record = extract(text)
    for found in (record.published, record.source, record.title):
        if found is not None:
            assert 0 <= found.start <= found.end <= len(record.text)
            assert found.value
    if record.published is not None:
        parts = record.published.value.split("-")
        if len(parts) == 3:
            date.fromisoformat(record.published.value)
        else:
            assert len(parts) == 2 and 1 <= int(parts[1]) <= 12
    for person in record.people:
        assert 0 <= person.start < person.end <= len(record.text)
        assert person.name.strip()
        if person.role:
            assert 0 <= person.role.start <= person.role.end <= len(record.text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_extract_never_fails_on_any_text(text: str) -> None:
    check_record(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSY)
def test_extract_never_fails_on_newsy_fragments(text: str) -> None:
    check_record(text)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                '"',
                "(",
                ")",
                "OR",
                "AND",
                "NOT",
                "-",
                "*",
                "person:",
                "date:",
                "tag:x",
                "title:",
                "..",
                " ",
            ]
        )
        | st.text(max_size=8),
        max_size=12,
    ).map(" ".join)
)
def test_query_parser_only_ever_reports_usage_problems(query: str) -> None:
    from newscat.catalog import plan

    try:
        plan(parse(query))
    except UsageProblem as problem:
        assert str(problem)
