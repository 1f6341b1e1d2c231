"""Saved web pages: read through trafilatura, extracted like any article, the page's own
metadata as evidence, people from the main text only."""

from __future__ import annotations

import gzip
import json
import shutil
import warnings
from pathlib import Path

import pytest

from newscat.extract import extract
from newscat.extract.record import Extraction
from newscat.pages import page_text

PAGE = Path(__file__).parent / "fixtures" / "pages" / "harbour-plan.html"


def exported(run) -> list[dict]:
    result = run("export", "jsonl")
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_saved_page_gives_its_fields(run, tmp_path: Path) -> None:
    page = tmp_path / "harbour-plan.html"
    shutil.copy(PAGE, page)
    result = run("add", str(page))
    assert result.exit_code == 0, result.stderr
    (article,) = exported(run)
    assert article["title"] == "Council approves harbour plan after long debate"
    assert article["published"] == "2024-03-12"
    assert article["source"] == "Nassau Ledger"
    assert article["authors"] == ["Imani Cole"]
    assert article["url"] == "https://www.nassauledger.example/2024/03/12/harbour-plan/"
    names = {person["name"] for person in article["people"]}
    assert names == {"Ruth Calder", "Omar Haddad", "Lena Ortiz"}  # not the "Most read" list


def test_the_page_metadata_is_the_evidence(run, tmp_path: Path) -> None:
    page = tmp_path / "harbour-plan.html"
    shutil.copy(PAGE, page)
    run("add", str(page))
    shown = run("show", "1", "--json")
    evidence = json.loads(shown.stdout)["evidence"]
    assert evidence["published"]["rule"] == "metadata"
    assert evidence["source"]["rule"] == "metadata"


def test_compressed_pages_and_a_folder_of_pages(run, tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    (folder / "harbour-plan_files").mkdir(parents=True)
    (folder / "harbour-plan_files" / "style.css").write_text("body{}")
    (folder / "harbour-plan_files" / "notes.txt").write_text("not an article of its own")
    with gzip.open(folder / "harbour-plan.html.gz", "wb") as handle:
        handle.write(PAGE.read_bytes())
    result = run("add", str(folder))
    assert "added 1, already present 0, failed 0" in result.stderr
    assert "harbour-plan_files: passed over: a saved page's files" in result.stderr
    assert exported(run)[0]["source"] == "Nassau Ledger"


def test_a_bad_page_is_one_line_and_the_rest_is_added(run, tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    shutil.copy(PAGE, folder / "good.html")
    (folder / "broken.html.gz").write_bytes(b"this is not gzip at all")
    (folder / "empty.html").write_text("<html><body><nav>Home</nav></body></html>")
    result = run("add", str(folder))
    assert result.exit_code == 0  # the batch went on: only a command that fails whole exits 1
    assert "broken.html.gz: not a valid gzip file" in result.stderr
    assert "empty.html: no article text found in the web page" in result.stderr
    assert "Traceback" not in result.stderr
    assert "added 1, already present 0, failed 2" in result.stderr


def test_adding_the_same_page_again_adds_nothing(run, tmp_path: Path) -> None:
    page = tmp_path / "harbour-plan.html"
    shutil.copy(PAGE, page)
    run("add", str(page))
    again = run("add", str(page))
    assert "added 0, already present 1" in again.stderr


QUAY_LEDE = (
    "The harbour board approved the plan for the northern quay on Tuesday night, after two "
    "years of dispute over the cost of dredging the channel, its chairman said."
)
QUAY_PARAGRAPHS = [
    f"Paragraph {n} of the story says more about the quay and the dredging, officials said."
    for n in range(8)
]


def _extracted(page: bytes) -> Extraction:
    """The page read as `newscat add` reads it, then extracted."""
    from newscat.extract import extract
    from newscat.pages import page_text

    return extract(page_text(page, compressed=False, max_bytes=10**6))


def _dated_page(stated: str, shown: str) -> bytes:
    lede = "PORTSEND (Coast Wire) — " + QUAY_LEDE
    body = " ".join(QUAY_PARAGRAPHS)
    return (
        f'<html><head><title>Harbour plan approved</title><meta property="article:published_time" '
        f'content="{stated}"></head><body><nav><ul><li>Home</li><li>News</li></ul></nav>'
        f"<article><h1>Harbour plan approved</h1><p>Updated</p><p>{shown}</p>"
        f"<p>{lede}</p><p>{body}</p></article></body></html>"
    ).encode()


def test_the_date_the_header_shows_beats_a_utc_clock_a_day_off() -> None:
    from newscat.extract import extract
    from newscat.pages import page_text

    page = _dated_page("2024-11-20T05:57:50Z", "10:01 pm PST, Tuesday, November 19, 2024")
    text = page_text(page, compressed=False, max_bytes=1_000_000)
    assert 'metadata_date: "2024-11-20"' in text
    published = extract(text).published
    assert published is not None and (published.value, published.rule) == ("2024-11-19", "metadata")
    # the same day, or days later (an update's, another story's): the metadata's date stands
    for shown in ("November 20, 2024", "November 28, 2024"):
        text = page_text(
            _dated_page("2024-11-20T05:57:50Z", shown), compressed=False, max_bytes=10**6
        )
        assert "metadata_date" not in text
        assert extract(text).published.value == "2024-11-20"  # type: ignore[union-attr]


def test_a_date_under_the_headline_before_the_metadata_s_is_the_story_s() -> None:
    """The metadata dates a page by the day it was saved (a site's header shows today's date
    too); the byline's date under the headline, years before, is the story's."""
    from newscat.extract import extract
    from newscat.pages import page_text

    page = _dated_page("2023-12-25T09:00:00Z", "Thu, 14 May 2020 17:55 UTC")
    text = page_text(page, compressed=False, max_bytes=1_000_000)
    assert 'metadata_date: "2023-12-25"' in text
    assert extract(text).published.value == "2020-05-14"  # type: ignore[union-attr]


def test_a_date_line_under_the_headline_and_standfirst_is_the_shown_date() -> None:
    """The main text opens with a long headline; the standfirst and the byline-and-date
    line under it are left out of it: the header still reaches down to the date line."""
    from newscat.extract import extract
    from newscat.pages import page_text

    headline = "What happens to the northern quay now that the harbour board has approved the plan?"
    standfirst = (
        "The vote ends two years of dispute over the cost of dredging the channel. Some "
        "fishermen fear the work will close the port for a whole season, and the town is split."
    )
    lede = (
        "Hours after the harbour board approved the plan for the northern quay, fishermen "
        "gathered on the pier to ask how long the dredging would close the channel."
    )
    body = " ".join(f"Paragraph {n} says more about the quay, officials said." for n in range(8))
    page = (
        '<html><head><title>Harbour plan</title><meta property="article:published_time" '
        'content="2024-11-19T22:07Z"></head><body><nav><ul><li>Home</li><li>News</li></ul>'
        f'</nav><article><p>Local</p><h1>{headline}</h1><p class="deck">{standfirst}</p>'
        "<div><span>Priya Natarajan</span> · <span>Coast News</span> · "
        "<span>Posted: Nov 20, 2024 4:00 AM EST</span></div>"
        f"<p>{lede}</p><p>{body}</p></article></body></html>"
    ).encode()
    text = page_text(page, compressed=False, max_bytes=1_000_000)
    assert 'metadata_date: "2024-11-19"' in text
    assert extract(text).published.value == "2024-11-20"  # type: ignore[union-attr]


def _syndicated_page(under_headline: str, under_story: str) -> bytes:
    lede = QUAY_LEDE
    body = "".join(f"<p>{paragraph}</p>" for paragraph in QUAY_PARAGRAPHS)
    return (
        "<html><head><title>Quay plan approved after two years - Valley Courier</title>"
        '<meta property="og:site_name" content="Valley Courier"></head><body>'
        "<header><nav><ul><li>Home</li><li>World</li></ul></nav></header>"
        f"<main><h1>Quay plan approved after two years</h1>{under_headline}"
        f"<article><p>{lede}</p>{body}</article>{under_story}</main>"
        "<footer><p>© 2024 Valley Courier Group Ltd</p></footer></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("under_headline", "under_story", "source"),
    [
        (
            "<div><p>By Jane Roe and Tom Vane</p><p>Associated Press</p><p>Posted May 4, 2024</p></div>",
            "",
            "Associated Press",
        ),
        (
            "",
            "<p>This story first ran in another paper.</p><p>Copyright @ 2019 The Coast Wire.</p>",
            "The Coast Wire",
        ),
        ("", "<p>© 2019 Valley Media Inc. All Rights Reserved.</p>", "Valley Courier"),
    ],
)
def test_a_syndicated_story_is_credited_to_its_agency(
    under_headline: str, under_story: str, source: str
) -> None:
    """What the main text leaves out around a story, the agency under its writers' names
    and a copyright line under its end, credits another outlet than the site."""
    from newscat.extract import extract
    from newscat.pages import page_text

    page = _syndicated_page(under_headline, under_story)
    text = page_text(page, compressed=False, max_bytes=10**6)
    assert extract(text).source.value == source  # type: ignore[union-attr]


def _page_of(site: str, author: str, footer: str) -> bytes:
    lede, body = QUAY_LEDE, " ".join(QUAY_PARAGRAPHS)
    return (
        f'<html><head><title>Quay plan approved</title><meta property="og:site_name" '
        f'content="{site}"><meta name="author" content="{author}"></head><body>'
        f"<article><h1>Quay plan approved</h1><p>{lede}</p><p>{body}</p></article>"
        f"<footer><p>{footer}</p></footer></body></html>"
    ).encode()


def test_a_site_named_only_by_its_domain_takes_the_name_the_page_spells() -> None:
    from newscat.extract import extract
    from newscat.pages import page_text

    page = _page_of("harbourledger.example", "Jane Roe", "© 2024 The Harbour Ledger. Contact us")
    text = page_text(page, compressed=False, max_bytes=10**6)
    assert "metadata_sitename: harbourledger.example" in text
    assert extract(text).source.value == "The Harbour Ledger"  # type: ignore[union-attr]
    # no spelling anywhere: the domain stays as trafilatura gave it
    text = page_text(
        _page_of("harbourledger.example", "Jane Roe", "Contact us"),
        compressed=False,
        max_bytes=10**6,
    )
    assert "metadata_sitename" not in text


def test_a_wire_agency_as_the_page_s_author_is_its_source() -> None:
    from newscat.extract import extract
    from newscat.pages import page_text

    for author in ("Associated Press", "Jane Roe; PTI"):
        page = _page_of("Harbour Ledger", author, "Contact us")
        found = extract(page_text(page, compressed=False, max_bytes=10**6)).source
        assert found is not None and found.rule == "byline"
        assert found.value in ("AP", "Associated Press", "PTI")


def test_a_quoted_headline_s_byline_block_comes_back_whatever_its_prose_repeats() -> None:
    """A page title in quotes (the block states it quoted) with a site suffix after two
    hyphens; under the headline the writer, the outlet she wrote for and the date, the
    outlet's name also inside the story's prose; a description above it all."""
    headline = "'The quay papers': New files show how the harbour board chose its dredger"
    lede = "An investigation by The Quayline reveals how the harbour board chose its dredger."
    body = "".join(f"<p>{paragraph}</p>" for paragraph in QUAY_PARAGRAPHS)
    page = (
        f"<html><head><title>{headline} -- Quaynews.net</title>"
        f'<meta name="description" content="{lede} The board denies it.">'
        '<meta property="og:site_name" content="Quaynews.net"></head><body>'
        "<nav><ul><li>Home</li><li>World</li></ul></nav>"
        f'<article><h1>{headline}</h1><div class="info">Dana Kelso<br>The Quayline<br>'
        f"Thu, 14 May 2020 17:55 UTC</div><p>{lede}</p>{body}</article></body></html>"
    ).encode()
    found = _extracted(page)
    assert found.title is not None and found.title.value == headline
    assert [author.value for author in found.authors] == ["Dana Kelso"]
    assert "Dana Kelso" not in [person.name for person in found.people]


def test_the_lines_under_a_quoted_headline_come_back_though_the_prose_names_the_outlet() -> None:
    """The block states a title in quotes; the outlet's line under the headline is also a
    phrase of the story's prose: the main text still lacks the line, which comes back."""
    from newscat.pages import _with_byline_block

    headline = "'The quay papers': New files show how the harbour board chose its dredger"
    lede = "An investigation by The Quayline reveals how the harbour board chose its dredger."
    text = f'---\ntitle: "{headline} -- Quaynews.net"\n---\n{lede}\nMore of the story.\n'
    lines = ["Home", headline, "Dana Kelso", "The Quayline", "Thu, 14 May 2020 17:55 UTC", lede]
    assert _with_byline_block(text, lines).split("\n---\n")[1].splitlines()[:4] == [
        headline,
        "Dana Kelso",
        "The Quayline",
        "Thu, 14 May 2020 17:55 UTC",
    ]


def test_a_page_title_with_a_label_before_the_headline_the_page_shows() -> None:
    """The page title adds a label and the site's section ("Analysis: … | Quay Politics");
    the page shows the headline alone, the writer under it: the title is the shown one."""
    headline = "The long sparring match between the harbour board and the fisheries minister"
    body = "".join(f"<p>{paragraph}</p>" for paragraph in QUAY_PARAGRAPHS)
    page = (
        f"<html><head><title>Analysis: {headline} | Quay Politics</title>"
        f'<meta property="og:title" content="Analysis: {headline} | Quay Politics">'
        '<meta property="og:site_name" content="Quay"></head><body>'
        "<nav><ul><li>Home</li><li>World</li></ul></nav>"
        f"<header><h1>{headline}</h1><div>Analysis by Dana Kelso, Quay Senior Analyst</div>"
        "<div>Updated 9:22 PM EST, Mon November 6, 2023</div></header>"
        f"<article><p>{QUAY_LEDE}</p>{body}</article></body></html>"
    ).encode()
    found = _extracted(page)
    assert found.title is not None and found.title.value == headline


@pytest.mark.parametrize(
    ("author", "authors"), [("Aldous Brenn; Dana Kelso", ["Dana Kelso"]), ("Aldous Brenn", [])]
)
def test_the_publisher_in_a_page_s_author_field_is_no_writer(
    author: str, authors: list[str]
) -> None:
    """The author field names the publisher the footer holds the copyright in."""
    from newscat.extract import extract
    from newscat.extract.metadata import read_metadata
    from newscat.pages import page_text

    body = "".join(f"<p>{paragraph}</p>" for paragraph in QUAY_PARAGRAPHS)
    page = (
        "<html><head><title>Quay plan approved after two years</title>"
        f'<meta name="author" content="{author}"></head><body>'
        f"<article><h1>Quay plan approved after two years</h1><p>{QUAY_LEDE}</p>{body}</article>"
        "<footer><p>© 2023 Aldous Brenn. All rights reserved.</p></footer></body></html>"
    ).encode()
    text = page_text(page, compressed=False, max_bytes=10**6)
    assert read_metadata(text) is not None  # the block still reads whole
    assert [found.value for found in extract(text).authors] == authors


def _undated_page(
    head: str = "", footer: str = "© 2011 Kestrel Post. All rights reserved."
) -> bytes:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in QUAY_PARAGRAPHS)
    return (
        f"<html><head><title>Harbour plan approved</title>{head}</head><body>"
        f"<article><h1>Harbour plan approved</h1><p>{QUAY_LEDE}</p>{body}</article>"
        f"<footer><p>{footer}</p></footer></body></html>"
    ).encode()


def test_a_copyright_s_year_is_no_date_of_the_story() -> None:
    """htmldate's wider search reads a footer's "© 2011" as 1 January 2011: a date the page
    neither shows nor holds in its address or markup is none."""
    from newscat.extract import extract
    from newscat.pages import page_text

    text = page_text(_undated_page(), compressed=False, max_bytes=1_000_000)
    assert "date:" not in text.split("\n---\n", 1)[0]
    assert extract(text).published is None
    # the markup's own date stands, shown or not
    stated = '<meta property="article:published_time" content="2011-06-14T09:00:00Z">'
    text = page_text(_undated_page(stated), compressed=False, max_bytes=1_000_000)
    assert extract(text).published.value == "2011-06-14"  # type: ignore[union-attr]


def test_a_byline_the_main_text_left_out_comes_back_beside_the_lines_it_kept() -> None:
    """The main text kept the writer's job under the headline and dropped the byline over
    it: the byline is put back."""
    from newscat.extract import extract
    from newscat.pages import _with_byline_block

    lede = QUAY_LEDE
    text = (
        "---\ntitle: Harbour plan for the northern quay approved\nsitename: Kestrel Post\n---\n"
        f"Harbour plan for the northern quay approved\nKestrel Executive News Editor\n{lede}\n"
    )
    visible = [
        "Home",
        "News",
        "Harbour plan for the northern quay approved",
        "Published: Wednesday, 21 Sep 2011 | 4:35 PM ET",
        "Text Size",
        "By: Dana Kelso",
        "Kestrel Executive News Editor",
        lede,
    ]
    restored = _with_byline_block(text, visible)
    assert "By: Dana Kelso" in restored
    assert [author.value for author in extract(restored).authors] == ["Dana Kelso"]


def test_a_share_button_under_the_writer_s_name_is_no_writer() -> None:
    from newscat.extract import extract

    text = (
        f"Harbour plan approved\nArticle by\nDana Kelso\nSocial Share\n\nPosted on\n{QUAY_LEDE}\n"
    )
    assert [author.value for author in extract(text).authors] == ["Dana Kelso"]


def test_a_zone_the_date_parser_does_not_know_gives_the_day_and_no_warning() -> None:
    """dateutil, under the page reader, warns of "PST"; a reader must not see it (and under
    warnings-as-errors the page was lost as unreadable)."""
    paragraph = (
        "<p>The council of Quaytown voted on Monday to rebuild the harbour wall, and Mayor "
        "Tom Vane welcomed the decision before the meeting closed.</p>"
    )
    page = (
        "<html><head><title>Harbour wall to be rebuilt | Kestrel Post</title>"
        '<meta name="publication_date" content="2024-03-12T06:00:00 PST">'
        '<meta property="og:site_name" content="Kestrel Post"></head><body>'
        "<h1>Harbour wall to be rebuilt</h1><p>By Dana Kelso</p>" + paragraph * 6 + "</body></html>"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        text = page_text(page.encode(), compressed=False, max_bytes=10_000_000)
    assert extract(text).published.value == "2024-03-12"
