"""Turns what a person types into an FTS5 query that cannot be misread or inject syntax.

Bare words are matched as words (quoted for FTS5, so "well-known" or "U.S." just work);
"quoted phrases" stay phrases; word* is a prefix; OR, NOT / -word and parentheses combine.
Mistakes (an open quote, a stray parenthesis, OR with nothing after it) are reported with
the position they are at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newscat.errors import UsageProblem

_TOKEN = re.compile(r'\s*(?:(?P<phrase>-?"[^"]*"?)|(?P<paren>[()])|(?P<word>[^\s()"]+))')


@dataclass(frozen=True)
class Token:
    kind: str  # "term", "op", "not", "open", "close"
    text: str
    position: int


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _term(raw: str, position: int) -> Token | None:
    prefix = raw.endswith("*")
    core = raw.rstrip("*")
    words = re.findall(r"\w+", core)
    if not words:
        if prefix:
            raise UsageProblem(f"a prefix needs letters before '*' (at position {position + 1})")
        return None
    fts = _quote(" ".join(words))
    return Token("term", fts + ("*" if prefix else ""), position)


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        if not match.group().strip():
            continue
        position = match.start(match.lastgroup or 0)
        if match.group("phrase"):
            raw = match.group("phrase")
            negated = raw.startswith("-")
            raw = raw[1:] if negated else raw
            if len(raw) < 2 or not raw.endswith('"'):
                raise UsageProblem(f"unclosed quote at position {position + 1} in {text!r}")
            words = re.findall(r"\w+", raw[1:-1])
            if not words:
                raise UsageProblem(f"empty phrase at position {position + 1} in {text!r}")
            if negated:
                tokens.append(Token("not", "NOT", position))
            tokens.append(Token("term", _quote(" ".join(words)), position))
        elif match.group("paren"):
            kind = "open" if match.group("paren") == "(" else "close"
            tokens.append(Token(kind, match.group("paren"), position))
        else:
            word = match.group("word")
            if word in ("OR", "AND"):
                tokens.append(Token("op", word, position))
            elif word == "NOT":
                tokens.append(Token("not", "NOT", position))
            elif word.startswith("-") and len(word) > 1:
                term = _term(word[1:], position + 1)
                if term:
                    tokens.extend([Token("not", "NOT", position), term])
            else:
                term = _term(word, position)
                if term:
                    tokens.append(term)
    return tokens


def to_fts(text: str) -> str:
    """An FTS5 MATCH expression for the user's words, or a UsageProblem saying what is wrong."""
    tokens = tokenize(text)
    if not tokens:
        raise UsageProblem(f"nothing to search for in {text!r}")
    out: list[str] = []
    depth = 0
    expect_operand = True  # at the start, after an operator or an opening parenthesis
    for token in tokens:
        if token.kind == "term":
            if not expect_operand:
                out.append("AND")
            out.append(token.text)
            expect_operand = False
        elif token.kind == "open":
            if not expect_operand:
                out.append("AND")
            out.append("(")
            depth += 1
            expect_operand = True
        elif token.kind == "close":
            if depth == 0:
                raise UsageProblem(f"unmatched ')' at position {token.position + 1} in {text!r}")
            if expect_operand:
                raise UsageProblem(
                    f"empty or unfinished group before position {token.position + 1} in {text!r}"
                )
            out.append(")")
            depth -= 1
        elif token.kind == "op":
            if expect_operand:
                raise UsageProblem(
                    f"{token.text} at position {token.position + 1} needs a word before it in {text!r}"
                )
            out.append(token.text)
            expect_operand = True
        else:  # NOT: FTS5 only has binary NOT, so "a -b" becomes "a NOT b"
            if expect_operand and (not out or out[-1] in ("(", "AND", "OR")):
                raise UsageProblem(
                    f"NOT at position {token.position + 1} needs a word before it to exclude from in {text!r}"
                )
            out.append("NOT")
            expect_operand = True
    if expect_operand:
        raise UsageProblem(f"the query {text!r} ends with an operator that needs a word after it")
    if depth:
        raise UsageProblem(f"unclosed '(' in {text!r}")
    return " ".join(out)
