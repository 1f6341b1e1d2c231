"""Loads the plain-text word lists in lexicon/ once per process."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def lexicon(name: str, *, lower: bool = True) -> frozenset[str]:
    """The entries of lexicon/<name>.txt: one per line (or several per line, space-separated
    for the lists marked so), comments after '#' ignored."""
    text = resources.files("newscat.extract").joinpath(f"lexicon/{name}.txt").read_text("utf-8")
    entries: set[str] = set()
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        entries.add(line.lower() if lower else line)
    return frozenset(entries)


@cache
def word_set(name: str) -> frozenset[str]:
    """A lexicon whose lines may hold several space-separated words."""
    return frozenset(word for entry in lexicon(name) for word in entry.split())


def plain_word(word: str) -> bool:
    """A word (in lower case) that news writes in lower case and that is no known given name
    or surname: "activate", "comics", not "will" or "brown"."""
    return (
        word in word_set("news_words")
        and word not in lexicon("first_names")
        and word not in lexicon("surnames")
    )


def words_of_the_language(name: str) -> bool:
    """ "Desperate Housewives", "Budget", "Image Copyright": every word one that news writes
    in lower case and none a known given name or surname, so a title, a thing or a label,
    whoever reads a person in it."""
    return all(
        len(word.rstrip(".")) > 1  # "B Challenger": an initial
        and plain_word(word)
        for word in name.lower().split()
    )


def named_like_an_outlet(words: list[str]) -> bool:
    """ "quay courier", "brightwater chronicle" (words in lower case): a name ending in an
    outlet's word and opening with no known given name is a newspaper's; not "emily post"."""
    return (
        len(words) > 1
        and words[-1] in lexicon("outlet_words")
        and words[0] not in lexicon("first_names")
    )
