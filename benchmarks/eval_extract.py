#!/usr/bin/env python3
"""Score newscat.extract directly on a gold corpus: per-field figures, per-rule breakdown, errors.

    python benchmarks/eval_extract.py ../shared/corpora/conll2003 [--split dev] [--errors 20]
                                      [--field people] [--roles ROLES.jsonl]

It applies the matching rules of ../shared/eval/score.py (restated here so that the project
does not import from outside itself) and, like `newscat add`, keeps only the first of several
files with the same normalised text, so its figures agree with ../shared/eval/run.sh.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from newscat.catalog import text_hash
from newscat.extract import Extraction, extract
from newscat.reading import Source, read_text


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = (
        text.replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
    )
    return re.sub(r"\s+", " ", text).strip().casefold()


def fold_title(text: str) -> str:
    return re.sub(r"[\"'`]", "", fold(text))


def fold_source(text: str) -> str:
    text = re.sub(r"[^\w]+", "", fold(text))
    return text[:-1] if text.endswith("s") else text


def person_set(names: list[str]) -> set[str]:
    folded = {fold(n) for n in names if n and n.strip()}
    words_of_longer = {w for n in folded if " " in n for w in n.split(" ")}
    return {n for n in folded if " " in n or n not in words_of_longer}


class Tally:
    def __init__(self) -> None:
        self.fields: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        self.rules: dict[str, Counter[str]] = defaultdict(Counter)
        self.errors: dict[str, list[str]] = defaultdict(list)
        self.tp = self.fp = self.fn = 0
        self.authors = [0, 0, 0]  # true positives, false positives, false negatives

    def credited(self, gold: list[str], record: Extraction) -> None:
        """Authors, scored like people (as ../shared/eval/score.py does)."""
        gold_set = person_set(gold)
        predicted = person_set([a.value for a in record.authors])
        self.authors[0] += len(gold_set & predicted)
        self.authors[1] += len(predicted - gold_set)
        self.authors[2] += len(gold_set - predicted)

    def scalar(self, field: str, gold_id: str, gold: str, found: Any, hit: bool) -> None:
        self.fields[field][0] += hit
        self.fields[field][1] += 1
        rule = found.rule if found else "none"
        self.rules[field][f"{rule} {'right' if hit else 'wrong'}"] += 1
        if not hit:
            self.errors[field].append(
                f"{gold_id}: gold {gold!r}  got {found.value if found else None!r} [{rule}]"
            )

    def people(self, gold_id: str, gold: list[str], record: Extraction) -> None:
        gold_set = person_set(gold)
        predicted = person_set([p.name for p in record.people])
        self.tp += len(gold_set & predicted)
        self.fp += len(predicted - gold_set)
        self.fn += len(gold_set - predicted)
        for person in record.people:
            name = fold(person.name)
            if name in predicted:
                self.rules["people"][
                    f"{person.rule} {'right' if name in gold_set else 'wrong'}"
                ] += 1
        if gold_set != predicted:
            self.errors["people"].append(
                f"{gold_id}: missed {sorted(gold_set - predicted)}  extra {sorted(predicted - gold_set)}"
            )


def accepted(gold: dict[str, Any], key: str) -> list[str]:
    """The gold answer and the others its annotation accepts ("title_alt", "source_alt")."""
    alternatives = gold.get(key + "_alt") or []
    return [gold[key], *([alternatives] if isinstance(alternatives, str) else alternatives)]


HELD_EVERY = 4  # every fourth gold line (the 4th, 8th, …) is the held-out quarter


def evaluate(
    corpus: Path, split: str | None, quarter: str | None = None
) -> tuple[Tally, dict[str, Extraction], float]:
    tally = Tally()
    records: dict[str, Extraction] = {}
    seen: set[str] = set()
    golds = [
        json.loads(line) for line in (corpus / "gold.jsonl").read_text("utf-8").splitlines() if line
    ]
    if quarter:  # by position in gold.jsonl, before any other filter
        held = quarter == "held"
        golds = [g for n, g in enumerate(golds) if (n % HELD_EVERY == HELD_EVERY - 1) == held]
    golds = [g for g in golds if not split or g.get("split") == split]
    elapsed = 0.0
    for gold in sorted(golds, key=lambda g: Path(g["file"]).name):
        text = read_text(Source(str(corpus / gold["file"])))
        started = time.perf_counter()
        record = extract(text)
        elapsed += time.perf_counter() - started
        digest = text_hash(record.text)
        if digest in seen:
            continue  # the catalogue keeps the first of identical texts; run.sh cannot match the rest
        seen.add(digest)
        records[gold["id"]] = record
        if gold.get("date"):
            found = record.published
            tally.scalar(
                "date",
                gold["id"],
                gold["date"],
                found,
                bool(found) and found.value.startswith(gold["date"]),
            )
        if gold.get("title"):
            found = record.title
            hit = bool(found) and fold_title(found.value) in {
                fold_title(t) for t in accepted(gold, "title")
            }
            tally.scalar("title", gold["id"], gold["title"], found, hit)
        if gold.get("source"):
            found = record.source
            hit = bool(found) and fold_source(found.value) in {
                fold_source(t) for t in accepted(gold, "source")
            }
            tally.scalar("source", gold["id"], gold["source"], found, hit)
        if gold.get("people") is not None:
            tally.people(gold["id"], gold["people"], record)
        if gold.get("authors") is not None:
            tally.credited(gold["authors"], record)
    return tally, records, elapsed


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_roles(path: Path, records: dict[str, Extraction]) -> str:
    """The rules of ../shared/eval/score_roles.py: last names agree, first initials agree."""

    def tokens(name: str) -> list[str]:
        words = re.split(r"\s+", fold(name).replace(".", " "))
        return [w for w in words if w and w not in ("jr", "sr", "ii", "iii")]

    def same(gold: str, predicted: str) -> bool:
        a, b = tokens(gold), tokens(predicted)
        if not a or not b or a[-1] != b[-1]:
            return False
        return len(a) == 1 or len(b) == 1 or a[0][0] == b[0][0]

    tp = fp = fn = right = total = 0
    lines = []
    for line in path.read_text("utf-8").splitlines():
        gold = json.loads(line)
        record = records.get(gold["id"])
        if record is None:
            continue
        people = [(p.name, p.role.value if p.role else "") for p in record.people]
        used: set[int] = set()
        for name, keys in gold["people"].items():
            hit = next(
                (i for i, (n, _) in enumerate(people) if i not in used and same(name, n)), None
            )
            if hit is None:
                fn += 1
                total += bool(keys)
                lines.append(f"  roles {gold['id']}: missed {name}")
                continue
            used.add(hit)
            tp += 1
            if keys:
                total += 1
                if any(k in people[hit][1].casefold() for k in keys):
                    right += 1
                else:
                    lines.append(
                        f"  roles {gold['id']}: role of {name}: {people[hit][1]!r}, want {keys}"
                    )
        optional = gold.get("optional", [])
        for i, (name, _) in enumerate(people):
            if i not in used and not any(same(o, name) for o in optional):
                fp += 1
                lines.append(f"  roles {gold['id']}: extra {name}")
    precision, recall, f1 = prf(tp, fp, fn)
    head = f"roles   right {right / total if total else 0:.4f} (n={total})  people P {precision:.4f} R {recall:.4f} F1 {f1:.4f}"
    return "\n".join([head, *lines])


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--split", default="dev", help="gold split to score ('all' for every item)")
    parser.add_argument(
        "--errors", type=int, default=0, help="show this many wrong cases per field"
    )
    parser.add_argument("--field", help="only show errors for this field")
    parser.add_argument("--roles", type=Path, help="also score a roles.jsonl file")
    parser.add_argument(
        "--quarter",
        choices=["tune", "held"],
        help="only every fourth gold line (held), the quarter set aside while tuning, or the rest",
    )
    args = parser.parse_args()

    tally, records, elapsed = evaluate(
        args.corpus, None if args.split == "all" else args.split, args.quarter
    )
    print(
        f"{args.corpus.name}: {len(records)} articles, extract() {len(records) / elapsed:.0f} articles/s"
    )
    for field, (hits, n) in tally.fields.items():
        print(f"{field:<7} accuracy {hits / n:.4f}  (n={n})")
    if tally.tp + tally.fp + tally.fn:
        precision, recall, f1 = prf(tally.tp, tally.fp, tally.fn)
        print(f"people  P {precision:.4f}  R {recall:.4f}  F1 {f1:.4f}")
    if sum(tally.authors):
        precision, recall, f1 = prf(*tally.authors)
        print(f"authors P {precision:.4f}  R {recall:.4f}  F1 {f1:.4f}")
    for field, counts in tally.rules.items():
        print(f"  rules for {field}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    # the held quarter's errors are never shown: its figure is for articles no rule was
    # mended from
    shown = 0 if args.quarter == "held" else args.errors
    if args.roles:
        head, *wrong = score_roles(args.roles, records).splitlines()
        print("\n".join([head, *wrong[:shown]]))
    for field, rows in tally.errors.items():
        if args.field and field != args.field:
            continue
        for row in rows[:shown]:
            print(f"  {field} {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
