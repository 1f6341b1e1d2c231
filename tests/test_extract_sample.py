"""The user's own example article must give exactly these values."""

from __future__ import annotations

import json

from newscat.extract import extract
from tests.conftest import SAMPLE

EXPECTED_PEOPLE = {
    "Hamid Azari": "Executive Director of the Northern California Center for Cultural Studies",
    "Samir Lutvaliyev": "community activist",
    "Anar Usubov": "witness of the Khojaly genocide",
    "Leyla Aliyeva": "Vice President of the Heydar Aliyev Foundation",
    "Imamyar Hasanov": "well-known Azerbaijani kamancha player",
}


def test_sample_extraction() -> None:
    record = extract(SAMPLE.read_text(encoding="utf-8"))
    assert record.published is not None and record.published.value == "2018-03-07"
    assert record.source is not None and record.source.value == "News.Az"
    assert record.source.rule == "sign-off"
    assert record.title is not None and record.title.derived
    assert record.title.value.startswith(
        "A large-scale commemorative event dedicated to the Khojaly"
    )
    assert {p.name: p.role.value if p.role else None for p in record.people} == EXPECTED_PEOPLE
    assert "Heydar Aliyev" not in {p.name for p in record.people}


def test_widget_junk_never_leaks() -> None:
    record = extract(SAMPLE.read_text(encoding="utf-8"))
    values = [record.title.value if record.title else "", record.summary]
    values += [p.name for p in record.people] + [p.role.value for p in record.people if p.role]
    for junk in ("px", "↺", "−"):
        assert not any(junk in value.split() for value in values)


def test_sample_through_the_cli(run) -> None:
    assert run("add", str(SAMPLE)).exit_code == 0
    shown = json.loads(run("show", "1", "--json").stdout)
    assert shown["published"] == "2018-03-07"
    assert shown["source"] == "News.Az"
    assert shown["title_derived"] is True
    assert {p["name"]: p["role"] for p in shown["people"]} == EXPECTED_PEOPLE
    assert shown["evidence"]["published"]["rule"]
    assert shown["evidence"]["source"]["rule"] == "sign-off"


def test_extract_is_deterministic() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert extract(text) == extract(text)


def test_missing_date_is_none_not_today() -> None:
    record = extract("Town fair draws crowds\n\nThousands visited the town fair on Saturday.")
    assert record.published is None
