"""Build lexicon/news_words.txt: the words news writes in lower case, from annotated news.

    python -m newscat.tagger.vocabulary ../shared/training/conll2003-train.tsv.gz \
        ../shared/training/ontonotes5-train.tsv.gz \
        --out src/newscat/extract/lexicon/news_words.txt

A word is kept when the training news writes it in lower case at least MIN_LOWER times and at
least twice as often as capitalised inside a sentence: "sure", "teenager", "wars", but not
"smith", "frank" or "white", which news capitalises as names as often as not. The rules use
the list to tell a capitalised word of the language from a name they do not know.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from newscat.tagger.train import read_documents

MIN_LOWER = 3
PER_LINE = 12


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    words = news_words(args.corpora)
    lines = [
        "# Words news writes in lower case (built by python -m newscat.tagger.vocabulary from",
        "# the tagger's training news; see that module). Several words a line.",
    ]
    lines += [" ".join(words[i : i + PER_LINE]) for i in range(0, len(words), PER_LINE)]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(words):,} words written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
