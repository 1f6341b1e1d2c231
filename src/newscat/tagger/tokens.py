"""Tokens with character offsets, split as the training corpora split them (Penn Treebank
style: "Obama's" is "Obama" + "'s", "(" stands alone, "Mr." and "U.S." keep their full stop)."""

from __future__ import annotations

import re
from bisect import bisect_right
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
    # Most tokens are what the pattern matched; the few to mend (an abbreviation's full stop,
    # "didn't") are found by a search of the text, so the common token costs one step.
    tokens = [Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    if "." in text:
        tokens = _spliced(tokens, _abbreviation_stops(text, tokens))
    if any(not_ in text for not_ in _NOT):
        tokens = _spliced(tokens, _nots_apart(text, tokens))
    return tokens


_STOP_AFTER_LETTER = re.compile(r"\.(?<=[^\W\d_]\.)")  # the full stop first: fast to seek
_NOT_AT_END = re.compile(r"n[’']t|N[’']T")

# tokens from one index up to another, and the tokens that stand in their place
Mend = tuple[int, int, list[Tok]]


def _spliced(tokens: list[Tok], mends: list[Mend]) -> list[Tok]:
    """The tokens with each mend (in order, apart) put in place."""
    if not mends:
        return tokens
    result: list[Tok] = []
    done = 0
    for first, after, replacement in mends:
        result += tokens[done:first]
        result += replacement
        done = after
    return result + tokens[done:]


def _token_ending(tokens: list[Tok], starts: list[int], start: int, end: int) -> int:
    """The index of the token holding start..end and ending at end, or -1."""
    index = bisect_right(starts, start) - 1
    return index if index >= 0 and tokens[index].end == end else -1


def _abbreviation_stops(text: str, tokens: list[Tok]) -> list[Mend]:
    """ "Mr" + "." is "Mr.", "J" + "." is "J.": the full stop right after an initial or a
    short abbreviation is part of it (and the token the full stop started goes)."""
    starts = [token.start for token in tokens]
    mends: list[Mend] = []
    for match in _STOP_AFTER_LETTER.finditer(text):
        index = _token_ending(tokens, starts, match.start() - 1, match.start())
        if index < 0 or index + 1 >= len(tokens):
            continue
        word = tokens[index].text
        if word.isalpha() and (
            (len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATIONS
        ):
            stop = Tok(word + ".", tokens[index].start, tokens[index].end + 1)
            mends.append((index, index + 2, [stop]))
    return mends


def _nots_apart(text: str, tokens: list[Tok]) -> list[Mend]:
    """ "didn't" is "did" + "n't"."""
    starts = [token.start for token in tokens]
    mends: list[Mend] = []
    for match in _NOT_AT_END.finditer(text):
        index = _token_ending(tokens, starts, match.start(), match.end())
        if index < 0 or len(tokens[index].text) <= 3:
            continue
        token = tokens[index]
        apart = [
            Tok(token.text[:-3], token.start, token.end - 3),
            Tok(token.text[-3:], token.end - 3, token.end),
        ]
        mends.append((index, index + 1, apart))
    return mends


LONGEST = 120


def sentences(text: str, tokens: list[Tok], wrapped: bool = False) -> list[list[Tok]]:
    """Tokens grouped into sentences: after . ! ? (not an abbreviation's), and at a blank line
    or at a line break: any, or in hard-wrapped text only after a short line (a headline, a
    byline, a list item). A run-on list longer than LONGEST is cut too: the model needs no
    longer context."""
    last = len(tokens) - 1
    result: list[list[Tok]] = []
    begin = 0
    for index in _sentence_ends(text, tokens, wrapped):
        while index - begin + 1 > LONGEST:
            result.append(tokens[begin : begin + LONGEST])
            begin += LONGEST
        result.append(tokens[begin : index + 1])
        begin = index + 1
    while last - begin + 1 > LONGEST:
        result.append(tokens[begin : begin + LONGEST])
        begin += LONGEST
    if begin <= last:
        result.append(tokens[begin:])
    return result


def _sentence_ends(text: str, tokens: list[Tok], wrapped: bool) -> list[int]:
    """The tokens a sentence ends with, in order (never the last token: nothing follows it).
    Only the few candidates are looked at, the full stops and the line breaks, not every
    token."""
    last = len(tokens) - 1
    ends = {
        index
        for index, token in enumerate(tokens)
        if token.text in _SENTENCE_END and index < last and tokens[index + 1].text[:1].isupper()
    }
    starts = [token.start for token in tokens]
    position = text.find("\n")
    while position >= 0:
        index = bisect_right(starts, position) - 1  # the token the line break follows
        if 0 <= index < last and index not in ends:
            token, following = tokens[index], tokens[index + 1]
            if (
                not wrapped
                or "\n\n" in text[token.end : following.start]
                or short_line_at(text, token.end)
            ):
                ends.add(index)
        position = text.find("\n", position + 1)
    return sorted(ends)
