"""`newscat serve`: the catalogue in a real Datasette server, read over HTTP and in a real
headless Chromium."""

from __future__ import annotations

import json
import sqlite3
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.error import URLError
from urllib.parse import quote

import pytest
from typer.testing import CliRunner

from newscat import web
from newscat.cli import app

from .browser import HOW, chromium, serving
from .conftest import SAMPLE, SAMPLES, unavailable

pytest.importorskip("datasette", reason="the web view needs pip install 'newscat[serve]'")
pytestmark = pytest.mark.web


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled samples, one of them again with a sentence more (a near-copy), one tagged."""
    folder = tmp_path_factory.mktemp("web")
    path = folder / "newsroom.db"
    copy = folder / "copy" / "khojaly-again.txt"
    copy.parent.mkdir()
    copy.write_text(SAMPLE.read_text(encoding="utf-8") + "\nThe event ended late.\n", "utf-8")
    runner = CliRunner()
    for args in (["add", str(SAMPLES)], ["add", str(copy.parent)], ["tag", "3", "debt"]):
        result = runner.invoke(app, [*args, "--db", str(path)], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def server(catalogue: Path) -> Iterator[str]:
    """`newscat serve` itself, in its own process, until the module's tests are done."""
    with serving(catalogue) as base:
        yield base


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def _json(url: str) -> Any:
    return json.loads(_get(url))


def test_search_finds_the_sample_with_its_people_and_facets(server: str) -> None:
    found = _json(f"{server}/newsroom/article_overview.json?_search=Stanford&_shape=objects")
    rows = found["rows"]
    assert len(rows) == 2  # the sample and its near-copy
    assert {row["source"] for row in rows} == {"News.Az"}
    assert "Leyla Aliyeva" in json.loads(rows[0]["people"])
    assert set(found["facet_results"]) == {"source", "month", "tags", "people"}
    months = {r["value"]: r["count"] for r in found["facet_results"]["month"]["results"]}
    assert months == {"2018-03": 2}


def test_array_facets_narrow_by_person_and_tag(server: str) -> None:
    by_person = _json(f"{server}/newsroom/article_overview.json?people__arraycontains=Roger+Birk")
    assert [row[1] for row in by_person["rows"]] == ["BRAZIL SEEKS TO RESCHEDULE FOREIGN DEBT"]
    by_tag = _json(f"{server}/newsroom/article_overview.json?tags__arraycontains=debt")
    assert len(by_tag["rows"]) == 1


def test_article_page_lists_people_with_roles_and_folds_evidence(server: str) -> None:
    overview = _json(f"{server}/newsroom/article_overview.json?_search=Stanford&_shape=objects")
    page = _get(f"{server}/newsroom/articles/{overview['rows'][0]['id']}")
    assert '<ul id="people">' in page
    assert (
        '>Leyla Aliyeva</a> – <span class="role">Vice President of the Heydar Aliyev Foundation'
        in page
    )
    assert "<details class='newscat-evidence'><summary>" in page
    assert "/newsroom/sources/news~2Eaz" in page  # the source key links to its row
    assert "<h1" in page and "Khojaly genocide was held at Stanford" in page
    assert "in mentions" in page and "in sketches" not in page  # internal links left out


def test_internal_tables_are_hidden_and_the_rest_listed(server: str, catalogue: Path) -> None:
    listing = _json(f"{server}/newsroom.json")
    hidden = {table["name"] for table in listing["tables"] if table["hidden"]}
    tables = {
        row[0]
        for row in sqlite3.connect(catalogue).execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        )
    }
    assert set(web.INTERNAL_TABLES) <= tables  # the names still match the schema
    assert set(web.INTERNAL_TABLES) <= hidden
    shown = {table["name"] for table in listing["tables"] if not table["hidden"]}
    assert {"articles", "people", "mentions", "sources", "tags"} <= shown
    assert {query["name"] for query in listing["queries"]} == set(web.CANNED_QUERIES)


def test_canned_queries_answer_the_common_questions(server: str, catalogue: Path) -> None:
    base = f"{server}/newsroom"
    naming = _json(f"{base}/articles_naming_a_person.json?name=aliyeva&_shape=objects")["rows"]
    assert {row["person"] for row in naming} == {"Leyla Aliyeva"}
    assert len(naming) == 2
    assert all(row["role"] == "Vice President of the Heydar Aliyev Foundation" for row in naming)
    ranked = _json(f"{base}/people_by_articles.json?_shape=objects")["rows"]
    assert ranked[0]["articles"] == 2
    months = _json(f"{base}/sources_by_month.json?_shape=objects")["rows"]
    assert {"month": "2018-03", "source": "News.Az", "articles": 2} in months
    ids = [
        row[0]
        for row in sqlite3.connect(catalogue).execute(
            "SELECT id FROM articles WHERE title LIKE '%Khojaly%' ORDER BY id"
        )
    ]
    copies = _json(f"{base}/near_copies_of_an_article.json?id={ids[0]}&_shape=objects")["rows"]
    assert [row["id"] for row in copies] == ids[1:]


def test_the_web_view_is_read_only(server: str) -> None:
    with pytest.raises(URLError):
        _get(f"{server}/newsroom.json?sql=" + quote("DELETE FROM articles"))


def test_serve_refuses_a_missing_catalogue(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "none.db" in result.output
    assert "Traceback" not in result.output


def test_serve_names_the_extra_when_datasette_is_missing(
    monkeypatch: pytest.MonkeyPatch, catalogue: Path
) -> None:
    monkeypatch.setitem(sys.modules, "datasette", None)  # import datasette now fails
    result = CliRunner().invoke(app, ["serve", "--db", str(catalogue)])
    assert result.exit_code == 1
    assert "pip install 'newscat[serve]'" in result.output


@pytest.mark.browser
def test_a_reader_searches_opens_an_article_and_reads_its_people(
    server: str, tmp_path: Path
) -> None:
    browser = chromium(tmp_path / "profile")
    if browser is None:
        unavailable("browser", HOW)
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 20)
    try:
        browser.get(f"{server}/newsroom/article_overview")
        search = browser.find_element(By.CSS_SELECTOR, "input[name=_search]")
        search.send_keys("Funaro")
        search.submit()
        # the results' page, not the rows of the page the search was typed on
        wait.until(expected_conditions.url_contains("_search=Funaro"))
        links = wait.until(
            expected_conditions.presence_of_all_elements_located(
                (By.CSS_SELECTOR, "td.col-title a")
            )
        )
        assert [link.text for link in links] == ["BRAZIL SEEKS TO RESCHEDULE FOREIGN DEBT"]
        links[0].click()
        found = wait.until(
            expected_conditions.presence_of_all_elements_located((By.CSS_SELECTOR, "#people li"))
        )
        people = [item.text for item in found]
        assert [name.split(" – ")[0] for name in people] == ["Dilson Funaro", "Roger Birk"]
        assert browser.save_screenshot(str(tmp_path / "article.png"))
        assert (tmp_path / "article.png").read_bytes().startswith(b"\x89PNG")
    finally:
        browser.quit()


def test_stopping_serve_stops_datasette(catalogue: Path) -> None:
    """`newscat serve` stopped by a signal leaves no Datasette behind on its port."""
    with serving(catalogue) as base:
        assert "newscat" in _get(base + "/-/metadata.json")
    with pytest.raises(OSError):  # URLError, or the connection refused outright
        urllib.request.urlopen(base + "/-/versions.json", timeout=2)
