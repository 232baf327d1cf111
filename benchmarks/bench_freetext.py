"""Benchmark the free-text tagger on the public dev splits, and its speed.

Usage (from the repo root)::

    python benchmarks/bench_freetext.py ../shared/corpus

Reports, per dataset and entity, exact-span precision / recall / F1 on
peoples_daily_ner.dev (news), weibo_ner_v2.dev (social media; PERSON_NOM is not
a name), resume_ner.dev; address coverage on chinese_address_parsing.dev embedded
in sentences (a case passes when ≥ 90 % of the address's characters lie inside a
CN_ADDRESS span); throughput of ``FreeTextTagger.tag`` against ``jieba.lcut``
on the same text in the same run, and the cost of 1 MB against 100 KB.
Dev splits are only ever read here, never by training.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "src"))

from jubao_redact.freetext import FreeTextTagger  # noqa: E402

GOLD = {"PERSON": "PERSON", "ORG": "ORGANIZATION"}
ADDR_TEMPLATES = [
    "本人住址：{a}。", "我家住在{a}，楼下的工厂天天排烟。", "举报人家住{a}，电话见附件。",
    "联系地址：{a}", "我住{a}，附近养殖场臭气熏天。",
]


def read(path: pathlib.Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ner_scores(tagger, records) -> dict[str, tuple[float, float, float, int]]:
    """Exact-span P/R/F1 per entity (gold label mapped through ``GOLD``)."""
    out = {}
    for gold_label, ent in GOLD.items():
        tp = n_pred = n_gold = 0
        for rec in records:
            gold = {(s["start"], s["end"]) for s in rec["spans"] if s["label"] == gold_label}
            pred = {(t.start, t.end) for t in tagger.tag(rec["text"]) if t.label == ent}
            tp += len(gold & pred)
            n_pred += len(pred)
            n_gold += len(gold)
        out[ent] = (*prf(tp, n_pred, n_gold), n_gold)
    return out


def address_coverage(tagger, records) -> tuple[float, float, float]:
    """(share of cases ≥ 90 % covered, mean coverage, chars flagged outside / address chars)."""
    ok = 0
    cov_sum = 0.0
    spill = total = 0
    for i, rec in enumerate(records):
        addr = rec["text"]
        tpl = ADDR_TEMPLATES[i % len(ADDR_TEMPLATES)]
        pre = tpl.index("{a}")
        text = tpl.replace("{a}", addr)
        a0, a1 = pre, pre + len(addr)
        covered = [False] * len(text)
        for t in tagger.tag(text):
            if t.label == "CN_ADDRESS":
                for j in range(t.start, t.end):
                    covered[j] = True
        inside = sum(covered[a0:a1])
        cov = inside / max(1, len(addr))
        cov_sum += cov
        ok += cov >= 0.9
        spill += sum(covered) - inside
        total += len(addr)
    n = max(1, len(records))
    return ok / n, cov_sum / n, spill / max(1, total)


def throughput(tagger, text: str, repeat: int = 3) -> dict[str, float]:
    """chars/s of tag() and jieba.lcut on ``text``; 1 MB vs 100 KB cost ratio."""
    import jieba

    jieba.initialize()
    tagger.tag(text[:1000])

    def best(fn, arg):
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            fn(arg)
            times.append(time.perf_counter() - t0)
        return min(times)

    t_tag = best(tagger.tag, text)
    t_jieba = best(jieba.lcut, text)
    small = (text * (100_000 // len(text) + 1))[:100_000]
    big = (text * (1_000_000 // len(text) + 1))[:1_000_000]
    t_small, t_big = best(tagger.tag, small), best(tagger.tag, big)
    return {
        "chars": len(text),
        "tag_chars_per_s": len(text) / t_tag,
        "jieba_chars_per_s": len(text) / t_jieba,
        "ratio_vs_jieba": t_jieba / t_tag,
        "cost_1MB_over_100KB": t_big / t_small,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=pathlib.Path, nargs="?", default=pathlib.Path("../shared/corpus"))
    ap.add_argument("--no-speed", action="store_true", help="skip the throughput run")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    tagger = FreeTextTagger.shared()
    print(f"model load: {time.perf_counter() - t0:.2f}s")
    for name in ("peoples_daily_ner.dev", "weibo_ner_v2.dev", "resume_ner.dev"):
        recs = read(args.corpus / f"{name}.jsonl")
        for ent, (p, r, f, n) in ner_scores(tagger, recs).items():
            print(f"{name:24s} {ent:13s} P={p:.3f} R={r:.3f} F1={f:.3f} (gold {n})")
    addr = read(args.corpus / "chinese_address_parsing.dev.jsonl")
    ok, mean, spill = address_coverage(tagger, addr)
    print(f"{'address.dev in sentences':24s} CN_ADDRESS    ≥90% covered in {ok:.3f} of {len(addr)} cases; "
          f"mean coverage {mean:.3f}; flagged outside {spill:.3f} per address char")
    if not args.no_speed:
        text = "".join(r["text"] for r in read(args.corpus / "peoples_daily_ner.dev.jsonl"))
        for k, v in throughput(tagger, text).items():
            print(f"speed {k:22s} {v:,.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
