"""The add command's work: read and extract each input (in a process pool when there are many),
write them in batched transactions from this one process, and report as it goes.

An article is reported as added only after the transaction holding it has committed, so an
interruption or a crash never loses anything that was reported.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from newscat import nearcopy, render
from newscat.catalog import Catalog, Incoming
from newscat.exports import ExportArticle, split_export
from newscat.extract import Extraction, PersonSpans, extract
from newscat.reading import ReadProblem, Source, expand, is_url, read_text

PROGRESS_FROM = 20  # files; fewer finish before a bar would help
PARALLEL_FROM = 64  # files; below this, starting worker processes costs more than it saves
BATCH = 200  # articles per transaction
WINDOW = 2_000  # inputs in flight at once, so memory stays flat however many files there are


@dataclass
class AddOutcome:
    added_ids: list[int] = field(default_factory=list)
    present_ids: list[int] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def added(self) -> int:
        return len(self.added_ids)

    @property
    def present(self) -> int:
        return len(self.present_ids)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def to_json(self) -> dict[str, Any]:
        return {
            "added": self.added_ids,
            "already_present": self.present_ids,
            "failed": [{"input": label, "reason": reason} for label, reason in self.failures],
            "skipped": [{"input": label, "reason": reason} for label, reason in self.skipped],
        }


class _Listing:
    """The per-article lines on stdout. When their reader goes away (`add DIR | head -3`),
    the lines stop and the adding goes on: the summary on stderr still counts everything."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def print(self, line: Any) -> None:
        if not self.enabled:
            return
        try:
            render.out.print(line)
        except BrokenPipeError:  # render.out has sent stdout to /dev/null
            self.enabled = False


@dataclass
class Prepared:
    """One input after reading and extraction: a record, or why there is none."""

    source: Source
    record: Extraction | None = None
    problem: str | None = None
    sketch: list[int] | None = None


def _stored_path(source: Source) -> str | None:
    if source.is_url:
        return source.path
    return None if source.is_stdin else os.path.abspath(source.path)


def prepare(source: Source, max_bytes: int, finder: PersonSpans | None = None) -> list[Prepared]:
    """The article a file holds, or the articles of a news-database export (each with its
    place in the file: "export.txt#3")."""
    try:
        text = read_text(source, max_bytes)
    except ReadProblem as problem:
        return [Prepared(source, problem=str(problem))]
    parts = split_export(text)
    if parts is not None:
        return [_prepared_part(source, part, finder) for part in parts]
    return [_extracted(source, text, finder)]


def _extracted(source: Source, text: str, finder: PersonSpans | None) -> Prepared:
    record = extract(text, filename=source.path, people_finder=finder)
    return Prepared(source, record, sketch=nearcopy.sketch(record.text))


def _prepared_part(source: Source, part: ExportArticle, finder: PersonSpans | None) -> Prepared:
    where = Source(f"{source.path}#{part.number}")
    if part.problem:
        return Prepared(where, problem=part.problem)
    return _extracted(where, part.text, finder)


def _prepare_in_worker(args: tuple[Source, int, PersonSpans | None]) -> list[Prepared]:
    return prepare(*args)


PARENT_CHECK_SECONDS = 1.0


def _die_with_parent(parent: int) -> None:
    """Worker start-up: a worker never outlives the add that started it. Linux ends it with
    the parent (PR_SET_PDEATHSIG); elsewhere, and as a second line, a thread checks the
    parent every second. Ctrl-C is the parent's to handle: it stops the workers."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's: terminate() sends it
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent died before the line above ran
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(PARENT_CHECK_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _prepared(
    sources: list[Source], max_bytes: int, finder: PersonSpans | None, jobs: int
) -> Iterator[Prepared]:
    """Inputs read and extracted, in order. stdin and finders that cannot cross to another
    process (a spaCy pipeline) stay in this one.
    However this generator ends (done, Ctrl-C, SIGTERM, an error), the workers are stopped."""
    crosses = finder is None or getattr(finder, "parallel_safe", False)
    parallel = jobs > 1 and crosses and len(sources) >= PARALLEL_FROM
    if not parallel:
        for source in sources:
            yield from prepare(source, max_bytes, finder)
        return
    on_disk = [s for s in sources if not s.is_stdin]
    for source in sources:
        if source.is_stdin:
            yield from prepare(source, max_bytes, finder)
    pool = multiprocessing.Pool(jobs, initializer=_die_with_parent, initargs=(os.getpid(),))
    try:
        for start in range(0, len(on_disk), WINDOW):
            window = on_disk[start : start + WINDOW]
            for parts in pool.imap(
                _prepare_in_worker, [(s, max_bytes, finder) for s in window], chunksize=16
            ):
                yield from parts
        pool.close()
        pool.join()
    finally:
        pool.terminate()


def address_list(name: str) -> list[str]:
    """The addresses of a --urls file (or stdin for "-"): one a line, blank lines and # notes
    left out; anything not http(s) is refused by name."""
    from newscat.errors import UsageProblem

    try:
        handle = sys.stdin if name == "-" else open(name, encoding="utf-8")  # noqa: SIM115
        with handle:
            lines = [line.strip() for line in handle]
    except OSError as error:
        raise UsageProblem(f"--urls {name}: {error.strerror or error}") from None
    addresses = [line for line in lines if line and not line.startswith("#")]
    wrong = [a for a in addresses if not is_url(a)]
    if wrong:
        raise UsageProblem(f"--urls {name}: not a web address: {wrong[0]!r}")
    return addresses


def _not_yet_fetched(
    catalog: Catalog, sources: list[Source], outcome: AddOutcome, quiet: bool
) -> list[Source]:
    """Addresses already catalogued (as given, or as the final address they led to) are not
    fetched again: a page's text changes with every visit (ads, counters), its address not."""
    known = catalog.ids_by_address([s.path for s in sources if s.is_url])
    if not known:
        return sources
    kept = []
    for source in sources:
        article_id = known.get(source.path) if source.is_url else None
        if article_id is None:
            kept.append(source)
            continue
        outcome.present_ids.append(article_id)
        if not quiet:
            render.err.print(render.added_line(article_id, False, source.label, None))
    return kept


def add_paths(
    catalog: Catalog,
    inputs: list[str],
    *,
    source: str | None,
    published: str | None,
    max_bytes: int,
    quiet: bool,
    people_finder: PersonSpans | None = None,
    jobs: int = 1,
    pattern: str | None = None,
    as_json: bool = False,
    ignore_robots: bool = False,
) -> AddOutcome:
    expansion = expand(inputs, pattern, ignore_robots=ignore_robots)
    outcome = AddOutcome(failures=list(expansion.problems), skipped=expansion.skipped)
    sources = _not_yet_fetched(catalog, expansion.sources, outcome, quiet or as_json)
    for label, reason in expansion.problems:
        render.err.print(render.failed_line(label, reason))
    if not quiet:
        for label, reason in expansion.skipped:
            render.err.print(render.skipped_line(label, reason))
    listing = _Listing(not quiet and not as_json)
    progress: Any = None
    task: Any = None
    if len(sources) >= PROGRESS_FROM and render.err.is_terminal:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        progress = Progress(
            TextColumn("adding"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=render.err,
            transient=True,
        )
        progress.start()
        task = progress.add_task("add", total=len(sources))
    batch: list[Prepared] = []

    def commit() -> None:
        results = catalog.add_many(
            [
                Incoming(p.record, _stored_path(p.source), p.sketch)
                for p in batch
                if p.record is not None
            ],
            source=source,
            published=published,
        )
        for result in results:
            (outcome.added_ids if result.created else outcome.present_ids).append(result.id)
        for item, result in zip(batch, results, strict=True):
            listing.print(
                render.added_line(
                    result.id,
                    result.created,
                    item.source.label,
                    item.record,
                    result.near_copies,
                    published=published,
                    source=source,
                )
            )
        if progress:
            progress.advance(task, len(batch))
        batch.clear()

    try:
        for item in _prepared(sources, max_bytes, people_finder, jobs):
            if item.record is None:
                outcome.failures.append((item.source.label, item.problem or "unreadable"))
                render.err.print(
                    render.failed_line(item.source.label, item.problem or "unreadable")
                )
                if progress:
                    progress.advance(task)
                continue
            batch.append(item)
            if len(batch) >= BATCH:
                commit()
        if batch:
            commit()
    except KeyboardInterrupt:
        render.err.print("interrupted: every article reported as added above is saved")
        raise
    finally:
        if progress:
            progress.stop()
        render.err.print(
            render.add_summary(outcome.added, outcome.present, outcome.failed, len(outcome.skipped))
        )
    return outcome
