"""Accuracy of jubao-redact on the synthetic corpus: per-entity P/R, never-flagged, roles.

    python -m benchmarks.bench_accuracy --n 500 --seed 2026 --policy discuss
    python -m benchmarks.bench_accuracy --n 500 --seed 2026 --markdown      # for the README
    python -m benchmarks.bench_accuracy --n 500 --seed 2026 --roles         # leak/retention per policy
    python -m benchmarks.bench_accuracy --corpus corpus.jsonl --forms       # a saved corpus, recall per form
    python -m benchmarks.bench_accuracy --structured --errors 40            # structured only, show misses
    python -m benchmarks.bench_accuracy --analyzer gold                     # self-check of the harness

Matching rules and the leak/retention definitions are in ``benchmarks/score.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import score
from benchmarks.synth import FAMILIES, GENRES, STRUCTURED, SynthDoc, generate

POLICIES = ("forward", "publish", "discuss", "reward", "census")
Analyzer = Callable[[SynthDoc], Sequence[Any]]


def load_corpus(args: argparse.Namespace) -> list[SynthDoc]:
    """The corpus given by --corpus (JSONL from ``python -m benchmarks.synth``) or generated."""
    if args.corpus:
        with open(args.corpus, encoding="utf-8") as fh:
            return [SynthDoc.from_json(json.loads(line)) for line in fh if line.strip()]
    return generate(args.n, args.seed, args.genres.split(",") if args.genres else None,
                    family=args.family)


def jubao_analyzer(policy: str, entities: Sequence[str] | None = None) -> Analyzer:
    try:
        from jubao_redact import Redactor
    except ImportError as err:
        raise SystemExit(f"bench: cannot import jubao_redact ({err}); install it with `pip install -e .`")
    redactor = Redactor(policy=policy, entities=entities) if entities else Redactor(policy=policy)
    return lambda doc: redactor.analyze(doc.text)


def structured_only(docs: Sequence[SynthDoc]) -> list[SynthDoc]:
    """The same documents with only the structured gold spans (for --structured runs)."""
    return [SynthDoc(d.id, d.genre, d.text, [s for s in d.spans if s.label in STRUCTURED], d.never) for d in docs]


def gold_analyzer(policy: str, entities: Sequence[str] | None = None) -> Analyzer:
    """The gold spans as findings (reporter removed, others kept): scores must be perfect.

    Used to check the harness itself, and as the fake the tests run against."""
    def analyze(doc: SynthDoc) -> list[score.Pred]:
        return [score.Pred(s.start, s.end, s.label, s.role, "remove" if s.role == "reporter" else "keep")
                for s in doc.spans if not entities or s.label in entities]
    return analyze


ANALYZERS = {"jubao": jubao_analyzer, "gold": gold_analyzer}


def run(analyze: Analyzer, docs: Sequence[SynthDoc]) -> tuple[list[Sequence[Any]], float]:
    t0 = time.perf_counter()
    preds = [analyze(d) for d in docs]
    return preds, time.perf_counter() - t0


def entity_report(docs: Sequence[SynthDoc], preds: Sequence[Sequence[Any]], markdown: bool,
                  forms: bool) -> str:
    rep = score.score_entities(docs, preds)
    out = [score.table(score.ENTITY_HEADER, score.entity_rows(rep), markdown), "",
           score.table(score.NEVER_HEADER, score.never_rows(rep), markdown)]
    if rep.other_labels:
        out.append("other labels (not scored): " + ", ".join(f"{k}={v}" for k, v in rep.other_labels.most_common()))
    if rep.never_examples and not markdown:
        out.append("never items flagged, first examples: " + "; ".join(
            f"{kind}:{text!r}->{label}" for kind, text, label in rep.never_examples[:8]))
    if forms:
        out += ["", score.table(score.FORM_HEADER, score.form_rows(rep, STRUCTURED + ("PERSON",)), markdown)]
    return "\n".join(out)


def error_examples(docs: Sequence[SynthDoc], preds: Sequence[Sequence[Any]], limit: int) -> str:
    """Missed gold spans and unmatched findings (overlap rule) with some context.

    The corpus is synthetic, so printing its values is fine (never do this on real text)."""
    lines = []
    for doc, raw in zip(docs, preds):
        ps = [score.as_pred(p) for p in raw]
        for g in doc.spans:
            if not any(p.entity_type == g.label and score._matches(g.start, g.end, p.start, p.end, False) for p in ps):
                lines.append(f"FN {g.label:<18} {g.role:<11} {g.form:<9} {_context(doc.text, g.start, g.end)}")
        for p in ps:
            if p.entity_type in score.LABELS and not any(
                    p.entity_type == g.label and score._matches(g.start, g.end, p.start, p.end, False) for g in doc.spans):
                lines.append(f"FP {p.entity_type:<18} {doc.genre:<21} {_context(doc.text, p.start, p.end)}")
    return "\n".join(lines[:limit])


def _context(text: str, start: int, end: int, width: int = 10) -> str:
    return repr(text[max(0, start - width):start] + "[" + text[start:end] + "]" + text[end:end + width])


def role_rows(docs: Sequence[SynthDoc], make: Callable[[str], Analyzer]) -> tuple[list[list[Any]], dict]:
    rows, reports = [], {}
    for policy in POLICIES:
        try:
            preds, _ = run(make(policy), docs)
        except Exception as err:  # noqa: BLE001 - a policy not implemented yet is a row, not a crash
            rows.append([policy, "error", type(err).__name__, "", "", ""])
            continue
        rep = score.score_roles(docs, preds)
        reports[policy] = rep
        rows.append([policy, rep.reporter_total, rep.leaked, rep.leak_rate, rep.kept_total, rep.retention])
    return rows, reports


ROLE_HEADER = ("policy", "reporter spans", "leaked", "leak rate", "kept-role spans", "retention")


def leak_details(rep: score.RoleReport, top: int = 12) -> str:
    rows = [[lb, form, genre, n] for (lb, form, genre), n in rep.leaks_by.most_common(top)]
    lost = [[role, lb, n, rep.kept_by[(role, lb)]] for (role, lb), n in rep.lost_by.most_common(top)]
    return "\n".join([
        "leaked reporter spans (label, form, genre):", score.table(("entity", "form", "genre", "leaked"), rows, False), "",
        "kept-role spans removed (role, label):", score.table(("role", "entity", "removed", "of"), lost, False)])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.bench_accuracy", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=500, help="documents to generate")
    ap.add_argument("--seed", type=int, default=2026, help="generator seed")
    ap.add_argument("--genres", help=f"comma-separated subset of {','.join(GENRES)}")
    ap.add_argument("--family", default="seen", choices=FAMILIES,
                    help="templates: seen (tuned on) or the unseen-wording family (never tuned on)")
    ap.add_argument("--corpus", help="score a saved JSONL corpus instead of generating one")
    ap.add_argument("--policy", default="discuss", choices=POLICIES, help="policy for the entity table")
    ap.add_argument("--analyzer", default="jubao", choices=sorted(ANALYZERS), help="gold = harness self-check")
    ap.add_argument("--markdown", action="store_true", help="markdown tables (README)")
    ap.add_argument("--forms", action="store_true", help="also recall per written form")
    ap.add_argument("--roles", action="store_true", help="leak rate and retention for every policy")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print the first N misses and false hits")
    ap.add_argument("--structured", action="store_true",
                    help="structured identifiers only: run the library with those entities, score those spans")
    args = ap.parse_args(argv)

    docs = load_corpus(args)
    entities = STRUCTURED if args.structured else None
    if args.structured:
        docs = structured_only(docs)

    def make(policy: str) -> Analyzer:
        return ANALYZERS[args.analyzer](policy, entities)
    chars = sum(len(d.text) for d in docs)
    print(f"corpus: {len(docs)} documents, {chars} characters, {sum(len(d.spans) for d in docs)} gold spans, "
          f"{sum(len(d.never) for d in docs)} never items"
          + (f" (file {args.corpus})" if args.corpus else f" (seed {args.seed}, {args.family} templates)"))
    try:
        preds, secs = run(make(args.policy), docs)
    except Exception as err:  # noqa: BLE001 - the library under test failing is a result, not a traceback
        print(f"bench: {args.analyzer} failed on policy {args.policy}: {type(err).__name__}: {err}")
        return 2
    print(f"analyzer: {args.analyzer}, policy {args.policy}, {chars / secs / 1000:.0f} k chars/s\n")
    print(entity_report(docs, preds, args.markdown, args.forms))
    if args.errors:
        print("\n" + error_examples(docs, preds, args.errors))
    if args.roles:
        rows, reports = role_rows(docs, make)
        print()
        print(score.table(ROLE_HEADER, rows, args.markdown))
        if "forward" in reports and not args.markdown:
            print("\npolicy forward, " + leak_details(reports["forward"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
