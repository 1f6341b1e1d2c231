"""The add command's work: read each input, extract, catalogue, report as it goes."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from newscat import render
from newscat.catalog import Catalog
from newscat.extract import PersonSpans, extract
from newscat.reading import ReadProblem, Source, expand, read_text

PROGRESS_FROM = 20  # files; fewer finish before a bar would help


@dataclass
class AddOutcome:
    added: int = 0
    present: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


def _stored_path(source: Source) -> str | None:
    return None if source.is_stdin else os.path.abspath(source.path)


def add_paths(
    catalog: Catalog,
    inputs: list[str],
    *,
    source: str | None,
    published: str | None,
    max_bytes: int,
    quiet: bool,
    people_finder: PersonSpans | None = None,
) -> AddOutcome:
    sources, problems = expand(inputs)
    outcome = AddOutcome(failures=list(problems))
    for label, reason in problems:
        render.err.print(render.failed_line(label, reason))
    progress = None
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
    try:
        for item in sources:
            try:
                text = read_text(item, max_bytes)
                record = extract(text, filename=item.path, people_finder=people_finder)
                result = catalog.add(record, _stored_path(item), source=source, published=published)
            except ReadProblem as problem:
                outcome.failures.append((item.label, str(problem)))
                render.err.print(render.failed_line(item.label, str(problem)))
            else:
                if result.created:
                    outcome.added += 1
                else:
                    outcome.present += 1
                if not quiet:
                    render.out.print(
                        render.added_line(
                            result.id, result.created, item.label, record, result.near_copies
                        )
                    )
            if progress:
                progress.advance(task)
    except KeyboardInterrupt:
        render.err.print("interrupted: everything reported as added above is saved")
        raise
    finally:
        if progress:
            progress.stop()
        render.err.print(render.add_summary(outcome.added, outcome.present, outcome.failed))
    return outcome
