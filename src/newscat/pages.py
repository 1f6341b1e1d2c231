"""Saved web pages (.html, .htm, .xhtml, also gzip-compressed): the story and the page's own
metadata through trafilatura, which finds a page's main text and reads its title, author,
date (htmldate), site name, address and categories far better than rules we would write.

The result is trafilatura's text output with its metadata block on top, the same shape as a
trafilatura copy saved as text: newscat's extraction reads the block as the page's own
statements (evidence rule "metadata") and finds people in the main text only.
"""

from __future__ import annotations

import gzip
import io
import logging
import re
import warnings
import zlib
from typing import Any

from newscat.page_site import SITENAME_FIELD, with_domain_for_account, with_site_for_account
from newscat.reading import ReadProblem

MIN_WORDS = 10  # fewer words of main text than this: a page of links, not an article


def _unzipped(data: bytes, max_bytes: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            page = handle.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error):
        raise ReadProblem("not a valid gzip file") from None
    if len(page) > max_bytes:
        raise ReadProblem(
            f"page is over the {max_bytes / 1_048_576:.0f} MB limit once uncompressed "
            "(raise it with --max-size)"
        )
    return page


def page_text(data: bytes, *, compressed: bool, max_bytes: int, url: str | None = None) -> str:
    """The page's main text under its metadata block; `url` is where it was fetched from (the
    final address, after redirects), which the block then states."""
    if compressed:
        data = _unzipped(data, max_bytes)
    if not data.strip():
        raise ReadProblem("file is empty")
    try:
        import trafilatura
    except ImportError as error:  # a broken install: trafilatura is a dependency
        raise ReadProblem(f"reading web pages needs trafilatura ({error})") from None
    # trafilatura and htmldate log their doubts as warnings; Python would print them on stderr
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    # and dateutil, under htmldate, warns of a zone it does not know ("… 06:00:00 PST"): the
    # day is read all the same, so the reader is not shown a library's warning
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _text_of_page(trafilatura, data, url)


def _text_of_page(trafilatura: Any, data: bytes, url: str | None) -> str:
    try:
        text = trafilatura.extract(
            _with_head_restored(_parsed(data)),
            output_format="txt",
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            url=url,
        )
    except Exception as error:  # a parser's failure on one page must not stop the batch
        raise ReadProblem(f"cannot read the web page ({type(error).__name__})") from None
    body = (text or "").split("\n---\n", 1)[-1]
    if text is None or len(body.split()) < MIN_WORDS:
        raise ReadProblem("no article text found in the web page")
    try:
        tree = _parsed(data)
        text = with_site_for_account(text, tree)  # before _visible_text_of() empties it
        visible = _visible_text_of(tree)
    except Exception:  # only a better date or site name is at stake: keep trafilatura's
        visible = ""
    lines = [" ".join(line.split()) for line in visible.splitlines()]  # spaces as one
    text = _with_confirmed_date(text, data, visible)
    text = _with_spelled_site(with_domain_for_account(_with_shown_date(text, lines)), visible)
    text = _without_publisher_as_author(text, visible)
    text = _with_credit(_with_byline_block(text, lines), lines)
    if url and text.startswith("---\n"):
        # the address it was fetched from, after redirects, rather than the canonical link
        block, rest = text[4:].split("\n---\n", 1)
        fields = [line for line in block.splitlines() if not line.startswith("url:")]
        text = "---\n" + "\n".join([*fields, f"url: {url}"]) + "\n---\n" + rest
    return text


BYLINE_LINES = 5  # short lines under the headline that may hold its byline, credit and date
HEADLINE_WORDS = 4  # a shorter headline is too likely a menu's or a teaser's line


def _story_start(lines: list[str], body: str) -> int | None:
    """Where the main text's first sentence stands among the page's visible lines."""
    from newscat.extract.text import lede_line

    first = " ".join(next((line for line in body.splitlines() if lede_line(line)), "").split())
    return next((i for i, line in enumerate(lines) if first and line == first), None)


def _with_byline_block(text: str, lines: list[str]) -> str:
    """The main text often leaves out what stands between the headline and the story: the
    byline, the credited agency, the date ("By Jane Roe / The Coast Wire / Posted May 4").
    Where the page shows the headline (the metadata title, or its start before a site
    suffix) above the story's first line, the short lines right under it are put back
    above the main text, as a reader's copy of the page has them."""
    from newscat.extract.metadata import read_metadata
    from newscat.extract.text import lede_line

    block, separator, body = text.partition("\n---\n")
    metadata = read_metadata(text)
    field = metadata.get("title") if metadata else None
    if not separator or field is None:
        return text
    title = " ".join(field.value.split())  # unquoted: "'The friends': a headline in quotes"
    story = _story_start(lines, body)
    if story is None:
        return text
    headline = None
    for index in range(story - 1, max(-1, story - 60), -1):
        line = lines[index]
        if len(line.split()) >= HEADLINE_WORDS and _headline_of(title, line):
            headline = index
            break
    if headline is None:
        return text
    below = []
    for line in lines[headline + 1 : min(story, headline + 1 + BYLINE_LINES)]:
        if len(line.split()) >= PARAGRAPH_WORDS or lede_line(line):
            break
        below.append(line)
    body_lines = {" ".join(line.split()) for line in body.splitlines()}
    # those the main text has not (it may keep the writer's job and drop the byline over it)
    missing = [line for line in below if line not in body_lines]
    if not missing:
        return text
    return block + separator + "\n".join([lines[headline], *missing]) + "\n\n" + body


_DECORATIONS = ":|-–—·•"


def _headline_of(title: str, line: str) -> bool:
    """The page title is the line with decorations around it, or none: a label before it
    ("Analysis: …"), a site's name after it ("… | Quay Courier"), or a start it cut short."""
    before, found, after = title.partition(line)
    return bool(found) and (
        (not before or before.rstrip()[-1:] in _DECORATIONS)
        and (not after or after.lstrip()[:1] in _DECORATIONS or not before)
    )


CREDIT_LINES = 4  # lines under the story's last one where a syndication credit stands
_COPYRIGHT_LINE = re.compile(r"^(?:©|\(c\)|copyright\b)", re.IGNORECASE)


def _with_credit(text: str, lines: list[str]) -> str:
    """A syndicated story's credit stands right under it on the page ("This story first ran
    in another paper. / Copyright @ 2019 The Coast Wire."), where the main text stops: the
    block states that copyright line as `credit:` (the site's own copyright is in its
    footer, further down)."""
    block, separator, body = text.partition("\n---\n")
    if not separator or "\ncredit:" in "\n" + block:
        return text
    last = next((line for line in reversed(body.splitlines()) if line.strip()), "")
    last = " ".join(last.split())
    ends = [i for i, line in enumerate(lines) if last and line == last]
    if len(ends) != 1:
        return text
    for line in lines[ends[0] + 1 : ends[0] + 1 + CREDIT_LINES]:
        if _COPYRIGHT_LINE.match(line) and len(line.split()) < PARAGRAPH_WORDS:
            return f"{block}\ncredit: {line}{separator}{body}"
    return text


_AUTHOR_FIELD = re.compile(r"^author: (?P<names>.+)$", re.MULTILINE)


def _without_publisher_as_author(text: str, visible: str) -> str:
    """A page's author field may name its publisher beside its writer ("Harbour Media Group;
    Jane Roe"): a name the page's footer holds the copyright in is no writer."""
    from newscat.extract.source import copyright_holders

    block, separator, body = text.partition("\n---\n")
    field = _AUTHOR_FIELD.search(block)
    if not separator or field is None:
        return text
    holders = {holder.casefold() for holder in copyright_holders(visible)}
    names = [name.strip() for name in field.group("names").split(";")]
    writers = [name for name in names if name.casefold() not in holders]
    if not holders or len(writers) == len(names):
        return text
    if writers:
        block = block[: field.start()] + f"author: {'; '.join(writers)}" + block[field.end() :]
    else:  # the field's whole line goes
        block = (block[: field.start()] + block[field.end() + 1 :]).rstrip("\n")
    return block + separator + body


_DATE_FIELD = re.compile(r'^date: "?(?P<iso>\d{4}-\d{2}-\d{2})"?$', re.MULTILINE)


def _with_spelled_site(text: str, visible: str) -> str:
    """A site name that is only the domain ("sitename: harbourledger.example"), where the
    main text never spells it: the name as the rest of the page writes it (a footer's
    "© 2024 The Harbour Ledger", a logo's words), the domain kept as metadata_sitename."""
    from newscat.extract.source import is_domain, spelled_domain

    block, _, body = text.partition("\n---\n")
    field = SITENAME_FIELD.search(block)
    if field is None or not is_domain(field.group("name")):
        return text
    domain = field.group("name")
    if spelled_domain(domain, body) is not None:
        return text  # the text's own spelling will be found
    spelled = spelled_domain(domain, visible)
    if spelled is None:
        return text
    line = f"sitename: {spelled[1]}\nmetadata_sitename: {domain}"
    return text[: field.start()] + line + text[field.end() :]


def _with_confirmed_date(text: str, data: bytes, visible: str) -> str:
    """htmldate's wider search guesses a date from what is no date of the story (a copyright's
    year read as 1 January, a date among the links): a date neither the page shows nor its
    address holds gives way to the one its markup states, or to none."""
    block = text.split("\n---\n", 1)[0]
    stated = _DATE_FIELD.search(block)
    if stated is None:
        return text
    iso = stated.group("iso")
    address = re.search(r"^url: (.*)$", block, re.MULTILINE)
    if _in_address(iso, address.group(1) if address else "") or _shown(iso, visible):
        return text
    try:
        from htmldate import find_date

        stated_in_markup = find_date(data, extensive_search=False, original_date=True)
    except Exception:  # only a better date is at stake: keep the wider search's
        return text
    if stated_in_markup == iso:
        return text
    if stated_in_markup:
        return text[: stated.start()] + f'date: "{stated_in_markup}"' + text[stated.end() :]
    return text[: stated.start()] + text[stated.end() + 1 :]  # the line, and its end


def _in_address(iso: str, address: str) -> bool:
    year, month, day = iso.split("-")
    return re.search(rf"{year}[/-]0?{int(month)}[/-]0?{int(day)}\b", address) is not None


def _shown(iso: str, visible: str) -> bool:
    from newscat.extract.dates import find_dates

    return any(found.iso == iso for found in find_dates(visible))


def _with_shown_date(text: str, lines: list[str]) -> str:
    """A page's metadata often dates it by a UTC clock ("2024-03-06T05:10Z") that is the day
    before or after the date its header shows readers ("Tuesday, March 5, 2024" on the US
    west coast), or by a later day (a change's, the day it was saved). Where the header's
    date is a day off the metadata's or before it, the block states the shown one, and keeps
    the other as metadata_date."""
    import datetime

    from newscat.extract.dates import extract_published
    from newscat.extract.text import normalise

    block = text.split("\n---\n", 1)[0]
    stated = _DATE_FIELD.search(block)
    if stated is None:
        return text
    try:
        header = _header_above(lines, text.split("\n---\n", 1)[-1])
        shown = extract_published(normalise(header)) if header else None
    except Exception:  # only a better date is at stake: keep the metadata's
        return text
    if shown is None or len(shown.value) != 10:
        return text
    apart = datetime.date.fromisoformat(shown.value) - datetime.date.fromisoformat(
        stated.group("iso")
    )
    if apart.days > 1 or apart.days == 0:
        return text  # a later date in the header: an update's, or another story's
    # a day off, or earlier: a page's metadata may date it by its last change or by the day
    # it was saved ("Mon, 25 Dec 2023" in a site's header), never before it was published
    line = f'date: "{shown.value}"\nmetadata_date: "{stated.group("iso")}"'
    return text[: stated.start()] + line + text[stated.end() :]


_BLOCKS = (
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "time", "header",
    "section", "article", "span", "figcaption", "address", "dt", "dd",
)  # fmt: skip


def _parsed(data: bytes) -> Any:
    from trafilatura.utils import load_html  # its encoding detection, as for the main text

    return load_html(data)


def _with_head_restored(tree: Any) -> Any:
    """A stray element in a page's head (an empty <div> among its meta tags) ends the head
    for an HTML parser, which puts the meta tags after it in the body, where the metadata
    reader does not look (a page's og:site_name, og:url lost): those standing before the
    body's first text go back to the head."""
    head, body = (tree.find("head"), tree.find("body")) if tree is not None else (None, None)
    if head is None or body is None:
        return tree
    displaced = []
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in _NOT_SHOWN:
            continue  # a comment, or what a reader never sees
        if (element.text or "").strip() or (element.tail or "").strip():
            break
        if element.tag == "meta" and element.get("content") is not None:
            displaced.append(element)
    for element in displaced:
        head.append(element)  # moved, not copied: lxml takes it from the body
    return tree


_NOT_SHOWN = frozenset({"script", "style", "noscript", "template", "link", "title"})


def visible_text(data: bytes) -> str:
    """The page's visible text a block to a line, as a reader's copy has it: what the header
    rules for page copies read."""
    return _visible_text_of(_parsed(data))


def _visible_text_of(tree: Any) -> str:
    """visible_text() of a parsed page; empties the tree's scripts and styles."""
    if tree is None:
        return ""
    for element in tree.iter("script", "style", "noscript", "template"):
        element.text = ""
    for element in tree.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    return "\n".join(line.strip() for line in tree.text_content().splitlines() if line.strip())


HEADER_ABOVE = 12  # visible lines above the story's first line that its header may fill
# The main text may open with the headline and standfirst, above a byline-and-date line it
# leaves out: the header takes the short lines of the next few too (not the prose between).
HEADER_BELOW = 6
PARAGRAPH_WORDS = 25  # a line this long is prose (a standfirst, a paragraph), not a header line


def _header_above(lines: list[str], body: str) -> str | None:
    """The lines of the page just above the main text's first sentence (headline, byline,
    date), that line, and the short lines just below it: menus and teasers higher up are
    left out."""
    index = _story_start(lines, body)
    if index is None:
        return None
    below = lines[index + 1 : index + 1 + HEADER_BELOW]
    short = [line for line in below if len(line.split()) < PARAGRAPH_WORDS]
    return "\n".join([*lines[max(0, index - HEADER_ABOVE) : index + 1], *short])
