"""The shipped tagger model, loaded once per process on first use (never at start-up, so
`newscat --help` does not pay for it)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from newscat.errors import NewscatError
from newscat.extract.text import handle_words, hard_wrapped
from newscat.tagger.bio import runs
from newscat.tagger.features import document_words, plain_words, sentence_features
from newscat.tagger.tokens import Tok, sentences, tokenise

MODEL_FILE = "people.crfsuite"

# start, end, entity type (PER, ORG, LOC, MISC), and the model's confidence in it (0-1): the
# mean marginal probability of its tags.
Span = tuple[int, int, str, float]


@cache
def _tagger() -> Any:
    try:
        import pycrfsuite
    except ImportError as error:  # a broken install: python-crfsuite is a dependency
        raise NewscatError(
            f"the name tagger could not load python-crfsuite ({error}): "
            "pip install --force-reinstall python-crfsuite"
        ) from None
    model = resources.files("newscat.tagger").joinpath(MODEL_FILE)
    tagger = pycrfsuite.Tagger()
    with resources.as_file(model) as path:
        if not path.exists():
            raise NewscatError(f"the name tagger's model is missing from the install: {path}")
        tagger.open(str(path))  # crfsuite reads the whole file: the path may go afterwards
    return tagger


def entities(text: str) -> list[Span]:
    """Names in the text with their type, as character spans."""
    tokens = tokenise(text)
    groups = sentences(text, tokens, hard_wrapped(text))
    words = plain_words(text, groups)
    lower, inside = document_words(words)
    lower -= handle_words(text)  # "@dana.kelso": an account's name, not words of the language
    tagger = _tagger()
    found: list[Span] = []
    for group, group_words in zip(groups, words, strict=True):
        for start, stop in _stretches(group_words, lower):
            tags = tagger.tag(sentence_features(group_words, lower, inside, start, stop))
            found.extend(_spans(group[start:stop], tags, tagger))
    return found


def _stretches(words: list[str], lower: frozenset[str]) -> list[tuple[int, int]]:
    """The parts of a sentence worth tagging: each capitalised word with MARGIN words either
    side. A name is capitalised, so the long lower-case stretches between are left out: they
    cost most of the tagging time and hold no name. Nor does a sentence's first word that
    the text writes in lower case elsewhere ("The", "But", "Police")."""
    capitals = [index for index, word in enumerate(words) if word[:1].isupper()]
    if capitals and capitals[0] == 0 and words[0].lower() in lower:
        del capitals[0]
    stretches: list[tuple[int, int]] = []
    for index in capitals:
        start, stop = max(0, index - MARGIN), min(len(words), index + MARGIN + 1)
        if stretches and start <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], stop)
        else:
            stretches.append((start, stop))
    return stretches


MARGIN = 3


def _spans(group: list[Tok], tags: list[str], tagger: Any) -> list[Span]:
    """The tagged names as character spans, each with its mean tag probability."""
    return [
        (
            group[start].start,
            group[stop - 1].end,
            kind,
            sum(tagger.marginal(tags[i], i) for i in range(start, stop)) / (stop - start),
        )
        for start, stop, kind in runs(tags)
    ]


def people_spans(text: str) -> list[tuple[int, int]]:
    return [(start, end) for start, end, kind, _ in entities(text) if kind == "PER"]
