#!/usr/bin/env python3
"""How much of the extraction rests on names and forms newscat already knows: each article
of a gold corpus is scored as it is and again with its names swapped for others and its date
written other ways.

    python benchmarks/eval_swapped.py ../shared/corpora/modern \
        --names ../shared/training/conll2003-train.tsv.gz ../shared/training/ontonotes5-train.tsv.gz

- outlet: the credited source is replaced wherever the text writes it by an invented outlet
  of the same shape (initials for initials, "Kestrel Press" for "Associated Press": the
  outlet's own words kept, the rest invented); the figure is the share of articles whose
  source follows the swap.
- people: each gold person's name words are replaced, the same way at every mention, by real
  names that no census list of newscat's holds (the training corpora's people outside the
  lexicons), so a name is found by its use, not by a list; people P / R before and after.
  Those names are in the tagger's training, which flatters it: --invented swaps in names
  spliced from halves of theirs ("Kanst" + "inger") that neither a lexicon nor the training
  holds.
- date: the gold date, wherever the text writes it, rewritten in each of fifteen common
  forms ("9 October 2018", "Oct. 9, 2018", "Tuesday, 9th October 2018", "2018/10/09",
  "19.11.2019" where the day cannot be the month …); the figure is the share of rewritten
  texts whose date is still read.
- wrapped: the text hard-wrapped at 72 columns (every line longer, a metadata block's aside),
  as mail, plain-text archives and text browsers' dumps have it; people P / R against the gold.

Every fourth gold line is the held quarter (as eval_table.py); --quarter picks which to score
(tune and held by default; "all" for a corpus with no quarters). --errors prints the swapped
texts' outlets not followed and people lost or wrongly found, for the tune quarter only.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import textwrap
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from eval_extract import fold_source, person_set, prf

from newscat.extract import extract
from newscat.extract.dates import find_dates
from newscat.extract.metadata import read_metadata
from newscat.extract.words import lexicon
from newscat.tagger.train import read_documents, spans

_INVENTED = ["Kestrel", "Marrowby", "Quillon", "Tarnvale", "Ostravin"]
_WORD = re.compile(r"[A-Z][a-z]{2,}")


def invented_outlet(name: str) -> str:
    """ "CNN" → "KQX", "Associated Press" → "Kestrel Press", "The Namibian" → "The Kestrel"."""
    words = name.split()
    if len(words) == 1 and name.isupper():
        return "KQXVZ"[: max(2, min(5, len(name)))]
    generic = lexicon("outlet_words") | {"the", "of"}
    out, made = [], 0
    for word in words:
        if word.lower() in generic:
            out.append(word)
        else:
            out.append(_INVENTED[made % len(_INVENTED)])
            made += 1
    if not made:
        out.insert(len(out) - 1 if len(out) > 1 else 0, _INVENTED[0])
    return " ".join(out)


def swap_outlet(text: str, source: str) -> tuple[str, str]:
    new = invented_outlet(source)
    bare, new_bare = source.removeprefix("The "), new.removeprefix("The ")
    text = text.replace(source, new).replace(bare, new_bare)
    squashed = bare.lower().replace(" ", "")
    if len(squashed) > 3:  # the outlet in its web address
        text = text.replace(squashed, new_bare.lower().replace(" ", ""))
    return text, new


def _suffix(day: int) -> str:
    return "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


# Ways news writes a date; the numeric day-month forms only where the day cannot be a month.
DATE_FORMS: tuple[Callable[[date], str | None], ...] = (
    lambda d: f"{d.day} {d:%B} {d.year}",
    lambda d: f"{d:%B} {d.day}, {d.year}",
    lambda d: f"{d:%b}. {d.day}, {d.year}",
    lambda d: f"{d:%b} {d.day}, {d.year}",
    lambda d: f"{d:%B} {d.day} {d.year}",
    lambda d: f"{d:%A}, {d.day}{_suffix(d.day)} {d:%B} {d.year}",
    lambda d: f"{d.day}{_suffix(d.day)} {d:%B}, {d.year}",
    lambda d: f"{d:%A} {d.day} {d:%B} {d.year}",
    lambda d: f"{d:%B} {d.day}, {d.year}".upper(),
    lambda d: d.isoformat(),
    lambda d: f"{d:%Y/%m/%d}",
    lambda d: f"{d.day}-{d:%b}-{d.year}",
    lambda d: f"{d:%d.%m.%Y}" if d.day > 12 else None,
    lambda d: f"{d:%m/%d/%Y}" if d.day > 12 else None,
    lambda d: f"{d:%d/%m/%Y}" if d.day > 12 else None,
)


def rewritten_dates(text: str, iso: str) -> Iterator[str]:
    """The text with every mention of the date rewritten in each of DATE_FORMS in turn."""
    mentions = [found for found in find_dates(text) if found.iso == iso]
    if not mentions or len(iso) != 10:
        return
    day = date.fromisoformat(iso)
    for form in DATE_FORMS:
        written = form(day)
        if written is None:
            continue
        out = text
        for found in reversed(mentions):
            out = out[: found.start] + written + out[found.end :]
        yield out


WRAP_WIDTH = 72


def wrapped(text: str) -> str:
    """The text wrapped at WRAP_WIDTH, a paragraph's lines run on with no blank between; a
    metadata block stays as it is (its fields are one a line)."""
    block = read_metadata(text)
    head, body = (text[: block.end], text[block.end :]) if block else ("", text)
    return head + "\n".join(
        textwrap.fill(line, WRAP_WIDTH) if len(line) > WRAP_WIDTH else line
        for line in body.split("\n")
    )


def unknown_names(corpora: list[Path], invented: bool = False) -> tuple[list[str], list[str]]:
    """Given names and surnames of the corpora's two-word people that no lexicon holds; with
    `invented`, names spliced from their halves that neither a lexicon nor the corpora hold
    (see invented_names)."""
    known = lexicon("first_names") | lexicon("surnames")
    given: set[str] = set()
    family: set[str] = set()
    vocabulary: set[str] = set()
    for corpus in corpora:
        for document in read_documents(corpus):
            for sentence in document.sentences:
                words = [word for word, _ in sentence]
                if invented:
                    vocabulary.update(word.lower() for word in words)
                for start, stop in spans([tag for _, tag in sentence], "PER"):
                    if stop - start != 2:
                        continue
                    for word, into in ((words[start], given), (words[start + 1], family)):
                        if _WORD.fullmatch(word) and word.lower() not in known:
                            into.add(word)
    if not invented:
        return sorted(given), sorted(family)
    unseen = known | vocabulary
    return invented_names(sorted(given), unseen), invented_names(sorted(family), unseen)


def invented_names(names: list[str], unseen: set[str], count: int = 5000) -> list[str]:
    """Names no training sentence holds: the first half of one real name and the second half
    of another ("Kanst" + "inger"), so each looks like a name of its kind (its endings kept)
    but neither a lexicon nor the tagger's training has seen it. The corpora's own names are
    in the tagger's training, so swapping them in measures less than a name never seen."""
    rng = random.Random(11)
    made: set[str] = set()
    for _ in range(count * 20):
        if len(made) >= count:
            break
        head, tail = rng.choice(names), rng.choice(names)
        name = head[: (len(head) + 1) // 2] + tail[len(tail) // 2 :]
        if len(name) >= 4 and name.lower() not in unseen:
            made.add(name)
    return sorted(made)


def swap_people(
    text: str, people: list[str], names: tuple[list[str], list[str]], rng: random.Random
) -> tuple[str, list[str]]:
    mapping: dict[str, str] = {}
    for person in people:
        words = _WORD.findall(person)
        for index, word in enumerate(words):
            pool = names[0] if index == 0 and len(words) > 1 else names[1]
            mapping.setdefault(word, rng.choice(pool))
    if not mapping:
        return text, people
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(mapping, key=len)[::-1])) + r")\b")

    def swapped(value: str) -> str:
        return pattern.sub(lambda m: mapping[m.group(1)], value)

    return swapped(text), [swapped(person) for person in people]


def _people_score(pairs: list[tuple[set[str], set[str]]]) -> str:
    precision, recall, _ = prf(
        sum(len(found & gold) for found, gold in pairs),
        sum(len(found - gold) for found, gold in pairs),
        sum(len(gold - found) for found, gold in pairs),
    )
    return f"{precision:.3f} / {recall:.3f}"


def _people_errors(key: str, text: str, found: set[str], gold: set[str]) -> list[str]:
    """One line for each person lost ("-") or wrongly found ("+"), with the words around the
    name's first mention."""
    lines = []
    for mark, names in (("-", gold - found), ("+", found - gold)):
        for name in sorted(names):
            at = text.lower().find(name.split()[-1])
            around = " ".join(text[max(0, at - 80) : at + 80].split()) if at >= 0 else ""
            lines.append(f"{key} {mark} {name!r}: … {around} …")
    return lines


def _found_people(text: str) -> set[str]:
    return person_set([person.name for person in extract(text).people])


def score_quarter(
    corpus: Path,
    quarter: str,
    names: tuple[list[str], list[str]],
    seed: int,
    errors: list[str] | None = None,
) -> tuple[str, str, str, str, str]:
    """The outlet and date figures, and people P / R as written, swapped and wrapped, for one
    quarter; with `errors`, each swapped text's unfollowed outlet and lost and wrongly found
    people are added to it (never ask for the held quarter's)."""
    rng = random.Random(seed)
    followed = outlets = dates_read = dates = 0
    before: list[tuple[set[str], set[str]]] = []
    after: list[tuple[set[str], set[str]]] = []
    wraps: list[tuple[set[str], set[str]]] = []
    for index, line in enumerate((corpus / "gold.jsonl").open(encoding="utf-8")):
        held = index % 4 == 3
        if quarter != "all" and held != (quarter == "held"):
            continue
        gold: dict[str, Any] = json.loads(line)
        text = (corpus / gold["file"]).read_text(encoding="utf-8")
        if gold.get("source"):
            swapped, outlet = swap_outlet(text, gold["source"])
            found = extract(swapped).source
            outlets += 1
            follows = found is not None and same_outlet(found.value, outlet)
            followed += follows
            if errors is not None and not follows:
                errors.append(
                    f"{gold['file']} source {gold['source']!r} swapped for {outlet!r}: "
                    f"found {found.value if found else None!r}"
                )
        if gold.get("date"):
            for rewritten in rewritten_dates(text, gold["date"]):
                published = extract(rewritten).published
                dates += 1
                dates_read += published is not None and published.value == gold["date"]
        if gold.get("people"):
            swapped, people = swap_people(text, gold["people"], names, rng)
            before.append((_found_people(text), person_set(gold["people"])))
            after.append((_found_people(swapped), person_set(people)))
            if errors is not None:
                errors.extend(_people_errors(gold["file"], swapped, *after[-1]))
            wraps.append((_found_people(wrapped(text)), person_set(gold["people"])))
    outlet = f"{followed} of {outlets}" if outlets else "—"
    dated = f"{dates_read} of {dates}" if dates else "—"
    return outlet, dated, _people_score(before), _people_score(after), _people_score(wraps)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--names", nargs="+", type=Path, required=True)
    parser.add_argument(
        "--quarter", nargs="+", choices=["tune", "held", "all"], default=["tune", "held"]
    )
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument(
        "--invented",
        action="store_true",
        help="swap in names spliced from halves of real ones, which the tagger never saw",
    )
    parser.add_argument("--markdown", type=Path, help="also write the table here (the README's)")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="print the outlets not followed and the people lost or wrongly found in the swapped "
        "texts (not the held quarter's)",
    )
    args = parser.parse_args()
    if args.errors and "held" in args.quarter:
        parser.error("--errors is for the quarters one tunes on: the held quarter's stay unread")
    names = unknown_names(args.names, args.invented)
    table = [
        f"| {args.corpus.name} | source follows a swapped outlet | date read, rewritten "
        "| people P / R as written | people P / R swapped | people P / R wrapped |",
        "|---|---|---|---|---|---|",
    ]
    errors: list[str] | None = [] if args.errors else None
    for quarter in args.quarter:
        outlet, dated, before, after, wrap = score_quarter(
            args.corpus, quarter, names, args.seed, errors
        )
        table.append(f"| {quarter} | {outlet} | {dated} | {before} | {after} | {wrap} |")
    print("\n".join(errors or []))
    print("\n".join(table))
    if args.markdown:
        args.markdown.write_text("\n".join(table) + "\n", encoding="utf-8")
    return 0


def same_outlet(found: str, outlet: str) -> bool:
    """As the yardstick folds a source, "The" before the name aside: canonical() drops it
    from an agency's name ("The Kestrel Press" credited, "Kestrel Press" kept)."""
    return fold_source(_THE.sub("", found)) == fold_source(_THE.sub("", outlet))


_THE = re.compile(r"^the\s+", re.IGNORECASE)


if __name__ == "__main__":
    sys.exit(main())
