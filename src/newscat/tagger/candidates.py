"""Words the training news suggests for the rules' hand-kept lists, printed for review (a
person reads them and adds the general ones; nothing is written to the lists).

    python -m newscat.tagger.candidates ../shared/training/conll2003-train.tsv.gz \
        ../shared/training/ontonotes5-train.tsv.gz --list roles|organisations

- roles (lexicon/role_heads.txt): lower-case singular nouns right before a person
  ("spokesman Tom Vane") or ending the phrase set off after one ("Tom Vane, the bank's chief
  economist,"), that the list lacks.
- organisations (lexicon/org_words.txt): last words of organisations' names of two words or
  more that end no person's name, capitalised there at least ORG_SHARE of the times news
  capitalises them, that the list lacks.

Each line: the count, then the word, most frequent first.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from newscat.extract.words import lexicon, word_set
from newscat.tagger.train import spans, tagged_sentences

MIN_COUNT = 3
ORG_SHARE = 0.6
APPOSITION_WORDS = 6  # words after "Tom Vane," within which the set-off phrase ends
# what closes a phrase set off after a name
_PHRASE_ENDS = frozenset({",", ".", "of", "at", "for", "in", "with"})


def role_candidates(corpora: list[Path]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for sentence in tagged_sentences(corpora):
        words = [word for word, _, _ in sentence]
        nouns = [tag == "NN" and word.isalpha() and word.islower() for word, tag, _ in sentence]
        for start, stop in spans([tag for _, _, tag in sentence], "PER"):
            if start and nouns[start - 1]:
                counts[words[start - 1]] += 1
            if stop < len(words) and words[stop] == ",":
                reach = range(stop + 1, min(len(words), stop + 1 + APPOSITION_WORDS))
                end = next((i for i in reach if words[i] in _PHRASE_ENDS), None)
                if end is not None and nouns[end - 1]:
                    counts[words[end - 1]] += 1
    listed = word_set("role_heads")
    return Counter({word: n for word, n in counts.items() if word not in listed})


def organisation_candidates(corpora: list[Path]) -> Counter[str]:
    ends: Counter[str] = Counter()
    person_ends: set[str] = set()
    capitalised: Counter[str] = Counter()
    for sentence in tagged_sentences(corpora):
        words = [word for word, _, _ in sentence]
        tags = [tag for _, _, tag in sentence]
        capitalised.update(word.lower() for word in words if word[:1].isupper())
        for start, stop in spans(tags, "ORG"):
            if stop - start >= 2 and words[stop - 1].isalpha():
                ends[words[stop - 1].lower()] += 1
        person_ends.update(words[stop - 1].lower() for _, stop in spans(tags, "PER"))
    census = lexicon("first_names") | lexicon("surnames") | word_set("org_words")
    return Counter(
        {
            word: count
            for word, count in ends.items()
            if count >= ORG_SHARE * capitalised[word]
            and word not in person_ends
            and word not in census
        }
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--list", choices=["roles", "organisations"], required=True)
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    args = parser.parse_args(argv)
    find = role_candidates if args.list == "roles" else organisation_candidates
    for word, count in find(args.corpora).most_common():
        if count >= args.min_count:
            print(count, word)
    return 0


if __name__ == "__main__":
    sys.exit(main())
