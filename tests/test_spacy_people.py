"""The optional spaCy backend, tested with a blank pipeline and an entity ruler (no model)."""

from __future__ import annotations

import pytest

from newscat.extract import extract

spacy = pytest.importorskip("spacy")


def _pipeline():
    from newscat.extract.spacy_people import SpacyPeople

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": "Leyla Aliyeva"},
            {"label": "PERSON", "pattern": "Aliyeva"},
            {"label": "PERSON", "pattern": "Imamyar Hasanov"},
            {"label": "ORG", "pattern": "Heydar Aliyev Foundation"},
        ]
    )
    return SpacyPeople(nlp)


TEXT = (
    "Concert in Baku\n\n"
    "The Vice President of the Heydar Aliyev Foundation Leyla Aliyeva attended the concert. "
    "Aliyeva thanked well-known Azerbaijani kamancha player Imamyar Hasanov.\n"
)


def test_spacy_people_with_roles_and_surname_linking() -> None:
    record = extract(TEXT, people_finder=_pipeline())
    people = {p.name: (p.role.value if p.role else None, p.mentions) for p in record.people}
    assert people == {
        "Leyla Aliyeva": ("Vice President of the Heydar Aliyev Foundation", 2),
        "Imamyar Hasanov": ("well-known Azerbaijani kamancha player", 1),
    }
    assert {p.rule for p in record.people} == {"ner"}


def test_missing_model_is_a_clear_error() -> None:
    from newscat.errors import NewscatError
    from newscat.extract.spacy_people import load

    with pytest.raises(NewscatError, match="is not installed"):
        load("no_such_model_xyz")


def test_cli_refuses_unknown_backend(run) -> None:
    result = run("add", "--ner", "magic", "-", input="x y z")
    assert result.exit_code == 2
    assert "--ner: choose 'tagger', 'rules' or 'spacy'" in result.stderr
