"""Authors: the journalists a text credits with the article, from its bylines and credits.

Where they stand, whatever the outlet:
- a metadata block's `author:` field (trafilatura's text output);
- a byline near the top: "By Jane Doe", "By . Jane Doe . PUBLISHED: …", "Written by Jane Doe",
  "By Jane Doe and John Roe The Associated Press", "By Jane Doe - 11/19/19";
- a writer's line near the top: the name alone, or with the outlet, a date, a job or a handle
  after a separator ("Jane Doe · CBC News · Posted: …", "Jane Doe / TNN / Updated: …",
  "Jane Doe | jdoe@example.com", "Jane Doe, AP National Security Writer");
- credits at the end: "Reporting by X; Additional reporting by Y in Z; Editing by W",
  "X and Y contributed to this report", "CNN's X reported from Moscow", "With files from X",
  "– Jane Doe" as the last line.
A name must look like a person's (two to four capitalised words, no outlet or job word):
"Daily Mail Reporter", "Staff Reports" and "AFP" are not authors.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from newscat.extract.dates import (
    SHORT_MONTHS_IN_CAPITALS,
    date_ends,
    find_dates,
    without_its_date,
)
from newscat.extract.metadata import read_metadata
from newscat.extract.names import PARTICLES
from newscat.extract.record import Found
from newscat.extract.structure import FUNCTION_WORDS
from newscat.extract.text import (
    CREDIT_WORDS,
    MONTH_WORDS,
    OUTLET_COMMA_DATE,
    PICTURE_AGENCY,
    WEEKDAY_WORDS,
    Line,
    caption_credit_again,
    content_lines,
    ends_sentence,
    is_boilerplate,
    last_written_lines,
    lede_line,
    other_stories_heading,
    picture_credit_line,
    split_lines,
)
from newscat.extract.words import (
    lexicon,
    named_like_an_outlet,
    plain_word,
    words_of_the_language,
)

HEAD_LINES = 40  # lines at the top where a byline stands (page copies hold menus above it)
HEAD_CHARS = 5_000
JOB_LINE_WORDS = 10  # "Robert Burns, AP National Security Writer": a name and a job, no more
SENTENCE_WORDS = 6  # a line of the body, ending its sentence
WRITER_LINE_WORDS = 30  # "Jane Doe · CBC News · Posted: Aug 08, 2024 4:00 AM EDT | Last …"
TAIL_CHARS = 2_500
BUTTON_WORDS = 4  # "Listen to this article"  # where the credits of the end stand
NAME_WORDS = (2, 4)

_NAME_WORD = r"(?!AND\b)[A-ZÀ-ÖØ-Þ][\w'’.-]*"  # "AND" joins names in capitals
# Within one line: a name never runs on into the next line's words.
# a surname's particles in small letters, up to two ("Alejandro de la Garza", "Jan van der Berg")
_PARTICLE = "|".join(sorted(PARTICLES, key=len, reverse=True))
# a nickname in quotes after the given name: "Amanda "Tania Mae" Tan"
_QUOTED_NICKNAME = r"[ \t]+[\"“][A-Z][\w'’. -]{0,24}[\"”]"
_NICKNAME = rf"(?:{_QUOTED_NICKNAME})?"
_NAME = rf"{_NAME_WORD}{_NICKNAME}(?:[ \t]+(?:(?:{_PARTICLE})[ \t]+){{0,2}}{_NAME_WORD}){{1,3}}"
# "and" between names, or "AND" in a byline in capitals ("BY JANE DOE AND TOM ROE"), or a
# dataset row's " . and " ("By . Jane Doe . and Tom Roe . PUBLISHED: …")
_NAME_LIST = (
    rf"{_NAME}(?:[ \t]*(?:,(?:[ \t]*(?:and\b|&))?|&|/|\band\b|\bAND\b|\.[ \t]+and\b)"
    rf"[ \t]*{_NAME})*"
)
# Words no person's name holds: an outlet, a desk, a job.
_NOT_NAME = frozenset(
    """reporter reporters staff correspondent correspondents editor editors writer writers
    desk team news press associated agency agencies service services bureau online digital
    newsroom media times post herald daily weekly mail journal tribune gazette express
    telegraph guardian reuters afp ap cnn bbc ians pti tnn report reports contributor
    contributors photographer photo photos video admin web published updated posted
    wire network radio tv television correspondence international national security
    senior chief political business sports sport world local staffer our
    follow prev previous next share sign login com""".split()  # buttons by a byline: "Follow",
    # "Prev Next", "Social Share", "Sign In"; "com" of an address read as words
)

_CREDIT_OPENING = re.compile(rf"^\W*(?:(?:{CREDIT_WORDS})\s+)?by\b\W*", re.IGNORECASE)
DESK_WORDS = 4


def credits_a_desk(line: str) -> bool:
    """ "By Staff Reporter", "Posted by News Desk", "By Our Correspondent": a byline that
    credits the newsroom, no writer."""
    opening = _CREDIT_OPENING.match(line)
    words = line[opening.end() :].split() if opening else []
    return 0 < len(words) <= DESK_WORDS and all(
        word.lower().strip(",.") in _NOT_NAME for word in words
    )


# The names part is case-sensitive: "By Jane Doe and John Roe" has "and" between two names.
_BYLINE = re.compile(
    # "Posted on March 12, 2024 by Jane Doe": the date's label, the date, the writer
    rf"(?:^\W*(?i:posted|published|updated)\b[^|\n]{{0,60}}?[\s,](?i:by)[\s:]+|"
    # a credit after another on the line: "… | Edited by", "Written by Jane Doe, Edited by …"
    rf"(?:^|[|·•]\s*|,\s*(?=(?i:(?:{CREDIT_WORDS})\s+by\b)))\W*(?:(?i:(?:{CREDIT_WORDS})\s+)?"
    rf"(?i:by)\b[\s.:]*|"
    rf"(?i:authors?|words|text|written by|writer|reporter|guest column(?:ist)?|columnist)\s*:\s*))"
    rf"(?P<names>{_NAME_LIST})"
)
# A page's description that opens with the story's byline, as its first paragraph does
_DESCRIBED_BYLINE = re.compile(rf"\W*(?i:by)[ \t]+(?P<names>{_NAME_LIST})")
# "Jane Doe · CBC News · Posted", "Jane Doe / TNN", "Jane Doe | jdoe@…", "Jane Doe @handle",
# "Jane Doe, AP National Security Writer"; or the name alone, with a date on the next line
_WRITER_LINE = re.compile(
    rf"^(?P<names>{_NAME_LIST})[ \t]*(?P<after>$|[·|/•@]|(?:,|[ \t][-–—])[ \t]*\S.*\b(?i:writer|editor|correspondent|reporter)\b"
    # "Jane Doe Political Editor": the job run on in capitals, the name's line its own
    rf"|(?<=[ \t])(?:[A-Z][a-z]+[ \t]+){{0,2}}(?:Writer|Editor|Correspondent|Reporter)$)"
)
# The separators between a header line's fields (" | ", " · ", " / "), and a slash opening the
# line: "July 16, 2024 | Jane Doe | Leave a comment", "Harbour Herald · Jane Doe · Mar 5,
# 2024", "Harbour Herald / by Jane Doe / Mar 5, 2024", "/ Jane Roe / 10:08 am Fri Jul 19, 2013"
_FIELD_SEPARATOR = re.compile(r"[ \t]*[|·•][ \t]*|(?:^|[ \t]+)/(?:[ \t]+|$)")
_WHOLE_NAME_LIST = re.compile(rf"(?:(?i:by)[ \t]+)?(?P<names>{_NAME_LIST})")
_NAME_THEN_THE_OUTLET = re.compile(
    rf"^(?P<names>{_NAME})[ \t]+(?P<outlet>The[ \t]+[A-Z][\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*){{0,3}})$"
)
_FROM_WRITER = re.compile(
    rf"^From[ \t]+(?P<names>{_NAME_LIST})[ \t]+in[ \t]+[A-Z][\w .'’-]{{1,30}}$"
)
# "Jane Doe at Harbour Road", "Jane Doe in Lisbon": the writer and where she reported from
_NAME_AT_PLACE = re.compile(
    rf"^(?P<names>{_NAME_LIST})[ \t]+(?:at|in)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){{0,3}}$"
)
_EMAIL_LINE = re.compile(r"^\S+@[\w-]+(?:\.[\w-]+)+$")
_NAME_DASH_DATE = re.compile(rf"^(?P<names>{_NAME_LIST})[ \t]+[-–—][ \t]+(?P<date>\S.*)$")
_BIO = re.compile(rf"^(?P<names>{_NAME})\s+(?:is|was|has been)\s+(?:an?|the)\b")
_NAME_FOR_OUTLET = re.compile(
    rf"^(?P<names>{_NAME_LIST})[ \t]+for[ \t]+(?:the[ \t]+)?(?P<outlet>[A-Z][\w .&'’-]{{1,50}}?)\W*$"
)
# "Reporting by X; Additional reporting by Y and Z in Washington, W in Paris; Editing by V"
# Only where a credit starts: a line's start, or after ";" — "produced by Evil Dead director
# Sam Raimi" in a sentence is no credit — or as a new sentence in capitals where a story run
# into one paragraph ends: "… told reporters. Reporting by Jane Roe; Editing by Tom Vane".
_CREDIT_BY = re.compile(
    r"(?:(?:^|;|\(|[–—-])[ \t]*(?i:reporting|writing|editing|additional reporting|compiled|produced)"
    r"|(?<=[.!?”\"])[ \t]+(?:Reporting|Writing|Editing|Additional reporting))\s+by\s+"
    r"(?P<names>[^;\n]{3,400})",
    re.MULTILINE,
)
# (a stop before a comma ends no sentence: "Jane Roe in Mobile, Ala., and Tom Vane …", nor
# an initial's: "Jane S. Roe")
_CONTRIBUTED = re.compile(
    r"(?:^|[.!?”\"]\s+|\n)(?P<sentence>(?:[^.!?\n]|\.(?=,)|(?<=\b[A-Z])\.){0,300}?\b(?:contributed to this "
    r"(?:report|story)|contributed reporting|reported from|wrote from)\b[^.!?\n]{0,200})",
)
# The same credit as a line of its own above the tail ("Dana Kelso contributed to this
# report." between the story and a long list of other stories): a credit wherever it stands.
_CONTRIBUTED_LINE = re.compile(
    r"^[ \t]*(?P<sentence>(?:[^.!?\n]|\.(?=,)|(?<=\b[A-Z])\.){0,300}?\bcontributed "
    r"(?:to this (?:report|story|article)"
    r"|reporting)\b[^.!?\n]{0,200})[.!]?[ \t]*$",
    re.MULTILINE,
)
# "With files from Jane Roe", "—With reports from Jane Roe": colleagues' reporting used
_WITH_FILES = re.compile(
    rf"\b(?i:with (?:files|reports?|reporting) from)\s+(?P<names>{_NAME_LIST})"
)
_SIGN_OFF = re.compile(rf"^[ \t]*[–—-]+[ \t]*(?P<names>{_NAME})[ \t]*$", re.MULTILINE)
# A broadcast's sign-off as its last line: "Jane Roe, Harbour Radio News."
_SIGN_OFF_OUTLET = re.compile(
    rf"^[ \t]*(?P<names>{_NAME}),[ \t]*(?P<outlet>[A-Z][\w .&'’-]{{2,60}}?)[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)
SIGN_OFF_LINES = 3  # the sign-off stands in the text's last lines
_DATE_LINE = re.compile(
    r"^\W*(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:\d{1,2}\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,4}|^\W*\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}"
    r"|^\W*(?:(?:first|last)\s+)?(?:published|updated|posted|modified)\b|^\W*(?:mon|tue|wed|thu|fri|sat|sun)\w*\b"
    r"|^\W*\d{1,2}\s*(?:mins?|minutes?|hrs?|hours?|days?)\s+ago\b"  # "4 Hrs Ago"
    r"|^\W*(?:today|yesterday),?\s+(?:at\s+)?\d{1,2}[:.]\d\d"  # "Today 10:13am"
    r"|^\W*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?:mins?|minutes?)(?:\s+read)?\W*$",  # "5-6 minutes"
    re.IGNORECASE,
)
# A writer's job on a line of its own: "Senior Reporter", "Political Editor", "Staff Writer"
JOB_LINE = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,3}(?i:reporter|editor|correspondent|writer|columnist|journalist)$"
)
_JOB_AFTER_NAME = re.compile(
    r",[ \t]*(?:[A-Z][\w-]*[ \t]+){0,3}(?i:reporter|editor|correspondent|writer|columnist)$"
)
_BYLINE_LABEL = re.compile(
    r"^(?:(?:written|article|words|story)\s+by|about the authors?)\W*$", re.I
)
_BARE_BY = re.compile(r"^by\W*$", re.I)
_MONTHS = MONTH_WORDS | WEEKDAY_WORDS


def _outlet_sign_off(text: str) -> list[Found]:
    """ "Jane Roe, Harbour Radio News." in the last lines: the reporter signing off, with the
    outlet (a word outlets are named with) after the comma. The last lines are read as
    written and under the page's buttons ("Share", "Print" copied after the sign-off)."""
    written = last_written_lines(text, SIGN_OFF_LINES)
    starts = {line.start for line in written}
    story = [line for line in content_lines(text)[-SIGN_OFF_LINES:] if line.start not in starts]
    for line in written + story:
        match = _SIGN_OFF_OUTLET.match(line.text)
        if match is None or match.group("names").lower().startswith("by "):
            continue  # "By Jane Roe, Harbour Post": a short text's byline, read as one
        if _has_outlet_word(match.group("outlet")):
            return _found_names(text, line.start, match.group("names"), "sign-off")
    return []


# The writer's note under the story: "Contact the reporter: Jane Roe, jroe@…", "Jane Roe
# covers transport for the Gazette. Reach her at …", "Jane Roe is a staff writer at the Post."
_CONTACT_NOTE = re.compile(
    rf"^[ \t]*(?i:contact|email|reach|write to)[ \t]+(?i:the[ \t]+)?(?i:reporters?|writers?|authors?)"
    rf"[ \t]*[:,-]?[ \t]*(?P<names>{_NAME_LIST})"
)
_WRITER_BIO = re.compile(
    rf"^[ \t]*(?P<names>{_NAME})[ \t]+(?:covers[ \t][^.\n]{{2,60}}?[ \t]for\b|"
    r"is an?[ \t](?!former\b)(?:[\w-]+[ \t]){0,3}?(?:reporter|writer|correspondent|columnist|journalist)"
    r"[ \t](?:for|at|with|on|based)\b|"
    # "Dana Kelso is the Harbour Herald's courts reporter."
    r"is the[ \t](?:[A-Z][\w&.-]*[ \t]){0,3}[A-Z][\w&.-]*['’]s?[ \t](?:[\w-]+[ \t]){0,2}?"
    r"(?:reporter|writer|correspondent|columnist|journalist|editor)\b)"
)
WRITER_NOTE_LINES = 3
# "More by Dana Kelso" over a list of her other stories, under the story
_MORE_BY = re.compile(rf"^\W*(?i:more (?:stories |articles )?by)[ \t]+(?P<names>{_NAME})\W*$")
MORE_BY_LINES = 8


def given_first(names: str) -> bool:
    """A known given name opens the words ("Dana Kelso", "DANA KELSO")."""
    words = names.split()
    return bool(words) and words[0].lower() in lexicon("first_names")


def _writer_note(text: str) -> list[Found]:
    """The writer named in a note among the text's last lines: how to contact them, or a bio
    that says what they cover; or "More by" them over their other stories, a little higher."""
    found: list[Found] = []
    last = last_written_lines(text, MORE_BY_LINES)  # read once: the notes' lines are its end
    for line in last[-WRITER_NOTE_LINES:]:
        match = _CONTACT_NOTE.match(line.text) or _WRITER_BIO.match(line.text)
        if match:
            found += _found_names(text, line.start, match.group("names"), "writer-note")
    for line in last:
        match = _MORE_BY.match(line.text) if "by" in line.text.lower() else None
        if match:
            found += _found_names(text, line.start, match.group("names"), "writer-note")
    return found


_RELATIVE_TIME = re.compile(r"\bago\b", re.IGNORECASE)
# The writer's own links under the byline ("View author archive", "email the author", "See all
# stories by this author"), or a handle alone ("@dkelso")
# the links under a writer's name: to the writer's page ("More from this author", "Search for
# this author in:") or account ("@janeroe")
_WRITER_PAGE_LINK = (
    r"(?i:view|see|read|get|e-?mail|contact|follow|more|all|search)\b[\w ]{0,40}?"
    r"\b(?i:author|writer|reporter|columnist)s?\b[\w ]{0,20}:?"
)
_WRITER_LINK = re.compile(rf"^(?:{_WRITER_PAGE_LINK}|@\w{{2,30}})$")
_TO_WRITER_PAGE = re.compile(rf"^{_WRITER_PAGE_LINK}$")


def _byline_furniture(line: str) -> bool:
    """A line that stands among the byline's without telling anything of the writer: a
    button ("Share", "5 min read", "Listen to this article"), an advert's label, the writer's
    own links."""
    stripped = line.strip()
    if _WRITER_LINK.match(stripped):
        return True
    # a button's few words; not a caption's credit, a tag list or a logo's name, which tell
    # where the page's furniture stands, nor a time ("4 Hrs Ago"), which dates the byline
    return (
        len(stripped.split()) <= BUTTON_WORDS
        and not any(mark in stripped for mark in ":/|")
        and not _RELATIVE_TIME.search(stripped)
        and is_boilerplate(stripped)
    )


_CONTRACTION = re.compile(r"(?:['’](?:re|ve|ll|m)|n['’]t)$")


def _is_name(name: str, *, known_given: bool = False) -> bool:
    """A person's name: two to four words, none an outlet's, an organisation's or a job's;
    with known_given, the first a given name newscat knows (for a name alone on a line)."""
    words = name.replace(".", " ").split()
    if not NAME_WORDS[0] <= len(words) <= NAME_WORDS[1]:
        return False
    lowered = [word.lower().strip("'’") for word in words]
    if any(word in _NOT_NAME or word in lexicon("org_words") for word in lowered):
        return False
    if any(_CONTRACTION.search(word) for word in lowered):
        return False  # "Account You're logged": a page's prompt in a metadata field
    if lowered[0].endswith("ing") and plain_word(lowered[0]):
        return False  # "Talking Tech", "Breaking News": a column's or a label's name
    if " ".join(lowered) in lexicon("places"):
        return False
    particle = next((i for i, w in enumerate(words) if w in PARTICLES), None)
    if particle is not None and " ".join(lowered[particle + 1 :]) in lexicon("places"):
        return False  # "Stade de France", "Banco de Mexico": named after a place
    if named_like_an_outlet(lowered):
        return False  # "Quay Courier", "Harbour Voice"; not "Emily Post"
    if name.isupper() and len(name) > 4:
        return False  # "TIMESOFINDIA" and other shouting outlets
    if words_of_the_language(name):
        return False  # "Image Copyright @handle": a label over an embedded post
    if (
        len(lowered[0]) > 1
        and lowered[0] in FUNCTION_WORDS
        and lowered[0] not in lexicon("first_names")
    ):
        return False  # "ALSO READ | …": a label, whatever the surname list holds of "Read"
    if any(
        len(word) > 1
        and word in FUNCTION_WORDS
        and word not in lexicon("first_names")
        and word not in lexicon("surnames")
        and not (word in PARTICLES and written.islower())  # "Alejandro de la Garza"
        for word, written in zip(lowered[1:], words[1:], strict=True)
    ):
        return False  # "Kansas City At Detroit": a fixture, a title, not a name
    return not known_given or words[0].lower() in lexicon("first_names")


def writer_line(text: str) -> bool:
    """A line of writers' names, alone ("Jane Roe and Tom Vane") or with their job, outlet
    or account ("Jane Roe | Harbour Reporter", "Jane Roe, Staff Writer", "Jane Roe janeroe"):
    the byline under a headline."""
    stripped = text.strip()
    match = _WRITER_LINE.match(stripped)
    if not match and _name_and_handle(stripped):
        return True  # "Jane Roe janeroe": her name, then her account's
    if not match or len(stripped.split()) > JOB_LINE_WORDS:
        return False
    names = _split(match.group("names"))
    known = [name for name in names if _is_name(name, known_given=True)]
    return bool(known) and (
        bool(match.group("after"))
        or _JOB_AFTER_NAME.search(match.group("names")) is not None
        or len(known) == len(names)
        # the writers, then their outlet: "Jane Roe, Harbour Wire", "Jane Roe / Harbour Wire"
        or _writers_then_outlet(match.group("names"))
    )


def _writers_then_outlet(names: str) -> bool:
    """ "Jane Roe, Harbour Wire", "Jane Roe and Tom Vane / Harbour Wire": the writers, then
    the outlet their line names last."""
    parts = [part for part in _WRITERS_OUTLET_SEPARATOR.split(names) if part]
    return (
        len(parts) > 1
        and _names_an_outlet(parts[-1])
        and all(_is_name(name, known_given=True) for part in parts[:-1] for name in _split(part))
    )


_WRITERS_OUTLET_SEPARATOR = re.compile(r"\s*[,/|]\s*")


# a name run into "The …" of the outlet after it: "Jervis-BardyThe" (no word of a name has
# a small letter then "The")
_GLUED_THE = re.compile(r"(.*[a-z])The$")
_GLUED_THE_INSIDE = re.compile(r"[a-z]The [A-Z]")


def _name_part(part: str) -> str:
    """The name in a credit's part: "CNN's Jane Doe" → "Jane Doe" (an outlet's possessive
    before it), "Jane Doe in Washington" → "Jane Doe", "Jane Doe April 21" → "Jane Doe",
    "Jane "JD" Doe" → "Jane Doe"."""
    part = re.sub(_QUOTED_NICKNAME, "", part, count=1)
    # "Jane Doe in Washington", "Jane Doe In New York", "Jane Doe For Harbourline"
    part = re.sub(r"\s+(?:in|In|IN|for|For|FOR)\s+[A-Z][\w .'-]*$", "", part.strip())
    part = re.sub(r"^(?i:by)\s+", "", part)  # "author: By Jane Doe, Chief Reporter"
    words = part.strip(" .()[]").split()
    for index, word in enumerate(words):
        if word.endswith(("'s", "’s")):
            words = words[index + 1 :]
            break
    kept: list[str] = []
    for index, word in enumerate(words):
        if word in PARTICLES and kept and any(later[:1].isupper() for later in words[index + 1 :]):
            kept.append(word)  # "Alejandro de la Garza"
            continue
        glued = _GLUED_THE.match(word)
        if glued:  # "Jane Doe" and "The Harbour Times" glued by a page's copy: the outlet
            kept.append(glued.group(1))
            break
        lowered = word.lower().strip(",.")
        if not kept and _given_name_of_a_month(words[index : index + 2]):
            kept.append(word)  # "April Glaser", "Jan Kowalski": a month's name first
            continue
        if lowered in _MONTHS or lowered in _NOT_NAME or lowered == "the":
            break  # "Jane Doe The Associated Press", "Jane Doe April 21"
        if lowered in ("on", "at") and _dated(words[index + 1 : index + 2]):
            break  # "Posted By Jane Doe On March 5, 2024 @ 2:04 pm"
        if word[:1].isdigit() or not word[:1].isupper():
            break
        kept.append(word)
    half = len(kept) // 2
    if half >= 2 and kept[:half] == kept[half:]:
        kept = kept[:half]  # "Jane Roe Jane Roe is an editor": the name, then its bio's
    return " ".join(kept)


# The byline's date glued to the name before it by a page's copy: "Jane RoeSept. 19, 2016",
# "JANE ROESEPT. 19, 2016" (in capitals only a month written short with its stop, and the
# year: "IVANOV 19" may be a name's, "DISMAY 5" a word)
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|" + SHORT_MONTHS_IN_CAPITALS.title()
)
_GLUED_DATE = re.compile(
    rf"(?<=[a-z])(?=(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}\b)"
    rf"|(?<=[A-Z]{{3}})(?=(?:{SHORT_MONTHS_IN_CAPITALS})\.\s+\d{{1,2}},?\s+\d{{4}}\b)"
)
GLUED_BYLINE_CHARACTERS = 200  # a byline line's length, at most, read for a glued date
# "Jane Roe More stories by Jane Roe": the link under a writer's name, run into it
_MORE_LINK_AFTER = re.compile(r"\s+More (?:stories|articles|posts) (?:by|from)\b.*$")
# A name alone ending in a full stop, not an initial's ("Jane Roe." but not "Jane Q.")
_CAPTION_STOP = re.compile(r"[a-z]{2}\.$")
_DATE_FIRST = re.compile(
    r"\W*(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))"
)


def dashed_byline(line: str) -> str | None:
    """The names of a header's "Jane Roe - Aug 10, 2016 11:15 am UTC" (or "Jane Roe and Tom
    Vane — March 3, 2024"): writers, a dash, the date."""
    if " - " not in line and " – " not in line and " — " not in line:
        return None  # most lines: no dash to read around
    dashed = _NAME_DASH_DATE.match(line)
    if dashed and _DATE_LINE.match(dashed["date"]) and _names_first(dashed["names"]):
        return dashed["names"]
    return None


_NAME_THEN_HANDLE = re.compile(rf"^(?P<names>{_NAME})[ \t]+@?(?P<handle>[a-z][a-z0-9_.]{{2,40}})$")


def _name_and_handle(line: str) -> str | None:
    """ "Jane Roe janeroe": a writer's name over the date, then her account's name, her
    name's letters run together (or her initial and surname: "jroe")."""
    match = _NAME_THEN_HANDLE.match(line)
    return match["names"] if match and _own_handle(match["names"], match["handle"]) else None


_HANDLE_ALONE = re.compile(r"^\(?@?(?P<handle>[a-z][a-z0-9_.]{2,40})\)?$")


def _own_handle(names: str, handle: str) -> bool:
    """ "janeroe", "@jane_roe", "(jroe)": the account of the writer named, her name's
    letters run together (or her initial and surname)."""
    alone = _HANDLE_ALONE.match(handle.strip())
    if alone is None:
        return False
    words = [word.lower() for word in re.findall(r"[^\W\d_]+", names)]
    letters = "".join(char for char in alone["handle"] if char.isalpha())
    return bool(words) and letters in ("".join(words), words[0][:1] + words[-1])


def _writer_after_outlet_and_date(line: str) -> str | None:
    """The writer ending a header line of an outlet's name and the date: "Harbour Daily
    9/21/2016 Jane Roe", as an aggregator shows the story it carries."""
    dates = find_dates(line) if len(line) <= OUTLET_DATE_WRITER_CHARACTERS else []
    if len(dates) != 1 or not dates[0].start:
        return None
    outlet, writer = line[: dates[0].start].strip(), line[dates[0].end :].strip()
    names = _WHOLE_NAME_LIST.fullmatch(writer)
    if not names or not _names_an_outlet(outlet) or not _names_first(names["names"]):
        return None
    return names["names"]


OUTLET_DATE_WRITER_CHARACTERS = 100


def _names_first(names: str) -> bool:
    """The first of a credit's names is a person's ("Jane Roe and Tom Vane")."""
    first = _split(names)[:1]
    return bool(first) and _is_name(first[0])


def _given_name_of_a_month(words: list[str]) -> bool:
    """ "April Glaser": a month's name opening a name, the surname after it (not "March 5",
    "June 2024", nor "May The" of a sentence)."""
    if len(words) < 2 or words[0].lower().strip(",.") not in MONTH_WORDS:
        return False
    after = words[1].strip(",.")
    return (
        after[:1].isupper()
        and after.isalpha()
        and after.lower() not in _MONTHS | _NOT_NAME | {"the"}
        and not words[0].endswith((",", "."))
    )


def _dated(words: list[str]) -> bool:
    return bool(words) and (words[0][:1].isdigit() or words[0].lower().strip(",.") in _MONTHS)


def _split(names: str) -> list[str]:
    """ "A, B and C in Washington" → ["A", "B", "C"]."""
    parts = re.split(r"\s*(?:,|;|&|/|\band\b|\bAND\b)\s*", names)
    return [name for name in (_name_part(part) for part in parts) if name]


# A date or a count a page's copy glued to a name's last word
_GLUED_FIGURES = re.compile(r"(?<=[a-z])\d.*$")


def _found_names(
    text: str,
    start: int,
    names: str,
    rule: str,
    *,
    known_given: bool = False,
    shouted: bool = False,
) -> list[Found]:
    """The names of a credit; with shouted, a byline in capitals ("BY JANE DOE") gives its
    names in title case."""
    out = []
    for name in _split(names):
        name = _GLUED_FIGURES.sub("", name)  # "By Jane Roe2014-01-26 21:32 UTC"
        first, _, rest = name.partition(" ")
        if " " in rest and first.lower().rstrip(".") in lexicon("honorifics"):
            name = rest  # "By Dr Jane Roe": the writer's name, without the title
        at, end = _written_at(text, start, name)
        if shouted and name.isupper():
            name = name.title()
        if not _is_name(name, known_given=known_given):
            continue
        out.append(Found(name, at, end, rule))
    return out


def _written_at(text: str, start: int, name: str) -> tuple[int, int]:
    """Where the text writes the name from start on: as it is, or with a nickname in quotes
    inside it ("Jane "JD" Doe")."""
    at = text.find(name, start)
    first, _, rest = name.partition(" ")
    nicknamed = re.compile(re.escape(first) + _QUOTED_NICKNAME + r"[ \t]+" + re.escape(rest))
    match = nicknamed.search(text, start, at if at >= 0 else len(text)) if rest else None
    if match:
        return match.start(), match.end()
    return at, at + len(name)


# "Jane Doe, Harbour News, Lisbon": a writer, the outlet, the place (a line of its own)
_NAME_COMMA_OUTLET = re.compile(
    rf"^(?P<names>{_NAME}(?:[ \t]+and[ \t]+{_NAME})?),[ \t]*(?P<outlet>[A-Z][\w.&'’ -]{{1,40}}?)(?:,[ \t]*[A-Z][\w .'’-]{{1,30}})?$"
)


def _more_writers(after_comma: str) -> bool:
    """ "Jane Roe, Tom Vane and Mara Lind": more writers after the first one's comma, not her
    outlet or place; one name alone must open with a known given name ("Jane Roe, Lisbon")."""
    names = _split(after_comma)
    if len(names) == 1:
        return _is_name(names[0], known_given=True)
    return all(_is_name(name) for name in names)


def _has_outlet_word(name: str) -> bool:
    """ "Harbour Radio News": a word outlets are named with."""
    return not {word.lower() for word in name.split()}.isdisjoint(lexicon("outlet_words"))


def _names_an_outlet(name: str) -> bool:
    return _has_outlet_word(name) or name.lower() in lexicon("wire_agencies")


OUTLET_LINE_WORDS = 4


def _writer_then_outlet(line: str) -> bool:
    """ "Dana Kelso, Harbour Wire", "Dana Kelso / Harbour Wire": a writer's name first."""
    comma = _NAME_COMMA_OUTLET.match(line)
    names = comma.group("names") if comma else line.split("/", 1)[0].strip() if "/" in line else ""
    first = _split(names)[:1] if names else []  # the first of "Dana Kelso and Tom Vane"
    names = first[0] if first else ""
    return re.fullmatch(_NAME, names) is not None and _is_name(names)  # not "Photo: Jane Roe"


def _outlet_shaped(line: str) -> bool:
    """ "Harbour Radio News", "The Quayline": a line naming an outlet by its words, or a short
    one in title case with no sentence's end (between a writer's name and the date)."""
    words = line.split()
    if _BYLINE.search(line) is not None or _writer_then_outlet(line):
        return False  # "By Tom Vane, Harbour Wire", "Tom Vane / Harbour Wire": another byline
    return (
        _names_an_outlet(line)
        or (
            0 < len(words) <= OUTLET_LINE_WORDS
            and _BYLINE.search(line) is None  # "Dana Kelso" / "By Tom Vane": a caption's name
            and all(word[:1].isupper() for word in words)
            and not any(character.isdigit() for character in line)
            and not line.rstrip().endswith((".", "!", "?", ":"))
        )
    )


def _names_in_sentence(text: str, start: int, sentence: str, rule: str) -> list[Found]:
    """The people credited in "CNN's X and Y reported from Moscow, and Z wrote from Atlanta"."""
    out = []
    for match in re.finditer(_NAME, sentence):
        name = _name_part(match.group())
        if _is_name(name):
            at = text.find(name, start + match.start())
            out.append(Found(name, at, at + len(name), rule))
    return out


# A live page's writers, each marked with the part of the day they wrote
_LIVE_TURN = re.compile(r"\s*\((?i:now|earlier|later|before|until \d[\d:.]*)\)")


def _writer_among_fields(line: str) -> str | None:
    """The one name among a header line's fields, one of which is the date: a feed's or a
    blog engine's line of outlet, writer and date in any order."""
    fields = [field.strip() for field in _FIELD_SEPARATOR.split(line) if field.strip()]
    undated = [field for field in fields if not _dated_field(field)]
    if len(fields) < 2 or len(undated) == len(fields):
        return None
    names = [
        whole.group("names")
        for field in undated
        if (whole := _WHOLE_NAME_LIST.fullmatch(field)) is not None
        and (parts := _split(whole.group("names")))
        and _is_name(parts[0])
    ]
    return names[0] if len(names) == 1 else None


# An article's facts box, anywhere on the page: "Date 19.01.2020" over "Author Jane Roe"
_INFO_BOX_AUTHOR = re.compile(
    r"^[ \t]*Date:?[ \t]+(?P<date>[^\n]{6,40})\n"
    rf"[ \t]*Author:?[ \t]+(?P<names>{_NAME_LIST})[ \t]*$",
    re.MULTILINE,
)


def _info_box_writer(text: str) -> list[Found]:
    """The writer a facts box under the story names beside its date (the box's first)."""
    for match in _INFO_BOX_AUTHOR.finditer(text):
        if _dated_field(match.group("date")) and _is_name(_split(match.group("names"))[0]):
            return _found_names(text, match.start("names"), match.group("names"), "facts-box")
    return []


DATE_OVER_HEADLINE = 2  # lines between a header's date and its headline, at most


def _dated_field(field: str) -> bool:
    """A date, maybe with a time before it ("10:08 am Fri Jul 19, 2013")."""
    return bool(
        _DATE_LINE.match(field) or (len(field.split()) <= DATE_FIELD_WORDS and find_dates(field))
    )


DATE_FIELD_WORDS = 8


def _over_writer_and_date(lines: list[Line], readable: list[int], index: int) -> bool:
    """The line stands over a name alone and a date under it: "Officials say …" / "Jane
    Roe" / "Mar 5, 2024 at 2:04 PM"; or over a name, its outlet and the date."""
    after = [lines[at].text.strip() for at in readable[bisect_right(readable, index) :][:3]]
    if after and dashed_byline(after[0]):
        return True  # or over "Jane Roe - Aug 10, 2016 11:15 am UTC"
    if len(after) == 3 and _own_handle(after[0], after[1]):
        after = [after[0], after[2]]  # "Jane Roe" / "(janeroe)" / the date
    after = after[:2]
    undated = without_its_date(after[0]) if after and "," in after[0] else None
    if undated is not None and undated != after[0]:
        # or over the writer, the outlet and the date on one line ("Jane Roe, Harbour News
        # 3:53 p.m. EST January 25, 2024")
        outlet_line = _NAME_COMMA_OUTLET.match(undated)
        return outlet_line is not None and _names_an_outlet(outlet_line.group("outlet"))
    return (
        len(after) == 2
        and (writer := _WRITER_LINE.match(after[0])) is not None
        and not writer.group("after")
        and _DATE_LINE.match(after[1]) is not None
    )


# "Jane Roe reports." (or "Harbour Radio's Jane Roe reports."), a sentence of its own ending
# its line: a broadcast's presenter handing over to the reporter of the piece
_HANDOFF = re.compile(
    rf"(?:^|[.!?][\"”]?[ \t]+)(?:[A-Z][\w&.]*['’]s[ \t]+)?(?P<names>{_NAME})[ \t]+reports\.[ \t]*$",
    re.MULTILINE,
)


def extract_authors(text: str) -> list[Found]:
    """The credited journalists, in the order the text names them, each once."""
    found: list[Found] = []
    blanked = len(text) - len(text.lstrip("\n"))  # a whole page's furniture, blanked out
    head = text[: blanked + HEAD_CHARS]
    metadata = read_metadata(text)
    stated = metadata.get("author") if metadata else None
    if stated is not None:
        found += _found_names(text, stated.start, stated.value, "metadata")
    described = metadata.get("description") if metadata and not found else None
    credit = _DESCRIBED_BYLINE.match(described.value) if described else None
    if described and credit:  # "description: By Jane Roe WASHINGTON (AP) — The …"
        found += _found_names(text, described.start, credit.group("names"), "metadata")
    lines = [line for line in split_lines(head) if line.text.strip()][:HEAD_LINES]
    # between a writer's name and what marks it a byline (the date under it, the job) may
    # stand buttons and the writer's links: a line is read with the next that is neither
    readable = [index for index, line in enumerate(lines) if not _byline_furniture(line.text)]
    body_start = metadata.end if metadata else 0
    # Each pattern only where its words are: a plain substring test is far cheaper than a
    # regex tried at every position of every line.
    above_lede = True  # a header's writer line stands above the story, not a sign-off in it
    past_sentence = False
    other_stories = False  # under a heading over other stories' cards
    for index, line in enumerate(lines):
        stripped = line.text.strip()
        if picture_credit_line(stripped):
            continue  # "Credit...Jane Roe for Kestrel Post": a photographer's
        if "(" in stripped:
            stripped = _LIVE_TURN.sub("", stripped)  # "Jane Roe (now) and Tom Vane (earlier)"
        if "More " in stripped:
            stripped = _MORE_LINK_AFTER.sub("", stripped)
        lowered_line = stripped.lower()
        labelled = "by" in lowered_line or ":" in lowered_line
        if labelled and len(stripped) <= GLUED_BYLINE_CHARACTERS:
            stripped = _GLUED_DATE.sub(" ", stripped)  # "Jane RoeSept. 19, 2016"
        if labelled and _DATE_FIRST.match(stripped):
            # "November 28, 2016 By Jane Roe": the credit after the line's date
            opening = date_ends(stripped)
            if stripped[opening : opening + 3].lower().startswith("by "):
                stripped = stripped[opening:]
        if not above_lede and other_stories_heading(stripped):
            other_stories = True
        byline = _BYLINE.search(stripped) if labelled else None
        if byline and byline.group().startswith(","):
            byline = None  # "…, written by Jane Doe." ends a sentence: a second credit only
        if byline and (found or other_stories) and not above_lede:
            # under the story that has its byline, or under "You might also like": other
            # stories' cards ("by Tom Vane")
            continue
        if byline:
            # "Written By: Jane Roe | Edited By: Tom Vane": each credit on the line
            for credit in _BYLINE.finditer(stripped, byline.start()):
                found += _found_names(
                    text, line.start, credit.group("names"), "byline", shouted=True
                )
            continue
        from_writer = _FROM_WRITER.match(stripped) if stripped.startswith("From ") else None
        if from_writer:  # "From Jane Doe in Lisbon": a correspondent's byline
            found += _found_names(text, line.start, from_writer.group("names"), "byline")
            continue
        # a block's description is the page's summary, not the story's lede; nor is a
        # standfirst, a sentence over the writer's name and the date
        above_lede = above_lede and (
            line.start < body_start
            or not lede_line(stripped)
            or _over_writer_and_date(lines, readable, index)
        )
        # a hard-wrapped story has no lede line: a sentence's end in it is the body's
        past_sentence = past_sentence or (
            index > 0
            and ends_sentence(lines[index - 1].text)
            and len(lines[index - 1].text.split()) >= SENTENCE_WORDS
        )
        next_two = [lines[at] for at in readable[bisect_right(readable, index) :][:2]]
        following = next_two[0].text.strip() if next_two else ""
        after_next = next_two[1].text.strip() if len(next_two) > 1 else ""
        at_place = (
            _NAME_AT_PLACE.match(stripped)
            if above_lede and not found and (" at " in stripped or " in " in stripped)
            else None
        )
        if (
            at_place
            and _DATE_LINE.match(following)
            # a writer's name is not the story's: "Dana Kelso in Lisbon" over the date with
            # Kelso in the body is a headline about her
            and at_place.group("names").split()[-1] not in text[line.end :]
        ):
            found += _found_names(text, line.start, at_place.group("names"), "writer-line")
            continue
        # above the lede, or under a standfirst with the date under it
        outlet_line = (
            _NAME_COMMA_OUTLET.match(without_its_date(stripped))
            if "," in stripped and (above_lede or _DATE_LINE.match(following))
            else None
        )
        if (
            outlet_line
            and (_names_an_outlet(outlet_line.group("outlet")) or _DATE_LINE.match(following))
            and not _more_writers(outlet_line.group("outlet"))
        ):
            # "Jane Doe, Harbour News, Lisbon": the writer, the outlet, the place; or "Jane
            # Doe, Lisbon" above the date
            found += _found_names(text, line.start, outlet_line.group("names"), "writer-line")
            continue
        for_outlet = (
            _NAME_FOR_OUTLET.match(stripped) if above_lede and " for " in stripped else None
        )
        if for_outlet and _names_an_outlet(for_outlet.group("outlet")):
            # "Tom Vane for the Quay Courier": a byline without "By"
            found += _found_names(text, line.start, for_outlet.group("names"), "writer-line")
            continue
        if _BYLINE_LABEL.match(stripped):
            # "Article by" / "About the author" on a line of its own, the name on the next,
            # alone or opening the writer's bio ("Jane Doe is a transport reporter …")
            bio = _BIO.match(following)
            names = following if _WRITER_LINE.match(following) else bio and bio.group("names")
            if names:
                found += _found_names(text, next_two[0].start, names, "byline")
                continue
        if above_lede and not found and _BARE_BY.match(stripped) and _WRITER_LINE.match(following):
            # "By" and the name as two links, a line each, under the headline (not the
            # bylines of other stories' cards further down)
            found += _found_names(text, next_two[0].start, following, "byline")
            continue
        among_fields = (
            _writer_among_fields(stripped)
            if above_lede and not found and any(mark in stripped for mark in "|·•/")
            else None
        )
        if among_fields:
            found += _found_names(text, line.start, among_fields, "writer-line")
            continue
        # "Jane Doe The Harbour Herald": the writer, then the outlet, spaced; over the date,
        # or the outlet named in full
        writer_outlet = _NAME_THEN_THE_OUTLET.match(stripped) if above_lede and not found else None
        if (
            writer_outlet
            and _is_name(writer_outlet.group("names"))
            and (_DATE_LINE.match(following) or _names_an_outlet(writer_outlet.group("outlet")))
        ):
            found += _found_names(text, line.start, writer_outlet.group("names"), "writer-line")
            continue
        dashed = dashed_byline(stripped) if above_lede and not found else None
        if dashed:  # "Jane Roe - Aug 10, 2016 11:15 am UTC": the writer, a dash, the date
            found += _found_names(text, line.start, dashed, "writer-line")
            continue
        handled = _name_and_handle(stripped) if above_lede and not found else None
        if handled and _DATE_LINE.match(following):  # "Jane Roe janeroe" / "May 3, 2024"
            found += _found_names(text, line.start, handled, "writer-line")
            continue
        after_date = _writer_after_outlet_and_date(stripped) if above_lede and not found else None
        if after_date:  # "Harbour Daily 9/21/2016 Jane Roe": an aggregator's header line
            found += _found_names(text, line.start, after_date, "writer-line")
            continue
        writer = _WRITER_LINE.match(stripped)
        if not writer or len(stripped.split()) > WRITER_LINE_WORDS:
            continue
        if PICTURE_AGENCY.search(stripped) or caption_credit_again(text, stripped):
            continue  # "Win McNamee/Quay Images": a picture's credit, not a byline
        names = writer.group("names")
        if is_boilerplate(stripped) and not ("/" in stripped and given_first(names)):
            # "Copy Link", "Share Story": a button's label in a name's shape; but "Dana
            # Kelso / Harbour Wire" is a byline, not a breadcrumb trail
            continue
        first = _split(names)[:1]
        if not first or not _is_name(first[0].title() if first[0].isupper() else first[0]):
            continue  # "HARBOUR EXCHANGE SEEKING QUAY/COAST LINK": a headline, not writers
        after = writer.group("after")
        if after.startswith((",", " ", "\t")) and (
            len(stripped.split()) > JOB_LINE_WORDS or stripped.endswith(".")
        ):
            continue  # "Merle Kilgore, co-writer of Ring of Fire, has died …": a sentence
        if not after and _CAPTION_STOP.search(stripped):
            continue  # "Roger Ailes." under a picture: its caption, a sentence of a name
        # a separator and the outlet, a date, a job or a handle; names joined by "/"; a name
        # alone above the date or the writer's job ("Jane Doe" / "Senior Reporter")
        # a name alone over a date stands in the header: under the story it is a comment's
        if (not above_lede or past_sentence) and _RELATIVE_TIME.search(stripped):
            continue  # "Jane Roe · 2 hours ago" under the story: a comment's writer
        if found and not above_lede:
            continue  # under a story credited above it: a staff list's "Jane Roe, Editor"
        if (
            after
            or _JOB_AFTER_NAME.search(names)  # "Jane Doe, Staff Writer"
            or (above_lede and _GLUED_THE_INSIDE.search(names))  # "Jane DoeThe Harbour Herald"
            or "/" in names
            or (above_lede and _DATE_LINE.match(following))
            # or over the outlet's name and then the date ("Jane Doe" / "Harbour Herald" /
            # "3 March 2024")
            or (above_lede and _outlet_shaped(following) and _DATE_LINE.match(after_next))
            # or over her account's name and then the date ("Jane Roe" / "(janeroe)" / "Jan 9,
            # 2017")
            or (above_lede and _own_handle(names, following) and _DATE_LINE.match(after_next))
            # or under the header's date, where no byline came before ("May 3, 2024" /
            # "Jane Doe")
            or (above_lede and not found and index and _DATE_LINE.match(lines[index - 1].text))
            # or between the headline, the date over it (maybe over a section's label), and
            # the lede ("May 3, 2024" / "Community" / headline / "Jane Doe" / the first
            # paragraph)
            or (
                above_lede
                and not found
                and index >= 2
                and any(
                    _DATE_LINE.match(lines[above].text)
                    for above in range(max(0, index - DATE_OVER_HEADLINE - 1), index - 1)
                )
                and lede_line(following)
            )
            or JOB_LINE.match(following)
            or _EMAIL_LINE.match(following)
            # or over a link to the writer's page ("Jane Roe" / "Search for this author in:")
            or (index + 1 < len(lines) and _TO_WRITER_PAGE.match(lines[index + 1].text.strip()))
            # or in capitals right over the lede, a given name first ("DANA KELSO" / the
            # first paragraph): a print edition's byline
            or (
                above_lede
                and stripped.isupper()
                and given_first(names)
                # over the lede, or over the outlet and date ("HARBOUR HERALD, 7 MARCH 2024")
                and (lede_line(following) or OUTLET_COMMA_DATE.match(following) is not None)
            )
            # or over the writer's own bio ("Jane Doe" / "Jane Doe is the mayor of …")
            or (above_lede and (bio := _BIO.match(following)) and bio.group("names") == names)
        ):
            found += _found_names(text, line.start, names, "writer-line", shouted=True)
    tail_start = max(0, len(text) - TAIL_CHARS)
    tail = text[tail_start:]
    lowered = tail.lower()
    if " by " in lowered:
        for match in _CREDIT_BY.finditer(tail):
            found += _found_names(text, tail_start + match.start(), match.group("names"), "credit")
    if any(words in lowered for words in ("contributed", "reported from", "wrote from")):
        for match in _CONTRIBUTED.finditer(tail):
            found += _names_in_sentence(
                text, tail_start + match.start("sentence"), match.group("sentence"), "contributed"
            )
    if "contributed" in text[:tail_start]:
        for match in _CONTRIBUTED_LINE.finditer(text, 0, tail_start):
            found += _names_in_sentence(
                text, match.start("sentence"), match.group("sentence"), "contributed"
            )
    if any(
        words in lowered
        for words in ("files from", "reports from", "report from", "reporting from")
    ):
        for match in _WITH_FILES.finditer(tail):
            found += _found_names(
                text, tail_start + match.start(), match.group("names"), "with-files"
            )
    if " reports." in text:  # a broadcast's hand-off to its reporter: "Jane Roe reports."
        handoff = _HANDOFF.search(text)
        if handoff is not None:
            found += _found_names(text, handoff.start("names"), handoff["names"], "handoff")
    if any(dash in tail for dash in "–—-"):
        for match in _SIGN_OFF.finditer(tail):
            found += _found_names(
                text, tail_start + match.start(), match.group("names"), "sign-off"
            )
    if not found and "\nAuthor" in text:
        found += _info_box_writer(text)
    found += _outlet_sign_off(text)
    found += _writer_note(text)
    seen: set[str] = set()
    unique = []
    for author in found:
        key = author.value.casefold()
        if key not in seen:
            seen.add(key)
            unique.append(author)
    return unique
