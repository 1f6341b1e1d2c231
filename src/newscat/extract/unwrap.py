"""A copy wrapped at a width (mail, plain-text archives, a text browser's dump), read a paragraph
a line as the people's rules read pages.

A line that fills the width runs on into the next: its line break becomes a space, so every
position stays where it was and a span found in the unwrapped copy is the same span in the
text. A line in capitals (a wire's headline, however long), a line short of the width (a
paragraph's last, a headline, a list's item), a blank line and an indented line (a wire's
paragraph opening) end where they do; a metadata block's fields stay one a line. A text whose
long lines end their sentences (one sentence a line) is no wrapped text.
"""

from __future__ import annotations

from newscat.extract.metadata import read_metadata
from newscat.extract.text import SENTENCE_MARKS, SHORT_LINE, hard_wrapped

WRAP_SLACK = 12  # characters a wrapped paragraph's line may fall short of the width
MIN_LINES = 5  # lines it takes to tell a width
MIN_BROKEN_LINES = 3  # lines broken off mid-sentence at the width that tell a wrap


def unwrapped(text: str) -> str:
    """The text with its wrapped paragraphs one a line; the text itself where it is not
    hard-wrapped."""
    if not hard_wrapped(text):
        return text
    block = read_metadata(text)
    head, body = (text[: block.end], text[block.end :]) if block else ("", text)
    lines = body.split("\n")
    width = _width(lines)
    if not width:
        return text
    out = [head]
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        out.append(line)
        runs_on = (
            len(line.rstrip()) >= width - WRAP_SLACK
            and following.strip()
            and not following[:1].isspace()
            and not line.isupper()
        )
        out.append(" " if runs_on else "\n")
    return "".join(out[:-1])


def _width(lines: list[str]) -> int:
    """The width the text is wrapped at: the length most of its lines come up to (a tenth
    may be longer: a table's rows, an address)."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    width = lengths[len(lengths) * 9 // 10] if len(lengths) >= MIN_LINES else 0
    if width < SHORT_LINE:
        return 0  # a short text's lines: a header's, a list's
    # the width is a wrap's where lines that fill it break off mid-sentence; one sentence a
    # line (a short story's paragraphs, a list) is no wrapped text, however long its lines
    broken = sum(
        len(line.rstrip()) >= width - WRAP_SLACK and not line.rstrip().endswith(SENTENCE_MARKS)
        for line in lines
    )
    return width if broken >= MIN_BROKEN_LINES else 0
