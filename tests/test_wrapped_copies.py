"""Copies wrapped at a width (mail, plain-text archives, a text browser's dump): the people's
and the credits' rules read them a paragraph a line. Every outlet and person here is made up."""

from __future__ import annotations

import textwrap

from newscat.extract import extract
from newscat.extract.unwrap import unwrapped

STORY = [
    "Quaytown hit by overnight storm, damages harbour and schools",
    "By Dana Kelso",
    "A powerful storm hit Quaytown on Sunday, killing at least two people and damaging "
    "buildings across the harbour district, officials said on Monday morning.",
    "Harbour's allies, including France's Arlo Brennick and Germany's Corran Tallis, "
    "condemned delays in aid deliveries and repairs in statements published on Sunday. "
    "Mirela Ostrava, the region's emergency chief, said crews would work through the night.",
    "The council said schools would stay shut until Wednesday while engineers inspect roofs "
    "and walls in the old town, where most of the damage was reported.",
    "Additional reporting by Selwyn Marrow and Tobiah Quince in Westmoor, Ilsa Varden in "
    "Eastfold and Joran Pike in Quaytown; Editing by Wenna Strand and Ottilie Grove",
]


def wrapped_story() -> str:
    return "\n\n".join(textwrap.fill(paragraph, 72) for paragraph in STORY) + "\n"


def test_a_wrapped_paragraph_is_one_line_and_every_position_stays() -> None:
    text = wrapped_story()
    reading = unwrapped(text)
    assert len(reading) == len(text)
    assert [line for line in reading.split("\n") if line] == STORY
    for name in ("Arlo Brennick", "Corran Tallis", "Mirela Ostrava"):
        assert reading.index(name) == text.replace("\n", " ").index(name)


def test_a_headline_in_capitals_an_indented_line_and_a_metadata_block_stay_apart() -> None:
    body = textwrap.fill(STORY[2] + " " + STORY[4], 60)
    wire = (
        "QUAYTOWN COUNCIL SHUTS ALL SCHOOLS AFTER THE STORM HITS THE OLD HARBOUR\n"
        "2-MAR-1987 10:13:07.54\n\n" + body + "\n    " + body + "\n"
    )
    reading = unwrapped(wire)
    assert reading.startswith(
        "QUAYTOWN COUNCIL SHUTS ALL SCHOOLS AFTER THE STORM HITS THE OLD HARBOUR\n"
    )
    assert "\n    A powerful storm" in reading  # an indented line opens a paragraph
    assert reading.count("\n") == 5
    block = (
        "---\ntitle: " + STORY[0] + " and more words to fill the line\nauthor: Dana Kelso\n---\n"
    )
    assert unwrapped(block + wire).startswith(block)


def test_a_text_that_is_not_wrapped_is_read_as_it_is() -> None:
    text = "\n\n".join(STORY) + "\n"
    assert unwrapped(text) == text
    # one sentence a line, however long the lines, is no wrapped paragraph
    lines = (
        "Council agrees library budget\n- by Dana Kelso April 21, 2022\n"
        "The council agreed the budget for the new library on Monday, members said.\n"
        "The library will open next spring in the old customs house on the quay.\n"
        "You may also like these articles\nFerry fares to rise in spring\n"
        "by Tom Vane The ferry company said on Friday that fares would rise by a tenth.\n"
    )
    assert unwrapped(lines) == lines


def test_people_and_credits_of_a_wrapped_copy() -> None:
    found = extract(wrapped_story())
    people = {person.name: person.role.value if person.role else None for person in found.people}
    assert people == {
        "Arlo Brennick": None,
        "Corran Tallis": None,
        "Mirela Ostrava": "region's emergency chief",
    }
    assert [author.value for author in found.authors] == [
        "Dana Kelso",
        "Selwyn Marrow",
        "Tobiah Quince",
        "Ilsa Varden",
        "Joran Pike",
        "Wenna Strand",
        "Ottilie Grove",
    ]
