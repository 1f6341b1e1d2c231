#!/usr/bin/env python3
"""Start-up: `newscat --help` and `newscat search x` against `python -c "import typer"`.

python benchmarks/bench_startup.py [--runs 20]

Each command runs once before it is timed, with byte-code caching on (some shells set
PYTHONDONTWRITEBYTECODE, which makes Python compile newscat's modules on every start: not
what an installed newscat does), so the figures are those of a warm, installed program.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from common import NEWSCAT, percentiles, repeat


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    sample = Path(__file__).resolve().parent.parent / "data" / "samples"
    with tempfile.TemporaryDirectory() as work:
        db = str(Path(work) / "c.db")
        subprocess.run(
            [*NEWSCAT, "add", "-q", "--db", db, str(sample)], check=True, capture_output=True
        )
        commands = {
            'python -c "import typer"': [sys.executable, "-c", "import typer"],
            "newscat --help": [*NEWSCAT, "--help"],
            "newscat search khojaly": [*NEWSCAT, "search", "khojaly", "--db", db],
        }
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        medians = {}
        for label, command in commands.items():
            subprocess.run(command, capture_output=True, check=False, env=env)  # warm-up
            samples = repeat(
                lambda c=command: subprocess.run(c, capture_output=True, check=False, env=env),
                args.runs,
            )
            medians[label] = statistics.median(samples)
            p50, p95 = percentiles(samples)
            print(f"{label:<28} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms")
    base = medians['python -c "import typer"']
    print(f"newscat --help / import typer: {medians['newscat --help'] / base:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
