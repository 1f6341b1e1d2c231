"""Candidate names: runs of capitalised words, split where an organisation or a title ends."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from newscat.extract.text import GENRE_LABELS, WEEKDAY_WORDS, hard_wrapped, short_line_at
from newscat.extract.words import lexicon, word_set

PARTICLES = frozenset(
    [
        "van",
        "von",
        "de",
        "der",
        "den",
        "del",
        "della",
        "di",
        "da",
        "du",
        "dos",
        "das",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "el",
        "abu",
        "ben",
        "ter",
        "ten",
        "zu",
        "af",
        "wa",  # "Kengo wa Dondo", "Ngugi wa Thiong'o"
    ]
)
# Only words that can be part of a name: ones not starting with an ASCII lower-case letter or
# a digit (the rest are checked with str.isupper), and the particles. Lower-case words are
# skipped by the regex engine rather than one by one in Python; a skipped word still breaks a
# run, because _joins sees it in the gap.
# "al-Saadani", "el-Sisi", "bin-Laden": an Arabic article joined to a capitalised name.
_ARABIC_ARTICLE = r"(?:al|el|ul|ud|bin|ibn|abu|abd)-"
_ARTICLE_NAME = _ARABIC_ARTICLE + r"[^\W\d_a-z][\w'’-]*[^\W_]"
# A surname's Romance particle elided into it in small letters: "d'Estaing", "dell'Utri"
_ELISION = r"(?:d|dell|dall|degl)['’]"
# A word right after "@" or "#" is a handle or a hashtag ("@JaneRoe", "#MeToo"), no name.
_TOKEN = re.compile(
    r"(?<![\w'’@#-])(?:"
    + _ARTICLE_NAME
    + r"|"
    + _ELISION
    + r"[^\W\d_a-z][\w'’-]*[^\W_]"  # "d'Estaing", "dell'Utri"
    + "|(?:"
    + "|".join(sorted(PARTICLES, key=len, reverse=True))
    + r")(?![\w'’-])|[^\W\d_a-z](?:[\w'’-]*[^\W_])?(?:['’]s\b)?)"
)
_STARTS_WITH_ARTICLE = re.compile(_ARABIC_ARTICLE)
_POSSESSIVE = re.compile(r"['’]s$")
# "a Jane Roe-led coalition", "Janet Jackson-style": a name made an adjective ends there.
_ADJECTIVE_SUFFIX = re.compile(r"(?<=[a-z])-(?:[a-z]+ed|style|era|like|esque|type|born|run|made)$")


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    initial: bool = False  # "A." in "A. Dale"
    lower: str = field(init=False)  # computed once: read many times per token

    def __post_init__(self) -> None:
        # "İlham".lower() is "i̇lham", with a combining dot: Azerbaijani and Turkish names
        # must meet the lexicons' "ilham".
        self.lower = self.text.lower().replace("i\u0307", "i")


@dataclass
class Candidate:
    """A run of name-like words, with what stood before it in the same run."""

    tokens: list[Token]
    title: list[Token] = field(default_factory=list)  # honorific or role words just before
    honorific: bool = False

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    def name(self, text: str) -> str:
        """The name as written ("A. Lyth", "T.O'Gorman"), on one line."""
        return " ".join(text[self.start : self.end].split()).rstrip(",")


def _is_initial(text: str, token: Token) -> bool:
    return len(token.text) == 1 and token.text.isupper() and text[token.end : token.end + 1] == "."


NAME_SUFFIXES = frozenset({"jr", "sr"})
# The label of a date line, which a byline's name runs into across the line break.
LABEL_WORDS = frozenset(
    "posted published updated modified publié publiée publicado publicada actualizado "
    "veröffentlicht aktualisiert pubblicato aggiornato".split()
)
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december today yesterday tomorrow "
    "mon tue tues wed thu thur thurs fri sat".split()
)


def _joins(text: str, previous: Token, token: Token, wrapped: bool = True) -> bool:
    """Whether two tokens belong to one name: only spaces (or, in a hard-wrapped text, one line
    break) between them, or the period of an initial or an abbreviated honorific."""
    gap = text[previous.end : token.start]
    if gap.startswith("."):
        if not (_is_initial(text, previous) or previous.lower in lexicon("honorifics")):
            return False
        gap = gap[1:]
    if gap.strip(" \t\n") or gap.count("\n") > 1 or len(gap) > 3:
        return False
    # "By Staff Reporter\nEdited by: ...", "Anil Mehta\nLast Updated: ...": a header label
    # starts the next line; the name ends with the line before it.
    if "\n" not in gap:
        return True
    # "Talks resume in Geneva\nGENEVA, March 3": a short line ends its paragraph, wrapped or not
    return (
        wrapped
        and not short_line_at(text, previous.end + gap.index("\n"))
        and _LABEL_START.match(text, token.start) is None
    )


_LABEL_START = re.compile(
    r"(?:last\s+)?(?:" + "|".join(sorted(LABEL_WORDS)) + r")\b|(?:edited|written|reporting)\s+by\b",
    re.IGNORECASE,
)


def _shouting_spans(text: str) -> list[tuple[int, int]]:
    """Lines written all in capitals (wire headlines), where case says nothing about names."""
    spans = []
    start = 0
    for line in text.split("\n"):
        # Headlines are short; counting with map() keeps this cheap on long paragraphs.
        if len(line) <= 400:
            upper = sum(map(str.isupper, line))
            lower = sum(map(str.islower, line))
            if upper + lower > 8 and upper / (upper + lower) > 0.9:
                spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


# "wrote one fan on X. Music critic ...", "based in A. The": a one-letter name ending a
# sentence after a preposition of place, not an initial.
_PLACE_WORD_BEFORE = re.compile(r"\b(?:on|in|at|via) $")


_CLOCK_WORDS = frozenset({"am", "pm"})
_CLOCK_BEFORE = re.compile(r"\d(?:[:.]\d\d)?\s*$")


def clock_word(text: str, start: int) -> bool:
    """ "PM" of "01:52 PM" at start: a time's, not a prime minister's."""
    word = text[start : start + 3].rstrip(". \n").lower()
    return word in _CLOCK_WORDS and _CLOCK_BEFORE.search(text, max(0, start - 9), start) is not None


def _surname_particle(tokens: list[Token]) -> bool:
    """ "Ravi Das", "Minh Le", "Tahir Della", "Zhu De": a capitalised particle that ends a name is a
    surname where the census lists it as a surname or a given name (a given name is a
    surname too); "Jan van" (the name cut off) and a lone "Van" are not."""
    last = tokens[-1].text
    return (
        len(tokens) >= 2
        and last[:1].isupper()
        and last[1:].islower()
        and tokens[-2].lower not in PARTICLES
        and (
            last.lower() in lexicon("surnames")
            or last.lower() in lexicon("first_names")
            # "Zhu De": a Chinese family name, then a given name of one syllable
            or (len(tokens) == 2 and tokens[0].lower in EAST_ASIAN_FAMILY_NAMES)
        )
    )


# What follows a sentence's last full stop: the end of the text or line, or the next sentence
_SENTENCE_AFTER = re.compile(r"[ \t]*$|[ \t]+[\"“']?[A-Z]", re.MULTILINE)


_PRONOUN_CONTRACTION = re.compile(r"I['’](?:m|ve|ll|d)\Z")
# "Linda d'Silva", "Marcello dell'Utri": a surname's particle run into it in small letters
_ELIDED_PARTICLE = re.compile(_ELISION + r"[^\W\d_a-z]")


def _saint_in_a_surname(text: str, current: list[Token], token: Token) -> bool:
    """ "Darla St. Martin", "Jill St. John": "St." after a given name opens the surname (not
    "Main St. Police": a street's, after no given name)."""
    return (
        len(current) >= 2
        and current[-1].text == "St"
        and current[-2].lower in lexicon("first_names")
        and text[current[-1].end : token.start] == ". "
    )


def capitalised_runs(text: str) -> list[list[Token]]:
    runs: list[list[Token]] = []
    current: list[Token] = []
    shouting = _shouting_spans(text)
    # In a text with one paragraph a line, a line break ends the name ("... said Mayor Jane
    # Holt\nOfficials said ..."); in a hard-wrapped one a name may go on ("Ricky\nPonting").
    wrapped = hard_wrapped(text)
    shout_index = 0

    def flush() -> None:
        while current and current[-1].lower in PARTICLES and not _surname_particle(current):
            current.pop()
        if current:
            runs.append(current.copy())
        current.clear()

    for match in _TOKEN.finditer(text):
        word = match.group()
        article_name = bool(current) and (
            _STARTS_WITH_ARTICLE.match(word) is not None or _ELIDED_PARTICLE.match(word) is not None
        )
        if not word[0].isupper() and not article_name and (not current or word not in PARTICLES):
            if current:
                flush()
            continue
        token = Token(word, match.start(), match.end())
        # "A." is an initial; the "S." of "Sino-U.S." is the end of an abbreviation
        abbreviation_tail = text[token.start - 1 : token.start] == "." and not (
            current and current[-1].initial
        )
        if (
            _is_initial(text, token)
            and not abbreviation_tail
            and not _PLACE_WORD_BEFORE.search(text, max(0, token.start - 5), token.start)
        ):
            token = Token(token.text, token.start, token.end, initial=True)
        if clock_word(text, token.start):
            flush()  # "01:52 PM": a time, not the prime minister before the next name
            continue
        if token.lower in _AUXILIARIES:
            flush()  # "Dana Kelso Is Looking Stunning": a title-case headline's verb
            continue
        if _PRONOUN_CONTRACTION.match(word):
            flush()  # "For Quay Radio, I'm Linda Vane": the speaker, not a word of her name
            continue
        capital = token.text[0].isupper() or article_name
        particle = token.lower in PARTICLES and bool(current)
        while shout_index < len(shouting) and shouting[shout_index][1] < token.start:
            shout_index += 1
        shouted = shout_index < len(shouting) and shouting[shout_index][0] <= token.start
        if not (capital or particle) or shouted:
            flush()
            continue
        if (
            current
            and not _joins(text, current[-1], token, wrapped)
            and not _saint_in_a_surname(text, current, token)
        ):
            flush()
        if _capitals_after_a_name(current, token):
            flush()
        if not current and not capital:
            continue
        if (
            token.lower in _DOTTED_TITLES
            and (token.lower != "sen" or not current)  # "Sen.", but Hun Sen at a full stop
            and text[token.end : token.end + 1] == "."
        ):
            token = Token(token.text + ".", token.start, token.end + 1)
        if token.lower in NAME_SUFFIXES and text[token.end : token.end + 1] == ".":
            # "… shot by John Roe Jr. He was …": the full stop ends the sentence, not the name
            if _SENTENCE_AFTER.match(text, token.end + 1) is None:
                token = Token(token.text + ".", token.start, token.end + 1)
            current.append(token)
            flush()
            continue
        possessive = _POSSESSIVE.search(token.text) or _ADJECTIVE_SUFFIX.search(token.text)
        if possessive:
            token = Token(
                token.text[: possessive.start()], token.start, token.start + possessive.start()
            )
        current.append(token)
        if possessive:
            flush()
    flush()
    return runs


# A verb no one's name holds, capitalised in a title-case headline
_AUXILIARIES = frozenset("is are was were has have had does did".split())


def _capitals_after_a_name(current: list[Token], token: Token) -> bool:
    """ "Dana Kelso CNN WASHINGTON": an agency or a place in capitals after a name of two
    words in mixed case is a dateline a page ran on into it, not the name's end;
    "Jean-Claude JUNCKER" (one given name, the surname in capitals) goes on, and so do words
    in capitals that are no agency nor place ("Ben Bruce Drag IGP" of a headline)."""
    # the token's own tests first: this runs for every capitalised word of every text
    if len(token.text) < 2 or not token.text.isupper() or not current:
        return False
    if token.lower not in lexicon("wire_agencies") and token.lower not in lexicon("places"):
        return False
    mixed = [t for t in current if not t.initial and not t.text.isupper()]
    return len(mixed) >= 2 and current[-1] is mixed[-1]


_OCCUPATION_ENDINGS = ("ologist", "ician", "ographer", "iatrist")


def occupation_by_its_ending(word: str) -> bool:
    """ "primatologist", "statistician", "choreographer", "psychiatrist": no list needed."""
    return len(word) > 7 and word.endswith(_OCCUPATION_ENDINGS)


def _title_word(token: Token) -> bool:
    head = token.lower.split("-", 1)[0]  # "Secretary-General", "Chairman-in-Office"
    tail = token.lower.rsplit("-", 1)[-1]  # "Grünen-Fraktionschefin", "SPD-Chef"
    return (
        token.lower in lexicon("role_heads")
        or occupation_by_its_ending(token.lower)
        or head in lexicon("role_heads")
        or tail in lexicon("role_heads")
        or token.lower.rstrip(".") in lexicon("honorifics")
        or token.lower in lexicon("honorifics")  # "sen.": a title only with its full stop
    )


# Titles written short that are also names or words without their full stop: "Sen." (Hun
# Sen), "Rep." (rep), "Gov.", "Amb.", "Pvt.".
_DOTTED_TITLES = frozenset({"sen", "rep", "gov", "amb", "pvt"})


# "Kang Young-hoon", "Chen Chun-yeh": a Korean or Chinese family name, then a hyphenated
# given name of two short syllables, as news agencies romanise it.
EAST_ASIAN_FAMILY_NAMES = frozenset(
    "kim lee li park choi chen wang zhang liu kang cho jung yoon lim han oh seo shin kwon "
    "hwang ahn song yoo hong jeon ko moon yang son bae baek huh nam shim noh ha kwak sung cha "
    "joo woo koo min ryu na jin yu huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo "
    "zheng liang xie tang deng feng cao peng zeng xiao tian dong pan yuan cai jiang du ye "
    "cheng wei su lu ding ren shen yao chang tsai hsu kuo lai chiu tseng".split()
)
_HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,4}")


def east_asian_name(tokens: list[Token]) -> bool:
    return (
        len(tokens) == 2
        and tokens[0].lower in EAST_ASIAN_FAMILY_NAMES
        and _HYPHENATED_GIVEN_NAME.fullmatch(tokens[1].text) is not None
    )


# What ministers are ministers of: "Minister of Transport X", "Health Secretary Y".
_PORTFOLIOS = frozenset(
    "transport finance defence defense health education justice interior energy economy "
    "agriculture culture labour labor foreign trade industry environment tourism sport sports "
    "youth ecology communications".split()
)
_DESCRIPTIVE_HYPHEN = re.compile(r"-(?:based|born|bred|listed|owned|backed|led|run|raised)$")
# "Top-ranked", "Award-winning", "Long-time": a capitalised word that only describes (a
# hyphenated name's parts are capitalised: "Smith-Jones", "Jean-Pierre")
_LEADING_DESCRIPTION = re.compile(r"[A-Z][a-z]*-(?:[a-z]+(?:ed|ing)|known|time)\Z")
# A story's genre, as a kicker or label before its headline: no name starts with one.
# The page's asking words before a writer's name: "Contact Dana Kelso at …", "Follow Tom
# Vane on X" (a name of two words stays one: "Chase Young")
_ASKING_VERBS = frozenset({"contact", "email", "e-mail", "follow", "message", "reach"})
_REPORTING_VERBS = frozenset({"said", "says", "told", "asked", "added"})


def _given_name_first(segment: list[Token], given: frozenset[str]) -> bool:
    """ "Jan Kroslak", "Per Zetterquist", "Jan Allan Mueller": a given name that is also a
    common word or a month's abbreviation, then one or two more name words."""
    return (
        len(segment) in (2, 3)
        and segment[0].lower in given
        and len(segment[0].text) > 2  # "In Tokyo", "At Lincoln"
        and segment[0].lower not in TIME_WORDS
        and segment[0].lower not in _REPORTING_VERBS  # "Said Williams:" opens a quote
        and not any(t.lower in word_set("common_words") for t in segment[1:])
        and not any(t.lower in lexicon("places") for t in segment[1:])
    )


def _hyphen_description(token: Token) -> bool:
    return _DESCRIPTIVE_HYPHEN.search(token.text) is not None


# "Dutchman Arnoud Okken", "compatriot Mulugeta Wondimu": a nationality as a noun.
_NATIONALITY_NOUNS = frozenset(
    "dutchman frenchman englishman scotsman welshman irishman dutchwoman frenchwoman "
    "englishwoman scotswoman welshwoman irishwoman countryman countrywoman countrymen "
    "compatriot compatriots".split()
)


def _nationality(token: Token) -> bool:
    """ "American Nate Miller": an adjective, so a given name must follow to be sure."""
    return token.lower in word_set("demonyms")


def _nationality_noun(token: Token) -> bool:
    """ "Kenyans Evans Rutto", "Dutchman Arnoud Okken": a noun, so whoever follows is named."""
    word = token.lower
    return word in _NATIONALITY_NOUNS or (word.endswith("s") and word[:-1] in word_set("demonyms"))


# "Islamist Necmettin Erbakan", "Socialist Dana Kelso": a creed's follower (not "Lindqvist")
_CREED_FOLLOWER = re.compile(r"[a-z]{3,}(?<!qv|kv)ists?")


def _creed(token: Token) -> bool:
    return (
        token.text[:1].isupper()
        and _CREED_FOLLOWER.fullmatch(token.lower) is not None
        and token.lower not in lexicon("surnames")
        and token.lower not in lexicon("first_names")
    )


def _two_words(rest: list[Token]) -> bool:
    return len(rest) >= 2


def _given_or_east_asian(rest: list[Token]) -> bool:
    return rest[0].lower in lexicon("first_names") or east_asian_name(rest)


def _given_first(rest: list[Token]) -> bool:
    return rest[0].lower in lexicon("first_names")


def _description_end(
    segment: list[Token],
    describes: Callable[[Token], bool],
    name_follows: Callable[[list[Token]], bool],
) -> int:
    """How many leading words describe the person named after them: up to the last word that
    `describes` with at least two words after it that start a name; 0 when there is none."""
    for index in range(len(segment) - 3, -1, -1):
        if describes(segment[index]) and name_follows(segment[index + 1 :]):
            return index + 1
    return 0


_DESCRIPTIONS: list[tuple[Callable[[Token], bool], Callable[[list[Token]], bool]]] = [
    (_hyphen_description, _given_or_east_asian),
    (_nationality, _given_first),
    (_nationality_noun, _two_words),
    (_creed, _two_words),
]


# A trade a small firm is named for, after its owner's name ("Dana Kelso Photography", "Quill
# Designs"); kept apart from the tagger's organisation words, which its model was trained with.
_TRADE_WORDS = frozenset(
    "design designs photography studio consulting realty laboratory lab savings accounting".split()
)


def firm_word(token: Token) -> bool:
    """A word that ends a firm's name: an organisation's ("Productions") or a trade's."""
    return token.lower in lexicon("org_words") or token.lower in _TRADE_WORDS


# "Like Kevin I'd like to see …": the speaker's own "I", run into the name before it
FIRST_PERSON = frozenset({"i'd", "i'm", "i'll", "i've"})
# A pronoun with its verb run in ("They've", "We're", "She'll"): a sentence's subject,
# capitalised at a quotation's start, never a name
PRONOUN_CONTRACTIONS = FIRST_PERSON | frozenset(
    pronoun + ending
    for pronoun in ("you", "he", "she", "it", "we", "they", "there", "that", "who")
    for ending in ("'d", "'m", "'ll", "'ve", "'re", "'s")
)
# Letters after a name for an office or an honour ("Dana Kelso MP", "Tom Vane QC"), cut
# from its end as the tagger may read them into it
POST_NOMINALS = frozenset("mp mep msp mla mpp td qc kc obe mbe cbe kbe dbe jp".split())
# Words that name a day with a weekday after them: "Black Friday", "Super Tuesday", "Palm Sunday"
DAY_NAMERS = frozenset(
    "black cyber super good ash easter palm holy maundy shrove giving bloody".split()
)


# Organisation words that name a site, whatever follows them: "James Bay Lodge"
_SITE_WORDS = frozenset(
    "arena bay beach bridge center church court creek falls forest hall harbor harbour hills "
    "island lake park river sea springs square strait street temple vale valley".split()
)


# Legal forms that end a firm's name wherever they stand, at home and abroad ("Kelso Marine
# Oy", "Quay Holdings Bhd", "Vane Industri Tbk")
FIRM_ENDINGS = frozenset("inc corp ltd plc llc oy oyj spa srl sarl bhd berhad tbk".split())


# Words that qualify an office in its name: "Prime Minister", "Vice President"
_OFFICE_MODIFIERS = frozenset("prime vice deputy acting interim first chief senior".split())


def _middle_name(segment: list[Token], rest: list[Token]) -> bool:
    """ "Sandra Day O'Connor": a surname that is an organisation's word too ("Day", "Power"),
    between a given name and a name that is no word of the language, is a middle name; not
    a site's word ("James Bay Lodge")."""
    word, after = segment[-1], rest[:1]
    return (
        len(segment) >= 2
        and bool(after)
        and word.lower in lexicon("surnames")
        and word.lower not in _SITE_WORDS
        and segment[-2].lower in lexicon("first_names")
        and not firm_word(after[0])
        and after[0].lower not in word_set("news_words")
        and after[0].lower not in lexicon("places")
    )


def split_run(run: list[Token]) -> tuple[list[Candidate], list[list[Token]]]:
    """Cut a run into name candidates and organisation phrases.

    "Heydar Aliyev Foundation Leyla Aliyeva" → organisation [Heydar Aliyev Foundation], name
    [Leyla Aliyeva]; "Finance Minister Dilson Funaro" → name [Dilson Funaro] titled Finance Minister.
    """
    candidates: list[Candidate] = []
    organisations: list[list[Token]] = []
    segment: list[Token] = []
    for index, token in enumerate(run):
        segment.append(token)
        if (
            firm_word(token) and len(segment) > 1 and not _middle_name(segment, run[index + 1 :])
        ) or token.lower in FIRM_ENDINGS:
            organisations.append(segment)
            segment = []
    if segment and firm_word(segment[-1]):
        organisations.append(segment)
        segment = []
    if not segment:
        return candidates, organisations
    # The last title word with name words after it splits title from name.
    given = lexicon("first_names")
    title: list[Token] = []
    for index in range(len(segment) - 1, -1, -1):
        after = [t for t in segment[index + 1 :] if t.lower.rstrip(".") not in NAME_SUFFIXES]
        # "Chief Technology Officer" ends in a title word too: all of it is a title (but not
        # "Prime Minister John Major", where a given name follows)
        if not (_title_word(segment[index]) and after):
            continue
        if (
            index == 1
            and len(after) == 1
            and segment[0].lower in given
            and segment[0].lower not in word_set("demonyms")
            and not _title_word(segment[0])
            and segment[1].lower in lexicon("surnames")
            and after[0].lower not in word_set("news_words")  # "Larry King Live": a show
        ):
            break  # "Ahmad Shah Masood": a given name, a title that is a name too, a surname
        if _title_word(after[-1]) and after[0].lower not in given:
            return candidates, organisations  # a title and no name
        title, segment = segment[: index + 1], segment[index + 1 :]
        break
    # "OSCE Chairman-in-Office": a compound title and no name (but "Mervyn King" is a name)
    if (
        len(segment) > 1
        and "-" in segment[-1].text
        and _title_word(segment[-1])
        and segment[0].lower not in given
    ):
        return candidates, organisations
    # "Israel's Prime Minister acknowledged": an office's words alone (but "John Major",
    # "Stephen King": a given name first)
    if (
        len(segment) > 1
        and _title_word(segment[-1])
        and all(t.lower in _OFFICE_MODIFIERS or _title_word(t) for t in segment[:-1])
    ):
        return candidates, organisations
    common = word_set("common_words")
    while (
        segment
        and segment[0].lower in common
        and not title
        and not segment[0].initial
        and not _given_name_first(segment, given)
    ):
        segment = segment[1:]
    # "Minister of Transport Ilkhom Makhkamov": the portfolio ends the title.
    if len(segment) >= 3 and segment[0].lower in _PORTFOLIOS and not title:
        title, segment = [segment[0]], segment[1:]
    # "Transport Rashad Nabiyev", "Bürgermeister Peter Kurz": the end of a title, then a name.
    if (
        len(segment) >= 3
        and segment[0].lower not in given
        and not segment[0].initial  # "Solicitor General D. John Sauer"
        and segment[1].lower in given
        and segment[1].lower not in PARTICLES  # "Vasco da Gama": "da" is no given name here
        and f"{segment[0].lower} {segment[1].lower}"
        not in lexicon("places")  # "Los Angeles Sevens"
    ):
        title, segment = [*title, segment[0]], segment[1:]
    if len(segment) >= 3:
        # "Hong Kong-based Chen Chun-yeh", "German-born Anna Schmidt": a description, then a
        # name; "American Nate Miller", "Controversial Australian Anthony Hill": the
        # nationality (and what comes before it) describes the person who follows.
        for describes, name_follows in _DESCRIPTIONS:
            cut = _description_end(segment, describes, name_follows)
            title, segment = [*title, *segment[:cut]], segment[cut:]
    if len(segment) > 1 and (
        _LEADING_DESCRIPTION.match(segment[0].text)
        or segment[0].lower in GENRE_LABELS
        or (segment[0].lower in _ASKING_VERBS and len(segment) > 2)
    ):
        # "Top-seeded Halloran opens …": a sentence's first word describes; "Editorial
        # Quillon must answer …": a kicker's genre label runs into the headline's name
        segment = segment[1:]
    while len(segment) > 1 and (
        segment[-1].lower in TIME_WORDS
        or segment[-1].lower in LABEL_WORDS
        or segment[-1].lower.replace("’", "'") in FIRST_PERSON
        or (segment[-1].text.isupper() and segment[-1].lower in POST_NOMINALS)
    ):
        last_word = segment[-1].lower
        segment = segment[:-1]  # "Jose Miguel Insulza Monday", "Kelly Nguyen\nPosted: ..."
        if len(segment) > 1 and last_word in WEEKDAY_WORDS and segment[-1].lower in DAY_NAMERS:
            segment = segment[:-1]  # "Best Dana Kelso Black Friday deals": a day's own name
    if segment:
        honorific = any(t.lower.rstrip(".") in lexicon("honorifics") for t in title)
        candidates.append(Candidate(segment, title, honorific))
    return candidates, organisations
