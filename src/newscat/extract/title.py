"""Title: an explicit headline line, else one derived from the first sentence (and marked so)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from newscat.extract.authors import JOB_LINE, writer_line
from newscat.extract.dates import (
    DATE_CREDIT_WORDS,
    FIELD_BAR,
    date_line,
    find_dates,
    tweet_signature,
)
from newscat.extract.metadata import read_metadata, split_site_suffix, under_metadata
from newscat.extract.record import Found
from newscat.extract.source import (
    KICKER_WORDS,
    is_domain,
    outlet_alone,
    outlet_prefix,
    outlet_suffix,
)
from newscat.extract.story_start import lede_words, share_of_lede
from newscat.extract.structure import PICTURE_CREDIT
from newscat.extract.text import (
    CREDIT_WORDS,
    PICTURE_AGENCY,
    SHORT_LINE,
    Line,
    content_lines,
    ends_in_abbreviation,
    ends_sentence,
    genre_label,
    hard_wrapped,
    is_boilerplate,
    label_over_headline,
    labels_run_together,
    lede_line,
    links_another_story,
    menu_label,
    menu_line,
    opens_as_headline,
    over_menu,
    section_label,
    sentence_end,
    signless_copyright,
    split_lines,
    standfirst_under,
)
from newscat.extract.words import lexicon
from newscat.folding import fold

_LABELLED = re.compile(r"^\W*(?:title|headline)\s*:\s*(?P<title>\S.{1,300})$", re.IGNORECASE)
_NOT_HEADLINE = re.compile(
    # "© Harbour Herald": a copyright's or a provider's credit
    r"^\s*(?:©|\(c\)\s)|"
    r"^\W*(?:by\s|authors?\s*:|source\s*:|published|posted|updated|date\b|filed\b|photo|image|caption"
    # a site greeting its reader: "Welcome to Harbour Local, your island's guide"
    r"|welcome to [^,\n]{2,60}, your\b"
    # a genre's byline: "Opinion by Jane Rowe", "Guest column: Jane Rowe"
    r"|(?:opinion|analysis|commentary|column|guest column|essay|review|interview) by\s+[A-Z]"
    r"|(?:guest column(?:ist)?|columnist)\s*:)",
    re.IGNORECASE,
)
# "WASHINGTON (Reuters) - ", "SALVADOR, Feb 26 - ", "LONDON 1996-08-30": not part of a sentence.
DATELINE_PREFIX = re.compile(
    r"^[A-Z][A-Za-z .'’,-]{1,40}?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"\s*(?:\([^)]{1,30}\))?\s*[-–—]+\s+"
)
MAX_HEADLINE_WORDS = 30
DERIVED_WORDS = 20


# A page's class names or identifiers run into its text: small letters joined by hyphens
_CODE_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")


def _code_line(words: list[str]) -> bool:
    return all(_CODE_NAME.fullmatch(word) for word in words)


def _headline_shape(line: Line) -> bool:
    text = line.text
    words = text.split()
    if (
        not 2 <= len(words) <= MAX_HEADLINE_WORDS
        or _NOT_HEADLINE.match(text)
        or signless_copyright(text)
        or labels_run_together(text)
        or menu_line(text, least=2)
        or _code_line(words)  # "for-phone-only for-desktop-up"
    ):
        return False
    shouting = text.upper() == text and any(c.isalpha() for c in text)
    if (
        text.endswith((".", ":", ";", ","))
        and not shouting
        and not text.endswith("...")
        and not ends_in_abbreviation(text)
    ):
        return False
    # Two sentences on one line are body text, not a headline.
    return sentence_end(text) >= len(text.rstrip(".")) - 1


def _stands_alone(line: Line, raw_lines: list[Line], wrapped: bool) -> bool:
    """The headline is its own block: a blank line, a date line, a byline or a standfirst
    follows it."""
    after = _next_line(line, raw_lines)
    following = raw_lines[after] if after < len(raw_lines) else None
    if following is None or not following.text.strip():
        return True
    return (
        _header_line(following)
        or is_boilerplate(following.text)  # "5 min read", "Share", "Advertisement"
        or _standfirst(line, following, raw_lines)
        # one paragraph a line: the line break after the headline ends it
        or (following.text.lstrip()[:1].isupper() and (not wrapped or len(line.text) < SHORT_LINE))
    )


# "By Jane Doe": a byline names someone; "by a British company" is a wrapped sentence.
_CREDIT_WORDS = rf"(?i:{CREDIT_WORDS})\s+(?i:by)"  # "Written by", "Posted by"
_BYLINE = re.compile(rf"^\W*(?:{_CREDIT_WORDS}|by|BY|By)\s+[A-Z]")
_BY_LABEL = re.compile(r"^\W*by\s*:")
_CREDIT_LABEL = re.compile(rf"^\W*{_CREDIT_WORDS}\s")
_BARE_BY = re.compile(r"^\s*(?i:by)\s*:?\s*$")  # "By" alone, the names on the next line
_WRAPPED_BY = re.compile(r"^\W*by\s", re.IGNORECASE)
SHORT_BYLINE_WORDS = 6  # "by Jane Doe, Reuters": a byline in lower case is short


_ADDRESS_ALONE = re.compile(r"https?://\S+$")


def _header_line(line: Line) -> bool:
    """A date, byline or label line, as stands between a headline and the body."""
    text = line.text.strip()
    if date_line(line.text) or is_domain(text):  # "harbourgazette.example": the site's line
        return True
    if _ADDRESS_ALONE.match(text):  # the page's address, as a browser prints it
        return True
    if _WRAPPED_BY.match(text):
        short = text[:1].isupper() or len(text.split()) <= SHORT_BYLINE_WORDS
        return short and bool(_BYLINE.match(text)) and not ends_sentence(text)
    # "posted to homes in ...", "photographers who ...": a wrapped line, not a label
    return text[:1].isupper() and bool(_NOT_HEADLINE.match(text))


# Words a line of a wrapped paragraph often breaks after; a headline does not end on them.
_CONTINUING = frozenset(
    "a an the of in on at to for with from by and or but as that than into about".split()
)
BYLINE_WORDS = 8  # a line this short under a standfirst is a byline ("Jane Doe Political editor")


def _standfirst(headline: Line, following: Line, raw_lines: list[Line]) -> bool:
    """ "Mediators push for deal as the situation worsens": a longer summary line under the
    headline, then only a date, a byline or a blank line; not a wrapped paragraph's next line."""
    text = following.text.strip()
    words = headline.text.split()
    if not text[:1].isupper() or len(text) <= len(headline.text) or not words:
        return False
    # A wrapped paragraph ends its sentence within a few lines; a standfirst has no stop.
    if ends_sentence(text):
        return False
    if words[-1].lower() in _CONTINUING:
        return False
    rest = []
    for line in raw_lines[following.index + 1 :]:
        if not line.text.strip():
            break
        rest.append(line)
        if len(rest) > 2:
            return False
    return all(
        _header_line(r) or (len(r.text.split()) <= BYLINE_WORDS and not ends_sentence(r.text))
        for r in rest
    )


def extract_title(text: str) -> Found | None:
    lines = under_metadata(text, content_lines(text))  # a block with no title field
    if not lines:
        return None
    for line in lines[:8]:
        match = _LABELLED.match(line.text)
        if match:
            start = line.start + match.start("title")
            value = match.group("title").strip()
            return Found(value, start, start + len(value), "headline-label")
    raw_lines = split_lines(text)
    wrapped = hard_wrapped(text)
    candidates = _header_candidates(lines)
    lede = cache(lambda: lede_words(lines))  # read only where a headline stands lower down
    for index, line in enumerate(candidates):
        if date_line(line.text) or _NOT_HEADLINE.match(line.text) or _code_line(line.text.split()):
            continue
        if _navigation_label(line.text):
            continue  # "Search & Section Navigation", "Skip to site index"
        if _off_the_story(line, candidates[index + 1 :], lede, raw_lines, wrapped):
            continue  # "Please enter a search term", "Aerospace & Defense" over the headline
        if _again_bare(line.text, candidates[index + 1 :]) is not None:
            continue  # "Port closes | Kestrel Post Loaded" or "Home / News / Port closes" over it
        if (
            (
                _TICKER.match(line.text)
                or (index == 0 and outlet_prefix(line.text))
                or outlet_alone(line.text)  # the masthead under a menu's labels
                or links_another_story(line.text)
            )
            and any(
                _standing_headline(later, raw_lines, wrapped) for later in candidates[index + 1 :]
            )
        ):
            # "BREAKING: …" over the story's own headline: the site's ticker; the site's name
            # and tagline ("Kestrel Post - Quaytown's daily news"); a link to another story
            # ("Watch: video of the day")
            continue
        if _wrapping(line, raw_lines) and (wrapped_headline := _wrapped_headline(line, raw_lines)):
            return wrapped_headline  # "… freed two officers for" / "three union figures"
        if _standing_headline(line, raw_lines, wrapped):
            if _section_over_headline(line, candidates[index + 1 : index + 2], raw_lines, wrapped):
                continue
            headline = _without_site(line.text)
            if headline == line.text and headline.endswith("."):
                # "Bomb kills seven - newSpaper.": the full stop ends the site's name
                unsited = _without_site(headline[:-1])
                if unsited != headline[:-1]:
                    headline = unsited
            start = line.start + line.text.index(headline)
            return Found(headline, start, start + len(headline), "first-line")
        wrapped_headline = _wrapped_headline(line, raw_lines)
        if wrapped_headline is not None:
            return wrapped_headline
        if menu_line(line.text, least=2):
            continue  # "Council | Politics | Quaytown": a breadcrumb trail over the headline
        if len(line.text.split()) > 3:
            break
        # A short line glued to what follows is a section label ("World"), not the headline.
    return derive_title(text, lines)


# A page's own labels for finding one's way: with the words of its widgets, all a line may
# hold to be no headline.
_NAVIGATION_WORDS = frozenset(
    "search section sections navigation menu site index skip to main content home & and".split()
)


def _navigation_label(line: str) -> bool:
    words = line.casefold().split()
    return 0 < len(words) <= NAVIGATION_WORDS and all(
        word in _NAVIGATION_WORDS or word in lexicon("page_words") for word in words
    )


NAVIGATION_WORDS = 5


def _again_bare(headline: str, later: list[Line]) -> Line | None:
    """The headline printed again under a sticky bar's copy of it, there with something after
    a bar or a dash that is no site's name newscat knows ("… | Kestrel Post Loaded"), or under
    the breadcrumb trail it ends ("Home / Local News / …")."""
    for separator in (" | ", " - ", " – ", " — ", " / ", " › ", " > ", " » "):
        before, found, after = headline.rpartition(separator)
        for bare in (before, after) if found else ():
            if len(bare.split()) >= LEDE_SHARING_WORDS:
                again = next((other for other in later if other.text.strip() == bare.strip()), None)
                if again is not None:
                    return again
    return None


def _off_the_story(
    line: Line,
    later: list[Line],
    lede: Callable[[], set[str]],
    raw_lines: list[Line],
    wrapped: bool,
) -> bool:
    """A line none of whose words the story's first paragraphs repeat, over a headline that
    stands on its own and shares most of its words with them: the page's furniture (a search
    box's prompt, a section's label, a button, another story's headline), not the story's
    headline. A headline sharing no word with its story stays where none shares more."""
    if later and standfirst_under(line.text, later[0].text):
        return False  # "Champion keeps rolling on" over its standfirst, which the lede repeats
    headlines = [
        other
        for other in later
        if len(other.text.split()) >= LEDE_SHARING_WORDS
        and not date_line(other.text)  # "LONDON 1996-08-31": the dateline's place
        and not _NOT_HEADLINE.match(other.text)
        and _standing_headline(other, raw_lines, wrapped)
    ]
    return bool(headlines) and _shares_less(line, headlines, lede())


def _shares_less(line: Line, later: list[Line], lede: set[str]) -> bool:
    """None of the line's words in the lede, and most of a later line's."""
    return (
        bool(lede)
        and share_of_lede(line.text, lede) == 0
        and any(share_of_lede(other.text, lede) >= LEDE_SHARED for other in later)
    )


LEDE_SHARED = 0.5  # of a headline's words, the share its story's first paragraphs repeat
LEDE_SHARING_WORDS = 4  # words of such a headline, at least


def _standing_headline(line: Line, raw_lines: list[Line], wrapped: bool) -> bool:
    """A line shaped as a headline that is its own block, or one ending in a full stop over
    the byline."""
    if _over_tweet_signature(line, raw_lines):
        return False  # an embedded tweet's text, its writer's signature under it
    return (
        _headline_shape(line) and _stands_alone(line, raw_lines, wrapped)
    ) or _headline_with_full_stop(line, raw_lines)


def _over_tweet_signature(line: Line, raw_lines: list[Line]) -> bool:
    after = _next_line(line, raw_lines)
    return after < len(raw_lines) and tweet_signature(raw_lines[after].text)


FULL_STOP_HEADLINE_WORDS = 20
STANDFIRST_WORDS = 45


def _headline_with_full_stop(line: Line, raw_lines: list[Line]) -> bool:
    """ "Mbumba recounts last days.": a headline some outlets end with a full stop. One short
    sentence is the headline where a byline or a date follows it, a standfirst at most
    between (a story's first sentence has its body under it, not its byline), and nothing
    but a label, a date or a button over it (a standfirst has its headline there)."""
    text = line.text.strip()
    words = text.split()
    if (
        not text.endswith(".")
        or text.endswith("..")
        or not 3 <= len(words) <= FULL_STOP_HEADLINE_WORDS
        or sentence_end(text) < len(text) - 1  # one sentence only
        or ends_in_abbreviation(text)
        or _NOT_HEADLINE.match(text)
        or not text[:1].isupper()
    ):
        return False
    if _under_a_headline(line, raw_lines):
        return False  # a headline's standfirst under it, a sentence too
    between = 0
    for after in raw_lines[line.index + 1 :]:
        if not after.text.strip():
            continue
        if (
            _header_line(after)
            or _credit_label(after.text)
            or _writer_over_date(after, raw_lines)  # "Dana Kelso" / "Monday 6:30PM"
            # "Dana Kelso / Harbour Wire / Sep 2, 2024", "Crime Published On May 10, 2022"
            or (len(after.text.split()) <= DATE_CREDIT_WORDS and bool(find_dates(after.text)))
        ):
            return True
        between += 1
        if between > 1 or len(after.text.split()) > STANDFIRST_WORDS:
            return False
    return False


_LABEL_ALONE = re.compile(rf"^\W*(?:{_CREDIT_WORDS}|by)\s*:?\s*$", re.IGNORECASE)


def _under_a_headline(line: Line, raw_lines: list[Line]) -> bool:
    """The nearest line over this one, past a blank line, is a line of words that is no
    label ("Business News", "BREAKING"), date or button: a headline, however short ("Quaytown
    2-1 Harbour"), or any longer line."""
    above = next((up for up in reversed(raw_lines[: line.index]) if up.text.strip()), None)
    if above is None:
        return False
    return not (label_over_headline(above.text.strip()) or _header_line(above))


def _credit_label(text: str) -> bool:
    """ "by: Dana Kelso", "Article by" over the names, "News | Published: 5 hours ago |
    Written by Dana Kelso": a byline's label, or a byline among a line's facts."""
    return (
        _BY_LABEL.match(text) is not None
        or _LABEL_ALONE.match(text) is not None
        or any(_BYLINE.match(part) for part in FIELD_BAR.split(text)[1:])
    )


def _section_over_headline(
    line: Line, following: list[Line], raw_lines: list[Line], wrapped: bool
) -> bool:
    """ "WORLD NEWS" or "Business News" right over a longer headline that stands alone: the
    section's label, not a short headline (whose own line under it is a standfirst, a sentence)."""
    words = line.text.split()
    return (
        len(words) <= KICKER_WORDS
        and all(word[:1].isupper() or not word[:1].isalnum() for word in words)  # "Arts & Life"
        and not any(char.isdigit() for char in line.text)
        and bool(following)
        and following[0].index == line.index + 1
        and len(following[0].text.split()) > KICKER_WORDS
        and (
            _standing_headline(following[0], raw_lines, wrapped)
            or (
                _headline_shape(following[0])
                and _wrapped_headline(following[0], raw_lines) is not None
            )
        )
    )


def _date_or_byline(line: Line) -> bool:
    """A line that ends a headline above it: the date, or a byline naming someone."""
    return date_line(line.text) or _BYLINE.match(line.text) is not None


_TICKER = re.compile(r"^\W*(?:breaking(?: news)?|just in|developing|latest)\s*:", re.IGNORECASE)


_WRITER_ALONE = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}")


def _writer_over_date(line: Line, raw_lines: list[Line]) -> bool:
    """ "Tom Vane" alone over "March 6, 2024": the byline without its "By"."""
    after = line.index + 1
    return (
        _WRITER_ALONE.fullmatch(line.text.strip()) is not None
        and after < len(raw_lines)
        and date_line(raw_lines[after].text)
    )


def _wrapped_headline(line: Line, raw_lines: list[Line]) -> Found | None:
    """A headline wrapped over two lines, the second going on in small letters, the date or
    byline right under it: "Harbour wall to be rebuilt" / "before the winter storms"."""
    if line.index + 2 >= len(raw_lines):
        return None
    following, under = raw_lines[line.index + 1], raw_lines[line.index + 2]
    rest = following.text.strip()
    # or a first line that cannot end a headline ("… hostages for", "… Returning to"), the
    # rest on the next line in any case, over a blank line too
    open_ended = (
        _open_ended(line.text)
        and not _header_line(following)
        and len(rest) <= len(line.text)  # the rest of the wrapped line
    )
    going_on = rest[:1].islower() and not any(c.isupper() for c in rest.split()[0])  # "iPhone"
    if (
        not (going_on or open_ended or _wrapped_in_title_case(line, following, raw_lines))
        or is_domain(rest)  # "harbourgazette.example": the site, not words
        or _BY_LABEL.match(following.text)  # "by: Jane Doe": the byline, in small letters
        or not (
            _date_or_byline(under)
            or _writer_over_date(under, raw_lines)
            # over a blank line: a line as long as a copy's width, going on
            or (not under.text.strip() and len(line.text) >= WRAP_WIDTH)
        )
    ):
        return None
    joined = Line(f"{line.text} {rest}", line.start, line.index)
    if not _headline_shape(joined):
        return None
    return Found(
        joined.text, line.start, following.start + len(following.text.rstrip()), "first-line"
    )


def _wrapping(line: Line, raw_lines: list[Line]) -> bool:
    """A line whose headline goes on on the next, whatever that next line looks like."""
    after = line.index + 1
    return _open_ended(line.text) or (
        after < len(raw_lines) and _wrapped_in_title_case(line, raw_lines[after], raw_lines)
    )


TITLE_CASE_SHARE = 0.9  # of a line's longer words, the share with a capital, at least


def _title_cased(text: str) -> bool:
    longer = [word for word in text.split() if len(word) > 3 and word[:1].isalpha()]
    return bool(longer) and sum(w[:1].isupper() for w in longer) >= TITLE_CASE_SHARE * len(longer)


def _wrapped_in_title_case(line: Line, following: Line, raw_lines: list[Line]) -> bool:
    """ "A Man Developed 'Feather Duvet Lung' After Getting New" / "Bedding": a headline in
    title case wrapped at a copy's width, its rest no longer than its first line, and
    neither a label nor a byline or a date (a label's shape costs a one-word rest)."""
    text, rest = line.text.strip(), following.text.strip()
    return (
        len(text) >= WRAP_WIDTH
        and not text.endswith((".", ":", ";", "!", "?", ","))
        and bool(rest)
        and rest.lower() != text.lower()  # the headline printed twice, not wrapped
        # at a copy's width the first line took all it could: its rest is no longer than it
        # and the word that did not fit
        and len(rest) <= len(text) + len(rest.split()[0])
        and _title_cased(text)
        and _title_cased(rest)
        and not menu_label(rest)  # "Local News" under it: a label (so "Bedding" too)
        and not _header_line(following)
        # the writer: "Dana Kelso, Harbour Wire", "Oskan Verdu, Political Editor", or the
        # name alone over the date
        and not writer_line(rest)
        and not ("," in rest and _WRITER_ALONE.fullmatch(rest.split(",")[0]))
        and not _writer_over_date(following, raw_lines)
        and not menu_line(rest, least=2)
        and not is_boilerplate(rest)
    )


# Words a headline does not end with: its line goes on, wrapped at a fixed width.
# (Not "on", "in", "over", "by": a headline may end with them, "Champion keeps rolling on".)
_OPEN_ENDINGS = frozenset(
    "a an the of for with to at from and or into as its their his her than about against".split()
)
WRAP_WIDTH = 40  # characters: a line shorter than this was not wrapped at a copy's width


def _open_ended(text: str) -> bool:
    """A line as long as a copy's width, ending with a word no headline ends with (not a
    figure either: "… since 2019")."""
    words = text.split()
    return len(text) >= WRAP_WIDTH and bool(words) and words[-1].lower() in _OPEN_ENDINGS


def _header_candidates(lines: list[Line], count: int = 4) -> list[Line]:
    """The first lines where a headline may stand; not the site's own lines over its menu (the
    day's date, a ticker, a tagline), nor the menu's labels under them."""
    found: list[Line] = []
    in_menu = False
    for index, line in enumerate(lines):
        if over_menu(lines, index):
            in_menu = True
        elif not any(char.isalpha() for char in line.text):
            continue  # a button's "*", a rule's "---": no headline, and no place taken
        elif not (in_menu and menu_label(line.text)):
            in_menu = False
            found.append(line)
            if len(found) == count:
                break
    return found


# A first sentence longer than this is no sentence a title or summary could use.
SENTENCE_REACH = 3000


def first_sentence(text: str, lines: list[Line]) -> tuple[int, int] | None:
    """Span of the article's first body sentence, after any dateline prefix."""
    for index, line in enumerate(lines):
        if (
            date_line(line.text)
            or _NOT_HEADLINE.match(line.text)
            or len(line.text.split()) < 4
            or over_menu(lines, index)
        ):
            continue
        prefix = DATELINE_PREFIX.match(line.text)
        start = line.start + (prefix.end() if prefix else 0)
        paragraph_end = text.find("\n\n", start)
        limit = min(len(text) if paragraph_end < 0 else paragraph_end, start + SENTENCE_REACH)
        end = start + sentence_end(text[start:limit])
        for following in lines[index + 1 :]:  # a date or byline line ends a wrapped headline
            if following.start >= end:
                break
            if _date_or_byline(following):
                end = start + sentence_end(text[start : following.start])
                break
        return start, end
    return None


def derive_title(text: str, lines: list[Line]) -> Found | None:
    span = first_sentence(text, lines)
    if span is None:
        return None
    start, end = span
    sentence = " ".join(text[start:end].split())
    if not any(c.isalnum() for c in sentence):
        return None  # ". News.Az…": a stray full stop is no sentence
    words = sentence.split()
    if len(words) > DERIVED_WORDS:
        sentence = " ".join(words[:DERIVED_WORDS]).rstrip(",;:") + "…"
    else:
        sentence = sentence.rstrip(".")
    return Found(sentence, start, end, "first-sentence", derived=True)


ANCHOR_REACH = 60  # content lines searched for the byline, date or lede under a headline
HEADLINE_WINDOW = 4  # the headline stands this close above them
_URL = re.compile(r"https?://|www\.")


def refine_title(
    text: str, title: Found | None, *, authors: list[str], source: str | None
) -> Found | None:
    """A better title where the page says one: a metadata block's title (without the site's
    name after it); or, when the title found is weak — derived from the first sentence, a
    label of three words or fewer ("Business News", "Article Header"), the outlet's or a
    writer's name — the headline-shaped line standing just above the byline, date or lede."""
    metadata = read_metadata(text)
    stated = metadata.get("title") if metadata else None
    if stated is not None:
        shown = _shown_headline(text, stated, metadata.end if metadata else 0)
        if shown is not None:
            return shown
        sitename = metadata.get("sitename") if metadata else None
        headline = _undecorated(stated.value, sitename.value if sitename else None)
        start = stated.start + max(0, stated.value.find(headline))
        return Found(headline, start, start + len(headline), "metadata")
    outlet = source.casefold() if source else None
    names = {name.casefold() for name in authors} | ({outlet} if outlet else set())
    if title is not None and title.derived:
        weak = not _fills_its_line(text, title)
    else:
        weak = title is None or len(title.value.split()) <= 3 or title.value.casefold() in names
    if weak:
        better = _headline_above_body(text, names, outlet)
        if better is not None and not (title and _standfirst_under(text, title, better)):
            title = better
    slugged = _headline_of_slug(text)
    if slugged is not None:
        return slugged
    return _repeated_headline(text, title) if title and not title.derived else title


def _standfirst_under(text: str, title: Found, line: Found) -> bool:
    """The line found stands right under the title, and is its standfirst."""
    return (
        not title.derived
        and not text[title.end : line.start].strip()
        and text.count("\n", title.end, line.start) == 1
        and standfirst_under(title.value, line.value)
    )


_SLUG_URL = re.compile(r"https?://\S+/(?P<slug>[\w%-]+?)(?:-\d+)?(?:\.[a-z]{2,5})?/?(?:[?#]\S*)?$")
SLUG_WORDS = 4  # words of a link's slug a headline must start with


def _headline_of_slug(text: str) -> Found | None:
    """A page's own link names its story: "…/Harbour-wall-to-be-rebuilt-1234567.php" above
    the headline "Harbour wall to be rebuilt before winter". The header line whose words
    start with the slug's words is the headline, whatever stands above it."""
    lines = content_lines(text)[:HEADLINE_SEARCH]
    for link in lines:
        match = _SLUG_URL.search(link.text.strip())
        if match is None:
            continue
        slug = [w for w in re.split(r"[-_]+", fold(match.group("slug"))) if w]
        if len(slug) < SLUG_WORDS:
            continue
        for line in lines:
            shown = line.text.strip()
            words = re.findall(r"\w+", fold(shown).replace("'", ""))
            if (
                line is not link
                and words[: len(slug)] == slug[: len(words)]
                and len(words) >= SLUG_WORDS
                and _headline_like(line, set())
            ):
                headline = _without_site(shown)  # "… train - Kestrel Post": the site's name
                start = line.start + line.text.index(headline)
                return Found(headline, start, start + len(headline), "url-slug")
    return None


def _repeated_headline(text: str, title: Found) -> Found:
    """A page shows its headline twice: last in the breadcrumb trail ("Home News 3. Headline",
    glued or numbered) or after its kicker line ("Explainer"), then alone as the heading.
    The line below that the title ends with (or, for a label, starts) is the headline."""
    words = len(title.value.split())
    for line in content_lines(text)[:HEADLINE_SEARCH]:
        shown = line.text.strip()
        if line.start <= title.start or shown == title.value or len(shown.split()) < 4:
            continue
        if line.start < title.end:
            continue  # the second line of a headline wrapped over two
        if title.value.endswith(shown) or (words <= 3 and shown.startswith(title.value)):
            start = line.start + line.text.index(shown)
            return Found(shown, start, start + len(shown), title.rule)
    return title


def _undecorated(title: str, sitename: str | None) -> str:
    """A page title without the site's decorations: the site name before it ("Quayside |
    slogan: Headline"), section and site names after it ("Headline - National | Outlet"), or,
    among three or more parts split by " | ", the longest."""
    if sitename:
        for separator in (" | ", ": ", " - ", " – ", " — "):
            if title.startswith(sitename + separator):
                title = title[len(sitename) + len(separator) :]
                break
        title = title.removeprefix(sitename + ":").strip()
    parts = title.split(" | ")
    if len(parts) >= 3:
        return max(parts, key=len).strip()
    for _ in range(3):
        headline, site = split_site_suffix(title)
        if site is None:
            break
        title = headline
    return title


HEADLINE_SEARCH = 15  # lines under a metadata block looked at for the page's own headline


def _shown_headline(text: str, stated: Found, body_start: int) -> Found | None:
    """The page title carries site decorations before or after the headline ("Outlet | slogan:
    Headline", "Headline | Place | Outlet News", "Headline - Section"); the headline the page
    shows above its story is the part of it that a line of the text repeats whole."""
    title = " ".join(stated.value.split()).casefold()
    lines = [line for line in content_lines(text) if line.start >= body_start][:HEADLINE_SEARCH]
    for line in lines:
        shown = " ".join(line.text.split())
        folded = shown.casefold()
        if len(shown.split()) < 4 or len(folded) >= len(title) or folded not in title:
            continue
        before, _, after = title.partition(folded)
        if (not before or _DECORATION_END.search(before)) and (
            not after or _DECORATION_START.match(after)
        ):
            return Found(shown, line.start, line.start + len(line.text), "metadata+headline")
    return None


# What stands between a page title's headline and its decorations: " | ", " - ", ": ".
_DECORATION_END = re.compile(r"\s(?:--|[|–—-])\s*$|:\s*$")
_DECORATION_START = re.compile(r"\s*(?:--|[|–—-])\s")


def _asking_headline(line: Line, names: set[str]) -> bool:
    text = line.text.strip()
    return text.endswith(("?", "!")) and not lede_line(text) and _headline_like(line, names)


HEADLINE_BEFORE_SECTION = 2  # words of a headline that a section's label follows
# What a page's headline is of, in capitals before it: "WATCH: …", "VIDEO: …", "PHOTOS: …"
_LIVE_LABEL = re.compile(r"\s+[-–—]\s+(?i:live(?: updates| coverage| blog)?|as it happened)\s*$")
_MEDIA_LABEL = re.compile(
    r"(?:WATCH|VIDEO|LISTEN|AUDIO|PHOTOS|PICTURES|IN PICTURES|GALLERY)\s*:\s+"
)


def _without_site(headline: str) -> str:
    """The headline without the outlet's name after it ("Floods close roads | Harbour Times";
    "Floods close roads | Local News | Harbour Times": the longest part), or without the
    section's label ("Tech firm cuts 1,200 jobs | Business")."""
    label, bar, rest = headline.partition(" | ")
    if bar and section_label(label) and len(rest.split()) >= HEADLINE_BEFORE_SECTION:
        headline = rest  # "Opinion | Why the harbour deal stinks"
    media = _MEDIA_LABEL.match(headline)
    if media and len(headline[media.end() :].split()) >= HEADLINE_BEFORE_SECTION:
        headline = headline[media.end() :]  # "WATCH: Mayor refuses to answer questions"
    live = _LIVE_LABEL.search(headline)
    if live and len(headline[: live.start()].split()) >= HEADLINE_BEFORE_SECTION:
        headline = headline[: live.start()]  # "Port talks collapse – live": a live page's mark
    site = outlet_suffix(headline)
    if site is None:
        before, bar, after = headline.rpartition(" | ")
        if (
            bar
            and section_label(after)
            and len(before.split()) >= HEADLINE_BEFORE_SECTION
            and not section_label(before)  # "Local | News": a trail
        ):
            return before.strip()
        return headline
    headline = max(headline[: headline.rindex(site)].split(" | "), key=len).strip()
    headline = headline.rstrip(" -|–—:·•«»")
    # "Harbour wall rebuilt - Quaytown - Kestrel Post": a section's or a place's label between
    # the headline and the site
    trailing = _TRAILING_LABEL.search(headline)
    if trailing and len(headline[: trailing.start()].split()) >= HEADLINE_BEFORE_LABEL:
        headline = headline[: trailing.start()]
    return headline


HEADLINE_BEFORE_LABEL = 4  # "Ferry deal - Kelso Speaks": a short headline's own two parts
_TRAILING_LABEL = re.compile(r"\s+(?:--|::|[-–—·•«»])\s+[A-Z][\w&'’.]*(?: [A-Z][\w&'’.]*)?$")


def _body_sentence(line: Line) -> bool:
    return len(line.text.split()) >= 6 and line.text.rstrip("\"'”’)").endswith((".", "!", "?", ":"))


def _fills_its_line(text: str, title: Found) -> bool:
    """ "Tajik troops now control devastated town." alone on the first line: a headline with a
    full stop, read as a first sentence."""
    rest = text[title.end : title.end + 3].lstrip(".")
    return (not rest or rest.startswith("\n")) and not title.value.endswith("…")


def _is_anchor(line: Line, names: set[str]) -> bool:
    """A byline, a date line or the lede: what stands under a page's headline."""
    if date_line(line.text) or _BYLINE.match(line.text) or _BARE_BY.match(line.text):
        return True
    if len(line.text.split()) <= 12 and any(name in line.text.casefold() for name in names):
        return True
    return lede_line(line.text)


def _headline_like(line: Line, names: set[str], least: int = 4) -> bool:
    text = line.text.strip()
    words = text.split()
    return (
        least <= len(words) <= MAX_HEADLINE_WORDS
        and not text.rstrip("\"'”’)").endswith((".", ",", ";", ":"))
        and opens_as_headline(text)
        and not _NOT_HEADLINE.match(text)
        and not _URL.search(text)
        and not _only_names(text, names)
        and not find_dates(text)  # "NABLUS, West Bank 1996-08-30": a dateline
        and sum(word[:1].isalpha() for word in words) * 2 > len(words)  # a table's row
        and not menu_line(text, least=2)  # "News | Arts & Culture": a section's trail
        and not labels_run_together(text)  # "About Us Advertise Terms Privacy Contact"
        and not PICTURE_CREDIT.search(text)  # a caption: "The quay at dawn. Photo: Jane Roe"
        and not _CREDIT_LABEL.match(text)  # "Written by Jane Roe"
        and not JOB_LINE.match(text)  # "Senior Reporter" under the writer's name
    )


def _stopped_headline(line: Line, raw_lines: list[Line], names: set[str]) -> bool:
    """A headline ending in a full stop over its byline or date, headline-like without it."""
    unstopped = Line(line.text.rstrip()[:-1], line.start, line.index)
    return _headline_with_full_stop(line, raw_lines) and _headline_like(unstopped, names)


SHORT_HEADLINE_WORDS = 2  # "Harbour wall rebuilt" right over its byline: a headline
_MENU_SEPARATORS = frozenset("| > / · • » › - – —".split())


def _short_headline(
    line: Line, under: Line, anchor: Line, raw_lines: list[Line], names: set[str], masthead: bool
) -> bool:
    """A short headline right over its byline or date (`anchor`), or over the standfirst
    above them (`under`), past share buttons and a caption; or right under the outlet's name
    (`masthead`) and over the lede. Its words all words (no menu's separators), not a kicker
    in capitals."""
    text = line.text.strip()
    return (
        _next_line(line, raw_lines) == under.index
        and (masthead or not lede_line(anchor.text))
        and not (text.isupper() and len(text.split()) < KICKER_WORDS)  # "WORLD NEWS"
        and not _MENU_SEPARATORS.intersection(text.split())
        and _headline_like(line, names, least=SHORT_HEADLINE_WORDS)
    )


_NAME_JOINS = frozenset({"and", "&", "by"})


def _only_names(text: str, names: set[str]) -> bool:
    """The line is the byline's names or the outlet's and nothing else: "Jane Roe and Tom
    Vane" under a bare "By"."""
    rest = text.casefold()
    for name in sorted(names, key=len, reverse=True):
        rest = rest.replace(name, " ")
    return all(word in _NAME_JOINS for word in rest.replace(",", " ").split())


def _next_line(line: Line, raw_lines: list[Line]) -> int:
    """The index of the line under a headline, past the share buttons ("Share" /
    "Facebook") and a picture's caption with its credit that may stand between."""
    after = line.index + 1
    while after < len(raw_lines) and _under_headline_furniture(raw_lines[after].text):
        after += 1
    return after


def _under_headline_furniture(text: str) -> bool:
    if not text.strip():
        return False
    share = len(text.split()) <= SHARE_WORDS and is_boilerplate(text)
    return (
        share
        or genre_label(text)
        or bool(PICTURE_CREDIT.search(text) or PICTURE_AGENCY.search(text))
    )


SHARE_WORDS = 2


# What kind of piece a story is, in a label by its headline: "Match report", "Live blog",
# "Book review", "Analysis", "The long read".
def _own_block(line: Line, raw_lines: list[Line], names: set[str], dek: bool = True) -> bool:
    """A blank line, a byline or a date line follows it; or a standfirst that has one of
    those after it ("Port strike ends" / "Union accepts offer as ships wait" / "By …")."""
    after = _next_line(line, raw_lines)
    following = raw_lines[after] if after < len(raw_lines) else None
    if following is None or not following.text.strip() or is_boilerplate(following.text):
        return True  # a blank line, or a button's ("Share", "5 min read")
    if _is_anchor(following, names) and not lede_line(following.text):
        return True
    return (
        dek
        and _headline_like(following, names)
        and _own_block(following, raw_lines, names, dek=False)
    )


def _under_header(line: Line, raw_lines: list[Line], names: set[str]) -> bool:
    """Right under the header's date or byline, the lede right under it: "Last Updated: 3rd
    March 2023" / "Court hears of ferry captain's final call" / the first paragraph."""
    above = line.index - 1
    while above > 0 and is_boilerplate(raw_lines[above].text):
        above -= 1  # "2 min read" between the date and the headline
    before = raw_lines[above] if above >= 0 else None
    after = _next_line(line, raw_lines)
    return (
        before is not None
        and after < len(raw_lines)
        and lede_line(raw_lines[after].text)
        and _is_anchor(before, names)
        and not lede_line(before.text)
    )


def _under_masthead(line: Line, lines: list[Line], names: set[str]) -> bool:
    """The line right under the outlet's own name, standing alone at the page's top."""
    above = [other for other in lines if other.index < line.index]
    return bool(above) and above[-1].text.strip().casefold() in names


def _over_masthead(lines: list[Line], index: int, outlet: str | None) -> bool:
    """A date line over the outlet's own name ("Wednesday, May 3, 2024" / "Harbour Herald"):
    the site's top bar with the day of the visit, not the story's date."""
    following = lines[index + 1 : index + 1 + MASTHEAD_REACH]
    return outlet is not None and any(line.text.strip().casefold() == outlet for line in following)


MASTHEAD_REACH = 2  # lines under a top bar's date to the masthead ("e-Paper" may stand between)


def _above_body(line: Line) -> Found:
    value = _without_site(line.text.strip())  # "Port closes | Harbour Times"
    start = line.start + line.text.index(value)
    return Found(value, start, start + len(value), "headline-above-body")


def _headline_above_body(text: str, names: set[str], outlet: str | None) -> Found | None:
    lines = content_lines(text)[:ANCHOR_REACH]
    raw_lines = split_lines(text)
    lede = cache(lambda: lede_words(lines))  # read once, and only where two lines compete
    label_only: Line | None = None
    for index, line in enumerate(lines):
        if index == 0 or not _is_anchor(line, names) or _stopped_headline(line, raw_lines, names):
            continue  # a headline ending in a full stop is none of the body's
        if _over_masthead(lines, index, outlet) and date_line(line.text):
            continue
        if line.text.strip().casefold() == outlet:
            continue  # the masthead alone: what stands over it is the site's top bar
        window = lines[max(0, index - HEADLINE_WINDOW) : index]
        # the body has begun at its first sentence ("Results from the Dutch Open on Friday:")
        begun = [
            n
            for n, above in enumerate(window)
            if _body_sentence(above)
            # "Will the port close?" right over the byline: a headline that asks
            and not (n == len(window) - 1 and _asking_headline(above, names))
            and not _stopped_headline(above, raw_lines, names)
        ]
        under = line  # the line under a short headline: the anchor, or a standfirst over it
        if begun:
            under = window[begun[0]]
            window = window[: begun[0]]
        found = [
            candidate
            for candidate in window  # its own block, as a headline is: not the first paragraph's
            if (
                _headline_like(candidate, names)
                and (
                    _own_block(candidate, raw_lines, names)
                    or _under_header(candidate, raw_lines, names)
                )
            )
            or _stopped_headline(candidate, raw_lines, names)
        ]
        if (
            not found
            and window
            and _short_headline(
                window[-1], under, line, raw_lines, names, _under_masthead(window[-1], lines, names)
            )
        ):
            found = [window[-1]]
        if (
            len(found) > 1
            and _under_masthead(found[0], lines, names)
            and found[1].index != found[0].index + 1  # not a headline over its standfirst
        ):
            found = found[1:]  # "Your trusted source for island news": the masthead's tagline
        if len(found) > 1 and links_another_story(found[0].text):
            found = found[1:]  # "Watch: video of the day" over the headline: another story's
        while len(found) > 1 and (
            menu_label(found[0].text) or _shares_less(found[0], found[1:], lede())
        ):
            found = found[1:]  # "Aerospace & Defense" over the headline: a section's label
        if found and menu_label(found[0].text) and label_only is None:
            label_only = found[0]  # "Aerospace & Defense" over the date: a section's label,
            continue  # where the headline may stand under the date, over the byline
        if found:
            return _above_body(found[0])
        if lede_line(line.text) and not _standfirst_over_credit(lines, index, names):
            break  # the headline stands above the body's first paragraph, never in it
    return _above_body(label_only) if label_only is not None else None


def _standfirst_over_credit(lines: list[Line], index: int, names: set[str]) -> bool:
    """A sentence right over the byline or the date is the standfirst, not the lede: the
    headline over it may be short ("Port closes" / "Officials say …" / "By Jane Roe")."""
    following = lines[index + 1] if index + 1 < len(lines) else None
    return following is not None and _is_anchor(following, names) and not lede_line(following.text)
