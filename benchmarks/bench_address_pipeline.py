"""Real addresses in a sentence, through the whole Redactor (not the tagger alone).

    python benchmarks/bench_address_pipeline.py ../shared/corpus [--policy discuss]

The issue's measure: every address of chinese_address_parsing.dev (real address queries,
never trained on) is embedded in one of ``bench_freetext.ADDR_TEMPLATES`` (本人住址：…。);
a case passes when ≥ 90 % of the address's characters lie inside CN_ADDRESS findings of
``Redactor.analyze``. ``bench_freetext.py`` measures the tagger alone; this adds what the
engine does after it (allow lists, span shaping, overlaps), which can only cut addresses.
Prints the share of passing cases and the mean coverage (never an address: they are real).
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "src"))

from bench_freetext import ADDR_TEMPLATES  # noqa: E402

from jubao_redact import Redactor  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=pathlib.Path)
    ap.add_argument("--policy", default="discuss")
    args = ap.parse_args(argv)
    path = args.corpus / "chinese_address_parsing.dev.jsonl"
    with path.open(encoding="utf-8") as fh:
        addresses = [json.loads(line)["text"] for line in fh if line.strip()]
    redactor = Redactor(policy=args.policy)
    passed, coverages = 0, []
    for i, address in enumerate(addresses):
        template = ADDR_TEMPLATES[i % len(ADDR_TEMPLATES)]
        a0 = template.index("{a}")
        text = template.replace("{a}", address)
        covered = set()
        for f in redactor.analyze(text):
            if f.entity_type == "CN_ADDRESS":
                covered.update(range(f.start, f.end))
        share = len(covered & set(range(a0, a0 + len(address)))) / len(address)
        coverages.append(share)
        passed += share >= 0.9
    print(f"{len(addresses)} addresses (chinese_address_parsing.dev), policy {args.policy}")
    print(f">= 90 % of the characters covered: {passed / len(addresses):.1%} of addresses (target >= 97 %)")
    print(f"mean coverage: {sum(coverages) / len(coverages):.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
