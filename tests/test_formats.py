"""Word and RTF documents, Nexis Uni and Factiva exports: articles written for these tests in
each database's layout (as LexisNexisTools and Factiva's own help describe them)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from newscat.documents import docx_text, rtf_text
from newscat.errors import NewscatError
from newscat.exports import split_export

HARBOUR = (
    "Harbour Council member Ruth Calder said the plan would bring 300 jobs. "
    "Omar Haddad, chairman of the Port Users Association, welcomed the vote on Tuesday."
)
FERRY = "Transport minister Lena Ortiz said the new ferry would run from June, twice a day."

NEXIS_UNI = [
    "User Name: Jane Reader",
    "Date and Time: Monday, March 5, 2012 10:14:00 AM EST",
    "Job Number: 123456",
    "Documents (3)",
    "1. Council approves harbour plan after long debate",
    "Client/Matter: -None-",
    "",
    "Council approves harbour plan after long debate",
    "The Harbour Times",
    "March 3, 2012 Saturday",
    "Final Edition",
    "Copyright 2012 Harbour Media Ltd All Rights Reserved",
    "Section: NEWS; Pg. 4",
    "Length: 38 words",
    "Byline: Imani Cole",
    "Body",
    HARBOUR,
    "Classification",
    "Language: ENGLISH",
    "Publication-Type: Newspaper",
    "Load-Date: March 4, 2012",
    "End of Document",
    "New ferry link to the islands",
    "Coastline Courier",
    "April 15, 2013 Monday",
    "Length: 17 words",
    "Byline: By Tomas Brennan",
    "Body",
    FERRY,
    "Load-Date: April 16, 2013",
    "End of Document",
    "An article whose text was not exported",
    "Coastline Courier",
    "April 16, 2013 Tuesday",
    "Body",
    "Load-Date: April 17, 2013",
    "End of Document",
]


def make_docx(path: Path, paragraphs: list[str]) -> Path:
    """A minimal Word document: one <w:p> a paragraph, as Word writes them."""
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
        for text in paragraphs
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
        )
        archive.writestr("word/document.xml", document)
    return path


def _rtf_escape(text: str) -> str:
    out = []
    for char in text:
        if char in "\\{}":
            out.append("\\" + char)
        elif ord(char) > 127:
            out.append(f"\\u{ord(char)}?")
        else:
            out.append(char)
    return "".join(out)


def make_rtf(path: Path, paragraphs: list[str]) -> Path:
    """RTF as word processors write it: a font and colour table, styles, then paragraphs."""
    body = "".join(f"{{\\pard\\plain\\f0\\fs24 {_rtf_escape(p)}\\par}}\n" for p in paragraphs)
    path.write_text(
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}"
        "{\\colortbl;\\red0\\green0\\blue0;}{\\*\\generator Writer 1.0;}"
        "{\\info{\\title Export}{\\author Someone}}\\uc1\n" + body + "}",
        encoding="ascii",
    )
    return path


def test_a_word_document_reads_as_its_paragraphs(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "a.docx", ["Title", "Café reopens", "Second & last"])
    assert docx_text(path.read_bytes()) == "Title\nCafé reopens\nSecond & last"


def test_rtf_text_handles_escapes_unicode_and_skipped_groups() -> None:
    data = (
        rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}{\*\themedata 0102}"
        rb"{\info{\author X}}\uc1 Caf\'e9 d\u8217?Or \{ok\}\par"
        b"\n"
        rb"Second\line line\tab end\par}"
    )
    assert rtf_text(data) == "Café d’Or {ok}\nSecond\nline\tend\n"


def test_damaged_documents_are_refused_in_one_line() -> None:
    with pytest.raises(NewscatError, match="damaged Word document"):
        docx_text(b"PK not really a zip")
    with pytest.raises(NewscatError, match="not an RTF document"):
        rtf_text(b"plain text")
    with pytest.raises(NewscatError, match="never closed"):
        rtf_text(rb"{\rtf1 {\b bold \par")


def test_nexis_uni_splits_past_the_cover_page() -> None:
    articles = split_export("\n".join(NEXIS_UNI))
    assert articles is not None and [a.number for a in articles] == [1, 2, 3]
    first = articles[0].text
    assert 'title: "Council approves harbour plan after long debate"' in first
    assert "sitename: The Harbour Times" in first and "export: nexis uni" in first
    assert 'date: "2012-03-03"' in first and "author: Imani Cole" in first
    assert "section: NEWS; Pg. 4" in first and "edition: Final Edition" in first
    assert "Job Number" not in first and "Load-Date" not in first
    assert "language: ENGLISH" in first and "Classification" not in first
    assert "author: Tomas Brennan" in articles[1].text
    assert articles[2].problem == "article has no body text"


FACTIVA_CODED = f"""HD
Council approves harbour plan after long debate
BY
Imani Cole
WC
38 words
PD
3 March 2012
SN
The Harbour Times
SC
HRBT
LA
English
CY
Copyright 2012 Harbour Media Ltd.
LP
{HARBOUR}
TD
The council meets again in May.
CO
hrbrco : Harbour Council
NS
gpol : Domestic Politics
AN
Document HRBT000020120303e8330000x
"""

FACTIVA_PLAIN = f"""New ferry link to the islands
Tomas Brennan
17 words
15 April 2013
10:15 GMT
Coastline Courier
CSTC
English
(c) 2013 Coastline Media
{FERRY}

Document CSTC000020130415e94f0001v
"""


def test_factiva_both_layouts() -> None:
    articles = split_export(FACTIVA_CODED + "\n" + FACTIVA_PLAIN)
    assert articles is not None and len(articles) == 2
    coded, plain = articles[0].text, articles[1].text
    assert 'title: "Council approves harbour plan after long debate"' in coded
    assert "sitename: The Harbour Times" in coded and 'date: "2012-03-03"' in coded
    assert "author: Imani Cole" in coded and "export: factiva" in coded
    assert HARBOUR in coded and "The council meets again in May." in coded
    assert "Domestic Politics" not in coded and "HRBT000020120303" not in coded
    assert 'title: "New ferry link to the islands"' in plain
    assert "sitename: Coastline Courier" in plain and 'date: "2013-04-15"' in plain
    assert "author: Tomas Brennan" in plain and plain.rstrip().endswith(FERRY)
    assert "CSTC" not in plain and "(c) 2013" not in plain


def _by_title(run) -> dict[str, dict]:
    rows = [json.loads(line) for line in run("export", "jsonl").stdout.splitlines()]
    return {row["title"]: row for row in rows}


def test_a_nexis_uni_word_export_is_catalogued_article_by_article(run, tmp_path: Path) -> None:
    export = make_docx(tmp_path / "nexis.docx", NEXIS_UNI)
    result = run("add", str(export))
    assert "nexis.docx#3: article has no body text" in result.stderr
    assert "added 2, already present 0, failed 1" in result.stderr
    rows = _by_title(run)
    harbour = rows["Council approves harbour plan after long debate"]
    assert harbour["path"].endswith("nexis.docx#1")
    assert harbour["published"] == "2012-03-03" and harbour["source"] == "The Harbour Times"
    assert harbour["authors"] == ["Imani Cole"]
    assert {p["name"] for p in harbour["people"]} == {"Ruth Calder", "Omar Haddad"}
    shown = json.loads(run("show", str(harbour["id"]), "--json").stdout)
    assert shown["evidence"]["source"]["rule"] == "export"
    assert "added 0, already present 2, failed 1" in run("add", str(export)).stderr


def test_factiva_rtf_and_html_exports(run, tmp_path: Path) -> None:
    folder = tmp_path / "factiva"
    folder.mkdir()
    make_rtf(folder / "coded.rtf", FACTIVA_CODED.splitlines())
    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in FACTIVA_PLAIN.splitlines())
    (folder / "plain.html").write_text(
        f"<html><head><title>Factiva</title><script>var x = 1;</script></head>"
        f'<body><div class="article">{paragraphs}</div></body></html>',
        encoding="utf-8",
    )
    result = run("add", str(folder))
    assert "added 2, already present 0, failed 0" in result.stderr
    rows = _by_title(run)
    harbour = rows["Council approves harbour plan after long debate"]
    assert harbour["path"].endswith("coded.rtf#1") and harbour["source"] == "The Harbour Times"
    ferry = rows["New ferry link to the islands"]
    assert ferry["path"].endswith("plain.html#1") and ferry["published"] == "2013-04-15"
    assert [p["name"] for p in ferry["people"]] == ["Lena Ortiz"]


def test_a_single_article_in_word_or_rtf_is_one_article(run, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    make_docx(folder / "one.docx", ["Harbour plan approved", "3 March 2012", "", HARBOUR])
    make_rtf(folder / "two.rtf", ["Ferry to the islands", "15 April 2013", "", FERRY])
    (folder / "broken.docx").write_bytes(b"not a zip at all")
    result = run("add", str(folder))
    assert "broken.docx: damaged Word document" in result.stderr
    assert "added 2, already present 0, failed 1" in result.stderr
    rows = _by_title(run)
    assert rows["Harbour plan approved"]["published"] == "2012-03-03"
    assert [p["name"] for p in rows["Ferry to the islands"]["people"]] == ["Lena Ortiz"]


def make_email(path: Path, *, plain: str | None, html: str | None, **header: str) -> Path:
    from email.message import EmailMessage

    message = EmailMessage()
    for name, value in header.items():
        message[name.replace("_", "-").title()] = value
    if plain is not None:
        message.set_content(plain)
        if html is not None:
            message.add_alternative(html, subtype="html")
    elif html is not None:
        message.set_content(html, subtype="html")
    path.write_bytes(bytes(message))
    return path


NEWSLETTER = {
    "from_": "Harbour Herald <newsletters@harbourherald.example>",
    "to": "reader@example.org",
    "subject": "Fwd: Ferry to the islands",
    "date": "Mon, 15 Apr 2013 07:00:00 +0100",
}


def test_an_email_reads_as_its_header_over_its_text(tmp_path: Path) -> None:
    from newscat.mail import email_text

    header = {key.rstrip("_"): value for key, value in NEWSLETTER.items()}
    plain = make_email(
        tmp_path / "a.eml", plain=f"Ferry to the islands\n\n{FERRY}\n", html=None, **header
    )
    assert email_text(plain.read_bytes()) == (
        "From: Harbour Herald <newsletters@harbourherald.example>\n"
        "Date: Mon, 15 Apr 2013 07:00:00 +0100\n"
        "Subject: Fwd: Ferry to the islands\n\n"
        f"Ferry to the islands\n\n{FERRY}\n"
    )
    # no plain part: the HTML's visible text, a block to a line
    html = f"<html><body><h1>Ferry to the islands</h1><p>{FERRY}</p></body></html>"
    only_html = make_email(tmp_path / "b.eml", plain=None, html=html, **header)
    assert email_text(only_html.read_bytes()).endswith(f"\n\nFerry to the islands\n{FERRY}\n")


def test_a_file_that_is_no_email_is_refused_in_one_line() -> None:
    from newscat.mail import email_text

    with pytest.raises(NewscatError, match="not an email"):
        email_text(b"just some words\nand more\n")


def test_emails_are_catalogued_with_their_header_as_evidence(run, tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    header = {key.rstrip("_"): value for key, value in NEWSLETTER.items()}
    make_email(folder / "ferry.eml", plain=f"By Dana Kelso\n\n{FERRY}\n", html=None, **header)
    (folder / "broken.eml").write_bytes(b"\x00\x01 not mail")
    result = run("add", str(folder))
    assert "broken.eml: not an email" in result.stderr
    assert "added 1, already present 0, failed 1" in result.stderr
    ferry = _by_title(run)["Ferry to the islands"]
    assert (ferry["published"], ferry["source"]) == ("2013-04-15", "Harbour Herald")
    assert ferry["authors"] == ["Dana Kelso"]
    assert [p["name"] for p in ferry["people"]] == ["Lena Ortiz"]
