"""A person's role as the article words it: titles before the name, appositions and brackets
after it, "activists, including X and Y", and "X was named president"."""

from __future__ import annotations

import re
from itertools import pairwise

from newscat.extract.names import clock_word, occupation_by_its_ending
from newscat.extract.record import Found
from newscat.extract.words import lexicon, word_set
from newscat.folding import fold

# Words that end a backward walk over a role's modifiers ("the", "of", verbs, pronouns).
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "by",
        "with",
        "and",
        "or",
        "but",
        "to",
        "in",
        "on",
        "at",
        "for",
        "from",
        "as",
        "including",
        "after",
        "before",
        "when",
        "while",
        "said",
        "says",
        "told",
        "that",
        "this",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "our",
        "your",
        "my",
        "was",
        "is",
        "were",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "who",
        "whom",
        "which",
        "where",
        "wherein",
        "whereby",
        "whereupon",
        "whose",
        "then",
        "than",
        "also",
        "both",
        "among",
        "between",
        "during",
        "under",
        "over",
        "into",
        "about",
        "against",
        "upon",
        "via",
        "alongside",
        "beside",
        "behind",
        "without",
        "despite",
        "amid",
        "towards",
        "toward",
        "led",
        "held",
        "met",
        "called",
        "named",
        "appointed",
        "elected",
        "according",
        # conjunctions and adverbs that open a sentence: "Since President George W Bush ..."
        "since",
        "until",
        "because",
        "although",
        "though",
        "if",
        "unless",
        "meanwhile",
        "however",
        "yesterday",
        "today",
        "now",
        # a verb's particle: "tripped up captain Joao Pinto", "sent off defender"
        "up",
        "down",
        "out",
        "off",
        "away",
    ]
)
# Verbs that stand before a title: "to replace chief executive Tim Koogle"; capitalised, they
# are a name's words ("Rural Fire Service incident controller").
_STOP_VERBS = frozenset(
    "replace replaces replaced succeed succeeds succeeded join joins joined become becomes became "
    "meet meets hire hires hired fire fires sack sacked quit quits resign resigns name elect "
    "appoint interview interviewed thank thanks thanked praise praises praised blame blamed "
    "accuse accused criticise criticised criticize criticized".split()
)
# Verbs of speech a title-case headline puts before a speaker's title ("…, Warns Climate
# Scientist Jane Roe", "Sources Say European Commissioner Tom Vane …")
_SPEECH_VERBS = frozenset(
    "say says warn warns tell tells claim claims urge urges insist insists admit admits "
    "reveal reveals deny denies vow vows".split()
)
# A verb's subject pronouns and the modal verbs, in small letters ("I" apart: a capital)
_PRONOUNS = ("he", "she", "they", "we", "you", "it")
_MODALS = ("will", "would", "could", "should", "must", "can", "might", "shall")
# before a title, the next word is a verb ("may" too: no month there)
_SUBJECTS = frozenset((*_PRONOUNS, *_MODALS, "may"))
# Small words inside an organisation's capitalised name: "Chamber of Commerce", "Fire & Rescue".
_NAME_JOINS = frozenset({"of", "for", "&", "de", "the"})
# English, and the French, Spanish and Italian "of" ("ministre de la Santé", "presidente del
# Gobierno", "sindaco di Roma") with the articles that follow it.
_PREPOSITIONS = frozenset({"of", "for", "at", "to", "with", "on", "de", "del", "di", "du", "des"})
_CONNECTORS = frozenset(
    {
        "of",
        "for",
        "and",
        "the",
        "&",
        "de",
        "on",
        "in",
        "del",
        "della",
        "di",
        "du",
        "des",
        "la",
        "le",
        "les",
    }
)
_WORD = re.compile(r"[\w'’.&-]+")
_MAX_MODIFIERS = 5
_MAX_ROLE = 120
LOWER_PORTFOLIO = 4  # words of a lower-case portfolio after "of": "minister of ports and fisheries"


# "chairwoman of the Azerbaijani community", "head of the Russian delegation"
_GROUP_NOUNS = frozenset(
    "community delegation diaspora team government opposition embassy consulate club union "
    "society movement party minority".split()
)


# Endings only occupations have: "ecologist", "paediatrician", "choreographer", "podiatrist".
def _is_head(word: str) -> bool:
    word = word.lower().strip(".")
    if word in lexicon("role_heads") or occupation_by_its_ending(word):
        return True
    parts = word.split("-")  # "Chief-of-Staff", "vice-chairman"
    return len(parts) > 1 and (
        parts[0] in lexicon("role_heads") or parts[-1] in lexicon("role_heads")
    )


def _singular(word: str) -> str | None:
    lowered = word.lower()
    for cut in ("es", "s"):
        if lowered.endswith(cut) and lowered[: -len(cut)] in lexicon("role_heads"):
            return word[: -len(cut)]
    return None


_LOOSE_END = re.compile(
    r"(?:\s+(?:mr|mrs|ms|dr|prof|sir|dame|lord|lady|the|a|an|of|for|at|to|and|with|in|on|by)\.?)+$",
    re.IGNORECASE,
)


# English and German articles before a title; French, Spanish and Italian ones too, unless they
# begin a place's name ("Las Vegas Microsoft boss", "El Paso police chief").
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an|der|die|das|den|dem|ein|eine)\s+", re.IGNORECASE)
_ROMANCE_ARTICLE = re.compile(
    r"^(?:le|la|les|el|los|las|il|lo|gli)\s+(?P<next>[\w'’-]+)", re.IGNORECASE
)


_POSSESSIVE_START = re.compile(r"^[’']s\s+")


# "one resident", "another shopper", "each winner": a quantifier counts the people, it is no
# part of the role; not before a capital ("One Direction singer") nor "one of the founders".
_LEADING_QUANTIFIER = re.compile(r"^(?i:one|another|each|every|some|any)\s+(?=[a-z])(?!of\b)")


def _without_article(role: str) -> str:
    role = _LEADING_QUANTIFIER.sub("", _LEADING_ARTICLE.sub("", role))
    romance = _ROMANCE_ARTICLE.match(role)
    if romance and fold(role[: romance.end()]) not in lexicon("places"):
        role = role[romance.start("next") :]
    return role


def _clean(role: str) -> str:
    """One line, no leading article, no trailing honorific or preposition ("lawyer for Mr")."""
    role = " ".join(role.split())
    role = _POSSESSIVE_START.sub("", role)  # "Kell’s Southland counterpart Tom Vane"
    role = _without_article(role).strip(" ,;:-–—")
    if role[:1] in '"“' and not any(mark in role[1:] for mark in '"”'):
        role = _without_article(role[1:])  # '"an artist I admire' cut before its quote closed
    return _LOOSE_END.sub("", role).strip(" ,;:-–—")


def _contains_head(phrase: str, within: int = 6) -> bool:
    return office_head(phrase, within) is not None


def office_head(phrase: str, within: int = 6) -> str | None:
    """The first role word among the phrase's first words, lower case ("ambassador" of "the UK
    ambassador to the UN")."""
    for word in phrase.split()[:within]:
        word = word.strip(".,").lower()
        if _is_head(word):
            return word
        if "-" in word and _is_head(word.split("-")[-1]):
            return word.split("-")[-1]
    return None


# Lower-case words that may stand before a capitalised title ("former President").
_TITLE_MODIFIERS = frozenset(
    [
        "former",
        "then",
        "acting",
        "late",
        "outgoing",
        "incoming",
        "interim",
        "deputy",
        "newly-elected",
        "newly-appointed",
        "senior",
        "junior",
        "top",
    ]
)


_ED_ADJECTIVES = frozenset(
    "acclaimed renowned celebrated noted talented distinguished retired respected decorated "
    "elected appointed designated embattled disgraced jailed detained exiled veteran-led".split()
)


# "-ing" words that make part of a title ("chief operating officer", "defending champion");
# any other lower-case "-ing" word before a title is a verb ("accusing", "replacing").
_ING_ADJECTIVES = frozenset(
    "managing visiting presiding reigning founding leading acting outgoing incoming sitting "
    "serving ruling governing consulting commanding touring winning opposing supervising "
    "coordinating defending operating sporting planning housing racing writing marketing "
    "accounting engineering banking publishing advertising recording nursing teaching "
    "training fundraising programming manufacturing shipping trading lending investing "
    "polling campaigning broadcasting casting coaching scouting boxing sailing cycling "
    "skiing rowing swimming shooting climbing fencing bowling batting running striking "
    "pioneering performing standing working organising organizing peacekeeping reporting "
    "editing".split()
)


# Adjectives before a capitalised name in a lower-case title ("well-known Azerbaijani kamancha
# player", "legendary R&B star"); other lower-case words there are mostly verbs and nouns of
# the sentence ("sign Real Madrid striker", "include Star Wars actor").
_DESCRIPTIVE_WORDS = frozenset(
    "current new fellow veteran longtime long-time prominent popular young slain local rival "
    "famous leading top-flight star".split()
)
_ADJECTIVE_ENDINGS = ("ary", "al", "ic", "ous", "ful", "ive", "ish", "able", "ible", "ian")


def _descriptive(word: str) -> bool:
    return (
        word in _DESCRIPTIVE_WORDS
        or word in _ED_ADJECTIVES
        or "-" in word
        or (len(word) > 4 and word.endswith(_ADJECTIVE_ENDINGS))
    )


def _ing_verb(word: str) -> bool:
    """ "accusing", "replacing", "suggesting": a lower-case "-ing" word that is no title word."""
    return word.endswith("ing") and word.islower() and word not in _ING_ADJECTIVES


_DETERMINERS = frozenset("the a an his her its their our this that these those".split())


# "Cafod will host Gordon Brown": a role word after one of these is a verb.
_AUXILIARIES = frozenset("will would can could may might shall should must".split())


def _portfolio_pair(text: str, words: list[re.Match[str]], conjunction: int) -> bool:
    """ "the work and pensions secretary", "the trade and industry minister": the "and" joins
    two lower-case nouns right after "the"; "Smith and foreign secretary Jones" it does not."""
    if conjunction < 2 or conjunction + 1 >= len(words):
        return False
    before, article = words[conjunction - 1], words[conjunction - 2]
    return (
        words[conjunction + 1].group().islower()  # not "the whistle and Charlton defender"
        and before.group().isalpha()
        and before.group().islower()
        and before.group() not in _STOP | _STOP_VERBS
        and article.group().lower() == "the"
        and not text[article.end() : before.start()].strip()
        and not text[before.end() : words[conjunction].start()].strip()
    )


def _joins_name(text: str, words: list[re.Match[str]], index: int) -> bool:
    """ "of" in "Harbour Chamber of Commerce", "of the" in "Friends of the Earth": a small word
    between two capitalised words of one name, inside one run of text."""
    join = words[index].group()
    if join not in _NAME_JOINS or index == 0 or index + 1 >= len(words):
        return False
    before, after = words[index - 1], words[index + 1]
    if join == "the":  # "of the": the word before must join too
        return (
            before.group() in ("of", "for")
            and after.group()[0].isupper()
            and not text[before.end() : words[index].start()].strip()
            and _joins_name(text, words, index - 1)
        )
    return (
        (after.group()[0].isupper() or after.group() == "the")
        and before.group()[:1].isupper()
        and before.group().isalpha()
        and (before.group().lower() not in _STOP)
        and not text[before.end() : words[index].start()].strip()
    )


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _modifiers_start(text: str, words: list[re.Match[str]], head: int) -> int:
    """Index of the first modifier before words[head] ("well-known Azerbaijani kamancha").
    A capitalised title takes only capitalised modifiers ("Vice President", not "sagte
    Bürgermeister"), a lower-case one any descriptive word."""
    first = head
    joins = 0  # a name's small words ("of the") do not count as modifiers
    capital_title = words[head].group()[0].isupper()
    while first > 0 and head - first - joins < _MAX_MODIFIERS:
        previous = words[first - 1]
        gap = text[previous.end() : words[first].start()]
        word = previous.group().lower()
        if word == "and" and not gap.strip() and _portfolio_pair(text, words, first - 1):
            first -= 2  # "the work and pensions secretary": one portfolio of two nouns
            continue
        listed = f"{word} {words[head].group().lower()}" in lexicon("role_heads")
        if first == head and listed and not gap.strip():
            first -= 1  # "fire chief": a listed office, though "fire" may be a verb
            continue
        if not gap.strip() and _joins_name(text, words, first - 1):
            first -= 1  # "Harbour Chamber of Commerce chief executive": the whole name
            joins += 1
            continue
        if word in _SUBJECTS and previous.group().islower() and not gap.strip():
            # "they list former Conservative leader", "will play cult leader": the verb after
            # the subject or the modal is no part of the title
            return first + 1 if first < head else first
        if (
            _ORDINAL.fullmatch(word)
            and not gap.strip()
            and words[first].group()[0].isupper()
            and first < head
        ):
            # "21st Century Fox executive chairman", "7th Fleet commander": a name's first
            # word, and nothing before it
            return first - 1
        if gap.strip() or word in _STOP or word.endswith(".") or word[0].isdigit():
            break
        verb = word in _STOP_VERBS or (word in word_set("verbs") and word not in _ED_ADJECTIVES)
        if verb and (previous.group().islower() or word.endswith(("ed", "s"))):
            # "Sacked MP Jane Roe", "Does DC Comics president Tom Vane …": a verb's tense,
            # capitalised at a sentence's start
            break
        if word in _SPEECH_VERBS:
            break  # "…, Warns Climate Scientist Jane Roe": a title-case headline's verb
        if not any(char.isalpha() for char in word):
            break  # "LAGOS - Police Minister": a dateline's dash
        if word.endswith("ed") and word not in _ED_ADJECTIVES and previous.group()[0].islower():
            break  # a verb ("thanked"), not part of the title; "United", "Red" Cross are names
        # "suggesting presenter Jeremy Paxman": a verb, not part of the title; but
        # "ex-Downing Street media chief"
        if "-" not in word and _ing_verb(previous.group()):
            break
        possessive = word.endswith(("'s", "’s"))
        if (
            (capital_title or (words[first].group()[0].isupper() and not _descriptive(word)))
            and previous.group()[0].islower()
            and word not in _TITLE_MODIFIERS
            and not word.startswith("ex-")  # "ex-Downing Street media chief"
            and not possessive
        ):
            break
        first -= 1
        if word.endswith(("'s", "’s")):
            return _owner_s_name_start(text, words, first)
    return first


OWNER_WORDS = 3  # "Harbour Savings Bank's chief economist": the owner's name, at most


def _owner_s_name_start(text: str, words: list[re.Match[str]], first: int) -> int:
    """The owner's whole name before its possessive ("Harbour Bank's chief economist", not
    "Bank's chief economist"): the capitalised words right before it, none a small word."""
    start = first
    while start > 0 and first - start < OWNER_WORDS - 1:
        previous = words[start - 1]
        if text[previous.end() : words[start].start()].strip() or not previous.group()[0].isupper():
            break
        if previous.group().lower() in _STOP or previous.group().endswith("."):
            break
        start -= 1
    return start


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
GENITIVE_REACH = 4  # words between a Russian title and the name it belongs to


def _genitive_head(prefix: str, words: list[re.Match[str]]) -> int | None:
    """ "Министр иностранных дел Азербайджана": Russian joins a title to what it governs
    with the genitive case, without an "of"; the title word comes up to four words back."""
    for k in range(len(words) - 2, max(-1, len(words) - 2 - GENITIVE_REACH), -1):
        between = words[k:]
        if not all(_CYRILLIC.match(w.group()) for w in between):
            return None
        gaps = (prefix[a.end() : b.start()] for a, b in pairwise(between))
        if any(gap.strip() for gap in gaps):
            return None
        if _is_head(words[k].group()):
            return k
    return None


def _head_to_the(words: list[re.Match[str]], head: int) -> int:
    """ "Assistant to the President Hikmat Hajiyev", "Secretary of the Navy John Lehman": a
    title serving another title, with "the", is the person's whole title; without it, as in
    "an advisor to Chancellor Gordon Brown", the last title is the named person's own."""
    k = head
    while k > 0 and words[k - 1].group()[0].isupper() and _is_head(words[k - 1].group()):
        k -= 1  # "Prime Minister": the whole capitalised title
    if (
        k >= 3
        and words[k - 1].group().lower() == "the"
        and words[k - 2].group().lower() in ("to", "of")
        and _is_head(words[k - 3].group())
    ):
        return k - 3
    return head


# "The head of the port's engineering centre of excellence, Jane Roe, says": a sentence that
# opens with an office, set off by a comma before the name, is that person's, however long.
_OPENING_OFFICE = re.compile(
    r"^\s*(?:The|A|An)\s+(?P<role>(?P<head>[\w-]+)\s+(?:of|for|at|to)\s+[^,;:()\n]+)$"
)
OPENING_WORDS = 14


_AGED = re.compile(r"\d{1,3}-year-old", re.IGNORECASE)


def role_before(text: str, start: int, floor: int) -> Found | None:
    """A title standing right before the name: "Vice President of the X Foundation Leyla Aliyeva",
    "Executive Director of the X Center, Hamid Azari", "kamancha player Imamyar Hasanov"."""
    prefix_end = start
    prefix = text[floor:start].rstrip()
    if prefix.endswith(","):
        prefix = prefix[:-1].rstrip()
        opening = _OPENING_OFFICE.match(prefix)
        if opening and _is_head(opening.group("head")) and len(prefix.split()) <= OPENING_WORDS:
            role_start = floor + opening.start("role")
            role = _clean(text[role_start : floor + len(prefix)])
            return Found(role, role_start, role_start + len(role), "title-before")
    prefix = re.sub(r"\s*\([^()]{1,30}\)$", "", prefix)  # "... Agency (CIA), Robert Gates"
    if not prefix:
        return None
    words = list(_WORD.finditer(prefix))[-18:]
    if not words or prefix[words[-1].end() :].strip():
        return None
    if len(words) > 1 and words[-1].group() == "like" and _is_head(words[-2].group()):
        words.pop()  # "a megastar like Jane Roe": the one named is one
        prefix = prefix[: words[-1].end()]
    head = None
    if words[-1].group().lower() in _CONNECTORS:
        return None  # "... Center for": the name continues an organisation
    if words[-1].group() == "as":
        return None  # "actress for her role as Jane Roe": the one she played
    if _is_head(words[-1].group()):
        head = _head_to_the(words, len(words) - 1)
    elif (
        len(words) > 1
        and _AGED.fullmatch(words[-2].group())
        and words[-1].group().islower()
        and not _past_verb(words[-1].group())
    ):  # "32-year-old admirer Jane Roe": what the age describes; "The 25-year-old beat Jane
        # Roe": a verb, the age its subject
        head = len(words) - 1
    else:
        # "<head> of the <Capitalised Organisation>" ending right at the name.
        # "of the Heydar Aliyev Foundation"; also "of the Azerbaijani community", where one
        # lower-case noun ends a capitalised name
        group_noun = (
            len(words) > 1
            and words[-2].group()[0].isupper()
            and words[-1].group().lower() in _GROUP_NOUNS
        )
        for k in range(len(words) - 2, 0, -1):
            word = words[k].group().lower()
            tail = words[k + 1 :]
            named = tail[:-1] if group_noun else tail
            if not all(w.group()[0].isupper() or w.group().lower() in _CONNECTORS for w in named):
                # "minister of ports and fisheries": a portfolio in lower case, a few words long,
                # not a clause ("president of the company, succeeds")
                between = prefix[words[k].end() : words[-1].end()]
                if (
                    len(tail) > LOWER_PORTFOLIO
                    or any(w.group()[0].isupper() for w in tail)
                    or any(mark in between for mark in ",;:()")
                    # "the candidate for television helped propel Nixon": a verb, no office's
                    or any(w.group() in word_set("verbs") for w in tail)
                    # "come forward to accuse Tom Vane": an infinitive, not "envoy to the region"
                    or (word == "to" and tail[0].group().lower() not in _DETERMINERS)
                ):
                    break
            honorifics_only = all(
                w.group().lower().rstrip(".") in lexicon("honorifics") for w in tail
            )
            if word in _PREPOSITIONS and _is_head(words[k - 1].group()) and not honorifics_only:
                head = k - 1  # not "lawyer for Mr" before Begg: that role is someone else's
                break
    if head is None:
        head = _genitive_head(prefix, words)
    if head is None or (head > 0 and words[head - 1].group().lower() in _AUXILIARIES):
        return None
    if clock_word(text, floor + words[head].start()):
        return None  # "01:52 PM" then a byline's name: a time, not the prime minister
    first = _modifiers_start(prefix, words, head)
    role_start = floor + words[first].start()
    role_end = floor + words[-1].end()
    role = _clean(text[role_start:role_end])
    if not role or len(role) > _MAX_ROLE or role_end > prefix_end:
        return None
    return Found(role, role_start, role_end, "title-before")


# The comma after a name, and an age set off by commas before what follows ("Tom Vane, 52, …")
_COMMA_AND_AGE = r"\s*,\s*(?:\d{1,3}\s*,\s*)?"
# An abbreviation's last stop, or an initial's, before a capitalised word that opens no
# sentence ("the U.S. Military Academy", "Edward D. Jones", not "the U.S. He said")
_ABBREVIATION_GOES_ON = (
    r"(?:(?<=[A-Z]\.[A-Z])|(?<=\s[A-Z]))\.(?=\s(?!(?:He|She|It|They|We|I|The|A|An|In|On|At|But|And|His|Her|"
    r"Its|Their|This|That|There|Then|When|While|After|Before|If|As|So)\b)[A-Z])"
)
_APPOSITION = re.compile(
    # a full stop inside a word ("U.K.") or before a lower-case word ("U.K. think-tank") does
    # not end it
    _COMMA_AND_AGE
    # (and a short name in brackets: "Chairman of the Federation of Economic Organisations
    # (Keidanren)", "managing director of Indosuez Asia (Singapore) Ltd")
    + r"(?P<role>(?:the |a |an )?(?:[^,.;()\n\"“”]|\.(?=\w|\s[a-z]|,)|\([^()\n,;]{1,30}\)|"
    + _ABBREVIATION_GOES_ON
    + r"){2,140}?)\s*(?=,|(?!"
    + _ABBREVIATION_GOES_ON
    + r")\.\s(?![a-z])|\.$|;|\n| said| told| says| who|$)"
)
# "The film, directed by Tom Vane, …": the name the agent of a participle set off by commas,
# so what follows its comma is the sentence's verb, unless an article opens an apposition
_AGENT_OF_PARTICIPLE = re.compile(
    r",\s+[a-z]+(?:ed|en|wn)\s+by\s+(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*\Z"
)
_ARTICLE_FIRST = re.compile(r"(?:the|an?)\s", re.IGNORECASE)
AGENT_REACH = 80  # characters before a name where such a participle stands


# "Jane Roe, the finance, economic development and tourism member of the council": portfolios
# listed in small letters, commas between them, before the office
_LISTED_APPOSITION = re.compile(
    r"\s*,\s*(?P<role>(?:the |an? )(?:[a-z][\w'’-]*(?: [a-z][\w'’-]*){0,3},\s*){1,5}"
    r"[a-z][\w'’ -]{1,60}?\band\s+(?P<rest>[^,.;()\n]{2,100}?))\s*(?=,|\.\s|\.$|;|\n| said| told| says|$)"
)
_BRACKETS = re.compile(r"\s*\((?P<role>[^()\n]{3,140})\)")
# A person's age set off by commas after the name ("Tom Vane, 52, is …"), passed over
_AGE = r"(?:\s*,\s*\d{1,3}\s*,)?"
_WHO_IS = re.compile(
    _COMMA_AND_AGE + r"who\s+(?:is|was|has been|had been|became|serves as|served as)\s+"
    # "who was elected mayor in 2020": the office, not how it was won
    r"(?:(?:re-?)?(?:elected|appointed|named)\s+(?:as\s+)?)?(?P<role>[^,.;\n]{2,120})"
)
# "Murray Sigler as president", "Falk has resigned as chairman", "will remain chairman".
_AS_AFTER = re.compile(
    r"\s+(?:(?:has|had|will|would|to|was|is)\s+)?(?:(?:been|be)\s+)?(?:[a-z]+\s+)?as\s+"
    r"(?:the\s+|its\s+|a\s+|an\s+)?(?P<role>[^,.;\n]{2,120})"
)
_REMAINS = re.compile(
    _AGE
    + r"\s+(?:will remain|remains|remained|will become|became|becomes|will be|has been|had been|is now|is|was)\s+"
    r"(?:the\s+|its\s+)?(?P<role>[^,.;\n]{2,120})"
)
_NAMED_AFTER = re.compile(
    _AGE
    + r"\s+(?:was|has been|had been|is|will be|were)\s+(?:named|appointed|elected|promoted to|made|"
    r"nominated as|chosen as)\s+(?:as\s+)?(?P<role>[^,.;\n]{2,120})"
)
# "named John Smith president", "appointed Dr. Imani Cole chief scientist"
_NAMED_BEFORE = re.compile(
    r"(?:named|appointed|elected|nominated)\s+(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?$"
)
_AS_ROLE = re.compile(r"\s+(?:as\s+)?(?P<role>[^,.;\n]{2,120})")
_LIST_INTRO = re.compile(r",?\s+(?:including|such as|among them|namely|like)\s+$")


_WHEN = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|last|this|next|the weekend|\d|"
    r"the \d)"  # "in the 1990s"
)
_CLAUSE_END = re.compile(
    r"\s(?:said|says|told|added|who|which|and said|announced)\b|"
    # "president, effective Monday"; not "an effective prime minister"
    r"(?<!\ban)(?<!\ba)(?<!\bthe)(?<!\bmost)(?<!\bmore)\seffective\b|"
    # a clause of its own: "resigned as trade minister after emails showed …"
    # ("during and after the war" stays whole)
    r"(?<!\sand)(?<!\sor)\s(?:after|because|although|though|despite|amid|while|whereas|when|"
    r"but)\s|"
    r"\s(?:on|in|at|from|since|until|by)\s+" + _WHEN,
    re.IGNORECASE,
)


# Written in small letters, a subject or a modal verb opens a clause of its own: "the player
# he beat in the semi-finals", "the best writer I've come across", "Wales' captain will be
# straightforward"; so does a second verb of the name's ("… committee and was part of the
# inquiry") and where the words were said or printed ("… in a statement", "quoted in …")
_CLAUSE_START = re.compile(
    rf"\s(?:{'|'.join(_PRONOUNS)}|I)(?:['’]\w+)?\s|"
    rf"\s(?:{'|'.join(_MODALS)})\s|"
    r"\sand\s+(?:was|is|has|had|were|are|will)\s|"
    r"\sin\s+an?\s+(?:statement|interview|letter|speech|tweet|post|report)\b|"
    r"\s(?:quoted|cited)\s+(?:in|by)\s|"
    r"\sby\s+the\s+[A-Z]"  # "player of the year by the Lawn Tennis Association": who named him
)


def _first_clause(role: str) -> str:
    """Cut a role where the rest of the sentence starts ("... on Friday", "... said")."""
    cuts = [m.start() for m in (_CLAUSE_END.search(role), _CLAUSE_START.search(role)) if m]
    verb = _sentence_verb_at(role)
    if verb is not None:
        cuts.append(verb)
    if not cuts:
        return role
    role = role[: min(cuts)]
    last = role.rsplit(maxsplit=1)
    if len(last) == 2 and _past_verb(last[1]):
        return last[0]  # "a partisan seized (by the South)": the participle goes with its agent
    return role


_WORD_AND_START = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
# "a company that makes …": the relative word goes with the verb it opens
_RELATIVE_BEFORE = re.compile(r"\s+(?:that|which|who)\s*$")


def _sentence_verb_at(role: str) -> int | None:
    """Where the sentence's verb comes in a role's words ("HHS Secretary is a nightmare",
    "an alumnus canceled classes"): a lower-case word news uses only as a verb, after the
    role's first word."""
    for word in _WORD_AND_START.finditer(role):
        if word.start() and word.group() in word_set("verbs"):
            relative = _RELATIVE_BEFORE.search(role, 0, word.start())
            return relative.start() if relative else word.start()
    return None


_NOT_ROLES = frozenset({"pictured", "left", "right", "centre", "center", "above", "below", "file"})


def _describes(phrase: str, rule: str) -> bool:
    """Whether an apposition or bracket after a name describes the person."""
    if re.match(r"(?:who|whose|which|where|when|said|says|told)\b", phrase, re.IGNORECASE):
        return False
    if rule == "apposition" and (_PREDICATE_START.match(phrase) or _PAST_VERB_OBJECT.match(phrase)):
        return False  # "His deputy, Jane Roe, will act as mayor": the sentence's verb
    if rule == "apposition" and _CLAUSE_OPENER.match(phrase):
        return False  # "… from Tom Vane, but the referee had blown", "Jane Roe, she was …"
    first = phrase.split(maxsplit=1)[0] if phrase.strip() else ""
    if _ing_verb(first):
        return False  # ", replacing actor Tom Vale": a clause, not a description
    if rule == "who-is" and first.endswith("ing") and first.islower():
        return False  # "who had been sitting on a chair": after "been", a verb
    if rule == "as-role" and _passive(phrase):
        return False  # "Burger, 21, was recently crowned player of the year": a verb
    if rule == "as-role":  # "as chairman"; "was an internal affairs lieutenant"
        return _contains_head(phrase, within=4 if first.lower() in ("a", "an") else 3)
    if _contains_head(phrase):
        return True
    words = phrase.split()
    if rule == "apposition":
        if _TIME_AGO.match(phrase):
            return False  # "Jane Roe, a year ago,": when, not who
        # a capital "A" after the comma opens a work's title ("…, A Different Story will …")
        return words[0] in ("a", "an") and len(words) <= 6
    if rule == "brackets":
        return (
            phrase[0].islower()
            and 2 <= len(words) <= 10
            and words[0] not in _NOT_ROLES
            and words[0] not in _STOP  # "(in 2002)": when, not who
            and not SCORER_MINUTES.fullmatch(phrase)
        )
    return False


# A scorer's minutes, in brackets after his name: "14th", "1st and 55th", "penalty, 78th",
# "47th, own goal"; no role.
ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"
MINUTE_WORDS = r"(?:min(?:ute)?s?|pen(?:alty)?|own[ -]goal|og|o\.g\.|and)"
SCORER_MINUTES = re.compile(rf"(?=[^()]*?{ORDINAL})(?:[\s,]*(?:{ORDINAL}|{MINUTE_WORDS}))+\s*")

_PREDICATE_START = re.compile(
    r"(?:will|would|can|could|may|might|shall|should|must|has|have|had|is|was|were|are|does|"
    r"did|do)\b"
)

# A conjunction, a subject, "with", an infinitive's "to" or an adverbial's preposition after
# a name's comma: the sentence goes on, no apposition ("… CEO Tom Vane, over his relationship
# with President Jane Roe")
_CLAUSE_OPENER = re.compile(
    rf"(?:but|and|or|yet|so|with|to|over|about|after|before|during|despite|amid|against|"
    rf"among|since|until|alongside|beside|besides|unlike|including|except|without|"
    rf"{'|'.join(_PRONOUNS)}|I)\b"
)
# "His daughter, Jane Roe, joined his delegation …": a verb in the past and its object, the
# sentence's predicate ("Jane Roe, retired teacher" is a description: no object follows)
_IRREGULAR_PAST = (
    "won took met made gave led became began ran saw wrote sent brought left told got went came "
    "held kept paid lost sold spent struck drew beat sang hit shot threw caught fought"
).split()
_PAST_VERB_OBJECT = re.compile(
    r"(?:[a-z]+ed|" + "|".join(_IRREGULAR_PAST) + r")\s+"
    r"(?:his|her|its|their|the|a|an|our|my|this|that|these|those)\b"
)


def _passive(phrase: str) -> bool:
    """ "recently crowned player …", "crowned player …": a verb in the past, an adverb before it
    or not, opens the phrase ("currently chairman" is a role)."""
    words = phrase.split()[:2]
    if words and words[0].endswith("ly"):
        words = words[1:]
    return bool(words) and _past_verb(words[0])


def _past_verb(word: str) -> bool:
    """A verb in the past ("shocked", "sang"), not an adjective made of one ("retired")."""
    word = word.lower()
    return word in _IRREGULAR_PAST or (word.endswith("ed") and word not in _ED_ADJECTIVES)


# "a year ago", "a few days later", "an hour before": a time set off by commas after a name
_TIME_AGO = re.compile(
    r"an?\s+(?:\w+\s+)?(?:year|month|week|day|decade|hour|minute|moment|night|while)s?"
    r"\s+(?:ago|later|earlier|before|after|on)\b",
    re.IGNORECASE,
)


def _after(start: int, rule: str, group: re.Match[str]) -> Found | None:
    raw = _first_clause(group.group("role")).strip()
    role = _clean(raw)
    if not role or not _describes(raw, rule) or len(role) > _MAX_ROLE:
        return None
    if rule == "apposition" and _adjectives_listed(raw, group.string, group.end("role")):
        return None
    if role[0].isdigit() and not _AGED.match(role):  # a score; but "45-year-old teacher"
        return None
    return _role_in(start, group, role, rule)


# the next of adjectives listed before their noun: "bearded", or a compound ("owl-like",
# "soft-spoken")
_NEXT_ADJECTIVE = re.compile(r"\s*,\s*(?P<word>[A-Za-z]+-[a-z]+|[a-z]+)\b(?!-)")


def _adjectives_listed(phrase: str, text: str, end: int) -> bool:
    """ "Tom Vane, a tall, bearded man who …": the apposition's comma comes between adjectives
    listed before the noun they describe, not after a role ("a Belgian national, was")."""
    words = phrase.split()
    if not words or words[-1].lower() not in word_set("adjectives"):
        return False
    after = _NEXT_ADJECTIVE.match(text, end)
    return after is not None and (
        "-" in after.group("word") or after.group("word") in word_set("adjectives")
    )


def _role_in(start: int, group: re.Match[str], role: str, rule: str) -> Found:
    """The role where its cleaned words stand in the match's role group (matched from start)."""
    role_start = start + group.start("role") + group.group("role").find(role[:10])
    return Found(role, role_start, role_start + len(role), rule)


# "Jane Roe, who heads the regional administration": the office a verb names.
_WHO_DOES = re.compile(
    r"\s*,\s*who\s+(?:also\s+|now\s+|currently\s+)?(?P<verb>heads|headed|leads|led|chairs|chaired|"
    r"directs|directed|manages|managed|coaches|coached|edits|edited|owns|founded|co-founded|"
    r"advises|advised)\s+"
    # an object, not an adverbial: "who leads on education", "who led by example"
    r"(?!(?i:on|in|by|for|with|from|at|to|over|against|after|into|through|off|out|up|down|away)\b)"
    r"(?P<object>[^,.;:()\n]{2,80})"
)
_OFFICE_OF_VERB = {
    "head": "head of",
    "lead": "leader of",
    "led": "leader of",
    "chair": "chair of",
    "direct": "director of",
    "manag": "manager of",
    "coach": "coach of",
    "edit": "editor of",
    "own": "owner of",
    "found": "founder of",
    "co-found": "co-founder of",
    "advis": "adviser to",
    # _WHO_PLAYS's verbs with their preposition: "who plays for Quaytown"
    "play": "player for",
    "teach": "teacher at",
    "taught": "teacher at",
}
OBJECT_WORDS = 8  # "who heads the institute of strategic and international studies"


def _office_of(verb: str) -> str:
    for stem, office in _OFFICE_OF_VERB.items():
        if verb.startswith(stem):
            return office
    raise ValueError(verb)  # every verb of _WHO_DOES and _WHO_PLAYS has an office


# "Jane Roe, who plays for Quaytown", "who teaches at the Harbour School": the part a verb
# and its preposition name
_WHO_PLAYS = re.compile(
    r"\s*,\s*who\s+(?:also\s+|now\s+|currently\s+)?"
    r"(?P<verb>(?:plays|played) for|(?:teaches|taught) at)\s+"
    r"(?P<object>(?:the\s+)?[A-Z][^,.;:()\n]{1,80})"
)


def role_of_verb(text: str, end: int) -> Found | None:
    """ "Jane Roe, who heads the agency" → "head of the agency" (derived: the text's words are
    a verb, the role is the office it names)."""
    match = _WHO_DOES.match(text, end) or _WHO_PLAYS.match(text, end)
    if match is None:
        return None
    words = _first_clause(match.group("object")).split()[:OBJECT_WORDS]
    if not words:
        return None
    value = f"{_office_of(match.group('verb'))} {' '.join(words)}"
    return Found(_clean(value), match.start("verb"), match.end("object"), "who-does", True)


# "Jane Roe – a Barbadian economist resident in Canada, will speak": an apposition set off by a
# dash; only with an article, since a dash after a name also starts a headline's second half.
_DASH_APPOSITION = re.compile(
    r"\s+[–—]\s+(?P<role>(?:a|an|the)\s+[^,.;()\n–—\"“”]{2,120}?)\s*(?=,|\.\s|\.$|;|\n|[–—]|$)"
)


# "Tom Vane MP said": a member's letters after the name
_POST_NOMINAL = re.compile(r"\s+(?P<role>MP|MEP|MSP|MLA)\b(?![\w'’-])")


def post_nominal(text: str, end: int) -> Found | None:
    """The letters of a member after the name ("Tom Vane MP"): the role where no other is."""
    match = _POST_NOMINAL.match(text, end)
    if match is None:
        return None
    return Found(match.group("role"), match.start("role"), match.end("role"), "post-nominal")


# "Jane Roe (R), vice rector of …": where the person stands in a picture, passed over
_POSITION_MARK = re.compile(
    r"\s*\((?:L|R|C|left|right|centre|center|pictured|above|below|top|bottom|file)\)", re.IGNORECASE
)


# "According to Tom Vane," then the sentence: what follows the comma is its subject, not an
# apposition, where no comma closes it before the verb
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*\Z")
ACCORDING_REACH = 60  # characters before a name's end where "according to" stands


def role_after(text: str, end: int) -> Found | None:
    mark = _POSITION_MARK.match(text, end)
    if mark:
        end = mark.end()
    found = role_of_verb(text, end)
    if found:
        return found
    window = text[end : end + 200]
    listed = _LISTED_APPOSITION.match(window)
    if listed and set(listed.group("rest").lower().split()) & lexicon("role_heads"):
        # the office's head stands after the list, past where a head is sought
        role = _clean(listed.group("role"))
        if role and len(role) <= _MAX_ROLE:
            return _role_in(end, listed, role, "apposition")
    for pattern, rule in (
        (_BRACKETS, "brackets"),
        (_WHO_IS, "who-is"),
        (_APPOSITION, "apposition"),
        (_DASH_APPOSITION, "apposition"),
        (_NAMED_AFTER, "named-as"),
        (_AS_AFTER, "as-role"),
        (_REMAINS, "as-role"),
    ):
        match = pattern.match(window)
        if not match:
            continue
        if (
            pattern is _APPOSITION
            and not _ARTICLE_FIRST.match(match.group("role"))
            and _AGENT_OF_PARTICIPLE.search(text, max(0, end - AGENT_REACH), end)
        ):
            continue  # "The film, directed by Tom Vane, received …": the sentence's verb
        if (
            pattern is _APPOSITION
            and _ACCORDING_TO.search(text, max(0, end - ACCORDING_REACH), end)
            and _sentence_verb_at(match.group("role")) is not None
        ):
            continue  # "According to Tom Vane, a detective … was given": the clause's subject
        found = _after(end, rule, match)
        if found:
            return found
    return None


def role_named_before(text: str, start: int, end: int, floor: int) -> Found | None:
    """ "... named John Smith president and chief executive ..." """
    if not _NAMED_BEFORE.search(text[floor:start]):
        return None
    match = _AS_ROLE.match(text, end)
    if not match:
        return None
    role = _clean(_first_clause(match.group("role")))
    if not role or not _contains_head(role, within=3):
        return None
    return Found(role, match.start("role"), match.start("role") + len(role), "named-as")


_NEXT_NAME = re.compile(r"\s*(?:,|,?\s+and)\s+[A-Z]")


def _coordinated(
    text: str, start: int, end: int | None, after_intro: int, names_before: list[tuple[int, int]]
) -> bool:
    """Whether the name is one of a list of names ("X and Y", "X, Y and Z") straight after
    the words before it: another name stands between, or one follows."""
    if any(after_intro <= s and e <= start for s, e in names_before):
        return True
    return end is not None and _NEXT_NAME.match(text, end) is not None


def role_from_list(
    text: str,
    start: int,
    floor: int,
    names_before: list[tuple[int, int]],
    end: int | None = None,
) -> Found | None:
    """ "the community activists, including Samir Lutvaliyev and Anar Usubov" → community activist;
    so does "community activists Samir Lutvaliyev and Anar Usubov"."""
    prefix = text[floor:start]
    # Remove the other listed names (and their brackets) between the intro and this name.
    cut = prefix
    for s, e in sorted(names_before, reverse=True):
        if floor <= s and e <= start:
            cut = cut[: s - floor] + " " * (e - s) + cut[e - floor :]
    cut = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), cut)
    trimmed = cut.rstrip()
    while True:
        stripped = re.sub(r"(?:,|\band\b|\s)+$", "", trimmed)
        if stripped == trimmed:
            break
        trimmed = stripped
    intro = _LIST_INTRO.search(trimmed + " ")
    if intro:
        words = list(_WORD.finditer(cut[: intro.start()]))
    elif _coordinated(text, start, end, floor + len(trimmed), names_before):
        # "cabinet ministers Jane Roe and John Doe": a plural office right before the names
        words = list(_WORD.finditer(trimmed))
    else:
        return None
    if not words:
        return None
    singular = _singular(words[-1].group())
    if not singular:
        return None
    first = _modifiers_start(cut, words, len(words) - 1)
    role_start = floor + words[first].start()
    role_end = floor + words[-1].end()
    modifiers = text[role_start : floor + words[-1].start()]
    return Found(_clean(modifiers + singular), role_start, role_end, "list-intro")


_CLAUSE_BEFORE_NAME = re.compile(
    r"\s+(?:on|in|at|about|over|during|after|before|against|from|by|with)\s+$"
)


def role_cut_before(text: str, role: Found, other: int) -> Found | None:
    """The role up to the phrase that brings in another person at `other` ("aide to the
    mayor on Tom Vane's plan"), if what is left still names a role; None where the other
    person follows with no such phrase (a list of people, not a role)."""
    clause = _CLAUSE_BEFORE_NAME.search(text, role.start, other)
    if clause is None:
        return None
    value = _clean(text[role.start : clause.start()])
    if not value or not _contains_head(value):
        return None
    start = role.start + text[role.start : clause.start()].find(value[:10])
    return Found(value, start, start + len(value), role.rule)
