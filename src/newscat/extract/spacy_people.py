"""Optional: people from a spaCy pipeline's PERSON entities instead of the built-in rules.

Install with `pip install 'newscat[spacy]'` and a model (`python -m spacy download
en_core_web_sm`), then `newscat add --ner spacy`. Roles and surname linking still come from
newscat's own rules.
"""

from __future__ import annotations

from typing import Any

from newscat.errors import NewscatError

PERSON_LABELS = frozenset({"PERSON", "PER"})


class SpacyPeople:
    """A PersonSpans finder over any spaCy Language object."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp

    def __call__(self, text: str) -> list[tuple[int, int]]:
        doc = self.nlp(text)
        return [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in PERSON_LABELS]


def load(model: str = "en_core_web_sm") -> SpacyPeople:
    try:
        import spacy
    except ImportError:
        raise NewscatError("--ner spacy needs spaCy: pip install 'newscat[spacy]'") from None
    try:
        nlp = spacy.load(model, exclude=["lemmatizer", "textcat"])
    except OSError:
        raise NewscatError(
            f"spaCy model {model!r} is not installed: python -m spacy download {model}"
        ) from None
    return SpacyPeople(nlp)
