"""Word (.docx) and RTF documents as plain text, one paragraph a line: how news databases
(Nexis Uni, Factiva) deliver their exports, and how people keep single articles too.

Both are read with the standard library: a .docx is a zip of XML (WordprocessingML), and RTF
is a text format of control words and groups whose text needs only the rules below."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from xml.etree import ElementTree

from newscat.reading import ReadProblem

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(data: bytes) -> str:
    """The paragraphs of a Word document's body (tables' cells included), a line each."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            xml = archive.read("word/document.xml")
        root = ElementTree.fromstring(xml)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError) as error:
        raise ReadProblem(f"damaged Word document ({error})") from None
    lines = []
    for paragraph in root.iter(f"{_W}p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == f"{_W}t":
                parts.append(node.text or "")
            elif node.tag == f"{_W}tab":
                parts.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
        lines.append("".join(parts))
    return "\n".join(lines)


# A control word (\par, \u8217, \'e9), a control symbol (\~ \- \\ \{ \}), a group brace, or text.
_RTF_TOKEN = re.compile(
    r"\\(?P<word>[a-zA-Z]{1,32})(?P<arg>-?\d{1,10})? ?|\\'(?P<hex>[0-9a-fA-F]{2})"
    r"|\\(?P<symbol>[^a-zA-Z'])|(?P<brace>[{}])|(?P<text>[^\\{}\r\n]+)|[\r\n]+"
)
# Groups whose content is not text: fonts, colours, styles, document info, pictures, fields'
# instructions, and every "\*" destination a reader may ignore.
_SKIPPED = frozenset(
    {"fonttbl", "colortbl", "stylesheet", "info", "pict", "fldinst", "header", "footer",
     "headerl", "headerr", "footerl", "footerr", "listtable", "listoverridetable", "rsidtbl",
     "generator", "themedata", "colorschememapping", "latentstyles", "datastore", "xmlnstbl",
     "object", "filetbl", "revtbl", "pgdsctbl", "bkmkstart", "bkmkend", "annotation"}
)  # fmt: skip
_BREAKS = {"par": "\n", "line": "\n", "row": "\n", "sect": "\n", "page": "\n", "cell": "\t",
           "tab": "\t", "emdash": "—", "endash": "–", "lquote": "‘", "rquote": "’",
           "ldblquote": "“", "rdblquote": "”", "bullet": "•", "emspace": " ", "enspace": " "}  # fmt: skip


def _codepage(number: str) -> str:
    import codecs

    name = "utf-8" if number == "65001" else f"cp{number}"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name


def rtf_text(data: bytes) -> str:
    """The text of an RTF document, a paragraph a line."""
    raw = data.decode("latin-1")
    if not raw.lstrip().startswith("{\\rtf"):
        raise ReadProblem("not an RTF document (it does not start with {\\rtf)")
    codepage = "cp1252"
    out: list[str] = []
    # Each group's state: skipped?, characters to drop after \uN (\ucN)
    stack: list[tuple[bool, int]] = []
    skipping, uc, drop = False, 1, 0
    pending_star = False
    for match in _RTF_TOKEN.finditer(raw):
        brace, word, text = match.group("brace"), match.group("word"), match.group("text")
        if brace == "{":
            stack.append((skipping, uc))
            pending_star = False
            continue
        if brace == "}":
            skipping, uc = stack.pop() if stack else (False, 1)
            continue
        if word is not None:
            arg = match.group("arg")
            if word in _SKIPPED or pending_star:
                skipping = True
            pending_star = False
            if skipping:
                continue
            if word == "ansicpg" and arg:
                codepage = _codepage(arg)
            elif word == "uc" and arg:
                uc = int(arg)
            elif word == "u" and arg:
                out.append(chr(int(arg) % 65536))
                drop = uc
            elif word in _BREAKS:
                out.append(_BREAKS[word])
            continue
        symbol = match.group("symbol")
        if symbol is not None:
            if symbol == "*":
                pending_star = True
            elif not skipping and symbol in "\\{}":
                out.append(symbol)
            elif not skipping and symbol == "~":
                out.append("\u00a0")
            continue
        if skipping:
            continue
        hex_byte = match.group("hex")
        if hex_byte is not None:
            if drop:
                drop -= 1
                continue
            out.append(bytes([int(hex_byte, 16)]).decode(codepage, errors="replace"))
            continue
        if text:
            if drop:  # the plain-text stand-in that follows a \uN
                cut = min(drop, len(text))
                text, drop = text[cut:], drop - cut
            out.append(text)
    if stack:
        raise ReadProblem("damaged RTF document (a group is never closed)")
    return re.sub(r"[ \t]+\n", "\n", "".join(out)).strip() + "\n"


_BLOCKS = ("p", "div", "br", "li", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5",
           "h6", "section", "article", "header", "footer", "blockquote", "pre")  # fmt: skip
_FACTIVA_ID = re.compile(rb"Document\s+[A-Za-z0-9]{20,30}\b")


def export_page_text(data: bytes) -> str | None:
    """A saved page that is a news-database export (Factiva's HTML: articles closed by their
    accession number) as text, a block a line, for newscat.exports to split; None for a page
    of one article, which trafilatura reads instead."""
    if _FACTIVA_ID.search(data) is None:
        return None
    import lxml.html

    try:
        root = lxml.html.fromstring(data)
    except (ValueError, lxml.etree.ParserError) as error:
        raise ReadProblem(f"damaged web page ({error})") from None
    for hidden in root.xpath("//head|//script|//style|//noscript"):
        hidden.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
        element.text = "\n" + (element.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
