"""Baidu LAC 2.1.2, the one pretrained Chinese tagger on PyPI that ships its weights, on the
PERSON dev splits: alone, and as a second opinion beside our CRF.

Two steps, because LAC needs PaddlePaddle (hundreds of MB) and is never a dependency here:

    python -m venv /tmp/lacenv && /tmp/lacenv/bin/pip install paddlepaddle==3.3.1 "setuptools<70"
    /tmp/lacenv/bin/pip install --no-build-isolation LAC==2.1.2
    /tmp/lacenv/bin/python benchmarks/peer_lac.py dump ../shared/corpus lac_spans.json
    python -m benchmarks.peer_lac score ../shared/corpus lac_spans.json

LAC 2.1.2 imports ``paddle.fluid``, which PaddlePaddle 3 no longer has; ``dump`` gives it a
small stand-in that runs the shipped inference model (``lac_model/model/__model__``) on
paddle's legacy static executor. Scores are exact PERSON spans, as in ``bench_freetext``.
"""

from __future__ import annotations

import json
import os
import sys
import types
from pathlib import Path

SPLITS = ("peoples_daily_ner.dev", "weibo_ner_v2.dev")


def _records(corpus: Path, split: str):
    with (corpus / f"{split}.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["text"]:
                yield rec


def _lac():
    """LAC's own loader, with ``paddle.fluid`` answered by paddle 3's legacy executor."""
    os.environ.setdefault("FLAGS_enable_pir_api", "0")
    import numpy as np
    import paddle

    paddle.enable_static()
    fluid, core = types.ModuleType("paddle.fluid"), types.ModuleType("paddle.fluid.core")
    fluid.core, fluid.CPUPlace, fluid.Executor = core, paddle.CPUPlace, paddle.static.Executor
    fluid.is_compiled_with_cuda = paddle.is_compiled_with_cuda

    class PaddleTensor:
        def __init__(self, arr):
            self.arr, self.lod, self.shape = arr, None, None

    class Config:
        def __init__(self, model_dir):
            self.model_dir = model_dir

        def disable_glog_info(self):
            pass

    class Output:
        def __init__(self, arr, lod):
            self.lod = lod
            self.data = types.SimpleNamespace(int64_data=lambda: arr.reshape(-1).tolist())

    class Predictor:
        def __init__(self, config):
            self.exe = paddle.static.Executor(paddle.CPUPlace())
            self.prog, self.feeds, self.fetches = paddle.static.load_inference_model(
                config.model_dir, self.exe, model_filename="__model__", params_filename=None)

        def run(self, tensors):
            t = tensors[0]
            lengths = [list(np.diff(t.lod[0]))]
            feed = paddle.base.create_lod_tensor(t.arr.reshape(-1, 1), lengths, paddle.CPUPlace())
            out, = self.exe.run(self.prog, feed={self.feeds[0]: feed}, fetch_list=self.fetches,
                                return_numpy=False)
            return [Output(np.array(out), out.lod())]

    core.PaddleTensor, core.AnalysisConfig = PaddleTensor, Config
    core.create_paddle_predictor = Predictor
    sys.modules["paddle.fluid"], sys.modules["paddle.fluid.core"] = fluid, core
    paddle.fluid = fluid
    from LAC import LAC

    return LAC(mode="lac")


def dump(corpus: Path, out: Path) -> None:
    lac, spans = _lac(), {}
    for split in SPLITS:
        for rec in _records(corpus, split):
            words, tags = lac.run(rec["text"])
            pos, found = 0, []
            for word, tag in zip(words, tags):
                if tag == "PER":
                    found.append((pos, pos + len(word)))
                pos += len(word)
            spans[rec["id"]] = found
    out.write_text(json.dumps(spans), encoding="utf-8")


def score(corpus: Path, lac_file: Path) -> None:
    from jubao_redact.freetext import FreeTextTagger

    tagger, lac = FreeTextTagger.shared(), json.loads(lac_file.read_text(encoding="utf-8"))
    print("| split | system | P | R |\n|---|---|---:|---:|")
    for split in SPLITS:
        counts = {k: [0, 0, 0] for k in ("ours", "LAC", "union", "ours + LAC where ours has none")}
        for rec in _records(corpus, split):
            gold = {(s["start"], s["end"]) for s in rec["spans"] if s["label"] == "PERSON"}
            ours = {(t.start, t.end) for t in tagger.tag(rec["text"]) if t.label == "PERSON"}
            theirs = {tuple(s) for s in lac[rec["id"]]}
            extra = {s for s in theirs if not any(s[0] < o[1] and o[0] < s[1] for o in ours)}
            for key, pred in (("ours", ours), ("LAC", theirs), ("union", ours | theirs),
                              ("ours + LAC where ours has none", ours | extra)):
                counts[key][0] += len(gold & pred)
                counts[key][1] += len(pred)
                counts[key][2] += len(gold)
        for key, (tp, n_pred, n_gold) in counts.items():
            print(f"| {split} | {key} | {tp / n_pred:.3f} | {tp / n_gold:.3f} |")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("dump", "score"):
        sys.exit(__doc__)
    (dump if sys.argv[1] == "dump" else score)(Path(sys.argv[2]), Path(sys.argv[3]))
