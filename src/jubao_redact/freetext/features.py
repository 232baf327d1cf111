"""Character features shared by training and inference.

Why this module exists: the tagger is a linear-chain model over characters whose
features are looked up with numpy in bulk (no per-character Python dicts), and the
training script must produce *exactly* the same feature keys. Both sides call
:func:`char_ids` and :func:`window_keys` from here, so they cannot drift apart.

A text becomes an int array of character ids (``char_ids``); n-gram keys are
integers built from those ids (``a*V + b``, ``(a*V + b)*V + c``), so a whole text's
features are a handful of vectorised array operations.
"""

from __future__ import annotations

import numpy as np

#: Reserved character ids. Real characters start at ``FIRST_ID``.
UNK, PAD, DIGIT, LATIN, SPACE = 0, 1, 2, 3, 4
FIRST_ID = 5
#: Upper bound on the character vocabulary; keys are built in base ``V``.
V = 8192
#: Code points covered by the dense lookup table (BMP + CJK extension B/C/D).
TABLE_SIZE = 0x2B820


def fold_codes(text: str) -> np.ndarray:
    """Code points of ``text`` with full-width ASCII folded to half-width.

    Lengths never change: one code point in, one out (offsets stay valid).
    """
    # surrogatepass: a lone surrogate (broken input) stays one code point, no error
    raw = text.encode("utf-32-le", "surrogatepass")
    codes = np.frombuffer(raw, dtype=np.uint32).astype(np.int64)
    full = (codes >= 0xFF01) & (codes <= 0xFF5E)  # full-width ！..～ → ! .. ~
    codes[full] -= 0xFEE0
    codes[codes == 0x3000] = 0x20  # ideographic space → space
    return codes


def build_char_table(vocab: dict[str, int]) -> np.ndarray:
    """Dense code point → char id table; digits, Latin letters and spaces share ids."""
    table = np.zeros(TABLE_SIZE, dtype=np.int32)  # UNK by default
    for ch, idx in vocab.items():
        cp = ord(ch)
        if cp < TABLE_SIZE:
            table[cp] = idx
    table[ord("0") : ord("9") + 1] = DIGIT
    table[ord("A") : ord("Z") + 1] = LATIN
    table[ord("a") : ord("z") + 1] = LATIN
    for cp in (0x20, 0x09, 0x0A, 0x0D, 0xA0):
        table[cp] = SPACE
    return table


def char_ids(text: str, table: np.ndarray) -> np.ndarray:
    """Char ids of ``text`` (int64), one per character."""
    codes = fold_codes(text)
    codes[codes >= TABLE_SIZE] = 0  # outside the table: unknown
    return table[codes].astype(np.int64)


#: How many pad positions surround the text (the widest template reaches ±3).
MARGIN = 3


def padded(ids: np.ndarray) -> np.ndarray:
    """``ids`` with ``MARGIN`` PAD ids on each side."""
    out = np.full(len(ids) + 2 * MARGIN, PAD, dtype=np.int64)
    out[MARGIN : MARGIN + len(ids)] = ids
    return out


def ngram_keys(p: np.ndarray, n: int) -> np.ndarray:
    """Keys of all n-grams of the padded id array ``p``: key[j] = n-gram starting at j."""
    m = len(p) - n + 1
    key = p[:m].copy()
    for k in range(1, n):
        key = key * V + p[k : k + m]
    return key


# Templates: (name, n-gram order, offset of the n-gram's first char relative to i).
# Chars three away (U-3/U3/B-3/B2) were tried on 2026-11-25 and made the model
# worse (docs/freetext.md); the runtime skips any template a model lacks.
UNIGRAMS = [("U-2", -2), ("U-1", -1), ("U0", 0), ("U1", 1), ("U2", 2)]
BIGRAMS = [("B-2", -2), ("B-1", -1), ("B0", 0), ("B1", 1)]
TRIGRAMS = [("T-2", -2), ("T-1", -1), ("T0", 0)]
# Dictionary-word categories of the n-grams that contain position i.
DICT2 = [("D2-1", -1), ("D20", 0)]
DICT3 = [("D3-2", -2), ("D3-1", -1), ("D30", 0)]
DICT4 = [("D4-3", -3), ("D4-2", -2), ("D4-1", -1), ("D40", 0)]


def window_keys(ids: np.ndarray) -> dict[str, np.ndarray]:
    """For each template, the key at every position (length ``len(ids)`` arrays).

    Unigram keys are char ids; bigram/trigram/4-gram keys are base-``V`` integers.
    Dictionary templates reuse the 2/3/4-gram keys; the model maps them to word
    categories.
    """
    n = len(ids)
    p = padded(ids)
    out: dict[str, np.ndarray] = {}
    for name, off in UNIGRAMS:
        out[name] = p[MARGIN + off : MARGIN + off + n]
    g2, g3, g4 = ngram_keys(p, 2), ngram_keys(p, 3), ngram_keys(p, 4)
    for name, off in BIGRAMS + DICT2:
        out[name] = g2[MARGIN + off : MARGIN + off + n]
    for name, off in TRIGRAMS + DICT3:
        out[name] = g3[MARGIN + off : MARGIN + off + n]
    for name, off in DICT4:
        out[name] = g4[MARGIN + off : MARGIN + off + n]
    return out


# Character statistics (charstats.tsv): 4 kinds × offsets -1, 0, +1; value 1–7.
STATS = [(f"S{k}{off}", k, off) for k in range(4) for off in (-1, 0, 1)]


def build_stats_table(rows: dict[str, list[int]]) -> np.ndarray:
    """Dense code point → 4 buckets table (uint8); 0 = no statistic."""
    table = np.zeros((TABLE_SIZE, 4), dtype=np.uint8)
    for ch, row in rows.items():
        cp = ord(ch)
        if cp < TABLE_SIZE:
            table[cp] = row
    return table


def stat_values(text: str, stats: np.ndarray) -> dict[str, np.ndarray]:
    """For each STATS template, the bucket at every position (int64, 0 = none)."""
    codes = fold_codes(text)
    codes[codes >= TABLE_SIZE] = 0
    n = len(codes)
    p = np.zeros((n + 2, 4), dtype=np.int64)
    p[1 : n + 1] = stats[codes]
    return {name: p[1 + off : 1 + off + n, k] for name, k, off in STATS}
