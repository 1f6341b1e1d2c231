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
import zlib

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
    try:
        text = trafilatura.extract(
            data,
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
    if url and text.startswith("---\n"):
        # the address it was fetched from, after redirects, rather than the canonical link
        block, rest = text[4:].split("\n---\n", 1)
        fields = [line for line in block.splitlines() if not line.startswith("url:")]
        text = "---\n" + "\n".join([*fields, f"url: {url}"]) + "\n---\n" + rest
    return text
