from __future__ import annotations

import pytest

from newscat.errors import UsageProblem
from newscat.query import to_fts


@pytest.mark.parametrize(
    ("typed", "fts"),
    [
        ("khojaly genocide", '"khojaly" AND "genocide"'),
        ("well-known", '"well known"'),
        ('"justice for khojaly"', '"justice for khojaly"'),
        ("baku OR ganja", '"baku" OR "ganja"'),
        ("film -darkness", '"film" NOT "darkness"'),
        ("film NOT darkness", '"film" NOT "darkness"'),
        ("azer*", '"azer"*'),
        ("(baku OR ganja) film", '( "baku" OR "ganja" ) AND "film"'),
        ('say "hi" -"no way"', '"say" AND "hi" NOT "no way"'),
    ],
)
def test_translation(typed: str, fts: str) -> None:
    assert to_fts(typed) == fts


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ('film "dark', "unclosed quote at position 6"),
        ("OR film", "OR at position 1 needs a word before it"),
        ("film OR", "ends with an operator"),
        ("-film", "NOT at position 1"),
        ("film )", "unmatched ')' at position 6"),
        ("(film", "unclosed '('"),
        ("()", "empty or unfinished group"),
        ("*", "prefix needs letters"),
        ("!!!", "nothing to search for"),
    ],
)
def test_malformed(typed: str, message: str) -> None:
    with pytest.raises(UsageProblem, match=message.replace("(", r"\(").replace(")", r"\)")):
        to_fts(typed)
