"""newscat timeline: coverage over time, overall, per source, as counts or shares."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.conftest import add_articles


def article(date: str, outlet: str, subject: str) -> str:
    return (
        f"{subject} story of {date}\n\nPublished: {date}\n\n"
        f"The {subject} committee met on {date} to discuss the harbour budget, officials said, "
        f"and the mayor Ruth Calder promised a decision within weeks.\n\nSource: {outlet}\n"
    )


ARTICLES = {
    "a.txt": article("2024-01-05", "Harbour Times", "ferry"),
    "b.txt": article("2024-01-20", "Harbour Times", "ferry"),
    "c.txt": article("2024-03-02", "Coastline Courier", "ferry"),
    "d.txt": article("2024-03-09", "Harbour Times", "bridge"),
    "e.txt": article("2024-05-30", "Coastline Courier", "bridge"),
}


def rows(run, *args: str) -> list[dict]:
    result = run("timeline", "--json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["rows"]


def test_months_with_the_empty_ones_between(run, tmp_path: Path) -> None:
    run = add_articles(run, tmp_path / "in", ARTICLES)
    found = rows(run, "--by", "month")
    assert [(r["period"], r["articles"]) for r in found] == [
        ("2024-01", 2), ("2024-02", 0), ("2024-03", 2), ("2024-04", 0), ("2024-05", 1),
    ]  # fmt: skip


def test_the_period_is_chosen_from_the_span(run, tmp_path: Path) -> None:
    run = add_articles(run, tmp_path / "in", ARTICLES)
    assert json.loads(run("timeline", "--json").stdout)["by"] == "month"  # Jan to May
    assert json.loads(run("timeline", "--json", "bridge").stdout)["by"] == "week"  # 82 days
    weekly = json.loads(
        run("timeline", "--json", "--since", "2024-03-01", "--until", "2024-03-31").stdout
    )
    assert weekly["by"] == "day"


def test_share_divides_by_everything_catalogued_in_the_period(run, tmp_path: Path) -> None:
    run = add_articles(run, tmp_path / "in", ARTICLES)
    found = rows(run, "ferry", "--by", "month", "--share")
    shares = {r["period"]: r["share"] for r in found}
    assert shares == {"2024-01": 1.0, "2024-02": 0.0, "2024-03": 0.5}


def test_split_by_source_keeps_the_top_series(run, tmp_path: Path) -> None:
    run = add_articles(run, tmp_path / "in", ARTICLES)
    found = rows(run, "--by", "year", "--split", "source", "--top", "1")
    assert [(r["series"], r["articles"]) for r in found] == [("Harbour Times", 3)]
    table = run("timeline", "--by", "year", "--split", "source")
    assert "Coastline Courier" in table.stdout and "Harbour Times" in table.stdout


def test_csv_and_the_chart(run, tmp_path: Path) -> None:
    run = add_articles(run, tmp_path / "in", ARTICLES)
    result = run("timeline", "--format", "csv", "--by", "year")
    assert list(csv.reader(io.StringIO(result.stdout))) == [
        ["period", "series", "articles", "share"], ["2024", "all", "5", "1.0"],
    ]  # fmt: skip
    chart = run("timeline", "--by", "month")
    assert "2024-03" in chart.stdout and "█" in chart.stdout


def test_nothing_dated_matches_and_bad_options(run, tmp_path: Path) -> None:
    run = add_articles(run, tmp_path / "in", ARTICLES)
    none = run("timeline", "volcano")
    assert none.exit_code == 1 and "no dated articles match" in none.stderr
    bad = run("timeline", "--by", "decade")
    assert bad.exit_code == 2 and "--by: choose day, week, month, year" in bad.stderr


def test_a_person_has_articles_by_year(run, tmp_path: Path) -> None:
    run = add_articles(
        run,
        tmp_path / "in",
        {
            "a.txt": article("2021-06-01", "Harbour Times", "ferry"),
            "b.txt": article("2023-02-10", "Harbour Times", "bridge"),
            "c.txt": article("2023-09-10", "Coastline Courier", "tram"),
        },
    )
    found = json.loads(run("person", "calder", "--json").stdout)
    assert found["by_year"] == [
        {"year": "2021", "articles": 1}, {"year": "2022", "articles": 0},
        {"year": "2023", "articles": 2},
    ]  # fmt: skip
    shown = run("person", "calder").stdout
    assert "by year" in shown and "2021–2023" in shown and "peak 2023: 2" in shown


def test_the_chart_as_a_picture(run, tmp_path: Path) -> None:
    import struct

    run = add_articles(run, tmp_path / "in", ARTICLES)
    png = tmp_path / "coverage.png"
    result = run("timeline", "ferry", "--by", "month", "--plot", str(png))
    assert result.exit_code == 0, result.stderr
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    assert struct.unpack(">II", data[16:24]) == (1000, 400)
    svg = tmp_path / "coverage.svg"
    run("timeline", "--split", "source", "--plot", str(svg))
    text = svg.read_text()
    assert "<svg" in text and 'width="720pt"' in text and 'height="288pt"' in text
    wrong = run("timeline", "--plot", str(tmp_path / "coverage.gif"))
    assert wrong.exit_code != 0 and "write a .png or .svg file" in wrong.stderr


def test_without_matplotlib_the_plot_says_which_extra(run, tmp_path: Path, monkeypatch) -> None:
    import sys

    run = add_articles(run, tmp_path / "in", ARTICLES)
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib now fails
    result = run("timeline", "--plot", str(tmp_path / "coverage.png"))
    assert result.exit_code != 0
    assert "--plot needs matplotlib: pip install 'newscat[plot]'" in result.stderr
