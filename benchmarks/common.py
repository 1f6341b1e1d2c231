"""Helpers shared by the benchmark scripts: timing, peak memory of child processes."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

# The console script, as a user runs it (python -m newscat when it is not installed as one).
_SCRIPT = Path(sys.executable).parent / "newscat"
NEWSCAT = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "newscat"]


def run_timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall seconds and peak resident memory (MB) of a command and its children."""
    started = time.perf_counter()
    process = subprocess.run(
        command,
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed: {process.stderr.decode()[-500:]}")
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, peak_kb // 1024


def percentiles(samples: list[float]) -> tuple[float, float]:
    """Median and 95th percentile, in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def repeat(action: Callable[[], object], times: int) -> list[float]:
    samples = []
    for _ in range(times):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return samples


def ensure_files(folder: Path, count: int, seed: int = 7) -> Path:
    marker = folder / f".complete-{count}"
    if not marker.exists():
        from generate import write_files

        print(f"generating {count:,} article files in {folder} …", file=sys.stderr)
        write_files(folder, count, seed)
        marker.touch()
    return folder


def remove_catalogue(path: Path) -> None:
    """A catalogue file and the WAL files SQLite keeps beside it."""
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)


def ensure_catalogue(path: Path, count: int, seed: int = 7) -> Path:
    marker = path.with_suffix(".complete")
    if not marker.exists():
        from generate import write_catalogue

        print(f"generating a catalogue of {count:,} articles at {path} …", file=sys.stderr)
        remove_catalogue(path)
        write_catalogue(path, count, seed)
        marker.touch()
    return path
