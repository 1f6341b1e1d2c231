"""Finding the articles a user named (files, folders, globs, stdin) and decoding their bytes."""

from __future__ import annotations

import fnmatch
import glob
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newscat.errors import NewscatError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
STDIN = "-"


class ReadProblem(NewscatError):
    """One input could not be read; the batch goes on."""


def is_url(text: str) -> bool:
    """A web address newscat fetches (http or https), rather than a path."""
    return text.startswith(("http://", "https://"))


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a path on disk, or stdin."""

    path: str
    ignore_robots: bool = False  # for an address: fetch it even where robots.txt says no

    @property
    def is_url(self) -> bool:
        return is_url(self.path)

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN

    @property
    def label(self) -> str:
        return "<stdin>" if self.is_stdin else self.path


# What a folder walk takes without --glob: text files, files with no extension (decoded and
# refused later when they are not text), and saved web pages.
TEXT_SUFFIXES = frozenset([".txt", ".text", ""])
# Word and RTF documents: single articles, or news-database exports (newscat.documents);
# emails saved as .eml (newscat.mail)
DOCUMENT_SUFFIXES = (".docx", ".rtf", ".eml")
# Saved web pages, read through trafilatura (newscat.pages); a folder walk takes them too.
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".xhtml.gz")
# Documents a folder may hold beside its articles: each is reported as passed over, by name.
_DOCUMENT_KINDS = {
    ".json": "JSON",
    ".jsonl": "JSON",
    ".md": "Markdown",
    ".markdown": "Markdown",
    ".xml": "XML",
    ".csv": "a table",
    ".tsv": "a table",
    ".doc": "an old Word document (save it as .docx)",
    ".pdf": "a PDF",
    ".odt": "a document",
}


@dataclass
class Expansion:
    """The files named by the inputs, the inputs that name none, and what a folder walk
    passed over (documents by name, everything else as a count per folder)."""

    sources: list[Source] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def _walk(folder: Path, pattern: str | None, expansion: Expansion) -> Iterator[str]:
    """Article paths below a folder, as strings: a Path object per file would cost ~25 MB per
    100k files for nothing. With a pattern, the files it matches (by name, or by path below
    the folder when it holds a '/'); else text files."""
    others: dict[str, int] = {}
    for root, dirs, files in os.walk(folder):
        # "page_files/": the images and scripts a browser saves beside a page
        assets = [d for d in dirs if d.endswith("_files") and not pattern]
        for name in assets:
            expansion.skipped.append(
                (os.path.join(root, name), "passed over: a saved page's files")
            )
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in assets)
        for name in sorted(files):
            if name.startswith(".") or name.endswith(("-wal", "-shm", "-journal", "~", ".lock")):
                continue
            path = os.path.join(root, name)
            if pattern is not None:
                target = os.path.relpath(path, folder) if "/" in pattern else name
                if fnmatch.fnmatch(target, pattern):
                    yield path
                continue
            suffix = os.path.splitext(name)[1].lower()
            if suffix in TEXT_SUFFIXES or name.lower().endswith(PAGE_SUFFIXES + DOCUMENT_SUFFIXES):
                yield path
            elif suffix in _DOCUMENT_KINDS:
                expansion.skipped.append(
                    (path, f"passed over: {_DOCUMENT_KINDS[suffix]}, not a text article")
                )
            else:
                others[suffix] = others.get(suffix, 0) + 1
    if others:
        kinds = ", ".join(f"{count} {suffix}" for suffix, count in sorted(others.items()))
        expansion.skipped.append(
            (str(folder), f"passed over {sum(others.values())} other files ({kinds})")
        )


def expand(
    inputs: list[str], pattern: str | None = None, *, ignore_robots: bool = False
) -> Expansion:
    """The files and addresses the inputs name, in order and without repeats. A file named
    on its own is read whatever its name; a folder gives its text files (or those matching
    pattern); an http(s) address is fetched."""
    expansion = Expansion()
    seen: set[str] = set()

    def take(path: str) -> None:
        web = is_url(path)
        key = path if path == STDIN or web else os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            expansion.sources.append(Source(path, ignore_robots=ignore_robots and web))

    for raw in inputs:
        if raw == STDIN or is_url(raw):
            take(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            found = list(_walk(path, pattern, expansion))
            if not found:
                what = f"no files matching {pattern!r}" if pattern else "no text files"
                expansion.problems.append((raw, f"folder holds {what}"))
            for file in found:
                take(file)
        elif path.is_file():
            take(raw)
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            files = [m for m in matches if Path(m).is_file()]
            for folder in (Path(m) for m in matches if Path(m).is_dir()):
                files.extend(_walk(folder, pattern, expansion))
            if not files:
                expansion.problems.append((raw, "pattern matches no files"))
            for name in files:
                take(name)
        elif path.exists():
            expansion.problems.append((raw, "not a regular file"))
        else:
            expansion.problems.append((raw, "no such file or folder"))
    return expansion


def read_bytes(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    if source.is_stdin:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        try:
            size = os.path.getsize(source.path)
            if size > max_bytes:
                raise ReadProblem(
                    f"file is {size / 1_048_576:.1f} MB, over the {max_bytes / 1_048_576:.0f} MB limit "
                    "(raise it with --max-size)"
                )
            with open(source.path, "rb") as handle:
                data = handle.read(max_bytes + 1)
        except PermissionError:
            raise ReadProblem("permission denied") from None
        except IsADirectoryError:
            raise ReadProblem("is a folder") from None
        except OSError as error:
            raise ReadProblem(error.strerror or str(error)) from None
    if len(data) > max_bytes:
        raise ReadProblem(
            f"input is over the {max_bytes / 1_048_576:.0f} MB limit (raise it with --max-size)"
        )
    return data


_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(data: bytes) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 by BOM, else the encoding
    charset-normalizer finds most coherent; binary data is refused."""
    if not data.strip():
        raise ReadProblem("file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _text_or_refuse(data.decode(encoding))
            except UnicodeDecodeError:
                raise ReadProblem(
                    f"bytes are not valid {encoding} despite its byte-order mark"
                ) from None
    if b"\x00" in data[:8192]:
        guessed = _guess_utf16(data)
        if guessed is None:
            raise ReadProblem("binary file, not text")
        return _text_or_refuse(guessed)
    try:
        return _text_or_refuse(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ReadProblem("cannot tell the text encoding (not UTF-8, and no other encoding fits)")
    return _text_or_refuse(str(best))


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: NULs at every other byte."""
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2 or 1
    for encoding, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if zeros / half > 0.3:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


# UTF-8 once decoded as Latin-1 or cp1252 ("Â£600m", "firmâ€™s", "CafÃ©"): the telltale pairs.
_MOJIBAKE = re.compile(
    "[ÂÃâ][\u0080-\u00bf\u2018-\u203a\u20ac\u0152\u0153\u0160\u0161\u0178\u017d\u017e]"
)


def repair_mojibake(text: str) -> str:
    """Undo double-decoded UTF-8 with ftfy, which does it far more reliably than rules we
    would write; only when the telltale pairs are there, so clean text costs nothing."""
    if not _MOJIBAKE.search(text):
        return text
    from ftfy import fix_encoding

    return fix_encoding(text)


# Control characters other than line breaks, tabs and form feeds: many of them mean binary.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
CONTROL_SAMPLE = 20_000  # characters looked at


def _text_or_refuse(text: str) -> str:
    if not text.strip():
        raise ReadProblem("file is empty")
    text = repair_mojibake(text)
    controls = len(_CONTROL.findall(text, 0, CONTROL_SAMPLE))
    if controls > max(8, min(len(text), CONTROL_SAMPLE) // 50):
        raise ReadProblem("binary file, not text")
    return text


def read_text(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    if source.is_url:
        from newscat.fetching import fetch
        from newscat.pages import page_text

        fetched = fetch(source.path, max_bytes=max_bytes, ignore_robots=source.ignore_robots)
        return page_text(fetched.body, compressed=False, max_bytes=max_bytes, url=fetched.url)
    data = read_bytes(source, max_bytes)
    name = "" if source.is_stdin else source.path.lower()
    if name.endswith(".docx"):
        from newscat.documents import docx_text

        return _text_or_refuse(docx_text(data))
    if name.endswith(".rtf"):
        from newscat.documents import rtf_text

        return _text_or_refuse(rtf_text(data))
    if name.endswith(".eml"):
        from newscat.mail import email_text

        return _text_or_refuse(email_text(data))
    if name.endswith(PAGE_SUFFIXES):
        from newscat.documents import export_page_text
        from newscat.pages import page_text

        if not name.endswith(".gz") and (export := export_page_text(data)) is not None:
            return export

        return page_text(data, compressed=name.endswith(".gz"), max_bytes=max_bytes)
    return decode(data)
