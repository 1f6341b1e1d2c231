"""The search language's words as a PostgreSQL tsquery. Every word is folded and cut into
\\w+ runs by newscat, as the indexed text is, and written as a quoted lexeme: nothing the user
types reaches the query syntax, and the tsquery itself is a bound parameter."""

from __future__ import annotations

import re
from typing import Any

from newscat.catalog import TextSearch
from newscat.errors import UsageProblem
from newscat.folding import fold

_WORD = re.compile(r"\w+")


def words_of(text: str) -> list[str]:
    """The words that the index holds for a text: folded like names and sources are, split
    where FTS5's tokenizer splits (so "U.S." is u, s and "news.az" is news, az)."""
    return _WORD.findall(fold(text))


def indexable(text: str | None) -> str:
    return " ".join(words_of(text or ""))


def lead_words(body: str) -> str:
    """The first words of a text, folded and split as indexed: what ranks a match."""
    from newscat.pg.schema import LEAD_WORDS

    cut = LEAD_WORDS * 20
    words = words_of(body[:cut])
    if len(words) <= LEAD_WORDS and body[cut : cut + 1].isalnum():
        words = words[:-1]  # a word cut in two is no word of the text (search relies on it)
    return " ".join(words[:LEAD_WORDS])


def _lexeme(word: str, weight: str = "", prefix: bool = False) -> str:
    return f"'{word}'" + (":" + ("*" if prefix else "") + weight if prefix or weight else "")


def _phrase(fts: str) -> str:
    """A Text node's FTS5 term ("a b" or "a"*) as a tsquery phrase."""
    prefix = fts.endswith("*")
    words = words_of(fts.rstrip("*").strip('"').replace('""', '"'))
    if not words:
        raise UsageProblem(f"nothing to search for in {fts!r}")
    lexemes = [_lexeme(w) for w in words[:-1]] + [_lexeme(words[-1], prefix=prefix)]
    return lexemes[0] if len(lexemes) == 1 else "(" + " <-> ".join(lexemes) + ")"


def to_tsquery(node: Any) -> str:
    """tsquery text for a text-only node (newscat.query.is_text), as to_fts writes FTS5."""
    from newscat.query import And, Field, Not, Or, Text

    if isinstance(node, Text):
        return _phrase(node.fts)
    if isinstance(node, Field):  # title: every word in the title (weight A)
        words = words_of(node.value)
        if not words:
            raise UsageProblem(f"title:{node.value} holds no word to search for")
        terms = [_lexeme(word, "A") for word in words]
        return terms[0] if len(terms) == 1 else "(" + " & ".join(terms) + ")"
    if isinstance(node, Or):
        return "(" + " | ".join(to_tsquery(child) for child in node.nodes) + ")"
    if isinstance(node, And):
        positive = [to_tsquery(c) for c in node.nodes if not isinstance(c, Not)]
        negative = [to_tsquery(c.node) for c in node.nodes if isinstance(c, Not)]
        if not positive:
            raise UsageProblem("a search cannot only exclude words: add a word to look for")
        return "(" + " & ".join(positive + [f"!{n}" for n in negative]) + ")"
    raise UsageProblem("a search cannot only exclude words: add a word to look for")


TSQUERY = TextSearch(to_tsquery, lambda query: ("a.search @@ to_tsquery('simple', ?)", [query]))
