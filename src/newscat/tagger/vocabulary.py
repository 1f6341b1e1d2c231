"""Build the rules' word lists from annotated news: lexicon/news_words.txt, the words news
writes in lower case, lexicon/verbs.txt, the words it uses only as verbs, and
lexicon/adjectives.txt, the words it uses only as adjectives.

    python -m newscat.tagger.vocabulary ../shared/training/conll2003-train.tsv.gz \
        ../shared/training/ontonotes5-train.tsv.gz \
        --out src/newscat/extract/lexicon/news_words.txt
    python -m newscat.tagger.vocabulary ../shared/training/conll2003-train.tsv.gz \
        ../shared/training/ontonotes5-train.tsv.gz --verbs \
        --out src/newscat/extract/lexicon/verbs.txt
    python -m newscat.tagger.vocabulary ../shared/training/conll2003-train.tsv.gz \
        ../shared/training/ontonotes5-train.tsv.gz --adjectives \
        --out src/newscat/extract/lexicon/adjectives.txt

A word is kept when the training news writes it in lower case at least MIN_LOWER times and at
least twice as often as capitalised inside a sentence: "sure", "teenager", "wars", but not
"smith", "frank" or "white", which news capitalises as names as often as not. The rules use
the list to tell a capitalised word of the language from a name they do not know.

A verb is a lower-case word the corpora's part-of-speech tags make a verb in the past or the
third person (or a past participle) in at least VERB_SHARE of its MIN_LOWER or more uses, and
not mostly a participle: "is", "believes", "helped", "canceled", but not "elected" or
"based", which stand in offices' names ("newly elected mayor", "London-based analyst"), nor a
base form ("think" of "think tank"). The roles use it to end an office where the sentence's
verb begins ("Tom Vane, an alumnus, canceled …").

An adjective is a lower-case word tagged as one (JJ, JJR, JJS) in at least ADJECTIVE_SHARE of
its MIN_LOWER or more uses: "tall", "bearded", "modest", not "chief" or "executive", which
head offices too. The roles use it to tell "Tom Vane, a tall, bearded man" (adjectives listed
before the noun they describe) from an apposition that ends at its comma.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from newscat.tagger.train import read_documents, tagged_sentences

MIN_LOWER = 3
PER_LINE = 12
VERB_SHARE = 0.9
PARTICIPLE_SHARE = 0.75  # past participles past this share are adjectives as often
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBN"})
ADJECTIVE_SHARE = 0.9
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})


def news_words(corpora: list[Path]) -> list[str]:
    lower: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    for corpus in corpora:
        for document in read_documents(corpus):
            for sentence in document.sentences:
                for index, (word, _) in enumerate(sentence):
                    if not word.isalpha():
                        continue
                    if word.islower():
                        lower[word] += 1
                    elif index and word[0].isupper() and word[1:].islower():
                        capitalised[word.lower()] += 1
    return sorted(
        word
        for word, count in lower.items()
        if count >= MIN_LOWER and count >= 2 * capitalised[word]
    )


def _uses(corpora: list[Path]) -> dict[str, Counter[str]]:
    """Each lower-case word's parts of speech, counted."""
    uses: dict[str, Counter[str]] = {}
    for sentence in tagged_sentences(corpora):
        for word, tag, _ in sentence:
            if word.isalpha() and word.islower():
                uses.setdefault(word, Counter())[tag] += 1
    return uses


def verbs(corpora: list[Path]) -> list[str]:
    chosen = []
    for word, tags in _uses(corpora).items():
        total = tags.total()
        as_verb = sum(tags[tag] for tag in _VERB_TAGS)
        if (
            total >= MIN_LOWER
            and as_verb >= VERB_SHARE * total
            and tags["VBN"] <= PARTICIPLE_SHARE * total
        ):
            chosen.append(word)
    return sorted(chosen)


def adjectives(corpora: list[Path]) -> list[str]:
    return sorted(
        word
        for word, tags in _uses(corpora).items()
        if tags.total() >= MIN_LOWER
        and sum(tags[tag] for tag in _ADJECTIVE_TAGS) >= ADJECTIVE_SHARE * tags.total()
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument("--verbs", action="store_true", help="the verbs' list instead")
    chosen.add_argument("--adjectives", action="store_true", help="the adjectives' list instead")
    args = parser.parse_args(argv)
    if args.verbs:
        words, kind = verbs(args.corpora), "Words news uses only as verbs"
    elif args.adjectives:
        words, kind = adjectives(args.corpora), "Words news uses only as adjectives"
    else:
        words, kind = news_words(args.corpora), "Words news writes in lower case"
    lines = [
        f"# {kind} (built by python -m newscat.tagger.vocabulary from",
        "# the tagger's training news; see that module). Several words a line.",
    ]
    lines += [" ".join(words[i : i + PER_LINE]) for i in range(0, len(words), PER_LINE)]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(words):,} words written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
