"""The search language: what each query means, and a clear error for each malformed one."""

from __future__ import annotations

import pytest

from newscat.catalog import plan
from newscat.errors import UsageProblem
from newscat.query import Field, parse


def fts_of(query: str) -> str | None:
    return plan(parse(query))[0]


@pytest.mark.parametrize(
    ("typed", "fts"),
    [
        ("khojaly genocide", '("khojaly" AND "genocide")'),
        ("well-known", '"well known"'),
        ('"justice for khojaly"', '"justice for khojaly"'),
        ("baku OR ganja", '("baku" OR "ganja")'),
        ("film -darkness", '(("film") NOT "darkness")'),
        ("film NOT darkness", '(("film") NOT "darkness")'),
        ("azer*", '"azer"*'),
        ("(baku OR ganja) film", '(("baku" OR "ganja") AND "film")'),
        ("title:concert", 'title : "concert"'),
        ("U.S. trade", '("U S" AND "trade")'),
    ],
)
def test_words_become_fts(typed: str, fts: str) -> None:
    assert fts_of(typed) == fts


def test_fields_become_filters_beside_ranked_words() -> None:
    fts, clauses, params = plan(
        parse('khojaly person:aliyeva source:"News.Az" date:2018-01..2018-06 tag:Culture')
    )
    assert fts == '"khojaly"'
    assert len(clauses) == 4
    assert params == [
        "aliyeva",
        "%news.az%",
        "2018-01",
        "2018-06\uffff",
        "culture",
    ]


def test_fields_under_or_and_not_become_sql() -> None:
    fts, clauses, _ = plan(parse("person:aliyeva OR -source:reuters"))
    assert fts is None
    assert (
        clauses[0].startswith("(a.id IN (SELECT m.article_id")
        and " OR NOT coalesce((" in clauses[0]
    )
    only_excluded = plan(parse("-film"))
    assert only_excluded[0] is None and only_excluded[1][0].startswith("NOT coalesce((a.id IN")


def test_quoted_field_values() -> None:
    node = parse('source:"The New York Times"')
    assert node == Field("source", "The New York Times", 0, quoted=True)


def test_open_date_ranges() -> None:
    _, _, params = plan(parse("date:2018.."))
    assert params == ["2018"]
    _, _, params = plan(parse("date:..2019-12-31"))
    assert params == ["2019-12-31\uffff"]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ('film "dark', "unclosed quote at position 6"),
        ("OR film", "OR needs a word before it at position 1"),
        ("film OR", "OR needs a word after it at position 6"),
        ("film AND", "AND needs a word after it"),
        ("film NOT", "NOT needs a word after it"),
        ("film )", "unmatched ')' at position 6"),
        ("(film", "unclosed '(' at position 1"),
        ("()", "empty or unfinished group at position 1"),
        ("*", "prefix needs letters"),
        ("!!!", "nothing to search for"),
        ("person:", "person: needs a value"),
        ('source:"open', "unclosed quote at position 8"),
        ("date:2018-13", "date:2018-13: cannot read '2018-13'"),
        ("date:soon..later", "cannot read 'soon'"),
    ],
)
def test_malformed(typed: str, message: str) -> None:
    with pytest.raises(UsageProblem) as raised:
        plan(parse(typed))
    assert message in str(raised.value)


def test_snippets_mark_matches_and_prefer_the_body() -> None:
    from newscat.snippets import compile_terms, snippet

    body = "Harbour news\n\nThe old harbour of Varna reopened on Monday after repairs to the quay walls, officials said."
    marked = snippet(body, compile_terms(parse("harbour")))
    assert "\x02harbour\x03 of Varna" in marked and "Harbour news" not in marked
    prefixed = snippet(body, compile_terms(parse("repair* -monday")))
    assert "\x02repairs\x03" in prefixed and "\x02Monday\x03" not in prefixed
    phrase = snippet(body, compile_terms(parse('"quay walls"')))
    assert "\x02quay\x03 \x02walls\x03" in phrase
