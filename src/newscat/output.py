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


@contextlib.contextmanager
def open_output(
    path: Path | None, *, force: bool = False, newline: str | None = None
) -> Iterator[IO[str]]:
    """stdout when path is None; else a temporary file beside path, renamed over it at the end.
    An existing file is kept unless force is given; on any error nothing is left behind."""
    if path is None:
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
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
