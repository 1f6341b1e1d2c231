"""Extraction: text in, record out. Pure and deterministic: no disk, network or database."""

from __future__ import annotations

import re
from dataclasses import replace

from newscat.extract.authors import extract_authors
from newscat.extract.dates import extract_published
from newscat.extract.metadata import read_metadata, split_site_suffix, stated_url
from newscat.extract.people import PersonSpans, extract_people
from newscat.extract.reading_copy import ReadingCopy
from newscat.extract.record import Extraction, Found, Person
from newscat.extract.source import (
    as_the_text_spells,
    brand,
    copyright_holders,
    extract_source,
    holding_company,
    logo_line,
    masthead_above,
    named_after,
    newsletter_name,
)
from newscat.extract.story_start import lines_above, story_window
from newscat.extract.structure import comments_start, in_runs, story_people
from newscat.extract.summary import extract_summary
from newscat.extract.text import (
    last_written_lines,
    normalise,
    split_lines,
    without_furniture,
    word_count,
)
from newscat.extract.title import extract_title, refine_title
from newscat.extract.unwrap import unwrapped
from newscat.extract.words import lexicon
from newscat.extract.yearless import yearless_byline_date
from newscat.folding import fold

__all__ = ["Extraction", "Found", "Person", "PersonSpans", "extract", "normalise"]


SOURCE_TRIES = 3  # answers of the source rules passed over for naming a person
_WRITER_RULES = frozenset({"byline", "sign-off"})


def _source_not_a_person(text: str, people: list[Person], authors: list[Found]) -> Found | None:
    """The outlet, never a person: a sign-off or byline that names someone the people or
    author rules found ("Mara Lind" under a wire story) is the writer, so the rules are
    asked again with that name blanked out (offsets kept), and the next answer stands."""
    writers = {fold(author.value) for author in authors}
    named = writers | {fold(person.name) for person in people}
    for _ in range(SOURCE_TRIES):
        source = extract_source(text)
        # a byline or sign-off is where a writer's name stands; elsewhere a name the people
        # rules took may be the outlet's own ("Harbour Consortium" on its copyright line)
        names = named if source is not None and source.rule in _WRITER_RULES else writers
        if source is None or fold(source.value) not in names:
            return source
        text = text[: source.start] + " " * (source.end - source.start) + text[source.end :]
    return None


def _not_the_outlet(text: str, people: list[Person], source: Found | None) -> list[Person]:
    """ "Source: Al Jazeera": a name found only inside the source's own words is the outlet;
    so is a name that is the source's own, or the site's (its copyright's holder, where the
    source is a wire agency), however often the page writes it ("the Harbour Wire app",
    "Get the Quay Courier morning briefing", "© Harbour Wire")."""
    if not people:
        return people
    outlets = {_without_article(fold(holder)) for holder in copyright_holders(text)}
    if source is not None:
        outlets.add(_without_article(fold(source.value)))
    return [
        p
        for p in people
        if not (
            source is not None
            and p.mentions == 1
            and source.start <= p.start
            and p.end <= source.end
        )
        and not _outlet_s_name(fold(p.name), outlets)
    ]


def _outlet_s_name(name: str, outlets: set[str]) -> bool:
    """The outlet's own name, or one that opens with it ("Gleaner Classifieds" where the
    outlet is The Gleaner: its product or section; "Michael Bloomberg" ends with one: a
    person)."""
    return _without_article(name) in outlets or any(
        name.startswith(outlet + " ") for outlet in outlets if outlet
    )


def _without_article(name: str) -> str:
    return name.removeprefix("the ")


# A photographer's name before the outlet's in a credit: words with initials' stops, never a
# sentence's full stop ("… by Attic painter Paseas. SIA/EFAK/YPPOA": the credit's its own)
_CREDITED_WORD = r"[A-Z](?:[\w'’-]|\.(?=[A-Z]))*(?:\.(?<![a-z]{2}\.))?"
_CREDITED_NAME = _CREDITED_WORD + r"(?: " + _CREDITED_WORD + r"){1,3}"
# A photographer's credit: "(Manu Fernandez/AP)", "REUTERS/Jane Doe", "Jane Doe — Getty Images",
# "(Picture by Jane Doe)", "Photo: Jane Doe". The name is the picture's, not the story's.
_PHOTO_CREDIT = re.compile(
    # "(AP Photo/Jane Doe, File)": an archive picture's credit
    r"\((?:(?:photo|picture|image)s?\s*(?:by|:)\s*)?[A-Z][\w.'’ -]{2,40}/ ?[A-Z][\w .]{1,20}"
    r"(?:,[ \t]*[A-Z][\w .]{1,20})?\)"
    r"|\b(?:REUTERS|AFP|AP|EPA|Getty Images)\s*/\s*[A-Z][\w.'’ -]{2,40}"
    r"|[A-Z][\w.'’ -]{2,40}\s*[—–-]\s*(?:Getty Images|AFP|Reuters|AP|EPA)\b"
    # "(Photo by Jane Doe)", "(Harbour Gazette photo by Jane Doe)", "(File picture: Jane Doe)"
    r"|\((?:[A-Z][\w&'’.-]*[ \t]+){0,3}(?i:photo|picture|image)s?\s*(?:by|:)\s*[A-Z][\w.'’ -]{2,40}\)"
    r"|\b(?:(?:Cover|Featured|Top|Lead|Main|Header) (?i:photo|picture|image)|Photo(?:graph)?|Picture|"
    r"Image|Photo credit|Credit|Photographer|Photo illustration)s?\s*(?:by|:)\s*[A-Z][\w.'’ -]{2,40}"
    r"|\b(?:PHOTO(?:GRAPH)?|PICTURE|IMAGE)S?\s*(?:BY|:)\s*[A-Z][A-Z.'’ -]{2,40}"  # "PHOTO BY JANE ROE"
    # "Photo courtesy of Jane Roe", "Courtesy: Jane Roe" (not "the files, courtesy of Jane Roe")
    r"|(?:\b(?:Photo|Picture|Image)s?[ \t]+|^[ \t]*)(?i:courtesy)(?:[ \t]+of)?[ \t]*:?[ \t]*"
    r"[A-Z][\w.'’ -]{2,40}"
    # "The terminal at dawn. Lena Morrow for the Harbour Gazette": after a caption's sentence
    r"|(?<=\. )[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} for (?:the )?[A-Z][\w.&'’ -]{1,40}[ \t]*$"
    # "The terminal at dusk. Lena Morrow/Harbour Gazette": a name and an outlet ending a line,
    # or a caption's furniture after them ("Lena Morrow/Harbour Wire hide caption"); an agency
    # after the outlet too ("Lena Morrow/Harbour Wire/Quay Images")
    r"|(?<![\w/])" + _CREDITED_NAME + r"(?: ?/ ?[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}){1,3}"
    r"(?:[ \t]*$|[ \t]+(?=[a-z]))"
    # "Lena Morrow | Harbour Wire | Getty Images": a line of a name and who it works for, or
    # the end of a caption's line ("The terminal at dusk. | Lena Morrow | Harbour Wire")
    r"|(?:^[ \t]*|(?<=[.!?])[ \t]*\|[ \t]*)[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}"
    r"(?:[ \t]*\|[ \t]*[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}){1,3}[ \t]*$",
    re.MULTILINE,
)


# The page's production credits, a label then the names, at a line's start or after a
# separator: "Graphics by Jane Roe", "Design: Jane Roe | Development: Tom Vane", "Fact-checked
# by Jane Roe". Those named made the page, not the news.
_PRODUCTION_CREDIT = re.compile(
    r"(?:^|[|;•·]\s*)\W*(?i:graphics?|illustrations?|design(?:ed)?|development|videos?|animation|"
    r"audio|sound|data|research|interactive|art direction|copy ?edit(?:ed|ing)?|"
    r"fact-?check(?:ed|ing)?|produc(?:ed|tion|ers?)|photography|cartography|maps?|"
    r"visuals?|infographics?|translat(?:ed|ion)|(?:medically )?reviewed|narrat(?:ed|ion))"
    r"(?:\s+(?i:by)\s+|\s*:\s*)"
    r"[A-Z][\w.'’-]+(?:[ \t]+(?:and[ \t]+|&[ \t]+)?[A-Z][\w.'’-]+|,[ \t]*[A-Z][\w.'’-]+){0,11}",
    re.MULTILINE,
)


# What a photo credit holds one of at least (the credits are sought only then)
_CREDIT_MARKS = ("/", "Getty", "hoto", "HOTO", "icture", "ICTURE", "mage", "redit", "ourtesy")
# or a caption's "… Jane Roe for the Harbour Gazette", or a line of "Jane Roe | Harbour Wire"
# (alone, or after a caption's sentence)
_CREDIT_HINT = re.compile(
    r" for (?:the )?[A-Z][\w.&'’ -]{1,40}[ \t]*$"
    r"|(?:^[ \t]*|[.!?][ \t]*\|[ \t]*)[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}[ \t]*\|",
    re.MULTILINE,
)

# The writer's contact and social lines under a story: "Contact Jane Roe at jroe@…", "Follow
# Jane Roe on X", "Jane Roe on Facebook": the name is the page's, not the story's.
_CONTACT_LINE = re.compile(
    r"^\W*(?:(?i:contact|email|e-mail|reach|write to)[ \t]+(?:[A-Z][\w.'’-]+"
    r"(?:[ \t]+[A-Z][\w.'’-]+){1,3})[ \t]+(?i:at|on|via)[ \t]+\S*@"
    r"|(?:(?i:follow)[ \t]+)?[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3}[ \t]+(?i:on)[ \t]+"
    r"(?i:twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok|mastodon)\W*$)",
    re.MULTILINE,
)


def _not_a_photographer(text: str, people: list[Person]) -> list[Person]:
    """People named only inside photo or production credits took the pictures or made the
    page: they are page furniture."""
    if not people:
        return people
    credits = [(m.start(), m.end()) for m in _PRODUCTION_CREDIT.finditer(text)]
    credits += [(m.start(), m.end()) for m in _CONTACT_LINE.finditer(text)]
    if any(mark in text for mark in _CREDIT_MARKS) or _CREDIT_HINT.search(text):
        credits = sorted(credits + [(m.start(), m.end()) for m in _PHOTO_CREDIT.finditer(text)])
    if not credits:
        return people
    starts = [a for a, _ in credits]

    def credited(position: int) -> bool:
        return in_runs(starts, credits, position)

    first_in_credit = [p for p in people if credited(p.start)]
    if not first_in_credit:
        return people
    # named again: still the photographer when given name and surname stand only in credits
    # ("(Picture by Jane Roe)" under each of the article's pictures); the words' places are
    # read in one pass over the text, not one per person
    wanted = {w for p in first_in_credit if p.mentions > 1 for w in _ends(p.name)}
    outside: set[str] = set()
    if wanted:
        for word in _WORD.finditer(text):
            if word.group() in wanted and not credited(word.start()):
                outside.add(word.group())

    def photographer(person: Person) -> bool:
        if person.mentions == 1:
            return True
        ends = _ends(person.name)
        return len(ends) == 2 and not (set(ends) & outside)

    dropped = {id(p) for p in first_in_credit if photographer(p)}
    return [person for person in people if id(person) not in dropped]


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _ends(name: str) -> tuple[str, ...]:
    """A name's given name and surname ("Jane Roe" → Jane, Roe); one word alone."""
    words = name.split()
    return (words[0], words[-1]) if len(words) > 1 else tuple(words)


# A metadata block's fields that describe the page, not the story: names there are labels
# ("categories: ['Editors Pick']"), the site's name or its address.
_PAGE_FIELDS = (
    "categories",
    "tags",
    "sitename",
    "hostname",
    "url",
    "source",
    "license",
    "forwarded_by",  # an email's forwarder
)


def _not_in_page_fields(text: str, people: list[Person]) -> list[Person]:
    """People named once, inside the page's own fields of a metadata block, or in the site
    name after the headline in its title ("Headline | Al Harbour"), are no people at all;
    nor is the site's name, however often the page writes it."""
    metadata = read_metadata(text)
    if metadata is None or not people:
        return people
    spans = [
        (found.start, found.end) for key in _PAGE_FIELDS if (found := metadata.get(key)) is not None
    ]
    sitename = metadata.get("sitename")
    sites = {fold(sitename.value)} if sitename is not None else set()
    title = metadata.get("title")
    if title is not None:
        _, site = split_site_suffix(title.value)
        if site:
            start = title.start + title.value.rindex(site)
            spans.append((start, start + len(site)))
            sites.add(fold(site))
    return [
        person
        for person in people
        if fold(person.name) not in sites  # the site's own name, however often written
        and (person.mentions > 1 or not any(a <= person.start < b for a, b in spans))
    ]


# A writer's bio opens with the writer's name and what they are or do.
_BIO_VERB = re.compile(r"[ \t]+(?:is|was|has|had|covers|writes|reports|joined|previously|lives)\b")
BIO_LINES = 4  # the bio stands among the text's last lines


def _not_in_writer_bio(text: str, people: list[Person], authors: list[Found]) -> list[Person]:
    """ "Jane Roe is the Courier's politics reporter. She worked with editor Tom Vane at the
    Echo.": under the story, a line that opens with its writer's name is their bio, and the
    people named only there are the writer's, not the story's."""
    if not authors or not people:
        return people
    bios = []
    for line in last_written_lines(text, BIO_LINES):
        opening = line.text.lstrip()
        for author in authors:
            if opening.startswith(author.value) and _BIO_VERB.match(opening, len(author.value)):
                bios.append((line.start, line.end))
    if not bios:
        return people
    return [p for p in people if p.mentions > 1 or not any(a <= p.start < b for a, b in bios)]


def _not_an_author(people: list[Person], authors: list[Found]) -> list[Person]:
    """The journalists credited with the piece are not people of the story."""
    if not authors:
        return people
    from newscat.folding import fold

    written = {fold(author.value) for author in authors}
    # the writer's surname alone: "Priya Ostrowski is a columnist …" read as "Ostrowski"
    written |= {name.split()[-1] for name in written if " " in name}
    return [
        person
        for person in people
        if fold(person.name) not in written
        # a part of a byline's name read apart: "QUILLON" of "BY DANA KELSO AND MARA QUILLON"
        and not any(author.start <= person.start < author.end for author in authors)
    ]


# What credits the story itself: where a page copied whole has one, it outranks the page's
# footer (its copyright names the site, or the site's owner)
_STORY_CREDITS = frozenset({"source-line", "wire-dateline", "byline", "syndication"})


_LAST_GUESSES = frozenset({"told", "address-prompt"})


def _story_credit(
    text: str, story_start: int, story_end: int, people: list[Person], authors: list[Found]
) -> Found | None:
    """A page copied whole: the credit of its story, read from the headline to the story's
    end, so a reporter's sign-off under the last paragraph is the story's last line."""
    if not story_start or story_end >= len(text):
        return None
    found = _source_not_a_person(text[:story_end], people, authors)
    if found is None:
        return None
    if found.rule == "sign-off":  # a reporter's ("Jane Roe, Harbour Radio News."), not a
        # label the story's end left last ("Useful Links")
        line_start = text.rfind("\n", 0, found.start) + 1
        return found if "," in text[line_start : found.start] else None
    return found if found.rule in _STORY_CREDITS else None


OTHER_BOXES = 3  # credits under a page's story read as other boxes' before giving up


def _page_credit(
    text: str, story_start: int, story_end: int, people: list[Person], authors: list[Found]
) -> Found | None:
    """The credit the whole page gives: where it has a story, a source line under the story's
    end ("SOURCE: Ratings Wire" under a chart in the sidebar) is another box's, and is passed
    over (a syndication credit, a copyright or the site's name are the page's own)."""
    for _ in range(OTHER_BOXES):
        found = _source_not_a_person(text, people, authors)
        if not story_start or found is None or found.rule != "source-line":
            return found
        if found.start < story_end:
            return found
        line_start = text.rfind("\n", 0, found.start) + 1
        line_end = text.find("\n", found.end)
        line_end = len(text) if line_end < 0 else line_end
        text = text[:line_start] + " " * (line_end - line_start) + text[line_end:]
    return None


def _story_of(text: str) -> tuple[str, int, int]:
    """A page copied whole, with the furniture above its headline blanked out (offsets kept:
    evidence still indexes the whole text), where its story starts (0: the text starts with
    it) and where it ends."""
    if read_metadata(text):
        return text, 0, len(text)  # a metadata block heads a main text trafilatura cut already
    start, end = story_window(text)
    return ("\n" * start + text[start:] if start else text), start, end


def _story_headline(text: str, start: int) -> Found | None:
    """A page copied whole: its headline is the line the story was found from, its own
    block or not (a page's copy may run the headline, standfirst and byline together)."""
    if not start:
        return None
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    value = text[start:end].strip()
    return Found(value, start, start + len(value), "story-headline")


# Credits that say what they are, wherever they stand under a story: "Additional reporting
# by …", "… contributed to this report", "With files from …"
_STATED_CREDITS = frozenset({"credit", "contributed", "with-files"})


def _authors(text: str, story_end: int) -> list[Found]:
    """The credits of the story: its byline, and the credits under it, where its last
    lines are (a whole page's end is its footer's)."""
    if story_end >= len(text):
        return extract_authors(text)
    # a page copied whole is read to its story's end: a quotation's "- Jane Roe" in the
    # sidebar under the story is no sign-off of it; a stated credit past a box or a
    # line-up that ended the story's prose still credits it
    authors = extract_authors(text[:story_end])
    known = {author.value.casefold() for author in authors}
    return authors + [
        replace(author, start=author.start + story_end, end=author.end + story_end)
        for author in extract_authors(text[story_end:])
        # (a facts box's "Author Jane Roe" under a story no byline credits)
        if (author.rule in _STATED_CREDITS or (author.rule == "facts-box" and not authors))
        and author.value.casefold() not in known
    ]


DATE_ABOVE_HEADLINE = 4  # lines over a page's headline where its date may stand


def _writer_over_headline(
    full_text: str, text: str, story_start: int, story_end: int
) -> list[Found]:
    """A page copied whole whose byline stands over its headline, with the date ("Jane Roe"
    / "Politics" / "Nov 7, 2023" / the headline), or whose writer's name alone stands under
    the headline and the date over it ("Mar 29, 2019" / "Community" / the headline / "Jane
    Roe"): its writer, a given name first, where no credit stands from the headline down."""
    if not story_start:
        return []
    with_header = _with_header_above(full_text, text, story_start)
    return [
        author
        for author in extract_authors(with_header[:story_end])
        if author.value.split()[0].lower() in lexicon("first_names")
    ]


DATE_UNDER_HEADLINE = 8  # lines under it where its byline's date stands
BYLINE_UNDER_HEADLINE = 12  # and a byline, below a sign-up box's lines too


def _with_header_above(full_text: str, text: str, start: int) -> str:
    """The story with the few lines over its headline ("Politics" / "April 21, 2022"), where
    a page may print its date."""
    if not start:
        return text
    above = lines_above(full_text, start, DATE_ABOVE_HEADLINE)
    return "\n" * above + full_text[above:]


def _published(full_text: str, text: str, story_start: int) -> Found | None:
    """The date of a page copied whole: from the lines over its headline down, but where a
    date stands under the headline too (its byline's), that one: a date over the headline
    and its menus may be the day of the visit."""
    published = extract_published(
        _with_header_above(full_text, text, story_start), headline_at=story_start
    )
    if published is None or published.start >= story_start or published.rule == "published-line":
        return published  # "Posted on April 22, 2022" over the headline is the story's
    under = extract_published(text, headline_at=story_start)
    if under is not None and text.count("\n", story_start, under.start) <= DATE_UNDER_HEADLINE:
        return under
    return published


def _published_above(
    full_text: str, text: str, story_start: int, comments: int | None
) -> Found | None:
    """The story's date, read above the readers' comments: a comment's own date ("Gerald
    Pike / March 4, 2024 at 9:12 am") is no date of the story."""
    published = _published(full_text, text, story_start)
    if published is None or comments is None or published.start < comments:
        return published
    return _published(full_text[:comments], text[:comments], story_start)


def _year_from_copyright(
    full_text: str, text: str, title: Found | None, story_start: int
) -> Found | None:
    """The byline's date without its year, under the headline, of the copyright's year."""
    headline = title.start if title is not None and not title.derived else story_start
    return yearless_byline_date(full_text, text, headline, BYLINE_UNDER_HEADLINE)


def extract(
    text: str, *, filename: str | None = None, people_finder: PersonSpans | None = None
) -> Extraction:
    """Extract publication date, source, title, people with roles, summary and word count.

    The text is normalised first; every evidence span indexes the normalised text, which is
    what the catalogue stores. `filename` is accepted for rules that may use it; none does yet.
    `people_finder` replaces the built-in person rules with another recogniser's name spans
    (see newscat.extract.spacy_people); roles and surname linking still apply.
    """
    stored = normalise(text)
    copy = ReadingCopy(stored)  # plain spaces, indentation moved out of the rules' way
    full_text = copy.text
    text, story_start, story_end = _story_of(full_text)
    comments = comments_start(text)
    title = extract_title(text)
    if title is not None and comments is not None and title.start >= comments:
        title = extract_title(text[:comments])  # a reader's name is no headline
    headline = _story_headline(text, story_start)
    if headline and (title is None or title.derived):
        title = headline  # the rules found no headline of its own block: the story's
    # the people's and the credits' rules read a copy wrapped at a width a paragraph a line,
    # as pages are (the same positions: a name is found where it stands)
    reading = unwrapped(text)
    authors = _authors(reading, story_end) or _writer_over_headline(
        full_text, text, story_start, story_end
    )
    if comments is not None:  # a writer named under the comments heading is a reader
        authors = [author for author in authors if author.start < comments]
    story = without_furniture(reading)
    people = _not_an_author(extract_people(story, people_finder), authors)
    people = _not_in_page_fields(reading, _not_in_writer_bio(reading, people, authors))
    people = story_people(story, _not_a_photographer(reading, people), title, comments)
    if story_start:  # a page copied whole: names under the story are other stories' lists
        people = [person for person in people if person.start < story_end]
    source = _story_credit(text, story_start, story_end, people, authors)
    if story_start and source is None:
        # a newsletter's name over the post, its button under it: the page's top is blanked
        source = newsletter_name(full_text)
    source = source or _page_credit(text, story_start, story_end, people, authors)
    if story_start and (source is None or source.rule in _LAST_GUESSES):
        # the outlet's name over the page's menus; the outlet someone in the story told, or
        # an address a prompt names, is the last guess, which the page's own masthead outranks
        source = masthead_above(full_text, story_start) or source
        source = source or _source_not_a_person(full_text, people, authors)
    elif source is not None and source.rule == "copyright":
        # "© Kestrel Media Ltd" under the story, "THE KESTREL POST" over the headline
        top = story_start or (title.start if title else 0)
        header = [line for line in split_lines(full_text[:top]) if line.text.strip()]
        owned = holding_company(source.value)
        # a brand the header shows as its own ("Follow 247Quay", "247Quay © 2016"), or the
        # logo's line over the menu
        logo = (brand(header, source.value) or logo_line(header)) if owned else None
        source = named_after(source.value, header) or logo or source
    if source is not None:
        source = as_the_text_spells(source, full_text)
    title = refine_title(
        text,
        title,
        authors=[author.value for author in authors],
        source=source.value if source else None,
    )
    extraction = Extraction(
        text=stored,
        published=_published_above(full_text, text, story_start, comments)
        or _year_from_copyright(full_text, text, title, story_start),
        source=source,
        title=title,
        people=_not_the_outlet(full_text, people, source),
        summary=extract_summary(text, title, [author.value for author in authors]),
        word_count=word_count(text),
        authors=authors,
        url=stated_url(full_text),  # the whole copy: a printed page's under the story
    )
    return copy.stored(extraction)
