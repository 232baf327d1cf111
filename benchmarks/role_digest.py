"""A fingerprint of every role decision, to show that a change (a cost change) decides the same.

    python -m benchmarks.role_digest            # all parts (about a minute)
    python -m benchmarks.role_digest --quick    # gold parts only, 200 documents each

Prints one SHA-256 per part and one over all parts, over every finding's
(start, end, entity, role, evidence, cluster) and the action of the built-in policies
forward, publish, reward and census for it (``Policy.decide`` on its entity and role):

- ``seen-held-out``: 1600 generated documents (seed 20261125, the held-out set of
  ``benchmarks.bench_roles``), gold spans as the findings, ``attribute_document`` per document;
- ``unseen-a`` / ``unseen-b``: 800 documents each of the unseen-wording family (seeds
  20261126 / 20261127), the same way;
- ``seen-known``: the first 200 held-out documents again, each with caller-given facts (its
  gold first reporter name and mobile, its first subject organisation): the known-facts path;
- ``analyzer-1mb``: the 1 MB string of ``benchmarks.bench_speed`` (all entities when the
  free-text model is installed), through ``Redactor(policy="discuss").analyze``: real
  detection, partial mentions, attribution and the Finding objects as callers get them
  (evidence there is the recognizers' evidence plus the role's);
- ``analyzer-known``: the first 100 KB of that string through ``Redactor(policy="forward",
  entities=<structured only>, reporter=…, subject=…)`` with the gold facts of six of its
  documents: caller-given facts found in the text, and findings outside the requested
  entities kept only when they are such a fact.

Run it before a change and after: equal digests mean the same findings with the same roles,
evidence, clusters and actions. Nothing of the text is printed (the digests only).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_roles import HELD_OUT_SEED, UNSEEN_A_SEED, UNSEEN_B_SEED, gold_results  # noqa: E402
from benchmarks.bench_speed import corpus_text  # noqa: E402
from benchmarks.synth import STRUCTURED, generate  # noqa: E402

POLICIES = ("forward", "publish", "reward", "census")


def _line(deciders, start, end, entity, role, evidence, cluster) -> bytes:
    actions = ",".join(d(entity, role).action for d in deciders)
    return (f"{start}\t{end}\t{entity}\t{role}\t{'|'.join(evidence)}\t{cluster}\t{actions}\n"
            .encode("utf-8"))


def _known(doc):
    """Caller-given facts for a document: its first reporter name and mobile, its first
    subject organisation (gold values), so that the known-facts path is covered too."""
    from jubao_redact.roles import KnownFacts

    def first(label, role):
        return next((s.text for s in doc.spans if s.label == label and s.role == role
                     and s.form != "partial"), None)

    reporter = tuple(v for v in (first("PERSON", "reporter"), first("CN_MOBILE", "reporter")) if v)
    subject = tuple(v for v in (first("ORGANIZATION", "subject"),) if v)
    return KnownFacts(reporter, subject)


def gold_digest(family: str, seed: int, n: int, deciders, known: bool = False) -> tuple[str, int]:
    from jubao_redact.normalize import TextViews
    from jubao_redact.roles import KnownFacts, attribute_document

    h = hashlib.sha256()
    count = 0
    for doc in generate(n, seed, family=family):
        facts = _known(doc) if known else KnownFacts()
        results, decisions, genre = attribute_document(TextViews(doc.text), gold_results(doc), facts)
        h.update(f"# {doc.id} {genre.name}\n".encode("utf-8"))
        for r, d in zip(results, decisions):
            h.update(_line(deciders, r.start, r.end, r.entity_type, d.role, d.evidence, d.cluster))
            count += 1
    return h.hexdigest(), count


def analyzer_digest(size: int, deciders, known: bool = False) -> tuple[str, int, str]:
    from jubao_redact import Redactor
    from jubao_redact.errors import ConfigError

    scope = "all entities"
    if known:  # structured entities only, with facts: names are found as facts, not by the model
        docs = generate(400, 11)  # the documents corpus_text() repeats
        facts = {"reporter": [], "subject": []}
        for doc in docs[:6]:
            k = _known(doc)
            facts["reporter"].extend(k.reporter)
            facts["subject"].extend(k.subject)
        redactor = Redactor(policy="forward", entities=list(STRUCTURED), **facts)
        scope = "structured only, 6 documents' facts"
    else:
        try:
            redactor = Redactor(policy="discuss")
        except ConfigError:  # no free-text model: structured entities only (said in the output)
            redactor = Redactor(policy="discuss", entities=list(STRUCTURED))
            scope = "structured only"
    h = hashlib.sha256()
    findings = redactor.analyze(corpus_text(size))
    for f in findings:
        h.update(_line(deciders, f.start, f.end, f.entity_type, f.role, f.evidence, f.cluster))
        h.update(f"{f.action}\t{f.operator}\t{f.recognizer}\t{f.rule_id}\t{f.score}\n".encode())
    return h.hexdigest(), len(findings), scope


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="200 gold documents per set, no analyzer part")
    args = ap.parse_args(argv)
    from jubao_redact.policy import builtin_policies

    policies = builtin_policies()
    deciders = [policies[p].decider() for p in POLICIES]
    n_seen, n_unseen = (200, 200) if args.quick else (1600, 800)
    parts = []
    for name, family, seed, n, known in (
            ("seen-held-out", "seen", HELD_OUT_SEED, n_seen, False),
            ("unseen-a", "unseen-a", UNSEEN_A_SEED, n_unseen, False),
            ("unseen-b", "unseen-b", UNSEEN_B_SEED, n_unseen, False),
            ("seen-known", "seen", HELD_OUT_SEED, 200, True)):
        t0 = time.perf_counter()
        digest, count = gold_digest(family, seed, n, deciders, known)
        print(f"{name:14} {n:5} docs  {count:7} findings  {digest}  ({time.perf_counter() - t0:.1f} s)")
        parts.append(digest)
    if not args.quick:
        t0 = time.perf_counter()
        digest, count, scope = analyzer_digest(1_000_000, deciders)
        print(f"{'analyzer-1mb':14} {'1 MB':>5}       {count:7} findings  {digest}  "
              f"({scope}; {time.perf_counter() - t0:.1f} s)")
        parts.append(digest)
        t0 = time.perf_counter()
        digest, count, scope = analyzer_digest(100_000, deciders, known=True)
        print(f"{'analyzer-known':14} {'100 KB':>5}      {count:7} findings  {digest}  "
              f"({scope}; {time.perf_counter() - t0:.1f} s)")
        parts.append(digest)
    print(f"{'all':14} {hashlib.sha256(' '.join(parts).encode()).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
