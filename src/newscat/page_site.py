"""A saved page's site name where trafilatura's is not one: with no og:site_name, it falls
back on the page's social account ("@nytimes" → "Nytimes"), which is no outlet's name as it
writes it. The page's <title> usually ends with that name ("… - The New York Times"); where
it names the same site as the account or the address, that name replaces the account's; an
account named after the domain ("Harbourledgerexample") gives way to the domain."""

from __future__ import annotations

import re
from typing import Any

from newscat.extract.source import registered_label

# The metadata block's fields (a name with spaces is no domain: is_domain() says so)
SITENAME_FIELD = re.compile(r"^sitename: (?P<name>[^\n]+)$", re.MULTILINE)
_HOSTNAME_FIELD = re.compile(r"^hostname: (?P<host>\S+)$", re.MULTILINE)
# What parts a <title>: "Headline - Site", "Headline | Section | Site", "Headline :: Site"
_TITLE_SEPARATOR = re.compile(r"\s+(?:[-|–—:·•]|::|--)\s+")
SITE_WORDS = 5  # a title's last part longer than this is the headline's, not the site's


def with_site_for_account(text: str, tree: Any) -> str:
    """The metadata block's site name, where it is only the page's social account, replaced
    by the site name the page's <title> ends with, if that names the same site."""
    block, separator, _ = text.partition("\n---\n")
    field = SITENAME_FIELD.search(block)
    if not separator or field is None or tree is None:
        return text
    name = field.group("name").strip()
    accounts = {
        account.strip().lstrip("@").casefold()
        for account in tree.xpath(
            '//meta[@name="twitter:site" or @name="application-name"]/@content'
        )
    }
    if name.casefold() not in accounts:
        return text
    labels = {name.casefold()}
    host = _HOSTNAME_FIELD.search(block)
    if host is not None:
        labels.add(registered_label(host.group("host")) or "")
    title = " ".join(tree.findtext(".//title", default="").split())
    site = site_in_title(title, labels - {""})
    if site is None:
        return text
    return text[: field.start()] + f"sitename: {site}" + text[field.end() :]


def with_domain_for_account(text: str) -> str:
    """A site name that is the site's social account, named after its domain without the dots
    ("Harbourledgerexample" for harbourledger.example, a page's "@harbourledgerexample"): the
    domain, which the page's own spelling of it then replaces."""
    block, separator, _ = text.partition("\n---\n")
    field = SITENAME_FIELD.search(block)
    host = _HOSTNAME_FIELD.search(block)
    if not separator or field is None or host is None:
        return text
    domain = host.group("host").removeprefix("www.")
    if field.group("name").casefold() != domain.replace(".", "").casefold():
        return text
    return text[: field.start()] + f"sitename: {domain}" + text[field.end() :]


def site_in_title(title: str, labels: set[str]) -> str | None:
    """The last part of a page's title ("… - The New York Times") where the whole of it
    names a site one of the labels names ("nytimes"); not where only its first words do
    ("Kestrel Post Politics"), which may be a section's or another brand's."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return None
    site = parts[-1].strip()
    if not site or len(site.split()) > SITE_WORDS:
        return None
    return site if any(names_the_site(site, label) for label in labels) else None


def names_the_site(name: str, label: str) -> bool:
    """ "The New York Times" and "nytimes", "Android Central" and "androidcentral", "AL.com"
    and "al": its letters, its initials then its last words, or a domain of its own."""
    words = re.findall(r"[a-z0-9]+", name.casefold())
    if "." in name and len(words) > 1:
        words = words[:-1]  # "AL.com": the domain's label
    if words and words[0] == "the":
        words = words[1:]
    if not words or len(label) < 2:
        return False
    if "".join(words) == label:
        return True
    # "New York Times": the initials of the first words, then the last ones whole
    return any(
        "".join(word[0] for word in words[:cut]) + "".join(words[cut:]) == label
        for cut in range(1, len(words))
    )
