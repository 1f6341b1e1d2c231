#!/usr/bin/env python3
"""People found on news the tagger was not trained on: the documents train.py holds out of
the training corpora (every tenth, by a fixed hash of its id), rebuilt as articles (one
sentence a paragraph, as the CoNLL corpus here is) and scored like ../shared/eval/score.py
scores people, for the rules alone and for the tagger with the rules.

    python benchmarks/eval_tagger.py ../shared/training/conll2003-train.tsv.gz \
        ../shared/training/ontonotes5-train.tsv.gz [--errors 10]

Gold names are the PER/PERSON spans, without OntoNotes' possessive "'s" and leading "the".
A quarter of the documents (every fourth) were not looked at while the tagger's thresholds in
people.py were chosen; they are reported apart ("unseen").

A second development set whose errors may be read, the fold above staying unseen: train a
model without another fold too, then score that fold with it (--errors to read them):

    python -m newscat.tagger.train … --also-hold-out 1 --out /tmp/fold1.crfsuite
    python benchmarks/eval_tagger.py … --fold 1 --model /tmp/fold1.crfsuite --errors 50
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

from eval_extract import person_set

from newscat.extract import extract
from newscat.extract.people import RulesOnly
from newscat.tagger.train import Document, held_out, read_documents, spans

_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}])")
_SPACE_AFTER = re.compile(r"([(\[{$]) ")
_CLITIC = re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m|')(?=\s|$)")


def detokenised(words: list[str]) -> str:
    text = _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", " ".join(words)))
    return re.sub(r'" (.*?) "', r'"\1"', _CLITIC.sub(r"\1", text))


def article(document: Document) -> tuple[str, list[str]]:
    paragraphs, people = [], set()
    for sentence in document.sentences:
        words = [word for word, _ in sentence]
        paragraphs.append(detokenised(words))
        for start, end in spans([tag for _, tag in sentence], "PER"):
            name = re.sub(
                r"^(?:the|The) ", "", re.sub(r"(?:'s|')$", "", detokenised(words[start:end]))
            )
            if name.strip():
                people.add(name.strip())
    return "\n\n".join(paragraphs) + "\n", sorted(people)


def _use_model(path: Path) -> None:
    """Extraction with another model file than the shipped one."""
    import pycrfsuite

    import newscat.tagger.model

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    newscat.tagger.model._tagger = lambda: tagger  # type: ignore[assignment]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--errors", type=int, default=0, help="show N articles' errors")
    parser.add_argument("--markdown", type=Path, help="also write the table here (the README's)")
    parser.add_argument("--fold", type=int, default=0, help="score this fold (train.py's)")
    parser.add_argument("--model", type=Path, help="a model trained without --fold's documents")
    args = parser.parse_args()
    if args.model:
        _use_model(args.model)
    table = [
        "| held-out documents | people by | seen P / R / F1 | never looked at P / R / F1 |",
        "|---|---|---|---|",
    ]
    for corpus in args.corpora:
        documents = [d for d in read_documents(corpus) if held_out(d, 10, args.fold)]
        for method, finder in (("rules", RulesOnly()), ("tagger", None)):
            tally: dict[str, Counter[str]] = {"seen": Counter(), "unseen": Counter()}
            shown = 0
            started = time.perf_counter()
            for index, document in enumerate(documents):
                text, gold = article(document)
                found = person_set([p.name for p in extract(text, people_finder=finder).people])
                expected = person_set(gold)
                part = tally["unseen" if index % 4 == 3 else "seen"]
                part["tp"] += len(found & expected)
                part["fp"] += len(found - expected)
                part["fn"] += len(expected - found)
                if method == "tagger" and shown < args.errors and found != expected:
                    shown += 1
                    print(f"  {document.name}: missed {sorted(expected - found)}"
                          f" extra {sorted(found - expected)}")  # fmt: skip
            seconds = time.perf_counter() - started
            figures, cells = [], []
            for part_name in ("seen", "unseen"):
                part = tally[part_name]
                precision = part["tp"] / max(1, part["tp"] + part["fp"])
                recall = part["tp"] / max(1, part["tp"] + part["fn"])
                f1 = 2 * precision * recall / max(1e-9, precision + recall)
                figures.append(f"{part_name} P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")
                cells.append(f"{precision:.3f} / {recall:.3f} / {f1:.3f}")
            print(
                f"{corpus.name} ({len(documents)} held-out documents) {method:6s} "
                + " | ".join(figures)
                + f"  [{len(documents) / seconds:.0f} articles/s]"
            )
            label = corpus.name.split("-")[0].split(".")[0]
            table.append(f"| {label} ({len(documents)}) | {method} | {cells[0]} | {cells[1]} |")
    if args.markdown:
        args.markdown.write_text("\n".join(table) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
