"""Folding text for matching names and sources: case, accents, quotes and spacing ignored."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    return {ord("’"): "'", ord("‘"): "'", ord("“"): '"', ord("”"): '"'}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-, accent- and quote-insensitive form for matching names and sources."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_fold_table()))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", stripped).strip().casefold()
