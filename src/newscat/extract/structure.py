"""Which lines of a page copy are the story and which are furniture around it.

A page copied whole carries lists of other stories' headlines, menus of sections and
"trending" names beside the story. Such a list shows itself by shape, whatever the site: a run
of two or more lines that read like headlines (three words or more, no sentence end, no
figures, not a comma-separated list, few function words). In the manner of jusText's
paragraph classes, but by line, since copies lose the page's markup.
"""

from __future__ import annotations

import bisect
import re

from newscat.extract.record import Found, Person
from newscat.extract.text import split_lines

# English function words: a story's sentences are about a third of them; headlines and menus
# have few.
FUNCTION_WORDS = frozenset(
    "a about after against all also an and any are as at be because been before being between "
    "both but by can could did do does during each for from had has have he her here him his "
    "how i if in into is it its just me more most my no not now of off on once only or other "
    "our out over said says she should so some such than that the their them then there these "
    "they this those through to too told under until up was we were what when where which "
    "while who whom why will with would you your".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SENTENCE_END = (".", "?", "!", ":", ";", '"', "”", "'", "’", ")")
FEW_FUNCTION_WORDS = 0.34  # a headline's share, at most
ENGLISH_SHARE = 0.2  # an English text's share, at least
RUN = 2  # headline-like lines in a row that make a list


def _function_share(words: list[str]) -> float:
    return sum(1 for word in words if word.lower() in FUNCTION_WORDS) / max(1, len(words))


def _headline_like(line: str) -> bool:
    stripped = line.strip()
    words = _WORD.findall(stripped)
    return (
        len(words) >= 3
        and not stripped.endswith(_SENTENCE_END)
        and not any(char.isdigit() for char in stripped)
        and stripped.count(",") < 2
        and _function_share(words) < FEW_FUNCTION_WORDS
    )


def english(text: str) -> bool:
    words = _WORD.findall(text[:5000])
    return len(words) >= 30 and _function_share(words) > ENGLISH_SHARE


def furniture_runs(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that form runs of headline-like lines (blank lines between them do
    not break a run). Only for English: the function words are English ones."""
    if not english(text):
        return []
    lines = [line for line in split_lines(text) if line.text.strip()]
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _headline_like(lines[end].text):
            end += 1
        if end - index >= RUN:
            runs.extend((line.start, line.start + len(line.text)) for line in lines[index:end])
        index = max(end, index + 1)
    return runs


def _in_runs(starts: list[int], runs: list[tuple[int, int]], position: int) -> bool:
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and position < runs[index][1]


def story_people(text: str, people: list[Person], headline: Found | None) -> list[Person]:
    """People named only inside lists of other stories' headlines are the page's, not the
    story's: a celebrity under a "Trending" list. The headline's own line is story, and
    a person given a role is kept."""
    if not people:
        return people
    runs = furniture_runs(text)
    if headline is not None:
        runs = [(a, b) for a, b in runs if not a <= headline.start < b]
    if not runs:
        return people
    starts = [a for a, _ in runs]
    # where each surname stands, in one pass over the text's words (not one per person)
    surnames = {person.name.split()[-1] for person in people if person.role is None}
    places: dict[str, list[int]] = {}
    for word in _NAME_WORD.finditer(text):
        if word.group() in surnames:
            places.setdefault(word.group(), []).append(word.start())
    kept = []
    for person in people:
        seen = places.get(person.name.split()[-1]) or [person.start]
        if person.role is not None or not all(_in_runs(starts, runs, p) for p in seen):
            kept.append(person)
    return kept


_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*[^\W_]|[^\W\d_]")
