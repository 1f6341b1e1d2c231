"""The copy of the stored text that the rules read, and the way back to the stored text.

Copies of pages come indented (a text browser's or a converter's nesting, a mail's quoting by
spaces) and with other spaces than the plain one ("&nbsp;"). The rules read lines from their
first word, so the copy they read has each line's indentation moved to its end (not in a
copy wrapped at a width, whose indented lines start paragraphs) and every space a plain one:
the same length, line for line, so that only spans inside an indented line move, by its
indentation, when they are mapped back to the stored text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from newscat.extract.record import Extraction, Found, Person
from newscat.extract.text import hard_wrapped

# Spaces other than the plain one, as copied pages hold them ("&nbsp;" is U+00A0).
PLAIN_SPACES = str.maketrans(
    dict.fromkeys(
        "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
        "\u202f\u205f\u3000",
        " ",
    )
)
_INDENTED = re.compile(r"^([ \t]+)(\S.*)$", re.MULTILINE)


class ReadingCopy:
    """`text`: what the rules read; `stored(extraction)`: its spans moved to the stored text."""

    def __init__(self, stored: str) -> None:
        plain = stored.translate(PLAIN_SPACES)
        self._starts: list[int] = []  # each indented line's start, its content's length and
        self._lines: list[tuple[int, int]] = []  # indentation
        indented = "\n " in plain or "\n\t" in plain or plain[:1] in (" ", "\t")
        # a wire's copy wrapped at a width indents its paragraphs' first lines: there the
        # indentation tells where a paragraph starts, and stays
        if indented and not hard_wrapped(plain):
            for match in _INDENTED.finditer(plain):
                self._starts.append(match.start())
                self._lines.append((len(match.group(2)), len(match.group(1))))
            plain = _INDENTED.sub(r"\2\1", plain)
        self.text = plain

    def _position(self, position: int) -> int:
        at = bisect.bisect_right(self._starts, position) - 1
        if at < 0:
            return position
        start = self._starts[at]
        content, indent = self._lines[at]
        if position > start + content + indent:
            return position  # past the line
        return min(position + indent, start + content + indent)

    def _found(self, found: Found | None) -> Found | None:
        if found is None or not self._starts:
            return found
        return replace(found, start=self._position(found.start), end=self._position(found.end))

    def _person(self, person: Person) -> Person:
        return replace(
            person,
            start=self._position(person.start),
            end=self._position(person.end),
            role=self._found(person.role),
        )

    def stored(self, extraction: Extraction) -> Extraction:
        """The extraction with every span on the stored text (the same where no line was
        indented)."""
        if not self._starts:
            return extraction
        return replace(
            extraction,
            published=self._found(extraction.published),
            source=self._found(extraction.source),
            title=self._found(extraction.title),
            people=[self._person(person) for person in extraction.people],
            authors=[found for found in map(self._found, extraction.authors) if found],
            url=self._found(extraction.url),
        )
