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


def test_the_readme_s_word_list_sizes_are_the_lists_sizes() -> None:
    import re

    from newscat.extract.words import word_set

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("news_words", "verbs", "adjectives"):
        stated = re.search(rf"`lexicon/{name}\.txt`, ([\d,]+) words", readme)
        assert stated is not None, name
        assert int(stated.group(1).replace(",", "")) == len(word_set(name)), name
