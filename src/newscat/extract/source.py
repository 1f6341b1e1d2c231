"""Source (the outlet): Source: lines, wire datelines, bylines, sign-offs, copyright lines."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache
from itertools import islice

from newscat.extract.authors import given_first
from newscat.extract.dates import date_ends, find_dates, without_its_date
from newscat.extract.metadata import Metadata, read_metadata, split_site_suffix, under_metadata
from newscat.extract.record import Found
from newscat.extract.structure import english_tail
from newscat.extract.text import (
    HEADLINE_WORDS,
    LEDE_WORDS,
    OUTLET_COMMA_DATE,
    PICTURE_AGENCY,
    Line,
    caption_credit_again,
    content_lines,
    ends_sentence,
    is_boilerplate,
    last_written_lines,
    lede_line,
    links_another_story,
    menu_line,
    other_stories_heading,
    section_label,
    split_lines,
    under_menu,
)
from newscat.extract.words import lexicon, plain_word, word_set
from newscat.folding import fold

# Spellings an outlet uses for itself that readers know by another name.
ALIASES = {"reuter": "Reuters"}

_SOURCE_LINE = re.compile(
    # English, then German, Spanish/Italian/Portuguese, French, Russian, Turkish, Azerbaijani
    r"^\W*(?:source|sources|via|courtesy(?: of)?|origin|quelle|fuente|fonte|"
    r"источник|kaynak|mənbə)\s*[:\-–—]\s*(?P<name>[^\n]{2,60}?)"
    # "Source: Al Jazeera and news agencies": the outlet, not the wires it also used
    r"(?:\s*(?:,|and|with|&|\+)\s*(?:news\s+|wire\s+)?(?:agencies|wires|wire services))?\W*"
    # "Source: KNA | Edited by: Tom Vane": another field of the line after a bar
    r"(?:$|(?<=\s)\|\s*(?:edited|written|compiled|translated|reported|updated|posted|published)\b)",
    re.IGNORECASE,
)
_WIRE_DATELINE = re.compile(
    r"^[^\n]{0,80}?(?:\((?P<name>[A-Z][\w.&'’ -]{0,28}?)\)|/(?P<slashed>[A-Z][\w.&'’ -]{1,28}?)/)"
    r"(?:\s*(?:[-–—:]|\s-)|[ \t]*(?=[A-Z]))",
    re.MULTILINE,
)  # "LONDON (Reuters) -", "SAN FRANCISCO, June 3, 2025 /PRNewswire/ --", "New Delhi (PTI) The",
# "Tokyo (CNN)Police said" (the credit glued to the lede, as copies of some pages have it)
# "File photo of the president at the summit. (Reuters)": a picture's credit after a caption's
# sentence, where a dateline has only a place and a date before the credit ("ST. LOUIS,
# Calif., Jan. 5 (AP) —"): no run of lower-case words.
_SENTENCE_BEFORE = re.compile(r"\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b")
# "By Jane Roe, Tom Vane and Ann Lee, QCN": the agency after a byline's list of writers
_LAST_IN_BYLINE = re.compile(r"^\W*(?i:by)\s+[^\n]{3,200},\s*(?P<name>[A-Z]{2,6})\s*$")
# "Washington CNN —", "QCN —": an agency's name without brackets after the place, then the
# dash, the lede after it or on the next line
_BARE_DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3} )?(?P<name>[A-Z]{2,6})[ \t]*[-–—]+(?:[ \t]+|$)"
)
# "Baku. 14 March. REPORT.AZ/ President ...": the outlet's domain and a slash open the lede.
_DOMAIN_DATELINE = re.compile(r"^[^\n/]{0,40}?\b(?P<name>[A-Za-z][\w-]*\.[A-Za-z]{2,6})/\s")
# "Baku, November 24, AZERTAC", "Kyiv, 3 March, Ukrinform": place, date, then the agency.
_DATELINE_AGENCY = re.compile(
    r"^[^\W\d_][\w .'’-]{1,30},\s*[^,\n]{3,25}\d[^,\n]{0,20},\s*(?P<name>[^\W\d_][\w.&-]{1,20})\W*$"
)
_BYLINE = re.compile(
    r"^\W*by\s+(?P<author>[^,|/\n]{3,60}?)\s*(?:,|\||/|–|—|-|\bfor\b)\s*(?P<name>[^,|/\n]{2,50}?)"
    r"(?:\s*:?\s*$|\s+\.\s)",  # a dataset row's fields end at " . "
    re.IGNORECASE,
)
# "By . Daily Mail Reporter", "Posted by Express Staff": the outlet's own staff credited.
_STAFF_BYLINE = re.compile(
    r"^\W*(?i:(?:posted|written|published)\s+)?(?i:by)[\s.:]+"
    r"(?P<name>[A-Z][\w.&'’ -]{1,40}?)\s+(?i:(?:staff\s+)?(?:reporters?|staff|"
    r"correspondents?|desk|team|bureau|newsroom|wires|(?:foreign|news|wire)\s+service))\b"
)
# "By Reuters", "By . Associated Press . PUBLISHED: …": a known agency as the byline.
_AGENCY_BYLINE = re.compile(
    r"^\W*(?i:by)[\s.:]+(?P<name>[A-Z][\w.&'’ -]{1,40}?)\s*(?:\s\.|[|·,]|$)"
)
# "By Jane Roe and Tom Vane The Harbour Herald": the writers, then their outlet, run together
# by a page's copy (the byline's two elements on one line).
_WRITERS_THEN_OUTLET = re.compile(
    r"^\W*(?i:by)\s+[A-Z][\w'’.-]*(?:(?:,? | and )[A-Z][\w'’.-]*)+?\s+"
    r"(?P<name>The [A-Z][\w.&'’ -]{1,40}?)\W*$"
)
# "By JANE ROE Associated Press", "By Jane Roe and Tom Vane Reuters": the writers (a given
# name and a surname each), then a known agency, on the byline's line
_WRITERS_THEN_AGENCY = re.compile(
    r"^\W*(?i:by)\s+[A-Z][\w'’.-]* [A-Z][\w'’.-]*(?:(?:,? and |, | & )[A-Z][\w'’.-]* [A-Z][\w'’.-]*)*"
    r"\s+(?P<name>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2})\W*$"
)
# A dataset row's byline, the fields run together with " . ": "By . Jane Rowe For Harbourline .
# PUBLISHED: …", "By . Jane Rowe for the Harbour Post ." (the outlet the writer wrote for),
# "By . Jane Rowe and Associated Press .",
# "By . Jane Rowe In Quaytown and Reuters ." (where the writer was)
_ROW_BYLINE = re.compile(
    r"^\W*(?i:by)\s*\.\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){1,3}?"
    r"(?:\s+(?i:in)\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})?\s+(?P<joint>(?i:for|and))\s+"
    r"(?:the\s+)?(?P<name>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}?)\s+\.(?:\s|$)"
)
# "Associated Press November 19, 2019, 9:02 AM": a known agency, then the date.
_AGENCY_THEN_DATE = re.compile(
    r"^(?P<name>[A-Z][\w.&'’ -]{1,40}?)\s+(?:[|·/•]\s*(?:(?i:updated|published|posted)\s*:?\s*)?)?"
    r"(?=(?:[A-Z][a-z]{2,8}\.?\s+\d|\d))"
)  # "TNN | Updated: Jan 5, 2024" too
# "Quay Courier | News | Thursday, 6 April 2023": the outlet, its section, the date, a line of
# the page's header.
_OUTLET_SECTION_DATE = re.compile(
    # (or a feed reader's "Harbour Herald / by Jane Roe / Mar 5, 2024")
    r"^\W*(?P<name>[A-Z][\w.&'’ -]{1,40}?)(?:\s*[|·•]|\s/)\s*"
    r"(?:(?:(?i:by)\s+)?[A-Z][\w&'’ -]{1,25}?(?:\s*[|·•]|\s/)\s*)?"
    r"(?:(?i:updated|published|posted)\s*:?\s*)?"
    r"(?=(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d|\d))"
)
# "Quay Wire, Harbour City," over the date: a known agency, then the place it wrote from.
_AGENCY_THEN_PLACE = re.compile(
    r"^\W*(?P<name>[A-Z][\w.&'’ -]{1,30}?),[ \t]*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3},?[ \t]*$"
)
# "Jane Doe · CBC News · Posted: …", "Jane Doe / TNN / Updated: …", "by Jane Doe | KQTV Staff":
# the writer, then the outlet (its staff).
_WRITER_OUTLET = re.compile(
    r"^(?:(?i:by)\s+)?[A-Z][a-z][\w'’.-]*(?: [A-Z][a-z][\w'’.-]*){1,3}\s*[·/|•]\s*"
    r"(?P<name>[^·/|•\n]{2,40}?)(?:\s+(?i:staff(?:\s+(?:writer|reporter)s?)?))?\s*(?:[·/|•]|$)"
)
_OUTLET_TAGLINE = re.compile(r"^\W*(?P<name>[A-Z][^·/|•\n]{2,40}?)\s*[·|•]\s*[^·/|•\n]{3,60}$")
# "Jane RoeThe Coast Wire": the writer's name run into the outlet's by a page's copy (inline
# elements with no space between; no word of a name has a small letter then "The")
_WRITER_GLUED_OUTLET = re.compile(
    r"^\W*[A-Z][a-z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}?(?<=[a-z]) ?(?P<name>The [A-Z][\w.&'’ -]{1,40}?)\W*$"
)
# "Jane Roe, The Coast Wire" as a line of the header: the writer, then the outlet's name.
_WRITER_COMMA_OUTLET = re.compile(
    r"^\W*[A-Z][a-z][\w'’.-]*(?: [A-Z][a-z][\w'’.-]*){1,3},\s*(?P<name>[A-Z][\w.&'’ -]{1,40}?)"
    r"(?:,\s*[A-Z][\w .'’-]{1,30})?\W*$"  # "Jane Roe, Coast Wire, Lisbon": and the place
)
_COPYRIGHT = re.compile(
    # "Copyright @ 2019": an "@" for the sign, never an account's ("Image Copyright @harbourpix")
    r"(?:©|\(c\)|copyright)\s*(?:(?:©|@(?=[\s\d])|copyright)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?,?\s*"
    r"(?:[-–—|:]\s*)?"  # "© Copyright 2024 - Kestrel Post"
    # the holder ends at a stop or a footer's bar: "© 2024 Harbour Post | Privacy Policy"
    # (a company's letters keep their stops: "© 2011 Harbour Media L.P. All Rights Reserved")
    r"(?:by\s+)?(?P<name>[A-Z](?:[^.,;|\n]|(?<=\b[A-Z])\.){1,50}?)"
    r"\s*(?:(?<!\b[A-Z])\.|[,;|]|all rights|$)",
    re.IGNORECASE | re.MULTILINE,
)
# "2025 The Lowland Citizen. All Rights Reserved.": the year and the outlet, no sign.
_YEAR_THEN_RIGHTS = re.compile(
    r"^\W*\d{4}(?:\s*[-–]\s*\d{4})?\s+(?P<name>[A-Z][\w.&'’ -]{1,40}?)[.,]?\s+(?i:all rights reserved)"
)
# "Harbour Observer, 2022 © All Rights Reserved": the outlet before the sign.
_NAME_THEN_COPYRIGHT = re.compile(
    # not a web vendor's credit before it: "Powered by PageSuite © 2024 The Namibian"
    r"^(?!(?i:copyright|powered|designed|developed|hosted|built|website)\b)"
    # not what the sign covers: "Original content © 2024 by The Harbour Ledger"
    r"(?!(?i:(?:original|all|site|our)\s+)?(?:content|material|text|photos?|images?)\b)"
    # the sign may follow the word: "Harbour Observer Copyright © 2022"
    # a name may open with its figures: "247Sports © 2016"
    r"(?P<name>(?:[A-Z]|\d+[A-Za-z])[\w.&'’ -]{2,40}?)(?:,\s*\d{4})?\s*(?:(?i:copyright)\s*)?©"
)
# "Follow The Gleaner on Twitter and Instagram", "Like The Gleaner on Facebook": the outlet
# asks to be followed.
_FOLLOW = re.compile(
    r"^\W*(?i:follow|like|stay up to date with|connect with)\s+(?P<name>[A-Z][\w.&'’ -]{1,40}?)\s+(?i:on)"
    # the network's name may be cut off as a share button's
    r"(?:\s+(?i:twitter|x|facebook|instagram|youtube|whatsapp|telegram|tiktok|linkedin)\b|\s*$)"
)
_OUTLET_NAME = r"(?P<name>(?:[Tt]he )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){1,4}?)"
# A footer's line about the outlet itself, its name in full (its last word an outlet's word):
# "About The Harbour Gazette", "The Harbour Gazette is a member of the Press Council",
# "Subscribe to the Harbour Gazette", "Stay informed: follow Harbour Gazette on Facebook".
_FOOTER_MENTIONS = [
    re.compile(
        r"^\W*(?i:about|contact|subscribe to|support)\s+(?:the\s+)?"
        + _OUTLET_NAME
        + r"(?:\W*$|\s+(?:for|today|from)\b)"
    ),
    # "About NPR", "Contact KHBR": a menu's link about the outlet, named by its initials
    re.compile(r"^\W*(?:About|Contact|Support|Sponsor)\s+(?P<name>[A-Z]{3,6})\W*$"),
    re.compile(
        r"^\W*"
        + _OUTLET_NAME
        + r"\s+(?:is|are)\s+(?:a\s+member|part|published|owned|a\s+(?:publication|division|brand))\b"
    ),
    re.compile(r"\b(?i:follow|like)\s+(?:the\s+)?" + _OUTLET_NAME + r"\s+(?i:on)(?:\s+[A-Z]|\s*$)"),
    # "(With inputs from PTI)": the agency the story drew on
    re.compile(
        r"^\W*(?i:with (?:inputs?|reporting) from)\s+(?:the\s+)?"
        r"(?P<name>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}?)\W*$"
    ),
    # "Comments … do not reflect the opinions of Harbour News", "… without prior written
    # permission from HARBOUR NEWS."
    re.compile(
        r"\b(?i:not (?:necessarily )?reflect the (?:opinions?|views?|position) of|"
        r"written permission (?:of|from))\s+(?:the\s+)?" + _OUTLET_NAME + r"(?=\s+or\b|[.,;]|\s*$)"
    ),
]
_NAMED = r"(?P<name>(?:[Tt]he )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}?)"


def _possessed(prompt: str, things: str) -> re.Pattern[str]:
    """A prompt, then the outlet's name with its possessive, then what it owns: "agree to the
    Harbour Ledger's Terms of Use", "Join The Quayline's WhatsApp channel"."""
    return re.compile(
        prompt + r"\s+(?:the\s+)?" + _NAMED.replace("'’", "") + r"['’]s?\s+" + things + r"\b"
    )


# The outlet speaking of itself, anywhere in a page copy: "did not respond to The Harbour
# Ledger's request for comment", "Subscribe to The Quayside Newsletter", "with the Coastline
# Courier app", "Stay informed with The Islander", "Science writer at Bayview Digest".
_SELF_REFERENCES = [
    re.compile(_NAMED + r"['’]s? requests? for comment"),
    re.compile(
        r"\b(?i:subscribe to|sign up (?:for|to))\s+(?:(?:the|THE)\s+)?"
        + _NAMED.replace("'’", "")
        + r"(?:['’]s)?\s+(?:(?i:daily|weekly|free|morning|evening)\s+)?"
        + r"(?i:newsletters?|e-?paper|alerts)\b"
    ),
    re.compile(
        r"\b(?i:with|download|get|install)\s+(?:(?:the|THE)\s+)?"
        + _NAMED.replace("'’", "")  # "the Quay Courier's daily newsletter": no possessive
        + r"(?:['’]s)?\s+(?:(?i:daily|weekly|free|morning|evening)\s+)?(?i:apps?|newsletters?)\b"
    ),
    # a page's prompts and consent boxes: "Stay up to date with notifications from The Harbour
    # Ledger", "I would like to be emailed about offers and updates from the Harbour Ledger"
    re.compile(r"\b(?i:notifications|push alerts) from\s+" + _NAMED + r"(?=\s*[.,;!]|\s*$)"),
    re.compile(
        r"\b(?i:emailed|e-mailed|contacted) (?i:about|with)\b[^.\n]{0,60}?\b(?i:from)\s+"
        + _NAMED
        + r"(?=\s*[.,;!]|\s*$)"
    ),
    # "The Harbour Ledger is an independent newspaper", "… is a nonprofit newsroom": its own box
    re.compile(
        r"^\W*" + _NAMED + r" is an? (?:(?i:independent|daily|weekly|online|nonprofit|non-profit|"
        r"local|digital|community) )*(?i:newspaper|news ?(?:site|website|outlet|organi[sz]ation)|"
        r"newsroom|news publication)\b"
    ),
    # "The Harbour Herald is Quaytown's oldest newspaper"
    re.compile(
        r"^\W*" + _NAMED + r" is (?:the |[A-Z][\w-]*['’]s )(?:[\w'’-]+ ){0,3}?"
        r"(?i:newspaper|news ?(?:site|website|outlet|source)|newsroom|news publication)\b"
    ),
    # "The Harbour Ledger is not responsible for the content of external sites", "… for the
    # opinions presented by contributors": its own disclaimer
    re.compile(
        r"^\W*"
        + _NAMED
        + r"\s+(?:is|are) not responsible for (?:the )?(?i:content|opinions|views|comments)\b"
    ),
    # a consent box's "you agree to the Harbour Ledger's Terms of Use", and the search
    # engine's prompt to follow the site: "Add The Quayline as a preferred source on Google"
    _possessed(r"\b(?i:agree) to", r"(?i:terms|privacy policy|conditions|community guidelines)"),
    re.compile(r"^\W*(?i:add)\s+" + _NAMED + r"\s+as an? (?i:preferred|trusted) (?i:source)\b"),
    # "Join the Harbour Ledger's WhatsApp channel"
    _possessed(r"^\W*(?i:join)", r"(?i:whatsapp|telegram|signal)\s+(?i:channel|group|community)"),
    # "Support the Harbour Ledger's journalism"
    _possessed(
        r"^\W*(?i:support)", r"(?:(?i:independent|local)\s+)?(?i:journalism|reporting|newsroom)"
    ),
    # "Jobs at The Quayline": its own menu's link
    re.compile(r"^\W*(?i:jobs|careers|work) (?i:at|with)\s+" + _NAMED + r"\W*$"),
    re.compile(r"^\W*(?i:stay informed with|welcome to)\s+" + _NAMED + r"\s*[,.!–—-]"),
    # a comments box's invitation: "Join the conversation with other Harbour Ledger readers"
    re.compile(r"\b(?i:other|fellow)\s+" + _NAMED + r"\s+(?i:readers|subscribers)\b"),
    # a list's heading under the story naming the site ("More from Kestrel Post"), or its
    # letters page ("The Harbour Herald welcomes letters")
    re.compile(
        r"^\W*(?i:(?:read )?more from|more stories from|latest from)\s+" + _NAMED + r"\s*:?\s*$"
    ),
    # a writer's bio under the story: "Dana Kelso is the Harbour Herald's courts reporter"
    re.compile(
        r"\bis the\s+"
        + _NAMED.replace("'’", "")
        + r"['’]s?\s+(?:[\w-]+\s+){0,2}(?:reporter|correspondent|editor|writer|columnist)\b"
    ),
    re.compile(
        r"^\W*" + _NAMED + r"\s+welcomes\s+(?:(?i:your|reader|readers['’])\s+)?"
        r"(?i:letters|comments|submissions)\b"
    ),
    re.compile(
        r"\b(?:[Ww]riter|[Rr]eporter|[Ee]ditor|[Cc]orrespondent|[Cc]olumnist) (?:at|for) "
        + _NAMED
        + r"(?= and |[,.]|$)"
    ),
    # the page's own links and prompts: "Advertise with the Harbour Herald", "Log in to
    # Kestrel Post", "Become a Harbour Herald member", "Thank you for reading The Quayline",
    # "Send your news tips to the Harbour Herald"
    re.compile(
        r"^\W*(?i:advertise (?:with|on)|log ?in to|sign ?in to)\s+(?:the\s+)?" + _NAMED + r"\W*$"
    ),
    re.compile(
        r"^\W*(?i:become) an?\s+" + _NAMED + r"\s+(?i:member|subscriber|supporter|insider)\b"
    ),
    re.compile(
        r"\b(?i:thank you|thanks) (?i:for) (?i:reading|supporting|choosing)\s+(?:the\s+)?"
        + _NAMED
        + r"(?=\s*[.,;!]|\s*$)"
    ),
    re.compile(
        r"\b(?i:send) (?:(?i:us|your)\s+)?(?:(?i:news)\s+)?(?i:tips?|stories|story ideas) "
        r"(?i:to)\s+(?:the\s+)?" + _NAMED + r"(?=\s*[.,;!]|\s*$)"
    ),
    # "The Quayline's journalism is funded by its readers"
    re.compile(
        r"^\W*" + _NAMED.replace("'’", "") + r"['’]s\s+(?:(?i:independent|local)\s+)?"
        r"(?i:journalism|reporting)\s+(?i:is|relies)\b"
    ),
]
# "This article was originally published on The Quayside Review", "It first appeared in the
# Harbour Ledger": a syndicated story credits the outlet that produced it.
# Where a republished story ran first: "first appeared", "originally published" (the
# preposition after it is each pattern's own); a blog feed's footer: "The post Council agrees
# budget appeared first on Harbour Gazette."
_FIRST_RAN = r"(?i:originally|first)\s+(?i:published|appeared|ran|posted)"
_RAN_FIRST = r"(?i:appeared|was\s+published|ran)\s+(?i:first)\s+(?i:on|in|at)"
_SYNDICATED = re.compile(
    r"\b(?:" + _FIRST_RAN + r"\s+(?i:on|in|at|by)|" + _RAN_FIRST + "|"
    # "Republished with permission from the Harbour Ledger", "Reprinted from …"
    r"(?i:republished|reprinted|reproduced)(?:\s+(?i:with|by)\s+(?i:kind\s+)?(?i:permission))?"
    r"\s+(?i:from|of)|"
    # "Story courtesy of the Harbour Ledger" (not a picture's "Photo courtesy of …")
    r"(?i:(?:story|article|report|content)\s+(?:is\s+)?courtesy\s+of)|"
    # or a line of its own over the writer's ("Courtesy of Harbour News" / "Written by: …"),
    # the name an outlet's
    r"^[ \t]*(?i:courtesy\s+of))\s+"
    r"(?:the\s+)?" + _NAMED + r"(?:\s*\(|[,.;:!]|\s+(?:on|in|and|under)\b|\s*$)"
)
_QUOTED_SPEAKER = re.compile(r"\b(?:said|says|told|according to)\b|[\"“”]")
# "Mara Lind, Northsea Radio News.": a broadcast sign-off, the reporter and the outlet.
_REPORTER_SIGN_OFF = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2},\s+(?P<name>[A-Z][\w.&'’ -]{2,40}?)(?:\s+News)?\.?$"
)
# "From: Evening Lantern": a page copy's label for where the story comes from.
_FROM_LABEL = re.compile(r"^\W*(?i:from)\s*:\s*(?P<name>[^\n]{2,40}?)\s*$")
# "From Quay Radio News" alone under the headline: the outlet, without the label's colon
_FROM_OUTLET = re.compile(r"^\W*From\s+(?P<name>[A-Z][^\n]{1,40}?)\s*$")
_GLUED = re.compile(r"[a-z][A-Z]")
_SIGN_OFF_DECOR = re.compile(r"^[\s\-–—(/\[]+|(?:[\s\-–—)/\]]|\.\.+|…)+$")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}$")


# "SPRINGFIELD, Ill. (WCIA) —": a US or Canadian broadcaster's call sign.
_CALL_SIGN = re.compile(r"^[KWC][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?$")
_INITIAL_AND_NAME = re.compile(r"[A-Z]\.? [A-Z][a-z]+(?: \([^()]+\))?")


def _wire_agency(name: str) -> bool:
    return name.lower() in lexicon("wire_agencies")


def is_domain(name: str) -> bool:
    """ "harbourledger.example", "news.abc.net.au": a web address's host, not a name (nor a
    file's: "ferry.JPG" under a headline is a picture's)."""
    return _DOMAIN.match(name) is not None and not file_name(name)


# What a file's name ends with where pages print one (a picture's, a download's): never the
# top-level domain of a news site's address.
_FILE_ENDINGS = frozenset(
    "jpg jpeg png gif webp svg bmp tif tiff heic avif pdf doc docx xls xlsx ppt pptx txt csv "
    "mp3 mp4 m4a wav mov avi wmv webm".split()
)


def file_name(name: str) -> bool:
    return name.rpartition(".")[2].lower() in _FILE_ENDINGS


def _agency_or_domain(name: str) -> bool:
    """A known agency ("Trend") or an outlet's web address ("Report.az")."""
    return _wire_agency(name) or is_domain(name)


@cache
def _agency_spellings() -> dict[str, str]:
    """Each known agency as it writes itself ("Business Wire", "dpa", "AZERTAC"); the lexicon
    holds one casing of each, and should it hold two, the one with more lower-case letters."""
    spellings: dict[str, str] = {}
    for name in lexicon("wire_agencies", lower=False):
        known = spellings.get(name.lower())
        if known is None or sum(map(str.islower, name)) > sum(map(str.islower, known)):
            spellings[name.lower()] = name
    return spellings


def canonical(name: str) -> str:
    name = name.strip(" .,;:-–—\"'®™")  # "HARBOUR MAGAZINE®": the mark is no part of the name
    # "The Associated Press" is the agency itself; "The Guardian" keeps its article.
    if name.lower().startswith("the ") and _wire_agency(name[4:]):
        name = name[4:]
    if name.lower() in ALIASES:
        return ALIASES[name.lower()]
    # "BUSINESS WIRE" in a dateline is Business Wire; an outlet we do not know keeps its form.
    return _agency_spellings().get(name.lower(), name)


def _looks_like_outlet(name: str) -> bool:
    """A short phrase that names an outlet rather than a person or a sentence."""
    words = name.split()
    if _wire_agency(name):
        return True  # before the shape tests: "dpa" writes itself in lower case
    if (
        not 1 <= len(words) <= 5
        or len(name) > 45
        or ":" in name  # "Media contact: Jane Smith" is a label, not an outlet
        or "," in name.rstrip(",")  # "For more news, visit …": a sentence, not a name
        or "@" in name
        or not any(c.isalpha() for c in name)  # "78,000": an attendance, not an outlet
        or _INITIAL_AND_NAME.fullmatch(name) is not None  # "C Thomson", a referee
        or (not name[0].isupper() and not name[0].isdigit())
    ):
        return False
    if any(len(_GLUED.findall(word)) >= 3 for word in words):
        return False  # "FacebookTwitterInstagramYouTube": share buttons run together
    if all(w.lower().strip(".,") in _GENERIC_CREDIT for w in words):
        return False  # "Source: Agencies", "Wire services": no outlet named
    if _writers_job(name):
        return False
    lowered = {w.lower().strip(".,") for w in words}
    if is_domain(name):
        return True
    if len(words) > 1 and any(
        word[:1].islower()
        and word not in _JOINING_WORDS
        and word.strip(".,") not in _GENERIC_CREDIT | _STAFF_WORDS
        for word in words
    ):
        return False  # "Quaytown's daily news": a motto, its words in lower case
    if lowered & lexicon("outlet_words"):
        return True
    if len(words) == 1:
        return name.lower() not in lexicon("first_names") and name.lower() not in word_set(
            "common_words"
        )
    # Several words: all capitals ("RIA NOVOSTI") or title case without a given name first.
    capitalised = all(_title_case_word(w) for w in words)
    # an acronym first is no given name: "VX Harbour"
    return capitalised and (words[0].lower() not in lexicon("first_names") or words[0].isupper())


def _with_its_the(holder: str, text: str) -> str:
    """ "© 2024 Kestrel Post Company" on a page that writes "The Kestrel Post" on a line of its
    own or inside a sentence ("a correspondent for The Kestrel Post"): the outlet's name as
    the page writes it, with its "The" (not "The" opening a sentence before the name)."""
    if holder.startswith("The ") or _wire_agency(holder):
        return holder
    # (the name ends there, or goes on into what the outlet offers: "The Kestrel Vault" is a
    # product's, "The Kestrel Newsletter" the outlet's)
    the = re.compile(
        r"(?:^[ \t]*|[a-z,][ \t]+)The[ \t]+"
        + re.escape(holder)
        + r"\b(?![ \t]+(?!(?i:newsletters?|apps?|website|site|podcasts?|team|staff)\b)[A-Z])",
        re.MULTILINE,
    )
    return "The " + holder if the.search(text) else holder


def _more_writers(name: str) -> bool:
    """ "By Jane Roe, Tom Vane and Mara Lind": after the first writer's comma, two more
    writers, each two or three title-case words with no outlet's word, not an outlet."""
    parts = name.split(" and ")
    return len(parts) == 2 and all(
        2 <= len(part.split()) <= WRITER_WORDS
        and all(_title_case_word(word) for word in part.split())
        and not {word.lower() for word in part.split()} & lexicon("outlet_words")
        for part in parts
    )


WRITER_WORDS = 3


# small words inside outlets' names: "Times of India", "La Voz de Galicia", "Al-Ahram"
_JOINING_WORDS = frozenset("of the and & for on in at de du des del da di la le el al y e".split())
_STAFF_WORDS = frozenset("staff reporter correspondent writer writers team editor editors".split())
_GENERIC_CREDIT = frozenset(
    "news agencies agency wires wire services staff reports reporters desk bureau "
    "correspondents and &".split()
)


# Words of a page's menus and widgets ("RSS", "Categories", "Like Loading", "Tags …"): a line
# that starts with one is furniture, whichever site it comes from.
_MENU_WORDS = frozenset(
    """rss feed feeds categories category tags tag topics like loading share fb ig yt menu
    subscribe newsletter newsletters login search comments comment competitions contests
    advertise advertisement sections home more related trending popular print email
    cookies privacy terms contact about archives archive podcasts video videos ads ad sport
    sports lifestyle opinion entertainment politics weather jobs classifieds obituaries
    download install get advertise stay join send watch listen support donate site account""".split()
)


def _menu_words(text: str) -> bool:
    first = text.split()[0].lower().strip(".,:;!?") if text.split() else ""
    return first in _MENU_WORDS


# Words no name ends with: a line ending so was cut short.
_CUT_OFF = frozenset("on to at of in for with and or by from the a an".split())


def _list_left_out(between: str) -> bool:
    """What stands between the body and a would-be sign-off, left out of the content lines,
    is a list's heading and another of its items ("You may also like" / "Port reopens"): the
    line is the list's last item. ("Read more" over a cookie notice's sentence is no list.)"""
    dropped = [piece.strip() for piece in between.splitlines() if piece.strip()]
    for at, piece in enumerate(dropped):
        if other_stories_heading(piece):
            return any(not ends_sentence(item) for item in dropped[at + 1 :])
    return False


def _sign_off(text: str, lines: list[Line]) -> Found | None:
    # A sign-off follows the body: never the headline, nor the line right after it; an outlet
    # newscat does not know signs off under a sentence of the body, and is no menu word.
    first = max(2, len(lines) - 2)
    for index in range(len(lines) - 1, first - 1, -1):
        line = lines[index]
        name = _SIGN_OFF_DECOR.sub("", line.text)
        if (
            not name
            or find_dates(name)
            or (name.endswith((".", "!", "?", ":")) and not is_domain(name))
        ):
            continue
        above = lines[index - 1]
        # the body's last paragraph: a headline's length ends a sentence (another story's
        # headline over its credit, an agency's or anyone's, does not)
        words = len(above.text.split())
        if LEDE_WORDS <= words <= HEADLINE_WORDS and not ends_sentence(above.text):
            continue
        under_body = words >= LEDE_WORDS and not _list_left_out(text[above.end : line.start])
        # a short last sentence over a name shaped as an outlet's ("Quay Courier") will do
        under_sentence = ends_sentence(above.text) and _named_outlet(name)
        if not (_agency_or_domain(name) or under_body or under_sentence) or _menu_words(name):
            continue
        if name.split()[-1].lower() in _CUT_OFF or "©" in name:
            continue  # "Follow Quay Courier on": a line whose end went with a share button;
            # "Quay Courier © 2024" is the copyright rules' to read
        if name.split()[0].lower() == "via":
            continue  # "Via Quay Syndication": the distributor's, not the story's
        if _CALL_TO_ACTION.match(name):
            continue  # "Follow Quay Courier on Instagram": the footer rules read the name
        if _button_word(name):
            continue  # "Submit", "POLL", "Flipboard" under the body, its share buttons dropped
        if _in_the_tail(text, line):
            continue
        start = line.start + line.text.index(name)
        if is_domain(name) and not _wire_agency(name):  # "harbourpost.example", the site's
            if _among_addresses(lines, index):
                continue
            evidence = (start, start + len(name))
            outlet = own_site(name, text, evidence, "sign-off")
            return outlet or Found(canonical(name), *evidence, "sign-off")
        if _looks_like_outlet(name):
            return Found(canonical(name), start, start + len(name), "sign-off")
    return None


def _over_dated_credit(under: list[Line]) -> bool:
    """The line under is a writer's, the outlet's and the date ("Jane Roe, Harbour News 3:53
    p.m. EST January 25, 2014")."""
    if not under or "," not in under[0].text:
        return False
    undated = without_its_date(under[0].text)
    match = _WRITER_COMMA_OUTLET.match(undated) if undated != under[0].text else None
    return match is not None and _outlet_after_writer(match.group("name"))


def _outlet_after_writer(name: str) -> bool:
    """An outlet's name after a writer's, maybe in capitals ("Jane Roe, KESTREL NEWS"): no
    wire headline stands there."""
    return _named_outlet(name) or (name.isupper() and _named_outlet(name.title()))


def _button_word(name: str) -> bool:
    """One word of the language (no outlet's word: "Times" may sign off) or a platform's name:
    a button's or a label's, not an outlet's sign-off."""
    lowered = name.lower()
    return (
        " " not in name
        and not _wire_agency(name)
        and (
            (lowered in word_set("news_words") and lowered not in lexicon("outlet_words"))
            or lowered in _SHARING_SITES
        )
    )


# A button's or a prompt's verb: the line asks the reader to do something, it signs nothing off
_CALL_TO_ACTION = re.compile(
    r"(?i:follow|like|subscribe|download|join|listen|watch|read|sign|get|share|add|visit|"
    r"contact|email|support)\b"
)


def _in_the_tail(text: str, line: Line) -> bool:
    """Under the page's lists of other stories, whatever their heading ("Around Our Pages"):
    the last teaser's credit, not the story's sign-off."""
    tail = english_tail(text)
    return tail is not None and line.start >= tail[0]


CLOSING_REACH = 40  # characters after a line where its paragraph's end is sought


def _agency_sign_off(text: str, lines: list[Line]) -> Found | None:
    """A wire agency signing off under the story's last sentence ("… of record March 13." /
    "Reuter"), wherever the page's lists and footer go on under it: the agency's credit
    outranks the site's masthead and copyright."""
    for index in range(len(lines) - 1, 1, -1):
        line = lines[index]
        name = _SIGN_OFF_DECOR.sub("", line.text)
        if not name or not _wire_agency(name) or _story_goes_on(lines, index):
            continue
        above_line = lines[index - 1]
        above = above_line.text
        # under a sentence's end, or closing a paragraph of the story's lines (a wire's
        # table of figures: "Record March 14" / "Reuter" / blank line)
        # (a reading copy moves a line's indentation to its end: " Reuter" is "Reuter ")
        after = text[line.end : line.end + CLOSING_REACH].lstrip(" \t")
        closing = after.startswith(("\n\n", "\n\r")) or line.end >= len(text.rstrip())
        if ends_sentence(above) or (
            closing and len(above.split()) >= 3 and _figures(_paragraph_of(text, above_line))
        ):
            start = line.start + line.text.index(name)
            return Found(canonical(name), start, start + len(name), "sign-off")
    return None


GOES_ON_LINES = 6  # lines under an agency's name where the story's paragraphs may go on
GOES_ON_PARAGRAPHS = 2
PARAGRAPH_WORDS = 20


def _story_goes_on(lines: list[Line], index: int) -> bool:
    """Paragraphs of the story right under an agency's name: the credit of a picture set
    between them ("Reuters" under a photograph), not the agency signing the story off."""
    following = lines[index + 1 : index + 1 + GOES_ON_LINES]
    paragraphs = [
        line
        for line in following
        if len(line.text.split()) >= PARAGRAPH_WORDS and ends_sentence(line.text)
    ]
    return len(paragraphs) >= GOES_ON_PARAGRAPHS


def _paragraph_of(text: str, line: Line) -> str:
    """The line and those over it up to the blank line before them (at most a few hundred
    characters): a wire's table ("Pay May 25" / "Record May eight")."""
    start = max(0, line.start - PARAGRAPH_REACH)
    blank = max(text.rfind("\n\n", start, line.start), text.rfind("\n \n", start, line.start))
    return text[max(start, blank) : line.end]


PARAGRAPH_REACH = 400


def _figures(line: str) -> bool:
    """A row of a table: figures in it (another story's headline over its credit has none)."""
    return any(character.isdigit() for character in line)


def _exported_outlet(text: str) -> Found | None:
    """A news-database export names the publication in its own field: that outranks the text.
    "The Guardian (London)" is The Guardian: the place is the edition's."""
    metadata = read_metadata(text)
    if metadata is None or metadata.get("export") is None:
        return None
    sitename = metadata.get("sitename")
    if sitename is None:
        return None
    name = re.sub(r"\s*\([^()]*\)\s*$", "", sitename.value) or sitename.value
    return Found(canonical(name), sitename.start, sitename.start + len(name), "export")


def extract_source(text: str) -> Found | None:
    found = _credited_source(text)
    if found is not None and found.rule == "byline" and " " not in found.value:
        return _fuller_name(found, content_lines(text)) or found
    return found


def as_the_text_spells(found: Found, text: str) -> Found:
    """ "GET THE HARBOUR GAZETTE NEWSLETTER" and "Harbour Gazette uses cookies" elsewhere: a
    name in capitals takes the spelling the text gives it in small letters, where the text
    writes each of its words capitalised ("Harbour Gazette"). One word in capitals ("CNN",
    "TIME") stays so."""
    words = found.value.split()
    if len(words) == 1 and len(found.value) >= RUN_TOGETHER_LETTERS:
        return _spaced_as_the_text_writes(found, text)
    if not found.value.isupper() or len(words) < 2:
        return found  # "TIME": a word of the language, capitalised at a sentence's start
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)
    spellings = Counter(
        spelled
        for match in pattern.finditer(text)
        if not (spelled := " ".join(match.group().split())).isupper()
        and all(word[:1].isupper() for word in spelled.split())
    )
    if not spellings:
        return found
    return dataclasses.replace(found, value=spellings.most_common(1)[0][0])


RUN_TOGETHER_LETTERS = 8  # a name's letters, at least, to be read as words run together


def _spaced_as_the_text_writes(found: Found, text: str) -> Found:
    """ "TheHarbourGazette" (a copyright's holder, its domain's words) or "HARBOURGAZETTE" (a
    site's name) where the text writes "the Harbour Gazette" or "HARBOUR GAZETTE": the name
    takes the text's spaces, keeping its own capitals where it has them."""
    name = found.value
    pattern = re.compile(r"[ \t]?".join(map(re.escape, name)), re.IGNORECASE)
    spaced = next((match.group() for match in pattern.finditer(text) if " " in match.group()), None)
    if spaced is None:
        return found
    if sum(letter.isupper() for letter in name) < 2:
        # "Harbourgazette", a domain's letters: the text's own spelling ("Harbour Gazette")
        return dataclasses.replace(found, value=spaced.replace("\t", " "))
    letters = iter(name)
    value = "".join(" " if char == " " else next(letters) for char in spaced.replace("\t", " "))
    return dataclasses.replace(found, value=value)


def _fuller_name(credit: Found, lines: list[Line]) -> Found | None:
    """ "By TIMES REPORTER" under the masthead "Kestrel Times": the byline's one word is the
    outlet's short name, the masthead its whole one."""
    masthead = _masthead(lines) if lines else None
    if masthead is None or " " not in masthead.value:
        return None
    return masthead if masthead.value.split()[-1].casefold() == credit.value.casefold() else None


def _credited_source(text: str) -> Found | None:
    exported = _exported_outlet(text)
    if exported is not None:
        return exported
    lines = content_lines(text)
    if not lines:
        return None
    # the story's lines, and the copy's last ones: "Source: Kestrel Post" put under a page
    # copied whole, its footer and all
    footer_end = [
        line for line in last_written_lines(text, ADDRESS_LINES) if line.start >= lines[-1].end
    ]
    for line in lines + footer_end:
        match = _SOURCE_LINE.match(line.text)
        if match and _looks_like_outlet(match.group("name").strip()):
            return _found(line, match, "source-line")
    head_end = lines[min(len(lines), 6) - 1].end
    # or the body's first paragraph, where buttons and a caption (a sentence too) stand over it
    paragraphs = _first_paragraphs(lines, 2)
    if paragraphs:
        head_end = max(head_end, paragraphs[-1].end)
    for name, start, end in _dateline_credits(text, head_end):
        words = {w.lower() for w in name.split()}
        if (
            _wire_agency(name)
            or words & lexicon("outlet_words")
            or (_CALL_SIGN.match(name) and _dash_after(text, name, start))
            or _credit_after_place(text, name, start)
        ):
            return Found(canonical(name), start, end, "wire-dateline")
    for index, line in enumerate(lines[:HEADER_LINES]):
        end = text.find("\n", line.start)
        raw_line = text[line.start : end if end >= 0 else len(text)]  # the dash of its tail too
        bare = _BARE_DATELINE.match(raw_line)
        after = lines[index + 1].text if index + 1 < len(lines) else ""
        if bare and _wire_agency(bare.group("name")) and lede_line(raw_line[bare.end() :] or after):
            start = line.start + bare.start("name")
            name = bare.group("name")
            return Found(canonical(name), start, start + len(name), "wire-dateline")
    for line in lines[:6]:
        domain = _DOMAIN_DATELINE.match(line.text)
        if domain and _agency_or_domain(domain.group("name")):
            return _found(line, domain, "wire-dateline")
        agency = _DATELINE_AGENCY.match(line.text)
        if agency and _wire_agency(agency.group("name")):
            return _found(line, agency, "wire-dateline")
    above_lede = True
    for index, line in enumerate(lines[:HEADER_LINES]):
        # (a one-sentence standfirst over "Jane Roe, Harbour News 3:53 p.m. January 25, 2014")
        above_lede = above_lede and (
            not lede_line(line.text) or _over_dated_credit(lines[index + 1 : index + 2])
        )
        if PICTURE_AGENCY.search(line.text) or caption_credit_again(text, line.text):
            continue  # "Jane Roe | Quay Courier | Harbour Images": a picture's credit
        if links_another_story(line.text):
            continue  # "Also Read | Quay Courier wins award": a label, then another headline
        # the credit, or the byline after the line's date ("11/28/2016 11:00 AM PST BY
        # KESTREL STAFF"; not "March 5, 2024 | Jane Roe | Leave a comment")
        reads = [line]
        opening = date_ends(line.text) if "by " in line.text.lower() else 0
        if opening and line.text[opening : opening + 3].lower() == "by ":
            reads.append(
                dataclasses.replace(line, text=line.text[opening:], start=line.start + opening)
            )
        for pattern, credits in _HEADER_CREDITS:
            if pattern is _WRITER_OUTLET and _between_paragraphs(lines, index):
                continue  # "Jane Roe/Kestrel" between the story's paragraphs: a picture's
            for read in reads:
                match = pattern.match(read.text)
                if match and credits(match.group("name"), read.text):
                    return _found(read, match, "byline")
        match = _WRITER_COMMA_OUTLET.match(without_its_date(line.text)) if above_lede else None
        if match and (
            _wire_agency(match.group("name")) or _outlet_after_writer(match.group("name"))
        ):
            return _found_outlet(line, match)  # not a caption's "Jane Roe, Coast Wire"
        job = _agency_in_job(line, match) if match else None
        if job:  # "Jane Roe, AP Business Writer" without its "By"
            return job
        if index and _BY_WRITER.match(lines[index - 1].text):
            name = _SPECIAL_TO.sub("", line.text).strip()  # "Special to The Coast Wire"
            if _names_an_agency(name):
                start = line.start + line.text.index(name)
                return Found(canonical(name), start, start + len(name), "byline")
    row = _ROW_BYLINE.match(lines[0].text)
    if row and (
        _wire_agency(row.group("name"))
        or (row.group("joint").lower() == "for" and _looks_like_outlet(row.group("name")))
    ):
        return _found(lines[0], row, "byline")
    for line in lines[:6]:
        match = _BYLINE.match(line.text) or _LAST_IN_BYLINE.match(line.text)
        if not match or find_dates(match.group("name")):
            continue
        job = _agency_in_job(line, match)
        if job:
            return job
        name = match.group("name").strip()
        if _looks_like_outlet(name) and not _more_writers(name):
            return _found_outlet(line, match)
    found = (
        _lede_agency(text, lines)
        or _attribution(text, lines)
        or _syndicated(lines)
        or _agency_sign_off(text, lines)
    )
    found = found or _logo(text, head_end) or _masthead(lines) or _crumb_masthead(text)
    found = found or _title_suffix(under_metadata(text, lines)) or _sign_off(text, lines)
    if found:
        return found
    metadata = read_metadata(text)
    found = _agency_author(metadata) or _credit_of(metadata) or _site_of(metadata, text)
    if found:
        return found
    # The footer as it stands: a copyright line is furniture, so content_lines() drops it.
    written = [line for line in split_lines(text) if line.text.strip()]
    # from the footer's first line counted either way: its content lines or lines as written
    footer_from = min(lines[-FOOTER_LINES:][0].start, written[-FOOTER_LINES:][0].start)
    footer = [line for line in written if line.start >= footer_from]
    for line, match, holder in _copyrights(footer):
        found = _copyright_credit(text, line, match, holder)
        if holding_company(match.group("name")):
            return _outlet_of(holder, text, lines, written) or brand(written, holder) or found
        if _OWNER_FORM.search(_title_case_run(match.group("name"))):
            # "The Quay & Kestrel Company": the paper named as its company, unless the page
            # shows a brand of the company's first word ("Quay Digest")
            return brand(written, holder) or found
        return found
    for line in footer:  # as it stands: "Facebook" at a line's end is no widget here
        match = _FOLLOW.match(line.text)
        if _names_an_outlet(match):
            return _found(line, match, "follow")  # type: ignore[arg-type]
    for line in footer:
        for pattern in _FOOTER_MENTIONS:
            match = pattern.search(line.text)
            name = match.group("name") if match else ""
            if match and _a_cause(match.group(0), name):
                continue
            if match and (
                _named_outlet_any_case(name)
                or _wire_agency(name)
                or (name.isupper() and " " not in name and _looks_like_outlet(name))
                or the_and_a_name(name)  # "About The Quayline"
            ):
                return _found(line, match, "footer")
    return (
        _copyright_further_up(text, written, head_end, footer_from)
        or _self_reference(text, lines)
        or _contact(footer)
        or _own_address(text, written)
        or _address_motto(text, footer)
        or _writer_mail(text, written)
        or (_host_of(metadata, text) if metadata else None)
        or _domain_of_site(metadata)
        or _told_outlet(text)
        or _staff_picture(written)
        or _address_prompt(text, written)
        or brand(written)
    )


# The site's own name in what its page says of itself: "About Quay Digest", "Follow KQX", "More
# from Quay Digest", "Kestrelwire © 2016" (a line of its own).
_BRAND_NAME = r"(?P<name>(?=[\w.&'’-]*[A-Za-z])[A-Z0-9][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}?)"
_BRAND_MENTIONS = (
    re.compile(r"^\W*(?i:about|follow|more from|visit)\s+(?:the\s+)?" + _BRAND_NAME + r"\W*$"),
    re.compile(r"^\W*" + _BRAND_NAME + r"\s*(?:(?i:copyright)\s*)?©\s*(?:\d{4}\W*)?$"),
)


def brand(written: list[Line], owner: str = "") -> Found | None:
    """The site's name where its page speaks of itself in the site's words ("About Quay
    Digest", "Follow KQX") and shows it on another line too, alone as a logo's text stands in
    a page's header or footer, or in another of those words ("Follow KQX", "KQX © 2016"): a
    brand with no outlet's word ("Quay Digest", "Kestrelwire") that the other cues cannot tell
    from a label, its two places together can. Under an owner's copyright, only a brand named
    as the owner is ("Quay Digest" of "The Quay Group LLC"), or one claiming a copyright of its
    own: a company's site has sections with brands of their own ("Follow Harbour Feed")."""
    owned = _bare(owner).split()[:1]
    alone: dict[str, int] = {}
    for index, line in enumerate(written):
        alone.setdefault(_bare(line.text.strip()), index)
    mentioned: dict[str, set[int]] = {}  # name: the patterns it was mentioned in
    for index, line in enumerate(written):
        for kind, pattern in enumerate(_BRAND_MENTIONS):
            match = pattern.match(line.text)
            if match is None or not _outlet_shaped(match.group("name")):
                continue
            name = match.group("name")
            kinds = mentioned.setdefault(_bare(name), set())
            kinds.add(kind)
            if owned and _bare(name).split()[:1] != owned and _OWN_COPYRIGHT not in kinds:
                continue
            shown = alone.get(_bare(name))
            if shown is not None and shown != index:
                return _brand_found(written[shown], written[shown].text.strip())
            if len(kinds) > 1:  # "Follow KQX" and "KQX © 2016"
                return _brand_found(line, name)
    return None


_OWN_COPYRIGHT = 1  # the mention that is the brand's own copyright line: "KQX © 2016"


def _brand_found(line: Line, name: str) -> Found:
    start = line.start + line.text.index(name)
    return Found(canonical(name), start, start + len(name), "brand")


def logo_line(written: list[Line]) -> Found | None:
    """A copy's first line, where a page's logo stands: a name of two to four capitalised
    words over the menu ("Quay Journalism" over "RSS Feed", "News"); to be read only under an
    owner's copyright, which says the outlet's name is elsewhere. Not a label, nor a person's
    name."""
    if not written:
        return None
    line = written[0]
    name = line.text.strip()
    words = name.split()
    if (
        not 2 <= len(words) <= 4
        or not all(word[:1].isupper() for word in words)
        or not _outlet_shaped(name)
        or any(
            word.lower() in lexicon("page_words") or word.lower() in _MENU_WORDS for word in words
        )
        or is_boilerplate(name)  # "Toggle Menu"
        or words[0].lower() in lexicon("first_names")
    ):
        return None
    return _brand_found(line, name)


def _bare(name: str) -> str:
    return name.casefold().removeprefix("the ")


def _copyright_further_up(
    text: str, written: list[Line], head_end: int, footer_from: int
) -> Found | None:
    """A short copyright line of its own over the footer, under the story's first
    paragraphs: a page whose boxes ("Insider content …", "Sponsored content …") stand under
    its copyright line."""
    alone = [
        line
        for line in written
        if head_end <= line.start < footer_from and len(line.text.split()) <= COPYRIGHT_LINE_WORDS
    ]
    first = next(_copyrights(alone), None)
    return _copyright_credit(text, *first) if first is not None else None


COPYRIGHT_LINE_WORDS = 8


def _copyright_credit(text: str, line: Line, match: re.Match[str], holder: str) -> Found:
    """The outlet a copyright line's holder names, its evidence the holder's words; by its
    initials where the text writes them ("© Kestrel Broadcasting Network", "KBN" twice)."""
    start, end = _span_in(match.group("name"), holder, line.start + match.start("name"))
    name = _initials_written(holder, text) or _with_its_the(holder, text)
    return Found(canonical(name), start, end, "copyright")


INITIALS_USES = 2  # a company's initials written this often at least, to be its name


def _initials_written(holder: str, text: str) -> str | None:
    words = holder.split()
    if not 3 <= len(words) <= 5 or not all(word[:1].isupper() for word in words):
        return None
    initials = "".join(word[0] for word in words)
    uses = len(re.findall(rf"\b{initials}\b", text))
    return initials if uses >= INITIALS_USES else None


# The outlet's own address in the footer: the account it asks readers to follow ("Follow us
# on X @HarbourGazette") or its newsroom's mail ("Email newsdesk@harbourgazette.example").
_FOLLOW_HANDLE = re.compile(
    r"(?i:follow us)\b[^@\n]{0,40}@(?P<handle>[A-Za-z][A-Za-z0-9_]{3,30})\b"
)
_NEWSROOM_MAIL = re.compile(
    r"\b(?i:news|newsdesk|newsroom|editor|editorial|tips|letters)"
    r"@(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
)
_ACCOUNT_WORD = re.compile(r"[A-Z][a-z]+|[a-z]+|[A-Z]+(?![a-z])")


# A line that is only an address, at the top or bottom of a copy: the page's own, as a
# browser prints it ("https://www.harbourgazette.example/news/2024/03/05/coast-road")
_URL_HOST = r"https?://(?:www\.)?(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
_ADDRESS_LINE = re.compile(
    r"\s*(?:"
    + _URL_HOST
    # or as a footer prints it: "kestrelpost.com", "www.harbourgazette.co.uk"
    + r"|(?:www\.)?(?P<bare>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,7}))(?:[/?#]\S*)?\s*"
)
ADDRESS_LINES = 3  # lines at either end of the text where the page's address may stand


def _own_address(text: str, written: list[Line]) -> Found | None:
    """The outlet of the page's own address, printed alone on a line at either end of the
    text's written lines: as the text spells the domain's words, a known agency, or read as
    outlet words (derived)."""
    count = len(written)
    for index in [*range(min(ADDRESS_LINES, count)), *range(max(0, count - ADDRESS_LINES), count)]:
        line = written[index]
        match = _ADDRESS_LINE.fullmatch(line.text)
        if match is None or file_name(match.group("domain") or match.group("bare")):
            continue
        if _among_addresses(written, index):
            continue  # the network's other sites, listed in the footer
        group = "domain" if match.group("domain") else "bare"
        evidence = (line.start + match.start(group), line.start + match.end(group))
        found = own_site(match.group(group), text, evidence, "address")
        if found is not None:
            return found
    return None


def _among_addresses(lines: list[Line], index: int) -> bool:
    """The line has an address line beside it: a list of sites ("QUAYLINE.COM",
    "HARBOURPOST.COM"), the publisher's others, not the page's own address."""
    beside = lines[max(0, index - 1) : index] + lines[index + 1 : index + 2]
    return any(_ADDRESS_LINE.fullmatch(other.text) for other in beside)


# "HarbourGazette.com - The Harbour's News Source": the site's address and its motto, a line
# of the footer
_ADDRESS_MOTTO = re.compile(
    r"\s*(?:https?://)?(?:www\.)?(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,6})"
    r"\s+[-–—|]\s+[A-Z]"
)


def _address_motto(text: str, footer: list[Line]) -> Found | None:
    for line in footer:
        match = _ADDRESS_MOTTO.match(line.text)
        if match is None or file_name(match.group("domain")):
            continue
        evidence = (line.start + match.start("domain"), line.start + match.end("domain"))
        return _outlet_of_domain(
            match.group("domain"), text, 0, evidence, "address", initials=False
        )
    return None


# "By Jane Doe | jdoe@harbourgazette.example": the writer's mail at the outlet's domain.
_WRITER_MAIL = re.compile(r"\b[\w.+-]+@(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
# Mail services anyone may use: their domain names no outlet.
_MAIL_SERVICES = frozenset(
    "gmail googlemail yahoo hotmail outlook live aol icloud me mail protonmail proton gmx "
    "yandex zoho msn comcast btinternet".split()
)
MAIL_LINES = 12  # the header's lines where the writer's mail stands


def _writer_mail(text: str, written: list[Line]) -> Found | None:
    """The outlet of the mail address printed in the header with the writer's name, above the
    story's first paragraph, as the text spells the domain's words or read as outlet words
    (derived). Under the story, a writer's address may be their own."""
    for line in written[:MAIL_LINES]:
        if lede_line(line.text):
            return None
        if "@" not in line.text:
            continue
        match = _WRITER_MAIL.search(line.text)
        if match is None or registered_label(match.group("domain")) in _MAIL_SERVICES:
            continue
        evidence = (line.start + match.start("domain"), line.start + match.end("domain"))
        found = _outlet_of_domain(match.group("domain"), text, 0, evidence, "mail", initials=False)
        if found is not None:
            return found
    return None


# "The wall on Monday. Lena Morrow/Harbour Gazette": a picture by the outlet's photographer.
_STAFF_PICTURE = re.compile(
    r"(?<![\w/])[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} ?/ ?"
    r"(?P<name>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){1,4})[ \t]*\)?[ \t]*$"
)


# "Photo: Harbour Gazette", "(Image: THE QUAYLINE)", "Photo: Lena Morrow, Harbour Gazette": a
# picture's label and its credit; "Harbour Gazette file photo": the credit before the word
_LABELLED_PICTURE = re.compile(
    r"\b(?i:photo|picture|image|pic)s?\s*:\s*(?:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}\s*[,/]\s*)?"
    r"(?P<name>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})[ \t]*\)?[ \t]*$"
)
_OUTLET_S_PICTURE = re.compile(
    r"(?:^|[.)]\s+|\()(?P<name>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})\s+"
    r"(?:(?i:file|staff)\s+)?(?i:photo|picture|image)\)?[ \t]*$"
)


def _staff_picture(written: list[Line]) -> Found | None:
    """Last of all, the outlet whose photographer took the story's picture, named in full
    (its last word an outlet's word, or "The" and a name; no wire or picture agency, whose
    pictures any outlet prints)."""
    for line in written:
        for pattern in (_STAFF_PICTURE, _LABELLED_PICTURE, _OUTLET_S_PICTURE):
            match = pattern.search(line.text)
            if match and _picture_outlet(match.group("name")):
                return _found(line, match, "picture-credit")
    return None


def _picture_outlet(name: str) -> bool:
    return (
        (_named_outlet_any_case(name) or the_and_a_name(_in_title_case(name)))  # "(Image: THE …)"
        and not _wire_agency(name)
        and name.split()[-1].lower() not in _PICTURE_SERVICES
    )


# "Lena Morrow/Harbour Wire", "… /Quay Images": a service that sells its pictures to all.
_PICTURE_SERVICES = frozenset({"wire", "images", "photos", "pictures", "press", "agency"})


def _contact(footer: list[Line]) -> Found | None:
    """Last of all, the outlet read from its own account or newsroom address, where that
    address is made of words outlets are named with (derived: its evidence the address)."""
    for line in reversed(footer):
        handle = _FOLLOW_HANDLE.search(line.text)
        if handle:
            spelled: list[str] = _ACCOUNT_WORD.findall(handle.group("handle"))
            if not (len(spelled) >= 2 and spelled[-1].lower() in lexicon("outlet_words")):
                spelled = outlet_words_of(handle.group("handle")) or []
            if spelled:
                start, end = line.start + handle.start("handle"), line.start + handle.end("handle")
                name = " ".join(w if w.isupper() else w.title() for w in spelled)
                return Found(name, start, end, "follow", derived=True)
        mail = _NEWSROOM_MAIL.search(line.text)
        label = registered_label(mail.group("domain")) if mail else None
        words = outlet_words_of(label) if label else None
        if mail and words:
            start = line.start + mail.start("domain")
            end = line.start + mail.end("domain")
            return Found(" ".join(words), start, end, "contact", derived=True)
    return None


def _lede_agency(text: str, lines: list[Line]) -> Found | None:
    """A wire agency's dateline opening the body below a page's header junk: "PORTSEND,
    Calif. (AP) — The …", on a line down to the body's first sentence (an organisation's
    initials there, "(CBP)", are no credit); or an outlet's name and a dash opening it. The
    lede is the story's, under a metadata block whose description may read as one."""
    lede = next(
        (line for line in under_metadata(text, lines)[:HEADER_LINES] if lede_line(line.text)),
        None,
    )
    if lede is None:
        return None
    for name, start, _ in _dateline_credits(text, lede.end):
        if _wire_agency(name) or _credit_after_place(text, name, start):
            return Found(canonical(name), start, start + len(name), "wire-dateline")
    for pattern, names_an_outlet in _LEDE_OPENINGS:
        opening = pattern.match(lede.text)
        if opening and names_an_outlet(opening.group("name")):
            start = lede.start + opening.start("name")
            name = opening.group("name")
            return Found(canonical(name), start, start + len(name), "lede-outlet")
    return None


# The outlet's name, then a dash, opening the lede as a dateline would: "Kestrel Post — The
# ferry …", "Harbour Herald – Police …"
_OUTLET_OPENING = re.compile(
    r"(?:[Tt]he )?(?P<name>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){1,4})[ \t]+[-–—]{1,2}[ \t]+[A-Z\"“]"
)


# "The Quayline — The ferry …": an outlet named "The" and a name (no place: "The Hague —")
_THE_NAME_OPENING = re.compile(
    r"(?P<name>The [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)[ \t]+[-–—]{1,2}[ \t]+[A-Z\"“]"
)


def _lede_outlet_name(name: str) -> bool:
    """An outlet's name: one of its words says so ("Post", "News"), and one is a name's, not
    a word news writes in lower case ("Breaking News", "World News" are a page's labels)."""
    words = [word.lower() for word in name.split()]
    return (
        any(word in lexicon("outlet_words") for word in words)
        and any(
            word not in lexicon("outlet_words") and word not in word_set("news_words")
            for word in words
        )
        and _outlet_shaped(name)
        and name.lower() not in lexicon("places")
    )


# "Kestrel Post — The ferry …", "The Quayline — The ferry …": an outlet's name opening the lede
_LEDE_OPENINGS: tuple[tuple[re.Pattern[str], Callable[[str], bool]], ...] = (
    (_OUTLET_OPENING, _lede_outlet_name),
    (_THE_NAME_OPENING, lambda name: the_and_a_name(name)),
)


def _dateline_credits(text: str, end: int) -> Iterator[tuple[str, int, int]]:
    """The names credited in datelines before `end` ("(Reuters)", "/PRNewswire/"), with the
    span of each credit; not a credit after a caption's sentence."""
    for match in _WIRE_DATELINE.finditer(text, 0, end):
        group = "name" if match.group("name") else "slashed"
        if not _SENTENCE_BEFORE.search(text, match.start(), match.start(group)):
            yield match.group(group).strip(), match.start(group), match.end(group)


# "HARBOUR CITY, Jan 5 (HGN) -", "(Harbour Weekly) --": where a wire dateline credits its
# agency, at the line's start or after a place in capitals (and maybe a date), before a dash.
_PLACE_IN_CAPITALS = re.compile(r"(?:[A-Z][A-Z .'’-]+(?:,[^()\n]{0,30})?)?\s*")
_INITIALS = re.compile(r"[A-Z]{2,6}")


def _credit_after_place(text: str, name: str, start: int) -> bool:
    """An outlet newscat does not know, credited where a wire dateline credits its agency:
    its initials, its address or its name ("(HGN) -", "(HarbourWeekly.com) --", "(Harbour
    Weekly) --"). In a sentence, "(CBP)" spells out an organisation named just before it."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _credited_name(name):
        return False
    if _GLUED_LEDE.match(text, start + len(name)):  # "Harbour City (HGN)Police said"
        return _PLACE_BEFORE_GLUED.fullmatch(text, line_start, start - 1) is not None
    return _PLACE_IN_CAPITALS.fullmatch(text, line_start, start - 1) is not None and _dash_after(
        text, name, start
    )


# The credit's bracket run into the lede's first word, as copies of some pages have it; before
# it, nothing or a place's name in a few capitalised words (no sentence).
_GLUED_LEDE = re.compile(r"\)[A-Z][a-z ]")
_PLACE_BEFORE_GLUED = re.compile(r"(?:[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3})?\s*")


def _dash_after(text: str, name: str, start: int) -> bool:
    """A dash after the credit's bracket, as a dateline has it ("(WCIA) —"); in a sentence,
    "Customs and Border Protection (CBP) Air and Marine …" spells out initials."""
    return re.match(r"\)\s*[-–—]", text[start + len(name) : start + len(name) + 4]) is not None


def _outlet_shaped(name: str) -> bool:
    return _looks_like_outlet(name) and not _menu_words(name)


def _credited_name(name: str) -> bool:
    """A credit's name: initials, an address, or a name shaped like an outlet's; not a
    wire's flag in capitals ("(CORRECTED) -", "(UPDATE 2) -")."""
    if _INITIALS.fullmatch(name) or is_domain(name):
        return True
    return not (name.isupper() and " " not in name) and _outlet_shaped(name)


def _caught_name(match: re.Match[str]) -> tuple[int, str]:
    """The name a pattern caught, and where it starts in the match's name group, without a
    sentence's "the" before it and full stop after it ("… for the Harbour Herald.")."""
    name = match.group("name").rstrip(" .,;:!")
    return (4, name[4:]) if name.startswith("the ") else (0, name)


def _names_an_outlet(match: re.Match[str] | None) -> bool:
    """The name a pattern caught is shaped like an outlet, and is no menu of a page, nor a
    prompt's other words."""
    if match is None:
        return False
    name = _caught_name(match)[1]
    return _outlet_shaped(name) and not _prompt_s_word(name, match)


def _a_cause(mention: str, name: str) -> bool:
    """ "Support Public Radio", "Support Local News": a cause in words of the language, not an
    outlet's name ("Support the Harbour Gazette")."""
    words = name.lower().split()
    return mention.lstrip(" \t*•|-").lower().startswith("support ") and all(map(plain_word, words))


# What a page's prompts name that is no outlet: the platform of an app ("Get the Android app"),
# the ad widgets' "More from the Web", "Around the Internet".
_PLATFORMS = frozenset(
    "android ios iphone ipad apple google windows mac kindle alexa facebook twitter instagram "
    "youtube tiktok linkedin whatsapp microsoft".split()
)
_NOWHERE_IN_PARTICULAR = frozenset("web internet net partners sponsors".split())
_PARTICIPLE = re.compile(r"(?:ed|ing|is(?:ed|ing)|iz(?:ed|ing))$")


def _prompt_s_word(name: str, match: re.Match[str]) -> bool:
    words = name.lower().removeprefix("the ").split()
    if " ".join(words) in _NOWHERE_IN_PARTICULAR or words[:1] in (["your"], ["my"], ["our"]):
        return True  # "Sign in to Your Account": the reader's, not an outlet
    if words and words[0] in _PLATFORMS:  # "the Android Weather app"; not "Apple Daily"
        return len(words) == 1 or words[-1] not in lexicon("outlet_words")
    # One word, no "the" before it: a participle ("Sign up for Breaking newsletter", a
    # section's), or a word of the language that a title-case button capitalises ("Get
    # Personalised Newsletters"); not "… the Sentinel's", "other Independent readers".
    before = match.string[max(0, match.start("name") - 4) : match.start("name")].lower()
    after = match.string[match.end("name") :].split()
    if len(words) != 1 or before == "the " or name.startswith(("The ", "the ")):
        return False
    button = bool(after) and after[0][:1].isupper() and words[0] in word_set("news_words")
    return button or _PARTICIPLE.search(words[0]) is not None


# a footer's link to the outlet's account: "Harbour Herald on Facebook", "The Quayline on X"
# (an outlet's name in full: a town or a council has an account too)
_ACCOUNT_LINK = re.compile(
    r"^\W*" + _NAMED + r"\s+on\s+(?i:facebook|twitter|x|instagram|youtube|tiktok|linkedin|"
    r"whatsapp|threads|bluesky)\W*$"
)


def _self_reference(text: str, lines: list[Line]) -> Found | None:
    """Last resort: the outlet naming itself in a sign-off or a request for comment."""
    newsletter = newsletter_name(text)
    if newsletter is not None:
        return newsletter
    for line in lines[-3:]:
        match = _REPORTER_SIGN_OFF.match(line.text)
        if match and _looks_like_outlet(match.group("name")):
            return _found(line, match, "sign-off")
    for line in split_lines(text):  # furniture lines too: where outlets name themselves
        if _QUOTED_SPEAKER.search(line.text):
            continue  # "Nick Ross, deputy editor at PC Pro, said": someone quoted, elsewhere
        for pattern in _SELF_REFERENCES:
            match = pattern.search(line.text)
            if _names_an_outlet(match):
                found = _found(line, match, "self-reference")  # type: ignore[arg-type]
                return _in_full(text, found)
        account = _ACCOUNT_LINK.match(line.text)
        name = _caught_name(account)[1] if account else ""
        if account and (_named_outlet(name) or the_and_a_name(name)):  # "The Quayline"
            return _found(line, account, "self-reference")
    return None


FULL_NAME_USES = 2  # a one-word name's longer form, written this often at least


def _in_full(text: str, found: Found) -> Found:
    """A site that calls itself by its first word ("About Kestrel", "Advertise with Kestrel")
    where the text writes its full name too, twice or more ("Kestrel Technica"): the full name,
    the outlet's one name. The word after it is no word of the language ("Kestrel Staff")."""
    if " " in found.value:
        return found
    seconds = Counter(
        match.group(1)
        for match in re.finditer(rf"\b{re.escape(found.value)} ([A-Z][a-z]{{2,}})\b", text)
    )
    second, uses = next(iter(seconds.most_common(1)), ("", 0))
    if (
        uses < FULL_NAME_USES
        or second.lower() in word_set("news_words")
        or second.lower() in lexicon("places")
    ):
        return found
    full = f"{found.value} {second}"
    at = text.index(full)
    return Found(full, at, at + len(full), found.rule)


# "Subscribe to Harbour Notes" alone on a line: a newsletter's button with its name
_SUBSCRIBE_TO = re.compile(
    r"^[ \t]*(?i:subscribe to)[ \t]+(?P<name>[A-Z][^\n]{1,50}?)[ \t]*$", re.M
)
NEWSLETTER_MASTHEAD_LINES = 3  # the page's first lines, where its name stands


def newsletter_name(text: str) -> Found | None:
    """A page's name at its top that its button repeats ("Harbour Notes" over the post,
    "Subscribe to Harbour Notes" under it): a publication whose name holds no outlet's word,
    as newsletters' do. Both must agree: neither alone names an outlet."""
    if "ubscribe to" not in text:
        return None
    written = (line.text.strip() for line in split_lines(text) if line.text.strip())
    first = list(islice(written, NEWSLETTER_MASTHEAD_LINES))
    for match in _SUBSCRIBE_TO.finditer(text):
        name = match.group("name")
        if name in first and _outlet_shaped(name) and not _menu_words(name):
            return Found(name, match.start("name"), match.end("name"), "self-reference")
    return None


# The page's prompts naming its address: "Get the latest news from harbourledger.example in
# your inbox", "More news at harbourledger.example", "Trending Now on Kestrel.example"
_ADDRESS_PROMPT = re.compile(
    r"\b(?i:(?:latest )?news (?:from|at|on)|(?:more )?stories (?:from|at|on)|trending (?:now )?on)"
    r"\s+(?:www\.)?(?P<name>[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.[A-Za-z]{2,})\b"
)


def _address_prompt(text: str, written: list[Line]) -> Found | None:
    """Last of all, a prompt naming the site's address: its outlet as the address reads."""
    for line in written:
        match = _ADDRESS_PROMPT.search(line.text)
        if match and is_domain(match.group("name")):
            evidence = (line.start + match.start("name"), line.start + match.end("name"))
            # as the text spells it or as outlet words read it: not a bare label ("thewest" is
            # no "The West Australian")
            found = _outlet_of_domain(
                match.group("name"), text, 0, evidence, "address-prompt", initials=False
            )
            if found is not None:
                return found
    return None


_REPORTING_OUTLET = r"(?P<name>(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})"
# "the minister told The Harbour Ledger", "a source told KHBR": an outlet's own interview.
# Not "in an interview with", "speaking to", "seen by": news writes those of other outlets'
# scoops it cites ("said in an interview with the Financial Times", BBC and GUM news).
_TOLD = re.compile(r"\btold\s+(?:the\s+)?" + _REPORTING_OUTLET)
# "The Quayline has learned that …", "Kestrel Post understands …": the outlet at a
# sentence's start, reporting; news cites others as "X reported", not so
_OUTLET_REPORTS = re.compile(
    # at a sentence's start, or ending one after a comma ("…, The Quayline has learned.")
    r"(?:^|(?<=[.!?;:,]\s)|(?<=[.!?][\"”’]\s))"
    + _REPORTING_OUTLET
    + r"\s+(?:(?:has|had)\s+(?:learned|learnt|reached out|contacted)|understands|reached out)\b",
    re.MULTILINE,
)

# "Information reaching KESTREL POST is that …": what reached the outlet, its own reporting
_REACHING = re.compile(
    r"\b(?:[Ii]nformation|[Rr]eports?|[Nn]ews)\s+reaching\s+(?:the\s+)?" + _REPORTING_OUTLET
)


# "A HarbourOnline reporter finds himself …", "our Harbour Times correspondent": its own staff
_OWN_STAFF = re.compile(
    r"\b(?:[Aa]n?|[Oo]ur)\s+(?P<name>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})\s+"
    r"(?:reporter|correspondent|journalist|investigation)\b"
)


def _the_title(name: str) -> bool:
    """ "The Islander", "The Quay": a capital "The" and one or two title-case words, no place
    ("The Hague") and no menu's label."""
    words = name.split()
    return (
        words[0] == "The"
        and 2 <= len(words) <= 3
        and all(word[:1].isupper() and word.isalpha() for word in words[1:])
        and fold(name) not in lexicon("places")
        and fold(" ".join(words[1:])) not in lexicon("places")
        and _outlet_shaped(name)
    )


def _camel_case_outlet(name: str) -> bool:
    """One word in capitals and small letters made of outlet words: "HarbourOnline"."""
    return (
        " " not in name
        and name.isalpha()
        and _GLUED.search(name) is not None
        and outlet_words_of(name.lower()) is not None
    )


def _told_outlet(text: str) -> Found | None:
    """Last of all, the outlet someone spoke to: where nothing credits a story, the outlet
    that interviewed them is most often the one that published it; a wire agency only where
    no other outlet is told anything ("told Reuters" is often another outlet's quote)."""
    agency = None
    found = [*_TOLD.finditer(text), *_OUTLET_REPORTS.finditer(text), *_REACHING.finditer(text)]
    for match in sorted(found, key=lambda match: match.start()):
        name, start = match.group("name"), match.start("name")
        after_the = text[start - 4 : start].lower() == "the "
        outlet = name.rstrip(".")  # "… told the Harbour Gazette.": the sentence's full stop
        # "KESTREL POST has learnt": some outlets write their own name in capitals; "told The
        # Islander": a capital "The" makes it a title
        if not _wire_agency(outlet) and (
            _named_outlet_any_case(outlet)
            or _the_title(_in_title_case(outlet))
            or _CALL_SIGN.match(outlet)
            or (after_the and outlet.lower() in lexicon("outlet_words"))  # "told the Courier"
            or _camel_case_outlet(outlet)  # "told HarbourOnline"
        ):
            return Found(canonical(outlet), start, start + len(outlet), "told")
        # An agency told something at a sentence's end ("…, he told Reuters.") is kept out:
        # in other outlets' copies that is how they quote the wires.
        if agency is None and _wire_agency(name):
            agency = Found(canonical(name), start, match.end("name"), "told")
    if agency is not None:
        return agency
    for match in _OWN_STAFF.finditer(text):
        name = match.group("name")
        if _named_outlet(name) or _camel_case_outlet(name):
            return Found(canonical(name), match.start("name"), match.end("name"), "own-staff")
    return None


_TITLE_CASE_SMALL_WORDS = frozenset({"of", "the", "and", "&"})


def _title_case_word(word: str) -> bool:
    """A word of a name in title case: capitalised, or one of the small words between."""
    return word[:1].isupper() or word.lower() in _TITLE_CASE_SMALL_WORDS


def _title_case_run(name: str) -> str:
    """ "The Republic unless otherwise noted" → "The Republic": an outlet's name is title case."""
    words = name.strip().split()
    kept = []
    for word in words:
        if not (_title_case_word(word) or word[:1].isdigit()):
            break
        kept.append(word)
    return " ".join(kept)


# "Tom Vane for the Harbour Gazette", "Harbour Gazette Staff": a byline without "By", the
# outlet named in full (its last word an outlet's word) or a known agency.
_WRITER_FOR_OUTLET = re.compile(
    r"^\W*(?:(?i:written|reported)\s+by\s+)?"  # "Written by Jane Roe for the Harbour Herald"
    r"[A-Z][a-z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}\s+for\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w.&'’ -]{1,40}?)\W*$"
)
# "Harbour News Service" alone on a header line: the outlet's own wire.
_NEWS_SERVICE = re.compile(r"^\W*(?P<name>[A-Z][\w.&'’ -]{1,40}?\s(?i:news service))\W*$")
_OUTLET_STAFF = re.compile(
    r"^\W*(?P<name>[A-Z][\w.&'’ -]{1,40}?)\s+(?i:staff(?:\s+(?:reporters?|writers?))?|news\s+desk)\W*$"
)
# "Quaytown, Harbour Herald Bureau | Updated: …": the outlet's bureau, after the place it
# wrote from, as the byline
_OUTLET_BUREAU = re.compile(
    r"^\W*(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}\s*,\s*)?"
    r"(?P<name>[A-Z][\w.&'’ -]{1,40}?)\s+(?i:bureau)\s*(?:[|·•]|$)"
)


def _outlet_s_bureau(name: str, line: str) -> bool:
    """ "Quaytown, Kestrel Nation Bureau | Updated: 19 November 2019": a bureau named after
    something other than a place, on the story's dated line, is its outlet's, whatever words
    the outlet's name has ("Washington Bureau" is a place's, "Sports Bureau" a desk's)."""
    return _wire_agency(name) or (
        _outlet_shaped(name)
        and fold(name) not in lexicon("places")
        and not section_label(name)
        and bool(find_dates(line))
    )


HEADER_LINES = 30  # page copies hold menus and share buttons above the byline
# A header line's credit of the outlet, and what its name must be: the outlet's staff, a known
# agency as the byline or before the date, the outlet after a writer's name.
_HEADER_CREDITS: tuple[tuple[re.Pattern[str], Callable[[str, str], bool]], ...] = (
    # not "By Sports Desk": a section's desk names no outlet
    (_STAFF_BYLINE, lambda name, line: _looks_like_outlet(name) and not section_label(name)),
    (
        _AGENCY_BYLINE,
        lambda name, line: _wire_agency(name) or _outlet_not_writer(name) or _one_word_credit(name),
    ),
    (_WRITERS_THEN_OUTLET, lambda name, line: _wire_agency(name[4:]) or _named_outlet(name)),
    (_WRITERS_THEN_AGENCY, lambda name, line: _wire_agency(name)),
    (_AGENCY_THEN_DATE, lambda name, line: _wire_agency(name) and bool(find_dates(line))),
    (_OUTLET_SECTION_DATE, lambda name, line: _named_outlet(name) and bool(find_dates(line))),
    (_AGENCY_THEN_PLACE, lambda name, line: _wire_agency(name)),
    (_WRITER_FOR_OUTLET, lambda name, line: _named_outlet(name) or _wire_agency(name)),
    (_OUTLET_STAFF, lambda name, line: _named_outlet(name) or _wire_agency(name)),
    (_OUTLET_BUREAU, lambda name, line: _named_outlet(name) or _outlet_s_bureau(name, line)),
    (_NEWS_SERVICE, lambda name, line: _looks_like_outlet(name)),
    # "by: Jane Roe" over "From: The Harbour Gazette": the byline block's outlet
    (_FROM_LABEL, lambda name, line: _looks_like_outlet(name) and not _menu_words(name)),
    (_FROM_OUTLET, lambda name, line: _named_outlet(name) or _wire_agency(name)),
    # glued, or with a space, where a given name opens the line ("Jane Roe The Coast Wire")
    (
        _WRITER_GLUED_OUTLET,
        lambda name, line: _looks_like_outlet(name) and (_glued(name, line) or given_first(line)),
    ),
    # "HARBOUR HERALD, 7 MARCH 2024": a print copy's line of the paper and the day
    (OUTLET_COMMA_DATE, lambda name, line: _named_outlet_any_case(name)),
    # "Harbour Herald | Quay City's trusted news": the outlet, then its tagline
    (_OUTLET_TAGLINE, lambda name, line: _named_outlet(name)),
    (
        _WRITER_OUTLET,
        lambda name, line: (
            _looks_like_outlet(name) and not find_dates(name) and not _menu_words(name)
        ),
    ),
)


def _between_paragraphs(lines: list[Line], index: int) -> bool:
    """The line stands between two of the story's paragraphs, under two of them (under a
    standfirst alone, over the lede, it is the byline)."""
    return 1 < index < len(lines) - 1 and all(
        lede_line(lines[near].text) for near in (index - 2, index - 1, index + 1)
    )


def _glued(name: str, line: str) -> bool:
    at = line.rfind(name)
    return at > 0 and line[at - 1] != " "


_SPECIAL_TO = re.compile(r"^\W*(?i:special to|exclusive to|for)\s+")
FOOTER_LINES = 25  # and a footer below the body: the copyright line stands in it
# "By Jane Roe and Tom Vane" over a line of its own: "The Coast Wire" (a page's byline block,
# one field a line): the agency or outlet credited with the writers' story.
_BY_WRITER = re.compile(r"^\W*(?i:by)\s+[A-Z][\w'’.-]+\s+[A-Z]")


def _names_an_agency(line: str) -> bool:
    """A line that is only a wire agency's name, or an outlet's ("… News", "… Press")."""
    name = line.strip()
    words = {w.lower() for w in name.split()}
    return _wire_agency(name) or (
        bool(words & lexicon("outlet_words")) and _looks_like_outlet(name)
    )


_AUTHOR_PARTS = re.compile(r"[^;,|/]+")


def _agency_author(metadata: Metadata | None) -> Found | None:
    """A wire agency or an outlet as the page's author ("author: Associated Press", "author:
    Jane Roe; PTI", "author: Harbour Gazette"): it wrote the story, whatever site carries it."""
    author = metadata.get("author") if metadata else None
    if author is None:
        return None
    for part in _AUTHOR_PARTS.finditer(author.value):
        name = part.group().strip()
        name = _agency_before_role(name) or name  # "AP National Security Writer"
        if _wire_agency(name) or _named_outlet(name) or _agency_initials(name):
            start = author.start + part.start() + part.group().index(name)
            return Found(canonical(name), start, start + len(name), "byline")
    return None


def _agency_initials(name: str) -> bool:
    """ "author: HGN; Harbour Weekly": an agency's initials in an author field, which names
    people by their names (two letters may be a writer's initials; a name in capitals is one)."""
    return (
        _INITIALS.fullmatch(name) is not None
        and len(name) >= 3
        and name.lower() not in lexicon("first_names")
    )


def _copyrights(footer: list[Line]) -> Iterator[tuple[Line, re.Match[str], str]]:
    """The copyright lines of a footer, last first (the page's own copyright is its last; a
    picture's is higher), each with its match and the holder it names."""
    for line in reversed(footer):
        if _PART_S_COPYRIGHT.match(line.text):
            continue
        for match in (
            _NAME_THEN_COPYRIGHT.match(line.text),
            _COPYRIGHT.search(line.text),
            _YEAR_THEN_RIGHTS.match(line.text),
        ):
            holder = _copyright_holder(match) if match else None
            # "All content © 2021 The Harbour Ledger": the second; "Press Council Regulated
            # Copyright © 2021 Harbour Media": a label before the sign, the holder after it;
            # "Top of Page Home © 2014 Harbour Media": the footer's links before the sign
            if match and holder and not _participle_ending(holder) and not _link_ending(holder):
                yield line, match, holder
                break


# A copyright of a part of the page, not the page's: a picture's ("Image copyright Mara
# Quillon", "Picture copyright: Quay Images"), or a data provider's ("Sports data © Kestrel
# Stats 2016", "Market data copyright Quay")
_PART_S_COPYRIGHT = re.compile(
    r"\W*(?i:image|picture|photo|photograph|video)s?\s+(?i:copyright)\b"
    r"|\W*(?:[A-Za-z]+\s+)?(?i:data|quotes|prices|maps?)\s+(?:(?i:copyright)\b|©|\((?i:c)\))"
)


def _link_ending(name: str) -> bool:
    return name.split()[-1].lower() in _MENU_WORDS


def _participle_ending(name: str) -> bool:
    last = name.split()[-1].lower()
    return last.endswith("ed") and last in word_set("news_words")


def copyright_holders(text: str) -> list[str]:
    """Who the copyright lines among the text's last lines name: the site, or its owner."""
    if not _COPYRIGHT_MARK.search(text, max(0, len(text) - FOOTER_CHARACTERS)):
        return []  # most texts: no line to read
    return [holder for _, _, holder in _copyrights(_footer_lines(text))]


def _footer_lines(text: str, start: int = 0) -> list[Line]:
    """The last FOOTER_LINES written lines among the text's last FOOTER_CHARACTERS (from
    `start` at the earliest): the footer's lines, for their words (their offsets count from
    where the footer is read)."""
    offset = max(start, len(text) - FOOTER_CHARACTERS)
    written = [line for line in split_lines(text[offset:]) if line.text.strip()]
    return written[-FOOTER_LINES:]


# what each copyright pattern needs in its line: the sign, the word, or the reserved rights
_COPYRIGHT_MARK = re.compile(r"©|\(c\)|copyright|rights reserved", re.IGNORECASE)


FOOTER_CHARACTERS = 5000  # a footer's lines are read from the text's end, no further


_COMPANY_FORM_AFTER = re.compile(r",?\s*(?:inc|ltd|llc|plc|corp|limited|gmbh)\b\.?", re.IGNORECASE)


def _copyright_holder(match: re.Match[str]) -> str | None:
    """The outlet a copyright line names ("© 2024 The Harbour Ledger. All rights reserved.")."""
    name = _title_case_run(match.group("name"))
    words = name.split()
    incorporated = _COMPANY_FORM_AFTER.match(match.string, match.end("name")) is not None
    while len(words) > 1 and (
        words[-1].isdigit() or words[-1].lower().strip(".,") in _COMPANY_FORMS
    ):
        incorporated = incorporated or not words[-1].isdigit()
        words.pop()  # "© Harbour Times 2021", "Harbour Times Limited"
    if incorporated and len(words) > 1 and words[-1].lower().strip(".,") in lexicon("places"):
        words.pop()  # "Harbour Times Canada, Inc.": the outlet's company in one country
    name = " ".join(words)
    owner = _OWNER_FORM.search(name)
    # "The Harbour Gazette Company", "Telegraph Media Group": its paper's name; not "Kestrel
    # Media Group" → "Kestrel"
    paper = name[: owner.start()].split() if owner else []
    if paper and (len(paper) >= OWNED_PAPER_WORDS or paper[-1].lower() in lexicon("outlet_words")):
        name = " ".join(paper)
    if not name or name.lower().startswith("all rights") or not _looks_like_outlet(name):
        return None
    return name


def _credit_of(metadata: Metadata | None) -> Found | None:
    """The copyright line a saved page shows right under its story (`credit:`, see
    newscat.pages): the outlet a syndicated story came from, before the site that carries it."""
    credit = metadata.get("credit") if metadata else None
    match = _COPYRIGHT.search(credit.value) if credit else None
    if metadata is None or credit is None or match is None:
        return None
    name = _copyright_holder(match)
    if name is None:
        return None
    words = [w.strip(".,").lower() for w in _title_case_run(match.group("name")).split()]
    site = metadata.get("sitename")
    site_words = {w.lower() for w in site.value.split()} if site else set()
    if words[-1] in _COMPANY_FORMS or site_words & set(words) - {"the"}:
        return None  # the site's owner ("Harbour Media Inc."), or the site itself
    start, end = _span_in(match.group("name"), name, credit.start + match.start("name"))
    return Found(canonical(name), start, end, "copyright")


# A copyright held by a company that owns outlets, not by an outlet: "© 2019 QC Holdings,
# Inc.", "©2019 Bayside Publishing Corp."
_HOLDING_FORMS = frozenset(
    "holdings publishing publications communications corp corporation inc llc".split()
)


def holding_company(name: str) -> bool:
    """ "Kestrel Holdings Inc.", or a company's name that is only its first word and the
    words companies take ("Kestrel Media Group", "QX Productions, Inc."): an owner's name,
    which may own several outlets, each with a name of its own."""
    words = [word.lower().strip(".,") for word in re.split(r"[\s,]+", name) if word.strip(".,")]
    return any(word in _HOLDING_FORMS for word in words[1:]) or (
        len(words) > 1 and all(word in _OWNER_WORDS for word in words[1:])
    )


def _outlet_of(holder: str, text: str, lines: list[Line], written: list[Line]) -> Found | None:
    """The outlet a holding company's page names: where it speaks of itself ("did not respond
    to the Quay Courier's request for comment"), or its name alone on a line (masthead,
    footer) whose initials the company's name opens with ("QC Holdings": "Quay Courier"), or
    whose first word it opens with ("Kestrel Media Ltd": "The Kestrel Post"), or the page's
    own address printed at the copy's top or end (a company owns many sites)."""
    return (
        _self_reference(text, lines) or named_after(holder, written) or _own_address(text, written)
    )


# The words after a company's first that make it a company, not a paper: "Kestrel Media Ltd"
_COMPANY_WORDS = _HOLDING_FORMS | frozenset(
    "ltd limited plc media newspapers broadcasting group network company co".split()
)
# and those that name only an owner, never a paper: "Kestrel Media Group", "QX Interactive"
_OWNER_WORDS = _HOLDING_FORMS | frozenset(
    "ltd limited plc llp media group network company co productions interactive".split()
)


def _paper_named(words: list[str]) -> bool:
    """ "Post", "Daily News": a paper's name after its company's first word, no menu's label
    ("Newsletters", "Account", "Home")."""
    lowered = {word.lower().strip(".,") for word in words}
    return bool(lowered & lexicon("outlet_words")) and not lowered & _MENU_WORDS


def named_after(holder: str, written: list[Line]) -> Found | None:
    """The outlet's name alone on one of the lines, as its company is named: by initials
    ("QC Holdings": "Quay Courier") or by the same first word ("Kestrel Media": "THE KESTREL
    POST")."""
    first, *rest = holder.split()
    initials = _INITIALS.fullmatch(first) is not None
    company = bool(rest) and all(word.lower().strip(".,") in _COMPANY_WORDS for word in rest)
    for line in written:
        logo = _LOGO.match(line.text)
        name = logo.group("name") if logo else line.text.strip()
        words = [word for word in name.split() if word.lower() != "the"]
        if not words or fold(name) == fold(holder) or not _outlet_shaped(name):
            continue
        if (initials and "".join(word[0] for word in words) == first) or (
            # "Kestrel Media Ltd": "THE KESTREL POST", the paper named as its company is
            words[0].casefold() == first.casefold() and company and _paper_named(words[1:])
        ):
            start = line.start + line.text.index(name)
            return Found(canonical(name), start, start + len(name), "masthead")
    return None


_COMPANY_FORMS = frozenset(
    "inc ltd llc l.l.c plc corp corporation limited gmbh co lp l.p llp".split()
)
# An outlet's owning company named after it: "The Harbour Gazette Company", "Quay Courier
# Newspapers", "Harbour Today Media Group", "Kestrel Post Media Ltd".
OWNED_PAPER_WORDS = 2
_OWNER_FORM = re.compile(
    r"\s+(?:(?:company|newspapers|media)|media (?:group|network))$", re.IGNORECASE
)


def _section_of(site: str, sitename: str) -> bool:
    """ "Harbour Times Politics" of the site "Harbour Times": the outlet and its section's
    label after it, not an outlet's own name ("Harbour News" of "Harbour")."""
    section = site.removeprefix(sitename + " ")
    return (
        section != site
        and section_label(section)
        and not {word.lower() for word in section.split()} & lexicon("outlet_words")
    )


def _site_of(metadata: Metadata | None, text: str) -> Found | None:
    """The outlet a metadata block names: its title's site suffix ("… - Taipei Times"), else
    its site name (when written as a name, not only in another script)."""
    if metadata is None:
        return None
    title = metadata.get("title")
    if title:
        _, site = split_site_suffix(title.value)
        sitename = metadata.get("sitename")
        if site and sitename and _section_of(site, sitename.value):
            return Found(canonical(sitename.value), sitename.start, sitename.end, "metadata-site")
        if site and _looks_like_outlet(site):
            start = title.start + title.value.rindex(site)
            return Found(canonical(site), start, start + len(site), "metadata-title")
    sitename = metadata.get("sitename")
    path = _DOMAIN_AND_PATH.match(sitename.value) if sitename else None
    if sitename and path:  # "Kestrelpost.com/politics": the site, then its section's path
        sitename = Found(
            path.group("domain"), sitename.start, sitename.start + path.end("domain"), sitename.rule
        )
    if sitename and is_domain(sitename.value):
        named = _domain_name(text, sitename)
        if named:
            return named
    if sitename and sitename.value.startswith("@"):
        return _site_of_handle(sitename)
    tagline = _TAGLINE_AFTER.search(sitename.value) if sitename else None
    if sitename and tagline:  # "Quayside | the islands' own news", "Quayside - Your News"
        name = sitename.value[: tagline.start()].strip()
        sitename = Found(name, sitename.start, sitename.start + len(name), sitename.rule)
    if sitename and sitename.value.isascii() and _site_name_shaped(sitename.value):
        return Found(canonical(sitename.value), sitename.start, sitename.end, "metadata")
    return None


def _site_name_shaped(name: str) -> bool:
    """A name the page states is its site's: shaped as an outlet's, or as a name whose first
    word is a given name ("Mac Rumors"), which a credit in prose could not be told from a
    person's but a site-name field can."""
    words = name.split()
    return _looks_like_outlet(name) or (
        2 <= len(words) <= 3 and all(_title_case_word(word) for word in words)
    )


_HANDLE_WORD = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|\d+")


def _site_of_handle(sitename: Found) -> Found | None:
    """A site name that is the outlet's social handle ("@KestrelPost", taken from the page's
    card when it names no site): its words, from its capitals ("Kestrel Post") or, in lower
    case, from the words outlets are named with ("@harbourtimes" → Harbour Times)."""
    handle = sitename.value[1:]
    if not handle.isalnum():
        return None
    words = _HANDLE_WORD.findall(handle)
    if len(words) == 1 and handle.islower():
        words = outlet_words_of(handle) or []
    name = " ".join(words)
    if len(words) < 2 and not _wire_agency(name):
        return None  # "@kestrel": too little to name it by
    return Found(canonical(name), sitename.start, sitename.end, "metadata", derived=True)


_DOMAIN_AND_PATH = re.compile(r"(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/[\w/-]*$")
_TAGLINE_AFTER = re.compile(r"\s(?:\||[-–—]|::?)\s")  # "Harbour Gazette - Your Island News"
_HOST_OF_URL = re.compile(_URL_HOST)


def _host_of(metadata: Metadata, text: str) -> Found | None:
    """Last of the metadata: the outlet of the page's host (`hostname:`, or the `url:`'s), as
    the text spells it, a known agency, or read as outlet words (derived)."""
    hostname = metadata.get("hostname")
    if hostname is not None and hostname.value.split(".")[0].lower() in _BLOG_HOSTS:
        hostname = None  # "wordpress.com" of "quayside.wordpress.com": the url's host says it
    if hostname is not None:
        domain, start = hostname.value.removeprefix("www."), hostname.start
        start += hostname.value.index(domain)
    else:
        url = metadata.get("url")
        match = _HOST_OF_URL.match(url.value) if url else None
        if url is None or match is None:
            return None
        domain, start = match.group("domain"), url.start + match.start("domain")
    evidence = (start, start + len(domain))
    return _outlet_of_domain(domain, text, metadata.end, evidence, "metadata-host", initials=False)


def _domain_of_site(metadata: Metadata | None) -> Found | None:
    """Last of all: a site name that is only the site's domain, which nothing on the page
    spells as words ("sitename: harbourledger.example"), is the outlet as its address."""
    sitename = metadata.get("sitename") if metadata else None
    if sitename is None or not is_domain(sitename.value):
        return None
    return Found(sitename.value.lower(), sitename.start, sitename.end, "metadata-domain")


_CAPITALISED_RUN = re.compile(r"[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,4}")
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "news", "or", "ne"})
ACRONYM_LABEL = 4  # "abc.net.au", "rtl.de": a label this short is the outlet's initials


def registered_label(domain: str) -> str | None:
    """The name a domain registers: "abc" of "news.abc.net.au", "quayside" of
    "quayside.example"."""
    labels = domain.lower().split(".")[:-1]  # no top-level domain
    while len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()  # "abc.net.au"
    if len(labels) > 1 and labels[-1] in _BLOG_HOSTS:
        labels.pop()  # "quayside.wordpress.com": the blog's, not the host's
    return labels[-1] if labels else None


# Platforms that host blogs and newsletters under their own domain: the site is the label
# before theirs.
_BLOG_HOSTS = frozenset(
    "wordpress blogspot tumblr substack medium wixsite weebly typepad livejournal ghost "
    "github over-blog jimdofree".split()
)


def spelled_domain(domain: str, text: str) -> tuple[int, str] | None:
    """Where the text writes a domain's name as words ("harbourledger.example" → "Harbour
    Ledger", "The Harbour Ledger"), and those words."""
    label = registered_label(domain)
    if label is None:
        return None
    for match in _CAPITALISED_RUN.finditer(text):
        words = [(w.start(), w.group()) for w in re.finditer(r"\S+", match.group())]
        for first in range(len(words)):
            for last in range(first, len(words)):
                parts = [w for _, w in words[first : last + 1]]
                squashed = "".join(p for p in parts if p.lower() != "the").lower()
                if squashed.replace("'", "").replace("’", "") == label:
                    start = match.start() + words[first][0]
                    end = match.start() + words[last][0] + len(parts[-1])
                    short = first == last and len(label) <= TOO_SHORT_A_NAME
                    written = _TOP_LEVEL_AFTER.match(text, end) if short else None
                    if written:  # "AL.com": the domain as the site writes it, not "AL"
                        return start, text[start : written.end()]
                    return start, " ".join(parts)
    return None


TOO_SHORT_A_NAME = 2  # letters: a label this short names an outlet only with its domain's end
_TOP_LEVEL_AFTER = re.compile(r"\.[A-Za-z]{2,7}\b(?!\.\w)")


def _domain_name(text: str, sitename: Found) -> Found | None:
    """A site name that is only the domain ("harbourledger.example"): the outlet as the text
    writes it after the site name ("Harbour Ledger"), a known agency ("reuters.com"), the
    initials of a short label ("rtl.de" → "RTL"), or the domain's outlet words."""
    return _outlet_of_domain(
        sitename.value,
        text,
        sitename.end,
        (sitename.start, sitename.end),
        "metadata-site",
        initials=True,
    )


def _outlet_of_domain(
    domain: str,
    text: str,
    after: int,
    evidence: tuple[int, int],
    rule: str,
    *,
    initials: bool,
) -> Found | None:
    """The outlet a domain names: as the text from `after` on spells its words, a known
    agency, the initials of a short label (with `initials`), or its label read as outlet
    words (derived: not written in the text, its evidence the domain)."""
    label = registered_label(domain)
    if label is None:
        return None
    spelled = spelled_domain(domain, text[after:])
    if spelled is not None:
        start, name = after + spelled[0], spelled[1]
        return Found(canonical(name), start, start + len(name), rule)
    start, end = evidence
    if _wire_agency(label):
        return Found(canonical(label), start, end, rule)
    if initials and len(label) <= ACRONYM_LABEL and label.isalpha():
        return Found(label.upper(), start, end, rule)
    words = outlet_words_of(label)
    if words is not None:
        return Found(" ".join(words), start, end, rule, derived=True)
    return None


def own_site(domain: str, text: str, evidence: tuple[int, int], rule: str) -> Found | None:
    """The outlet of the page's own address: as _outlet_of_domain() reads it, else its name
    as the address registers it ("thequayline.com" → The Quayline, "quayline.com" →
    Quayline; derived), where that is no platform's (a share button's "facebook.com"); an
    address that registers a place's name is the outlet's name as written ("Quaytown.com")."""
    found = _outlet_of_domain(domain, text, 0, evidence, rule, initials=False)
    label = registered_label(domain)
    if label is not None and fold(label) in lexicon("places"):
        return Found(domain, *evidence, rule)  # "Leeds.example" is no city's name: the site's
    if found is not None or label is None or not label.isalpha() or label in _SHARING_SITES:
        return found
    rest = label[3:] if label.startswith("the") else ""
    name = f"The {rest.capitalize()}" if len(rest) >= BARE_NAME_LETTERS else label.capitalize()
    return Found(name, *evidence, rule, derived=True)


# Sites whose address a page prints for its share and follow buttons, not as its own.
_SHARING_SITES = frozenset(
    "facebook twitter x instagram youtube tiktok linkedin whatsapp telegram pinterest reddit "
    "google apple snapchat threads bsky flipboard".split()
)


@cache
def _outlet_words_longest_first() -> list[str]:
    return sorted(lexicon("outlet_words"), key=len, reverse=True)


SHORTEST_PLACE_PART = 4  # "nytimes": "ny" is no word newscat could spell out


def outlet_words_of(label: str) -> list[str] | None:
    """A domain's label read as an outlet's words, where it ends in words outlets are named
    with: "harbourpost" → Harbour Post, "theislandtimes" → The Island Times, "harbourmail" →
    Harbour Mail; None where no such word ends it or too little is left before them."""
    tail: list[str] = []
    rest = label.lower()
    while rest:
        word = next((w for w in _outlet_words_longest_first() if rest.endswith(w)), None)
        if word is None or word == rest:
            break
        tail.insert(0, word)
        rest = rest[: -len(word)]
    if not tail or not rest.isalpha():
        return None
    if rest.startswith("the") and len(rest) > len("the") + SHORTEST_PLACE_PART - 1:
        head = ["The", rest[3:].title()]
    elif rest in lexicon("outlet_words") or rest == "the" or len(rest) >= SHORTEST_PLACE_PART:
        head = [rest.title()]
    else:
        return None
    return head + [word.title() for word in tail]


_AGENCY_WORD = r"[^\W\d_](?:[\w.&'’-]*[^\W_])?"  # "Trend", "News.Az"; not the full stop after
_AGENCY_NAME = r"(?P<name>" + _AGENCY_WORD + r"(?:\s" + _AGENCY_WORD + r"){0,3})"
# The agency credited in the lede, where the credit ends its sentence ("Reuters reported BaFin
# as saying" quotes another outlet): "..., Trend reports.", "..., сообщает Trend.",
# "AZƏRTAC xəbər verir ki, ...".
# Each credit pattern with the words it needs: a plain substring test first keeps the regex
# engine off the many lines that hold none of them.
_REPORTS = [
    (
        ("reports", "reported", "informs"),
        re.compile(r",\s*" + _AGENCY_NAME + r"\s+(?:reports|reported|informs)\s*(?:[.;]|$)"),
    ),
    (  # "News.Az reports citing the ministry that ...", "Report informs that ..."
        (" citing", " that"),
        re.compile(
            r"(?:^|[.!?]\s+)" + _AGENCY_NAME + r"\s+(?:reports|informs),?\s+(?:citing|that)\b"
        ),
    ),
    (
        ("сообщ", "перед", "пишет"),
        re.compile(
            r",\s*(?:сообщает|сообщили|передает|передаёт|пишет)\s+"
            + _AGENCY_NAME
            + r"\s*(?:[.;]|$)"
        ),
    ),
    (
        ("xəbər verir",),
        re.compile(r"(?:^|[,.]\s*)" + _AGENCY_NAME + r"(?:-[^\s,]+)?\s+xəbər verir"),
    ),
]


def _credited_outlet(name: str) -> bool:
    """ "AzerNews reports", "Report informs": a known agency, a domain, or a name shaped like
    an outlet that is no place ("Moscow reports" is a city)."""
    return _agency_or_domain(name) or (
        _looks_like_outlet(name) and name.lower() not in lexicon("places")
    )


def _attribution(text: str, lines: list[Line]) -> Found | None:
    # Only the lede credits the outlet; "..., Agence France Presse reported." further down
    # quotes another one. The lede is the first line of sentence length after the header.
    for line in lines[:8]:
        for needs, pattern in _REPORTS:
            if not any(word in line.text for word in needs):
                continue
            for match in pattern.finditer(line.text):
                name = match.group("name")
                if _credited_outlet(name):
                    return _found(line, match, "attribution")
        if len(line.text.split()) >= LEDE_WORDS:
            break
    return None


def _masthead(lines: list[Line]) -> Found | None:
    """The outlet's name alone on the first line: "Report.az", "AZERTAC", "The Harbour
    Gazette"; or before the date on a line of the header: "Quaynews August 08, 2018"."""
    first = lines[0]
    name = first.text.strip()
    if is_domain(name) and not _wire_agency(name):  # a reader view's first line: the site
        evidence = (first.start, first.start + len(name))
        outlet = own_site(name, name, evidence, "masthead")
        return outlet or Found(canonical(name), *evidence, "masthead")
    if _agency_or_domain(name) or _named_outlet(name) or _capitals_masthead(lines):
        return Found(canonical(name), first.start, first.start + len(name), "masthead")
    if the_and_a_name(_in_title_case(name)) and _over_headline(lines):
        # "The Quayline" / "THE QUAYLINE" over the headline, or over the date and the headline
        return Found(name, first.start, first.start + len(name), "masthead")
    prefix = outlet_prefix(name) if len(lines) > 1 else None
    if prefix is not None:  # "Kestrel Post - Quaytown's daily news" over the headline
        start = first.start + first.text.index(prefix)
        return Found(canonical(prefix), start, start + len(prefix), "masthead")
    under_bar = _under_top_bar(lines)
    if under_bar is not None:
        name = under_bar.text.strip()
        return Found(canonical(name), under_bar.start, under_bar.start + len(name), "masthead")
    for line in _header_lines(lines):
        dates = find_dates(line.text)
        if len(dates) != 1 or line.text[dates[0].end :].strip():
            continue
        before = line.text[: dates[0].start]
        name = before.strip(" |/-–—·")
        if name.endswith(",") or fold(name) in lexicon("places"):
            continue  # "Madrid, 24 de noviembre": a dateline's place
        if _named_outlet(name) or (
            len(name.split()) == 1 and _looks_like_outlet(name) and not _menu_words(name)
        ):
            start = line.start + line.text.index(name)
            return Found(canonical(name), start, start + len(name), "masthead")
    return None


MASTHEAD_LINES = 6  # header lines where an outlet's name may stand before the date
HEADER_REACH = 40  # under a page's menus, the header ends at the body's first paragraph


def _first_paragraphs(lines: list[Line], count: int) -> list[Line]:
    """The body's first paragraphs (long lines ending a sentence) among the copy's first
    HEADER_REACH lines: where its header ends, whatever menus stand over it."""
    return list(islice((line for line in lines[:HEADER_REACH] if lede_line(line.text)), count))


def _header_lines(lines: list[Line]) -> list[Line]:
    """The first lines, and down to the body's first paragraph where menus stand over it."""
    first = _first_paragraphs(lines, 1)
    return lines[: max(MASTHEAD_LINES, lines.index(first[0]) if first else 0)]


_CRUMB_FIRST = re.compile(r"^\W*(?P<name>[A-Z][^>›»|\n]{1,40}?)\s*[>›»]\s*\S")
TOP_BAR_WORDS = 3  # "e-Paper", "Today's Paper", "Subscribe": the top bar's links


def _crumb_masthead(text: str) -> Found | None:
    """ "Kestrel Herald > Sport > Cricket" as the text's first line: the site's name first in
    its breadcrumb trail (furniture, so read as written)."""
    first = next((line for line in split_lines(text[:CRUMB_REACH]) if line.text.strip()), None)
    crumb = _CRUMB_FIRST.match(first.text) if first is not None else None
    if first is None or crumb is None or not _named_outlet(crumb.group("name")):
        return None
    return _found(first, crumb, "masthead")


CRUMB_REACH = 500  # characters at the text's top where its first line stands


def _under_top_bar(lines: list[Line]) -> Line | None:
    """The outlet's name right under the site's top bar ("e-Paper" / "Archives" / "Wednesday,
    May 3, 2024" / "Harbour Herald"): every line above it a short link, the last the day's
    date. (Under a menu's labels alone, "Live TV" is one of them.)"""
    for index, line in enumerate(lines[:MASTHEAD_LINES]):
        if index and _named_outlet(line.text.strip()):
            return line if find_dates(lines[index - 1].text) else None
        words = line.text.split()
        if len(words) > TOP_BAR_WORDS and not find_dates(line.text):
            return None
    return None


KICKER_WORDS = 3  # a kicker (a section's label over the headline) has no more words


# a wire's dateline in capitals opening the body: "LONDON - …", "HARBOUR CITY, March 3 (KQX) -"
# (not "CPD arrests six", nor "A Man Developed …")
_CAPITALS_DATELINE = re.compile(r"^\W*[A-Z][A-Z.'’ ]*[A-Z.](?:,|\s*[-–—(])")


MASTHEAD_LABELS = 2  # short lines under a masthead in capitals, over the headline


def _label_line(line: str) -> bool:
    """A few words with no sentence's end nor a date: a section's, a writer's, a label."""
    stripped = line.strip()
    return (
        0 < len(stripped.split()) <= KICKER_WORDS
        and not stripped.endswith((".", "!", "?"))
        and not find_dates(stripped)
    )


def _capitals_masthead(lines: list[Line]) -> bool:
    """An outlet's name in capitals on the first line ("THE HARBOUR GAZETTE") over a headline
    in small letters. A wire copy's first line in capitals is its headline ("COCOA MARKET
    REVIEW"), over the date or the body: not over a second headline."""
    name = lines[0].text.strip()
    if not name.isupper() or len(lines) < 2 or not _named_outlet_any_case(name):
        return False
    # "LOCAL NEWS", "World", "Opinion" / "Dana Kelso", "Updated": labels over the headline
    for line in lines[1 : 2 + MASTHEAD_LABELS]:
        if _headline_in_small_letters(line.text):
            return True
        if not _label_line(line.text):
            break
    return False


def _over_headline(lines: list[Line]) -> bool:
    """The first line stands over a headline in small letters, with at most a few labels or
    a date between."""
    for line in lines[1 : 2 + MASTHEAD_LABELS]:
        if _headline_in_small_letters(line.text):
            return True
        if not (_label_line(line.text) or find_dates(line.text)):
            return False
    return False


def _headline_in_small_letters(line: str) -> bool:
    return (
        not line.isupper()
        and not _CAPITALS_DATELINE.match(line)  # "LONDON - Crude rose …": a dateline
        and not menu_line(line, least=2)  # "News | Health": the menu's, not a headline
        and 3 <= len(line.split()) <= 25
        and not find_dates(line)
        and not lede_line(line)
        and not line.rstrip().endswith(".")
    )


def _syndicated(lines: list[Line]) -> Found | None:
    """The outlet a republished story says it first appeared in, or that produced it, or
    whose site the reader is sent to for the rest (searched from the end, where such a note
    stands)."""
    for line in reversed(lines):
        lowered = line.text.lower()
        if any(word in lowered for word in _SYNDICATION_WORDS):
            match = _SYNDICATED.search(line.text)  # a plain test first keeps the regex engine off
        elif " by " in lowered or lowered.lstrip(" \t-–—(").startswith("read "):
            match = _PRODUCED_BY.search(line.text)
        else:
            continue
        if _names_an_outlet(match):
            return _found(line, match, "syndication")  # type: ignore[arg-type]
        found = _syndicated_domain(line)
        if found is not None:
            return found
    return None


# "This article first appeared on harbourledger.example", "Read the full story at
# https://harbourpost.com" ("Read more at …" is a boilerplate line, never read for credits)
_SYNDICATED_DOMAIN = re.compile(
    r"\b(?:" + _FIRST_RAN + r"\s+(?i:on|in|at)|" + _RAN_FIRST + "|"
    r"^\W*(?i:read the (?:full|original|whole) (?:story|article) (?:at|on)))\s+"
    r"(?:(?i:https?://))?(?:(?i:www)\.)?(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b"
)


def _syndicated_domain(line: Line) -> Found | None:
    """The outlet whose address a republished story sends the reader to, read as its words
    ("harbourpost.com" → Harbour Post) or as a known agency's."""
    if "." not in line.text:
        return None
    match = _SYNDICATED_DOMAIN.search(line.text)
    if match is None:
        return None
    evidence = (line.start + match.start("domain"), line.start + match.end("domain"))
    return _outlet_of_domain(match.group("domain"), "", 0, evidence, "syndication", initials=False)


_SYNDICATION_WORDS = ("originally", "first", "republish", "reprint", "reproduc", "courtesy")
# "This story was produced by the Harbour Herald", "Read the full story at Harbour Herald"
# (not "Via Harbour Syndication": a distributor's, not the story's)
_PRODUCED_BY = re.compile(
    r"(?:\b(?i:this (?:story|article|report|piece) (?:was|is) (?:produced|published|reported)"
    r" by)|^\W*(?i:read the (?:full|original|whole) (?:story|article) (?:at|on)))"
    r"\s+(?:the\s+)?" + _NAMED + r"(?:[,.;:!)]|\s*$)"
)


def outlet_suffix(line: str) -> str | None:
    """The outlet a headline line ends with ("Floods close roads | Harbour Times", "… - Reuters"),
    where the suffix is shaped like an outlet's name, not a section's or a place's."""
    _, site = split_site_suffix(line.strip())
    if site is None:
        return None
    if _wire_agency(site) or is_domain(site):
        return site
    title_case = all(_title_case_word(w) for w in site.split())
    if title_case and (
        _named_outlet(site) or _bare_site(site, line.rstrip()[: -len(site)].rstrip()[-1:])
    ):
        return site
    return None  # not "Your trusted source of news"


def _bare_site(site: str, separator: str) -> bool:
    """A bare outlet's name as a site's suffix or prefix: one word only beside a bar, as sites
    write it ("… | Quayline"); after a dash it is a speaker's ("Taxes must be trusted -
    Kennedy")."""
    return bare_outlet_name(site) and (" " in site or separator == "|")


_PREFIX_SEPARATOR = re.compile(r"\s+[-–—|]\s+")


def outlet_prefix(line: str) -> str | None:
    """The outlet a line opens with before a separator: the site's name and its tagline
    ("Kestrel Post - Quaytown's daily news"), or a page title with the site first."""
    parts = _PREFIX_SEPARATOR.split(line.strip(), maxsplit=1)
    if len(parts) < 2 or not parts[1].strip():
        return None
    site = parts[0].strip()
    bare = _bare_site(site, line.strip()[len(parts[0]) :].strip()[:1])
    return site if _named_outlet(site) or bare or is_domain(site) else None


def bare_outlet_name(name: str) -> bool:
    """An outlet's name without an outlet's word, as a site's suffix or masthead gives it: one
    word that is no word of the language, name, place or page's word ("Quayline",
    "HarbourLink"), or "The" and one or two title-case words that are no section's, page's
    or place's ("The Quayline", "The Hill")."""
    words = name.split()
    if len(words) == 1:
        word = name.lower()
        return (
            len(name) >= BARE_NAME_LETTERS
            and name.isalpha()
            and name[0].isupper()
            and not name.isupper()  # "BREAKING", "OPINION": a label in capitals
            and word not in word_set("news_words")
            and word not in word_set("common_words")
            and word not in lexicon("first_names")
            and word not in lexicon("surnames")
            and word not in lexicon("places")
            and word not in word_set("page_words")
            and word not in _SECTION_WORDS
            and word not in _NEWER_LABELS
            and not _menu_words(name)
        )
    return (
        2 <= len(words) <= 3
        and words[0] == "The"
        and name.lower() not in lexicon("places")  # "The Hague", "The Gambia"
        and all(
            _title_case_word(word)
            and word.isalpha()
            and word.lower() not in _SECTION_WORDS
            and word.lower() not in word_set("page_words")
            and word.lower() not in lexicon("places")
            and word.lower() not in lexicon("first_names")
            for word in words[1:]
        )
        and not _menu_words(" ".join(words[1:]))
    )


BARE_NAME_LETTERS = 4


def the_and_a_name(name: str) -> bool:
    """ "The Quayline": "The" and one or two words that are no words of the language (where
    an outlet's name stands alone: a masthead, "About …"; not "The Latest", "The Author")."""
    return (
        name.startswith("The ")
        and bare_outlet_name(name)
        and not any(word.lower() in word_set("news_words") for word in name.split()[1:])
    )


# labels of newer pages than the news the word lists were built from
_NEWER_LABELS = frozenset("podcast podcasts livestream explainer recap updates vlog".split())


TITLE_LINES = 4  # the headline stands among the first content lines


def _title_suffix(lines: list[Line]) -> Found | None:
    for line in lines[:TITLE_LINES]:
        site = outlet_suffix(line.text)
        if site is not None:
            start = line.start + line.text.rindex(site)
            return Found(canonical(site), start, start + len(site), "title-suffix")
    return None


_CHANNEL = re.compile(r"\d{1,3}")


def _named_outlet(name: str) -> bool:
    """Two to five title-case words ending in an outlet's word ("Post", "Gazette", "News"),
    not a menu's or a section's label ("Business News", "Sport News"), nor a headline in
    capitals."""
    words = name.split()
    return (
        2 <= len(words) <= 5
        and not name.isupper()  # "COCOA MARKET REVIEW": a wire headline
        # "Harbour celebrates a decade online", "Reaction from the press": a headline
        and all(
            _title_case_word(word)
            or word.lower() in _NAME_SMALL_WORDS
            or (0 < at < len(words) - 1 and _CHANNEL.fullmatch(word))  # "KQX 12 News"
            for at, word in enumerate(words)
        )
        and words[-1].lower() in lexicon("outlet_words")
        and _looks_like_outlet(name)
        and not _menu_words(name)
        and words[0].lower() not in _SECTION_WORDS
        and words[0].lower() != "by"  # "By Dana Press": a writer's byline
    )


def outlet_alone(line: str) -> bool:
    """A line that is an outlet's name and nothing else: a masthead ("Kestrel Chronicle")."""
    return _named_outlet(line.strip())


def _outlet_not_writer(name: str) -> bool:
    """ "By Harbour Press": an outlet's name as the byline, not a writer's before it ("By Dana
    Kelso The Harbour Herald" is no outlet called that)."""
    return _named_outlet(name) and name.split()[0].lower() not in lexicon("first_names")


def _one_word_credit(name: str) -> bool:
    """ "By Kestrel", "By KQX": a byline of one word that is no name of a person (a writer
    gives a given name and a surname) nor a word of the language ("By Admin", "By Agencies")
    names the organisation that sent the story."""
    return (
        " " not in name
        and _looks_like_outlet(name)
        and name.lower() not in lexicon("surnames")
        and name.lower() not in word_set("news_words")
        and name.lower() not in word_set("page_words")
        and not _menu_words(name)
    )


def _named_outlet_any_case(name: str) -> bool:
    """ "HARBOUR NEWS" as well as "Harbour News": a name in capitals read as title case (where
    the capitals are not a wire's headline)."""
    return _named_outlet(_in_title_case(name))


def _in_title_case(name: str) -> str:
    """A name in capitals ("THE QUAYLINE") read as title case, to be tested as a name."""
    return name.title() if name.isupper() else name


# small words an outlet's name may hold: "Mail on Sunday", "Times of the Islands"
_NAME_SMALL_WORDS = frozenset({"on", "in", "at", "for", "de", "du", "la", "le"})
_SECTION_WORDS = frozenset(
    "business breaking latest live local national world top world's today's daily's health "
    "science technology tech travel money finance markets culture arts education".split()
)


_NEWSROOM_JOBS = frozenset(
    "reporter reporters writer correspondent editor columnist contributor journalist "
    "producer critic analyst staff".split()
)


def _outlet_before_job(name: str) -> str | None:
    """ "Harbour Post Reporter" → "Harbour Post": the outlet before a writer's job."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in _NEWSROOM_JOBS:
        return None
    rest = " ".join(words[:-1])
    return rest if _wire_agency(rest) or _named_outlet(rest) or is_domain(rest) else None


def _writers_job(name: str) -> bool:
    """ "Sports Reporter", "Senior Political Editor", "Staff Writer": the writer's job after a
    byline's comma, not an outlet."""
    words = name.split()
    return bool(words) and words[-1].lower() in _NEWSROOM_JOBS and not _outlet_before_job(name)


def _found_outlet(line: Line, match: re.Match[str]) -> Found:
    """A byline's outlet, without the writer's job after it."""
    name = match.group("name").strip()
    name = _outlet_before_job(name) or name
    start, end = _span_in(match.group("name"), name, line.start + match.start("name"))
    return Found(canonical(name), start, end, "byline")


def _span_in(written: str, name: str, offset: int) -> tuple[int, int]:
    """Where a name rebuilt from its words ("Harbour Times") stands in the text it was read
    from, whatever spaces that puts between them ("Harbour  Times", "Harbour\tTimes")."""
    found = re.search(r"\s+".join(map(re.escape, name.split())), written)
    if found is None:  # not rebuilt from these words: the whole of what was read
        return offset, offset + len(written)
    return offset + found.start(), offset + found.end()


def _agency_in_job(line: Line, match: re.Match[str]) -> Found | None:
    """The agency before the writer's job a byline's name group holds ("AP Business Writer")."""
    outlet = _agency_before_role(match.group("name"))
    if outlet is None:
        return None
    start = line.start + match.start("name")
    return Found(canonical(outlet), start, start + len(outlet), "byline")


def _agency_before_role(name: str) -> str | None:
    """ "CNN Senior Supreme Court Analyst", "Reuters correspondent": the outlet before the
    writer's job."""
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        head = " ".join(words[:size])
        if _wire_agency(head) and any(w.lower() in lexicon("role_heads") for w in words[size:]):
            return head
    return None


def _found(line: Line, match: re.Match[str], rule: str) -> Found:
    offset, name = _caught_name(match)
    start = line.start + match.start("name") + offset
    return Found(canonical(name), start, start + len(name), rule)


MASTHEAD_REACH = 15  # lines at a whole page's top where the outlet's name stands


# "Harbour Herald logo", "Harbour Herald homepage": a logo's text, the page copy without
# its picture
_LOGO = re.compile(r"^\W*(?P<name>\S.{0,40}?)\s+(?i:logo|homepage|home page)\W*$")


def _logo(text: str, before: int) -> Found | None:
    """The outlet's logo, written as its text where a page copy lost the picture, among the
    first lines (above `before`)."""
    end = text.find("\n", before)  # the lines up to the one `before` falls in, not the text's
    for line in split_lines(text if end < 0 else text[:end])[:MASTHEAD_REACH]:
        logo = _LOGO.match(line.text) if line.start < before else None
        if logo and _looks_like_outlet(logo.group("name")):
            return _found(line, logo, "masthead")
    return None


MENU_LINK_WORDS = 4  # words of a menu's link, at most
SAME_OPENING = 2  # other links that open with the same word, at least


def _menu_link_pattern(lines: list[Line], index: int) -> bool:
    """A short line opening with the word other short lines of the header open with ("All
    Coast News" with "All Reviews" and "All Videos"): one of a menu's links, made alike."""
    words = lines[index].text.split()
    if not 1 < len(words) <= MENU_LINK_WORDS:
        return False
    alike = sum(
        1
        for other, line in enumerate(lines)
        if other != index
        and 1 < len(line.text.split()) <= MENU_LINK_WORDS
        and line.text.split()[0] == words[0]
    )
    return alike >= SAME_OPENING


def masthead_above(text: str, story_start: int) -> Found | None:
    """In a page copied whole, the outlet's name alone on a line among the first lines above
    the story ("Skip to content" / "Quay Courier" / the day's date / the menu)."""
    logo = _logo(text, story_start)
    if logo:
        return logo
    header = [line for line in content_lines(text) if line.start < story_start]
    lines = header[:MASTHEAD_REACH]
    for index, line in enumerate(lines):
        name = line.text.strip()
        if under_menu(lines, index):
            continue  # "Tourism" / "Opinion" / "North Coast" / "Harbour Coast News": the menu's item
        if _menu_link_pattern(header, index):
            continue  # "All Coast News" among "All Reviews", "All Videos": a menu's links
        evidence = (line.start, line.start + len(name))
        if is_domain(name) and not _wire_agency(name):
            return own_site(name, name, evidence, "masthead") or Found(name, *evidence, "masthead")
        if _named_outlet_any_case(name):
            return Found(canonical(name), *evidence, "masthead")
    return _paper_word_in_header_and_footer(text, lines, story_start)


# The outlet words a paper is named by alone ("Observer", "Tribune"); not those a menu or a
# share button writes alone too ("News", "Magazine", "Mail", "Video")
_PAPER_WORDS = frozenset(lexicon("outlet_words")) - frozenset(
    "news daily wire press agency television tv radio network media online today magazine "
    "weekly world newswire nation voice reporter record review mail star standard".split()
)


def _paper_word_in_header_and_footer(
    text: str, header: list[Line], story_start: int
) -> Found | None:
    """ "Observer" alone on a line of the header and again among the footer's lines under the
    story: a paper named by its one word, its logo's text in both places."""
    candidates = [
        line
        for line in header
        if line.text.strip().lower() in _PAPER_WORDS and line.text.strip()[:1].isupper()
    ]
    if not candidates:
        return None  # most pages: no footer to read
    footer = [line.text.strip() for line in _footer_lines(text, story_start)]
    for line in candidates:
        name = line.text.strip()
        if name in footer:
            return Found(canonical(name), line.start, line.start + len(name), "masthead")
    return None
