"""The features of one token for the CRF, the same at training and at tagging time.

Word-local features (the word, its shape, affixes, the census and title lexicons) are cached
per word, since news repeats its words; the window and document features are added per token.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newscat.extract.words import lexicon, word_set

# The corpora's Penn Treebank spellings, and typographic quotes, as plain characters.
_SPELLING = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
    "``": '"',
    "''": '"',
    "“": '"',
    "”": '"',
    "‘": "'",
    "’": "'",
}
WINDOW = 2  # words either side (sentence_features spells out each of the four)


def plain(word: str) -> str:
    word = _SPELLING.get(word, word)
    return word.replace("’", "'") if "’" in word else word


def plain_words(text: str, groups: Sequence[Sequence[Any]]) -> list[list[str]]:
    """plain() of each token's text (tokens with a .text) in each group, with the typographic
    apostrophe sought once in the text, not once in each word."""
    spelling = _SPELLING.get
    words = [[spelling(token.text, token.text) for token in group] for group in groups]
    if "’" in text:
        words = [[word.replace("’", "'") for word in group] for group in words]
    return words


def _shape(word: str) -> str:
    """ "McCain" → "XxXx", "U.S." → "X.X.", "1996" → "d": runs of one kind of character once."""
    out: list[str] = []
    for char in word:
        kind = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)


@lru_cache(maxsize=1)
def _lexicons() -> tuple[tuple[str, frozenset[str]], ...]:
    return (
        ("given", lexicon("first_names")),
        ("surname", lexicon("surnames")),
        ("place", word_set("places")),
        ("title", lexicon("honorifics") | lexicon("personal_titles")),
        ("role", word_set("role_heads")),
        ("org", word_set("org_words")),
        ("demonym", lexicon("demonyms")),
        ("common", lexicon("common_words")),
    )


def _classes(lower: str) -> list[str]:
    bare = lower.rstrip(".")
    return [name for name, words in _lexicons() if bare in words]


@dataclass(frozen=True, slots=True)
class WordFeatures:
    """A word's features as the word tagged, and as its neighbour at -2, -1, +1 and +2."""

    own: tuple[str, ...]
    before_2: tuple[str, ...]
    before_1: tuple[str, ...]
    after_1: tuple[str, ...]
    after_2: tuple[str, ...]


_WORDS: dict[str, WordFeatures] = {}
WORD_CACHE = 200_000  # words: past that, news's long tail is computed each time


def _word(word: str) -> WordFeatures:
    found = _WORDS.get(word)
    if found is None:
        found = _features_of(word)
        if len(_WORDS) < WORD_CACHE:
            _WORDS[word] = found
    return found


def _features_of(word: str) -> WordFeatures:
    lower = word.lower()
    shape = _shape(word)
    classes = _classes(lower)
    own = ["w=" + lower, "s=" + shape, "p2=" + lower[:2], "p3=" + lower[:3]]
    own += ["x2=" + lower[-2:], "x3=" + lower[-3:], "x4=" + lower[-4:]]
    own += ["c=" + name for name in classes]
    if word[:1].isupper():
        own.append("cap")

    def beside(mark: str) -> tuple[str, ...]:
        near = [mark + "w=" + lower, mark + "s=" + shape]
        if mark in ("-1", "+1"):  # the lexicons of the nearest words only
            near += [mark + "c=" + name for name in classes]
        return tuple(near)

    return WordFeatures(tuple(own), beside("-2"), beside("-1"), beside("+1"), beside("+2"))


def document_words(sentences: Sequence[Sequence[str]]) -> tuple[frozenset[str], frozenset[str]]:
    """Words the document writes in lower case somewhere, and capitalised words it writes
    inside a sentence (not only at its start): a capitalised "Will" opening a sentence is a
    name when the article writes "Will" elsewhere and never "will"."""
    lower: set[str] = set()
    inside: set[str] = set()
    for words in sentences:
        for index, word in enumerate(words):
            if word[:1].islower():
                lower.add(word)
            elif index and word[:1].isupper():
                inside.add(word)
    return frozenset(lower), frozenset(inside)


def sentence_features(
    words: Sequence[str],
    lower: frozenset[str],
    inside: frozenset[str],
    start: int = 0,
    stop: int | None = None,
) -> list[list[str]]:
    """One feature list per word of a sentence (words already in plain() spelling), or of
    the words from start to stop, with the whole sentence as their context."""
    stop = len(words) if stop is None else stop
    shouting = sum(1 for w in words if w.isupper() and len(w) > 1) > len(words) / 2
    last = len(words) - 1
    # each word's features, looked up once per word in reach of the window
    reach = max(0, start - WINDOW)
    near = [_word(word) for word in words[reach : stop + WINDOW]]
    result = []
    for index in range(start, stop):
        word = words[index]
        flags: list[str] = []
        if index == 0:
            flags.append("first")
        if shouting:
            flags.append("shouting")
        if word[:1].isupper():
            if word.lower() in lower:
                flags.append("lower-elsewhere")
            if index == 0 and word in inside:
                flags.append("capital-inside")
        at = index - reach
        # the window, nearest words first: -1, +1, then -2, +2
        result.append(
            [
                "b",
                *near[at].own,
                *flags,
                *(near[at - 1].before_1 if index >= 1 else _START_1),
                *(near[at + 1].after_1 if index + 1 <= last else _END_1),
                *(near[at - 2].before_2 if index >= 2 else _START_2),
                *(near[at + 2].after_2 if index + 2 <= last else _END_2),
            ]
        )
    return result


_START_1, _END_1, _START_2, _END_2 = ("-1:start",), ("+1:end",), ("-2:start",), ("+2:end",)
