"""The registry of one article's people: surnames and given names linked to full names."""

from __future__ import annotations

from newscat.extract.names import Candidate, Token
from newscat.extract.people import _Registry


def _candidate(text: str, name: str) -> Candidate:
    start = text.index(name)
    words, tokens = name.split(), []
    for word in words:
        start = text.index(word, start)
        tokens.append(Token(word, start, start + len(word)))
        start += len(word)
    return Candidate(tokens)


def test_a_given_name_found_before_the_full_name_is_the_same_person() -> None:
    text = "PM Amara's trips. Prime Minister Amara Okonjo and Jordan Amara spoke. Amara Tell."
    registry = _Registry()
    for name in ("Amara", "Amara Okonjo"):
        registry.add(_candidate(text, name), name, "test")
    registry.merge_given_names()
    assert [(p.name, p.mentions) for p in registry.people] == [("Amara Okonjo", 2)]
    # a word that is also someone's surname stays apart: two people may answer to it
    registry.add(_candidate(text, "Jordan Amara"), "Jordan Amara", "test")
    registry.add(_candidate(text, "Amara Tell"), "Amara Tell", "test")
    registry.merge_given_names()
    assert [p.name for p in registry.people] == ["Amara Okonjo", "Jordan Amara", "Amara Tell"]


def test_a_surname_found_before_the_full_name_is_the_same_person() -> None:
    text = "Ferrante declined comment. Envoy Gualdo Ferrante left. Ferrante Lind and Ada Moss."
    registry = _Registry()
    for name in ("Ferrante", "Gualdo Ferrante"):
        registry.add(_candidate(text, name), name, "test")
    assert len(registry.people) == 2  # the surname came first: nothing to link it to yet
    registry.merge_surnames()
    assert [(p.name, p.mentions) for p in registry.people] == [("Gualdo Ferrante", 2)]
    # a word that is also someone's given name, or the surname of two, stays apart
    registry.add(_candidate(text, "Ferrante Lind"), "Ferrante Lind", "test")
    registry.add(Candidate([Token("Moss", 0, 4)]), "Moss", "test")
    registry.add(_candidate(text, "Ada Moss"), "Ada Moss", "test")
    registry.merge_surnames()
    assert [p.name for p in registry.people] == ["Gualdo Ferrante", "Ferrante Lind", "Ada Moss"]


def test_a_lone_word_after_in_is_a_place_unless_possessive() -> None:
    from newscat.extract.people import _after_place_preposition

    text = "a fake firm in Andheri, the official said; a thorn in Okonkwo's side"
    assert _after_place_preposition(text, text.index("Andheri"))
    assert not _after_place_preposition(text, text.index("Okonkwo"))
    assert not _after_place_preposition("said Andheri", len("said "))
