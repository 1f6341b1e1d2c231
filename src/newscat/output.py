"""Writing a file so that it is whole or absent: a temporary file renamed into place."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from newscat.errors import NewscatError


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def open_output(
    path: Path | None, *, force: bool = False, newline: str | None = None
) -> Iterator[IO[str]]:
    """stdout when path is None or "-"; else a temporary file beside path, renamed over it at the end.
    An existing file is kept unless force is given; on any error nothing is left behind."""
    if path is None or str(path) == "-":
        if newline == "":
            sys.stdout.reconfigure(newline="")  # type: ignore[union-attr]
        yield sys.stdout
        sys.stdout.flush()
        return
    if path.exists() and not force:
        raise NewscatError(f"{path} exists; use --force to overwrite it")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise NewscatError(f"cannot write {path}: folder {folder} does not exist")
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise NewscatError(f"cannot write {path}: {error.strerror}") from None
    try:
        # mkstemp makes the file 0600; the output gets the mode any new file would (umask),
        # or keeps the mode of the file it replaces.
        os.chmod(fd, path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
