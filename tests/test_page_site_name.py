"""A saved page's site name where trafilatura's metadata falls short: its social account
for a name, or its meta tags pushed out of the head by a stray element."""

from __future__ import annotations

from newscat.extract import extract
from newscat.extract.source import spelled_domain
from newscat.page_site import names_the_site, site_in_title
from newscat.pages import page_text

STORY = "".join(
    f"<p>The council of Quaytown voted on Monday to rebuild the harbour wall, part {n} of the "
    "plan said, and the works will start in the spring before the storms come back.</p>"
    for n in range(6)
)


def page(head: str, body: str = "") -> bytes:
    return (
        f"<html><head>{head}</head><body><h1>Harbour wall to be rebuilt</h1>"
        f"<p>By Dana Kelso</p>{STORY}{body}</body></html>"
    ).encode()


def read(data: bytes):
    return extract(page_text(data, compressed=False, max_bytes=10_000_000))


def test_the_title_names_the_site_whose_account_was_taken_for_its_name() -> None:
    # no og:site_name: trafilatura names the site after its account ("Qdrecord")
    data = page(
        "<title>Harbour wall to be rebuilt | Quaytown Daily Record</title>"
        '<meta name="twitter:site" content="@qdrecord">'
        '<meta property="og:url" content="https://www.qdrecord.example/2024/03/12/wall/">'
    )
    assert read(data).source.value == "Quaytown Daily Record"


def test_a_site_named_with_a_given_name_first_is_kept_as_its_title_writes_it() -> None:
    data = page(
        "<title>Harbour wall to be rebuilt - Mara Rumors</title>"
        '<meta name="twitter:site" content="@mararumors">'
    )
    assert read(data).source.value == "Mara Rumors"


def test_a_title_part_that_names_another_site_is_not_taken() -> None:
    data = page(
        "<title>Harbour wall to be rebuilt | Coast Sport</title>"
        '<meta name="twitter:site" content="@qdrecord">'
    )
    assert read(data).source.value != "Coast Sport"


def test_what_names_a_site() -> None:
    assert names_the_site("The Quaytown Daily Record", "qdrecord")
    assert not names_the_site("Kestrel Post Politics", "kestrelpost")
    assert site_in_title("Wall | Kestrel Post Politics", {"kestrelpost"}) is None
    assert names_the_site("KP.com", "kp")
    assert not names_the_site("Coast Sport", "qdrecord")
    assert site_in_title("Wall to be rebuilt :: Kestrel Post", {"kestrelpost"}) == "Kestrel Post"
    # a headline's last words are no site, however they are cut
    assert site_in_title("Kestrel Post - the story of a harbour town's paper", {"x"}) is None


def test_a_domain_the_text_writes_as_its_name_keeps_its_ending() -> None:
    assert spelled_domain("kp.com", "Read more at KP.com every day.") == (13, "KP.com")
    assert spelled_domain("kestrelpost.example", "The Kestrel Post said so.")[1] == (
        "The Kestrel Post"
    )


def test_meta_tags_pushed_out_of_the_head_by_a_stray_element_are_read() -> None:
    # an empty <div> in the head ends it for the parser: the tags after it land in the body
    data = page(
        '<title>Harbour wall to be rebuilt</title><meta charset="utf-8"><div class="gap"></div>'
        '<meta property="og:site_name" content="Kestrel Post">'
        '<meta property="og:url" content="https://www.kestrelpost.example/2024/03/12/wall/">'
    )
    found = read(data)
    assert found.source.value == "Kestrel Post"
    assert found.url.value == "https://www.kestrelpost.example/2024/03/12/wall/"
