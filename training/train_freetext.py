"""Train the free-text tagger (PERSON / ORGANIZATION / CN_ADDRESS) and export it.

Command (from the repo root; ~15 min on one core, ~1.5 GB RAM)::

    python training/train_freetext.py --corpus ../shared/corpus \
        --out src/jubao_redact/freetext/data/model.npz

Reads TRAIN splits only: cluener2020.train, resume_ner.train, weibo_ner_v2.train,
boson_ner.all, chinese_address_parsing.train (never a dev split). Fixed seed.
Trains a linear-chain CRF with python-crfsuite (L-BFGS, L1+L2), then lays its
weights out as numpy arrays for :class:`jubao_redact.freetext.model.LinearChainModel`.
"""

from __future__ import annotations

import argparse
import collections
import pathlib
import random
import sys
import time

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import corpus as C
import synth as S

from jubao_redact.freetext import features as F
from jubao_redact.freetext.model import load_stats, load_words, lookup

DATA = HERE.parent / "src" / "jubao_redact" / "freetext" / "data"
ENTITIES = ["PER", "ORG", "ADDR", "LOC"]
LABELS = ["O"] + [f"{b}-{e}" for e in ENTITIES for b in "BIES"]


def _dict_names(data: pathlib.Path, category: str) -> list[str]:
    """Names from words.tsv: category 2 = Chinese (cleaned jieba nr), 6 = transliterated."""
    rows = (data / "words.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [w for w, c in (r.split("\t") for r in rows) if c == category]


def _transliterations(words: list[str], ner: list[C.Example], surnames: set[str]) -> list[str]:
    """Lexicon names made only of chars typical of the train splits' foreign names.

    Category 6 of words.tsv also holds jieba ``nr`` junk that does not start with a
    surname (一剪梅, 乐善堂). A char is typical when it sits in train PER spans that do
    not start with a surname at least 5 times and in at least 20 % of its occurrences
    (斯, 尔, 克, 娜 …); a name made only of such chars reads as a transliteration.
    """
    in_foreign = collections.Counter(
        ch
        for text, spans in ner
        for s, e, lab in spans
        if lab == "PER" and e - s >= 2 and text[s] not in surnames
        for ch in text[s:e]
    )
    total = collections.Counter(ch for text, _ in ner for ch in text)
    typical = {ch for ch, c in in_foreign.items() if c >= 5 and c >= 0.2 * total[ch]}
    return [w for w in words if all(ch in typical for ch in w)]


def _world_places() -> tuple[list[str], list[str]]:
    """(countries, foreign cities) from jionlp's world_location.txt (train extra)."""
    import jionlp  # training-only dependency

    path = pathlib.Path(jionlp.__file__).parent / "dictionary" / "world_location.txt"
    countries, cities = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.strip().split("\t")
        if len(parts) < 2 or parts[0] == "中国":
            continue  # continent headers (亚洲:) and China itself
        countries.append(parts[0])
        for part in parts[2:]:
            cities += [c for c in part.split("/") if 2 <= len(c) <= 5]
    return countries, cities


def load_training(
    corpus: pathlib.Path,
    seed: int,
    lexicon_names: bool = True,
    swap_copies: int = 1,
    data_dir: pathlib.Path = DATA,
    news: int = 0,
) -> list[C.Example]:
    """All training examples: corpus train splits + synthetic sentences."""
    rng = random.Random(seed)
    ner: list[C.Example] = []
    for name in ("cluener2020.train", "resume_ner.train", "weibo_ner_v2.train", "boson_ner.all"):
        ner += C.ner_examples(corpus / f"{name}.jsonl")
    addrs = C.addresses(corpus / "chinese_address_parsing.train.jsonl")
    surnames = [
        ln.split("\t")[0]
        for ln in (DATA / "surnames.txt").read_text(encoding="utf-8").splitlines()
        if ln and not ln.startswith("#")
    ]
    names = S.Names(rng, surnames, C.person_names(ner))
    places = [
        ln.split("\t")[2]
        for ln in (DATA / "divisions.tsv").read_text(encoding="utf-8").splitlines()[1:]
        if ln.split("\t")[0] in ("2", "3")
    ]
    places = [p for p in places if p and "/" not in p]
    syn = S.address_examples(rng, addrs, names, places, copies=2)
    if lexicon_names:
        foreign = _transliterations(_dict_names(data_dir, "6"), ner, set(surnames))
        names.use_lexicon(_dict_names(data_dir, "2"), foreign)
    syn += S.person_examples(rng, names, addrs, places, n=8000)
    if news:
        countries, cities = _world_places()
        cities += [p for p in places if len(p) <= 3]
        syn += S.news_examples(rng, names, countries, cities, n=news)
    single = {s for s in surnames if len(s) == 1}
    swapped = [ex for _ in range(swap_copies) for ex in S.swap_names(rng, ner, names, single)]
    data = ner + syn + swapped
    rng.shuffle(data)
    for text, spans in data:  # invariant: spans are inside the text, no overlaps
        assert all(0 <= s < e <= len(text) for s, e, _ in spans), text
    return data


def char_vocab(data: list[C.Example], min_count: int = 2) -> list[str]:
    """Characters seen at least ``min_count`` times (digits/Latin/space are classes)."""
    counts = collections.Counter(ch for text, _ in data for ch in text)
    table = F.build_char_table({})
    chars = []
    for ch, c in counts.most_common():
        cp = ord(ch)
        if c < min_count or cp >= F.TABLE_SIZE or table[cp] != F.UNK:
            continue
        if 0xFF01 <= cp <= 0xFF5E or cp == 0x3000:
            continue  # folded to ASCII before lookup
        chars.append(ch)
    return chars[: F.V - F.FIRST_ID]


def bio(text: str, spans) -> list[str]:
    """BIOES tags: E marks a span's last char, S a one-char span (helps split 魏晨魏晨)."""
    tags = ["O"] * len(text)
    for s, e, lab in spans:
        if e - s == 1:
            tags[s] = f"S-{lab}"
            continue
        tags[s] = f"B-{lab}"
        for i in range(s + 1, e - 1):
            tags[i] = f"I-{lab}"
        tags[e - 1] = f"E-{lab}"
    return tags


def attributes(text: str, table, words, stats=None) -> list[list[str]]:
    """crfsuite attributes per char, built from the same keys the runtime uses."""
    ids = F.char_ids(text, table)
    wk = F.window_keys(ids)
    cols = []
    for name, _ in F.UNIGRAMS + F.BIGRAMS + F.TRIGRAMS:
        cols.append([f"{name}={k}" for k in wk[name].tolist()])
    for order, templates in ((2, F.DICT2), (3, F.DICT3), (4, F.DICT4)):
        keys, cats = words[order]
        for name, _ in templates:
            row = lookup(keys, wk[name])
            cat = np.where(row > 0, cats[np.maximum(row - 1, 0)], 0)
            cols.append([f"{name}={c}" if c else "" for c in cat.tolist()])
    if stats is not None:
        for name, val in F.stat_values(text, stats).items():
            cols.append([f"{name}={v}" if v else "" for v in val.tolist()])
    return [[a for a in col if a] for col in zip(*cols)]


def export(tagger_info, chars: list[str], out: pathlib.Path, catmap=None) -> None:
    """Lay crfsuite's learned weights out as arrays (see model.LinearChainModel)."""
    L = len(LABELS)
    lab_idx = {lab: i for i, lab in enumerate(LABELS)}
    trans = np.zeros((L, L), dtype=np.float32)
    for (a, b), w in tagger_info.transitions.items():
        trans[lab_idx[a], lab_idx[b]] = w
    per_template: dict[str, dict[int, np.ndarray]] = collections.defaultdict(dict)
    for (attr, lab), w in tagger_info.state_features.items():
        name, key = attr.split("=")
        row = per_template[name].setdefault(int(key), np.zeros(L, dtype=np.float32))
        row[lab_idx[lab]] = w
    arrays: dict[str, np.ndarray] = {
        "labels": np.array(LABELS),
        "chars": np.array(chars),
        "trans": trans,
    }
    if catmap is not None:
        arrays["catmap"] = catmap
    n_ids = F.FIRST_ID + len(chars)
    for name, _ in F.UNIGRAMS:
        W = np.zeros((n_ids, L), dtype=np.float32)
        for k, row in per_template[name].items():
            W[k] = row
        arrays[f"U:{name}"] = W
    for order, templates in ((2, F.BIGRAMS), (3, F.TRIGRAMS)):
        keys = np.array(
            sorted({k for name, _ in templates for k in per_template[name]}), dtype=np.int64
        )
        arrays[f"K:{order}"] = keys
        for name, _ in templates:
            W = np.zeros((len(keys) + 1, L), dtype=np.float32)
            for k, row in per_template[name].items():
                W[np.searchsorted(keys, k) + 1] = row
            arrays[f"N:{name}"] = W.astype(np.float16)
    n_cat = 1 + max(
        (k for name, _ in F.DICT2 + F.DICT3 + F.DICT4 for k in per_template[name]), default=0
    )
    for name, _ in F.DICT2 + F.DICT3 + F.DICT4:
        W = np.zeros((n_cat, L), dtype=np.float32)
        for k, row in per_template[name].items():
            W[k] = row
        arrays[f"D:{name}"] = W
    for name, _k, _off in F.STATS:
        W = np.zeros((8, L), dtype=np.float32)
        for k, row in per_template[name].items():
            W[k] = row
        arrays[f"S:{name}"] = W
    np.savez_compressed(out, **arrays)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--corpus", type=pathlib.Path, default=HERE.parent.parent / "shared" / "corpus")
    ap.add_argument("--out", type=pathlib.Path, default=DATA / "model.npz")
    ap.add_argument(
        "--data",
        type=pathlib.Path,
        default=DATA,
        help="folder with words.tsv and charstats.tsv (default: the package's data)",
    )
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--c1", type=float, default=0.02)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--max-iterations", type=int, default=150)
    ap.add_argument(
        "--no-charstats",
        dest="charstats",
        action="store_false",
        help="train without the charstats.tsv features",
    )
    ap.add_argument(
        "--no-lexicon-names",
        dest="lexicon_names",
        action="store_false",
        help="swap corpus names only for random surname+given names",
    )
    ap.add_argument("--swap-copies", type=int, default=2, help="name-swapped copies of the corpus")
    ap.add_argument(
        "--news",
        type=int,
        default=6000,
        help="news-style synthetic sentences (officials, athletes)",
    )
    ap.add_argument(
        "--split-foreign",
        dest="merge_foreign",
        action="store_false",
        help="keep foreign names (words.tsv category 6) a feature of their own",
    )
    ap.add_argument("--verbose", action="store_true", help="print crfsuite's iterations")
    ap.add_argument("--limit", type=int, default=0, help="use only N examples (smoke test)")
    args = ap.parse_args(argv)

    import pycrfsuite  # training-only dependency

    t0 = time.time()
    data = load_training(
        args.corpus, args.seed, args.lexicon_names, args.swap_copies, args.data, args.news
    )
    if args.limit:
        data = data[: args.limit]
    chars = char_vocab(data)
    table = F.build_char_table({ch: F.FIRST_ID + i for i, ch in enumerate(chars)})
    words = load_words(args.data / "words.tsv", table)
    catmap = None
    if args.merge_foreign:  # one name feature for Chinese and foreign names
        catmap = np.arange(7, dtype=np.int64)
        catmap[6] = 2
        words = {n: (keys, catmap[cats]) for n, (keys, cats) in words.items()}
    stats = load_stats(args.data / "charstats.tsv") if args.charstats else None
    print(
        f"{len(data)} examples, {sum(len(t) for t, _ in data)} chars, {len(chars)} char ids",
        flush=True,
    )
    trainer = pycrfsuite.Trainer(verbose=args.verbose)
    for text, spans in data:
        trainer.append(attributes(text, table, words, stats), bio(text, spans))
    print(f"features built in {time.time() - t0:.0f}s", flush=True)
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.max_iterations,
            "feature.possible_transitions": True,
        }
    )
    tmp = args.out.with_suffix(".crfsuite")
    trainer.train(str(tmp))
    print(f"trained in {time.time() - t0:.0f}s", flush=True)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(tmp))
    export(tagger.info(), chars, args.out, catmap)
    tagger.close()
    tmp.unlink()
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
