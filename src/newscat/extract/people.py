"""People named in an article, each with the role the article gives them.

A candidate (capitalised run) becomes a person on evidence: a known given name or an initial,
a title or honorific before it, a surname shape, a role beside it, a reporting verb. Later
surname-only mentions join the full name found elsewhere in the same article.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache

from newscat.extract.authors import JOB_LINE
from newscat.extract.dates import MONTHS, find_dates
from newscat.extract.names import (
    EAST_ASIAN_FAMILY_NAMES,
    FIRM_ENDINGS,
    NAME_SUFFIXES,
    PARTICLES,
    PRONOUN_CONTRACTIONS,
    Candidate,
    Token,
    capitalised_runs,
    east_asian_name,
    firm_word,
    split_run,
)
from newscat.extract.record import Found, Person
from newscat.extract.roles import (
    MINUTE_WORDS,
    ORDINAL,
    SCORER_MINUTES,
    office_head,
    post_nominal,
    role_after,
    role_before,
    role_cut_before,
    role_from_list,
    role_named_before,
)
from newscat.extract.text import WEEKDAY_WORDS, fold, handle_words, short_line_at
from newscat.extract.words import (
    lexicon,
    named_like_an_outlet,
    plain_word,
    word_set,
    words_of_the_language,
)

_SURNAME_SHAPE = re.compile(
    r"(?:[oe]v|[oe]va|yev|yeva|ski|ska|sky|skaya|enko|vich|ovic|evic|yan|dze|shvili|oglu|zade|"
    r"poulos|escu|sson|ssen|berg|stein|ez|ian|ini|elli|etti|ucci|aki|uchi|moto|mura|shita)$"
)
_SPEECH_AFTER = re.compile(
    r"^\s*(?:,\s*(?:\d{1,3}\s*,\s*)?(?:who|whose|the|a|an)\b|\s(?:said|says|told|added|noted|stressed|explained|"
    r"wrote|argued|warned|announced|insisted|claimed|asked|replied|urged|believes|thinks|admitted|"
    r"reported|tweeted|posted|testified|recalled|acknowledged|confirmed|denied|responded|agreed|"
    r"conceded|suggested|continued|cautioned|predicted|recounted|tells|adds|writes|notes))"
)
_WHO_AFTER = re.compile(r",[ \t]+who\b")
_SPEECH_BEFORE = re.compile(
    r"(?:\bsaid|\bsays|\baccording to|\btold by|\bby|\breported|\bwrote|\badded|\bnoted|"
    r"\bexplained|\basked|\breplied)\s+$"
)
_SAYS_AFTER = re.compile(r"\s(?:said|says|told|tells|added|adds)\b")
_SAYS_BEFORE = re.compile(r"\b(?:said|says)\s+$")


def _speaks(text: str, candidate: Candidate) -> bool:
    """The name is a speaker's: "… said" or "said …" right beside it."""
    return bool(
        _SAYS_AFTER.match(text, candidate.end)
        or _SAYS_BEFORE.search(text[max(0, candidate.start - 10) : candidate.start])
    )


_QUOTES_OPEN = "\"“‘«'"
_QUOTES_CLOSE = "\"”’»'"
# A full stop after an honorific or an initial ("Dr. Imani Cole", "George W. Bush") ends no
# sentence.
_SENTENCE_BREAK = re.compile(
    # the cheap test first: the regex engine tries this at every position of the text
    r"(?<=[.!?])"
    r"(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bProf\.)(?<!\bSt\.)(?<!\b[A-Z]\.)"
    r"[\"”’)]*\s+(?=[\"“(]?[A-Z])|\n\s*\n"
)
MIN_SCORE = 2
# "lawyer for Mr Begg", "aide to Vice President Tom Pell": another person as the role's object
_OBJECT_OF_ROLE = re.compile(
    r"\b(?i:for|of|to|at|with)\s+(?:(?i:the|mr|mrs|ms|dr|prof|sir|dame|lord|lady)\.?\s+)*"
    r"(?:[A-Z][\w-]*\.?\s+){0,3}$"
)
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_BRACKET_AFTER = re.compile(r"\s*\(([^()\n]{2,30})\)")
# "Haim Hajaj (47th)", "Danius Gleveckas (13rd)": a minute or a placing, as in sports results.
_ORDINAL_BRACKET_AFTER = re.compile(
    r"\s*(?:(?:\(|,\s*)\d{1,3}(?:st|nd|rd|th)?(?:\s*(?:minute|min))?|\(\d{1,2}-\d{1,2})\)"
)  # also "(Alama Ieremia, 70)", "Viorel Moldovan (21st minute)", a pitcher's "Chad Ogea (7-5)"
# "5 - Alpay Ozalan": a shirt number in a team line-up.
_SHIRT_NUMBER_BEFORE = re.compile(r"(?:^|[(,;:]\s*)\d{1,2}\s*-\s*$")
# A tennis match's sets after a player's name: "6-2 6-3", "7-6(4) 3-6 6-1"
_SET_SCORES_AFTER = re.compile(r"[ \t]+[0-7]-[0-7](?:\(\d{1,2}\))?[ \t]+[0-7]-[0-7]\b")
# "Jeerasak Densakul, 24, was arrested": an age in apposition.
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*(?:,|--|[–—])")
# Between two items of a list of names: a comma or "and", maybe after a bracket or a score
# ("Iain Pyman 71 75 75 71, David Gilford").
# Scores may carry "og" (own goal) or "pen": "Gerrard 79 og, Drogba 107".
_SCORE = r"(?:[\d\s.,:/-]|\bog\b|\bpen\b)*"
_LIST_GAP = re.compile(
    r"\s*(?:\([^()\n]{0,40}\))?"
    + _SCORE
    + r"(?:,|;|\band\b|,\s*and\b|\bor\b|\bnor\b|\bas well as\b|\brather than\b)"
    + r"(?:\s*\d{1,2}\s*-)?\s*$"
)
# "chairman emeritus of Merrill Lynch", "analyst at Goldman Sachs": the employer, not a person.
_EMPLOYER_BEFORE = re.compile(r"([\w-]+)(?:\s+[\w-]+)?\s+(?:of|at|with|for)\s+(?:the\s+)?$")


def _sentence_starts(text: str) -> list[int]:
    """Where sentences start: after a full stop or a blank line, and after a short line (a
    section label or a headline: "Football" above "Veteran striker Tom Vane retires"), but not
    at a line break in the middle of a sentence (a page copy's link on a line of its own)."""
    starts = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(text)]
    breaks = [m.end() for m in _LINE_BREAK.finditer(text) if short_line_at(text, m.start())]
    return sorted(set(starts).union(breaks)) if breaks else starts


_LINE_BREAK = re.compile(r"\n(?=[^\n])")


def _floor(starts: list[int], position: int) -> int:
    return starts[bisect.bisect_right(starts, position) - 1]


def _role_floor(starts: list[int], position: int) -> int:
    """Where a role before a name may start: its sentence's start, at most LINE_REACH back."""
    return max(_floor(starts, position), position - LINE_REACH)


def _quoted(text: str, candidate: Candidate) -> bool:
    """A capitalised phrase in quotes is a work ("Running from the Darkness"), not a name; so
    is one that opens a quoted title, its first word a title's ("Star Trek", "Doctor Who"),
    but not a courtesy title's: "Mrs. Buckles" in quotes is a nickname."""
    start = candidate.start
    if candidate.title and not candidate.honorific:
        start = candidate.title[0].start
    before = text[start - 1 : start]
    if not before or before not in _QUOTES_OPEN:
        return False
    if text[candidate.end : candidate.end + 1] in _QUOTES_CLOSE:
        return True
    # more title words up to the closing quote: "Vane's Harbour", "Snow Queen and the
    # Huntsman"; not "Esther Williams." nor "Bertie," she said
    rest = _TITLE_REST.match(text, candidate.end)
    if rest is None:
        return False
    # or the last of a list of quoted titles, its full stop inside the quotes: "Into the
    # Woods" and "Jane Roe."
    return (
        " " in rest.group()
        or _QUOTED_ITEM_BEFORE.search(text, max(0, start - 8), start - 1) is not None
    )


_QUOTED_ITEM_BEFORE = re.compile(r"[\"”’'],?\s+(?:and|or|&)\s+$|[\"”’'],\s+$")


# The rest of a quoted title after its first capitalised words: more capitalised or function
# words, punctuation, then the closing quote.
_TITLE_REST = re.compile(
    r"(?:['’]s)?(?:[,:!?.]?\s+(?:[A-Z][\w'’-]*|and|of|the|a|an|in|on|to|for|with|from))*[,.!?]?[\"”’'](?!\w)"
)


def _score(text: str, candidate: Candidate, starts: list[int], lowercase: frozenset[str]) -> int:
    tokens = candidate.tokens
    first, last = tokens[0].lower, tokens[-1].lower
    common = word_set("common_words")
    score = 0
    if first in lowercase and first not in lexicon("first_names"):
        score -= 1  # the article writes it in lower case elsewhere: "Get Back", "Black Eyed Peas"
    if tokens[0].initial:
        score += 2  # "A. Dale"
    elif first in lexicon("first_names"):
        score += 1 if first in common or first in lexicon("places") else 2
    elif first in WEEKDAY_WORDS and len(tokens) > 1:
        score += 1  # given back by _weekday_given_name: "Sunday Okon"
    if candidate.title:
        score += 2
    if last in lexicon("surnames") and last not in common and last not in lexicon("places"):
        score += 1
    if _SURNAME_SHAPE.search(last) and len(last) > 4:
        score += 1
    if _WHO_AFTER.match(text, candidate.end) or _office_in_apposition(text, candidate):
        score += 2  # "Dai Houying, who wrote", "Innocent Butare, executive secretary of …"
    elif _SPEECH_AFTER.match(text[candidate.end : candidate.end + 40]):
        score += 1
    if _SPEECH_BEFORE.search(text[max(0, candidate.start - 20) : candidate.start]):
        score += 1
    if _regnal(text, tokens) or east_asian_name(tokens):
        score += 2
    elif all(t.text.isupper() and len(t.text) > 1 for t in tokens):
        score -= 2
    elif _name_shaped(tokens, lowercase):
        score += 1  # "Xolani Mkhize": unknown words, but shaped and used like a name
    bracket = _BRACKET_AFTER.match(text, candidate.end)
    if bracket and _is_affiliation(bracket.group(1)):
        score += 2  # "Linford Christie (Britain)", "Petr Korda (Czech Republic)"
    elif _ORDINAL_BRACKET_AFTER.match(text, candidate.end):
        score += 1
    if _AGE_AFTER.match(text, candidate.end) or _SET_SCORES_AFTER.match(text, candidate.end):
        score += 1  # "Jane Roe, 41, ", "beat Jane Roe 6-2 6-3"
    if _SHIRT_NUMBER_BEFORE.search(text[max(0, candidate.start - 12) : candidate.start]):
        score += 1
    if _alone_on_line(text, candidate):
        score += 1  # a writer's or a speaker's name on a line of its own
    return score


# How far around a name the line-based rules look: a scraped page can be one line of a
# megabyte, and reading the whole line for every name would grow with its square.
LINE_REACH = 2000


# A place's possessive right before a name: "Ethiopia's ", "South Africa's "
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s $")


def _place_possessive_before(text: str, start: int) -> bool:
    before = _POSSESSIVE_BEFORE.search(text[max(0, start - 30) : start])
    return before is not None and before.group(1).lower() in lexicon("places")


def _line_around(text: str, candidate: Candidate) -> tuple[int, int]:
    """Start and end of the line that holds the candidate, at most about LINE_REACH away; the
    limits snap to blocks, so that names near each other share a line (and _list_runs' cache)."""
    block = candidate.start // LINE_REACH
    low = max(0, (block - 1) * LINE_REACH)
    high = min(len(text), (block + 2) * LINE_REACH)
    end = text.find("\n", candidate.end, high)
    return max(low, text.rfind("\n", low, candidate.start) + 1), high if end < 0 else end


def _alone_on_line(text: str, candidate: Candidate) -> bool:
    line_start, line_end = _line_around(text, candidate)
    return (
        not text[line_start : candidate.start].strip()
        and not text[candidate.end : line_end].strip()
        and 2 <= len(candidate.tokens) <= 3
    )


def _name_shaped(tokens: list[Token], lowercase: frozenset[str]) -> bool:
    """Two or three title-case words that are no common word, place, organisation word or
    demonym, and that the article never writes in lower case."""
    if not 2 <= len(tokens) <= 3:
        return False
    for token in tokens:
        word = token.lower
        if (
            not token.text[:1].isupper()
            or token.text[1:2].isupper()
            or word in lowercase
            or word in word_set("common_words")
            or word in lexicon("places")
            or word in lexicon("org_words")
            or word in word_set("demonyms")
            or word in lexicon("role_heads")
        ):
            return False
    return True


_DETERMINERS = frozenset("a an the my your our his her their its this that".split())
# Small words a title capitalises and a name never holds ("de", "van", "bin" are a name's)
_TITLE_CASE_FUNCTION_WORDS = frozenset(
    "To Be And Or But His Her Its My Your Our Their Vs Vs. Is Are Was Were In On At With From "
    "Into Over Under Without".split()
)


def _title_of_words(text: str, name: str) -> bool:
    """ "Finding Nemo", "Kill Bill", "Century Fox": a name opening with a word news writes in
    lower case (no known given name), whose last word the article never uses alone, as it
    would a person's surname ("Scooter Braun" … "Braun said"); one opening with a determiner
    ("My Left Foot") or holding a word only a title capitalises ("Learn To Be Lonely"): a
    work's or a firm's title."""
    words = name.split()
    first, last = words[0], words[-1]
    if len(words) < 2:
        return False
    if first.lower() in _DETERMINERS and (first != "An" or plain_word(words[1].lower())):
        return True  # "My Left Foot", "The Sims"; not "An Marchal", where "An" is a given name
    if any(word in _TITLE_CASE_FUNCTION_WORDS for word in words[1:-1]):
        return True  # "Learn To Be Lonely", "Jamie And His Magic Torch", "Freddy Vs Jason"
    worded_first = len(first) >= 4 and first[:1].isupper() and plain_word(first.lower())
    # "Candy Shop", "Beastie Boys": a thing's word last, and no known given name first
    worded_last = (
        len(words) == 2  # not "Tonny Bruins Slot", a surname of two words
        and len(first.rstrip(".")) > 1  # "B Challenger": a team sheet's initial
        and plain_word(last.lower())
        and first.lower() not in lexicon("first_names")
        and first.lower() not in EAST_ASIAN_FAMILY_NAMES  # "Zhu De", "Li Peng"
    )
    if not (worded_first or worded_last):
        return False
    # every time the article writes the last word, the word before it in the name precedes it
    singles, pairs = _word_counts(text)
    return singles[last] <= pairs[(words[-2], last)]


def _title_s_first_word(text: str, role: Found) -> bool:
    """A one-word role capitalised inside a sentence ("the Star" of "the Star Wars Digital
    Collection"): the first word of a title, not an office ("Employee Jane Roe" opening one)."""
    before = text[: role.start].rstrip(" \t")
    return (
        " " not in role.value
        and role.value[:1].isupper()
        and bool(before)
        and not before.endswith(("\n", ".", "!", "?", ":", '"', "“", "”"))
    )


@lru_cache(maxsize=4)
def _word_counts(text: str) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """How often the text writes each word, and each word right after another: counted once,
    so that testing every name costs no pass over the text."""
    # "Braun's" is "Braun" used alone; "O'Brien" and "Sowden-Taylor" stay whole
    words = [re.sub(r"['’]s$", "", word) for word in _WORD_RUN.findall(text)]
    return Counter(words), Counter(itertools.pairwise(words))


_WORD_RUN = re.compile(r"\w+(?:[-'’.]\w+)*")


def _given_initial_surname(candidate: Candidate) -> bool:
    """ "Franklin D. Roosevelt": a known given name, a middle initial, a surname no word of
    the language; a person's shape in 96% of the training news (firms named after their
    founders, "Robert W. Baird", and ships the rest)."""
    tokens = candidate.tokens
    return (
        len(tokens) == 3
        and tokens[0].lower in lexicon("first_names")
        and tokens[1].initial
        and not tokens[2].initial
        and not plain_word(tokens[2].lower)
        and not _organisation_word(tokens[2])
    )


def _no_word_but_names(candidate: Candidate, lowercase: frozenset[str]) -> bool:
    """Shaped as a name, and no word of it one news writes in lower case unless it is a known
    given name or surname: a work's or an event's title is made of the language's words."""
    return _name_shaped(candidate.tokens, lowercase) and not any(
        plain_word(token.lower) for token in candidate.tokens
    )


def _is_affiliation(inside: str) -> bool:
    folded = fold(inside)
    return (
        folded in lexicon("places")
        or folded in word_set("demonyms")
        or bool(re.fullmatch(r"[A-Z]{2,3}|[RDI]-[A-Z][a-z.]+", inside.strip()))
    )


_ORG_BEFORE = re.compile(r"([\w-]+)\s+(of|for|on|and|de)\s+(?:the\s+)?$")


# The few words both patterns above end with: checked first, on a short slice, because a
# search anchored at the end of a longer one tries every start position.
_LINK_WORD_BEFORE = re.compile(r"(?:of|at|with|for|on|and|de)\s+(?:the\s+)?$")


def _linked_before(text: str, candidate: Candidate) -> bool:
    return bool(_LINK_WORD_BEFORE.search(text, max(0, candidate.start - 12), candidate.start))


def _employer(text: str, candidate: Candidate) -> bool:
    if candidate.title or not _linked_before(text, candidate):
        return False
    match = _EMPLOYER_BEFORE.search(text[max(0, candidate.start - 60) : candidate.start])
    if match is None:
        return False
    # "chief executive of", "director general at": an office; not a relative ("the mother
    # pleads with Abraham Lincoln", "father of Tom Vane")
    office = match.group(1).lower()
    return office in lexicon("role_heads") and office not in _KIN - {"partner"}


def _organisation_tail(text: str, candidate: Candidate) -> bool:
    """ "Center for Cultural Studies", "University of Cape Town": the rest of an organisation;
    not "the government of Fulgencio Batista", where a given name starts a person's name."""
    if not _linked_before(text, candidate):
        return False
    match = _ORG_BEFORE.search(text[max(0, candidate.start - 40) : candidate.start])
    if match is None or match.group(1).lower() not in lexicon("org_words"):
        return False
    first = candidate.tokens[0].lower
    person_of = (
        match.group(2) in ("of", "and")  # "the government of Carlos Menem", "... Show and Sacha"
        and first in lexicon("first_names")
        and first not in lexicon("places")
    )
    return not person_of


_BYLINE_START = re.compile(
    r"\W*(?:by:?|written by:?|reporting by:?|editing by:?|edited by:?|authors?\s*:|par|por|von)\s",
    re.IGNORECASE,
)


# "Reporting by A, additional reporting by B, Editing by C": each credited, mid-line too (the
# credits' gerunds only: "a film produced by Sam Raimi" names a person of the story)
_CREDITED_BY = re.compile(r"\b(?:reporting|writing|editing)\s+by\s+\Z", re.IGNORECASE)


def _in_byline(text: str, candidate: Candidate) -> bool:
    """The writer of the piece is not someone the piece is about."""
    if _CREDITED_BY.search(text, max(0, candidate.start - 40), candidate.start):
        return True
    line_start = text.rfind("\n", max(0, candidate.start - 80), candidate.start) + 1
    if line_start == 0 and candidate.start > 80:
        return False  # far into a line: no byline
    if _BYLINE_START.match(text[line_start : candidate.start]):
        return True
    return _writer_line(text, line_start, candidate)


HEADER_CHARS = 600  # how far from the top a byline without "By" may stand
BYLINE_LINE_WORDS = 8
_WRITER_JOBS = re.compile(
    r"\b(?:editor|correspondent|reporter|writer|columnist|journalist|staff)\b", re.IGNORECASE
)


def _job_line_after(text: str, line_end: int) -> bool:
    """The line after the one ending at `line_end` is a newsroom job's alone."""
    if not text.startswith("\n", line_end):
        return False
    next_end = text.find("\n", line_end + 1)
    following = text[line_end + 1 : next_end if next_end >= 0 else len(text)]
    return JOB_LINE.match(following.strip(" \t")) is not None


def _writer_line(text: str, line_start: int, candidate: Candidate) -> bool:
    """ "Jessica Hart Deputy political editor" under a headline: a name, then the writer's job,
    alone on a short header line; or the name alone over the job's line, anywhere (a writer's
    card under the story)."""
    if candidate.start != line_start:
        return False
    _, line_end = _line_around(text, candidate)
    if not text[candidate.end : line_end].strip():  # the name alone, the job on the next
        return _job_line_after(text, line_end)  # line ("Senior Reporter"): a writer's card
    if line_start > HEADER_CHARS:
        return False
    line = text[line_start:line_end]
    if line.rstrip().endswith((".", "!", "?")):
        return False  # "Jane Roe resigned as editor.": a sentence of the story
    job = _WRITER_JOBS.search(line, candidate.end - line_start)
    return len(line.split()) <= BYLINE_LINE_WORDS and job is not None


_PLACE_PREFIXES = frozenset("st saint port fort mount mt lake san santa los las".split())
# "Red Cross", "White Hart Lane", "Royal Mail", "Golden Globes": names of things.
_DESCRIPTIVE_FIRST_WORDS = frozenset(
    "red white black blue green golden royal grand lower upper global national international "
    "social federal early big super".split()
)
# "La Traviata", "El Charcote": a name starts with an article only before a given name.
# ("El" is left out: "El Hassane Lahssini", "El Hadji Diouf" are Arabic given names.)
_ARTICLES = frozenset("la le les los las il der die das".split())
# "Elizabeth II", "Leopold III": a given name and a regnal number.
_REGNAL = frozenset("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi".split())


# "Nigel I think", "Tony I'm sure": the pronoun, told by the verb after it; "Queen Elizabeth
# I born", "Pedro I became" are kings.
_PRONOUN_I = re.compile(
    r" +(?:[a-z]+n['’]t|am|was|have|had|will|would|can|could|think|thought|said|say|feel|"
    r"felt|believe|know|knew|do|did|want|wanted|hope|just|also|never|guess|mean|agree|told|"
    r"tell|see|saw|went|got|get|love|like|really|must|should|may|might)\b|['’](?:m|ve|d|ll)\b"
)


def _regnal(text: str, tokens: list[Token]) -> bool:
    last = tokens[-1]
    return (
        len(tokens) >= 2
        and last.lower in _REGNAL
        and last.text.isupper()
        and tokens[-2].lower in lexicon("first_names")
        # "Nigel I think": the pronoun, not Nigel the First
        and not (last.text == "I" and _PRONOUN_I.match(text, last.end))
    )


_DOTTED_ABBREVIATIONS = frozenset({"us", "un", "uk", "eu", "usa", "ussr", "uae", "dc"})
_HYPHEN_ADJECTIVE = re.compile(r"-[a-z]+$")  # "Kong-based", "Paris-listed"
_EX_PREFIX = re.compile(r"(?i:ex)-\w")  # "Ex-Yankee", "ex-Chelsea": what the person was


def _bare_initials(text: str, candidate: Candidate) -> bool:
    """ "minister S Jaishankar", "chief minister M K Stalin": initials without full stops, as
    Indian papers write them, trusted only after a title; "George W Bush": a middle initial
    between a known given name and a surname."""
    tokens = candidate.tokens
    if (
        len(tokens) == 3
        and tokens[0].lower in lexicon("first_names")
        and len(tokens[1].text) == 1
        and len(tokens[2].text) >= 3
    ):
        return True
    letters = 0
    while letters < len(tokens) and len(tokens[letters].text) == 1:
        letters += 1
    rest = tokens[letters:]
    return (
        1 <= letters <= 2
        and len(rest) >= 1
        and all(len(t.text) >= 3 for t in rest)
        and (bool(candidate.title) or _role_word_before(text, candidate))
    )


# Prepositions no name opens with ("To" may: "To Lam")
_PREPOSITIONS_FIRST = frozenset("in on at of for from by with into onto over under upon".split())
# Plural nouns that end the names of works and events named after someone
_WORKS_AND_EVENTS = frozenset(
    "diaries papers files tapes chronicles memoirs letters adventures tales stories days "
    "awards games".split()
)


_ORDINAL_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)[ \t]+$")


def _end_of_a_place(text: str, start: int, words: list[str], places: frozenset[str]) -> bool:
    """The candidate is the end of a place's name the word before it opens (a run cut by a
    rule before it reached the candidate)."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and " ".join([before.group(1).lower(), *words]) in places


def _plausible(text: str, candidate: Candidate, describes: bool = False) -> bool:
    """Whether the capitalised run may be a person's name by its words; describes: its first
    word describes the person the rest names ("Fuming" of "Fuming Robinson blasts officials"
    where the article names Andy Robinson)."""
    tokens = candidate.tokens
    if not 1 <= len(tokens) <= 5:
        return False
    words = [t.lower for t in tokens]
    common = word_set("common_words")
    places = lexicon("places")
    if all(w in common for w in words) or " ".join(words) in places:
        return False  # cheap set lookups first: most candidates end here
    if _end_of_a_place(text, candidate.start, words, places):
        return False  # "States" of "the United States, the president who …"
    if any(w in lexicon("page_words") for w in words):
        return False  # "Share Close", "Recent Posts": a page's widgets
    if len(tokens) > 1 and _never_last(tokens[-1]):
        return False
    if len(tokens) > 1 and words[-1] in _WORKS_AND_EVENTS:
        return False  # "The Jane Roe Diaries", "the Tom Vane Awards": named after someone
    if len(tokens) > 1 and words[0] in _PREPOSITIONS_FIRST:
        return False  # "Men In Black" cut after its first word: a title's words
    if any(w in common for w in words[1:-1]):
        return False  # "Love Will Tear Us Apart": a common word inside is a title, not a name
    given = lexicon("first_names")
    demonyms = word_set("demonyms")
    if fold(candidate.name(text)) in places:
        return False
    initials = [t for t in tokens if t.initial]
    if len(initials) == len(tokens):
        return False  # "U.S.", "F.A."
    compass = tokens[0].lower in ("n", "s", "e", "w")
    if tokens[0].initial and (
        "".join(t.lower for t in initials) in _DOTTED_ABBREVIATIONS
        or (compass and (words[len(initials)] in places or words[len(initials)] in demonyms))
    ):
        return False  # "U.S. Open", "S. Korea", "S. African"
    if _regnal(text, tokens) or east_asian_name(tokens):
        return True
    if any(len(t.text) == 1 and not t.initial for t in tokens) and not _bare_initials(
        text, candidate
    ):
        return False  # table headings: "W D L Pct GB"
    if any(_HYPHEN_ADJECTIVE.search(t.text) for t in tokens):
        return False
    if any(w in demonyms for w in words[1:]) or (words[0] in demonyms and words[0] not in given):
        return False  # "British Universities", "Roman Catholic"
    if len(words) > 1:
        if words[0] in places and words[0] not in given and not candidate.title:
            return False  # "China Daily"; not "Justice Hepu Vane", a person's style before it
        first = tokens[0].text
        if (
            (len(first) >= 3 or (len(first) == 2 and (words[0] in given or words[0] in common)))
            and first.isupper()
            and not tokens[1].text.isupper()
        ):
            # an acronym first: "NATO Secretary", "МИД Азербайджана"; "UN Charter", "US
            # Senate" (two capitals that spell a word or a given name, not "AJ Styles")
            return False
        if words[0].rstrip(".") in _PLACE_PREFIXES or words[0] in _DESCRIPTIVE_FIRST_WORDS:
            return False  # "St Louis", "Port Vale", "San Diego Padres", "Red Star"
        if words[0] in _ARTICLES and words[1] not in given:
            return False  # "La Boheme", "Les Miserables"; not "La Toya Jackson"
        if _gerund(words[0], describes) and words[0] not in given:
            return False  # "Finding Nemo", "Saving Private Ryan"; not "Zunjing Quent"
        # "Statistics Canada", "Air France", "Hong Kong Open", "Los Angeles Dodgers"; but an
        # initial makes a person of a place name ("I. Austin", "G. Hamilton")
        if words[-1] in places and words[0] not in given and not tokens[0].initial:
            return False
        for size in (2, 3):
            for i in range(len(words) - size + 1):
                if " ".join(words[i : i + size]) in places:
                    return False
    return True


def _gerund(word: str, describes: bool) -> bool:
    """ "finding", "saving": a verb's "-ing" form, its verb a word news writes, or one that
    describes the person named after it ("Fuming Robinson"); not a given name that ends so
    ("Xiaoming", "Zunjing")."""
    if not word.endswith("ing") or len(word) <= GERUND_LETTERS:
        return False
    stem = word[:-3]
    forms = [stem, stem + "e", stem + "s", stem + "es", stem + "ed", stem + "d"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        forms += [stem[:-1], stem[:-1] + "s", stem[:-1] + "ed"]  # "running": "run"
    news_words = word_set("news_words")
    return describes or word in news_words or any(form in news_words for form in forms)


GERUND_LETTERS = 5  # "Xing", "Ming", "Bing": a short "-ing" word is no verb's form


HEADLINE_MENTIONS = 3  # mentions of a name run into a headline's words, at most


# A name's last word glued to a word of the language after it by a page's copy: "RoeThe",
# "KelsoEnergy" (not "McDonald", "MacArthur": three small letters before the capital at least)
_GLUED_WORD = re.compile(r"(?P<name>[A-Z][\w'’-]*[a-z]{3})(?P<word>[A-Z][a-z]+)")


def _unglued(name: str) -> str:
    head, _, last = name.rpartition(" ")
    glued = _GLUED_WORD.fullmatch(last) if head else None
    if glued is None:
        return name
    word = glued["word"].lower()
    if word != "the" and word not in word_set("news_words"):
        return name
    return f"{head} {glued['name']}"


class _Registry:
    """The people of one article, keyed by folded full name, with surname links. Each person
    is also indexed by their last and first name word, so looking a name up costs the same in
    an article naming 5 people or 5,000 (a 5 MB text named 3,000 and took minutes)."""

    def __init__(self) -> None:
        self._empty()

    def _empty(self) -> None:
        self.people: list[Person] = []
        self.mentions: dict[int, list[Candidate]] = {}
        self.keys: list[list[str]] = []  # each person's folded name words, suffixes left out
        self._by_last: dict[str, list[int]] = {}  # in the order people were found
        self._by_first: dict[str, list[int]] = {}  # people of two or more name words
        self._keyless: list[int] = []

    @staticmethod
    def _key(name: str) -> list[str]:
        return [w for w in fold(name).split() if w.rstrip(".") not in NAME_SUFFIXES]

    def _index(self, index: int, key: list[str], *, add: bool) -> None:
        buckets: list[tuple[dict[str, list[int]] | None, str]] = (
            [(self._by_last, key[-1])] if key else [(None, "")]
        )
        if len(key) > 1:
            buckets.append((self._by_first, key[0]))
        for table, word in buckets:
            bucket = self._keyless if table is None else table.setdefault(word, [])
            if add:
                bisect.insort(bucket, index)
            else:
                bucket.remove(index)

    def _set_key(self, index: int, key: list[str]) -> None:
        if index < len(self.keys):
            self._index(index, self.keys[index], add=False)
            self.keys[index] = key
        else:
            self.keys.append(key)
        self._index(index, key, add=True)

    def find(self, tokens: list[Token]) -> int | None:
        """The first person found whose name this is: the same name, the surname alone, a
        surname with its particle, or the name with an initial for a given name."""
        words = self._key(" ".join(t.text for t in tokens)) or [fold(tokens[-1].text)]
        keyless = self._keyless[0] if self._keyless else None  # matches any name
        candidates = self._by_last.get(words[-1], ())  # every rule needs the same surname
        suffix = _name_suffix(tokens[-1].text)
        if suffix or len(words) > 1:  # "Tom Vane Jr." again, "Vane Jr.": not his father,
            # Tom Vane (Sr.); and "Tom Vane" not his son; the surname alone either
            candidates = [i for i in candidates if _name_suffix(self.people[i].name) == suffix]
        if len(words) > 1:  # "Abu Salem": Karim Abu Salem's surname, not Omar Nadir Salem's
            for index in candidates:
                if keyless is not None and keyless < index:
                    break
                if self.keys[index][-len(words) :] == words:
                    return index
        for index in candidates:
            if keyless is not None and keyless < index:
                break
            known = self.keys[index]
            if words == known or len(words) == 1:
                return index
            # "De Silva" → "Aravinda de Silva": a surname that starts with a particle.
            if words[0] in PARTICLES and words == known[-len(words) :]:
                return index
            # "George W. Bush" ~ "George Bush"; "A. Dale" ~ "Adrian Dale"
            initial_match = len(words[0]) == 1 or len(known[0]) == 1 or words[0] == known[0]
            if words[0][0] == known[0][0] and initial_match:
                return index
        return keyless

    def surnames(self) -> set[str]:
        """The last words of the names found so far."""
        return set(self._by_last)

    def by_first_name(self, token: Token) -> int | None:
        """The one person whose given name this is, if exactly one."""
        found = self._by_first.get(fold(token.text), [])
        return found[0] if len(found) == 1 else None

    def merge_given_names(self) -> None:
        """A one-word person who is the given name of exactly one fuller name, and no one's
        surname, is that person: "PM Jane's trips" in a headline above "Jane Roe" in the
        story (the headline came first, before the full name was known)."""
        self._merge_one_words(owners=self._by_first, rivals=self._by_last)

    def merge_surnames(self) -> None:
        """A one-word person who is the surname of exactly one fuller name, and no one's given
        name, is that person: "Ferrante" and, found after it, "Gualdo Ferrante"."""
        self._merge_one_words(owners=self._by_last, rivals=self._by_first)

    def merge_double_barrelled(self) -> None:
        """ "Ben Bruce" of a headline and "Ben Murray-Bruce" of the story: the same given name
        and one half of the other's double-barrelled surname, for exactly one such person."""
        halves: dict[int, list[int]] = {}  # each short form's index: its fuller namesakes
        for index, key in enumerate(self.keys):
            if len(key) < 2 or "-" not in key[-1]:
                continue  # a look-up per double-barrelled surname only: they are few
            for half in key[-1].split("-")[1:]:
                for short in self._by_last.get(half, ()):
                    if self.keys[short][0] == key[0] and len(self.keys[short]) == 2:
                        halves.setdefault(short, []).append(index)
        self._absorb({short: fuller[0] for short, fuller in halves.items() if len(fuller) == 1})

    def _merge_one_words(self, owners: dict[str, list[int]], rivals: dict[str, list[int]]) -> None:
        """Each one-word person whose word stands, in `owners`, for exactly one fuller name,
        and for no one else in `rivals`, becomes that person."""
        absorbed: dict[int, int] = {}
        for index, key in enumerate(self.keys):
            if len(key) != 1 or any(i != index for i in rivals.get(key[0], ())):
                continue
            fuller = [i for i in owners.get(key[0], ()) if len(self.keys[i]) > 1]
            if len(fuller) == 1:
                absorbed[index] = fuller[0]
        self._absorb(absorbed)

    def merge_headline_runs(self, text: str) -> None:
        """A name of three words or more, seen only in title-case lines, that holds another
        person's whole name or surname among its words is that person run into the
        headline's other words: "Jane Roe Wins Harbour Seat", "Roe, Vane Take Quay Board
        To Court" over "Jane Roe" and "Tom Vane" in the story."""
        absorbed: dict[int, int] = {}
        for index, key in enumerate(self.keys):
            mentions = self.mentions[index]
            if len(key) < 3 or len(mentions) > HEADLINE_MENTIONS:
                continue  # a name written this often is no accident of one headline
            # the people whose surname is one of this name's words (an index look-up each)
            others = (other for word in key for other in self._by_last.get(word, ()))
            owner = next(
                (
                    other
                    for other in others
                    if other != index
                    and other not in absorbed
                    and 2 <= len(self.keys[other]) < len(key)
                ),
                None,
            )
            if owner is not None and all(_title_case_line(text, c) for c in mentions):
                absorbed[index] = owner
        self._absorb(absorbed)

    def _absorb(self, absorbed: dict[int, int]) -> None:
        """Each person of absorbed's keys becomes one with its value's person."""
        if not absorbed:
            return
        for index, owner in absorbed.items():
            self.people[owner].mentions += self.people[index].mentions
            self.mentions[owner] += self.mentions[index]
        kept = [i for i in range(len(self.people)) if i not in absorbed]
        people, mentions, keys = self.people, self.mentions, self.keys
        self._empty()  # the indexes rebuilt for the people kept
        for new, old in enumerate(kept):
            self.people.append(people[old])
            self.mentions[new] = mentions[old]
            self._set_key(new, keys[old])

    def link(self, index: int, candidate: Candidate) -> None:
        self.people[index].mentions += 1
        self.mentions[index].append(candidate)

    def add(self, candidate: Candidate, name: str, rule: str) -> None:
        index = self.find(candidate.tokens)
        if index is None:
            unglued = _unglued(name)  # "Jane RoeThe actor": a copy lost the space
            end = candidate.end - (len(name) - len(unglued))
            self.people.append(Person(unglued, candidate.start, end, rule))
            self._set_key(len(self.people) - 1, self._key(name))
            self.mentions[len(self.people) - 1] = [candidate]
            return
        person = self.people[index]
        person.mentions += 1
        self.mentions[index].append(candidate)
        if len(candidate.tokens) > len(person.name.split()) and len(candidate.tokens[0].text) > 1:
            person.name, person.start, person.end = name, candidate.start, candidate.end
            self._set_key(index, self._key(name))
        elif person.name.isupper() and not name.isupper() and fold(name) == fold(person.name):
            person.name = name  # "REAGAN" in a shouted headline, "Reagan" in the story


def _without_possessive_place(text: str, candidate: Candidate) -> Candidate:
    """ "Secretary of State George Shultz China's recent visit": a line break joined the name
    to the next country's possessive."""
    tokens = candidate.tokens
    if (
        len(tokens) > 2
        and text.startswith(("'s", "’s"), candidate.end)
        and tokens[-1].lower in lexicon("places")
    ):
        return Candidate(tokens[:-1], candidate.title, candidate.honorific)
    return candidate


def _after_place(text: str, candidate: Candidate) -> Candidate:
    """ "Foreign Minister of Azerbaijan Jeyhun Bayramov", "ambassador to Britain Zunjing
    Llaneras": the country ends the title before it and the name starts after it; "Secretary
    of Energy Valdes": so does a portfolio, before a surname alone."""
    tokens = candidate.tokens
    if len(tokens) < 2 or not text.endswith(("of ", "to "), 0, candidate.start):
        return candidate
    places = lexicon("places")
    office = _OFFICE_OF.search(text, max(0, candidate.start - 40), candidate.start) is not None
    for size in (2, 1):
        rest = tokens[size:]
        if not rest or (size == 1 and tokens[0].lower in lexicon("first_names")):
            continue  # "the re-election of George W Bush": George is no town here
        ends_title = fold(" ".join(t.text for t in tokens[:size])) in places
        if (
            len(rest) >= 2
            and ends_title
            # not "Bank of America Capital": a known name's words, or none of the language's
            # nor a place's ("University of Texas Arlington Amneh Jafari")
            and (
                _name_like(rest)
                or not any(t.lower in word_set("news_words") or t.lower in places for t in rest)
            )
        ):
            return Candidate(rest, [*candidate.title, *tokens[:size]], candidate.honorific)
        portfolio = ends_title or (size == 1 and tokens[0].lower in _PORTFOLIO_WORDS)
        if len(rest) == 1 and portfolio and office:
            return Candidate(rest, [*candidate.title, *tokens[:size]], candidate.honorific)
    return candidate


# "Under Secretary of State for Arms Control John Holum", "Envoy for Climate Change": an
# office's portfolio after "for"
_OFFICE_FOR = re.compile(r"\b([A-Za-z]+)(?:\s+of\s+State)?\s+for\s+$")


def _after_portfolio(text: str, candidate: Candidate) -> Candidate:
    """ "Under Secretary for Arms Control Jane Roe": words of the language after an office's
    "for" are its portfolio; the name starts at the given name after them."""
    tokens = candidate.tokens
    if len(tokens) < 3 or not text.endswith("for ", 0, candidate.start):
        return candidate
    office = _OFFICE_FOR.search(text, max(0, candidate.start - 40), candidate.start)
    if office is None or not _office(office.group(1).lower()):
        return candidate
    given = lexicon("first_names")
    for index in range(1, len(tokens) - 1):
        if tokens[index].lower in given:
            portfolio = tokens[:index]
            if all(t.lower not in given and t.lower in word_set("news_words") for t in portfolio):
                return Candidate(
                    tokens[index:], [*candidate.title, *portfolio], candidate.honorific
                )
            break
    return candidate


# "Secretary of Energy", "Minister of Trade": an office's portfolio.
_PORTFOLIO_WORDS = frozenset(
    "energy commerce labor labour health defense defence state treasury justice interior "
    "transportation transport education agriculture trade finance foreign".split()
)
_OFFICE_OF = re.compile(
    r"\b(?:[Ss]ecretary|[Mm]inister|[Cc]hairman|[Cc]hair|[Dd]irector|[Hh]ead)\s+of\s+$"
)


def _name_like(tokens: list[Token]) -> bool:
    """A known given name, a known or shaped surname, or a surname with letters English does
    not use ("Kurtulmuş"); and no organisation word."""
    last = tokens[-1].lower
    return not any(t.lower in lexicon("org_words") for t in tokens) and (
        tokens[0].lower in lexicon("first_names")
        or last in lexicon("surnames")
        or (_SURNAME_SHAPE.search(last) is not None and len(last) > 4)
        or not last.isascii()
    )


# Words before a weekday that make it a day: "on Sunday Okon said" is Okon, on Sunday.
_DAY_BEFORE = re.compile(
    r"(?i:\b(?:on|last|next|this|every|each|by|until|till|since|from|early|late|that|of|"
    r"before|after|for|and|or|the|a|to|at|in)\s+|\d\s*|[,(]\s*(?=\w+\s+\d))\Z"
)


# "to meet Yeltsin Sept 7", "Quillby May 5": a month before a day's number ends the name
_DAY_NUMBER_AFTER = re.compile(r"\.?[ \t]+[0-3]?\d(?!\d)")


def _without_date_after(text: str, candidate: Candidate) -> Candidate:
    tokens = candidate.tokens
    if (
        len(tokens) >= 2
        and tokens[-1].lower.rstrip(".") in MONTHS
        and tokens[-1].text[:1].isupper()
        and _DAY_NUMBER_AFTER.match(text, tokens[-1].end)
    ):
        return Candidate(tokens[:-1], candidate.title, candidate.honorific)
    return candidate


# "the Bush White House", "a Quillby Downing Street", "a Reagan Pentagon aide": an
# administration, named after its head
_SEATS_OF_GOVERNMENT = frozenset({"white house", "downing street"})
_SEATS_IN_ONE_WORD = frozenset({"pentagon", "kremlin"})


def _seat_of_government_after(candidate: Candidate) -> bool:
    tokens = candidate.tokens
    last = tokens[-1].lower  # the test every candidate takes: cheap
    if len(tokens) > 1 and last in _SEATS_IN_ONE_WORD:
        return True
    return (
        len(tokens) > 2
        and last in ("house", "street")
        and f"{tokens[-2].lower} {last}" in _SEATS_OF_GOVERNMENT
    )


def _host_of_a_show(candidate: Candidate) -> Candidate:
    """ "Saturday Night With Connie Chung": a show's title in capitals, its host after "With"."""
    tokens = candidate.tokens
    for index in range(1, len(tokens) - 2):
        if tokens[index].text == "With" and tokens[index + 1].lower in lexicon("first_names"):
            return Candidate(tokens[index + 1 :])
    return candidate


# "Well Bob, the talks ended": a broadcast's word to the colleague it hands over to
_INTERJECTIONS = frozenset("well oh yes ok okay thanks sorry hey".split())
# those no name holds as its first word, a comma after the given name or not ("Hey Kyra.")
_BARE_INTERJECTIONS = frozenset("yes okay thanks sorry hey".split())
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:]\s+|[\"“]\s*)\Z", re.MULTILINE)


def _without_interjection(text: str, candidate: Candidate) -> Candidate:
    tokens = candidate.tokens
    if (
        len(tokens) == 2
        and tokens[0].lower in _INTERJECTIONS
        and tokens[1].lower in lexicon("first_names")
        and (tokens[0].lower in _BARE_INTERJECTIONS or text.startswith(",", candidate.end))
        and _SENTENCE_OPENING.search(text, max(0, candidate.start - 3), candidate.start)
    ):
        return Candidate(tokens[1:], candidate.title, candidate.honorific)
    return candidate


def _weekday_given_name(text: str, run: list[Token], candidate: Candidate) -> Candidate:
    """ "The spokesperson, Sunday Okon, said": a weekday is a given name in much of West
    Africa. It is given back to the name the rules cut it from when nothing before it makes it
    a day ("on Sunday", "last Friday") and one or two name words follow it."""
    if (
        len(run) < 2
        or run[0].lower not in WEEKDAY_WORDS
        or not candidate.tokens
        or candidate.tokens[0] is not run[1]
        or not 1 <= len(candidate.tokens) <= 2
        or candidate.title
        or any(
            t.lower in word_set("common_words") or t.lower in lexicon("places")
            for t in candidate.tokens
        )
    ):
        return candidate
    if _DAY_BEFORE.search(text, max(0, run[0].start - 12), run[0].start):
        return candidate
    line_start = text.rfind("\n", 0, run[0].start) + 1
    if not text[line_start : run[0].start].strip():
        return candidate  # a line's first word: a date line's weekday ("Sunday March 3")
    return Candidate([run[0], *candidate.tokens], candidate.title, candidate.honorific)


def _collect(text: str) -> tuple[list[Candidate], set[str], set[str], set[str]]:
    """The name candidates; the names written before an organisation word ("Jane Roe
    Foundation"); those written before a company's legal form ("Jane Roe Inc."); and the
    first words of organisations not named in someone's honour ("Wang" of "Wang Laboratories
    Inc.", not "Reagan" of "the Reagan Administration")."""
    candidates: list[Candidate] = []
    inside_organisations: set[str] = set()
    companies: set[str] = set()
    openings: set[str] = set()
    for run in capitalised_runs(text):
        run = _before_dotted_legal_form(text, run)
        if not run:
            continue
        found, organisations = split_run(run)
        found = [_within_its_edges(text, run, c) for c in found]
        found = [c for c in found if not _seat_of_government_after(c)]
        found = [part for c in found for part in _pairs_run_together(c)]
        candidates.extend(
            _after_portfolio(text, _after_place(text, _without_possessive_place(text, c)))
            for c in found
        )
        for organisation in organisations:
            name = fold(" ".join(t.text for t in organisation[:-1]))
            inside_organisations.add(name)
            # "Kelso Marlow Holdings Ltd": "Kelso Marlow" alone is the firm too
            if organisation[-1].lower.rstrip(".") in _LEGAL_FORMS or _firm_form_after(
                text, organisation[-1].end
            ):
                companies.add(name)
            if name and not any(t.lower in _NAMED_IN_HONOUR for t in organisation):
                openings.add(name.split()[0])
        if found and found[-1].end == run[-1].end and _firm_form_after(text, run[-1].end):
            companies.add(fold(" ".join(t.text for t in found[-1].tokens)))  # "W.R. Grace & Co."
    return _without_trailing_word(candidates), inside_organisations, companies, openings


def _within_its_edges(text: str, run: list[Token], candidate: Candidate) -> Candidate:
    """The name without the words its run took in at either edge: a weekday given back, an
    interjection, a show's title before its host, a month before a day's number."""
    candidate = _without_interjection(text, _weekday_given_name(text, run, candidate))
    return _without_date_after(text, _host_of_a_show(candidate))


# "Aussedat Rey S.A.", "Kelso N.V. said": a legal form in initials, which a run reads as a
# name's; not initials before a surname ("William K.K. Wong", "Tom A.G. Vane")
_DOTTED_LEGAL_FORM = re.compile(
    r"(?:S\.A|N\.V|B\.V|A\.G|S\.p\.A|K\.K|G\.m\.b\.H)\.?(?![\w.])(?![ \t]+[A-Z])"
)


def _before_dotted_legal_form(text: str, run: list[Token]) -> list[Token]:
    for index, token in enumerate(run):
        if (
            len(token.text) == 1
            and index > 0
            and len(run[index - 1].text) > 1  # not "J.S.A. Quillon"'s initials
            and _DOTTED_LEGAL_FORM.match(text, token.start)
        ):
            return run[:index]
    return run


def _pairs_run_together(candidate: Candidate) -> list[Candidate]:
    """ "Mitch McConnell Chuck Schumer George Bush supported the bill": a transcript's or a
    stripped list's names with no comma between, each a given name then a surname that is
    no given name ("Jose Luis Rodriguez Zapatero" stays whole)."""
    tokens = candidate.tokens
    if len(tokens) not in (4, 6) or any(t.initial for t in tokens):
        return [candidate]
    given = lexicon("first_names")
    if not all(
        tokens[i].lower in given
        and tokens[i + 1].lower not in given
        and f"{tokens[i].lower} {tokens[i + 1].lower}" not in lexicon("places")  # "Hong Kong"
        for i in range(0, len(tokens), 2)
    ):
        return [candidate]
    parts = [Candidate(tokens[:2], candidate.title, candidate.honorific)]
    return parts + [Candidate(tokens[i : i + 2]) for i in range(2, len(tokens), 2)]


# What is named after a living person who stays one: "the Reagan Administration", "the Steve
# Redgrave Trust", "the Robert Kilroy-Silk Party"
_NAMED_IN_HONOUR = frozenset(
    "administration government cabinet presidency era campaign party foundation trust fund "
    "institute centre center memorial library museum school college university hospital prize "
    "award awards cup trophy stadium".split()
)


# A company's legal form after its name: no party, foundation or show is named with one
# (and those that are words or initials too: "Co Down", "SA" for South Australia)
_LEGAL_FORMS = FIRM_ENDINGS | frozenset("co cos ag sa gmbh nv bv".split())


# Words that never end a person's name: a headline's or a column's next word run into it in
# capitals ("JANE ROE HOW is it…", "St. Ives With 40 Pounds"). Not "will" or "may": George
# Will, Theresa May.
_NEVER_LAST = frozenset(
    "a an and as at by for from her his how in is it it's its of on or our that the their "
    "this to was what when where who why with".split()
)


def _never_last(token: Token) -> bool:
    return token.lower.replace("’", "'") in _NEVER_LAST


def _without_trailing_word(candidates: list[Candidate]) -> list[Candidate]:
    """ "Prezident İlham Əliyev Fransa səfirini ...": a name (with a known given name) that the
    article also writes alone, run into the next capitalised word (here a country)."""
    written = {tuple(t.text for t in c.tokens) for c in candidates if len(c.tokens) >= 2}
    trimmed = []
    for candidate in candidates:
        tokens = candidate.tokens
        last = tokens[-1].lower
        if (
            len(tokens) >= 3
            and tokens[0].lower in lexicon("first_names")
            and tokens[-2].lower not in word_set("common_words")  # not "Carry On Matron"
            and tuple(t.text for t in tokens[:-1]) in written
            and last not in lexicon("surnames")
            and last not in lexicon("first_names")
            and last.rstrip(".") not in NAME_SUFFIXES  # "Tom Vane Jr." is his son, not him
        ):
            candidate = Candidate(tokens[:-1], candidate.title, candidate.honorific)
        trimmed.append(candidate)
    return trimmed


# Something that finds person names itself (a statistical NER model): text in, spans out.
PersonSpans = Callable[[str], list[tuple[int, int]]]


def _organisation_word(token: Token) -> bool:
    """ "Productions", "Group": a word that ends a firm's name, and no one's surname (not
    "Vale")."""
    return firm_word(token) and token.lower not in lexicon("surnames")


def _given_people(text: str, spans: list[tuple[int, int]]) -> list[Person]:
    """People from spans another recogniser found; surname linking and roles still apply."""
    starts = _sentence_starts(text)
    registry = _Registry()
    candidates = []
    for start, end in sorted(spans):
        tokens = [t for run in capitalised_runs(text[:end]) for t in run if start <= t.start < end]
        if tokens:
            candidates.append(Candidate(tokens))
    for candidate in sorted(candidates, key=lambda c: -len(c.tokens)):
        registry.add(candidate, candidate.name(text), "ner")
    _attach_roles(text, registry, starts)
    return sorted(registry.people, key=lambda p: p.start)


PEOPLE_WINDOW = 200_000  # characters: a longer text is read in windows of about this size


class RulesOnly:
    """The finder for `--ner rules`: the capitalisation rules without the tagger (faster,
    and how newscat found people before the tagger)."""

    parallel_safe = True  # a plain object: it crosses to worker processes

    def __call__(self, text: str) -> list[tuple[int, int]]:
        return [(p.start, p.end) for p in extract_people(text, self)]


def extract_people(text: str, finder: PersonSpans | None = None) -> list[Person]:
    """People of the text: by the rules and the name tagger (no finder), the rules alone
    (a RulesOnly finder), or another recogniser's spans with the rules' roles and linking."""
    tagger = finder is None
    if finder is not None and not isinstance(finder, RulesOnly):
        return _given_people(text, finder(text))
    if len(text) > PEOPLE_WINDOW:
        return _people_in_windows(text, tagger)
    return _people_in(text, tagger)


def _windows(text: str) -> Iterator[tuple[int, int]]:
    """Spans of about PEOPLE_WINDOW characters, each ending at a paragraph break (or a line
    break, or a space) so that no name is cut in two."""
    start = 0
    while start < len(text):
        end = start + PEOPLE_WINDOW
        if end >= len(text):
            yield start, len(text)
            return
        for mark in ("\n\n", "\n", " "):
            cut = text.find(mark, end, end + PEOPLE_WINDOW // 4)
            if cut >= 0:
                end = cut + len(mark)
                break
        yield start, end
        start = end


def _people_in_windows(text: str, tagger: bool) -> list[Person]:
    """People of a huge text (a compilation, a whole issue in one file), window by window, so
    memory stays a few times the window's size rather than twenty times the text's. A name
    found again in a later window is the same person; so is a surname alone that a later
    window's rules accept ("Mayor Holt") when it names one person found before. A bare
    surname in a later window with no cue of its own is not counted as a mention."""
    people: list[Person] = []
    by_key: dict[str, Person] = {}
    by_surname: dict[str, list[Person]] = {}
    for start, end in _windows(text):
        for person in _people_in(text[start:end], tagger):
            person.start += start
            person.end += start
            if person.role:
                person.role = replace(
                    person.role, start=person.role.start + start, end=person.role.end + start
                )
            key = fold(person.name)
            known = by_key.get(key)
            if known is None and " " not in key and len(by_surname.get(key, [])) == 1:
                known = by_surname[key][0]
            if known is not None:
                known.mentions += person.mentions
                known.role = known.role or person.role
                continue
            people.append(person)
            by_key[key] = person
            if " " in key:
                by_surname.setdefault(key.rsplit(" ", 1)[1], []).append(person)
    return people


class _Tagged:
    """The tagger's names in a text, looked up by character span."""

    def __init__(self, spans: list[tuple[int, int, str, float]], text: str = "") -> None:
        self.spans = sorted(spans)
        self.text = text
        self.starts = [span[0] for span in self.spans]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, str, float]]:
        index = max(0, bisect.bisect_right(self.starts, start) - 1)
        found = []
        while index < len(self.spans) and self.spans[index][0] < end:
            if self.spans[index][1] > start:
                found.append(self.spans[index])
            index += 1
        return found

    def trimmed(self, candidate: Candidate) -> Candidate:
        """The candidate without the leading title, office, organisation or place words that
        the tagger leaves out of the name ("Powell" of "State Powell", "Shuqin Liu" of
        "Institute Shuqin Liu", "Jane Roe" of "Ruritania PM Jane Roe")."""
        people = [s for s in self.overlapping(candidate.start, candidate.end) if s[2] == "PER"]
        if not people:
            return candidate
        start = min(s for s, _, _, _ in people)
        end = max(e for _, e, _, _ in people)
        tokens = candidate.tokens
        cut = 0
        while cut < len(tokens) - 1 and tokens[cut].start < start and _not_name_word(tokens[cut]):
            cut += 1
        stop = len(tokens)  # "Lynn Vane President of the club": the office after the name
        while stop > cut + 1 and tokens[stop - 1].start >= end and _office_word(tokens[stop - 1]):
            stop -= 1
        if cut or stop < len(tokens):
            title = [*candidate.title, *tokens[:cut]]
            return Candidate(tokens[cut:stop], title, candidate.honorific)
        return candidate

    def widened(self, candidate: Candidate) -> Candidate:
        """The candidate with the word the rules took for the end of its title given back,
        where the tagger is sure the person's name starts there: "Zunaira" of "Minister Zunaira
        Fatima Haddani", an unknown given name before a known one. A title, office or place
        word stays in the title unless it is a name too ("Shah" of "Shah Mahmood Karimi")."""
        if not candidate.title:
            return candidate
        word = candidate.title[-1]
        if (
            candidate.tokens[0].start - word.end > 1
            or word.lower.rstrip(".") in lexicon("honorifics")
            or word.lower in lexicon("personal_titles")  # "Prince", a surname too, is a title
            or word.lower in word_set("demonyms")  # "Scot Kathy Butler": a Scot, named Kathy
            or (word.lower in _MILITARY_RANKS and len(candidate.title) > 1)
        ):
            return candidate  # "Brigade Commander Major Fallah Sewa": a rank after an office
        if _not_name_word(word) and not (
            word.lower in lexicon("surnames") or word.lower in lexicon("first_names")
        ):
            return candidate
        if not _latin(word.text):  # the tagger learnt English news: "России" it cannot tell
            return candidate
        for start, end, kind, sure in self.overlapping(word.start, candidate.end):
            if (
                kind == "PER"
                and sure >= SURE_PERSON
                and start == word.start
                and end >= candidate.end
            ):
                return Candidate(
                    [word, *candidate.tokens], candidate.title[:-1], candidate.honorific
                )
        return candidate

    def led_by(self, text: str, candidate: Candidate) -> Candidate:
        """The candidate with the capitalised word right before it, which the rules left out,
        given back where the tagger is sure the person's name starts there: a word that is
        also a month's short form ("Jan Vries"), an article ("An Vermeulen") or an unknown
        family name opening a sentence ("Tsang Siu Ming, 40, was …")."""
        before = _WORD_BEFORE.search(text[max(0, candidate.start - 30) : candidate.start])
        if before is None or not before.group(1)[0].isupper():
            return candidate
        end = candidate.start - 1
        word = Token(before.group(1), end - len(before.group(1)), end)
        if (
            any(t.start == word.start for t in candidate.title)
            or _office_word(word)
            or word.lower in lexicon("honorifics")
            or not _latin(word.text)
        ):
            return candidate
        for start, stop, kind, sure in self.overlapping(word.start, candidate.end):
            if (
                kind == "PER"
                and sure >= SURE_PERSON
                and start == word.start <= candidate.end <= stop
            ):
                return Candidate([word, *candidate.tokens], candidate.title, candidate.honorific)
        return candidate

    def _heads(self, candidate: Candidate, start: int, end: int) -> bool:
        """The candidate opens the organisation's or work's span, and only small words run
        on after it ("Bear Stearns entered this crisis"): the tagger's span outran the name.
        Not where another name follows ("Keanu Reeves and Pierce Brosnan" read as one firm)."""
        if start != candidate.start or end <= candidate.end:
            return False
        after = self.text[candidate.end : end].split()
        return all(word[:1].islower() for word in after)

    def weakly_a_thing(self, candidate: Candidate) -> bool:
        """The tagger reads the name only as a thing of the MISC kind (a nationality, an
        event, a work), and not surely: a speaker's name it does not know ("Oskan Verdu
        said …"), since a work or an event says nothing."""
        return self._weakly(candidate, lambda kind: kind == "MISC")

    def weakly_other(self, candidate: Candidate) -> bool:
        """The tagger reads the name as no person, of any kind, and not surely."""
        return self._weakly(candidate, lambda kind: kind != "PER")

    def _weakly(self, candidate: Candidate, of_kind: Callable[[str], bool]) -> bool:
        spans = self.overlapping(candidate.start, candidate.end)
        return bool(spans) and all(of_kind(kind) and sure < WEAK_OTHER for *_, kind, sure in spans)

    def person(self, candidate: Candidate) -> float:
        spans = self.overlapping(candidate.start, candidate.end)
        return max((sure for _, _, kind, sure in spans if kind == "PER"), default=0.0)

    def verdict(
        self, candidate: Candidate, office_before: Callable[[], bool] = lambda: False
    ) -> str:
        """ "PER", "OTHER" (an organisation, place or work), "O" (no name at all), or ""
        when it calls it a person but is not sure enough to overrule the rules."""
        spans = self.overlapping(candidate.start, candidate.end)
        if not spans:
            return "O"
        people = [sure for _, _, kind, sure in spans if kind == "PER"]
        if people:
            return "PER" if max(people) >= SURE_PERSON else ""
        # "Morgan Stanley" as a firm: the candidate is most of the organisation's name, not
        # a name after a title the tagger ran into it ("Minister of Transport Rashad Nabiyev").
        size = candidate.end - candidate.start
        lone = len(candidate.tokens) == 1
        for start, end, _, sure in spans:
            if start < candidate.start and end == candidate.end and office_before():
                continue  # "Speaker of Milli Majlis Sahiba Gafarova": an office run into a name
            shared = min(end, candidate.end) - max(start, candidate.start)
            if sure >= (SURE_OTHER_LONE if lone else SURE_OTHER) and (
                2 * shared > max(size, end - start) or self._heads(candidate, start, end)
            ):
                return "OTHER"
        return ""


def _add_tagged_names(
    text: str, tagged: _Tagged, registry: _Registry, candidates: list[Candidate]
) -> None:
    """Names the tagger is sure of where the capitalisation rules made no candidate: every
    word capitalised (or a particle), without leading office, title or place words."""
    taken = _Tagged([(c.start, c.end, "", 1.0) for c in candidates])
    for start, end, kind, sure in tagged.spans:
        if kind != "PER" or sure < SURE_UNSEEN or taken.overlapping(start, end):
            continue
        words = [
            Token(m.group(), start + m.start(), start + m.end())
            for m in _NAME_WORD.finditer(text[start:end])
        ]
        if any(not w.text[:1].isupper() and w.lower not in PARTICLES for w in words):
            continue  # "Reaction to Calder": a headline's words, not a name
        if _with_figures(words):
            continue  # "Clie PEG UX50": a product's model
        while len(words) > 1 and _not_name_word(words[0]):
            words = words[1:]  # "Ruritania PM Jane Roe"
        while words and _never_last(words[-1]):
            words = words[:-1]  # "JANE ROE HOW is it…"
        if words and _organisation_word(words[-1]):
            continue  # "Jane Roe Productions": a firm named after its founder
        candidate = Candidate(words)
        if words and _seat_of_government_after(candidate):
            continue  # "the Putin Kremlin": an administration
        if words and (
            _not_a_person(text, candidate)
            or _THING_NAMED_AFTER.match(text, candidate.end)
            or _words_of_no_name(text, candidate)
        ):
            continue  # "John F. Kennedy International Airport"
        if len(words) == 1 and _after_place_preposition(text, words[0].start):
            continue  # "a fake firm in Andheri, the official said": a place
        if words and _inside_a_date(text, words[0].start, words[-1].end):
            continue  # "10:08 am Fri Jul 19, 2013": a weekday and a month
        if len(words) == 1 and registry.find(words) is None:
            known = registry.by_first_name(words[0])
            if known is not None:  # "PM Jane's trips" above "Jane Roe": the given name alone
                registry.link(known, candidate)
                continue
        if (
            words
            and any(len(w.text.rstrip(".")) > 1 for w in words)
            and not _place_name(candidate)
            and not named_like_an_outlet([token.lower for token in candidate.tokens])
        ):
            registry.add(candidate, candidate.name(text), "tagger")


_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _inside_a_date(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    dates = find_dates(text, line_start, len(text) if line_end < 0 else line_end)
    return any(date.start < end and start < date.end for date in dates)


_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|near|outside|across|throughout)[ \t]+\Z"
    # "asked Millie Tracer of Skokie": where a named person is from (or the firm she is of)
    r"|[A-Z][\w'’.-]*[ \t]+of[ \t]+\Z"
)


def _after_place_preposition(text: str, start: int) -> bool:
    """A lone word after "in", "near" … is a place's name ("a firm in Andheri"), as is one
    after a name and "of" ("Millie Tracer of Skokie"), whatever the tagger reads in the
    sentence around it; not a possessive's ("a thorn in Bush's side")."""
    if _PLACE_PREPOSITION.search(text, max(0, start - 40), start) is None:
        return False
    word = _NAME_WORD.match(text, start)
    return word is None or not word.group().endswith(("'s", "’s"))


# How sure the tagger must be (the mean marginal probability of a name's tags) to overrule the
# rules, chosen on held-out news (see the README's figures): a candidate it calls a person is
# one whatever the rules' score; a lone word ("Arafat") or a name the capitalisation rules made
# no candidate of needs more. Any confidence that a candidate is an organisation, place or
# work ("Morgan Stanley", "Vera Drake") rules it out.
SURE_PERSON = 0.85
# A word right before a name, on the same line ("Jan" of "Jan Vries")
_WORD_BEFORE = re.compile(r"(?<![\w.'’-])([^\W\d_]{2,}) \Z")
SURE_LONE_WORD = 0.95
SURE_UNSEEN = 0.9
SURE_OTHER = 0.5
WEAK_OTHER = 0.75  # below it, a list of people takes back a name with a known given name
LEANS_PERSON = 0.5  # the tagger more likely than not reads a person: "Win Htein"
# Mentions of a name read as no person's, at least, and how sure each (most mentions, too)
OTHER_MENTIONS = 2
SURE_OTHER_MENTION = 0.7
SURE_OTHER_LONE = 0.9  # a lone word in a list of players may be a town too ("Staunton")


def _word_before_surname(candidate: Candidate, full_names: dict[str, str]) -> bool:
    """A word that is no given name before the surname of someone the article names in full
    with a given name: a description ("Classy Henman"), not a relative."""
    first, last = candidate.tokens[0].lower, candidate.tokens[-1].lower
    return (
        len(candidate.tokens) == 2
        and first not in lexicon("first_names")
        and full_names.get(last, first) != first
    )


# "former", "late", "acting" before a capitalised word and a given name: the word is what the
# person was or is, not a name.
_FORMER_WORDS = frozenset("former late then acting interim outgoing incoming".split())
_FORMER_BEFORE = re.compile(r"\b(?i:" + "|".join(sorted(_FORMER_WORDS)) + r"|ex-)\s*$")


def _without_role_object(text: str, candidate: Candidate) -> Candidate:
    """The name without the end of its office's object run into it: "the chairman of the
    Harbour Board Vane", "ambassador to Ruritania Roe" (an organisation's word, or a place
    after "of", "to" or "in")."""
    tokens = candidate.tokens
    cut = 0
    while cut < len(tokens) - 1 and (
        tokens[cut].lower in lexicon("org_words")  # even "Board", a surname too
        or (
            tokens[cut].lower in lexicon("places")
            and _OBJECT_BEFORE.search(text, max(0, tokens[cut].start - 8), tokens[cut].start)
        )
    ):
        cut += 1
    if cut:
        return Candidate(tokens[cut:], [*candidate.title, *tokens[:cut]], candidate.honorific)
    return candidate


_OBJECT_BEFORE = re.compile(r"\b(?:of|to|in)\s+(?:the\s+)?\Z")


def _written_short(text: str, tokens: list[Token]) -> bool:
    """The name without its last word stands elsewhere in the text, no word after it."""
    short = text[tokens[0].start : tokens[-2].end]
    return any(
        not text.startswith(" " + tokens[-1].text, match.end())
        for match in re.finditer(re.escape(short) + r"(?![\w'’-])", text)
    )


def _without_stray_edges(text: str, candidate: Candidate) -> Candidate:
    """ "Nigel I think": the pronoun, not Nigel the First; nor a word that never ends a name,
    nor a descriptor before it."""
    tokens = candidate.tokens
    title = candidate.title
    while len(tokens) > 2 and (
        _HYPHEN_ADJECTIVE.search(tokens[0].text) or _EX_PREFIX.match(tokens[0].text)
    ):
        title, tokens = [*title, tokens[0]], tokens[1:]  # "Oscar-winner Jane Roe", "Ex-Yankee …"
    if len(tokens) > 3 and tokens[0].lower in _FORMER_WORDS:
        title, tokens = [*title, tokens[0]], tokens[1:]  # "Former Oriole Jane Roe", at a start
    if (
        len(tokens) > 2
        and _FORMER_BEFORE.search(text, max(0, tokens[0].start - 12), tokens[0].start)
        and tokens[1].lower in lexicon("first_names")
        and tokens[0].lower not in lexicon("first_names")
    ):
        title, tokens = [*title, tokens[0]], tokens[1:]  # "former Skipper Jane Roe"
    if len(tokens) > 1 and tokens[-1].text == "I" and _PRONOUN_I.match(text, tokens[-1].end):
        tokens = tokens[:-1]
    if len(tokens) > 2 and tokens[-1].text == tokens[0].text and _written_short(text, tokens):
        # "Jane Roe Jane is our reviewer", "Jane Roe" written elsewhere: the next sentence's
        # subject ("Mohamed Hassan Mohamed", a grandfather's name, is all one name)
        tokens = tokens[:-1]
    while len(tokens) > 2 and _never_last(tokens[-1]):
        tokens = tokens[:-1]  # "JANE ROE HOW is it…"; "A. The" is left to the rules
    if len(tokens) > 2 and _title_case_line(text, candidate):
        # "Jane Roe Issues Warning Over Ferry": a title-case headline's verb and its object
        # run in, cut at the first word of the language after two of the name
        cut = next((i for i in range(2, len(tokens)) if words_of_the_language(tokens[i].text)), 0)
        tokens = tokens[:cut] if cut else tokens
    elif (
        len(tokens) >= 4
        and tokens[0].lower in lexicon("first_names")
        and tokens[0].lower not in word_set("news_words")  # "Love Will Tear Us Apart"
        and not words_of_the_language(tokens[1].text)
        and all(words_of_the_language(t.text) for t in tokens[2:])
    ):
        tokens = tokens[:2]  # "Photo: Jane Roe Issues Prison": a menu's labels run into it
    if len(tokens) < len(candidate.tokens):
        return Candidate(tokens, title, candidate.honorific)
    return candidate


# "John Harbour Street", "Pelican Cay", "Old Quay Hostel": a place named after someone
# or something, not a person.
_PLACE_NOUNS = frozenset(
    "street road avenue boulevard lane bay cay hostel hotel resort square bridge beach island "
    "airport stadium station mall plaza tower centre center place highway mount mountain "
    "mountains province county district river valley drive crescent terrace parade expressway "
    "freeway motorway parkway turnpike causeway mansion dome wharf trail sound gulf peninsula "
    "canyon belt building abbey".split()
)


def _latin(word: str) -> bool:
    return all("LATIN" in unicodedata.name(c, "") for c in word if c.isalpha())


def _given_and_surname(candidate: Candidate) -> bool:
    """A given name, then a surname, and no more: "Brian Lane", not "Dolphin Cay" (no
    surname) or "John Meinert Street"."""
    first, last = candidate.tokens[0].lower, candidate.tokens[-1].lower
    return (
        len(candidate.tokens) == 2
        and first in lexicon("first_names")
        and last in lexicon("surnames")
    )


def _place_name(candidate: Candidate) -> bool:
    return len(candidate.tokens) > 1 and candidate.tokens[-1].lower in _PLACE_NOUNS


def _not_name_word(token: Token) -> bool:
    """An office, title, organisation or place word, or an abbreviation ("PM") before a name."""
    abbreviation = token.text.isalpha() and token.text.isupper() and len(token.text) > 1
    return _office_word(token) or token.lower in lexicon("places") or abbreviation


def _office_word(token: Token) -> bool:
    word = token.lower.rstrip(".")
    return _office(word) or (
        # "Major-General", "Lieutenant-Colonel", "Attorney-General": an office's compound
        "-" in word and all(part in _OFFICE_PREFIXES or _office(part) for part in word.split("-"))
    )


def _office(word: str) -> bool:
    return (
        word in word_set("role_heads")
        or word in lexicon("personal_titles")
        or word in word_set("org_words")
        or word in _OFFICE_WORDS
    )


# Ranks that are surnames too ("Major", "General"): after another title word they are a rank
_MILITARY_RANKS = frozenset(
    "major general colonel captain lieutenant sergeant corporal admiral commodore brigadier "
    "marshal".split()
)
# "Vice-Chairman", "Co-Founder", "Rear-Admiral": an office's first half
_OFFICE_PREFIXES = frozenset({"vice", "deputy", "co", "sub", "under", "acting", "rear", "lance"})


_OFFICE_WORDS = frozenset({"state", "justice", "justices", "secretary", "minister"})


def _title_case_line(text: str, candidate: Candidate) -> bool:
    """A headline in title case, where capitals tell the tagger little; not a results
    table's row ("62 Jane Roe (Ruritania)") nor a list of names ("Jane Roe, Tom Vane, Dana
    Kelso"), whose capitals are the names'."""
    start, end = _line_around(text, candidate)
    line = text[start:end].rstrip()
    words = line.split()
    capitalised = sum(1 for word in words if word[:1].isupper())
    return (
        len(words) >= 3
        and capitalised >= 0.6 * len(words)
        and not line.endswith((".", "?", "!"))
        and sum(1 for word in words if _LETTER.search(word)) >= 3  # not "62 Jane Roe", a row
        and not _list_of_names(line)
    )


_BRACKETED = re.compile(r"\([^()\n]*\)")  # a player's country, a score's tie-break
_LETTER = re.compile(r"[^\W\d_]")
LIST_ITEM_WORDS = 3  # a name's words, at most, between a list's commas


def _list_of_names(line: str) -> bool:
    """Three or more short items between commas, a bracket's country or a score aside: names
    listed, not a headline's phrase ("Rivals, Fans And Critics Hail Quaytown Win")."""
    # split at the commas first: "Jane Roe (Ruritania), Tom Vane" keeps the comma after its
    # bracket
    if _items_between_commas(_BRACKETED.sub(" ", line)) >= 3:
        return True
    # a team's members in its bracket: "Ruritania (Jane Roe, Tom Vane, Dana Kelso) 4:05.104"
    inside = (bracket.group()[1:-1] for bracket in _BRACKETED.finditer(line))
    return any(
        _items_between_commas(members) >= 2
        and all(word[:1].isupper() or word in PARTICLES for word in members.split())
        for members in inside
    )


def _items_between_commas(text: str) -> int:
    """How many short items a list of names would make of the text, or 0 where an item is too
    long to be a name."""
    parts = text.replace(";", ",").split(",")
    items = [[word for word in part.split() if _LETTER.search(word)] for part in parts]
    items = [item for item in items if item]
    # a surname's particles are no words of their own: "Jean Van de Velde (France)"
    if all(sum(word not in PARTICLES for word in item) <= LIST_ITEM_WORDS for item in items):
        return len(items)
    return 0


def _people_in(text: str, tagger: bool) -> list[Person]:
    starts = _sentence_starts(text)
    candidates, inside_organisations, companies, firm_openings = _collect(text)
    tagged = None
    if tagger:
        from newscat.tagger.model import entities

        tagged = _Tagged(entities(text), text)
    lowercase = frozenset(_LOWER_WORD.findall(text)) - handle_words(text)
    sentence_starts = frozenset(starts)
    registry = _Registry()
    nicknamed_spans = []
    nicknames = _nicknamed(text)
    for nicknamed in nicknames:
        registry.add(nicknamed, _written_name(text, nicknamed), "nicknamed")
        nicknamed_spans.append((nicknamed.start, nicknamed.end))
    if nicknamed_spans:  # "James Leander" of "James Leander (Leo) Nichols" is no one else
        candidates = [c for c in candidates if not _inside(nicknamed_spans, c)]
    if tagged:
        candidates = [tagged.led_by(text, c) for c in candidates]
    singles = [c for c in candidates if len(c.tokens) == 1]  # surnames, or after a title
    rejected: list[Candidate] = []
    doubted: list[Candidate] = []
    refused: list[Candidate] = []  # the tagger's organisations, places and works
    full_names = {
        c.tokens[-1].lower: c.tokens[0].lower
        for c in candidates
        if len(c.tokens) > 1 and c.tokens[0].lower in lexicon("first_names")
    }
    for candidate in candidates:
        if len(candidate.tokens) == 1:
            continue
        verdict = ""
        if _sentence_opener(candidate, sentence_starts, lowercase) or (
            tagged and _opener_outside_name(tagged, candidate, sentence_starts)
        ):
            # "House Vane was born in …": a headline's first word, written in lower case
            # elsewhere in the article, is no part of the name after it
            candidate = Candidate(candidate.tokens[1:], candidate.title, candidate.honorific)
        descriptor = tagged is not None and _nationality_run_in(tagged, candidate)
        if descriptor:  # "fifth-ranked German Anke Brandt": the nationality describes her
            candidate = Candidate(candidate.tokens[1:], candidate.title, candidate.honorific)
        run_into = None
        if tagged:  # the role is read only when a span runs from before the name to its end
            run_into = functools.partial(_run_into_name, descriptor, text, candidate, starts)
            verdict = tagged.verdict(candidate, run_into)
        if verdict == "OTHER" and (
            _office_title(candidate) or _role_in_apposition(text, candidate, starts)
        ):
            verdict = ""  # "Deputy President Dallas Houston": an office names a person, whatever
            candidate = _without_role_object(text, candidate)
        elif (
            verdict == "OTHER"
            and tagged
            and len(candidate.tokens) > 1
            and (_speaks(text, candidate) or _no_word_but_names(candidate, lowercase))
            and tagged.weakly_a_thing(candidate)
        ):
            verdict = ""  # "Oskan Verdu said", "Kestrel's Oskan Verdu": the rules decide
        elif (
            verdict == "OTHER"
            and tagged
            and _given_initial_surname(candidate)
            and tagged.weakly_other(candidate)
        ):
            verdict = ""  # "Franklin D. Roosevelt" read weakly as a firm: a person's shape
        elif verdict == "" and run_into is not None and run_into():
            candidate = _without_role_object(text, candidate)  # the office's object run in
        if verdict == "OTHER":
            refused.append(candidate)  # a results table's row may give it back
            continue
        if _place_name(candidate) and not (verdict == "PER" and _given_and_surname(candidate)):
            continue  # "John Meinert Street"; but the tagger is sure of "Brian Lane", "John Tower"
        if verdict == "PER" and (
            _organisation_word(candidate.tokens[-1])
            or candidate.tokens[-1].lower in _WORKS_AND_EVENTS
        ):
            verdict = ""  # "Jane Roe Productions", "The Jane Roe Diaries": named after her
        if verdict == "PER" and _never_last(candidate.tokens[-1]):
            verdict = ""  # "hepatitis A. The diocese": the rules decide
        if verdict == "PER" and _title_case_line(text, candidate):
            verdict = ""  # "Classy Henman Makes Winning Start": every word is capitalised
        if _word_of_the_language_after_a_given_name(candidate) and _headline_goes_on(
            text, candidate
        ):
            continue  # "Chelsea Activate Release Clause To Sign Tom Vane": its verb
        if tagged:
            candidate = _without_stray_edges(text, tagged.widened(tagged.trimmed(candidate)))
        person_sure = tagged.person(candidate) if tagged is not None else 0.0
        tagger_person = verdict == "" and person_sure > 0
        if (
            verdict != "PER"
            # ("Fuming Robinson" over "Andy Robinson": the first word describes him)
            and not _plausible(text, candidate, _word_before_surname(candidate, full_names))
            # the tagger's person with an office beside it: "Noboru Sendai, the agency's
            # under-secretary, told …", though Sendai is also a town
            and not (tagger_person and _has_role_beside(text, candidate, starts))
        ):
            if tagger_person:
                doubted.append(candidate)  # the tagger's person, if its surname recurs alone
            continue
        if _excluded_by_context(text, candidate):
            continue
        if verdict == "PER" and _word_before_surname(candidate, full_names):
            verdict = ""  # "Classy Henman makes winning start" and "Tim Henman": rules decide
        if _widget_label(text, candidate):
            continue  # "+Type Size" alone on its line, whatever the tagger reads in it
        if verdict == "PER" and named_like_an_outlet([token.lower for token in candidate.tokens]):
            continue  # "Brightwater Chronicle · Jane Roe · Mar 5": the outlet over its writer
        if verdict == "PER":
            registry.add(candidate, candidate.name(text), "tagger")
            continue
        if person_sure < LEANS_PERSON and (
            _language_word_first(candidate) or _language_word_last(candidate)
        ):
            continue  # "Finding Nemo", "Snow Patrol", "Marvel Comics": a title, not a name
        name = candidate.name(text)
        if _thing_of_words(candidate.tokens):
            continue  # "General Automatic Equipment Plant": a rank's word, then a thing's
        score = _score(text, candidate, starts, lowercase)
        if verdict == "O" and not (
            _speaks(text, candidate) and _name_shaped(candidate.tokens, lowercase)
        ):
            score -= 1  # the tagger sees no name at all here: "Weather Desk", "Top Picks"
        elif tagger_person and _place_possessive_before(text, candidate.start):
            score += 1  # "Ethiopia's Haile Gebreselassie", not "Germany's Manger Magazin"
        if tagged and person_sure == 0 and _label_shaped(text, candidate):
            continue  # "Fact Check" between paragraphs or before a headline's colon
        if fold(name) in inside_organisations:
            score -= 2
        if score < MIN_SCORE and _has_role_beside(text, candidate, starts):
            score += 2
        if score >= MIN_SCORE or registry.find(candidate.tokens) is not None:
            registry.add(candidate, name, "titled-name" if candidate.title else "full-name")
        elif (score >= 0 and len(candidate.tokens) <= 4) or (
            verdict == "O" and score >= -1 and _name_shaped(candidate.tokens, lowercase)
        ):  # (a name the tagger reads nothing in, shaped as one: taken back in a list)
            rejected.append(candidate)
    _accept_list_neighbours(text, registry, rejected)
    # names the tagger refused without much conviction that open with a known given name
    weakly_refused = _weakly_refused(tagged, refused, lowercase) if tagged else []
    # "including Samir Lutvaliyev and Anar Usubov": a list of people, a given name
    _accept_list_neighbours(text, registry, weakly_refused)
    _accept_relatives(text, registry, rejected)
    _accept_ranked_rows(text, registry, refused + doubted + rejected)
    if tagged:
        _add_tagged_names(text, tagged, registry, candidates + nicknames)
    unplaced: list[Candidate] = []
    for candidate in singles:
        verdict = tagged.verdict(candidate) if tagged else ""
        if registry.find(candidate.tokens) is not None:  # linking beats the tagger's doubt
            registry.add(candidate, candidate.name(text), "surname")
        elif verdict == "OTHER" or (tagged and _title_inside_a_name(text, tagged, candidate)):
            continue
        elif (known := registry.by_first_name(candidate.tokens[0])) is not None:
            # "Sir John" after "Sir John Stevens"; "Marla" after "Marla Quent"; "Liu" after
            # "Liu Xiaobin", the family name first
            registry.link(known, candidate)
        elif (
            verdict == "PER"
            and tagged
            and tagged.person(candidate) >= SURE_LONE_WORD
            and not _after_place_preposition(text, candidate.start)
            and _single_name(candidate.tokens[0], surname_as_word=True)
            and _plausible(text, candidate)
            and not _excluded_by_context(text, candidate)
        ):
            registry.add(candidate, candidate.name(text), "tagger")  # "Thank you, Tony."
        elif (
            not _single_name(candidate.tokens[0])
            or not _plausible(text, candidate)
            or _excluded_by_context(text, candidate)
        ):
            continue
        elif (
            candidate.honorific
            or (candidate.title and not _word_after_title(text, candidate, verdict))
            or _role_word_before(text, candidate)
        ) and not _written_in_lower_case(candidate.tokens[0], lowercase):
            registry.add(candidate, candidate.name(text), "titled-name")
        elif _kin_before(text, candidate) and not _written_in_lower_case(
            candidate.tokens[0], lowercase
        ):
            registry.add(candidate, candidate.name(text), "relative")
        elif (
            _office_in_apposition(text, candidate)
            and not _written_in_lower_case(candidate.tokens[0], lowercase)
            and fold(candidate.tokens[0].text) not in firm_openings  # "Renaissance" of a firm
        ):
            registry.add(candidate, candidate.name(text), "titled-name")
        elif _in_scorecard(text, candidate) or _results_bracket(text, candidate):
            registry.add(candidate, candidate.name(text), "results-name")
        else:
            unplaced.append(candidate)
    # "Given, Breen, Staunton, Irwin": surnames listed beside people already found.
    listed = [c for c in unplaced if _in_long_list(text, c) and not _object_of_title(text, c)]
    _accept_list_neighbours(text, registry, listed)
    # "Philip Cocu scored twice" that the tagger, unsure, read as a firm, after "COCU" of the
    # headline: a name with a known given name whose surname the article uses for a person
    _accept_full_names(
        text, registry, doubted + rejected + weakly_refused, lowercase, _lone_persons(text, tagged)
    )
    registry.merge_given_names()
    registry.merge_surnames()
    registry.merge_headline_runs(text)
    registry.merge_double_barrelled()
    _attach_roles(text, registry, starts)
    firms = _Firms(text, companies, firm_openings, registry.people)
    # only read when someone has no role: the five patterns scan the whole text
    works = _works(text) if any(p.role is None for p in registry.people) else frozenset()
    people = [
        p
        for p in registry.people
        if not words_of_the_language(p.name)
        and not firms.named_after(p)
        and not (p.role is None and fold(p.name) in works)
        and not (
            (p.role is None or _title_s_first_word(text, p.role)) and _title_of_words(text, p.name)
        )
        and not (
            tagged
            and p.role is None
            and p.rule != "listed-name"  # a team sheet's names, which the tagger reads poorly
            and _mostly_not_a_person(text, tagged, p.name)
        )
    ]
    for person in people:
        _name_with_style(text, person)
    return sorted(people, key=lambda p: p.start)


# One sense per article: a name the text writes as a work's, a band's or a show's somewhere
# is that, not a person, wherever it stands without a role: after the kind of work ("the
# abortion drama Vera Drake", "hit single Wooden Heart", "indie band Franz Ferdinand"), before
# it ("the James Bond films", "the Harry Potter books"), or in brackets after a nominee's name
# in a story about the screen ("Phil Davis (Vera Drake)").
_NAME_RUN = (
    r"[A-Z][\w'’-]*(?: (?:of |the |and )?(?:[A-Z]\.|[A-Z][\w'’-]*)){1,4}"  # "John C. Stennis"
)
# (Not "play", "hit" or "show": verbs too, "will play Jane Roe in the final".)
_KIND_OF_WORK = (
    r"films?|movies?|drama|comedy|thriller|musical|sitcom|album|single|song|novel|opera|"
    r"ballet|band|group|duo|trio|series|franchise|books?|novels?|musicals?|songs?|albums?|"
    r"video game"
)
_WORK_AFTER_KIND = re.compile(rf"\b(?:{_KIND_OF_WORK}) (?P<name>{_NAME_RUN})")
_KIND_AFTER_WORK = re.compile(
    rf"\b[Tt]he (?P<name>{_NAME_RUN}) (?:films|movies|books|novels|franchise|series|musical)\b"
)
_WORK_IN_BRACKETS = re.compile(rf"{_NAME_RUN} \((?P<name>{_NAME_RUN})\)")
# "Franz Ferdinand frontman Alex Kapranos": a band's member; "Oscar-nominated", "the Oscar
# ceremony": a prize
_BAND_BEFORE_MEMBER = re.compile(
    rf"(?P<name>{_NAME_RUN}) (?:frontman|frontwoman|lead singer|singer|guitarist|drummer|"
    r"bassist|keyboard player)\b"
)
# "Chelsea manager Jose Mourinho", "Kestrel Rovers squad": a club's or a firm's people (not
# "Blair spokesman", a person's aide, nor "Elvis fans")
_TEAM_BEFORE_MEMBER = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) (?:manager|boss|squad|"
    r"striker|midfielder|defender|goalkeeper|winger|skipper|coach|chairman|shareholders|"
    r"players)\b"
)
_PRIZE = re.compile(
    r"(?P<name>[A-Z][\w'’]*(?: [A-Z][\w'’]*){0,3})(?:-nominated|-winning| ceremony| nominations?)\b"
)


# "Chelsea were reported …", "Snow Patrol were the big winners": a name opening a sentence
# with a plural verb is a club, a band or a firm, never one person. Only where it opens the
# sentence: "a museum dedicated to Jimi Hendrix are …", "Blair and Brown are", "lyricist
# Charles Hart are …" have their subject elsewhere; nor a question ("Should Blair have …").
_COLLECTIVE_SUBJECT = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) (?:were|are|have)\b"
)
_SENTENCE_OPENS = frozenset('.!?:;"“”‘’(\n')
_NO_SUBJECT_AFTER = frozenset(
    "if should would could might did does do will can must may shall".split()
)


def _collective_subjects(text: str) -> set[str]:
    names: set[str] = set()
    for match in _COLLECTIVE_SUBJECT.finditer(text):
        before = text[max(0, match.start() - 3) : match.start()].rstrip(" ")
        words = match.group("name").split(" ")
        if (before and before[-1] not in _SENTENCE_OPENS) or words[0].lower() in _NO_SUBJECT_AFTER:
            continue
        # every tail of the run: "Chelsea" of "But Chelsea were"
        names.update(" ".join(words[index:]) for index in range(len(words)))
    return names


def _works(text: str) -> frozenset[str]:
    names = _collective_subjects(text) | {
        match.group("name")
        for pattern in (
            _WORK_AFTER_KIND,
            _KIND_AFTER_WORK,
            _BAND_BEFORE_MEMBER,
            _TEAM_BEFORE_MEMBER,
            _PRIZE,
            _SET_OFF_BY_ITS_KIND,
            _SHIP_NAMED,
        )
        for match in pattern.finditer(text)
    }
    if _about_the_screen(text):
        names |= {match.group("name") for match in _WORK_IN_BRACKETS.finditer(text)}
    return frozenset(fold(name) for name in names)


# Styles that, before one given name, are the name people know: "Prince Charles", "Princess
# Beatrice", "Mother Teresa" (not "King Fahd", whose name is Fahd, as news annotators agree).
_STYLED_NAMES = frozenset({"Prince", "Princess", "Mother"})


def _name_with_style(text: str, person: Person) -> None:
    role = person.role
    if (
        role is not None
        and role.value in _STYLED_NAMES
        and " " not in person.name
        and person.name.lower() in lexicon("first_names")
        and text.startswith(" " + person.name, role.end)
    ):
        person.name = f"{role.value} {person.name}"


def _name_suffix(name: str) -> str:
    last = name.rsplit(" ", 1)[-1].lower().rstrip(".")
    return last if last in NAME_SUFFIXES else ""


class _Firms:
    """One sense per article: a full name the text also writes as a company's ("Jane Roe
    Inc.", "Carol Vane Co."), its last word alone ("Grace" after "W.R. Grace & Co."), or one
    word that opens an organisation's name ("Wang" beside "Wang Laboratories Inc.") is the
    firm wherever it stands without an office naming a person, unless the text gives that
    surname a courtesy title and no one else found bears it ("Mr Rubin" of "David Rubin &
    Partners"; "Mr. Lauder" is Leonard, not Estee Lauder Inc.). Each set is built once: a
    navigation bar can hold thousands of names and firms."""

    def __init__(
        self, text: str, companies: set[str], openings: set[str], people: list[Person]
    ) -> None:
        self.companies = companies
        self.last_words = {firm.rsplit(" ", 1)[-1] for firm in companies if " " in firm}
        self.openings = openings
        self.surnames = Counter(_surname(p.name) for p in people)
        self.titled = {
            fold(m.group(1)).removesuffix("'s")  # "Mr Rubin's firm" (fold makes ’ ')
            for m in _COURTESY_SURNAME.finditer(text)
        }

    def named_after(self, person: Person) -> bool:
        if person.role is not None:
            return False
        name = fold(person.name)
        if " " in name:
            firm = name in self.companies
        else:
            firm = name in self.last_words or name in self.openings
        return firm and not self._titled_alone(person.name)

    def _titled_alone(self, name: str) -> bool:
        surname = _surname(name)
        return bool(surname) and self.surnames[surname] == 1 and surname in self.titled


_COURTESY_SURNAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+([\w'’-]+)")


def _surname(name: str) -> str:
    words = [w for w in name.split() if w.lower().rstrip(".") not in NAME_SUFFIXES]
    return fold(words[-1]) if words else ""


def _mostly_not_a_person(text: str, tagged: _Tagged, name: str) -> bool:
    """One sense per article: a name the tagger reads as an organisation, a place or a work
    at most of its mentions ("Eli Lilly", "Blue Gene", "Cheung Kong") is not a person where it
    slips; nor one named more than once that it reads as an organisation or a place surely
    once, or twice, exactly, and never as a person, by its last word either ("Kleiner Perkins
    and Sequoia Capital" as one firm, then "the partner from Kleiner Perkins"). (Named once,
    in a results table, "Morgan Velmaris" may be read as a bank.)"""
    mentions = other = 0
    surely_other = False
    for match in _mentions(text, name):
        mentions += 1
        exact = [
            (kind, sure)
            for start, end, kind, sure in tagged.overlapping(match.start(), match.end())
            if (start, end) == match.span() and kind != "PER"
        ]
        other += any(sure >= SURE_OTHER_MENTION for _, sure in exact)
        surely_other |= any(kind != "MISC" and sure >= SURE_OTHER_LONE for kind, sure in exact)
    if other >= OTHER_MENTIONS and 2 * other > mentions:
        return True
    return (
        (other >= OTHER_MENTIONS or surely_other)
        and mentions > 1
        and not any(
            kind == "PER"
            for match in _mentions(text, name.split()[-1])
            for _, _, kind, _ in tagged.overlapping(match.start(), match.end())
        )
    )


def _mentions(text: str, name: str) -> Iterator[re.Match[str]]:
    return re.finditer(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", text)


def _language_word_first(candidate: Candidate) -> bool:
    """A name of two words or more whose first is a word news writes in lower case and no
    given name: the name of a work, a band or a firm, unless the tagger is sure of a person."""
    first, last = candidate.tokens[0], candidate.tokens[-1]
    if len(first.text) <= SHORT_GIVEN_NAME and last.lower not in word_set("news_words"):
        return False  # "Win Htein", "Hen Vipheak": a short given name is often a word too
    return (
        len(candidate.tokens) > 1
        and not candidate.title
        and len(first.text.rstrip(".")) > 1  # an initial ("S. Waugh") is no word
        and first.lower in word_set("news_words")
        and first.lower not in lexicon("first_names")
        and not east_asian_name(candidate.tokens)  # "Park Geun-hye"
    )


SHORT_GIVEN_NAME = 3


def _thing_of_words(tokens: list[Token]) -> bool:
    """Three words or more of the language, none a given name, only the last maybe a surname
    ("Automatic Electronic Equipment Plant"): a thing's name, titled or not."""
    return (
        len(tokens) > 2
        and all(len(t.text) > 1 and plain_word(t.lower) for t in tokens[:-1])
        and tokens[-1].lower in word_set("news_words")
        and tokens[-1].lower not in lexicon("first_names")
    )


def _headline_goes_on(text: str, candidate: Candidate) -> bool:
    """A title-case headline that goes on for three words or more after the candidate (not
    "Phil Fear (WRU)", a name and its body in a list)."""
    _, end = _line_around(text, candidate)
    rest = text[candidate.end : end].split()
    return (
        len(rest) >= 3
        and not rest[0].startswith(("(", "[", ",", "-", "–", "—", "|", ":"))
        and _title_case_line(text, candidate)
    )


def _word_of_the_language_after_a_given_name(candidate: Candidate) -> bool:
    """ "Chelsea Activate": a given name, then a word news writes in lower case that is no
    surname nor given name (in a title-case headline, where capitals tell nothing)."""
    return (
        len(candidate.tokens) == 2
        and candidate.tokens[0].lower in lexicon("first_names")
        and plain_word(candidate.tokens[-1].lower)
    )


def _language_word_last(candidate: Candidate) -> bool:
    """ "Marvel Comics", "Speeder Bike": a last word news writes in lower case, no known
    surname or given name, after a first that is no given name either ("Howard Flight" is a
    person's name)."""
    first, last = candidate.tokens[0], candidate.tokens[-1]
    return (
        len(candidate.tokens) > 1
        and not candidate.title
        and len(first.text.rstrip(".")) > 1
        and first.lower not in lexicon("first_names")
        and plain_word(last.lower)
        and not east_asian_name(candidate.tokens)
    )


def _word_after_title(text: str, candidate: Candidate, verdict: str) -> bool:
    """ "Star Wars", "Resident Evil", "the Boxer Rising", "Agent Orange": after a capitalised
    role word that is no office, one word where the tagger sees no name is no person's if news
    writes it in lower case or nobody speaks there ("Vice President Pence" and "Agent Quorvin
    said" are people)."""
    return (
        verdict == "O"
        and not any(word.lower.rstrip(".") in _OFFICES for word in candidate.title)
        and (candidate.tokens[0].lower in word_set("news_words") or not _speaks(text, candidate))
    )


# Offices written as titles before a name.
_OFFICES = frozenset(
    "president vice-president premier minister chancellor senator congressman congresswoman "
    "governor mayor ambassador judge justice king queen prince princess sheikh emir sultan "
    "general colonel commander chairman chairwoman chief secretary cardinal bishop archbishop "
    "pope speaker lord sheriff".split()
)


_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|an?)\s+$")
# "Charles de Gaulle airport", "John F. Kennedy stadium", "Marrow Hill prison": a thing named
# after someone (or something).
_THING_NAMED_AFTER = re.compile(
    r"\s+(?:(?:police|fire|railway|train|tube|bus|power)\s+station|"
    r"airport|stadium|bridge|street|avenue|boulevard|square|highway|station|hospital|"
    r"prize|award|trophy|prison|jail|camp|museum|cathedral|mosque|temple|cemetery|brand|"
    r"franchise|divisions?|subsidiar(?:y|ies)|pipeline)\b"
    r"|['’]s\s+(?:disease|syndrome)\b"  # "Lou Gehrig's disease"
    # "John F. Kennedy International Airport", "Mara Quillon Memorial Hospital": the name
    # opens a place's or an institution's
    r"|\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:Airport|Stadium|Bridge|Street|Avenue|Boulevard|Square|"
    r"Highway|Station|Hospital|Prize|Award|Trophy|Prison|Museum|Cathedral|Mosque|Cemetery|"
    r"Memorial|Foundation|Institute|University|College|School|Library|Arena|Lecture|"
    r"Fellowship|Scholarship|Center|Centre)\b"
    # "the Bush White House": an administration
    + r"|[ \t]+(?:"
    + "|".join(sorted(seat.title() for seat in _SEATS_OF_GOVERNMENT | _SEATS_IN_ONE_WORD))
    + r")\b"
)
# "Taylor Swift's Eras Tour": a thing someone's possessive names
_POSSESSOR_BEFORE = re.compile(r"[A-Z][\w.-]*['’]s[ \t]+$")


def _thing_of_a_possessor(text: str, candidate: Candidate) -> bool:
    """A name right after someone's or something's possessive whose last word is a word of
    the language ("Swift's Eras Tour"), not "Kenya's Daniel Komen"."""
    return (
        len(candidate.tokens) >= 2
        and not candidate.title
        and words_of_the_language(candidate.tokens[-1].text)
        and _POSSESSOR_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)
        is not None
    )


# "Cherry Hill, N.J.", "Plano, Texas": a town followed by its state or province.
_STATE_AFTER = re.compile(
    r",\s*(?:(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|"
    r"Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|"
    r"Tex|Vt|Va|Wash|W\.Va|Wis|Wyo|Ont|Que|B\.C|Alta|Man|Sask)\.|"
    r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,.;:)\n]|$))"  # not "Abbott, Texas attorney"
)


def _followed_by_state(text: str, candidate: Candidate) -> bool:
    if not text.startswith(",", candidate.end):
        return False
    match = _STATE_AFTER.match(text, candidate.end)
    if match is None:
        return False
    state = match.group("name")
    return state is None or fold(state) in _US_AND_CANADIAN_STATES


# Written with "_" for the space inside two-word names, so the list splits on spaces.
_US_AND_CANADIAN_STATES = frozenset(
    name.replace("_", " ")
    for name in "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia "
    "hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts "
    "michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon "
    "pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming ontario "
    "quebec alberta manitoba saskatchewan new_hampshire new_jersey new_mexico new_york "
    "north_carolina north_dakota rhode_island south_carolina south_dakota west_virginia "
    "british_columbia nova_scotia new_brunswick".split()
)


# Roberto "Hands of Stone" Duran, Hector "Macho" Camacho, Sammy "the Bull" Gravano, E.E.
# "Buzzy" Geduld: a nickname in quotes inside a name; James Leander (Leo) Nichols, Alan John
# Percivale (A.J.P.) Taylor: a short name in brackets. The nickname and the family name are
# sought first (rare), then the given names before them.
_NICKNAME_AND_FAMILY = re.compile(
    r"\s(?:[\"“](?:[A-Z]|the\s[a-z])[\w'’-]*(?:\s(?:[A-Z][\w'’-]*|of|the|de)){0,3}[\"”]"
    r"|\((?P<short>[A-Z][a-z]+|(?:[A-Z]\.){3,4})\))"
    # a wrapped line's break, not a blank line: "Barry Knight (Kent)" / "" / "Listen" is a
    # referee and a button
    r"(?:[ \t]+\n?|\n)[ \t]*(?P<family>[A-Z][\w'’-]+?)(?:['’]s)?(?![\w'’-])"  # not a possessive's "'s"
)
_GIVEN_BEFORE = re.compile(
    r"(?:\b[A-Z][a-z]+(?:\s(?:[A-Z][a-z]+|[A-Z]\.)){0,2}|(?<![\w.])(?:[A-Z]\.){1,3})$"
)
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
GIVEN_REACH = 60  # characters looked back for the given names


def _titled_unknown_given_name(text: str, word: str, start: int) -> bool:
    """A word no list holds as a given name, after an office ("Chairman Alger")."""
    lower = word.lower()
    if (
        lower in word_set("news_words")
        or lower in lexicon("places")
        or lower in word_set("demonyms")
        or _office(lower)
    ):
        return False
    office = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return office is not None and _office(office.group(1).lower())


def _inside(spans: list[tuple[int, int]], candidate: Candidate) -> bool:
    """Whether the candidate lies within one of the spans (sorted, not overlapping)."""
    index = bisect.bisect_right(spans, (candidate.start, sys.maxsize)) - 1
    return index >= 0 and candidate.end <= spans[index][1]


def _nicknamed(text: str) -> list[Candidate]:
    found = []
    for match in _NICKNAME_AND_FAMILY.finditer(text):
        short = match.group("short")
        if (
            short
            and short[1] != "."
            and (short.lower() not in lexicon("first_names") or short.lower() in lexicon("places"))
        ):
            continue  # "Erik Breukink (Netherlands) Rabobank": a results line, not a nickname
        reach = max(0, match.start() - GIVEN_REACH)
        before = _GIVEN_BEFORE.search(text, reach, match.start())
        if before is None:
            continue
        words = list(re.finditer(r"\S+", before.group()))
        # "Historian Margaret Ann (Peggy) Harlow": the name starts at the first given name.
        first = next(
            (
                i
                for i, w in enumerate(words)
                if w.group().lower() in lexicon("first_names") or _INITIALS.fullmatch(w.group())
            ),
            None,
        )
        if (
            first is None
            and not short
            and _titled_unknown_given_name(
                text, words[-1].group(), before.start() + words[-1].start()
            )
        ):
            first = len(words) - 1  # "CBOE Chairman Alger "Duke" Chapman": a rarer given name
        if first is None:
            continue
        offset = before.start()
        given = [Token(w.group(), offset + w.start(), offset + w.end()) for w in words[first:]]
        family = Token(match.group("family"), match.start("family"), match.end("family"))
        found.append(Candidate([*given, family]))
    for match in _GIVEN_IN_BRACKETS.finditer(text):
        before = _LAST_WORD.search(text, max(0, match.start() - 40), match.start())
        if before is not None and before.group(1)[:1].isupper():
            continue  # "Mara Quillon (Tom Vane) Roe": the bracket follows a name
        words = list(re.finditer(r"[^\W\d_]+", match.group("given")))
        if words[0].group().lower() not in lexicon("first_names") or any(
            w.group().lower() in lexicon("places") for w in words
        ):
            continue
        offset = match.start("given")
        given = [Token(w.group(), offset + w.start(), offset + w.end()) for w in words]
        family = Token(match.group("family"), match.start("family"), match.end("family"))
        found.append(Candidate([*given, family]))
    return found


# "they can play (Jon Dahl) Tomasson": given names in brackets, the family name after them,
# where nothing names the person before the bracket.
_GIVEN_IN_BRACKETS = re.compile(
    r"(?<![\w'’-])\((?P<given>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\)[ ]"
    r"(?P<family>[A-Z][a-z][\w'’-]+)"
)


_LAST_WORD = re.compile(r"(\S+)\s*\Z")


def _written_name(text: str, candidate: Candidate) -> str:
    """The name as written, or its words alone where a bracket stands inside it."""
    name = candidate.name(text)
    return (
        name if name.count("(") == name.count(")") else " ".join(t.text for t in candidate.tokens)
    )


def _thing_after_the(text: str, candidate: Candidate) -> bool:
    """ "The Rolling Pin", "Anne of a Thousand Days", but not "the Marc Dutroux case": no
    title, no given name."""
    before = text[max(0, candidate.start - 4) : candidate.start].lower()
    return (
        (before == "the " or before.endswith((" a ", " an ")))
        and not candidate.title
        and candidate.tokens[0].lower not in lexicon("first_names")
        and _ARTICLE_BEFORE.search(text, max(0, candidate.start - 5), candidate.start) is not None
    )


# "the comic-book character Jane Roe", "his alter ego Jane Roe": a part in a film, a series or
# a novel. Casting words ("cast as", "portrays", "stars as") are left out: a biopic's actor
# portrays a real person, and a bracket after a name ("Jane Roe (Doe)") is as often an alias.
_PART_BEFORE = re.compile(r"\b(?:characters?|alter ego)[ \t]+$", re.IGNORECASE)


# "the riverside town Van Reen", "the island nation Sao Lume": a place named by its kind.
_PLACE_KIND_BEFORE = re.compile(
    r"\b(?:town|city|village|hamlet|suburb|district|province|county|island|municipality|"
    r"capital|resort|township|neighbourhood|neighborhood)[ \t]+$"
)


# "Mara Quillon stars as Kara Vell", "is set as", "was cast as": the part an actor plays;
# "plays Kara Vell" too, in a story about the screen (in sport one plays an opponent). Not
# "portrays": a film's part is often a real person ("portrays the rebel leader Tom Vane").
_ROLE_PLAYED_BEFORE = re.compile(
    r"\b(?:stars?|starred|starring|cast|set|appears?|appeared|returns?|returned)[ \t]+as"
    r"[ \t]+[\"“]?$",
    re.IGNORECASE,
)
_PLAYS_BEFORE = re.compile(r"\b(?:plays|played|playing)[ \t]+[\"“]?$")
# words of a story about the screen, not of sport's ("season", "series", "cast")
_SCREEN_WORDS = re.compile(
    r"\b(?:actors?|actress(?:es)?|episodes?|sitcom|drama|pilot|films?|movies?|showrunner|"
    r"starring|co-stars?|screenplay)\b",
    re.IGNORECASE,
)
SCREEN_WORDS = 3  # kinds of screen word a story about the screen uses, at least


@lru_cache(maxsize=4)
def _about_the_screen(text: str) -> bool:
    kinds = {word.lower() for word in _SCREEN_WORDS.findall(text)}
    return len(kinds) >= SCREEN_WORDS


def _not_a_person(text: str, candidate: Candidate) -> bool:
    """A character of fiction, or a place, by the words right before the name."""
    before = max(0, candidate.start - 16)
    return (
        _PART_BEFORE.search(text, before, candidate.start) is not None
        or _PLACE_KIND_BEFORE.search(text, before, candidate.start) is not None
        or _ROLE_PLAYED_BEFORE.search(text, before, candidate.start) is not None
        or (
            _PLAYS_BEFORE.search(text, before, candidate.start) is not None
            and _about_the_screen(text)
        )
        or _played_by_in_brackets(text, candidate)
        # "21st Century Kestrel": a firm's or an event's name after an ordinal
        or _ORDINAL_BEFORE.search(text, before, candidate.start) is not None
    )


# "Kara Vell (Quillon), the heroine's cousin": a part, its actor's surname in brackets
_SURNAME_IN_BRACKETS = re.compile(r"[ \t]*\((?P<surname>[A-Z][\w'’-]+)\)")


def _played_by_in_brackets(text: str, candidate: Candidate) -> bool:
    """In a story about the screen, a name with a surname in brackets after it that the
    story gives elsewhere in full ("Mara Quillon stars …"): the part, then who plays it."""
    match = _SURNAME_IN_BRACKETS.match(text, candidate.end)
    if match is None or match.group("surname") == candidate.tokens[-1].text:
        return False
    if not _about_the_screen(text):
        return False
    full = re.compile(rf"\b[A-Z][\w'’-]+ {re.escape(match.group('surname'))}\b")
    return full.search(text) is not None


def _excluded_by_context(text: str, candidate: Candidate) -> bool:
    """What stands around a name can show it is a work, an employer, an organisation, a
    thing ("The Rolling Pin, a family bakery") or the writer's byline."""
    return (
        _thing_after_the(text, candidate)
        or _thing_of_a_possessor(text, candidate)
        or _THING_NAMED_AFTER.match(text, candidate.end) is not None
        or _followed_by_state(text, candidate)
        or _quoted(text, candidate)
        or _employer(text, candidate)
        or _organisation_tail(text, candidate)
        or _in_byline(text, candidate)
        or _not_a_person(text, candidate)
        or _VESSEL_BEFORE.search(text, max(0, candidate.start - 24), candidate.start) is not None
        or candidate.tokens[0].lower in _STORM_WORDS  # "Hurricane Milton"
        or _STORM_BEFORE.search(text, max(0, candidate.start - 12), candidate.start) is not None
        or _DOCTRINE.search(candidate.tokens[-1].lower) is not None  # "German Protestantism"
        or _organisation_kind_before(text, candidate)
        or _older_than_anyone(text, candidate)
        or _legal_form_after(text, candidate)
        or _KIND_IN_APPOSITION.match(text, candidate.end) is not None
        or _subject_of_which(text, candidate)
        or _listed_after_its_kind(text, candidate)
        or _numbered_thing(text, candidate)
        or _place_of_its_kind(text, candidate)
        or _with_figures(candidate.tokens)  # "PEG UX50"
        or _words_of_no_name(text, candidate)
    )


# A US state as news writes it short: "N.J. ATM scheme", "W. Va. director" ("Del." left out:
# a delegate's title too)
_STATE_WRITTEN_SHORT = re.compile(
    r"(?:Ala|Ariz|Ark|Calif|Colo|Conn|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Mo|Mont|Neb|Nev"
    r"|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo|N\.[HJMYCD]|R\.I|S\.[CD]|W\. ?Va)\.(?!\w)"
)
# A tag list's label, at the line's start or glued to what a page's copy put before it
_TAGS_LABEL = re.compile(r"(?:^|(?<=[a-z0-9])|(?<=[A-Z]{2}))(?:Tags|TAGS|Tagged|Topics):\s", re.M)
TAGS_LABEL_CHARACTERS = 8  # "Tagged" and two glued capitals: read before each colon
TAG_LIST_CHARACTERS = 300  # a tag list's label before a name in it, at most
# Words a button or a prompt addresses its reader with: "See Locations Near You"
_READER_WORDS = frozenset("your yours we our ours my me".split())


# "Newark, N.J. Bose said": a town, then its state
_TOWN_BEFORE = re.compile(r"[A-Z][\w.'’-]*,[ \t]*\Z")


def _initials_and_surname(tokens: list[Token]) -> bool:
    """ "N.J. Bose", "N.D. Quillby": two initials that spell a state short, then a surname that
    is no word of the language ("N.Y. Post", "N.J. Transit" are no one)"""
    return (
        len(tokens) == 3
        and tokens[0].initial
        and tokens[1].initial
        and tokens[2].lower in lexicon("surnames")
        and tokens[2].lower not in word_set("news_words")
        and tokens[2].lower not in lexicon("places")
    )


# The followers of a faith or a party, many at once (those in "-ists" are read by their ending)
_FOLLOWERS = frozenset(
    "catholics protestants christians muslims moslems jews hindus sikhs mormons anglicans "
    "evangelicals lutherans presbyterians democrats republicans tories conservatives liberals "
    "sunnis shiites shi'ites".split()
)


_ROMAN_NUMERAL = re.compile(r"[IVX]{2,5}|[VX]")
# A doctrine, a school of thought or a time named after someone
_IDEAS = frozenset("theory thought doctrine revolution era".split())
# Legal forms written before a firm's name: Indonesia's, Russia's
_LEGAL_FORMS_FIRST = frozenset({"PT", "OAO", "ZAO", "PAO", "OOO"})


def _words_of_no_name(text: str, candidate: Candidate) -> bool:
    """A state's short form opening the run, a tag list's item, or a word speaking to the
    reader: no name."""
    if _STATE_WRITTEN_SHORT.match(text, candidate.start) is not None and not (
        _initials_and_surname(candidate.tokens)
        and _TOWN_BEFORE.search(text, max(0, candidate.start - 30), candidate.start) is None
    ):
        return True
    # a tag list's label stands near its items: a long paragraph is not read back to its start
    reach = max(0, candidate.start - TAG_LIST_CHARACTERS)
    newline = text.rfind("\n", reach, candidate.start)
    line_start = newline + 1 if newline >= 0 else reach
    colon = text.find(":", line_start, candidate.start)  # most lines have none: read no more
    while colon >= 0:
        if _TAGS_LABEL.search(text, max(line_start, colon - TAGS_LABEL_CHARACTERS), colon + 2):
            return True  # "… 6:43pm EDTTags: Kestrel Prime, Jane Roe": a page's tag list
        colon = text.find(":", colon + 1, candidate.start)
    words = [token.lower for token in candidate.tokens]
    if all(word in word_set("demonyms") or _office(word.rstrip(".")) for word in words):
        return True  # "the German Minister for Foreign Affairs": a nationality and an office
    if words[-1] in _FOLLOWERS:
        return True  # "fellow Roman Catholics", "Young Democrats": a faith's or party's people
    if words[-1] in _IDEAS:
        return True  # "Deng Xiaoping Theory", "the Reagan Revolution": named after someone
    if len(words) > 1 and candidate.tokens[0].text in _LEGAL_FORMS_FIRST:
        return True  # "PT Matahari Putra Prima", "OAO Gazprom": a firm, its legal form first
    if _ROMAN_NUMERAL.fullmatch(candidate.tokens[-1].text) and all(
        word in word_set("news_words") and word not in lexicon("first_names") for word in words[:-1]
    ):
        return True  # "Level IV", "World War II": words of the language numbered, no king's
    # "You" also a Chinese name's ("Ruolan You", "You Quan"): to the reader among three words
    reader = any(word in _READER_WORDS for word in words) or (len(words) > 2 and "you" in words)
    return reader and not east_asian_name(candidate.tokens)


def _with_figures(tokens: list[Token]) -> bool:
    """A name with a figure in it is a product's model ("Clie PEG UX50"), no one's."""
    return any(char.isdigit() for token in tokens for char in token.text)


# "the Brazilian states of Mato Grosso and Paraná", "the town of Lora Vesta": a place's kind
# and "of", then the places' names, one or a list
_PLACE_OF_KIND = re.compile(
    r"\b(?:states?|provinces?|regions?|city|cities|towns?|villages?|count(?:y|ies)|"
    r"districts?|islands?|republics?|kingdoms?|municipalit(?:y|ies)|governorates?|"
    r"prefectures?|emirates?|cantons?)[ \t]+of[ \t]+"
    r"(?:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*(?:,[ \t]+|[ \t]+and[ \t]+))*\Z"
)


def _place_of_its_kind(text: str, candidate: Candidate) -> bool:
    """A name after a place's kind and "of" is a place's ("the state of Mato Grosso"), not a
    person's; not one with a possessive after it ("the state of Jane Roe's health")."""
    start = max(0, candidate.start - PLACE_OF_KIND_REACH)
    if " of " not in text[start : candidate.start]:
        return False  # most names: a substring test is far cheaper than the pattern
    if text[candidate.end : candidate.end + 2] in ("'s", "’s"):
        return False
    return _PLACE_OF_KIND.search(text, start, candidate.start) is not None


PLACE_OF_KIND_REACH = 80  # characters before a name where its place's kind may stand


_NUMBER_AFTER = re.compile(r"[ \t]+\d+\b(?![-–.:/]\d)")
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w'’-]*[ \t]+\Z")


def _numbered_thing(text: str, candidate: Candidate) -> bool:
    """ "Senate Bill 10", "Harbour Proposition 4": a word of the language after a capitalised
    word and before a number is a thing's name with its number, not a person's."""
    word = candidate.tokens[0]
    return (
        len(candidate.tokens) == 1
        and word.lower in word_set("news_words")
        and _NUMBER_AFTER.match(text, candidate.end) is not None
        and _CAPITALISED_BEFORE.search(text, max(0, candidate.start - 30), candidate.start)
        is not None
    )


# "companies producing surveillance systems, like Elbit, Candiru and Rafael", "products such as
# the Echo Dot": names listed after the kind of thing they are (organisations, products)
_KINDS_LISTED = (
    "companies|firms|groups|organi[sz]ations|NGOs|brands|products|devices|banks|lenders|"
    "charities|clubs|teams|bands|retailers|airlines|carriers|start-?ups|manufacturers|makers|"
    "newspapers|broadcasters|insurers|apps|platforms|websites|conferences|festivals|"
    "languages|frameworks"
)
_KIND_BEFORE_LIST = re.compile(
    # a participle's few words between at most ("producing surveillance systems,"), no other
    # noun's clause ("products, but rather men like Tom Vane"; "… joined by guests like …")
    # or a place's ("conferences across the globe, such as …")
    rf"\b(?:{_KINDS_LISTED}),?(?:[ \t]+(?:[a-z]+ing|across|around)(?:[ \t]+[a-z]+){{0,3}},?)?"
    r"[ \t]+(?:such as|like|including)[ \t]+(?P<listed>[^.;:!?\n]*)\Z"
)
_LIST_SO_FAR = re.compile(
    r"(?:(?:the[ \t]+)?[A-Z0-9][\w'’.&-]*(?:[ \t]+[A-Z0-9][\w'’.&-]*)*"
    r"[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+))*(?:the[ \t]+)?"
)
KIND_LIST_REACH = 200  # characters before a name where its kind and "such as" may stand


def _listed_after_its_kind(text: str, candidate: Candidate) -> bool:
    if candidate.title:
        return False
    reach = max(0, candidate.start - KIND_LIST_REACH)
    before = text[reach : candidate.start]
    if "such as" not in before and "like" not in before and "including" not in before:
        return False  # most names: a substring test is far cheaper than the pattern
    match = _KIND_BEFORE_LIST.search(text, reach, candidate.start)
    return match is not None and _LIST_SO_FAR.fullmatch(match.group("listed")) is not None


_WHICH_AFTER = re.compile(r",[ \t]+which\b")
_SENTENCE_START_BEFORE = re.compile(r"(?:\A|\n|[.!?][\"”’)]?[ \t]+)[ \t]*\Z")


def _subject_of_which(text: str, candidate: Candidate) -> bool:
    """ "Agora Garden, which commands steep prices, …": a sentence's subject that "which"
    describes is a thing (after a verb, "…, said Tom Vane, which surprised us" may be about
    what was said)."""
    return (
        _WHICH_AFTER.match(text, candidate.end) is not None
        and _SENTENCE_START_BEFORE.search(text, max(0, candidate.start - 4), candidate.start)
        is not None
    )


# "Harris Upham & Co.", "Doskocil Cos.", "Jane Roe Ltd", "Dana Kelso & Son Inc.": a
# company's legal form ends the name, after a bracketed part too: a branch's country ("Kelso
# Sachs (Japan) Corp."), a holding ("Quay Kong (Holdings) Ltd")
# Legal forms of English-speaking countries' firms, as a pattern
_HOME_LEGAL_FORMS = r"Cos?|Inc|Corp|Ltd|LLC|PLC|Plc"
_LEGAL_FORM_AFTER = re.compile(
    r"(?:[ \t]*(?:&|and)[ \t]+(?:Co|Cos|Company|Sons?|Partners|Associates)"
    r"|(?:[ \t]+\([A-Z][\w. ]{1,30}\))?"
    r"[ \t]+(?:"
    + _HOME_LEGAL_FORMS
    + r"|GmbH|G\.m\.b\.H|AG|S\.A|N\.V|Oyj?|ASA|SpA|Bhd|Berhad|Tbk))"
    r"(?![\w-])"
)


def _legal_form_after(text: str, candidate: Candidate) -> bool:
    return candidate.tokens[-1].lower.rstrip(".") in _LEGAL_FORMS or _firm_form_after(
        text, candidate.end
    )


# "Kelso Polk & Wardwell", "Smith Quarry, Harris Upham & Co.", "Ballard, Spahr, Andrews &
# Ingersoll": partners' names joined by an ampersand, a firm's (not "Brad Pitt & Angelina")
_PARTNER_AFTER = re.compile(
    r"(?:,[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,2}[A-Z][\w'’.-]*)*,?[ \t]+&[ \t]+"
    r"(?P<partner>[A-Z][\w-]*)(?P<possessive>['’]s)?(?![\w'’-]|[ \t]+[A-Z])"
)


PARTNERS_CHARACTERS = 80  # a partners' list's length before its ampersand, at most
# "& Tong Advertising Inc.": another partner's name, its trade's words, its legal form
_PARTNERS_FIRM_AFTER = re.compile(
    r"[ \t]+&[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,4}?(?:" + _HOME_LEGAL_FORMS + r")(?![\w-])"
)


def _firm_form_after(text: str, end: int) -> bool:
    """A legal form, or partners' names joined by "&", right after the name ending at `end`."""
    if _LEGAL_FORM_AFTER.match(text, end) is not None:
        return True
    if text.find("&", end, end + PARTNERS_CHARACTERS) < 0:
        return False  # most names: no ampersand near, no partners' list to read
    if _PARTNERS_FIRM_AFTER.match(text, end) is not None:
        return True  # "Lee Quill & Tong Advertising Inc.": a legal form ends the partners'
    partner = _PARTNER_AFTER.match(text, end)
    if partner is None or partner["partner"].lower() in lexicon("first_names"):
        return False
    # "said Jane Roe, Kelso & Quillby's president": the firm she works for, set off after her
    return not (partner["possessive"] and partner.group().startswith(","))


# "the 200-year-old Albert Mill", "the century-old Grand Hotel": an age no person reaches.
_AGE_BEFORE = re.compile(r"(?:\b(?P<years>\d+)-year-old|\bcentur(?:y|ies)-old)[ \t]+$")
OLDEST_PERSON = 125


def _older_than_anyone(text: str, candidate: Candidate) -> bool:
    age = _AGE_BEFORE.search(text, max(0, candidate.start - 24), candidate.start)
    return age is not None and (
        age.group("years") is None or int(age.group("years")) > OLDEST_PERSON
    )


_STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone", "superstorm"})
# "Hurricane Hugo, an Atlantic storm": the storm's word before a name the rules cut from it
_STORM_BEFORE = re.compile(r"\b(?i:" + "|".join(sorted(_STORM_WORDS | {"storm"})) + r")[ \t]+\Z")
# A creed's or a movement's name: no one is called "Protestantism" or "Thatcherism"
_DOCTRINE = re.compile(r"\w{3,}isms?$")
# "the retailer John Lewis", "carmaker Aston Martin", "the band Queen", "Bookmaker William
# Hill said": what kind of organisation it is (or "storm"), right before its name or opening
# a sentence with it. Not "the firm Jane Roe founded": the founder.
_ORGANISATION_KINDS = frozenset(
    "retailer firm company bank lender insurer carmaker automaker brand label chain airline "
    "brokerage supermarket manufacturer brewer startup start-up conglomerate giant charity "
    "band storm bookmaker bookmakers".split()
)
# Kinds of work: "La La Land, the recently released musical from …" names no one
_WORK_KINDS = frozenset(
    "film films movie movies musical album novel song sitcom documentary biopic opera "
    "miniseries".split()
)
# "Alexander, an island-wide chain, is …", "Glenmorangie, one of Scotland's whisky firms":
# an organisation (or a work) set off by its kind, the kind ending the apposition's noun
# phrase. (the kind its head noun: not "Jane Roe, a spokeswoman for the bank,", whose head
# is hers; not "maker" alone: "Tom Vane, a documentary maker," is a person)
_KIND_IN_APPOSITION = re.compile(
    r",[ \t]+(?:a|an|the|one[ \t]+of(?:[ \t]+the)?)[ \t]+"
    r"(?:(?!(?:for|of|at|with|from|in|to|on|by|and|or)[ \t])[\w'’.-]+[ \t]+){0,3}?"
    r"(?:"
    + "|".join(sorted((_ORGANISATION_KINDS - {"band", "storm"}) | _WORK_KINDS))
    + r"|group|chains|firms|companies|banks|brands)(?=[ \t]*[,.;:)]|[ \t]+(?:that|which|"
    r"based|with|in|of|founded|owned|whose|from|by|about|starring|directed)\b)"
)
# One sense per article: a name set off by its kind somewhere is that work or firm wherever
# it stands without a role ("La La Land, the recently released musical, …")
_SET_OFF_BY_ITS_KIND = re.compile(rf"(?P<name>{_NAME_RUN})(?={_KIND_IN_APPOSITION.pattern})")
_WORD_BEFORE_NAME = re.compile(r"(?<![\w-])([a-z][a-z-]+)[ \t]+$")
_FOUNDER_AFTER = re.compile(
    r"[ \t]+(?:co-founded|founded|runs|ran|started|owns|owned|built|bought|sold|leads|led|"
    r"set up|created|launched|joined|left|heads|headed|chairs|manages|managed)\b"
)


def _organisation_kind_before(text: str, candidate: Candidate) -> bool:
    before = _WORD_BEFORE_NAME.search(text, max(0, candidate.start - 16), candidate.start)
    kind = (before is not None and before.group(1) in _ORGANISATION_KINDS) or (
        len(candidate.tokens) > 2
        and candidate.tokens[0].lower in _ORGANISATION_KINDS
        and candidate.tokens[0].lower not in lexicon("first_names")  # "Charity Hope Valentine"
    )
    return kind and _FOUNDER_AFTER.match(text, candidate.end) is None


# "HMS Queen Elizabeth", "USS Ronald Reagan", "the aircraft carrier John C. Stennis", "the
# tanker Dana Kelso": a ship named after a person is no person (not "mail carrier Tom Vane")
_VESSEL_PREFIXES = r"(?:HMS|USS|RMS|HMAS|HMCS|HMNZS|USNS|INS|MV)"
_VESSEL_KINDS = (
    r"(?:[Tt]he|[Aa]n?)[ \t]+(?:[\w-]+[ \t]+)?(?:aircraft[ \t]+carriers?|destroyer|frigate|"
    r"submarine|warship|battleship|cruiser|tanker|freighter|liner|trawler|schooner|steamship|yacht)"
)
_VESSEL_BEFORE = re.compile(
    rf"\b(?:{_VESSEL_PREFIXES}\s+(?:[A-Z][\w'’-]*\s+)?|{_VESSEL_KINDS}[ \t]+)$"
)
# and wherever else the article names the ship ("The Carl Vinson leads a battle group")
_SHIP_NAMED = re.compile(rf"\b(?:{_VESSEL_PREFIXES}|{_VESSEL_KINDS})[ \t]+(?P<name>{_NAME_RUN})")


def _role_not_name(candidate: Candidate) -> bool:
    return candidate.tokens[-1].lower in lexicon("role_heads") and candidate.tokens[
        0
    ].lower not in lexicon("first_names")


_POSSESSOR_OF_A_NAME = re.compile(r"['’]s [A-Z]")


def _listed_beside(text: str, candidate: Candidate, anchors: list[Candidate]) -> bool:
    """Whether only a list separator (maybe a bracket or a score) stands between the candidate
    and one of the nearest accepted names ("Kewell (Nunez 56), Morientes")."""
    if _POSSESSOR_OF_A_NAME.match(text, candidate.end):
        return False  # "Li Keqiang and National People's Congress chief …": the item is after
    for anchor in anchors:
        before, after = sorted((anchor, candidate), key=lambda c: c.start)
        if _POSSESSOR_OF_A_NAME.match(text, anchor.end):
            continue  # "La Traviata and Fromental Halevy's La Juive": the work is the item
        gap = text[before.end : after.start]
        # _LIST_GAP is anchored at the end: a match covers the whole gap.
        if len(gap) < 50 and "\n\n" not in gap and _LIST_GAP.match(gap):
            return True
    return False


# "La ministra de Vivienda, Isabel Rodríguez": the word after "de" completes a title.
_OF_BEFORE = re.compile(r"\b(?:of|de|del|di|du|des)\s+$")


def _object_of_title(text: str, candidate: Candidate) -> bool:
    return _OF_BEFORE.search(text, max(0, candidate.start - 5), candidate.start) is not None


def _weakly_refused(
    tagged: _Tagged, refused: list[Candidate], lowercase: frozenset[str]
) -> list[Candidate]:
    """Names the tagger refused without much conviction that open with a known given name, or
    whose words are shaped like a name's ("Oskan Verdu": no word of the language, place or
    organisation, never written in lower case)."""
    return [
        c
        for c in refused
        if (c.tokens[0].lower in lexicon("first_names") or _name_shaped(c.tokens, lowercase))
        and max(sure for _, _, _, sure in tagged.overlapping(c.start, c.end)) < WEAK_OTHER
    ]


def _accept_list_neighbours(text: str, registry: _Registry, rejected: list[Candidate]) -> None:
    """In "Ian Healy (captain), Michael Bevan, Damien Fleming", the items of a list that holds
    people are people too. Acceptance spreads from item to adjacent item, so one pass each way
    over the mentions in text order reaches the whole list, however long."""
    if not rejected:
        return
    found = [c for mentions in registry.mentions.values() for c in mentions]
    accepted = {id(c) for c in found}
    # (not "Cobb Parkway, Jane Roe …": a street's name beside a person's)
    waiting = {id(c) for c in rejected if not _role_not_name(c) and not _place_name(c)}
    ordered = sorted(found + rejected, key=lambda c: c.start)
    for sequence in (ordered, ordered[::-1]):
        anchors: list[Candidate] = []  # accepted items met so far in this direction
        for candidate in sequence:
            if id(candidate) in waiting and _listed_beside(text, candidate, anchors[-3:]):
                registry.add(candidate, candidate.name(text), "listed-name")
                accepted.add(id(candidate))
                waiting.discard(id(candidate))
            if id(candidate) in accepted:
                anchors.append(candidate)
    rejected[:] = [c for c in rejected if id(c) not in accepted]


# "4. Jane Roe (Kenya) 8:15.69": a row of a results table, its rank, name, country or club in
# brackets, and a figure
_RANKED_ROW = re.compile(
    r"^[ \t]*\d{1,3}[.)]?[ \t]+(?P<name>[^\W\d_][^()\n]{1,60}?)[ \t]+"
    # the country, then a result; or the rounds' scores ("284 Jon Vale 73 69 74 68")
    r"(?:\([^()\n]{2,40}\)[ \t]+\d|\d{1,3}(?:[ \t]+\d{1,3}){2})",
    re.MULTILINE,
)
RANKED_ROWS = 4  # rows of that shape in the text, at least
RANKED_PEOPLE_SHARE = 0.5  # of them naming someone found, at least: most


def _accept_ranked_rows(text: str, registry: _Registry, refused: list[Candidate]) -> None:
    """In a results table whose rows name people, a row's name the tagger took for a firm
    ("4. Gideon Tarus (Kenya) 8:15.69" read as an organisation), or that the rules doubted
    (a name no list of theirs knows), is a person too. A table of clubs ("Benetton (Italy)")
    has few people among its rows, and is left alone."""
    if not refused:
        return
    rows = [m.span("name") for m in _RANKED_ROW.finditer(text)]
    if len(rows) < RANKED_ROWS:
        return
    starts_by_end: dict[int, list[int]] = {}  # where each found name starts, by its end
    for mentions in registry.mentions.values():
        for mention in mentions:
            starts_by_end.setdefault(mention.end, []).append(mention.start)
    people = sum(1 for start, end in rows if any(s >= start for s in starts_by_end.get(end, ())))
    if people < RANKED_PEOPLE_SHARE * len(rows):
        return
    ends = {end: start for start, end in rows}
    for candidate in refused:
        start = ends.get(candidate.end)
        if start is not None and candidate.start >= start and len(candidate.tokens) >= 2:
            registry.add(candidate, candidate.name(text), "results-name")


def _office_title(candidate: Candidate) -> bool:
    """A name right after an office held by people ("Deputy President", "Foreign Minister"),
    or a style of two words ("Lt Col", "Maj Gen", "Rev Dr"): only a person bears one."""
    if candidate.honorific and len(candidate.title) >= 2:
        return True
    return bool(candidate.title) and candidate.title[-1].lower in word_set("role_heads")


_MARKS_ONLY = re.compile(r"[^\w]*")
# What may stand before a headline's opening words on their line: a quote, a metadata key
_LINE_OPENING = re.compile(r"\s*(?:title:\s*)?[\"'“]?\s*")


def _sentence_opener(
    candidate: Candidate, sentence_starts: frozenset[int], lowercase: frozenset[str]
) -> bool:
    first = candidate.tokens[0]
    return (
        len(candidate.tokens) >= 2
        and not candidate.title
        and not first.initial
        and len(first.text) > 1
        and first.start in sentence_starts
        and first.lower in lowercase
        and first.lower not in lexicon("first_names")
    )


def _opener_outside_name(
    tagged: _Tagged, candidate: Candidate, sentence_starts: frozenset[int]
) -> bool:
    """ "Sure Robbie was …": a sentence's first word, a word of the language and no known
    name, that the tagger leaves out of the person's name it is sure of right after it."""
    first, second = candidate.tokens[0], candidate.tokens[1] if len(candidate.tokens) > 1 else None
    if (
        second is None
        or candidate.title
        or len(first.text) < 2
        or first.start not in sentence_starts
        or first.lower in lexicon("first_names")
        or first.lower in lexicon("surnames")
        or first.lower not in word_set("news_words")
    ):
        return False
    spans = tagged.overlapping(first.start, candidate.end)
    return not any(start <= first.start for start, _, _, _ in spans) and any(
        start == second.start and kind == "PER" and sure >= SURE_PERSON
        for start, _, kind, sure in spans
    )


def _widget_label(text: str, candidate: Candidate) -> bool:
    """Words alone on their line behind a control's glyph ("+Type Size", "» Share Story"),
    none of them a known given name or surname: a page's control, whatever the tagger reads
    in it (a list's bullet, "•" or "-", is no glyph of a control)."""
    if candidate.title or any(
        t.lower in lexicon("first_names") or t.lower in lexicon("surnames")
        for t in candidate.tokens
    ):
        return False
    return _alone_after(text, candidate, _CONTROL_GLYPHS)


_CONTROL_GLYPHS = re.compile(r"\s*[+»›▶►▸❯⟩]\s*")


def _alone_after(text: str, candidate: Candidate, before: re.Pattern[str]) -> bool:
    """The candidate alone on its line but for what `before` allows ahead of it and marks
    after it."""
    line_start, line_end = _line_around(text, candidate)
    return bool(
        before.fullmatch(text, line_start, candidate.start)
        and _MARKS_ONLY.fullmatch(text, candidate.end, line_end)
    )


def _label_shaped(text: str, candidate: Candidate) -> bool:
    """No title, no given name newscat knows, and set apart as labels and glosses are: alone
    on its line ("Fact Check"), opening a line or a headline before a colon ("Fact Check: Is
    …", also a metadata block's title), or in brackets after a quoted name ('"Casa Magica"
    (Magic House)')."""
    if candidate.title or candidate.tokens[0].lower in lexicon("first_names"):
        return False
    if _alone_after(text, candidate, _MARKS_ONLY):
        return True  # "+Font Size", "» Fact Check"
    line_start = _line_around(text, candidate)[0]
    opening = _LINE_OPENING.fullmatch(text, line_start, candidate.start) is not None
    if opening and text.startswith(":", candidate.end):
        return True
    before = text[max(0, candidate.start - 3) : candidate.start]
    return before.endswith(('" (', "” (")) and text.startswith(")", candidate.end)


def _run_into_name(descriptor: bool, text: str, candidate: Candidate, starts: list[int]) -> bool:
    """Whether the tagger's span from before the name is a descriptor or an office run into it."""
    return descriptor or _role_before(text, candidate, starts)


def _nationality_run_in(tagged: _Tagged, candidate: Candidate) -> bool:
    """ "German Anke Brandt" as one span of the tagger (MISC or PER): a nationality run into a person's
    name of two words or more (a known given name or surname), none of them an organisation's
    or another nationality ("British Airways Plc" is a firm, "Chinese Foreign Policy" a book)."""
    tokens = candidate.tokens
    if len(tokens) < 3 or tokens[0].lower not in word_set("demonyms"):
        return False
    if any(t.lower in word_set("org_words") or t.lower in word_set("demonyms") for t in tokens[1:]):
        return False
    spans = tagged.overlapping(candidate.start, candidate.end)
    if any(
        kind == "PER" and start == tokens[1].start and end >= candidate.end
        for start, end, kind, _ in spans
    ) and any(
        kind == "MISC" and (start, end) == (tokens[0].start, tokens[0].end)
        for start, end, kind, _ in spans
    ):
        return True  # "American Richey Reneberg" read as a nationality, then a person
    if tokens[1].lower not in lexicon("first_names") and tokens[-1].lower not in lexicon(
        "surnames"
    ):
        return False  # "Chinese Foreign Policy": no name of a person after the nationality
    return any(
        start == tokens[0].start and end >= candidate.end and kind in ("MISC", "PER")
        for start, end, kind, _ in spans
    )


def _role_in_apposition(text: str, candidate: Candidate, starts: list[int]) -> bool:
    """A role right before a name ("the bank's chief executive Lloyd Vane", "The port's chief
    executive, Piet van Dam, said") or set off by commas after it ("Piet van Dam, the port's
    chief executive, said") names a person, though the tagger reads the name as a firm's or a
    place's ("Lloyd", "Dam"); the role must end in an office's word, not "president of the
    newly formed" (a division's name follows) nor "a troubled TV station"."""
    if text[candidate.end : candidate.end + 1] == ",":
        after = role_after(text, candidate.end)
        if (
            after is not None
            and after.rule == "apposition"
            and _ends_in_office(after.value)
            # "… in Harbour City, the command's spokesperson, Mara Quill, said": the role
            # introduces the name after it
            and not _NAME_NEXT.match(text, after.end)
        ):
            return True
    floor = _role_floor(starts, candidate.start)
    before = role_before(text, candidate.start, floor)
    return (
        before is not None
        and text[before.end : candidate.start].strip() in ("", ",")
        and _ends_in_office(before.value)
    )


_NAME_NEXT = re.compile(r",\s+[A-Z][\w'’.-]*\s+[A-Z]")
# Roles a firm holds as often as a person does: "The port's owner, Harbour Terminals," and "its
# adviser, Vane Capital," name firms, so they do not overrule the tagger's reading of one.
_FIRM_ROLES = frozenset(
    "owner owners operator partner investor adviser advisor broker consultant producer "
    "publisher auditor regulator".split()
)


def _ends_in_office(role: str) -> bool:
    words = role.split()
    last = words[-1].lower().strip(".,") if words else ""
    return last in word_set("role_heads") and last not in _FIRM_ROLES


_OF_AFTER = re.compile(r"[ \t]+of[ \t]+[A-Z]")
# Titles of one person who reigns "of" a realm ("Queen Beatrix of the Netherlands"), unlike an
# office word opening an organisation's name ("General Command of the Army").
_SOVEREIGNS = frozenset(
    "king queen prince princess emperor empress sultan emir sheikh pharaoh tsar czar shah".split()
)


def _title_inside_a_name(text: str, tagged: _Tagged, candidate: Candidate) -> bool:
    """ "General Command", "Major Leagues", "the Legislative Yuan": the words before a lone
    word look like a title, but the tagger reads them and it as one name of an organisation,
    place or thing, starting with them (not a span run on from an earlier name)."""
    if not candidate.title:
        return False
    if candidate.title[-1].lower in _SOVEREIGNS and _OF_AFTER.match(text, candidate.end):
        return False  # "Queen Beatrix of the Netherlands": a sovereign and her realm
    start = candidate.title[0].start
    return any(
        kind != "PER"
        and low <= start
        and candidate.end <= high
        and text[low:start].lower() in ("", "the ")
        and "," not in text[low:high]
        for low, high, kind, _ in tagged.overlapping(start, candidate.end)
    )


def _lone_persons(text: str, tagged: _Tagged | None) -> set[str]:
    """The lone words the tagger more likely than not reads as a person: "Conde scored his
    second", too unsure to stand alone."""
    if tagged is None:
        return set()
    return {
        fold(text[start:end])
        for start, end, kind, sure in tagged.spans
        if kind == "PER" and sure >= LEANS_PERSON and " " not in text[start:end]
    }


def _accept_full_names(
    text: str,
    registry: _Registry,
    rejected: list[Candidate],
    lowercase: frozenset[str],
    lone_persons: set[str],
) -> None:
    """ "Italian Gualdo Ferrante … Ferrante declined comment": a full name the rules
    doubted, whose surname the article goes on to use alone for someone found, or that the
    tagger leans to read as a person alone: that person's name. Its given name must be no
    word the text writes in lower case, nor a common, title, place or organisation word."""
    alone = {key[0] for key in registry.keys if len(key) == 1}
    # a lone word the tagger leans to, that is no one's surname yet ("Classy Henman" and Tim
    # Henman), with a given name before it that news writes in no other way ("Super Mario")
    leaning = lone_persons - registry.surnames()
    for candidate in rejected:
        if candidate.tokens[0].lower in word_set("demonyms"):  # "Italian Gualdo Ferrante"
            candidate = Candidate(candidate.tokens[1:])
        if len(candidate.tokens) not in (2, 3):
            continue
        first = candidate.tokens[0]
        surname = fold(candidate.tokens[-1].text)
        if surname not in alone and not (
            surname in leaning
            and len(first.text) > 1
            and first.lower not in word_set("news_words")
            and "-" not in first.text
            and all(
                token.text[:1].isupper() for token in candidate.tokens
            )  # "Freitag den Haushalt"
            and surname not in lexicon("first_names")  # "Super Mario", "Mamma Mia"
            and surname not in word_set("news_words")  # "Rate-X Level"
        ):
            continue
        if (
            first.initial
            or first.lower in lowercase
            or _organisation_word(first)
            or first.lower in word_set("common_words")
            or first.lower in word_set("places")
            or first.lower.rstrip(".") in lexicon("honorifics") | lexicon("personal_titles")
        ):
            continue
        registry.add(candidate, candidate.name(text), "full-name")


def _accept_relatives(text: str, registry: _Registry, rejected: list[Candidate]) -> None:
    """ "Naina Yeltsin" in an article about Boris Yeltsin: the family name of someone already
    found, with another given name."""
    surnames = {key[-1] for key in registry.keys if len(key) > 1}
    for candidate in rejected:
        if len(candidate.tokens) != 2 or fold(candidate.tokens[-1].text) not in surnames:
            continue
        name = candidate.name(text)
        if _asks(text, candidate):
            continue  # "Will Trump make nice with Romney?": a question's verb, no given name
        # A given name we know, or a name used more than once: not "Classy Henman" in a headline.
        if candidate.tokens[0].lower in lexicon("first_names") or text.count(name) > 1:
            registry.add(candidate, name, "relative")


_SENTENCE_BEFORE_QUESTION = re.compile(r"(?:\A|[.!?][\"”’']?\s+|\n\s*)\Z")
_QUESTION_END = re.compile(r"[.!?\n]")


def _asks(text: str, candidate: Candidate) -> bool:
    """The name's first word opens a question and is written in small letters elsewhere in
    the text ("Will Trump …? … or will he …"): the question's verb."""
    first = candidate.tokens[0]
    if not first.text.isalpha() or next(_mentions(text, first.lower), None) is None:
        return False
    if not _SENTENCE_BEFORE_QUESTION.search(text, max(0, first.start - 4), first.start):
        return False
    end = _QUESTION_END.search(text, candidate.end)
    return end is not None and end.group() == "?"


_LIST_SEPARATOR = re.compile(r"[,;]|\band\b")
_SEPARATOR_AFTER = re.compile(r"\s*(?:\([^()\n]{0,30}\))?" + _SCORE + r"(?:[,;]|and\b)")
_SEPARATOR_BEFORE = re.compile(r"(?:[,;]|\band)[\s\d-]*$")
# A list item: a few capitalised words, maybe a particle, a bracket or a score after them.
_LIST_ITEM = re.compile(
    r"\s*(?:(?:[A-Z][\w'’.-]*|de|da|van|von|al|el)\s*){1,4}(?:\([^()]{0,30}\))?" + _SCORE
)


def _in_long_list(text: str, candidate: Candidate) -> bool:
    """Whether a lone word is one item of a list of three or more names on its line; a lone
    word beside one name ("Separately, John Smith said") is not."""
    if not (
        _SEPARATOR_AFTER.match(text, candidate.end)
        or _SEPARATOR_BEFORE.search(text, max(0, candidate.start - 12), candidate.start)
    ):
        return False  # the cheap test first: most lone words stand in running text
    line_start, line_end = _line_around(text, candidate)
    starts, lengths = _list_runs(text[line_start:line_end])
    index = bisect.bisect_right(starts, candidate.start - line_start) - 1
    return lengths[index] >= 3


@lru_cache(maxsize=32)
def _list_runs(line: str) -> tuple[list[int], list[int]]:
    """A line cut at list separators: where each item starts, and how long the run of
    name-like items around it is. Cached: a long list is read once, not once per item."""
    items, position = [], 0
    for separator in _LIST_SEPARATOR.finditer(line):
        items.append((position, separator.start()))
        position = separator.end()
    items.append((position, len(line)))
    name_like = [_LIST_ITEM.fullmatch(line[start:end]) is not None for start, end in items]
    # For each item, how many name-like items stand right before it and right after it.
    before = [0] * len(items)
    for index in range(1, len(items)):
        before[index] = before[index - 1] + 1 if name_like[index - 1] else 0
    after = [0] * len(items)
    for index in range(len(items) - 2, -1, -1):
        after[index] = after[index + 1] + 1 if name_like[index + 1] else 0
    lengths = [1 + left + right for left, right in zip(before, after, strict=True)]
    return [start for start, _ in items], lengths


_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)[ \t]+$")  # on the name's own line


def _role_word_before(text: str, candidate: Candidate) -> bool:
    """ "president Suharto", "coach Hiddink": a role written in lower case right before."""
    match = _LOWER_WORD_BEFORE.search(text, max(0, candidate.start - 20), candidate.start)
    return match is not None and match.group(1) in lexicon("personal_titles")


# "his wife, Ida", "Mr. Brawer's wife, Catherine", "her husband Vladimir": one word naming a
# relative of someone, the kin word right before it on its line.
_KIN_BEFORE = re.compile(
    r"(?:\b(?:his|her|their|my|our|your)|\w['’]s)[ \t]+(?:[a-z-]+[ \t]+)?(?P<kin>[a-z]+),?[ \t]+\Z"
)
_KIN = frozenset(
    "wife husband son daughter brother sister father mother widow widower fiance fiancee "
    "fiancée partner girlfriend boyfriend grandson granddaughter grandfather grandmother "
    "nephew niece cousin uncle aunt stepson stepdaughter stepfather stepmother".split()
)


def _kin_before(text: str, candidate: Candidate) -> bool:
    match = _KIN_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)
    return match is not None and match.group("kin") in _KIN


# Offices that a team, a firm or a nation holds too: "Arsenal, the league leader", "Kenya,
# the current chair of the bloc", "Boeing, the main sponsor".
_OFFICES_OF_GROUPS = frozenset(
    "leader chair chairman champion holder winner host member owner partner sponsor supplier "
    "rival favourite favorite runner-up contractor buyer seller bidder".split()
)
# "a Cincinnati-based money manager": a firm's trade, before a head that names a person's too
_FIRM_TRADES = frozenset("money fund asset investment wealth portfolio".split())
_AFTER_OFFICE = frozenset("of to for at in on with from".split())
APPOSITION_WORDS = 8  # an apposition's words after its office: "to the UN", not a clause
_APPOSITION = re.compile(r",[ \t]+([^,.;:()\n]{1,120})([,.;)\n]|\Z)")
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|at|near|from|into|outside|across)[ \t]+\Z")


def _office_in_apposition(text: str, candidate: Candidate) -> bool:
    """ "Gedinage, the head of the Red Cross's committee, arrived", "Karadzic, president of
    the Serb Republic,": one word set off by its holder's office, the apposition closed before
    any verb of the sentence ("Also in Gateshead, the prime minister took questions")."""
    match = _APPOSITION.match(text, candidate.end)
    if match is None or _PREPOSITION_BEFORE.search(
        text, max(0, candidate.start - 12), candidate.start
    ):
        return False
    before = _WORD_BEFORE.search(text, max(0, candidate.start - 30), candidate.start)
    if before is not None and before.group(1)[0].isupper():
        return False  # "April Chu, the producer": a name the rules cut, not one word alone
    words = match.group(1).split()
    if not words:
        return False
    if words[0] in ("the", "a", "an"):
        head = next((i for i in range(1, min(5, len(words))) if _office_word_at(words, i)), None)
    else:  # "president of the Serb Republic", "executive secretary of the Rally"
        head = next(
            (
                i
                for i in range(min(2, len(words) - 1))
                if words[i + 1] == "of"
                and (i == 0 or words[0].islower())
                and _office_word_at(words, i)
            ),
            None,
        )
    if head is None:
        return False
    after = words[head + 1] if head + 1 < len(words) else None
    if after in ("who", "whose"):  # "the Belfast-born actor who was nominated for an Oscar"
        return True
    return after is None or (after in _AFTER_OFFICE and len(words) - head - 1 <= APPOSITION_WORDS)


def _office_word_at(words: list[str], index: int) -> bool:
    word = words[index]
    # "the Wales Tourist Board": a name's word; but "the German Minister for …" an office
    nationality = index > 1 and all(w.lower() in word_set("demonyms") for w in words[1:index])
    if word != word.lower() and index > 0 and not nationality:
        return False
    head = office_head(word, within=1)
    return (
        head is not None
        and head not in _OFFICES_OF_GROUPS
        and head not in _KIN
        and (index == 0 or words[index - 1].lower() not in _FIRM_TRADES)
    )


_COMPANY_ENDINGS = ("bank", "corp", "group", "soft", "tech", "media")


# A cricket batting line: "S. Law c Tillekeratne b Dharmasena 13", "M. Bevan lbw b Vaas 4".
_DISMISSAL_BEFORE = re.compile(r"(?:^|\s)(?:c|b|st|c & b)\s+$")
_SCORECARD_LINE = re.compile(r"\s*[A-Z][\w.' -]{1,40}\s(?:c|b|st|lbw|run out)\s.*\s\d{1,3}\*?\s*$")


def _in_scorecard(text: str, candidate: Candidate) -> bool:
    if not _DISMISSAL_BEFORE.search(text, max(0, candidate.start - 7), candidate.start):
        return False
    line_start, line_end = _line_around(text, candidate)
    return _SCORECARD_LINE.match(text, line_start, line_end) is not None


def _written_in_lower_case(token: Token, lowercase: frozenset[str]) -> bool:
    """ "General Election" when the article also says "the election": a word, not a surname."""
    return token.lower in lowercase and token.lower not in lexicon("surnames")


# "Giovanni (14th)", "Aunger (41st min, pen)", "Bak (1st and 55th)", "Jones (47th, own
# goal)": a scorer's minutes after a lone surname.
_ITEM_START_BEFORE = re.compile(r"(?:^|\n|[-–,;:(])\s*$")
_MINUTE_AFTER = re.compile(rf"\s*\({SCORER_MINUTES.pattern}\)")
# "Feyenoord 3 (Sanchez 27th, Taument 44th, 57th)": the scorers inside the bracket after a
# team's score, each with his minutes and no bracket of his own.
_BARE_MINUTE_AFTER = re.compile(
    rf"[ \t]+{ORDINAL}(?:[ \t]+{MINUTE_WORDS})?(?=[ \t]*(?:[,;)]|\n|$))"
)
_SCORE_BRACKET = re.compile(r"\d[ \t]*\(([^()]*)\Z")
SCORERS_REACH = 200  # characters back to the score's bracket: a few scorers, wrapped


def _results_bracket(text: str, candidate: Candidate) -> bool:
    """A lone surname with a scorer's minute: "Giovanni (14th)", or inside the bracket after a
    score: "3 (Sanchez 27th, Taument 44th)". (A country in brackets is not enough for one
    word: clubs are written "Benetton (Italy)" too.)"""
    # an item of a scorers' list ("Brazil - Giovanni (14th), ..."), not "toy Tamagotchi (86th)"
    if _ITEM_START_BEFORE.search(text, max(0, candidate.start - 3), candidate.start) is None:
        return False
    if _MINUTE_AFTER.match(text, candidate.end) is not None:
        return True
    return (
        _BARE_MINUTE_AFTER.match(text, candidate.end) is not None
        and _SCORE_BRACKET.search(text, max(0, candidate.start - SCORERS_REACH), candidate.start)
        is not None
    )


def _single_name(token: Token, surname_as_word: bool = False) -> bool:
    """A lone word after a title ("President Clinton") that could be a surname; with
    surname_as_word, also a surname that is an English word ("Secretary Baker"), when the
    tagger vouches for it."""
    word = token.lower
    return not (
        word.endswith(_COMPANY_ENDINGS)  # "committee chairman Citibank"
        or word.replace("’", "'") in PRONOUN_CONTRACTIONS  # '"They've worked …'
        or _people_of(word)  # "Fellow Nigerians"
        or word in lexicon("places")
        or word in word_set("demonyms")
        or (word in word_set("common_words") and not surname_as_word)
        or word in lexicon("org_words")
        or word in lexicon("role_heads")
        or token.text.isupper()
    )


def _people_of(word: str) -> bool:
    """ "Nigerians", "Britons", "Israelis": a nation's people, not one person."""
    return word.endswith("s") and word[:-1] in word_set("demonyms")


def _role_before(text: str, candidate: Candidate, starts: list[int]) -> bool:
    floor = _role_floor(starts, candidate.start)
    return bool(
        role_before(text, candidate.start, floor)
        or role_named_before(text, candidate.start, candidate.end, floor)
    )


def _has_role_beside(text: str, candidate: Candidate, starts: list[int]) -> bool:
    """A role word right before or after a name is good evidence that it is a person's."""
    return bool(role_after(text, candidate.end) or _role_before(text, candidate, starts))


# Roles are looked for at a person's first mentions: where articles give them, and a bound on
# the work when a page repeats one name thousands of times.
ROLE_MENTIONS = 20


def _attach_roles(text: str, registry: _Registry, starts: list[int]) -> None:
    spans = sorted((c.start, c.end) for mentions in registry.mentions.values() for c in mentions)
    span_starts = [s for s, _ in spans]
    for index, person in enumerate(registry.people):
        mentions = sorted(registry.mentions[index], key=lambda c: c.start)
        for mention in mentions[:ROLE_MENTIONS]:
            role = _role_at(text, mention, starts, spans, span_starts)
            if role and role.rule != "post-nominal":
                person.role = role
                break
            # "Ruth Kelly MP" … "Ms Kelly, a Cabinet Office minister": a later mention's office
            person.role = person.role or role


def _role_at(
    text: str,
    mention: Candidate,
    starts: list[int],
    spans: list[tuple[int, int]],
    span_starts: list[int],
) -> Found | None:
    floor = _role_floor(starts, mention.start)
    begin = mention.title[0].start if mention.title else mention.start
    # Only the spans of this sentence matter (and one that may cross into it).
    low = bisect.bisect_left(span_starts, floor - 200)
    high = bisect.bisect_right(span_starts, mention.start)
    nearby = spans[low:high]
    before = [(s, e) for s, e in nearby if floor <= s and e <= mention.start]
    after = role_after(text, mention.end)
    if after:
        inside = spans[
            bisect.bisect_left(span_starts, after.start) : bisect.bisect_left(
                span_starts, after.end
            )
        ]
        # "Olaf Scholz, French President Emmanuel Macron and ...": a list, not a role; but
        # "Gareth Peirce, lawyer for Mr Begg" is a role whose object is another person, and
        # "Jane Roe, an aide to the mayor on Tom Vane's plan" a role, cut before the rest.
        # "Jane Roe, who advises Mayor Tom Vane": the verb's object, a person, is the role's
        others = [
            s
            for s, _ in inside
            if after.rule != "who-does" and not _OBJECT_OF_ROLE.search(text[after.start : s])
        ]
        after = role_cut_before(text, after, others[0]) if others else after
    # A title before this name cannot reach back over another person's name.
    near = max([floor] + [e for s, e in nearby if e <= mention.start and s != mention.start])
    # the courtesy titles' full stops may have cut the sentence: "Rt. Hon." is no sentence end
    courtesy = _courtesies_start(text, mention.start)
    courtesy_floor = _floor(starts, courtesy) if courtesy is not None else 0
    if after is not None and after.derived:
        # "the Taliban's deputy leader, Jane Roe, who heads the network": the office the
        # text gives outranks the one a verb names
        after = role_before(text, mention.start, near) or after
    return (
        after
        or role_before(text, mention.start, near)
        or (role_before(text, begin, floor) if mention.title else None)
        or (role_before(text, courtesy, courtesy_floor) if courtesy is not None else None)
        or _title_only(text, mention)
        or role_from_list(text, mention.start, floor, before, mention.end)
        or role_named_before(text, mention.start, mention.end, floor)
        or post_nominal(text, mention.end)  # the weakest: another mention's office outranks it
    )


_COURTESY_RUN = re.compile(r"(?:,\s*|(?<=\w)[ \t])((?:[A-Z][a-z]{0,4}\.?|the)\s+){1,5}$")


def _courtesies_start(text: str, start: int) -> int | None:
    """ "Prime Minister, Dr the Rt. Hon. Jane Roe", "Ecologist Dr. Jane Roe": where a run of
    courtesy titles starts (after its comma, if any), so that the office before it is the
    name's."""
    line_start = text.rfind("\n", 0, start) + 1
    run = _COURTESY_RUN.search(text, max(line_start, start - 30), start)
    if run is None:
        return None
    words = [w.rstrip(".").lower() for w in text[run.start() + 1 : start].split()]
    honorifics = lexicon("honorifics")
    if not all(w == "the" or w in honorifics for w in words) or all(w == "the" for w in words):
        return None
    return run.start()


# Ranks and offices written short before a name: a title the article gives, not a courtesy
# like "Mr" or "Dr" ("Sen. Jane Roe", "Lt. Col. Jane Roe", "Gov. Jane Roe", "Rev. Jane Roe").
_RANKS = frozenset(
    "gen lt col maj sgt capt cpl adm brig insp supt det cllr sen rep gov pres amb cmdr pte "
    "pvt cmdt rev reverend".split()
)


def _title_only(text: str, mention: Candidate) -> Found | None:
    """A title that is all the article says: "President Aliyev", "Sen. Roe"."""
    ranks = [n for n, t in enumerate(mention.title) if t.lower.rstrip(".") in _RANKS]
    if ranks:
        start, end = mention.title[ranks[0]].start, mention.title[ranks[-1]].end
        end += text.startswith(".", end)  # "Lt. Col."
        return Found(text[start:end], start, end, "title-before")
    words = [t for t in mention.title if t.lower.rstrip(".") not in lexicon("honorifics")]
    if not any(t.lower in lexicon("role_heads") for t in words):
        return None  # "New Yorker William Trowbridge": words before a name, but no title
    value = " ".join(t.text for t in words)
    return Found(value, words[0].start, words[-1].end, "title-before")
