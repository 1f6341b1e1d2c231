#!/usr/bin/env python3
"""The README's table of extraction figures, from the gold corpora in one run.

    python benchmarks/eval_table.py ../shared/corpora --markdown benchmarks/results/extraction.md

Each corpus's dev split is scored by eval_extract.py (the rules of ../shared/eval/score.py,
restated); the modern set also by its quarters (every fourth gold line set aside while
tuning: "held"; the rest: "tune") and its roles (the rules of score_roles.py, restated).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from eval_extract import Tally, evaluate, prf, score_roles

CORPORA = (
    ("reuters21578", "Reuters-21578"),
    ("bbc", "BBC News"),
    ("gum-news", "GUM / Wikinews"),
    ("conll2003", "CoNLL-2003"),
    ("modern", "modern web copies"),
)


def _accuracy(tally: Tally, field: str) -> str:
    hits, n = tally.fields.get(field, (0, 0))
    return f"{hits / n:.3f}" if n else "—"


def _pair(tp: int, fp: int, fn: int) -> str:
    if not tp + fp + fn:
        return "—"
    precision, recall, f1 = prf(tp, fp, fn)
    return f"{precision:.3f} / {recall:.3f} / {f1:.3f}"


def row(label: str, tally: Tally, count: int) -> str:
    cells = [_accuracy(tally, f) for f in ("date", "title", "source")]
    cells += [_pair(tally.tp, tally.fp, tally.fn), _pair(*tally.authors)]
    return f"| {label} ({count}) | " + " | ".join(cells) + " |"


def _roles_figure(corpus: Path, split: str | None) -> str:
    _, records, _ = evaluate(corpus, split)
    return f"{float(score_roles(corpus / 'roles.jsonl', records).split()[2]):.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpora", type=Path, help="the folder holding the gold corpora")
    parser.add_argument("--markdown", type=Path, help="also write the table here")
    args = parser.parse_args()
    lines = [
        "| corpus (dev) | date | title | source | people P / R / F1 | authors P / R / F1 |",
        "|---|---|---|---|---|---|",
    ]
    for name, label in CORPORA:
        tally, records, _ = evaluate(args.corpora / name, "dev")
        lines.append(row(label, tally, len(records)))
        print(lines[-1], flush=True)
    modern = args.corpora / "modern"
    for quarter in ("tune", "held"):
        tally, records, _ = evaluate(modern, "dev", quarter)
        lines.append(
            row(
                f"modern, {quarter} quarter" + ("s" if quarter == "tune" else ""),
                tally,
                len(records),
            )
        )
        print(lines[-1], flush=True)
    roles = [
        f"{label} {_roles_figure(args.corpora / name, 'dev')}"
        for name, label in (("modern", "modern"), ("reuters21578", "Reuters"))
        if (args.corpora / name / "roles.jsonl").exists()
    ]
    lines += ["", "Roles right (`score_roles.py`'s rules): " + ", ".join(roles) + "."]
    print(lines[-1])
    if args.markdown:
        args.markdown.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
