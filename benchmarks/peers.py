"""Run peer libraries (jionlp, helan) over the synthetic corpus and score them like ours.

    python -m benchmarks.peers --n 500 --seed 2026
    python -m benchmarks.peers --n 500 --seed 2026 --markdown --with-jubao   # side by side
    python -m benchmarks.peers --structured --with-jubao                     # structured identifiers only

Peers are benchmark-only (``pip install jionlp helan``), never a dependency of the package.
A peer that fails to install or import is reported as unavailable, not a crash.

Peers have no roles: every finding is scored as role "unknown", action "remove" (they
remove all they find), so their leak rate and retention are one number each, not per
policy. Their entity types are mapped to ours (``JIONLP_MAP``, ``HELAN_MAP``); a type with
no counterpart keeps its own name and is counted as "other" (it still counts for never
items, leaks and retention). jionlp is run with its extractors' defaults; helan with
``helan.recognize`` defaults (its own benchmark recommends jieba off).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import score
from benchmarks.bench_accuracy import load_corpus, structured_only
from benchmarks.synth import FAMILIES, GENRES, LABELS, STRUCTURED, SynthDoc

TextAnalyzer = Callable[[str], list[score.Pred]]

JIONLP_EXTRACTORS = (  # (function name, our label or None to take it from the result type)
    ("extract_phone_number", None), ("extract_qq", "CN_QQ"), ("extract_id_card", "CN_ID_CARD"),
    ("extract_email", "EMAIL_ADDRESS"), ("extract_ip_address", "IP_ADDRESS"),
    ("extract_motor_vehicle_licence_plate", "CN_LICENSE_PLATE"), ("extract_url", "URL"),
    ("extract_wechat_id", "CN_WECHAT"),
)
JIONLP_PHONE_TYPES = {"cell_phone": "CN_MOBILE", "landline_phone": "CN_LANDLINE"}
HELAN_MAP = {
    "PERSON_NAME": "PERSON", "ID_CARD": "CN_ID_CARD", "BANK_CARD": "CN_BANK_CARD", "USCC": "CN_USCC",
    "PASSPORT": "CN_PASSPORT", "PHONE": "CN_MOBILE", "LANDLINE": "CN_LANDLINE", "EMAIL": "EMAIL_ADDRESS",
    "IP_ADDRESS": "IP_ADDRESS", "URL": "URL", "LICENSE_PLATE": "CN_LICENSE_PLATE", "ADDRESS": "CN_ADDRESS",
    "QQ_NUMBER": "CN_QQ", "WECHAT_ID": "CN_WECHAT",
}


def load_jionlp() -> TextAnalyzer:
    with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
        import jionlp
    funcs = [(getattr(jionlp, name), label) for name, label in JIONLP_EXTRACTORS]

    def analyze(text: str) -> list[score.Pred]:
        out = []
        for fn, label in funcs:
            for r in fn(text, detail=True):
                start, end = r["offset"]
                lb = label or JIONLP_PHONE_TYPES.get(r.get("type"), "CN_MOBILE")
                out.append(score.Pred(start, end, lb))
        return out
    return analyze


def load_helan() -> TextAnalyzer:
    import helan

    def analyze(text: str) -> list[score.Pred]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "jieba installed but not enabled" on every call
            found = helan.recognize(text)
        return [score.Pred(e.start, e.end, HELAN_MAP.get(e.type, e.type)) for e in found]
    return analyze


def load_jubao(policy: str = "discuss", entities: Sequence[str] | None = None) -> TextAnalyzer:
    from jubao_redact import Redactor
    return (Redactor(policy=policy, entities=entities) if entities else Redactor(policy=policy)).analyze


PEERS: dict[str, Callable[[], TextAnalyzer]] = {"jionlp": load_jionlp, "helan": load_helan}


def run_peer(name: str, load: Callable[[], TextAnalyzer], docs: Sequence[SynthDoc]) -> dict:
    """Findings per document for one peer, or the reason it could not run."""
    try:
        analyze = load()
    except Exception as err:  # noqa: BLE001 - ImportError, or a broken install raising anything at import
        return {"name": name, "error": f"not available ({type(err).__name__}: {err})"}
    preds, errors = [], 0
    t0 = time.perf_counter()
    for d in docs:
        try:
            preds.append(analyze(d.text))
        except Exception:  # noqa: BLE001 - a peer crashing on one document loses that document only
            preds.append([])
            errors += 1
    secs = time.perf_counter() - t0
    return {"name": name, "preds": preds, "secs": secs, "errors": errors}


def comparison_rows(results: list[dict], docs: Sequence[SynthDoc]) -> tuple[list[str], list[list]]:
    """entity | gold | P/R overlap for each system that ran."""
    ok = [r for r in results if "preds" in r]
    reps = [score.score_entities(docs, r["preds"]) for r in ok]
    header = ["entity", "gold"] + [f"{r['name']} {m}" for r in ok for m in ("P", "R")]
    rows = []
    for lb in [*LABELS, "ANY"]:
        gold = reps[0].overlap[lb].tp + reps[0].overlap[lb].fn if reps else 0
        if not gold:
            continue
        row = [lb, gold]
        for rep in reps:
            c = rep.overlap[lb]
            row += [c.precision if c.n_pred else "-", c.recall]
        rows.append(row)
    never = ["never flagged", sum(len(d.never) for d in docs)]
    for rep in reps:
        never += ["", sum(rep.never_flagged.values())]
    rows.append(never)
    return header, rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.peers", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--genres", help=f"comma-separated subset of {','.join(GENRES)}")
    ap.add_argument("--family", default="seen", choices=FAMILIES,
                    help="templates: seen (tuned on) or the unseen-wording family")
    ap.add_argument("--corpus", help="score a saved JSONL corpus instead of generating one")
    ap.add_argument("--peers", default=",".join(PEERS), help="comma-separated peers to run")
    ap.add_argument("--with-jubao", action="store_true", help="add jubao-redact (policy discuss) as a column")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--detail", action="store_true", help="full per-peer entity tables")
    ap.add_argument("--structured", action="store_true", help="score structured identifiers only")
    args = ap.parse_args(argv)

    docs = load_corpus(args)
    if args.structured:
        docs = structured_only(docs)
    chars = sum(len(d.text) for d in docs)
    print(f"corpus: {len(docs)} documents, {chars} characters, {sum(len(d.spans) for d in docs)} gold spans")
    systems = [(n, PEERS[n]) for n in args.peers.split(",") if n in PEERS]
    unknown = [n for n in args.peers.split(",") if n not in PEERS]
    if unknown:
        print(f"unknown peers ignored: {', '.join(unknown)}; known: {', '.join(PEERS)}")
    if args.with_jubao:
        entities = STRUCTURED if args.structured else None
        systems.insert(0, ("jubao", lambda: load_jubao("discuss", entities)))
    results = [run_peer(n, load, docs) for n, load in systems]
    if args.structured:  # free-text findings (PERSON, ADDRESS) are out of scope in this mode
        for r in results:
            if "preds" in r:
                r["preds"] = [[p for p in ps if p.entity_type in STRUCTURED] for ps in r["preds"]]

    role_rows = []
    for r in results:
        if "error" in r:
            print(f"{r['name']}: {r['error']}")
            continue
        roles = score.score_roles(docs, r["preds"])
        role_rows.append([r["name"], f"{chars / r['secs'] / 1000:.0f}", r["errors"], roles.leak_rate, roles.retention])
        if args.detail:
            print(f"\n## {r['name']}\n")
            rep = score.score_entities(docs, r["preds"])
            print(score.table(score.ENTITY_HEADER, score.entity_rows(rep), args.markdown))
            print(score.table(score.NEVER_HEADER, score.never_rows(rep), args.markdown))
    header, rows = comparison_rows(results, docs)
    if rows:
        print("\nentity P/R (overlap rule, see benchmarks/score.py)\n")
        print(score.table(header, rows, args.markdown))
        print("\nremove-all-found: leak rate of reporter spans, retention of subject/official/public spans\n")
        print(score.table(("system", "k chars/s", "doc errors", "leak rate", "retention"), role_rows, args.markdown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
