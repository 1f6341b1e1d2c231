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
