"""The search language, in the manner of beets and calibre.

    khojaly genocide            bare words: full text (title and body), all of them
    "justice for khojaly"       a phrase
    azer*                       a prefix
    baku OR ganja, -word, NOT word, ( … )
    person:aliyeva  source:"News.Az"  tag:culture  title:concert  person:ron*  author:doe
    url:nytimes.com             the article's address holds this text
    date:2018-03  date:2018-01..2018-06  date:2018..  date:..2019-12-31
    source:none  date:none  tag:none  person:none  author:none  url:none   no such value

Words are quoted for FTS5, so "well-known" or "U.S." just work and nothing the user types can
inject FTS or SQL syntax; every value is bound as a parameter. Mistakes are reported with the
position they are at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newscat.errors import UsageProblem

FIELDS = ("person", "source", "date", "tag", "title", "author", "url")
_TOKEN = re.compile(
    r'\s*(?:(?P<field>-?(?:person|source|date|tag|title|author|url)):(?P<fvalue>"[^"]*"?|[^\s()"]*)'
    r'|(?P<phrase>-?"[^"]*"?)|(?P<paren>[()])|(?P<word>[^\s()"]+))',
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Text:
    """A full-text term in FTS5 syntax (already quoted)."""

    fts: str


@dataclass(frozen=True)
class Field:
    name: str
    value: str
    position: int
    quoted: bool = False  # source:"none" is an outlet called None, source:none no source

    @property
    def missing(self) -> bool:
        """person:none, source:none, date:none, tag:none: articles with no such value."""
        return self.value.lower() == "none" and not self.quoted and self.name != "title"


@dataclass(frozen=True)
class Not:
    node: Node


@dataclass(frozen=True)
class And:
    nodes: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    nodes: tuple[Node, ...]


Node = Text | Field | Not | And | Or


@dataclass(frozen=True)
class _Tok:
    kind: str  # term, field, op, not, open, close
    value: Any
    position: int


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _word_term(raw: str, position: int, query: str) -> Text | None:
    prefix = raw.endswith("*")
    words = re.findall(r"\w+", raw.rstrip("*"))
    if not words:
        if prefix:
            raise UsageProblem(f"a prefix needs letters before '*' (at position {position + 1})")
        return None
    return Text(_quote(" ".join(words)) + ("*" if prefix else ""))


_FIELD_LIKE = re.compile(r"(?P<name>[A-Za-z_]+):(?!//)\S")


def _refuse_unknown_field(word: str, position: int, query: str) -> None:
    """ "sorce:reuters" is a mistyped field, not two words to search for."""
    match = _FIELD_LIKE.match(word)
    if not match:
        return
    import difflib

    name = match.group("name").lower()
    close = difflib.get_close_matches(name, FIELDS, n=1)
    hint = f"did you mean {close[0]}:? " if close else ""
    raise UsageProblem(
        f"unknown field '{name}:' at position {position + 1} in {query!r}; {hint}"
        f"fields are {', '.join(f + ':' for f in FIELDS)}"
    )


def _tokens(query: str) -> list[_Tok]:
    out: list[_Tok] = []
    for match in _TOKEN.finditer(query):
        if not match.group().strip():
            continue
        kind = "field" if match.group("field") else match.lastgroup or ""
        position = match.start(kind)
        if match.group("field"):
            name = match.group("field")
            negated = name.startswith("-")
            name = name.lstrip("-").lower()
            value = match.group("fvalue")
            quoted = value.startswith('"')
            if quoted:
                if len(value) < 2 or not value.endswith('"'):
                    raise UsageProblem(
                        f"unclosed quote at position {match.start('fvalue') + 1} in {query!r}"
                    )
                value = value[1:-1]
            if not value.strip():
                raise UsageProblem(
                    f"{name}: needs a value (at position {position + 1} in {query!r})"
                )
            if negated:
                out.append(_Tok("not", "NOT", position))
            out.append(_Tok("field", Field(name, value.strip(), position, quoted), position))
        elif match.group("phrase"):
            raw = match.group("phrase")
            negated = raw.startswith("-")
            raw = raw.lstrip("-")
            if len(raw) < 2 or not raw.endswith('"'):
                raise UsageProblem(f"unclosed quote at position {position + 1} in {query!r}")
            words = re.findall(r"\w+", raw[1:-1])
            if not words:
                raise UsageProblem(f"empty phrase at position {position + 1} in {query!r}")
            if negated:
                out.append(_Tok("not", "NOT", position))
            out.append(_Tok("term", Text(_quote(" ".join(words))), position))
        elif match.group("paren"):
            out.append(_Tok("open" if match.group("paren") == "(" else "close", None, position))
        else:
            word = match.group("word")
            if word in ("OR", "AND"):
                out.append(_Tok("op", word, position))
            elif word == "NOT":
                out.append(_Tok("not", "NOT", position))
            elif word.startswith("-") and len(word) > 1:
                _refuse_unknown_field(word[1:], position + 1, query)
                term = _word_term(word[1:], position + 1, query)
                if term:
                    out += [_Tok("not", "NOT", position), _Tok("term", term, position + 1)]
            else:
                _refuse_unknown_field(word, position, query)
                term = _word_term(word, position, query)
                if term:
                    out.append(_Tok("term", term, position))
    return out


class _Parser:
    def __init__(self, query: str) -> None:
        self.query = query
        self.tokens = _tokens(query)
        self.index = 0

    def peek(self) -> _Tok | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def error(self, message: str, token: _Tok | None) -> UsageProblem:
        where = f"at position {token.position + 1}" if token else "at the end"
        return UsageProblem(f"{message} {where} in {self.query!r}")

    def parse(self) -> Node:
        if not self.tokens:
            raise UsageProblem(f"nothing to search for in {self.query!r}")
        node = self.expression()
        leftover = self.peek()
        if leftover is not None:
            raise self.error(
                "unmatched ')'" if leftover.kind == "close" else "unexpected word", leftover
            )
        return node

    def expression(self) -> Node:
        nodes = [self.conjunction()]
        while (token := self.peek()) is not None and token.kind == "op" and token.value == "OR":
            self.index += 1
            if self.peek() is None or self.peek().kind in ("op", "close"):  # type: ignore[union-attr]
                raise self.error("OR needs a word after it", token)
            nodes.append(self.conjunction())
        return nodes[0] if len(nodes) == 1 else Or(tuple(nodes))

    def conjunction(self) -> Node:
        nodes = [self.unary()]
        while (
            (token := self.peek()) is not None
            and token.kind not in ("close",)
            and token.value != "OR"
        ):
            if token.kind == "op":  # AND
                self.index += 1
                if self.peek() is None:
                    raise self.error("AND needs a word after it", token)
            nodes.append(self.unary())
        return nodes[0] if len(nodes) == 1 else And(tuple(nodes))

    def unary(self) -> Node:
        token = self.peek()
        if token is None:
            raise self.error("a word is missing", None)
        if token.kind == "not":
            self.index += 1
            if self.peek() is None:
                raise self.error("NOT needs a word after it", token)
            return Not(self.unary())
        if token.kind == "open":
            self.index += 1
            if self.peek() is None or self.peek().kind == "close":  # type: ignore[union-attr]
                raise self.error("empty or unfinished group", token)
            node = self.expression()
            closing = self.peek()
            if closing is None or closing.kind != "close":
                raise self.error("unclosed '('", token)
            self.index += 1
            return node
        if token.kind == "op":
            raise self.error(f"{token.value} needs a word before it", token)
        if token.kind == "close":
            raise self.error("unmatched ')'", token)
        self.index += 1
        found: Node = token.value
        return found


def parse(query: str) -> Node:
    """The query as a tree, or a UsageProblem that says what is wrong and where."""
    node = _Parser(query).parse()
    for field in _fields(node):
        if field.name == "date" and not field.missing:
            date_range(field)  # report a bad date now, not half-way through a search
    return node


def _fields(node: Node) -> list[Field]:
    if isinstance(node, Field):
        return [node]
    if isinstance(node, Not):
        return _fields(node.node)
    if isinstance(node, And | Or):
        return [f for child in node.nodes for f in _fields(child)]
    return []


def date_range(field: Field) -> tuple[str | None, str | None]:
    """date:2018-03 → ('2018-03', '2018-03'); date:2018..2019-06 → ('2018', '2019-06')."""
    from newscat.dateopts import parse_date_option

    text = field.value
    low, sep, high = text.partition("..")
    if not sep:
        low = high = text
    label = f"date:{text}"
    since = parse_date_option(low, label) if low else None
    until = parse_date_option(high, label) if high else None
    if since is None and until is None:
        raise UsageProblem(f"{label}: give a date or a range such as 2018-01..2018-06")
    if since and until and since > until + "\uffff":
        raise UsageProblem(f"{label}: the range runs backwards ({low} is after {high})")
    return since, until


def is_text(node: Node) -> bool:
    """Whether a node can be answered by FTS5 alone (words, phrases, title: terms)."""
    if isinstance(node, Text):
        return True
    if isinstance(node, Field):
        return node.name == "title"
    if isinstance(node, Not):
        return is_text(node.node)
    return all(is_text(child) for child in node.nodes)


def to_fts(node: Node) -> str:
    """FTS5 syntax for a text-only node (see is_text)."""
    if isinstance(node, Text):
        return node.fts
    if isinstance(node, Field):  # title:
        terms = [_quote(" ".join(re.findall(r"\w+", word))) for word in node.value.split()]
        return "title : " + (terms[0] if len(terms) == 1 else "(" + " ".join(terms) + ")")
    if isinstance(node, Or):
        return "(" + " OR ".join(to_fts(child) for child in node.nodes) + ")"
    if isinstance(node, And):
        positive = [to_fts(c) for c in node.nodes if not isinstance(c, Not)]
        negative = [to_fts(c.node) for c in node.nodes if isinstance(c, Not)]
        if not positive:
            raise UsageProblem("a search cannot only exclude words: add a word to look for")
        text = " AND ".join(positive)
        for excluded in negative:
            text = f"({text}) NOT {excluded}"
        return text if len(positive) == 1 and not negative else f"({text})"
    raise UsageProblem("a search cannot only exclude words: add a word to look for")
