"""Emails saved as .eml (a newsletter, a news alert, a story a colleague forwarded): the
header's From, Date and Subject lines over the message's text, as a mail program shows it,
so the extraction reads the header as the article's metadata (see extract/metadata.py).

Read with the standard library's email package; an HTML-only message is read as the page's
visible text, a block to a line."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from newscat.reading import ReadProblem

HEADER_FIELDS = ("From", "Date", "Subject")


def email_text(data: bytes) -> str:
    """The message's header lines, a blank line, then its text."""
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except Exception as error:  # the parser is lenient; a failure is a broken file
        raise ReadProblem(f"cannot read the email ({type(error).__name__})") from None
    if not isinstance(message, EmailMessage) or not any(message[f] for f in HEADER_FIELDS):
        raise ReadProblem("not an email: no From, Date or Subject line")
    header = [f"{name}: {_one_line(str(message[name]))}" for name in HEADER_FIELDS if message[name]]
    body = _body_text(message)
    if not body.strip():
        raise ReadProblem("the email holds no text")
    return "\n".join(header) + "\n\n" + body.strip() + "\n"


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _body_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # an unknown charset, a broken transfer encoding
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
    if part.get_content_subtype() == "html":
        from newscat.pages import visible_text

        return visible_text(content.encode("utf-8"))
    return str(content)
