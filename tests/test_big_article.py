"""A huge article (a compilation, a whole issue in one file): extraction grows in step with
its size, and people are found across the windows it is read in."""

from __future__ import annotations

import time

import pytest

from newscat.extract import extract
from newscat.extract.people import PEOPLE_WINDOW


def _names_text(people: int) -> str:
    given = ["Anna", "Peter", "Maria", "James", "Sofia", "David", "Elena", "Thomas"]
    paragraphs = []
    for n in range(people):
        surname = "Holt" + "".join(chr(ord("a") + int(d)) for d in str(n))
        paragraphs.append(
            f"Councillor {given[n % len(given)]} {surname.capitalize()} said on Monday that "
            f"the budget for district {n} would be agreed this week, officials said."
        )
    return "Council round-up\n\n" + "\n\n".join(paragraphs) + "\n"


class _CountingKeys(list):  # type: ignore[type-arg]
    """The registry's list of name keys, counting how many keys a look-up reads."""

    reads = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        for key in super().__iter__():
            _CountingKeys.reads += 1
            yield key

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        _CountingKeys.reads += 1
        return super().__getitem__(index)


def test_a_name_is_looked_up_among_its_namesakes_not_everyone(monkeypatch) -> None:
    from newscat.extract import people

    created: list[_CountingKeys] = []
    original = people._Registry.__init__

    def counting_init(self) -> None:  # type: ignore[no-untyped-def]
        original(self)
        self.keys = _CountingKeys()
        created.append(self.keys)

    monkeypatch.setattr(people._Registry, "__init__", counting_init)
    record = extract(_names_text(3000))
    assert len(record.people) >= 2900
    # each of ~6,000 look-ups reads a few keys; scanning everyone found read 4.5 million
    assert _CountingKeys.reads < 100_000, _CountingKeys.reads


@pytest.mark.slow
def test_extraction_time_grows_linearly_with_the_text() -> None:
    small, large = _names_text(500), _names_text(4000)
    timings = []
    for text in (small, large):
        started = time.perf_counter()
        extract(text)
        timings.append(time.perf_counter() - started)
    assert timings[1] / timings[0] < 20, timings  # eight times the text


def test_surnames_join_the_full_names_found_before() -> None:
    record = extract("Mayor Jane Holt met Sir John Stevens. Holt said Stevens agreed.")
    assert [(p.name, p.mentions) for p in record.people] == [
        ("Jane Holt", 2),
        ("John Stevens", 2),
    ]


def test_a_huge_text_is_read_in_windows_and_people_join_across_them() -> None:
    filler = "The committee met again and agreed nothing new, members said. " * 40 + "\n\n"
    first = "Mayor Jane Holt opened the session on Monday, officials said.\n\n"
    later = "Mayor Holt closed the session on Friday and thanked the staff, officials said.\n\n"
    text = "Long record\n\n" + first + filler * (PEOPLE_WINDOW // len(filler) + 5) + later
    assert len(text) > PEOPLE_WINDOW * 1.05
    record = extract(text)
    holt = [p for p in record.people if p.name.endswith("Holt")]
    assert [(p.name, p.mentions) for p in holt] == [("Jane Holt", 2)]
    assert record.text[holt[0].start : holt[0].end] == "Jane Holt"
