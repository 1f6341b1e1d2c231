"""The record that extraction produces: every value carries the evidence it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Found:
    """One extracted value with its evidence: the span of text it came from and the rule."""

    value: str
    start: int
    end: int
    rule: str
    derived: bool = False

    def to_dict(self) -> dict[str, Any]:
        # by hand: dataclasses.asdict deep-copies, and this runs for every stored value
        return {
            "value": self.value,
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
            "derived": self.derived,
        }


@dataclass
class Person:
    name: str
    start: int
    end: int
    rule: str
    role: Found | None = None
    mentions: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role.value if self.role else None,
            "evidence": {"start": self.start, "end": self.end, "rule": self.rule},
            "role_evidence": self.role.to_dict() if self.role else None,
            "mentions": self.mentions,
        }


@dataclass
class Extraction:
    text: str
    published: Found | None = None
    source: Found | None = None
    title: Found | None = None
    people: list[Person] = field(default_factory=list)
    summary: str = ""
    word_count: int = 0
    authors: list[Found] = field(default_factory=list)  # the credited journalists
    url: Found | None = None  # the article's address, where the text states it

    def evidence(self) -> dict[str, Any]:
        """Evidence for the scalar fields, keyed by field name (None where nothing was found)."""
        return {
            "published": self.published.to_dict() if self.published else None,
            "source": self.source.to_dict() if self.source else None,
            "title": self.title.to_dict() if self.title else None,
            "authors": [author.to_dict() for author in self.authors],
            "url": self.url.to_dict() if self.url else None,
        }
