"""CLI: ``python -m benchmarks.synth --n 500 --seed 7 --out corpus.jsonl``.

Writes one SynthDoc per line (UTF-8 JSON). Prints a summary of labels and roles to stderr.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import json
import sys

from . import GENRES, generate


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m benchmarks.synth",
        description="Generate synthetic complaints with gold spans. "
                    "Example: python -m benchmarks.synth --n 500 --seed 7 --out corpus.jsonl")
    ap.add_argument("--n", type=int, default=500, help="number of documents")
    ap.add_argument("--seed", type=int, default=7, help="random seed (same seed, same corpus)")
    ap.add_argument("--genres", default=None, help=f"comma-separated subset of {','.join(GENRES)}")
    ap.add_argument("--out", default="-", help="output JSONL file, '-' for stdout")
    args = ap.parse_args(argv)
    try:
        docs = generate(args.n, args.seed, args.genres.split(",") if args.genres else None)
    except ValueError as err:
        print(f"synth: {err}", file=sys.stderr)
        return 2
    with contextlib.nullcontext(sys.stdout) if args.out == "-" else open(args.out, "w", encoding="utf-8") as out:
        for d in docs:
            out.write(json.dumps(d.to_json(), ensure_ascii=False) + "\n")
    counts = collections.Counter((s.label, s.role) for d in docs for s in d.spans)
    print(f"{len(docs)} documents, {sum(counts.values())} spans, "
          f"{sum(len(d.never) for d in docs)} never items", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
