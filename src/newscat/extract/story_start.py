"""Where the story starts in a page copied whole ("select all, copy"): menus, tickers, the
day's date, promotions and other stories' headlines fill a long stretch above the headline.

Read by shape, whatever the site: the story's body is the page's longest run of prose lines
(long, English function words, a sentence end, in the manner of jusText's paragraph
classes; other languages' pages are left whole), and its headline is the headline-shaped
line above the body whose words the body's first paragraphs repeat, not one of a list of
other stories' headlines. The topmost line that repeats nearly as many of them as the best
does is taken (a standfirst or a caption under the headline repeats the lede as well, and
stands lower), or one that repeats a third of its words and stands right over a byline or a
date. Where other stories' teasers (a headline and a sentence each) run into the story as
prose, its headline stands inside the run, over its byline or date, with most of the run
under it.
"""

from __future__ import annotations

import re

from newscat.extract.authors import credits_a_desk, dashed_byline, extract_authors, writer_line
from newscat.extract.dates import date_line, find_dates, tweet_signature
from newscat.extract.structure import FUNCTION_WORDS, PICTURE_CREDIT, comments_heading
from newscat.extract.text import (
    CREDIT_WORDS,
    CUT_SHORT,
    WRAPPED_LINE,
    Line,
    ad_label,
    ends_in_abbreviation,
    ends_sentence,
    genre_label,
    is_boilerplate,
    label_over_headline,
    labels_run_together,
    lede_line,
    list_paragraph,
    menu_label,
    menu_line,
    opens_as_headline,
    picture_credit_line,
    reporting_from,
    sentence_end,
    signless_copyright,
    split_lines,
    standfirst_under,
)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
PROSE_WORDS = 10  # words in a line of the body's prose, at least
PROSE_FUNCTION_SHARE = 0.25  # and this share of them function words
PREAMBLE_LINES = 5  # lines above the headline that make a page copied whole, at least
HEADLINE_REACH = 60  # lines above the body where its headline may stand
LEDE_LINES = 6  # the body's first prose lines, whose words the headline shares
STEM = 5  # letters a word is compared by ("militants" and "militant")
LEAST_STEMS = 3  # words a line's share of the lede is counted over, at least
SHARED = 0.5  # of the headline's words, the share the lede repeats, at least
SHARED_OVER_BYLINE = 0.3  # or this share, right over a byline or a date
NEAR_BEST = 0.8  # a line this close to the best one's share is as good a headline
HEADLINE_WORDS = (4, 30)
ENDING_LINES = 3  # lines under the body's last paragraph where its credits stand
SENTENCE_WORDS = 4  # words of a short sentence that still belongs to the body
SUBHEAD_WORDS = 4  # words of a subhead between the body's paragraphs, at most
LIST_RUN = 3  # headline-shaped lines in a row that make a list of other stories
TITLE_CASE_WORDS = 5  # longer words of a line in title case, at least
STORY_WORDS = 80  # a run of prose lighter than the heaviest: the words it must weigh
TEASERS_WORDS = 1500  # other stories' teasers over a story weigh no more than this


def _prose(text: str) -> bool:
    words = _WORD.findall(text)
    return (
        len(words) >= PROSE_WORDS
        and _runs_as_prose(words)
        and text.rstrip("\"'”’)").endswith((".", "!", "?", ":"))
    )


def _runs_as_prose(words: list[str]) -> bool:
    """Words joined as a sentence's are: no title case, and function words among them."""
    function_words = sum(word.lower() in FUNCTION_WORDS for word in words)
    return not _title_case(words) and function_words >= PROSE_FUNCTION_SHARE * len(words)


def _title_case(words: list[str]) -> bool:
    """A headline's words in title case ("Is An 'Oxygen Bar' In Delhi Offering Fresh Air
    For Rs 300?"), which no sentence of a body has: nearly every longer word a capital."""
    long = [word for word in words if len(word) > 3]
    return len(long) >= TITLE_CASE_WORDS and sum(w[0].isupper() for w in long) >= 0.9 * len(long)


def _weight(text: str, words: int) -> int:
    """A prose line's words; nothing for a long sentence of names and figures, which few
    function words join ("The roadshow featured the adviser, Jane Roe, Tom Vane …"), as
    jusText counts its near-good paragraphs between good ones; the other lines' words off."""
    if _prose(text):
        return words
    if words >= PROSE_WORDS and text.rstrip("\"'”’)").endswith((".", "!", "?")):
        return 0
    return -max(3, words)


def _bodies(lines: list[Line]) -> list[tuple[int, int, int]]:
    """Runs of prose (first line, last line, weight), each the best stretch of a part of the
    page where prose outweighs the rest: each prose line adds its words, any other line takes
    off its words (three at least), as in a maximum-sum stretch, and a part ends where the
    sum falls to nothing."""
    runs: list[tuple[int, int, int]] = []
    total = best = 0
    start = 0
    found: tuple[int, int] | None = None
    for index, line in enumerate(lines):
        words = len(_WORD.findall(line.text))
        if total <= 0:
            if found is not None:
                runs.append((*found, best))
            total = best = 0
            start, found = index, None
        total += _weight(line.text, words)
        if total > best:
            best, found = total, (start, index)
    if found is not None:
        runs.append((*found, best))
    return runs


def _stems(text: str) -> set[str]:
    return {
        word.lower().removesuffix("'s").removesuffix("’s")[:STEM]  # "Page's" is "Page"
        for word in _WORD.findall(text)
        if len(word) >= 3 and word.lower() not in FUNCTION_WORDS
    }


def _headline_shaped(text: str) -> bool:
    words = text.split()
    return (
        HEADLINE_WORDS[0] <= len(words) <= HEADLINE_WORDS[1]
        and (
            not text.rstrip("\"'”’)").endswith((".", ",", ";", ":"))
            or ends_in_abbreviation(text)
            or text.rstrip().endswith(CUT_SHORT)  # "Meanwhile, In Harbour Court..."
        )
        and not text.rstrip().endswith(("—", "–", " -", "--"))  # "Harbourton (AP) —": a dateline
        and opens_as_headline(text)
        and "http" not in text
        and not menu_line(text)
        and not find_dates(text)
        and not PICTURE_CREDIT.search(text)  # a caption: "… (Picture by Jane Roe)"
        and not _TOPIC_LINKS.search(text)  # "Business More: Harbour Quaytown Longform"
        and not _credit_line(text)
        and not signless_copyright(text)  # "1996-2016 The Harbour Post"
        and not labels_run_together(text)  # "Homepage News Entertainment Beauty Books"
        and not (is_boilerplate(text) and not _LINK_TO_STORY.match(text))  # "Credit...Jane Roe"
        and not reporting_from(text)  # "Jane Roe reported from Lagos.": the byline's
        and not _ADDITIONAL_REPORTING.match(text)  # a credit under the story
        and words[-1].lower() not in _NEVER_LAST  # "… can be set by" over a code block
    )


# A line of topic links after their label: "More: Harbour Quaytown", "Tags: Harbour"
_TOPIC_LINKS = re.compile(r"\b(?:More|Tags|Topics|Filed under)\s*:\s", re.IGNORECASE)
# Words no headline ends in: a sentence broken off before a listing, a quote or a table.
_NEVER_LAST = frozenset("a an the and or nor but by of with from into than whose its".split())
_ADDITIONAL_REPORTING = re.compile(r"\W*additional reporting\b", re.IGNORECASE)


STOPPED_HEADLINE_WORDS = 20  # a headline ending in a full stop, at most


def _stopped_headline(lines: list[Line], index: int) -> bool:
    """ "Harbour wall to be rebuilt.": a headline some outlets end with a full stop, one
    sentence over its byline or date, with at most a label over it (a standfirst, also a
    sentence over the byline, has its headline over it)."""
    text = lines[index].text.strip()
    return (
        text.endswith(".")
        and not text.endswith("..")
        and len(text.split()) <= STOPPED_HEADLINE_WORDS
        and sentence_end(text) >= len(text) - 1
        and _headline_shaped(text[:-1])
        and (index == 0 or _label(lines[index - 1].text.strip()))
        and _over_byline(lines, index)
    )


def _label(text: str) -> bool:
    """A label, the piece's kind ("Analysis") or a date: no headline a standfirst stands
    under."""
    return label_over_headline(text) or genre_label(text) or _byline_or_date(text)


def _credit_line(text: str) -> bool:
    """A byline, or a line of writers' names ("By Jane Roe, Harbour Gazette", "Jane Roe and
    Tom Vane"): it may share all its words with the lede where a writer's bio ends the
    story, and is still no headline."""
    if _BYLINE.match(text):
        return bool(extract_authors(text)) or credits_a_desk(text)
    return writer_line(text)


# "By Jane Roe", "by:", "Reporting by Jane Roe", "Author: Jane Roe"
_BYLINE = re.compile(
    rf"^\W*(?:(?:(?:{CREDIT_WORDS})\s+)?by\b\W*(?:[A-Z]|$)|authors?\s*:\s*[A-Z])",
    re.IGNORECASE,
)
DATE_LINE_WORDS = 8
UNDER_HEADLINE = 1  # the byline or date stands right under the headline (a kicker: further)
BUTTON_LINES = 2  # buttons' lines between them, at most
STANDFIRST_BUTTONS = 4  # buttons' lines between a standfirst and the byline, at most
CREDIT_LINE_WORDS = 16  # a byline under a standfirst: "By Jane Roe November 19, 2023 7:18 pm"


def _over_byline(lines: list[Line], index: int) -> bool:
    """A byline or a date line right under it, as under a headline (and no caption), or
    under its standfirst, a sentence ("Same tears, different emotions.")."""
    # past a button's line under it ("Share", "5 min read") or the piece's kind ("Analysis")
    under = [
        line
        for line in lines[index + 1 : index + 1 + UNDER_HEADLINE + BUTTON_LINES]
        # ("Dana Kelso / Harbour Wire" is a writer's line, though shaped like a breadcrumb)
        if (not is_boilerplate(line.text) or writer_line(line.text)) and not genre_label(line.text)
    ][:UNDER_HEADLINE]
    if any(_byline_or_date(line.text) for line in under):
        return True
    standfirst = lines[index + 1].text.rstrip() if index + 1 < len(lines) else ""
    # past the buttons under the standfirst ("Gift this article", "Save", "Listen to this
    # article · 9:01 min")
    credit = ""
    for line in lines[index + 2 : index + 2 + STANDFIRST_BUTTONS + 1]:
        if not is_boilerplate(line.text) or comments_heading(line.text):
            credit = line.text.strip()  # (under "Comments", a reader's name is no byline)
            break
    # a byline's line is short and no sentence ("By the Constitution and every law …" is one)
    return (
        standfirst.endswith((".", "!", "?"))
        and len(credit.split()) <= CREDIT_LINE_WORDS
        and not credit.endswith((".", "!", "?"))
        and _byline_or_date(credit)
    )


def _over_picture_credit(lines: list[Line], index: int) -> bool:
    """A caption, over its picture's credit ("Image: Jane Roe")."""
    return index + 1 < len(lines) and picture_credit_line(lines[index + 1].text)


def _byline_or_date(line: str) -> bool:
    text = line.strip()
    return bool(
        _BYLINE.match(text)
        or (len(text.split()) <= DATE_LINE_WORDS and find_dates(text))
        or date_line(text)  # "Published: Wednesday, 21 Sep 2011 | 4:35 PM ET"
        or writer_line(text)
        or dashed_byline(text) is not None  # "Jane Roe - 4 hours ago"
    )


def share_of_lede(text: str, lede: set[str]) -> float:
    """The share of a line's words the lede repeats, counted as of LEAST_STEMS words at least
    (a menu's "All US & World" that shares its one word is no headline)."""
    words = _stems(text)
    return len(words & lede) / max(LEAST_STEMS, len(words))


def lede_words(lines: list[Line]) -> set[str]:
    """The words (as stems) of the story's first paragraphs, which its headline shares (long
    lines ending a sentence: a quicker test than _prose(), run on every article)."""
    lede: set[str] = set()
    taken = 0
    for line in lines:
        if lede_line(line.text):
            lede |= _stems(line.text)
            taken += 1
            if taken == LEDE_PARAGRAPHS:
                break
    return lede


LEDE_PARAGRAPHS = 6  # as many as LEDE_LINES


def _in_list(index: int, shares: dict[int, float]) -> bool:
    """One of LIST_RUN or more headline-shaped lines in a row that share few of the lede's
    words: other stories' headlines, about other things (a headline over its standfirst
    shares many)."""
    run = [index]
    for step in (-1, 1):
        neighbour = index + step
        while neighbour in shares:
            run.append(neighbour)
            neighbour += step
    return len(run) >= LIST_RUN and sum(shares[n] for n in run) / len(run) < SHARED


_TITLE_SUFFIX = re.compile(r"\s+[|–—:-]+\s+\S")  # " | Site Name", " - Site Name"


def _without_page_title(lines: list[Line], index: int, first: int) -> int:
    """The headline itself where the line found is the page's title, echoed over it with
    the site's name after a bar or a dash ("Headline | Site Name Loaded"): the headline is
    the line below that the echo starts with."""
    echo = lines[index].text.strip()
    for below in range(index + 1, first):
        text = lines[below].text.strip()
        if len(text) < len(echo) and echo.startswith(text) and _TITLE_SUFFIX.match(echo, len(text)):
            return below
    return index


def lines_above(text: str, offset: int, count: int) -> int:
    """The offset of the count-th written line above offset (a kicker, the date over a
    headline)."""
    for _ in range(count):
        above = text[:offset].rstrip("\n")
        if not above:
            break
        offset = above.rfind("\n") + 1
    return offset


def _lede_after(lines: list[Line], index: int, end: int) -> set[str]:
    """The words of the first LEDE_LINES prose lines under a line (no further: a long run
    read again for each line in it would cost its square)."""
    lede: set[str] = set()
    taken = 0
    for line in lines[index + 1 : end + 1]:
        if taken == LEDE_LINES:
            break
        if _prose(line.text):
            lede |= _stems(line.text)
            taken += 1
    return lede


def _headline_inside(lines: list[Line], first: int, end: int) -> int | None:
    """Other stories' teasers (a headline and a sentence each) read as prose too, and may run
    into the story: then its headline stands inside the run, right over its byline or date,
    its words repeated by the prose under it."""
    for index in range(first + 1, end + 1):
        text = lines[index].text.strip()
        if (
            _headline_shaped(text)
            and _over_byline(lines, index)
            and share_of_lede(text, _lede_after(lines, index, end)) >= SHARED
        ):
            return index
    return None


def _prose_words(lines: list[Line]) -> int:
    return sum(len(_WORD.findall(line.text)) for line in lines if _prose(line.text))


def _holds_most(lines: list[Line], index: int, first: int, end: int) -> bool:
    """Most of the run's prose stands under this line."""
    return _prose_words(lines[index : end + 1]) * 2 >= _prose_words(lines[first : end + 1])


def story_start(text: str) -> int:
    """The offset of the story's headline where a long page's furniture stands above it;
    0 where the text starts with its story (as most copies and every wire story do)."""
    return story_window(text)[0]


def story_window(text: str) -> tuple[int, int]:
    """Where a page copied whole has its story: from its headline to the end of the line
    ENDING_LINES under the body's last paragraph (a sign-off, a credit); (0, len(text))
    where the text starts with its story."""
    whole = (0, len(text))
    lines = [line for line in split_lines(text) if line.text.strip()]
    if len(lines) < PREAMBLE_LINES * 2 or max(len(line.text) for line in lines) <= WRAPPED_LINE:
        return whole  # short, or a wire story's wrapped lines: none of them a paragraph
    if _opens_with_its_header(lines):
        return whole
    runs = _bodies(lines)
    if not runs:
        return whole
    # the story's body, or the footer's blurbs and a cookie notice, longer still: the
    # heaviest run with a headline over it
    found = next(
        (
            (last, headline)
            for rank, (first, last, weight) in enumerate(sorted(runs, key=lambda run: -run[2]))
            if (rank == 0 or weight >= STORY_WORDS)
            and (headline := _headline_over(lines, first, last)) is not None
        ),
        None,
    )
    if found is None:
        return whole
    last, headline = found
    if headline < PREAMBLE_LINES:
        return whole
    ending = lines[min(len(lines) - 1, max(last + ENDING_LINES, _last_sentence(lines, last)))]
    return lines[headline].start, ending.start + len(ending.text)


def _opens_with_its_header(lines: list[Line]) -> bool:
    """A headline on the first line and "By Jane Roe - January 10, 2020" under it: the text
    starts with its story, however far code listings or tables break its body up below."""
    first = lines[0].text.strip()
    return (
        2 <= len(first.split()) <= HEADLINE_WORDS[1]
        and not first.endswith(".")
        and opens_as_headline(first)
        and not is_boilerplate(first)
        and not menu_line(first)
        and bool(_BYLINE.match(lines[1].text.strip()))
    )


def _sentence(text: str) -> bool:
    if list_paragraph(text):
        return True  # a team's line-up, the winners of prizes: no full stop needed
    if len(text.split()) >= SENTENCE_WORDS and text.rstrip("\"'”’)").endswith((".", "!", "?")):
        return True
    # a paragraph whose end a copy lost with a link ("… will play Cypriot"): its words still
    # run as prose does
    words = _WORD.findall(text)
    return len(words) >= CUT_PARAGRAPH_WORDS and _runs_as_prose(words)


CUT_PARAGRAPH_WORDS = 25


def _last_sentence(lines: list[Line], last: int) -> int:
    """The body's end carried over the short sentences after its last paragraph ("Colombia
    had lost to Belgium on Monday."), and over a subhead, an advert's label, a caption or a
    link to another story between them ("AUSTRALIA AHEAD", "Advertisement", "READ MORE:
    …"), up to where the page's lists start."""
    index = last
    while index + 1 < len(lines):
        following = lines[index + 1].text.strip()
        if _sentence(following):
            index += 1
            continue
        step = 1  # past one subhead, or a few lines of furniture
        if (
            len(following.split()) <= SUBHEAD_WORDS
            and not _between_paragraphs(following)
            and not _LINK_LABEL.match(following)
        ):
            step = 2
        else:
            while step <= BETWEEN_LINES and index + step < len(lines):
                current = lines[index + step].text.strip()
                if _between_paragraphs(current):
                    step += 1
                elif _LINK_LABEL.match(current):
                    step += 2  # "Also Watch" over the other story's headline: a link
                else:
                    break
        if step > 1 and index + step < len(lines) and _sentence(lines[index + step].text.strip()):
            index += step
        else:
            break
    return index


BETWEEN_LINES = 3  # lines of furniture between two of the story's paragraphs, at most
# A link's label on a line of its own, the other story's headline on the next
_LINK_LABEL = re.compile(
    r"^\W*(?:also (?:read|watch|see)|read (?:more|also|next)|watch(?: more| next| also| now)?|"
    r"see also|recommended|must read)\W*$",
    re.IGNORECASE,
)


# "READ MORE: Quay wall to be rebuilt", "READ | …", "Related: …", "Watch: …": a link to
# another story set between the paragraphs of this one
_LINK_TO_STORY = re.compile(
    r"\W*(?:read(?: more| also| next)?|also read|see also|related|watch|video|listen|more)\s*[:|»›>-]",
    re.IGNORECASE,
)


def _between_paragraphs(text: str) -> bool:
    """A line a page sets between a story's paragraphs: an advert's label, a caption with its
    credit, a link to another story."""
    return (
        ad_label(text)
        or is_boilerplate(text)  # "Follow us on Google News", "Subscribe to our newsletter"
        or bool(PICTURE_CREDIT.search(text) or _LINK_TO_STORY.match(text))
    )


def _tweet(lines: list[Line], index: int) -> bool:
    """An embedded tweet's text: its writer's signature on the next line."""
    return index + 1 < len(lines) and tweet_signature(lines[index + 1].text)


def _standfirst_under_it(lines: list[Line], index: int) -> bool:
    """A sentence under the line, over the byline or the date: the line is the headline over
    its standfirst, the short line above it a kicker ("Comings and Goings" / headline / "The
    board will now have a majority." / "by Jane Roe Dec 15, 2016")."""
    if index + 2 >= len(lines):
        return False
    below = lines[index + 1].text.strip()
    return (
        ends_sentence(below)
        and STANDFIRST_LEAST <= len(below.split()) < PROSE_WORDS * 4
        and _byline_or_date(lines[index + 2].text)
    )


STANDFIRST_LEAST = 5  # words of a standfirst, at least


def _under_its_headline(above: str, line: str) -> bool:
    return (
        standfirst_under(above, line)
        and not is_boilerplate(above)  # a button's "Get Email Alerts from this Reporter"
        and not _TOPIC_LINKS.search(above)
        and opens_as_headline(above)
        and not find_dates(above)
        and not menu_line(above)
        and not _credit_line(above)
    )


FAR_REACH = 200  # lines above the body a headline over its byline may stand, at most


def _headline_over_byline_far_up(lines: list[Line], first: int, lede: set[str]) -> int | None:
    """A headline over its byline and date, further up than a headline is sought: a video
    playlist's or a gallery's many short lines between the header and the story."""
    for index in range(first - HEADLINE_REACH - 1, max(-1, first - FAR_REACH), -1):
        text = lines[index].text.strip()
        if (
            _headline_shaped(text)
            and share_of_lede(text, lede) >= SHARED_OVER_BYLINE
            and _over_byline(lines, index)
        ):
            return index
    return None


def _not_a_caption(lines: list[Line], scored: list[tuple[float, int]], headline: int) -> int:
    """A line over its picture's credit ("Image: Jane Roe") is a caption where a line above it
    shares enough of the lede to be the headline (not where none does: a headline may stand
    over the credit of the picture under it)."""
    if not _over_picture_credit(lines, headline):
        return headline
    return next(
        (
            index
            for share, index in scored
            if index < headline
            and not _over_picture_credit(lines, index)
            and (share >= SHARED or (share >= SHARED_OVER_BYLINE and _over_byline(lines, index)))
        ),
        headline,
    )


HEADER_GAP = 10  # lines between two headline-shaped lines that make them two blocks


def _lower_over_byline(lines: list[Line], scored: list[tuple[float, int]], headline: int) -> int:
    """A lower line over a byline or a date that shares more of the lede than the line found,
    a block further up ("Back to Mobile View" in a menu, a writer's box of other stories):
    the lower line is the headline (a kicker or a tag's label right over it is no block of
    its own, so the gap between them counts)."""
    found = dict((index, share) for share, index in scored)[headline]
    lower = [
        (share, index)
        for share, index in scored
        if index - headline > HEADER_GAP
        # (or the same headline again: the one above a share box's or a sticky bar's copy)
        and (share > found or lines[index].text == lines[headline].text)
        and share >= SHARED_OVER_BYLINE
        and _over_byline(lines, index)
    ]
    return max(lower)[1] if lower else headline


MENU_RUN = 3  # a menu's labels over a line, to make it the menu's last link


def _menu_link(lines: list[Line], index: int) -> bool:
    """ "Work for Quay TV" under "Quay TV Shows" / "Quay Newsletters" / "Quay Leadership": the
    menu's last link, in its labels' words, not a short headline."""
    above = lines[max(0, index - MENU_RUN) : index]
    return (
        len(above) == MENU_RUN
        and all(menu_label(line.text) for line in above)
        and bool(_stems(lines[index].text) & _stems(" ".join(line.text for line in above)))
    )


def _standfirst_over(lines: list[Line], first: int) -> int:
    """The standfirst where a picture's caption and the date stand between it and the body's
    first line: the lede the headline shares its words with starts there."""
    top = first
    for index in range(first - 1, max(-1, first - 1 - BETWEEN_LINES - 1), -1):
        if _prose(lines[index].text):
            top = index
    return top


def _under_crumbs(lines: list[Line], headline: int) -> int:
    """The headline a breadcrumb trail just above the line found ran into, where it stands
    lower (an organisation's name or a label over it shared the lede's words)."""
    for index in range(max(0, headline - CRUMBS_OVER_HEADLINE), headline):
        later = _crumbs_run_into(lines, index)
        if later is not None and later > headline:
            return later
    return headline


def _crumbs_run_into(lines: list[Line], index: int) -> int | None:
    """The line printed again a few lines under a breadcrumb trail whose labels ran into it,
    their separators lost ("Home Climate Port closes after storm" over "Climate" over "Port
    closes after storm"): the headline, which the trail ends with."""
    text = lines[index].text.rstrip()
    if len(text.split()) <= HEADLINE_WORDS[0]:
        return None
    for later in range(index + 1, min(len(lines), index + 1 + CRUMBS_OVER_HEADLINE)):
        headline = lines[later].text.strip()
        if len(headline.split()) < HEADLINE_WORDS[0] or not text.endswith(headline):
            continue
        crumbs = text[: -len(headline)].split()
        if 1 <= len(crumbs) <= CRUMBS and all(menu_label(crumb) for crumb in crumbs):
            return later
    return None


CRUMBS = 3  # labels of a trail run into the headline, at most
CRUMBS_OVER_HEADLINE = 5  # lines between the trail and the headline printed again, at most


# A story's comment counter, under its headline on a blog's page: "New, 1 comment", "12 Comments"
_COMMENT_COUNT = re.compile(r"^\W*(?:new\W+)?\d[\d,.]*k?\s+comments?\W*$", re.IGNORECASE)


def _headline_over(lines: list[Line], start: int, end: int) -> int | None:
    """The headline over the body from line start to line end, if it has one."""
    first = next(
        index
        for index in range(start, end + 1)
        if _prose(lines[index].text) and not _stopped_headline(lines, index)
    )
    lede = _lede_after(lines, _standfirst_over(lines, first) - 1, end)
    reach = range(max(0, first - HEADLINE_REACH - LIST_RUN), first)
    shares = {
        index: share_of_lede(lines[index].text, lede)
        for index in reach
        if (_headline_shaped(lines[index].text.strip()) or _stopped_headline(lines, index))
        and not _tweet(lines, index)
    }
    scored = [
        (shares[index], index)
        for index in range(max(0, first - HEADLINE_REACH), first)
        if index in shares
        and (
            not _in_list(index, shares)
            # the story's own headline under "Previous article" / "Next article" links, or
            # under a menu's last labels, over its standfirst
            or (
                shares[index] >= SHARED
                and (
                    _over_byline(lines, index)
                    or standfirst_under(lines[index].text, lines[index + 1].text)
                )
            )
        )
    ]
    best = max((share for share, _ in scored), default=0.0)
    headline = next(
        (
            index
            for share, index in scored
            if (share >= SHARED and share >= NEAR_BEST * best)
            or (share >= SHARED_OVER_BYLINE and _over_byline(lines, index))
        ),
        None,
    )
    if headline is None:
        headline = _headline_over_byline_far_up(lines, first, lede)
    else:
        headline = _not_a_caption(lines, scored, headline)
        headline = _lower_over_byline(lines, scored, headline)
        # a sticky bar's copy of the headline over the menu's labels: the one over the story
        # (not a reader's copy, repeating the headline under its standfirst and byline)
        again = [i for _, i in scored if i > headline and lines[i].text == lines[headline].text]
        if (
            again
            and menu_label(lines[headline + 1].text)
            and not is_boilerplate(lines[headline].text)
        ):
            headline = again[-1]
    if headline is not None and _LINK_TO_STORY.match(lines[headline].text):
        # "Video: …" over the body: a link to another story, where a headline over its byline
        # stands higher
        headline = next((index for _, index in scored if _over_byline(lines, index)), headline)
    if headline is not None:
        headline = _without_page_title(lines, headline, first)
        headline = _under_crumbs(lines, headline)
    if (
        headline is not None
        and headline >= 2
        and _COMMENT_COUNT.match(lines[headline - 1].text)
        and shares.get(headline - 2, 0.0) >= SHARED_OVER_BYLINE
    ):
        headline -= 2  # "New, 1 comment" under the headline, over its standfirst
    elif (
        headline
        and _under_its_headline(lines[headline - 1].text.strip(), lines[headline].text)
        and not _menu_link(lines, headline - 1)
        and not _standfirst_under_it(lines, headline)
        # the last of other stories' headlines
        and not (headline - 1 in shares and _in_list(headline - 1, shares))
    ):
        headline -= 1  # the line over the byline is the standfirst
    inside = _headline_inside(lines, first, end)
    if (
        inside is not None
        and (
            _holds_most(lines, inside, first, end)
            # teasers over the story, however many, are no long story: a transcript's speaker's
            # name under a question is no byline under a headline
            or (headline is None and _prose_words(lines[first:inside]) <= TEASERS_WORDS)
        )
    ):
        headline = inside  # teasers over the story: the story is the run's longer part
    return headline
