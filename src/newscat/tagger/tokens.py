"""Tokens with character offsets, split as the training corpora split them (Penn Treebank
style: "Obama's" is "Obama" + "'s", "(" stands alone, "Mr." and "U.S." keep their full stop)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newscat.extract.text import short_line_at

# Words keep inner hyphens, apostrophes and ampersands ("Al-Qaeda", "O'Neill", "AT&T");
# dotted abbreviations ("U.S.", "a.m.", "Sino-U.S.") stay whole: a single letter's full stop
# followed by more single letters and full stops; a possessive or "n't" is its own token.
_TOKEN = re.compile(
    r"\w+(?:(?:[-&]|[’'](?!s\b))\w+)*(?:\.(?<=\b[^\W\d_]\.)(?:[^\W\d_]\.)+)?"
    r"|[’']s\b"
    r"|--+|\.\.\.|[^\w\s]"
)
_NOT = frozenset({"n't", "n’t", "N'T", "N’T"})
# A full stop that belongs to the word before it: an initial, or a short abbreviation.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr gen col lt sgt capt cmdr adm maj rep sen gov rev fr pres "
    "inc corp co ltd bros no vs mt ft jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# A line break between sentences or paragraphs: a break the model should see.
_SENTENCE_END = frozenset({".", "!", "?"})


@dataclass(slots=True)
class Tok:
    text: str
    start: int
    end: int


def tokenise(text: str) -> list[Tok]:
    tokens: list[Tok] = []
    size = len(text)
    last_end = 0
    for match in _TOKEN.finditer(text):
        word = match.group()
        start, end = match.span()
        if start < last_end:  # the full stop just taken by the abbreviation
            continue
        if (
            end < size
            and text[end] == "."
            and word.isalpha()
            and ((len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATIONS)
        ):
            end += 1
            word += "."
        if len(word) > 3 and word[-3:] in _NOT:  # "didn't": "did" + "n't"
            tokens.append(Tok(word[:-3], start, end - 3))
            tokens.append(Tok(word[-3:], end - 3, end))
        else:
            tokens.append(Tok(word, start, end))
        last_end = end
    return tokens


LONGEST = 120


def sentences(text: str, tokens: list[Tok], wrapped: bool = False) -> list[list[Tok]]:
    """Tokens grouped into sentences: after . ! ? (not an abbreviation's), and at a blank line
    or at a line break: any, or in hard-wrapped text only after a short line (a headline, a
    byline, a list item)."""
    result: list[list[Tok]] = []
    current: list[Tok] = []
    for index, token in enumerate(tokens):
        current.append(token)
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is None:
            break
        gap = text[token.end : following.start]
        full_stop = token.text in _SENTENCE_END and following.text[:1].isupper()
        line_break = "\n" in gap and (
            not wrapped or "\n\n" in gap or short_line_at(text, token.end)
        )
        # a run-on list longer than LONGEST is cut too: the model needs no longer context
        if full_stop or line_break or len(current) >= LONGEST:
            result.append(current)
            current = []
    if current:
        result.append(current)
    return result
