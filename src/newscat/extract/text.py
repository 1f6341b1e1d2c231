"""Text plumbing shared by the field extractors: normalising, lines, boilerplate, sentences."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from newscat.extract.words import lexicon
from newscat.folding import fold as fold

# Control characters other than tab and newline never carry meaning in an article.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalise(text: str) -> str:
    """The canonical form of an article: what is stored, hashed and indexed by evidence spans."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", _CONTROL.sub("", text))
    text = _TRAILING_SPACE.sub("", text)
    return _BLANK_RUNS.sub("\n\n", text).strip("\n ")


WRAPPED_LINE = 100  # characters: no line of a text wrapped to a page's width is longer
WRAP_SAMPLE = 40  # lines looked at


def hard_wrapped(text: str) -> bool:
    """Whether line breaks may fall inside a paragraph (and a name): no long line among the
    first ones. Scraped pages put one paragraph on a line; mail and wire copy wrap them."""
    first_lines = text.lstrip("\n").split("\n", WRAP_SAMPLE)[:WRAP_SAMPLE]
    return _runs_on(first_lines) and all(
        # a menu blanked out as furniture (spaces, offsets kept) is no line either, nor a
        # metadata block's field ("description: …" on one line, however long)
        len(line) <= WRAPPED_LINE
        or not line.strip()
        or _mostly_menu(line)
        or _METADATA_FIELD.match(line) is not None
        for line in first_lines
    )


def _runs_on(lines: list[str]) -> bool:
    """A paragraph's line break falls inside a sentence: a line goes on in small letters on
    the next. Short paragraphs one a line ("Amira Haddad leads the poll." / "Pollster Ben
    Acheson said …") are no wrapped text, however short their lines."""
    return any(
        line.strip()
        and following.strip()
        and (_goes_on(following.lstrip()) or _cut_mid_sentence(line.strip()))
        for line, following in pairwise(lines)
    )


def _goes_on(line: str) -> bool:
    return line[:1].islower() and not line.startswith(("http://", "https://", "www."))


# Marks a sentence (or a heading, a quotation) ends a line with
SENTENCE_MARKS = (".", "!", "?", ":", ";", '"', "”", "’", "'", ")")


def _cut_mid_sentence(line: str) -> bool:
    """A paragraph's line, long, ending with no mark a sentence or a heading ends with: "Olin
    Corp said John W. Johnstone" / "Jr, 54, president …"."""
    return (
        len(line) >= SHORT_LINE
        and not line.endswith(SENTENCE_MARKS)
        and not line.startswith(("http://", "https://"))
    )


_METADATA_FIELD = re.compile(r"(?:title|description|url|tags|categories|author|sitename): ")


def _mostly_menu(line: str) -> bool:
    """A page's menu on one line ("Home | News | Sign in | …"), no paragraph's line: most of
    its items are a menu's labels."""
    items = _MENU_SEPARATOR.split(line.strip())
    labels = sum(map(menu_label, items))
    return len(items) >= MENU_LINE_LABELS and labels * MENU_SHARE >= len(items)


MENU_SHARE = 1.25  # four in five items a label


SHORT_LINE = 50  # characters: a wrapped paragraph's lines are longer, but for its last


def short_line_at(text: str, end: int) -> bool:
    """Whether the line ending at end is far shorter than a wrapped paragraph's: a headline,
    byline or list item (or a paragraph's last line), so the line break after it ends it."""
    return end - text.rfind("\n", 0, end) < SHORT_LINE


@dataclass(frozen=True)
class Line:
    text: str
    start: int
    index: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_lines(text: str) -> list[Line]:
    lines = []
    pos = 0
    for index, raw in enumerate(text.split("\n")):
        lines.append(Line(raw, pos, index))
        pos += len(raw) + 1
    return lines


def last_written_lines(text: str, count: int) -> list[Line]:
    """The text's last `count` lines that hold something, as split_lines() gives them, read
    from the end: a long text is not split whole for its last lines."""
    found: list[Line] = []
    end = len(text)
    while len(found) < count:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            found.append(Line(text[start:end], start, text.count("\n", 0, start)))
        if start == 0:
            break
        end = start - 1
    return found[::-1]


# A label over or under a headline saying what kind of piece it is: "Analysis", "Match report",
# "Live blog", "Book review", "The long read"
GENRE_LABELS = frozenset(
    "editorial opinion analysis commentary explainer exclusive obituary factbox".split()
)
_GENRE_HEADS = GENRE_LABELS | frozenset(
    "report review interview feature preview profile blog briefing podcast investigation "
    "recap column essay comment read explained".split()
)
GENRE_LABEL_WORDS = 3


def genre_label(text: str) -> bool:
    words = text.strip().split()
    return (
        0 < len(words) <= GENRE_LABEL_WORDS
        and words[0][:1].isupper()
        and words[-1].lower() in _GENRE_HEADS
    )


# Page furniture left behind by scrapers: font-size widgets, share buttons, cookie banners.
_WIDGET_TOKEN = re.compile(
    r"^(?:[+\-−–—↺↻×✕|•·/]+|\d+\s*px|px|a[+\-−]?|aa|share|tweet|print|email|e-mail|"
    r"facebook|twitter|whatsapp|telegram|linkedin|reddit|pinterest|copy|link|save|"
    r"comments?|\(\d+\)|\d+)$",
    re.IGNORECASE,
)
_BOILERPLATE_PHRASE = re.compile(
    r"^\W*(?:read (?:more|also|next)|see also|related(?: articles| stories| news)?|"
    r"advertisement|sponsored(?: content)?|subscribe\b|sign up\b|log ?in\b|sign in\b|"
    r"follow us\b|share (?:this|on)\b|click here\b|skip to\b|back to top|"
    # a writer's or a topic's buttons: "Become a Fan", "Get Email Alerts from this Reporter"
    r"become a fan\b|get (?:e-?mail |news )?alerts\b|"
    # a newsletter's form: "Enter your email Thank you for signing up! An error occurred."
    r"enter your e-?mail\b|thank you for (?:signing up|subscribing)\b|"
    r"(?:we|this (?:site|website)) uses? cookies|accept (?:all )?cookies|cookie (?:policy|settings)|"
    # a consent box ("We value your privacy", "We and our partners use cookies …") and an
    # archive's banner over an old story ("This article is more than 2 years old")
    r"we value your privacy|we and our (?:\w+ )?partners (?:use|store|process)\b|"
    r"this (?:article|story|content) is (?:more|over) than \w+ (?:years?|months?) old|"
    r"privacy policy|terms of (?:use|service)|all rights reserved|most (?:read|popular)|"
    r"trending\b|loading\b|image:|photo:|video:|listen to (?:this|the) article|"
    # a reading time and a word count ("21 minutes - 4312 words"), not "2 min read · Mar 7,
    # 2023": the date is content
    r"\d+[ -]min(?:ute)?s?(?: read)?(?:\W+[\d,]+ words)?\W*$|[\d,]+ words\W*$)",
    re.IGNORECASE,
)


# Section labels that are junk only as a whole line: "Breaking News" alone is a widget,
# "Breaking news: quake hits Chile" is a headline.
_BOILERPLATE_LINE = re.compile(
    r"^\W*(?:for immediate release|menu|search(?: the web| this site| site| news)?|"
    r"type to search|home|navigation|sections|close|next|previous|follow|"
    r"(?:toggle|open|close|show|hide) (?:navigation|menu|search)|"
    # the page's versions: "Toggle Full/Mobile", "Switch to Desktop Site", "Mobile Version"
    r"(?:toggle|switch to|view) (?:full|mobile|desktop|classic)(?:\s*/\s*\w+)?(?: (?:site|view|version))?|"
    r"(?:full|mobile|desktop|classic)(?:\s*/\s*(?:full|mobile|desktop))? (?:site|view|version)|"
    r"(?:full|mobile|desktop)\s*/\s*(?:full|mobile|desktop)|"
    r"breaking news|top stories|latest(?: news| stories)?|editors?['’]? picks?|"
    r"photo gallery|gallery|you may also like|recommended(?: for you)?|popular now|"
    r"don['’]t miss|live updates?|related topics|topics|more (?:news|stories)|"
    r"more (?:from|by) [\w .&'’-]{1,30}|tags?:.*|(?:posted in [^|\n]{1,60}\|\s*)?tagged\b.*|"
    # a newsletter's prompt, the whole line: "Get Quay Daily's Top Stories Delivered Daily"
    r"get\b[^.!?\n]{1,60}\bdelivered(?: daily| weekly| to your inbox)?|"
    # a feed reader's and a read-later app's buttons: "Mark as read", "Visit Website"
    r"all articles|mark (?:all )?as (?:un)?read|save for later|read later|visit (?:the )?website|"
    r"view (?:the )?original(?: article| page)?|highlights|"
    # a page's printer-friendly version: its buttons, its reprint notice and its footer
    r"printer[- ]friendly(?: version| page| format)?|print(?:able)? version|click here to print|"
    r"close (?:this )?window|print this (?:page|article|story)|"
    r"this copy is for your personal,? non-?commercial use only\b.*|"
    r"(?:article|story) printed from\b.*|(?:url|link) to (?:the )?(?:article|story)\s*:.*|"
    # a web archive's bar over the page it kept: its banner with the copy's address, the
    # number of captures and their span, its calendar's months, "About this capture"
    r".*\bweb\.archive\.org/web/\d{8,14}.*|archived \d{1,2} \w+ \d{4} \d\d:\d\d(?::\d\d)? utc.*|"
    r"\d[\d,]* captures?|about this capture|collected by\b.*|"
    r"\d{1,2} [a-z]{3,9}\.? \d{4}\s*[-–]\s*\d{1,2} [a-z]{3,9}\.? \d{4}|"
    r"(?-i:(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:\s+(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)){1,2})|"
    # a broadcaster's buttons and its schedule's line: "Listen Live", "On Air Now: …", "Donate"
    # and its audio player's: "Listen · 5:09", "4-Minute Listen"
    r"(?:\d+[- ]minute )?listen(?: live| now)?(?:\s*[·•|-]?\s*\d{1,2}:\d\d(?::\d\d)?)?|"
    r"on air(?: now)?(?:\s*:.*)?|donate(?: now| today)?|"
    # the programme a piece was broadcast on, under its headline: "Heard on Morning Tide"
    r"(?:as )?(?:heard|seen|aired|broadcast|featured) on(?-i: (?:The |[A-Z][\w.&'’-]*\s?)+)|"
    # a blog engine's filing: "Filed under: Politics", "Posted in: Local", "Categories: Courts"
    r"(?:filed|posted|listed|categori[sz]ed) (?:under|in)\s*:.*|categor(?:y|ies)\s*:.*|"
    # a logo's text in place of its picture: "Harbour Herald logo"
    r"[\w .&'’-]{1,40} (?:logo|homepage|home page)|"
    # the site maker's credit in the footer: "Designed & Developed by …", "Powered by …"
    r"(?:(?:designed|developed|powered|built|hosted|maintained)"
    r"(?: (?:&|and) (?:designed|developed|hosted|maintained))? (?:by|with|on)|"
    r"(?:website|site|web design|theme) by) [\w .&'’-]{1,40}|"
    # an article's own buttons: "Save article", "Gift this article", "Bookmark story"
    r"(?:save|gift|bookmark|share|print)(?: this| full| the)? (?:article|story)|learn more|"
    # the print edition's link: "Today's Paper", "E-Paper"
    r"today['’]s paper|e-?paper|"
    # a sponsor's label over its logo: "Supported by", "In partnership with"
    r"(?:supported|sponsored|presented|brought to you) by|in (?:partnership|association) with|"
    # a time told relative to the visit: "Updated 2 hours ago", "5 mins ago"
    r"(?:(?:updated|published|posted|last updated)\W+)?\d+ ?(?:min(?:ute)?s?|hours?|hrs?|h|days?)"
    r" ago|"
    # a cookie box's buttons
    r"accept(?: all)?(?: cookies)?|reject all|(?:manage|cookie) (?:preferences|settings|cookies)|"
    # the readers' comments' counter or button: "Reader comments: 14", "Show 0 comments"
    r"(?:(?:show|view|read|reader|load|add|post|see)(?: all| the| your| a)? )?(?:\d+ )?"
    r"(?:comments?|reactions?|responses?)(?:\W*\d+)?)\W*$",
    re.IGNORECASE,
)


# An advert's label between a story's paragraphs: "Advertisement", "Story continues below
# advertisement", "Continue reading the main story". It belongs to neither the story nor a
# list of other stories.
_AD_LABEL_WORDS = (
    r"(?:advertisement|advert|ad|sponsored(?: content)?|paid content|skip (?:the )?(?:advertisement|ad)|"
    # an advert's own buttons: "Ad Feedback", "Report this ad", "AdChoices"
    r"(?:video )?ad feedback|report (?:this )?ad|ad ?choices|"
    r"(?:the )?(?:story|article|text) continues (?:below|after)(?: (?:this|the))?"
    r"(?: advertisement| advert| ad)?|"
    r"continue reading(?: below| the (?:main )?story)?|scroll (?:down )?to continue.*)"
)
# one label, or two ("Advertisement - Scroll to continue")
_AD_LABEL = re.compile(
    rf"\W*{_AD_LABEL_WORDS}(?:\W+{_AD_LABEL_WORDS})?\W*",
    re.IGNORECASE,
)


def ad_label(line: str) -> bool:
    return _AD_LABEL.fullmatch(line.strip()) is not None


# A wire's tag before its headline: "(LEAD) Talks resume", "[UPDATE 2] Talks resume"
_HEADLINE_TAG = re.compile(r"[(\[][A-Z0-9][A-Z0-9 .-]{1,15}[)\]]\s+")


def opens_as_headline(text: str) -> bool:
    """A headline opens with a capital, a figure, a sum ("$1m payoff", "£5bn deal") or a
    quotation mark, after a wire's tag in brackets if it has one."""
    tag = _HEADLINE_TAG.match(text)
    start = tag.end() if tag else 0
    first = text[start : start + 1]
    if first in _CURRENCY_SIGNS:
        return text[start + 1 : start + 2].isdigit()
    return first.isupper() or first.isdigit() or first in "\"'‘“"


_CURRENCY_SIGNS = "$£€¥₹"


_YEAR_TOKEN = re.compile(r"(?:1[89]|20)\d\d$")


def widget_junk_span(line: str) -> int:
    """Where trailing widget junk starts in a line ("date 2018-03-07 + ↺ − 16 px" → 15)."""
    # Junk sits at the end of a line; a long paragraph is only looked at in its tail.
    offset = max(0, len(line) - 80)
    tokens = [(m.start() + offset, m.group()) for m in re.finditer(r"\S+", line[offset:])]
    if offset and tokens:
        tokens = tokens[1:]  # the first may be a cut word
    cut = len(line)
    for start, token in reversed(tokens):
        if _YEAR_TOKEN.match(token):
            break  # "November 3, 2025 | 4 Comments": the date is content, the count is not
        if _WIDGET_TOKEN.match(token) and token.lower() not in {"copy", "link"}:
            cut = start
        else:
            break
    # A trailing run of bare numbers is content ("Friday 2018 12"), not junk, unless px follows.
    kept = line[:cut].rstrip()
    if cut < len(line) and not re.search(r"[^\d\s]", line[cut:]):
        return len(line)
    return len(kept)


# "Home » World", "News > Politics > Europe": a breadcrumb trail, not a headline.
_BREADCRUMB = re.compile(r"^(?:[^»›>|/\n]{1,30}(?:\s+[>|/]\s+|\s*[»›]\s*)){1,6}[^»›>|/\n]{1,40}$")


MENU_ITEMS = 4  # "Home | World | Politics | Sport": a navigation bar has at least this many


def _is_menu(line: str) -> bool:
    if line.count("|") < MENU_ITEMS - 1:
        return False
    items = [item.strip() for item in line.split("|")]
    if any(_NUMBERS_ITEM.fullmatch(item) for item in items):
        return False  # "2019-11-19 | 4:20am | Updated 2019-11-19 | 9:32pm": a date line
    return all(item and len(item.split()) <= 3 and not item.endswith(".") for item in items)


# A date or a time in figures, which no menu's label is
_NUMBERS_ITEM = re.compile(r"\d[\d\W_]*(?:[ap]\.?m\.?)?", re.IGNORECASE)


# A link to one other story: the previous or next post, what plays next
_ONE_OTHER_STORY = r"(?:previous|next|older|newer) (?:article|post|story)|up next"
# A heading over a list of other stories' headlines: what follows it is not this article.
_OTHER_STORIES = re.compile(
    r"^\W*(?:related(?: articles?| stories| story| news| content| coverage| posts?| reading)?|"
    r"read (?:more|also|next)|also read|see also|also (?:watch|see)|watch (?:more|next|also)|"
    r"more on this story|more (?:news|stories)|"
    # a blog's widgets too: "You may like these posts", "Popular Posts", "Recent Posts"
    r"you (?:may|might)(?: also)? like(?: these| this)?(?: posts?| stories| articles)?|"
    r"(?:popular|recent) (?:posts|stories|articles)|"
    r"recommended(?: for you| stories)?|most (?:read|popular|viewed)|popular now|trending(?: now)?|"
    r"top stories|latest(?: news| stories)?|editor(?:['’]?s)?['’]? picks?|must[ -]reads?|"
    r"more from [\w .&'’-]{1,30}|" + _ONE_OTHER_STORY + r"|"
    # the opinion pages' writers and their latest columns
    r"(?:our |more |featured )?columnists|more (?:opinion|columns|commentary)|"
    # a tag list: "Topics", "Tags", "Explore more on these topics"
    r"(?:related )?topics|tags|(?:explore )?more on (?:these|this) topics?)"
    # "Most read in World", "Trending in Sport", "Latest from Business": the list of a section
    r"(?:\s+(?:in|from|on)\s+[\w .&'’-]{1,30})?\W*$",
    re.IGNORECASE,
)
HEADLINE_LIST = 12  # at most this many headlines are skipped after such a heading
_ANOTHER_STORY = re.compile(rf"^\W*(?:{_ONE_OTHER_STORY}|read next)\W*$", re.IGNORECASE)


def other_stories_heading(line: str) -> bool:
    """ "Related", "You might also like", "Most read in World": what follows is not this story."""
    return _OTHER_STORIES.match(line.strip()) is not None


# A heading over the writer's box ("About the author", "About the reporters"): what follows is
# a bio, whose people (the writer, their former colleagues) are not the story's.
_WRITER_BOX = re.compile(
    r"^\W*(?:about the (?:authors?|writers?|reporters?|columnists?|contributors?)|"
    r"(?:authors?|writer|reporter)['’]?s? (?:bio|profile))\W*$",
    re.IGNORECASE,
)
WRITER_BOX_LINES = 2  # a bio's paragraphs under that heading
_BIO_PRONOUN = re.compile(r"^\W*(?:she|he|they|her|his|their)\b", re.IGNORECASE)


def _bio_goes_on(previous: str, line: str) -> bool:
    """Whether a writer's box's second line is the box's: under the writer's name or job
    alone ("Dana Kelso" / "Dana Kelso is a reporter…"), or about them ("She covers…"). The
    story goes on under a box set between its paragraphs."""
    ends_sentence = previous.rstrip(" \"”'’)]").endswith((".", "!", "?"))
    return not ends_sentence or bool(_BIO_PRONOUN.match(line))


HEADLINE_WORDS = 20


def _headline_list_line(line: str) -> bool:
    """A short line without a full stop: another story's headline, not body text (nor a list
    written as a paragraph)."""
    stripped = line.strip()
    return (
        bool(stripped)
        and len(stripped.split()) <= HEADLINE_WORDS
        and not stripped.endswith(".")
        and not list_paragraph(stripped)
    )


CUT_SHORT = ("...", "…")  # a teaser's end: "… in prepared remarks in front..."


def _headlines_run_together(lines: list[Line], index: int) -> bool:
    """A list's headlines on one line, as a copy may run them together before it lists each:
    title case all along ("Fed Unlikely To Take Major Action Harbour Board Holds Talks …"),
    and the next line one of them (a menu's labels run together list nothing after)."""
    text = lines[index].text.strip()
    following = next((line.text.strip() for line in lines[index + 1 :] if line.text.strip()), "")
    if not following or following not in text or text.endswith("."):
        return False
    words = text.split()
    if "|" in words:
        return False  # a header's fields: "Funeral , National | Published: 5 hours ago"
    long = [word for word in words if len(word.strip("\"'“”‘’:,")) > 3]
    capitalised = sum(word.strip("\"'“”‘’")[:1].isupper() for word in long)
    return bool(long) and capitalised >= RUN_TOGETHER_CAPITALS * len(long)


RUN_TOGETHER_CAPITALS = 0.8  # of a line's longer words, capitalised, at least


def list_paragraph(line: str) -> bool:
    """A list written as a paragraph: a team's line-up, the winners of prizes ("Dana Kelso
    (Harbour), Tom Vane (Quay), …")."""
    return len(line.split()) >= LIST_PARAGRAPH_WORDS and line.count(",") >= LIST_PARAGRAPH_COMMAS


LIST_PARAGRAPH_WORDS = 12
LIST_PARAGRAPH_COMMAS = 4


STORY_SENTENCE_WORDS = 8  # words of a line that reads as the story's prose
_HEADER_DETAIL = re.compile(
    r"\b(?:19|20)\d\d\b|^\W*(?:by|posted|published|updated|article by)\b", re.IGNORECASE
)


def _story_sentence(line: str) -> bool:
    stripped = line.strip().rstrip("\"'”’)")
    return len(stripped.split()) >= STORY_SENTENCE_WORDS and stripped.endswith((".", "!", "?"))


def _headlines_under(lines: list[Line], heading: Line, story_begun: bool) -> int:
    """How many headlines an other stories' heading stands over: a list's, under the story;
    one, under a link to one other story ("Previous Post", which never labels the story's own
    headline as a section's name does); above the story, as _listed_above_story() counts."""
    if story_begun:
        return HEADLINE_LIST
    if _ANOTHER_STORY.match(heading.text.strip()):
        return 1
    return _listed_above_story(lines, heading)


def _listed_above_story(lines: list[Line], heading: Line) -> int:
    """How many headlines a "Latest News" or "Editors' Pick" heading above the story lists:
    over the story, such a heading is often the section's label, and the one headline under
    it, followed by the date or byline, is the story's own. So the last headline of the run
    is kept, and a date or byline line ends the run."""
    run = 0
    dated = False  # the run ends at a date or byline line: its last headline is the story's
    for line in lines[heading.index + 1 :]:
        if not line.text.strip() or is_boilerplate(line.text):
            continue  # "Share", "5 min read" under the story's headline: no headline of a list
        if _HEADER_DETAIL.search(line.text):
            dated = True
            break
        if widget_junk_span(line.text) < len(line.text.rstrip()):
            continue  # "Font size: A A A": a widget's label and buttons
        if not _headline_list_line(line.text):
            break
        if run and _writers_line(line.text) and _header_detail_after(lines, line.index):
            dated = True
            break  # "Jane Roe and Tom Vane" under the story's headline, the date under them
        if _OTHER_STORIES.match(line.text.strip()):
            return 0  # the next heading decides
        run += 1
        if run > HEADLINE_LIST:
            break
    # under the story's own headline, a list whose last headline no date or byline follows
    # is all the list's ("Headline" / "You may also like" / another's headline / its teaser)
    return run if not dated and _headline_above(lines, heading) else max(0, run - 1)


HEADLINE_ABOVE_WORDS = 5


def _headline_above(lines: list[Line], heading: Line) -> bool:
    """A headline stands right over the heading: the story's, which its standfirst, byline
    or body follow after the list ("Headline" / "You may also like" / another headline)."""
    for line in reversed(lines[: heading.index]):
        text = line.text.strip()
        if not text or is_boilerplate(text):
            continue
        return (
            HEADLINE_ABOVE_WORDS <= len(text.split()) <= HEADLINE_WORDS
            and not text.endswith((".", ":", "|"))
            and not text.isupper()
            and not menu_line(text, least=2)
            and not _OTHER_STORIES.match(text)
            and not _HEADER_DETAIL.search(text)  # the date over the list: the page's header
        )
    return False


TRAIL_PART_WORDS = 3
WRITERS_LINE_WORDS = 7


_WRITER_S_JOB = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,4}(?i:writer|reporter|editor|correspondent|columnist)$"
)


def _writers_line(line: str) -> bool:
    """A byline without "By": names of two or three capitalised words, several joined by
    "and" or one with a given name newscat knows ("Jane Roe and Tom Vane", "Jane Roe"), maybe
    with the writer's job after a comma ("Jane Roe, AP National Security Writer")."""
    writers, comma, job = line.strip().partition(", ")
    if comma and _WRITER_S_JOB.search(job):
        line = writers
    names = [name.split() for name in _NAME_JOINS.split(line.strip())]
    return (
        len(line.split()) <= WRITERS_LINE_WORDS
        and all(
            2 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(w) for w in words) for words in names
        )
        and (len(names) > 1 or names[0][0].lower() in lexicon("first_names"))
    )


def _header_detail_after(lines: list[Line], index: int) -> bool:
    """The next line that holds something, after lines[index], is a date or a byline's."""
    position = index + 1
    while position < len(lines) and not lines[position].text.strip():
        position += 1
    return position < len(lines) and _HEADER_DETAIL.search(lines[position].text) is not None


_NAME_JOINS = re.compile(r",\s*|\s+(?:and|&)\s+")
_NAME_WORD = re.compile(r"[A-Z][a-z'’-]+")


def _writer_s_name(part: str) -> bool:
    """ "Dana Kelso": a known given name, then one or two title-case words."""
    words = part.split()
    return (
        2 <= len(words) <= 3
        and words[0].lower() in lexicon("first_names")
        and all(word[:1].isupper() and word[1:].islower() for word in words)
    )


def _slash_trail(line: str) -> bool:
    """ "National / Crime & Legal": a section trail, each part a short title-case label; not a
    writer's name and outlet ("Dana Kelso / The Quayline": a byline)."""
    parts = line.split(" / ")
    if len(parts) == 2 and _writer_s_name(parts[0]):
        return False
    return len(parts) >= 2 and all(
        1 <= len(part.split()) <= TRAIL_PART_WORDS
        and all(word[:1].isupper() or word in {"&", "and", "of"} for word in part.split())
        for part in parts
    )


# "© 2024 Jane Roe. All rights reserved.", "Copyright 2021 Harbour Media": the page's notice
# (read for the source from the lines as written), not the story's.
_COPYRIGHT_NOTICE = re.compile(
    r"^\W*(?:©|\(c\)|copyright\b)[^\n]{0,120}?(?:\b(?:19|20)\d\d\b|\brights reserved\b)",
    re.IGNORECASE,
)
COPYRIGHT_WORDS = 20


# A browser's print of a page, copied out of the PDF: each printed page opens with the day
# and time of printing and the page's title ("3/4/24, 10:12 AM Port closes | Harbour Herald")
# and closes with the page's address and the page's number ("https://… 2/3").
_PRINT_HEADER = re.compile(
    r"^\d{1,2}/\d{1,2}/\d{2,4}, \d{1,2}:\d{2}(?: ?[AaPp][Mm])? (?![AaPp][Mm]\b)\S+ \S"
)
PRINT_FOOTER = re.compile(r"^(?P<url>https?://\S+)\s+(?P<page>\d{1,3})/(?P<pages>\d{1,3})$")


# A picture's caption with a wire's credit: "FILE - The mayor speaks … (AP Photo/Jane Roe,
# File)". Its date is the picture's, its sentence no lede.
_CREDITED_CAPTION = re.compile(
    r"^\W*FILE\s*[-–—]\s|\((?:[A-Z][\w&.'’-]*\s+){0,3}(?i:photo|picture|image)s?\s*/[^()\n]{2,60}\)\s*$"
)


def _credited_caption(line: str) -> bool:
    # the pattern is only tried where its ends could be: most lines are neither
    return ("FILE" in line[:6] or line.endswith(")")) and bool(_CREDITED_CAPTION.search(line))


# "HARBOUR HERALD, 7 MARCH 2024", "Harbour Herald, March 7, 2024": a print copy's line of the
# paper and the day
OUTLET_COMMA_DATE = re.compile(
    r"^\W*(?P<name>[A-Z][\w.&'’ -]{1,40}?),\s*"
    r"(?:\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\W*$"
)


# A picture's credit on a line of its own: "Credit...Jane Roe for Kestrel Post", "Photo
# credit: Jane Roe/Harbour Images", "Image credits - Quay Pictures", "Photo: Jane Roe"
_PICTURE_CREDIT_LINE = re.compile(
    r"\W*(?:(?:(?:photo(?:graph)?|image|picture)\s+)?credits?\s*(?:\.{2,}|…|:|\s[-–—|])"
    r"|(?:photo(?:graph)?|image|picture)s?\s*:)\s*\S",  # "Image: Jane Roe"
    re.IGNORECASE,
)
CREDIT_LINE_WORDS = 12


def picture_credit_line(line: str) -> bool:
    stripped = line.strip()
    if not _PICTURE_CREDIT_LINE.match(stripped):
        return False
    return len(stripped.split()) <= CREDIT_LINE_WORDS or _credits_listed(stripped)


CREDIT_ITEM_WORDS = 4  # words of each name in a list of pictures' credits, at most


def _credits_listed(line: str) -> bool:
    """ "Images: Kestrel Stock; Jane Roe, Tom Vane, …, Dana Kelso/Quay Post": a list of
    names however long, no sentence among them."""
    if ":" not in line:
        return False
    items = re.split(r"[,;]\s*", line.split(":", 1)[1])
    return len(items) >= 3 and all(
        0 < len(item.split()) <= CREDIT_ITEM_WORDS and not item.rstrip().endswith(".")
        for item in items
    )


def is_boilerplate(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    if picture_credit_line(stripped):
        return True
    if _credited_caption(stripped):
        return True
    if _BOILERPLATE_PHRASE.match(stripped) or _BOILERPLATE_LINE.match(stripped):
        return True
    if _PRINT_HEADER.match(stripped) or PRINT_FOOTER.match(stripped):
        return True
    if ad_label(stripped):
        return True
    if _COPYRIGHT_NOTICE.match(stripped) and len(stripped.split()) <= COPYRIGHT_WORDS:
        return True
    if (
        _BREADCRUMB.match(stripped)
        and re.search(r"[»›>]", stripped)
        and len(stripped.split()) <= 10
    ):
        return True
    if _is_menu(stripped) or _slash_trail(stripped):
        return True
    tokens = stripped.split()
    return all(_WIDGET_TOKEN.match(t) for t in tokens) and not stripped.isdigit()


@lru_cache(maxsize=8)
def content_lines(text: str) -> list[Line]:
    """Non-blank lines that are not page furniture, with junk tails cut off."""
    result = []
    other_stories = 0  # headlines left to skip under a "Related articles" heading
    lines = split_lines(text)
    story_begun = False
    bio_lines = 0  # lines left to skip under an "About the author" heading
    previous = ""  # the writer's box's line above
    for line in lines:
        if not line.text.strip():
            continue  # blank lines may stand between the headlines of a list
        # The heading is tested on its own: not all its phrasings are other page furniture
        # ("More on this story", "Most viewed"); one inside a list opens a list of its own
        # ("Tags" … "Popular Posts"), counted afresh.
        if _OTHER_STORIES.match(line.text.strip()):
            other_stories = _headlines_under(lines, line, story_begun)
            continue
        # the writer's box may follow a list ("More from …") whose headlines look like its own
        if story_begun and _WRITER_BOX.match(line.text.strip()):
            bio_lines, other_stories = WRITER_BOX_LINES, 0
            continue
        # (a listed story's teaser, cut short, between its headline and the next)
        if other_stories and (
            _headline_list_line(line.text)
            or (
                story_begun
                and (
                    line.text.rstrip().endswith(CUT_SHORT)
                    or _headlines_run_together(lines, line.index)
                )
            )
        ):
            other_stories -= 1
            continue
        other_stories = 0
        if bio_lines and (bio_lines == WRITER_BOX_LINES or _bio_goes_on(previous, line.text)):
            bio_lines -= 1
            previous = line.text
            continue
        bio_lines = 0
        if is_boilerplate(line.text):
            continue
        story_begun = story_begun or _story_sentence(line.text)
        cut = widget_junk_span(line.text)
        kept = line.text[:cut]
        lead = len(kept) - len(kept.lstrip())
        result.append(Line(kept.strip(), line.start + lead, line.index))
    return result


# A link to another story set in the page, under its label: "ALSO READ | Jane Roe wins
# award", "Watch: Jane Roe on the port", "Recommended: Jane Roe's plan", "VIDEO | 2:31".
# People there are the other story's. (A headline may start "Watch:" too, so titles still
# read such lines.)
_PROMO_LINK = re.compile(
    r"^\W*(?:(?:also )?read|watch(?: now)?|recommended|you (?:may|might) (?:also )?like|podcast|episode \d+|"
    r"more|suggested(?: reading| for you)?|don['’]?t miss|see also|related(?: story| article)?|"
    r"further reading|in other news|in pictures|gallery|slideshow|videos?|photos?|"
    r"listen(?: now)?|must read|more on this(?: story)?|opinion|also on [\w .&'’-]{1,40}|"
    r"(?:next|previous) (?:article|story|post)|next|up next|sponsored)\s*[:|]\s*\S",
    re.IGNORECASE,
)


def links_another_story(line: str) -> bool:
    """ "ALSO READ | Jane Roe wins award": a link to another story under its label."""
    return bool(_PROMO_LINK.match(line))


def without_furniture(text: str) -> str:
    """The text with page furniture blanked out by spaces, so that offsets stay the same:
    what people rules read, so "Share this: Facebook Twitter" names nobody."""
    kept = {line.index: line for line in content_lines(text) if not links_another_story(line.text)}
    lines = split_lines(text)
    changed = False
    out = []
    for line in lines:
        content = kept.get(line.index)
        if content is None and _credited_caption(line.text.strip()):
            out.append(line.text)  # a caption's people are the story's; no sentence of it
            continue
        if content is None:
            blank = not line.text.strip()
            out.append(line.text if blank else " " * len(line.text))
            changed = changed or not blank
        elif content.text == line.text:
            out.append(line.text)
        else:
            lead = content.start - line.start
            out.append(
                " " * lead + content.text + " " * (len(line.text) - lead - len(content.text))
            )
            changed = True
    return "\n".join(out) if changed else text


def paragraphs(text: str) -> list[Line]:
    """Blank-line separated blocks as (text, start) with boilerplate lines dropped."""
    blocks: list[Line] = []
    current: list[Line] = []
    for line in [*split_lines(text), Line("", len(text) + 1, -1)]:
        if line.text.strip():
            if not is_boilerplate(line.text):
                current.append(line)
            continue
        if current:
            start = current[0].start
            end = current[-1].end
            blocks.append(Line(text[start:end], start, current[0].index))
            current = []
    return blocks


ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "mt",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cpl",
        "maj",
        "adm",
        "gov",
        "sen",
        "rep",
        "rev",
        "hon",
        "fr",
        "inc",
        "corp",
        "co",
        "ltd",
        "plc",
        "no",
        "nos",
        "vs",
        "etc",
        "approx",
        "dept",
        "univ",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
    ]
)
# A picture agency's or a photographer's credit: "… | Getty Images", "Name/Quay Images",
# "Photo: …": no byline.
PICTURE_AGENCY = re.compile(r"\b(?:Images|Photos?|Photograph|Pictures|Shutterstock)\b")


_HANDLE = re.compile(r"(?<![\w@#])[@#](?P<handle>[A-Za-z0-9_.]{2,60})")
_HANDLE_PARTS = re.compile(r"[a-z]{2,}")


@lru_cache(maxsize=8)  # asked twice a text: by the people rules and by the tagger
def handle_words(text: str) -> frozenset[str]:
    """The words of the page's handles and hashtags ("@dana.kelso", "#tegnell"): people's
    names written in lower case, as accounts spell them, and so no words of the language."""
    if "@" not in text and "#" not in text:
        return frozenset()
    return frozenset(
        part
        for match in _HANDLE.finditer(text)
        for part in _HANDLE_PARTS.findall(match.group("handle").lower())
    )


def caption_credit_again(text: str, line: str) -> bool:
    """ "Dana Kelso/Harbour Wire" alone on a line, which the page also writes after a
    caption's sentence ("… on Monday. Dana Kelso/Harbour Wire"): the picture's credit
    repeated under it, not a writer's byline."""
    line = line.strip()
    if "/" not in line:
        return False
    return re.search(r"[.!?][\"”’)]?[ \t]+" + re.escape(line), text) is not None


_WEEKDAY_ABBREVIATIONS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())


def ends_in_abbreviation(text: str) -> bool:
    """ "… Cold Wave Alert Tues.", "… return to the U.S.": the full stop is the word's."""
    words = text.split()
    if not words or not words[-1].endswith("."):
        return False
    word = words[-1][:-1].lower().lstrip("(\"'‘“")
    return word in ABBREVIATIONS or word in _WEEKDAY_ABBREVIATIONS


_SENTENCE_END = re.compile(r"[.!?](?:[\"'”’)\]]*)(?=\s+[\"'“‘(\[]?[A-Z0-9])|[.!?][\"'”’)\]]*$")


def sentence_end(text: str, start: int = 0) -> int:
    """The end offset of the sentence that begins at start (abbreviations and initials skipped)."""
    for match in _SENTENCE_END.finditer(text, start):
        # The word before the stop, read from a short tail: searching the whole head with an
        # end-anchored pattern would grow with the square of a long line.
        words = text[max(start, match.start() - 40) : match.start()].split()
        # "SINO-U.S." ends in the abbreviation "u.s", not a sentence.
        token = words[-1].lower().rstrip(".").rsplit("-", 1)[-1] if words else ""
        if match.group()[0] == "." and (
            token in ABBREVIATIONS
            or (len(token) == 1 and token.isalpha())
            or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token)
        ):
            continue
        return match.end()
    return len(text)


LEDE_WORDS = 12  # a line this long that ends a sentence is the body, not a header line


def ends_sentence(text: str) -> bool:
    return text.rstrip(" \"'”’)").endswith((".", "!", "?"))


def lede_line(text: str) -> bool:
    """A line of the body's first paragraph: long, and ending a sentence. A page's header
    (headline, byline, date, menus) stands above the first such line."""
    return len(text.split()) >= LEDE_WORDS and ends_sentence(text) and not reporting_from(text)


# Under a byline, where its writers were: "Reporting from Dakar, Senegal", "Jane Roe reported
# from Lagos, and Tom Vane from London." A credit of the header, not the body's first sentence.
_NAME_WORDS = r"(?:(?:[A-Z][\w'’.-]*,?|and)\s+){1,9}"  # "Jane Roe, Tom Vane and Mara Lind"
_PLACE = r"[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){0,4}"  # "Dakar, Senegal", "New York"
_REPORTING_FROM = re.compile(
    rf"\s*(?:Reporting|{_NAME_WORDS}(?:reported|wrote))\s+from\s+{_PLACE}(?:\s+and\s+{_PLACE})?"
    rf"(?:,?\s+and\s+{_NAME_WORDS}from\s+{_PLACE})*\.?\s*"
)


def reporting_from(line: str) -> bool:
    return _REPORTING_FROM.fullmatch(line) is not None


_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")


COUNT_IN_ONE_GO = 1_000_000  # characters; a longer text's words are counted one at a time


def word_count(text: str) -> int:
    if len(text) <= COUNT_IN_ONE_GO:
        return len(_WORD.findall(text))
    # findall() on a 20 MB text would hold a list of its three million words
    return sum(1 for _ in _WORD.finditer(text))


# Words that name what a writer did, before "by": "Written by", "Reporting by", "Posted by".
CREDIT_WORDS = (
    "written|article|words|story|text|analysis|commentary|review|interview|report|reporting|"
    "reported|edited|opinion|column|guest column|essay|posted|curated|compiled"
)

# Calendar words in English, full and short: what a date line, not a name, is made of.
MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
WEEKDAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MENU_RUN = 3  # a menu's labels in a row, at least


# "1996-2016 The Harbour Post": a footer's copyright whose sign the copy lost (a span of
# years and a name, nothing else)
_SIGNLESS_COPYRIGHT = re.compile(
    r"^\W*(?P<first>(?:19|20)\d\d)\s*[-–]\s*(?P<last>(?:19|20)\d\d)\s+"
    r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}\W*$"
)


def signless_copyright(text: str) -> bool:
    return signless_copyright_year(text) is not None


def signless_copyright_year(text: str) -> int | None:
    """The last year of a copyright line whose sign the copy lost, if the line is one."""
    years = _SIGNLESS_COPYRIGHT.match(text)
    if years is None or int(years["last"]) - int(years["first"]) < COPYRIGHT_SPAN:
        return None
    return int(years["last"])


COPYRIGHT_SPAN = 3  # years a copyright's span covers, at least: "2016-2017 Season" is no span


def menu_label(line: str) -> bool:
    """ "News", "Sport", "Local News", "Arts & Culture": a menu's label, one or two
    capitalised words (two joined by "&")."""
    words = line.split()
    if len(words) == 3 and words[1] == "&":
        words = [words[0], words[2]]
    return (
        1 <= len(words) <= 2
        and all(word[:1].isupper() and word.isalpha() for word in words)
        and not any(word.lower().rstrip(".") in MONTH_WORDS for word in words)
    )


LABEL_WORDS = 3  # a label over a headline in capitals ("BREAKING NEWS"), at most


def label_over_headline(text: str) -> bool:
    """ "Business News", "BREAKING", "Share", a button's "*": a line over a headline that is
    no headline itself (as "Quaytown 2-1 Harbour" is, however short)."""
    return (
        not any(char.isalpha() for char in text)
        or menu_label(text)
        or (text.isupper() and len(text.split()) <= LABEL_WORDS)
        or is_boilerplate(text)
    )


def standfirst_under(headline: str, line: str) -> bool:
    """A long line in the words of a sentence right under a short headline ("Italy 8-38
    Wales" / "What the numbers say about the year, and what they leave out"): the
    standfirst, not the headline under a kicker (which is a label: "Business News", "NEWS")."""
    words = headline.split()
    return (
        len(line.split()) >= STANDFIRST_WORDS
        and len(words) >= 2
        and len(words) * 3 < len(line.split()) * 2  # the headline two thirds its length, at most
        and not _MENU_SEPARATOR.search(line)  # "Home / News / Port closes …": a breadcrumb
        and not menu_label(headline)
        and not headline.isupper()
        and not headline.rstrip().endswith((".", ",", ":", ";"))
    )


STANDFIRST_WORDS = 12


_MENU_SEPARATOR = re.compile(r"\s+[|•·»›/]\s+")
MENU_LINE_LABELS = 3  # labels on one line, at least, to make it a menu


# Words a site's sections are named with: "Business", "Local News", "Arts & Culture".
_SECTION_LABEL_WORDS = frozenset(
    "news sport sports world business politics opinion opinions local national international "
    "entertainment lifestyle health technology tech science culture arts travel money markets "
    "education crime weather video economy environment regional metro features analysis "
    "latest breaking & and".split()
)
SECTION_LABEL_WORDS = 3


def section_label(text: str) -> bool:
    """ "Business", "Local News": a section's name, not an outlet's or a headline."""
    words = text.lower().split()
    return 0 < len(words) <= SECTION_LABEL_WORDS and all(w in _SECTION_LABEL_WORDS for w in words)


RUN_TOGETHER_LABELS = 5  # a menu's one-word labels run into one line, at least
RUN_TOGETHER_SECTIONS = 3  # of which sections' or the site's own pages' names
_SITE_PAGES = frozenset(
    "home homepage about advertise terms privacy contact careers jobs subscribe newsletters "
    "login help faq sitemap cookies accessibility rss apps shop classifieds obituaries".split()
)
# the small words a title-case headline capitalises: "Ferry Fares To Rise In March"
_TITLE_CASE_SMALL_WORDS = frozenset(
    "a an the and or of in on at to for with by from as is are".split()
)


def labels_run_together(line: str) -> bool:
    """ "Homepage News Entertainment Beauty Fashion Books", "About Us Advertise Terms Privacy
    Contact": a menu's labels a page's copy ran into one line, no separator left; single
    capitalised words, sections' or the site's pages' names among them."""
    words = line.split()
    return (
        len(words) >= RUN_TOGETHER_LABELS
        and all(word.isalpha() and word[:1].isupper() for word in words)
        and sum(section_label(word) or word.lower() in _SITE_PAGES for word in words)
        >= RUN_TOGETHER_SECTIONS
        and not any(word.lower() in _TITLE_CASE_SMALL_WORDS for word in words)
    )


def menu_line(line: str, least: int = MENU_LINE_LABELS) -> bool:
    """ "Home | News | Sport", "News » Politics » Europe": a menu or a breadcrumb trail on one
    line, its labels a word or two each."""
    items = _MENU_SEPARATOR.split(line.strip())
    return len(items) >= least and all(menu_label(item) for item in items)


def over_menu(lines: list[Line], position: int) -> bool:
    """The line stands over a run of a menu's labels: the site's own line (its date, a
    ticker, a tagline), not the story's."""
    following = lines[position + 1 : position + 1 + MENU_RUN]
    return len(following) == MENU_RUN and all(menu_label(line.text) for line in following)


def under_menu(lines: list[Line], position: int) -> bool:
    """The line stands under a run of a menu's labels: the menu's last item ("Tourism" /
    "North Coast" / "Harbour Coast News"), not the site's name."""
    above = lines[max(0, position - MENU_RUN) : position]
    return len(above) == MENU_RUN and all(menu_label(line.text) for line in above)
