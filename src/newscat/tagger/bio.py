"""BIO tags ("B-PER", "I-PER", "O") as runs of tokens: what a name is, for training and
tagging alike."""

from __future__ import annotations


def runs(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first token, token after the last, type) of each name; an I- tag after a different
    type, or after O, opens a new name."""
    found: list[tuple[int, int, str]] = []
    start = -1
    kind = ""
    for index, tag in enumerate([*tags, "O"]):
        if kind and tag != f"I-{kind}":
            found.append((start, index, kind))
            kind = ""
        if tag != "O" and not kind:
            start, kind = index, tag[2:]
    return found
