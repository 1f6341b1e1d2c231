#!/usr/bin/env python3
"""Fuzz `newscat add` with random and mutated articles; count tracebacks (there must be none).

    python benchmarks/fuzz_add.py [--count 10000] [--seed 11]

Half the inputs are generated articles mutated at the byte level (flipped, cut, duplicated
and inserted bytes, foreign encodings, NULs, BOMs, control characters, very long lines);
half are random bytes or random Unicode. They go through the real CLI in batches, as a user
would add them, and every run's stderr is searched for "Traceback"; a batch that takes longer than
--batch-seconds counts as hung (a fuzzed 880k-letter word once made extraction quadratic).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from common import NEWSCAT
from generate import Generator

ENCODINGS = ["utf-8", "utf-16", "utf-16-le", "cp1251", "latin-1", "cp1252", "utf-8-sig"]


def mutate(rng: random.Random, text: str) -> bytes:
    choice = rng.randrange(8)
    if choice == 0:
        return text.encode(rng.choice(ENCODINGS), errors="replace")
    data = bytearray(text.encode("utf-8"))
    for _ in range(rng.randint(1, 40)):
        if not data:
            break
        at = rng.randrange(len(data))
        action = rng.randrange(6)
        if action == 0:
            data[at] = rng.randrange(256)
        elif action == 1:
            del data[at : at + rng.randint(1, 200)]
        elif action == 2:
            data[at:at] = data[at : at + rng.randint(1, 300)]
        elif action == 3:
            data[at:at] = bytes([rng.choice([0, 7, 8, 11, 12, 27, 127])]) * rng.randint(1, 5)
        elif action == 4:
            data[at:at] = rng.choice(
                ["\u202e", "\ufeff", "🎉", "\u0301", "“", "\r", "\r\n", "  "]
            ).encode()
        else:
            data[at:at] = b"x" * rng.randint(1000, 200_000)
    return bytes(data)


def random_input(rng: random.Random) -> bytes:
    if rng.random() < 0.5:
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 3000)))
    alphabet = "".join(chr(c) for c in range(32, 0x2FFF) if chr(c).isprintable()) + "\n\n\n   .,"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3000))).encode(
        "utf-8", "surrogatepass"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument(
        "--batch-seconds", type=int, default=600, help="a batch slower than this counts as hung"
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    generator = Generator(args.seed, people=500, sources=50)
    tracebacks = added = failed = hung = 0
    with tempfile.TemporaryDirectory() as work:
        db = Path(work) / "fuzz.db"
        for start in range(0, args.count, args.batch):
            folder = Path(work) / f"batch-{start}"
            folder.mkdir()
            for n in range(start, min(start + args.batch, args.count)):
                data = mutate(rng, generator.article().text) if n % 2 == 0 else random_input(rng)
                (folder / f"f{n:06d}.txt").write_bytes(data)
            try:
                result = subprocess.run(
                    [*NEWSCAT, "add", "-q", "--db", str(db), str(folder)],
                    capture_output=True,
                    text=True,
                    errors="replace",
                    timeout=args.batch_seconds,
                )
            except subprocess.TimeoutExpired:
                hung += 1
                print(f"batch {folder.name} hung (over {args.batch_seconds} s)", file=sys.stderr)
                continue
            tracebacks += result.stderr.count("Traceback")
            summary = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ""
            words = summary.replace(",", "").split()
            if len(words) >= 7 and words[0] == "added":
                added += int(words[1])
                failed += int(words[6])
            print(f"{min(start + args.batch, args.count):,} inputs: {summary}", file=sys.stderr)
        check = subprocess.run([*NEWSCAT, "check", "--db", str(db)], capture_output=True, text=True)
    print(
        f"fuzzed {args.count:,} inputs: {added:,} added, {failed:,} refused with a reason, "
        f"{tracebacks} tracebacks, {hung} hung batches; "
        f"newscat check afterwards: {'ok' if check.returncode == 0 else 'PROBLEMS'}"
    )
    return 1 if tracebacks or hung or check.returncode else 0


if __name__ == "__main__":
    sys.exit(main())
