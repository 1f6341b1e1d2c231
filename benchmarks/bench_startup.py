#!/usr/bin/env python3
"""Start-up: `newscat --help` and `newscat search x` against `python -c "import typer"`.

python benchmarks/bench_startup.py [--runs 20]
"""

from __future__ import annotations

import argparse
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
        medians = {}
        for label, command in commands.items():
            samples = repeat(
                lambda c=command: subprocess.run(c, capture_output=True, check=False), args.runs
            )
            medians[label] = statistics.median(samples)
            p50, p95 = percentiles(samples)
            print(f"{label:<28} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms")
    base = medians['python -c "import typer"']
    print(f"newscat --help / import typer: {medians['newscat --help'] / base:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
