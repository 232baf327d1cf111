"""Linear-chain character tagger run with numpy and numba (the statistical part of the tagger).

Why not python-crfsuite at inference: building a Python dict of features per
character costs several microseconds a character, far below our speed target.
Here the weights that crfsuite learned are laid out as arrays: a text becomes
arrays of n-gram keys (``features``), each template's keys are found with one
``np.searchsorted`` (exact keys, no hashing collisions), the emission matrix is a
sum of weight rows (compiled, in place: ``kernels.add_rows``), and Viterbi
(``kernels.decode_stretches``) only runs on the stretches where some label other
than ``O`` is plausible.
"""

from __future__ import annotations

import io
import pathlib
from dataclasses import dataclass

import numpy as np

from jubao_redact.freetext import features as F
from jubao_redact.freetext.kernels import add_rows, bucket_lookup, decode_stretches

#: Positions whose ``O`` score beats every other label by more than this are
#: fixed to ``O`` before Viterbi (chosen on training data: decoding agrees with
#: full Viterbi on > 99.9 % of characters; see docs/freetext.md).
CERTAIN_O_MARGIN = 6.0


def load_words(path: pathlib.Path | io.TextIOBase, table: np.ndarray) -> dict[int, tuple]:
    """Read ``words.tsv`` into {n: (sorted keys, categories)} for n = 2, 3, 4.

    Vectorised: all words of one length are keyed in a single numpy pass.
    """
    text = path.read_text(encoding="utf-8") if isinstance(path, pathlib.Path) else path.read()
    rows = [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]
    out = {}
    for n in (2, 3, 4):
        words = [w for w, _ in rows if len(w) == n]
        cats = np.array([int(c) for w, c in rows if len(w) == n], dtype=np.int64)
        if not words:
            out[n] = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
            continue
        ids = F.char_ids("".join(words), table).reshape(-1, n)
        keep = (ids >= F.FIRST_ID).all(axis=1)  # a word with an unknown char never matches
        key = ids[:, 0].copy()
        for k in range(1, n):
            key = key * F.V + ids[:, k]
        key, cat = key[keep], cats[keep]
        order = np.argsort(key, kind="stable")
        out[n] = (key[order], cat[order])
    return out


def load_stats(path: pathlib.Path | io.TextIOBase) -> np.ndarray:
    """Read ``charstats.tsv`` into the dense per-code-point bucket table."""
    text = path.read_text(encoding="utf-8") if isinstance(path, pathlib.Path) else path.read()
    rows = {}
    for ln in text.splitlines():
        if ln and not ln.startswith("#"):
            ch, *vals = ln.split("\t")
            rows[ch] = [int(v) for v in vals]
    return F.build_stats_table(rows)


def lookup(sorted_keys: np.ndarray, query: np.ndarray) -> np.ndarray:
    """1-based index of each query key in ``sorted_keys``; 0 where absent."""
    if len(sorted_keys) == 0:
        return np.zeros(len(query), dtype=np.int64)
    idx = np.searchsorted(sorted_keys, query)
    idx[idx >= len(sorted_keys)] = 0
    hit = sorted_keys[idx] == query
    return np.where(hit, idx + 1, 0)


class KeyIndex:
    """Sorted n-gram keys with where each first character's keys begin: :meth:`find` gives
    :func:`lookup`'s answer with a binary search inside one character's bucket
    (``kernels.bucket_lookup``; 300 KB of complaints: 90 -> 30 ms for the model's lookups)."""

    def __init__(self, sorted_keys: np.ndarray, n: int) -> None:
        self.keys = np.ascontiguousarray(sorted_keys, dtype=np.int64)
        self.div = F.V ** (n - 1)  # key // div is the n-gram's first character id
        self.starts = np.searchsorted(
            self.keys, np.arange(F.V + 1, dtype=np.int64) * self.div).astype(np.int64)

    def find(self, query: np.ndarray) -> np.ndarray:
        if len(self.keys) == 0:
            return np.zeros(len(query), dtype=np.int64)
        return bucket_lookup(self.keys, self.starts, self.div,
                             np.ascontiguousarray(query, dtype=np.int64))


@dataclass
class LinearChainModel:
    """Weights of a linear-chain CRF laid out for vectorised decoding."""

    labels: list[str]
    table: np.ndarray  # code point → char id
    trans: np.ndarray  # (L, L) transition weights, from → to
    unigram: dict[str, np.ndarray]  # template → (n_chars, L)
    ngram_keys: dict[int, np.ndarray]  # n → sorted keys with weights
    ngram: dict[str, np.ndarray]  # template → (len(keys) + 1, L), row 0 = unseen
    words: dict[int, tuple[np.ndarray, np.ndarray]]  # n → (sorted keys, category)
    dict_w: dict[str, np.ndarray]  # template → (n_categories, L)
    stats: np.ndarray  # code point → 4 char-statistic buckets
    stats_w: dict[str, np.ndarray]  # template → (8, L)

    @classmethod
    def load(cls, model_file, words_file, stats_file) -> LinearChainModel:
        with np.load(model_file, allow_pickle=False) as z:
            labels = [str(x) for x in z["labels"]]
            chars = [str(x) for x in z["chars"]]
            vocab = {ch: F.FIRST_ID + i for i, ch in enumerate(chars)}
            table = F.build_char_table(vocab)
            unigram = {k[2:]: z[k].astype(np.float32) for k in z.files if k.startswith("U:")}
            ngram = {k[2:]: z[k].astype(np.float32) for k in z.files if k.startswith("N:")}
            keys = {int(k[2:]): z[k] for k in z.files if k.startswith("K:")}
            dict_w = {k[2:]: z[k].astype(np.float32) for k in z.files if k.startswith("D:")}
            stats_w = {k[2:]: z[k].astype(np.float32) for k in z.files if k.startswith("S:")}
            trans = z["trans"].astype(np.float32)
            # catmap: word category → feature category, when the model was trained
            # with some words.tsv categories merged (foreign names as names: 6 → 2)
            catmap = z["catmap"] if "catmap" in z.files else None
        words = load_words(words_file, table)
        if catmap is not None:
            words = {n: (keys, catmap[cats]) for n, (keys, cats) in words.items()}
        stats = load_stats(stats_file)
        return cls(labels, table, trans, unigram, keys, ngram, words, dict_w, stats, stats_w)

    # -- emissions -------------------------------------------------------------
    def emissions(self, text: str) -> np.ndarray:
        """(len(text), L) emission scores: the sum of every template's weight row."""
        ids = F.char_ids(text, self.table)
        n = len(ids)
        p = F.padded(ids)
        M = F.MARGIN
        E = np.zeros((n, len(self.labels)), dtype=np.float32)
        for name, off in F.UNIGRAMS:
            if name in self.unigram:  # absent from models trained without the template
                add_rows(E, self.unigram[name], p[M + off : M + off + n])
        grams = {k: F.ngram_keys(p, k) for k in (2, 3, 4)}
        for order, templates in ((2, F.BIGRAMS), (3, F.TRIGRAMS)):
            row = self._index(("ngram", order), self.ngram_keys[order], order).find(grams[order])
            for name, off in templates:
                if name in self.ngram:
                    add_rows(E, self.ngram[name], row[M + off : M + off + n])
        for order, templates in ((2, F.DICT2), (3, F.DICT3), (4, F.DICT4)):
            keys, cats = self.words[order]
            row = self._index(("words", order), keys, order).find(grams[order])
            cat = np.where(row > 0, cats[np.maximum(row - 1, 0)], 0)
            for name, off in templates:
                add_rows(E, self.dict_w[name], cat[M + off : M + off + n])
        if self.stats_w:
            for name, val in F.stat_values(text, self.stats).items():
                add_rows(E, self.stats_w[name], val)
        return E

    # -- decoding --------------------------------------------------------------
    def decode(self, E: np.ndarray, margin: float = CERTAIN_O_MARGIN) -> np.ndarray:
        """Viterbi label ids, with confidently-``O`` positions fixed beforehand."""
        o = self.labels.index("O")
        if len(E) == 0:
            return np.full(0, o, dtype=np.int64)
        other = E.copy()
        other[:, o] = -np.inf
        unsure = (E[:, o] - other.max(axis=1)) <= margin
        return decode_stretches(np.ascontiguousarray(E, dtype=np.float32), self.trans, unsure, o)

    def spans(
        self, text: str, name_starts=(), boost: float = 0.0
    ) -> list[tuple[int, int, str, float]]:
        """(start, end, entity, score) per entity run (BIO or BIOES tags; E/S close a span).

        ``name_starts``: positions where a name is likely to begin (right after an
        office: 总理科尔); their B-PER/S-PER scores get ``boost`` before decoding, so
        the model still decides whether a name is there and where it ends.
        """
        E = self.emissions(text)
        if len(name_starts) and boost:
            idx = np.asarray(name_starts, dtype=np.int64)
            for tag in ("B-PER", "S-PER"):
                if tag in self.labels:
                    E[idx, self.labels.index(tag)] += boost
        lab = self.decode(E)
        o = self.labels.index("O")
        hot = np.flatnonzero(lab != o)
        if len(hot) == 0:
            return []
        # Per-char confidence: softmax probability of the chosen label.
        sub = E[hot]
        sub = sub - sub.max(axis=1, keepdims=True)
        prob = np.exp(sub)
        prob = (prob[np.arange(len(hot)), lab[hot]] / prob.sum(axis=1)).astype(np.float64)
        # Runs, vectorised: a char continues the run before it when it is adjacent, of the
        # same entity, the previous tag left the run open (B/I) and its own tag is I/E.
        tags = lab[hot]
        ent = self._tag_entity[tags]
        cont = np.zeros(len(hot), dtype=bool)
        cont[1:] = ((hot[1:] == hot[:-1] + 1) & (ent[1:] == ent[:-1])
                    & self._tag_opens[tags[:-1]] & self._tag_continues[tags[1:]])
        first = np.flatnonzero(~cont)
        last = np.append(first[1:], len(hot)) - 1
        sums = np.add.reduceat(prob, first)
        means = (sums / (last - first + 1)).tolist()
        names = self._entities
        return [
            (s, e, names[k], m)
            for s, e, k, m in zip(hot[first].tolist(), (hot[last] + 1).tolist(),
                                  ent[first].tolist(), means)
        ]

    def _index(self, name, sorted_keys: np.ndarray, n: int) -> KeyIndex:
        """The :class:`KeyIndex` of one key table, built on first use."""
        cache = self.__dict__.setdefault("_key_index", {})
        hit = cache.get(name)
        if hit is None or hit[0] is not sorted_keys:  # (a table replaced since: index it anew)
            hit = cache[name] = (sorted_keys, KeyIndex(sorted_keys, n))
        return hit[1]

    @property
    def _entities(self) -> list[str]:
        return self._tag_tables()[0]

    @property
    def _tag_entity(self) -> np.ndarray:
        return self._tag_tables()[1]

    @property
    def _tag_opens(self) -> np.ndarray:
        return self._tag_tables()[2]

    @property
    def _tag_continues(self) -> np.ndarray:
        return self._tag_tables()[3]

    def _tag_tables(self):
        """Per label id: its entity's index, whether it leaves a run open (B, I) and
        whether it may continue one (I, E); built once."""
        cached = self.__dict__.get("_tag_cache")
        if cached is None:
            entities = sorted({t[2:] for t in self.labels if t != "O"})
            index = {e: i for i, e in enumerate(entities)}
            ent = np.array([index.get(t[2:], -1) for t in self.labels], dtype=np.int64)
            opens = np.array([t[0] in "BI" and t != "O" for t in self.labels])
            conts = np.array([t[0] in "IE" for t in self.labels])
            cached = self.__dict__["_tag_cache"] = (entities, ent, opens, conts)
        return cached
