"""Train the name tagger from annotated news.

    python -m newscat.tagger.train ../shared/training/conll2003-train.tsv.gz \
        ../shared/training/ontonotes5-train.tsv.gz --out src/newscat/tagger/people.crfsuite

Input: "-DOCSTART- <id>" opens a document, one "word<TAB>pos<TAB>BIO-tag" line a token, a
blank line ends a sentence (gzip or plain). OntoNotes' 18 types are folded into CoNLL's four
(PERSON → PER; ORG; GPE, LOC, FAC → LOC; NORP, WORK_OF_ART, EVENT, LAW, PRODUCT, LANGUAGE →
MISC; numbers and dates → O), so both corpora teach one label set. Every tenth document (by a
fixed hash of its id) is held out and scored after training; nothing is random, so the same
data gives the same model.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from newscat.tagger.bio import runs
from newscat.tagger.features import document_words, plain, sentence_features

_TYPES = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "MISC": "MISC",
    "NORP": "MISC",
    "WORK_OF_ART": "MISC",
    "EVENT": "MISC",
    "LAW": "MISC",
    "PRODUCT": "MISC",
    "LANGUAGE": "MISC",
}


def _joined_hyphens(sentence: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """OntoNotes splits "Shui-bian" into "Shui", "-", "bian"; newscat's tokeniser keeps it
    whole, so the model is trained on the whole word (with the first part's tag)."""
    words: list[tuple[str, str]] = []
    index = 0
    while index < len(sentence):
        word, pos, tag = sentence[index]
        if pos == "HYPH" and words and index + 1 < len(sentence):
            previous, previous_tag = words.pop()
            words.append((previous + "-" + sentence[index + 1][0], previous_tag))
            index += 2
            continue
        words.append((word, tag))
        index += 1
    return words


@dataclass
class Document:
    name: str
    sentences: list[list[tuple[str, str]]] = field(default_factory=list)


def label(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, kind = tag.split("-", 1)
    folded = _TYPES.get(kind)
    return f"{prefix}-{folded}" if folded else "O"


def training_lines(path: Path) -> TextIO:
    """A training file's lines, gzip or plain."""
    opener = gzip.open if path.suffix == ".gz" else open
    return opener(path, "rt", encoding="utf-8")


# a training file's token: the word in plain() spelling, its part of speech, its name tag
# folded to CoNLL's four types
Token = tuple[str, str, str]


def tagged_documents(path: Path) -> Iterator[tuple[str, list[list[Token]]]]:
    """Each document of a training file: its id and its sentences, as the file has them."""
    name: str | None = None
    sentences: list[list[Token]] = []
    sentence: list[Token] = []
    with training_lines(path) as lines:
        for raw in lines:
            line = raw.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                if name is not None:
                    if sentence:
                        sentences.append(sentence)
                    yield name, sentences
                sentence, sentences = [], []
                name = line.split(" ", 1)[1] if " " in line else ""
            elif not line.strip():
                if sentence and name is not None:
                    sentences.append(sentence)
                sentence = []
            else:
                parts = line.split("\t")
                sentence.append((plain(parts[0]), parts[1], label(parts[-1])))
    if name is not None:
        if sentence:
            sentences.append(sentence)
        yield name, sentences


def tagged_sentences(corpora: list[Path]) -> Iterator[list[Token]]:
    """Every sentence of the training files, as they have it."""
    for corpus in corpora:
        for _, sentences in tagged_documents(corpus):
            yield from sentences


def read_documents(path: Path) -> Iterator[Document]:
    """The documents as the tagger learns from them (split hyphens joined, no parts of
    speech)."""
    for name, sentences in tagged_documents(path):
        yield Document(name, [_joined_hyphens(sentence) for sentence in sentences])


def held_out(document: Document, every: int, fold: int = 0) -> bool:
    """One document in `every`, by a fixed hash of its id; `fold` picks which one."""
    return zlib.crc32(document.name.encode()) % every == fold


def document_items(document: Document) -> Iterator[tuple[list[list[str]], list[str]]]:
    words = [[word for word, _ in sentence] for sentence in document.sentences]
    lower, inside = document_words(words)
    for sentence, sentence_words in zip(document.sentences, words, strict=True):
        yield sentence_features(sentence_words, lower, inside), [tag for _, tag in sentence]


def spans(tags: list[str], kind: str) -> set[tuple[int, int]]:
    """The token spans of the names of one type."""
    return {(start, stop) for start, stop, found in runs(tags) if found == kind}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--c1", type=float, default=0.05, help="L1 weight: prunes features")
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--min-freq", type=int, default=1, help="drop rarer features")
    parser.add_argument("--hold-out", type=int, default=10, help="hold out 1 document in N")
    parser.add_argument("--documents", type=int, default=0, help="only the first N per corpus")
    parser.add_argument(
        "--also-hold-out",
        type=int,
        metavar="FOLD",
        help="hold out another fold too (1 to N-1): a development set whose errors may be "
        "read, the usual held-out fold staying unseen (benchmarks/eval_tagger.py --fold)",
    )
    args = parser.parse_args(argv)

    import pycrfsuite

    started = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.possible_transitions": True,
            "feature.minfreq": args.min_freq,
        }
    )
    test: list[Document] = []
    tokens = 0
    for corpus in args.corpora:
        for count, document in enumerate(read_documents(corpus)):
            if args.documents and count >= args.documents:
                break
            if held_out(document, args.hold_out):
                test.append(document)
                continue
            if args.also_hold_out and held_out(document, args.hold_out, args.also_hold_out):
                continue
            for features, tags in document_items(document):
                trainer.append(features, tags)
                tokens += len(tags)
    print(f"training on {tokens:,} tokens, {len(test)} documents held out", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(args.out))
    seconds = time.perf_counter() - started
    size = args.out.stat().st_size
    print(f"trained in {seconds:.0f} s; model {size / 1e6:.1f} MB", file=sys.stderr)
    score(args.out, test)
    return 0


def score(model: Path, documents: list[Document]) -> None:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    for prefix in ("on5", "conll", ""):
        chosen = [d for d in documents if d.name.startswith(prefix)] if prefix else documents
        tp = fp = fn = 0
        for document in chosen:
            for features, gold in document_items(document):
                guess = tagger.tag(features)
                expected, found = spans(gold, "PER"), spans(guess, "PER")
                tp += len(expected & found)
                fp += len(found - expected)
                fn += len(expected - found)
        if chosen:
            precision = tp / max(1, tp + fp)
            recall = tp / max(1, tp + fn)
            f1 = 2 * precision * recall / max(1e-9, precision + recall)
            print(
                f"held-out {prefix or 'all'}: {len(chosen)} documents, PER spans "
                f"P {precision:.3f} R {recall:.3f} F1 {f1:.3f}",
                file=sys.stderr,
            )


if __name__ == "__main__":
    sys.exit(main())
