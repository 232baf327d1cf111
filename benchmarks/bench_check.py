"""Benchmark: ``check`` over 1,000 small text files against the library's own analysis.

Target (issue 5): check uses both cores and costs at most 1.5x the time the library itself
needs to analyse the same texts (``Redactor.analyze`` over each text, one process, warm).
Prints both times, the ratio, and the CPU time the worker processes used (to show both
cores worked).

    python benchmarks/bench_check.py [--files 1000] [--jobs 2] [--structured-only]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

TEMPLATES = [
    "举报人{name}反映：{company}夜间偷排废水，气味刺鼻，联系电话{phone}。",
    "来电人称{company}在{place}附近焚烧垃圾，浓烟扰民，请尽快核查。回访号码：{phone}",
    "{company}噪声超标，附近居民无法休息。本人住{place}，身份证号{idc}，不希望透露身份。",
    "网民留言：{place}河道发黑发臭，疑似{company}排污口所致，邮箱{email}。",
    "经现场核查，{company}已停产整改，处理结果已于{day}日答复举报人。",
]
COMPANIES = ["某化工有限公司", "某印染厂", "某建材公司", "某养殖场", "某金属制品厂"]
PLACES = ["城东开发区", "新华路北段", "滨河小区", "东湖村", "工业园三期"]


def make_texts(n: int, seed: int = 7) -> list[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from test_documents_fixtures import id_card, mobile

    rng = random.Random(seed)
    texts = []
    for i in range(n):
        lines = [rng.choice(TEMPLATES).format(
            name=rng.choice("王李张刘陈杨赵黄周吴") + rng.choice(["伟", "芳", "敏", "静", "强"]),
            company=rng.choice(COMPANIES), place=rng.choice(PLACES), phone=mobile(rng),
            idc=id_card(rng), email=f"user{i}@example.com", day=rng.randint(1, 28))
            for _ in range(rng.randint(2, 4))]
        texts.append("\n".join(lines) + "\n")
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--policy", default="forward")
    parser.add_argument("--structured-only", action="store_true",
                        help="Only structured entities (when the free-text model is absent).")
    args = parser.parse_args(argv)

    from jubao_redact import Redactor
    from jubao_redact.documents import check_paths
    from jubao_redact.errors import ConfigError

    entities = None
    if args.structured_only:
        entities = STRUCTURED
    else:
        try:
            Redactor(args.policy)
        except ConfigError:
            print("free-text model not available: structured entities only")
            entities = STRUCTURED
    texts = make_texts(args.files)
    chars = sum(len(t) for t in texts)
    redactor = Redactor(args.policy, entities=entities)
    redactor.analyze(texts[0])  # warm-up
    t0 = time.perf_counter()
    n_lib = sum(len(redactor.analyze(t)) for t in texts)
    library = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i, text in enumerate(texts):
            (folder / f"c{i:05d}.txt").write_text(text, encoding="utf-8")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        report = check_paths([folder], args.policy, entities=entities, jobs=args.jobs)
        check = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    n_check = sum(len(f.findings) for f in report.files)
    child_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    ratio = check / library
    print(f"files {args.files}, {chars} characters, policy {args.policy}, jobs {args.jobs}")
    print(f"library analyze (1 process): {library:.2f} s, {n_lib} findings")
    print(f"check (files, {args.jobs} workers): {check:.2f} s, {n_check} findings, "
          f"{len(report.errors)} errors; worker CPU {child_cpu:.2f} s "
          f"(= {child_cpu / check:.2f} cores busy)")
    print(f"ratio check / library = {ratio:.2f} (target <= 1.5)")
    if n_check != n_lib:
        print("WARNING: finding counts differ between library and check")
    return 0 if ratio <= 1.5 and not report.errors else 1


STRUCTURED = [
    "CN_BANK_CARD", "CN_HK_MACAO_PERMIT", "CN_ID_CARD", "CN_LANDLINE", "CN_LICENSE_PLATE",
    "CN_MOBILE", "CN_PASSPORT", "CN_QQ", "CN_SOCIAL_ACCOUNT", "CN_USCC", "CN_WECHAT",
    "EMAIL_ADDRESS", "IP_ADDRESS", "URL",
]

if __name__ == "__main__":
    sys.exit(main())
