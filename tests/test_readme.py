"""The README's outputs (commands, JSON shape, tour) are made by cog from real runs: this
fails when newscat's behaviour and the README part ways. `cog -r README.md` brings them back."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_readme_matches_what_newscat_does() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cogapp", "--check", "README.md"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr + "\nrun: cog -r README.md"
