"""Folding text for matching names and sources: case, accents, quotes and spacing ignored."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters with no accent to strip that English spellings of the same name replace: Azerbaijani
# "Əliyev" is "Aliyev", Turkish and Azerbaijani dotless "ı" is "i". (Catalogue keys made before
# schema 4 are folded again by that migration.)
REFOLDED_LETTERS = {"ə": "a", "Ə": "a", "ı": "i"}


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    quotes = {ord("’"): "'", ord("‘"): "'", ord("“"): '"', ord("”"): '"'}
    return {**quotes, **{ord(letter): plain for letter, plain in REFOLDED_LETTERS.items()}}


CACHED_LENGTH = 200  # names and sources repeat and are cached; a body is folded once


def fold(text: str) -> str:
    """Case-, accent- and quote-insensitive form for matching names and sources."""
    return _fold_short(text) if len(text) <= CACHED_LENGTH else _fold(text)


@lru_cache(maxsize=65536)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    translated = text.translate(_fold_table())
    if translated.isascii():  # nothing to decompose: most English text, at a fraction of the cost
        stripped = translated
    else:
        decomposed = unicodedata.normalize("NFKD", translated)
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", stripped).strip().casefold()
