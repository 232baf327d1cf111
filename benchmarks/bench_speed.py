"""Speed, linearity and memory of analysis, measured in one run as ratios.

    python -m benchmarks.bench_speed                 # structured recognizers only
    python -m benchmarks.bench_speed --all           # with the free-text model too
    python -m benchmarks.bench_speed --markdown      # a table for the README

Reports, on synthetic complaint text from ``benchmarks.synth``:
- chars/s of ``Redactor.analyze`` on one 100 KB and one 1 MB string, and the cost ratio
  1 MB / 100 KB (linear ≈ 10; the target is ≤ 12);
- the throughput ratio to ``jieba.lcut`` on the same text in the same run (target ≥ 2 for
  structured-only, ≥ 0.5 with names and addresses on), for the whole ``analyze`` and for
  detection alone (Presidio engine, recognizers, context, allow lists: no roles);
- the ratio to jionlp's regex extractors on the same text, if jionlp is installed (a peer
  with no validation at all; benchmark-only, never a dependency);
- memory: peak traced allocation per input character, and RSS drift over repeated runs.
Best of ``--repeat`` runs for each timing, to damp a noisy machine; timings are CPU seconds
of this (single-threaded) process unless ``--clock wall``.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
import tracemalloc
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synth import generate  # noqa: E402

FREE_TEXT = {"PERSON", "CN_ADDRESS", "ORGANIZATION", "CN_WORKPLACE", "DEMOGRAPHIC"}


def corpus_text(size: int, seed: int = 11) -> str:
    docs = generate(400, seed)
    block = "\n\n".join(d.text for d in docs)
    return (block * (size // len(block) + 1))[:size]


# CPU time of this process by default: on a shared machine other processes stretch wall
# time unevenly between the timings a ratio compares; everything timed here is one thread.
CLOCK = time.process_time


def best_time(fn, text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = CLOCK()
        fn(text)
        best = min(best, CLOCK() - start)
    return best


def jionlp_extract():
    try:
        import jionlp
    except Exception:  # noqa: BLE001 - optional peer; any import failure means "not measured"
        return None
    funcs = [jionlp.extract_phone_number, jionlp.extract_id_card, jionlp.extract_email,
             jionlp.extract_qq, jionlp.extract_ip_address, jionlp.extract_url,
             jionlp.extract_motor_vehicle_licence_plate]

    def run(text: str) -> None:
        for f in funcs:
            f(text)

    return run


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="include the free-text model")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                        help="time CPU seconds of this process (default) or wall seconds")
    args = parser.parse_args(argv)
    global CLOCK
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter

    import jieba

    from jubao_redact import Redactor
    from jubao_redact.redactor import _no_cyclic_gc
    from jubao_redact.registry import known_entities

    jieba.setLogLevel(60)
    jieba.initialize()
    entities = None if args.all else [e for e in known_entities() if e not in FREE_TEXT]
    redactor = Redactor(policy="discuss", entities=entities)
    small, large = corpus_text(100_000), corpus_text(1_000_000)
    redactor.analyze(small[:5000])  # warm up: lazy loads, regex caches

    t_small = best_time(redactor.analyze, small, args.repeat)
    t_large = best_time(redactor.analyze, large, max(1, args.repeat - 1))
    def detect(t):  # under the same paused collector as Redactor.analyze, so the shares compare
        with _no_cyclic_gc():
            redactor._analyzer.analyze(t)

    t_detect = best_time(detect, large, max(1, args.repeat - 1))
    t_jieba = best_time(jieba.lcut, large, max(1, args.repeat - 1))
    peer = jionlp_extract()
    t_peer = best_time(peer, large, 1) if peer else None
    t_redact = best_time(redactor.redact, large, 1)

    tracemalloc.start()
    redactor.analyze(large)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    before = rss_mb()
    for _ in range(10):
        redactor.analyze(small)
    drift = rss_mb() - before

    rows = [
        ("scope", "all entities" if args.all else "structured only"),
        ("clock", "CPU time of this process" if args.clock == "cpu" else "wall time"),
        ("analyze 100 KB", f"{len(small) / t_small:,.0f} chars/s"),
        ("analyze 1 MB", f"{len(large) / t_large:,.0f} chars/s"),
        ("cost ratio 1 MB / 100 KB (linear ≈ 10, target ≤ 12)", f"{t_large / t_small:.2f}"),
        ("jieba.lcut on the same 1 MB", f"{len(large) / t_jieba:,.0f} chars/s"),
        ("throughput / jieba.lcut (full analyze: detect + roles + policy)", f"{t_jieba / t_large:.2f}×"),
        ("detection only (recognizers, context, allow lists) / jieba.lcut", f"{t_jieba / t_detect:.2f}×"),
        ("role attribution + policy, share of analyze time", f"{(t_large - t_detect) / t_large:.0%}"),
        ("jionlp regex extractors on the same 1 MB",
         f"{len(large) / t_peer:,.0f} chars/s" if t_peer else "jionlp not installed"),
        ("throughput / jionlp extractors (full analyze)", f"{t_peer / t_large:.2f}×" if t_peer else "n/a"),
        ("throughput / jionlp extractors (detection only)", f"{t_peer / t_detect:.2f}×" if t_peer else "n/a"),
        ("redact 1 MB (analyze + transform)", f"{len(large) / t_redact:,.0f} chars/s"),
        ("peak traced memory per input char (1 MB)", f"{peak / len(large):.1f} bytes"),
        ("RSS drift over 10 more runs of 100 KB", f"{drift:.1f} MB"),
    ]
    if args.markdown:
        print("| measure | value |\n|---|---|")
        for k, v in rows:
            print(f"| {k} | {v} |")
    else:
        width = max(len(k) for k, _ in rows)
        for k, v in rows:
            print(f"{k:<{width}}  {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
