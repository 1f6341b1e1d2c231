"""The features of one token for the CRF, the same at training and at tagging time.

Word-local features (the word, its shape, affixes, the census and title lexicons) are cached
per word, since news repeats its words; the window and document features are added per token.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

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
WINDOW = 2  # words either side


def plain(word: str) -> str:
    word = _SPELLING.get(word, word)
    return word.replace("’", "'") if "’" in word else word


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


@lru_cache(maxsize=200_000)
def _own(word: str) -> tuple[str, ...]:
    lower = word.lower()
    shape = _shape(word)
    features = ["w=" + lower, "s=" + shape, "p2=" + lower[:2], "p3=" + lower[:3]]
    features += ["x2=" + lower[-2:], "x3=" + lower[-3:], "x4=" + lower[-4:]]
    features += ["c=" + name for name in _classes(lower)]
    if word[:1].isupper():
        features.append("cap")
    return tuple(features)


@lru_cache(maxsize=200_000)
def _beside(word: str, offset: int) -> tuple[str, ...]:
    lower = word.lower()
    mark = f"{offset:+d}"
    features = [mark + "w=" + lower, mark + "s=" + _shape(word)]
    if abs(offset) == 1:
        features += [mark + "c=" + name for name in _classes(lower)]
    return tuple(features)


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
    shouting = sum(1 for w in words if w.isupper() and len(w) > 1) > len(words) / 2
    result = []
    last = len(words) - 1
    for index in range(start, len(words) if stop is None else stop):
        word = words[index]
        features = ["b", *_own(word)]
        if index == 0:
            features.append("first")
        if shouting:
            features.append("shouting")
        if word[:1].isupper():
            if word.lower() in lower:
                features.append("lower-elsewhere")
            if index == 0 and word in inside:
                features.append("capital-inside")
        for offset in range(1, WINDOW + 1):
            if index - offset >= 0:
                features.extend(_beside(words[index - offset], -offset))
            else:
                features.append(f"-{offset}:start")
            if index + offset <= last:
                features.extend(_beside(words[index + offset], offset))
            else:
                features.append(f"+{offset}:end")
        result.append(features)
    return result
