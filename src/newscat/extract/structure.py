"""Which lines of a page copy are the story and which are furniture around it.

A page copied whole carries lists of other stories' headlines, menus of sections and
"trending" names beside the story. Such a list shows itself by shape, whatever the site: a run
of two or more lines that read like headlines (three words or more, no sentence end, no
figures, not a comma-separated list, few function words). In the manner of jusText's
paragraph classes, but by line, since copies lose the page's markup.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from newscat.extract.record import Found, Person
from newscat.extract.text import (
    CUT_SHORT,
    SENTENCE_MARKS,
    SHORT_LINE,
    Line,
    ad_label,
    hard_wrapped,
    is_boilerplate,
    list_paragraph,
    split_lines,
)
from newscat.extract.words import lexicon

# English function words: a story's sentences are about a third of them; headlines and menus
# have few.
FUNCTION_WORDS = frozenset(
    "a about after against all also an and any are as at be because been before being between "
    "both but by can could did do does during each for from had has have he her here him his "
    "how i if in into is it its just me more most my no not now of off on once only or other "
    "our out over said says she should so some such than that the their them then there these "
    "they this those through to too told under until up was we were what when where which "
    "while who whom why will with would you your".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
FEW_FUNCTION_WORDS = 0.34  # a headline's share, at most
ENGLISH_SHARE = 0.2  # an English text's share, at least
RUN = 2  # headline-like lines in a row that make a list
FIGURED_HEADLINE_WORDS = 5  # a headline with a figure or two in it has this many words at least
SENTENCE_WORDS = 10  # words in a line that reads as a story's sentence, at least
TAIL_ITEMS = 3  # list items after the story's last sentence that make its tail a list
BODY_RUN = 4  # sentences in a row, no list item between: a story's paragraphs
TAIL_RATIO = 4  # list items to each sentence in a tail, at least
_CLOSERS = "\"”'’)]"
PICTURE_CREDIT = re.compile(
    r"\((?:photo|picture|image)s?\b|\b(?:photo|picture|image)s? by\b"
    # a caption's sentence, then its credit: "… for two years. Source: Supplied"
    # (a copied page may glue the credit to the sentence: "… 2023.Photograph: Jane Roe")
    r"|[.!?][\"”’]?\s*(?:source|picture|photo(?:graph)?|image|credit)s?\s*:\s*\S"
    # or with no full stop, the credit ending the caption: "… in Edinburgh Photo: Jane Roe"
    r"|\s(?:picture|photo(?:graph)?|image)s?\s*:\s*[^\s:.!?][^:.!?]{0,40}$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+")


def _function_share(words: list[str]) -> float:
    found = sum(map(FUNCTION_WORDS.__contains__, map(str.lower, words)))
    return found / max(1, len(words))


def _headline_like(line: str) -> bool:
    stripped = line.strip()
    if stripped.endswith(SENTENCE_MARKS):  # most lines: prose, told before splitting words
        return False
    words = _WORD.findall(stripped)
    return (
        len(words) >= 3
        # figures: a table's row, unless a headline's year or count ("900km coastal road")
        and (
            not any(char.isdigit() for char in stripped)
            or (len(words) >= FIGURED_HEADLINE_WORDS and len(_NUMBER.findall(stripped)) <= 2)
        )
        and stripped.count(",") < 2
        and _function_share(words) < FEW_FUNCTION_WORDS
    )


@lru_cache(maxsize=4)  # asked by several readers of the same article
def _function_share_of_opening(text: str) -> float | None:
    """The share of English function words among the text's first words (not a whole page's
    blanked top); None where they are too few to tell."""
    words = _WORD.findall(text.lstrip("\n")[:5000])
    return _function_share(words) if len(words) >= 30 else None


def english(text: str) -> bool:
    share = _function_share_of_opening(text)
    return share is not None and share > ENGLISH_SHARE


def written_in_another_language(text: str) -> bool:
    """Long enough to tell, and too few of English's function words to be English."""
    share = _function_share_of_opening(text)
    return share is not None and share <= ENGLISH_SHARE


# "1 Photo sparks theories 2 Aides left notes 3 …": a numbered list of headlines run into one
# line, as a copied "most popular" box often is.
_NUMBERED_RUN = re.compile(r"^\s*1\.?\s+\S.{8,}?\s2\.?\s+\S.{8,}?\s3\.?\s+\S")


def furniture_runs(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that form runs of headline-like lines (blank lines between them do
    not break a run), and of numbered lists run into one line. Only for English: the
    function words are English ones."""
    if not english(text):
        return []
    lines = [line for line in split_lines(text) if line.text.strip()]
    runs: list[tuple[int, int]] = [
        (line.start, line.start + len(line.text))
        for line in lines
        if _NUMBERED_RUN.match(line.text)
    ]
    player = [_player_label(line.text) for line in lines]
    # another story's card inside the page: its headline, then its writer's name alone
    # (not a list of names, where a name of three words reads as a headline)
    alone = [_writer_alone(line.text) for line in lines]
    writer = [i > 0 and alone[i] and not alone[i - 1] for i in range(len(lines))]
    # a clip's title between a player's labels ("Video Ad Feedback" / title / "01:16")
    clip = [
        0 < i < len(lines) - 1 and player[i - 1] and player[i + 1] and not player[i]
        for i in range(len(lines))
    ]
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and (
            _headline_like(lines[end].text)
            or clip[end]
            or (end > index and (player[end] or writer[end]))
        ):
            end += 1
        kept = [line for i, line in enumerate(lines[index:end], index) if not player[i]]
        if len(kept) >= RUN:
            runs.extend((line.start, line.start + len(line.text)) for line in kept)
        index = max(end, index + 1)
    return sorted(set(runs))


# A video player's labels between the titles of its playlist: a clip's length, its source,
# "Now playing", an advert's label. They do not break the list of titles.
_PLAYER_LABEL = re.compile(
    r"\W*(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*-\s*source:.*)?|-?\s*source:\s*\S.{0,30}|"
    r"now playing|up next|playing next)\W*",
    re.IGNORECASE,
)


_WRITER_ALONE = re.compile(r"\s*[A-Z][a-z]+(?:[ \t]+[A-Z][\w'’-]+){1,2}\s*")


def _writer_alone(line: str) -> bool:
    """ "Ellen Vane": a line that is a name alone, a given name first, as a card's byline."""
    return _WRITER_ALONE.fullmatch(line) is not None and line.split()[0].lower() in lexicon(
        "first_names"
    )


def _player_label(line: str) -> bool:
    return _PLAYER_LABEL.fullmatch(line.strip()) is not None or ad_label(line)


def _ends_sentence(line: str) -> bool:
    """Ends as prose does: a full stop, or a question or exclamation inside a quotation. A
    bare question at the end is a headline's ("Will she wear a tiara?")."""
    bare = line.rstrip(_CLOSERS)
    if bare.endswith(CUT_SHORT) or not bare:
        return False
    return bare[-1] in ".:;" or (bare[-1] in "?!" and len(bare) < len(line))


def _sentence_line(line: str) -> bool:
    """A line of the story's prose: long enough, English function words, a sentence end; not a
    truncated teaser ("…") nor a picture caption."""
    stripped = line.strip()
    if not _ends_sentence(stripped):
        return False
    words = _WORD.findall(stripped)
    return (
        len(words) >= SENTENCE_WORDS
        and _function_share(words) > ENGLISH_SHARE
        and not PICTURE_CREDIT.search(stripped)
    )


def _row_of_names(line: str) -> bool:
    """A paragraph of names that ends as a sentence does (a team's line-up: "Sheahan, Horan,
    O'Callaghan, Miller."): few function words, but the story's, as no headline of a list
    ends with a full stop."""
    stripped = line.strip()
    return (
        # or a list long enough to need no full stop ("Dana Kelso (Harbour), Tom Vane, …"),
        # in few function words (a teaser's run-on prose has many)
        (
            (stripped.endswith(".") and stripped.count(",") >= ROW_COMMAS)
            or (
                list_paragraph(stripped)
                and _function_share(_WORD.findall(stripped)) <= ENGLISH_SHARE
            )
        )
        and not is_boilerplate(stripped)
        and not PICTURE_CREDIT.search(stripped)
    )


ROW_COMMAS = 3


def _list_item(line: str) -> bool:
    """A line that reads as another story's headline or teaser: several words, no full stop
    at its end (a question or a cut-off teaser is fine), not a row of figures."""
    stripped = line.strip()
    return (
        len(_WORD.findall(stripped)) >= 3
        and not _ends_sentence(stripped)
        and not stripped.endswith(")")
        and len(_NUMBER.findall(stripped)) <= 2
    )


def _tail_kind(text: str, wrapped: bool) -> str:
    """ "sentence", "item" (another story's headline or teaser) or neither: an advert's label
    or a caption between the story's paragraphs is neither (a caption is no sentence; the
    label and the caption are only sought where the line would count)."""
    if _sentence_line(text) or _row_of_names(text):
        return "" if ad_label(text) else "sentence"
    # a wire's paragraph wrapped at a width: its long lines are no list's items
    if _list_item(text) and not (wrapped and len(text) >= SHORT_LINE):
        return "" if ad_label(text) or PICTURE_CREDIT.search(text) else "item"
    return ""


@lru_cache(maxsize=4)  # asked by the people's and the source's readers of one article
def tail_span(text: str) -> tuple[int, int] | None:
    """The page's tail after the story: from the earliest line after one of the story's
    sentences where a run of other stories' headlines and teasers begins ("Most read",
    "Related" lists) and after which sentences are rare. Rows of figures (a results table)
    and captions are neither kind."""
    lines = [line for line in split_lines(text) if line.text.strip()]
    wrapped = hard_wrapped(text)
    kinds = [_tail_kind(line.text, wrapped) for line in lines]
    _mark_name_lists(text, lines, kinds)
    items = sentences = 0
    start = None
    run = 0  # the story's sentences in a row, lines of neither kind between them
    for index in range(len(lines) - 1, 0, -1):
        items += kinds[index] == "item"
        sentences += kinds[index] == "sentence"
        run = run + 1 if kinds[index] == "sentence" else 0 if kinds[index] else run
        if start is not None and run >= BODY_RUN:
            break  # the tail begins after the story's paragraphs, never above them
        if (
            kinds[index - 1] == "sentence"
            and sentences * TAIL_RATIO <= items
            and _opens_list(kinds, index)
        ):
            # from the list's first item, or its heading ("Related"): the lines before them
            # that are neither kind are the story's short sentences ("Quaytown lost on
            # Monday.") or its figures, as well as furniture that other rules read
            first = next(at for at in range(index, len(lines)) if kinds[at] == "item")
            if first > index and _heading_line(lines[first - 1].text):
                first -= 1
            start = lines[first].start
    return None if start is None else (start, len(text))


def english_tail(text: str) -> tuple[int, int] | None:
    """tail_span() where it can be read: the function words it counts are English ones."""
    return tail_span(text) if english(text) else None


def _heading_line(line: str) -> bool:
    stripped = line.strip()
    return len(stripped.split()) <= HEADING_WORDS and not _ends_sentence(stripped)


HEADING_WORDS = 4
NAME_LIST_ITEMS = 3  # names alone on their lines under a heading that make a list, at least
_NAME_LINE = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}")


def _mark_name_lists(text: str, lines: list[Line], kinds: list[str]) -> None:
    """A short heading over names alone on their lines ("Columnists", "Recent obituaries",
    then one name a line) is a list of the page's, like a list of headlines; a story's own
    list of names follows a sentence ("The winners were:") or a heading in the story's words
    ("Winners" under a story about a prize's winners)."""
    lowered = text.lower()  # once: the story above each heading is searched in place
    index = 0
    while index < len(lines):
        heading = lines[index].text.strip()
        end = index + 1
        while end < len(lines) and _NAME_LINE.fullmatch(lines[end].text.strip()):
            end += 1
        if (
            end - index - 1 >= NAME_LIST_ITEMS
            and kinds[index] != "sentence"
            and len(heading.split()) <= 4
            and not heading.endswith((":", ".", ","))
            and not _story_word(lowered, lines[index].start, heading)
        ):
            kinds[index:end] = ["item"] * (end - index)
        index = end


def _story_word(lowered: str, end: int, heading: str) -> bool:
    """Whether the (lower-cased) text above `end` uses one of a heading's words (a plural's
    stem will do)."""
    return any(
        len(word) > 3 and lowered.find(word.lower().removesuffix("s"), 0, end) >= 0
        for word in _WORD.findall(heading)
    )


# The heading of a page's comments, which come after the story: "22 Comments", "Comments (3)",
# "Leave a Reply", "Join the conversation", "Show 12 comments".
_COMMENTS_HEADING = re.compile(
    r"(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?"
    r"|(?:leave|post|add|write|submit) (?:a |your )?(?:comment|reply|response)\b.*"
    r"|(?:show|view|load|read|see) (?:all )?(?:\d+ )?(?:comments?|replies)\b.*"
    r"|join the (?:conversation|discussion|debate)\b.*"
    r"|comments are closed\b.*"
    # a blog's comment, its writer's name alone on a line: "Tom Vane says:"
    r"|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} says",
    re.IGNORECASE,
)
COMMENTS_AFTER = 3  # story sentences before a comments heading can end the story
_SENTENCE_STOP = re.compile(r"[a-z0-9][.!?][\"”’)]?(?=\s|$)")
COMMENTS_HEADING_WORDS = 6


def comments_heading(line: str) -> bool:
    """ "Comments", "Leave a comment", "Join the conversation": a page's comments under it."""
    return _COMMENTS_HEADING.fullmatch(line.strip(" \t|:-–—")) is not None


def comments_start(text: str) -> int | None:
    """Where an English page's comments begin: a short comments heading after the story's
    first few sentences (however little of the page around them is prose: a short wire story
    among a page's menus and lists). What follows is readers' words and the page's boxes, not the story."""
    lines = [line for line in split_lines(text) if line.text.strip()]
    headings = [
        index
        for index, line in enumerate(lines)
        if len(line.text.split()) <= COMMENTS_HEADING_WORDS
        and _COMMENTS_HEADING.fullmatch(line.text.strip(" \t|:-–—"))
    ]  # few lines are: the prose is only judged when one is
    if not headings:
        return None  # the story's sentences before a heading are English ones (or a wire's)
    sentences = 0
    wrapped = hard_wrapped(text)  # a wire's paragraph: its long lines are the story's prose
    for index, line in enumerate(lines[: headings[-1] + 1]):
        if (
            index in headings
            and sentences >= COMMENTS_AFTER
            and not _button_amid(lines, index, headings)
        ):
            return line.start
        if _sentence_line(line.text):  # a paragraph on one line: each of its sentences
            sentences += max(1, len(_SENTENCE_STOP.findall(line.text)))
        else:
            sentences += wrapped and len(line.text) >= SHORT_LINE
    return None


# What readers' comments carry: a reply button, a like, a time since, a writer's "says"
_COMMENT_MARK = re.compile(
    r"(?:reply|likes?|report|\d+ likes?)\W*|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} says:?"
    # "Nell Harrow · 2 hours ago", not a byline's "By Jane Roe · Launched 5 years ago"
    r"|(?!by\s)(?:[^\s]+\s+){0,3}\d+\s*[a-z]{1,7}\s+ago",
    re.IGNORECASE,
)


def _button_amid(lines: list[Line], index: int, headings: list[int]) -> bool:
    """ "Leave a comment" between a post's paragraphs: a button, where another heading
    follows and nothing between them is marked as a reader's comment."""
    later = [heading for heading in headings if heading > index]
    return bool(later) and not any(
        _COMMENT_MARK.fullmatch(line.text.strip()) for line in lines[index + 1 : later[0]]
    )


def _opens_list(kinds: list[str], index: int) -> bool:
    """The first few lines from here that are either kind are all list items."""
    first = [kind for kind in kinds[index:] if kind][:TAIL_ITEMS]
    return len(first) == TAIL_ITEMS and all(kind == "item" for kind in first)


def in_runs(starts: list[int], runs: list[tuple[int, int]], position: int) -> bool:
    """Whether a position falls in one of the runs (sorted, apart; `starts` their starts)."""
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and position < runs[index][1]


def story_people(
    text: str, people: list[Person], headline: Found | None, comments: int | None = None
) -> list[Person]:
    """People named only inside lists of other stories' headlines are the page's, not the
    story's: a celebrity under a "Trending" list. The headline's own line is story, and
    a person given a role is kept. Nor are people named only after the page's comments
    heading (`comments`, found before the page's furniture lines were blanked)."""
    if not people:
        return people
    runs = furniture_runs(text)
    if headline is not None:
        runs = [(a, b) for a, b in runs if not a <= headline.start < b]
    tail = english_tail(text)
    if comments is not None and (tail is None or comments < tail[0]):
        tail = (comments, len(text))
    if tail is not None and (headline is None or headline.start < tail[0]):
        runs = [(a, b) for a, b in runs if b <= tail[0]] + [tail]
    if not runs:
        return people
    starts = [a for a, _ in runs]
    # where each surname stands, in one pass over the text's words (not one per person)
    surnames = {person.name.split()[-1] for person in people if person.role is None}
    places: dict[str, list[int]] = {}
    for word in _NAME_WORD.finditer(text):
        if word.group() in surnames:
            places.setdefault(word.group(), []).append(word.start())
    kept = []
    for person in people:
        seen = places.get(person.name.split()[-1]) or [person.start]
        in_tail = tail is not None and all(p >= tail[0] for p in seen)
        if not in_tail and (
            person.role is not None or not all(in_runs(starts, runs, p) for p in seen)
        ):
            kept.append(person)
    return kept


_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*[^\W_]|[^\W\d_]")
