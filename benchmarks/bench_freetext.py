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

from jubao_redact.freetext import FreeTextTagger

GOLD = {"PERSON": "PERSON", "ORG": "ORGANIZATION"}
ADDR_TEMPLATES = [
    "本人住址：{a}。",
    "我家住在{a}，楼下的工厂天天排烟。",
    "举报人家住{a}，电话见附件。",
    "联系地址：{a}",
    "我住{a}，附近养殖场臭气熏天。",
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


# Synthetic complaints: invented names, addresses assembled from the shipped
# divisions table, invented companies. {n} name, {s}先生 surname, {a} address,
# {o} organisation, {p} phone (not scored here), {w} the writer's employer.
COMPLAINTS = [
    "举报人{n}，家住{a}，联系电话{p}。现举报{o}夜间偷排废水，气味刺鼻，请尽快查处。",
    "我叫{n}，住在{a}。我家附近的{o}每天冒黑烟，多次反映无果。",
    "{o}的噪音严重影响周边居民休息。来电人：{s}先生，住址：{a}，电话{p}。",
    "您好，我是{a}的村民{n}，{o}长期往河里排污水，井水都变黑了。",
    "本人{n}，在{w}上班，家住{a}。{o}的粉尘太大，请环保局管一管。",
    "投诉人：{n}\n地址：{a}\n被投诉单位：{o}\n内容：凌晨焚烧垃圾，烟味很重。",
    "{o}违规堆放危险废物。反映人{n}，联系地址{a}。",
    "尊敬的领导：\n{o}每天晚上排放刺鼻气体，我们{a}的住户苦不堪言。\n此致\n敬礼！\n{n}\n2024年5月6日",
]
SYN_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖"
SYN_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉梅春海林晓云峰飞鹏辉宇浩凯俊欣怡婷雪琳"
SYN_ORG = [
    "{t}{x}化工有限公司",
    "{t}{x}砖厂",
    "{t}{x}养殖场",
    "{t}{x}建材有限公司",
    "{t}{x}加油站",
    "{t}{x}造纸厂",
]
SYN_X = ["鑫源", "宏达", "恒盛", "金利", "永兴", "瑞丰", "天成", "华泰"]


def _divisions(path: pathlib.Path) -> list[list[str]]:
    """Province→city→county→town chains from the shipped divisions table."""
    chains, cur = [], ["", "", "", ""]
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        level, name, _alias = line.split("\t")
        lv = int(level) - 1
        cur[lv] = name
        cur[lv + 1 :] = [""] * (3 - lv)
        if lv == 3:
            chains.append(list(cur))
    return chains


def synthetic_complaints(n: int = 400, seed: int = 7) -> list[dict]:
    """``n`` invented complaints with gold spans (PERSON, ORGANIZATION, CN_ADDRESS)."""
    import random

    rng = random.Random(seed)
    here = (
        pathlib.Path(__file__).resolve().parent.parent
        / "src"
        / "jubao_redact"
        / "freetext"
        / "data"
    )
    chains = _divisions(here / "divisions.tsv")
    out = []
    for i in range(n):
        prov, city, county, town = rng.choice(chains)
        start = rng.choice([0, 0, 1, 2])
        head = "".join([prov, city, county][start:]) + town
        if rng.random() < 0.5:
            addr = (
                head
                + rng.choice("东西南北新")
                + rng.choice("庄湾岗桥塘")
                + "村"
                + f"{rng.randint(1, 12)}组{rng.randint(1, 99)}号"
            )
        else:
            addr = (
                head
                + rng.choice(["人民路", "建设路", "解放大道", "中山街"])
                + f"{rng.randint(1, 999)}号"
                + rng.choice(["阳光花园", "锦绣小区", "金色家园"])
                + f"{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(101, 2504)}室"
            )
        sur = rng.choice(SYN_SURNAMES)
        vals = {
            "n": (
                sur + "".join(rng.choice(SYN_GIVEN) for _ in range(rng.choice([1, 2]))),
                "PERSON",
            ),
            "s": (sur, "PERSON"),
            "a": (addr, "CN_ADDRESS"),
            "o": (
                rng.choice(SYN_ORG).format(
                    t=county[:2] if county else town[:2], x=rng.choice(SYN_X)
                ),
                "ORGANIZATION",
            ),
            "w": (
                rng.choice(SYN_ORG).format(t=city[:2] or town[:2], x=rng.choice(SYN_X)),
                "CN_WORKPLACE",
            ),
            "p": ("1" + "".join(rng.choice("0123456789") for _ in range(10)), None),
        }
        tpl = COMPLAINTS[i % len(COMPLAINTS)]
        text, spans, j = "", [], 0
        while j < len(tpl):
            if tpl[j] == "{":
                key = tpl[j + 1]
                val, lab = vals[key]
                if lab:
                    spans.append({"start": len(text), "end": len(text) + len(val), "label": lab})
                text += val
                j += 3
            else:
                text += tpl[j]
                j += 1
        out.append({"text": text, "spans": spans})
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "corpus", type=pathlib.Path, nargs="?", default=pathlib.Path("../shared/corpus")
    )
    ap.add_argument("--no-speed", action="store_true", help="skip the throughput run")
    ap.add_argument(
        "--data",
        type=pathlib.Path,
        help="folder with a candidate model.npz, words.tsv and charstats.tsv "
        "(default: the shipped ones)",
    )
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    tagger = FreeTextTagger(args.data) if args.data else FreeTextTagger.shared()
    print(f"model load: {time.perf_counter() - t0:.2f}s")
    for name in ("peoples_daily_ner.dev", "weibo_ner_v2.dev", "resume_ner.dev"):
        recs = read(args.corpus / f"{name}.jsonl")
        for ent, (p, r, f, n) in ner_scores(tagger, recs).items():
            print(f"{name:24s} {ent:13s} P={p:.3f} R={r:.3f} F1={f:.3f} (gold {n})")
    syn = synthetic_complaints()
    for ent in ("PERSON", "ORGANIZATION", "CN_ADDRESS", "CN_WORKPLACE"):
        tp = n_pred = n_gold = 0
        for rec in syn:
            gold = {(g["start"], g["end"]) for g in rec["spans"] if g["label"] == ent}
            pred = {(t.start, t.end) for t in tagger.tag(rec["text"]) if t.label == ent}
            tp, n_pred, n_gold = tp + len(gold & pred), n_pred + len(pred), n_gold + len(gold)
        p, r, f = prf(tp, n_pred, n_gold)
        print(
            f"{'synthetic complaints':24s} {ent:13s} P={p:.3f} R={r:.3f} F1={f:.3f} (gold {n_gold})"
        )
    addr = read(args.corpus / "chinese_address_parsing.dev.jsonl")
    ok, mean, spill = address_coverage(tagger, addr)
    print(
        f"{'address.dev in sentences':24s} CN_ADDRESS    ≥90% covered in {ok:.3f} of {len(addr)} cases; "
        f"mean coverage {mean:.3f}; flagged outside {spill:.3f} per address char"
    )
    if not args.no_speed:
        text = "".join(r["text"] for r in read(args.corpus / "peoples_daily_ner.dev.jsonl"))
        for k, v in throughput(tagger, text).items():
            print(f"speed {k:22s} {v:,.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
