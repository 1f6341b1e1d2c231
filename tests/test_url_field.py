"""url: in the query language: the address an article states (a page's canonical URL)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import add_articles


def page_copy(url: str, title: str) -> str:
    return (
        f"---\ntitle: {title}\nurl: {url}\n---\n{title}\n\n"
        "The council approved the harbour plan on Tuesday after a long debate in the town hall.\n"
    )


def test_url_finds_by_address_and_none_finds_the_rest(run, tmp_path: Path) -> None:
    run = add_articles(
        run,
        tmp_path / "in",
        {
            "a.txt": page_copy(
                "https://www.ledger.example/2024/03/harbour/", "Harbour plan passes"
            ),
            "b.txt": page_copy("https://news.other.example/100_percent/", "Ferry fares to rise"),
            "c.txt": "Bridge closed\n\nThe old bridge was closed on Monday for repairs, the city said.\n",
        },
    )

    def titles(query: str) -> list[str]:
        result = run("search", "--format", "json", "--", query)
        if result.exit_code == 1 and "no articles match" in result.stderr:
            return []
        assert result.exit_code == 0, result.stderr
        return sorted(row["title"] for row in json.loads(result.stdout))

    assert titles("url:ledger.example") == ["Harbour plan passes"]
    assert titles("url:LEDGER.EXAMPLE/2024") == ["Harbour plan passes"]
    assert titles("url:100_percent") == ["Ferry fares to rise"]
    assert titles("url:100%") == []  # % and _ are literal, not wildcards
    assert titles("url:none") == ["Bridge closed"]
    assert titles("-url:ledger") == ["Bridge closed", "Ferry fares to rise"]
