"""Fetching an article's page from its address, politely: a user agent that says who is
asking, timeouts, a size cap, robots.txt respected (unless the user says otherwise), and a few
retries with back-off when the server says it is busy (429) or failing (5xx).

The standard library's urllib does all of it; no dependency is needed for one GET at a time.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit, urlunsplit

from newscat import __version__
from newscat.reading import ReadProblem

USER_AGENT = f"newscat/{__version__} (news catalogue; +https://github.com/newscat/newscat)"
TIMEOUT = 20.0  # seconds for the connection and for each read
RETRIES = 3  # attempts after the first, on 429 and 5xx
BACKOFF = 1.0  # seconds before the first retry, doubled each time
LONGEST_WAIT = 30.0  # a Retry-After longer than this is not waited for
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Fetched:
    url: str  # the final address, after redirects
    body: bytes


@cache
def _robots(origin: str) -> urllib.robotparser.RobotFileParser | None:
    """The site's robots.txt, read once per site and process; None when there is none."""
    parser = urllib.robotparser.RobotFileParser()
    request = urllib.request.Request(origin + "/robots.txt", headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            parser.parse(response.read(512_000).decode("utf-8", "replace").splitlines())
    except (urllib.error.URLError, OSError, ValueError):
        return None  # no robots.txt (or none readable): nothing is forbidden
    return parser


def allowed(url: str) -> bool:
    parts = urlsplit(url)
    robots = _robots(urlunsplit((parts.scheme, parts.netloc, "", "", "")))
    return robots is None or robots.can_fetch(USER_AGENT, url)


def _wait(error: urllib.error.HTTPError, attempt: int) -> float:
    after = error.headers.get("Retry-After", "") if error.headers else ""
    if after.strip().isdigit():
        return min(float(after), LONGEST_WAIT)
    return BACKOFF * 2**attempt


def fetch(url: str, *, max_bytes: int, ignore_robots: bool = False) -> Fetched:
    if not ignore_robots and not allowed(url):
        raise ReadProblem("robots.txt asks robots not to fetch this page (--ignore-robots)")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    for attempt in range(RETRIES + 1):
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                kind = response.headers.get_content_type()
                if kind not in _HTML_TYPES:
                    raise ReadProblem(f"not a web page ({kind})")
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise ReadProblem(_too_big(max_bytes))
                body = response.read(max_bytes + 1)
                if len(body) > max_bytes:
                    raise ReadProblem(_too_big(max_bytes))
                return Fetched(response.geturl(), body)
        except urllib.error.HTTPError as error:
            busy = error.code == 429 or 500 <= error.code < 600
            if busy and attempt < RETRIES:
                time.sleep(_wait(error, attempt))
                continue
            raise ReadProblem(f"HTTP {error.code} {error.reason}") from None
        except TimeoutError:
            raise ReadProblem(f"timed out after {TIMEOUT:.0f} s") from None
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, TimeoutError):
                raise ReadProblem(f"timed out after {TIMEOUT:.0f} s") from None
            raise ReadProblem(f"cannot reach the site ({reason})") from None
        except (OSError, ValueError) as error:
            raise ReadProblem(f"cannot fetch the page ({error})") from None
    raise ReadProblem("the site kept saying it was busy")  # not reached: the loop raises


def _too_big(max_bytes: int) -> str:
    return f"page is over the {max_bytes / 1_048_576:.0f} MB limit (raise it with --max-size)"
