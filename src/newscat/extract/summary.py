"""The summary: the lede, i.e. the first one to three sentences of the story's body.

Header lines come before the body and are passed over: the headline again, date lines,
bylines, labels, datelines standing alone ("LONDON 1996-08-30"), a writer's name, a venue.
What they share is that they are no sentence: short, without a full stop, or mostly a date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newscat.extract.record import Found
from newscat.extract.text import Line, content_lines, hard_wrapped, sentence_end
from newscat.extract.title import DATELINE_PREFIX

SUMMARY_CHARS = 300  # sentences are added while the summary stays this short
MAX_SENTENCES = 3
LONG_SENTENCE = 450  # a first sentence longer than this is cut at a clause or word
LEDE_REACH = 60  # content lines looked at for the body's start
PARAGRAPH_REACH = 3000  # characters of the lede paragraph read
MIN_LEDE_WORDS = 6  # a shorter first "sentence" is a name, a place or a label
HEADER_WORDS = 10  # a line this short with no full stop is a header, not body
HEADER_LINE_WORDS = 30  # a byline, label or link line is no longer than this
FULL_LINE = 45  # characters: a hard-wrapped line this long runs on into the next

_WORD = re.compile(r"\w+")
_SENTENCE_STOP = re.compile(r"[.!?:][\"'”’)]*\s*$")
_DATE_WORD = re.compile(
    r"\d{1,4}|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*"
    r"|dec\w*|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*|am|pm|gmt|utc|[ecmp][sd]t"
    r"|st|nd|rd|th|updated|published|posted|last|modified|on|at",
)
# "By Jane Doe", "By . Daily Mail Reporter", "Published: …", "Photo: …", "Read more".
_HEADER_START = re.compile(
    r"^\W*(?:by\b[\s.:|]*[A-Z]|(?:published|updated|posted|last (?:updated|modified)|photo|"
    r"image|caption|credit|source|copyright|read more|share|follow|advertisement)\b|©)",
    re.IGNORECASE,
)
# "Humiliation: Ashleigh Davis can be seen …": a caption's label; "NEW DELHI: The …" is a
# dateline (capitals), and is cut off instead.
_LABEL = re.compile(r"^[^\W\d][\w'’-]*(?: [\w'’-]+){0,2}:\s")
# "… surveillance laws by: Laurie Oakes": a headline with the byline run on.
_BYLINE_TAIL = re.compile(r"\b[Bb]y:?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s*$")
_URL = re.compile(r"https?://|www\.")
_CAPS_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,30}(?:\([^)]{1,30}\))?\s*(?::|[-–—]+)\s+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _mostly_date(words: list[str]) -> bool:
    return sum(1 for word in words if _DATE_WORD.fullmatch(word)) * 2 > len(words)


def _is_title(words: list[str], title: Found | None) -> bool:
    if title is None:
        return False
    title_words = _words(title.value.rstrip("…"))
    if title.derived:  # a headline ending in a full stop is read as a first sentence
        return words == title_words
    return bool(title_words) and words[: len(title_words)] == title_words


def _is_label(text: str) -> bool:
    return bool(_LABEL.match(text)) and not _CAPS_DATELINE.match(text)


def _header(text: str, title: Found | None) -> bool:
    """A line or sentence that is no part of the body (see the module's docstring)."""
    words = _words(text)
    if not words or _mostly_date(words):
        return True
    if len(words) < HEADER_LINE_WORDS and (_HEADER_START.match(text) or _URL.search(text)):
        return True
    if not _SENTENCE_STOP.search(text) and (len(words) < HEADER_WORDS or _BYLINE_TAIL.search(text)):
        return True
    return _is_title(words, title) and len(words) <= len(_words(title.value)) + 2  # type: ignore[union-attr]


def _lede_start(sentence: str) -> str:
    """The sentence without a dateline before it."""
    for pattern in (_CAPS_DATELINE, DATELINE_PREFIX):
        match = pattern.match(sentence)
        if match and len(_words(sentence[match.end() :])) >= MIN_LEDE_WORDS:
            return sentence[match.end() :]
    return sentence


def _sentences(paragraph: str) -> list[str]:
    out: list[str] = []
    start = 0
    while start < len(paragraph) and len(out) < 12:
        end = sentence_end(paragraph, start)
        out.append(paragraph[start:end].strip())
        start = end
    return [s for s in out if s]


def _cut(sentence: str) -> str:
    """A first sentence too long for a summary, cut at a clause (or else a word) with '…'."""
    head = sentence[:LONG_SENTENCE]
    for mark in ("; ", ", "):
        cut = head.rfind(mark)
        if cut > SUMMARY_CHARS // 2:
            return head[:cut] + "…"
    return head.rsplit(" ", 1)[0] + "…"


def _continues(before: Line, after: Line, wrapped: bool) -> bool:
    """Whether a line goes on in the next: a wrapped paragraph's next line, or a sentence
    broken off mid-way ("defend the Ashes in" / "a six-test series"), even over a blank line."""
    if wrapped and after.index == before.index + 1 and len(before.text) >= FULL_LINE:
        # a table row ("Payable March 31") under a line of prose ends the paragraph
        return len(after.text) >= FULL_LINE or bool(_SENTENCE_STOP.search(after.text))
    return not _SENTENCE_STOP.search(before.text) and after.text[:1].islower()


def _paragraph(lines: list[Line], index: int, wrapped: bool) -> str:
    parts, length = [lines[index].text], len(lines[index].text)
    for before, after in zip(lines[index:], lines[index + 1 :], strict=False):
        if length > PARAGRAPH_REACH or not _continues(before, after, wrapped):
            break
        parts.append(after.text)
        length += len(after.text)
    return " ".join(" ".join(parts).split())


def _opening(sentences: list[str], title: Found | None) -> int | None:
    """Index of the first sentence of the body, past headers glued onto the lede's line."""
    for index, sentence in enumerate(sentences):
        if _header(sentence, title) or _is_label(sentence):
            continue
        if len(_words(sentence)) >= MIN_LEDE_WORDS:
            return index
    return None


def _title_end(text: str, title: Found | None) -> int:
    """Where the headline ends; 0 when the title was derived from the lede itself (a derived
    title that fills its own line, "Soccer - McCarthy names team.", is a headline too)."""
    if title is None:
        return 0
    if not title.derived:
        return title.end
    if title.value.endswith("…"):  # cut from a long first sentence: that is the lede
        return 0
    rest = text[title.end : title.end + 3].lstrip(".")
    return title.end if not rest or rest.startswith("\n") else 0


def extract_summary(text: str, title: Found | None, authors: Sequence[str] = ()) -> str:
    """The first sentences of the body: never a header line, cut at a sentence end."""
    wrapped = hard_wrapped(text)
    start_after = _title_end(text, title)
    lines = content_lines(text)[:LEDE_REACH]
    bios = tuple(f"{author} {verb} " for author in authors for verb in ("is", "was", "has"))
    for index, line in enumerate(lines):
        if line.start < start_after or _is_label(line.text):
            continue
        if bios and line.text.lstrip().startswith(bios):
            continue  # the writer's bio by the byline: "Jane Doe is the mayor of …"
        following = lines[index + 1] if index + 1 < len(lines) else None
        runs_on = following is not None and _continues(line, following, wrapped)
        if not runs_on and _header(line.text, title):
            continue
        sentences = _sentences(_paragraph(lines, index, wrapped))
        first = _opening(sentences, title)
        if first is None:
            continue
        lede = _lede_start(sentences[first])
        if len(lede) > LONG_SENTENCE:
            return _cut(lede)
        chosen = [lede]
        for sentence in sentences[first + 1 : first + MAX_SENTENCES]:
            if len(" ".join([*chosen, sentence])) > SUMMARY_CHARS or _header(sentence, title):
                break
            if _is_label(sentence) or not _SENTENCE_STOP.search(sentence):
                break
            chosen.append(sentence)
        return " ".join(chosen)
    return _table_lines(lines, start_after, title)


def _table_lines(lines: list[Line], start_after: int, title: Found | None) -> str:
    """A body with no sentence (a results table, a dividend notice): its first rows."""
    rows: list[str] = []
    for line in lines:
        if line.start < start_after or _is_label(line.text):
            continue
        row = _lede_start(line.text)
        words = _words(row)
        if len(words) < 2 or _mostly_date(words) or _HEADER_START.match(line.text):
            continue
        if _is_title(words, title):
            continue
        row = " ".join(row.split())
        rows.append(_cut(row) if len(row) > LONG_SENTENCE else row)
        if len(rows) == MAX_SENTENCES or len(_words(" ".join(rows))) >= MIN_LEDE_WORDS:
            break
    return "; ".join(rows)
