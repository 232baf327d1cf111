"""The tagger's two inner loops, compiled with numba: emission sums and Viterbi decoding.

Emissions are a sum of one weight row per template and character; as numpy ``E += W[idx]``
each template made a temporary array and two passes over it, here it is one pass in place.
Decoding is most of the tagger's time on complaint text: nearly every character sits in a
stretch where some label other than ``O`` is plausible, and each step compares every label
with every label. As numpy array operations over batches of stretches this cost 1.37 s per
MB of complaints; the same loops compiled with numba cost 0.27 s and give the same labels
(benchmarks/bench_freetext.py measures the tagger; tests/test_kernels.py checks the labels
against an exhaustive search).
"""

from __future__ import annotations

import numba
import numpy as np


@numba.njit(cache=True, nogil=True)
def add_rows(E: np.ndarray, W: np.ndarray, idx: np.ndarray) -> None:
    """``E[i] += W[idx[i]]`` for every row i of ``E``, in place."""
    n, L = E.shape
    for i in range(n):
        row = idx[i]
        for y in range(L):
            E[i, y] += W[row, y]


@numba.njit(cache=True, nogil=True)
def bucket_lookup(keys: np.ndarray, starts: np.ndarray, div: int, query: np.ndarray) -> np.ndarray:
    """1-based index of each query key in sorted ``keys``, 0 where absent: what
    ``np.searchsorted`` and a compare give (model.lookup), in a bucket of the key table.

    ``starts[b]`` is where keys of first character ``b`` (``key // div``) begin in ``keys``
    (``starts[b + 1]`` where they end): the binary search runs over one character's keys, a
    few hundred, instead of the whole table, whose every step missed the cache.
    """
    out = np.zeros(len(query), dtype=np.int64)
    nb = len(starts) - 1
    for i in range(len(query)):
        q = query[i]
        b = q // div
        if b < 0 or b >= nb:
            continue
        lo = starts[b]
        hi = starts[b + 1]
        while lo < hi:  # leftmost position whose key is >= q, as searchsorted gives
            mid = (lo + hi) >> 1
            if keys[mid] < q:
                lo = mid + 1
            else:
                hi = mid
        if lo < starts[b + 1] and keys[lo] == q:
            out[i] = lo + 1
    return out


@numba.njit(cache=True, nogil=True)
def decode_stretches(E: np.ndarray, trans: np.ndarray, unsure: np.ndarray, o: int) -> np.ndarray:
    """Best label ids for ``E`` (n × L emission scores, float32).

    Positions where ``unsure`` is False are fixed to label ``o`` (``O``); every maximal run
    of unsure positions is decoded on its own, between those fixed ``O``s: the step into
    the run is an ``O → x`` transition and the step out an ``x → O`` one, except at the
    text's start and end (the model was trained without start and end transitions).
    """
    n, L = E.shape
    out = np.full(n, o, dtype=np.int64)
    score = np.empty(L, dtype=np.float32)
    step = np.empty(L, dtype=np.float32)
    i = 0
    while i < n:
        if not unsure[i]:
            i += 1
            continue
        j = i
        while j < n and unsure[j]:
            j += 1
        back = np.empty((j - i, L), dtype=np.int8)
        for y in range(L):
            score[y] = E[i, y] + (trans[o, y] if i > 0 else 0.0)
        for t in range(1, j - i):
            for y in range(L):
                best = -np.inf
                arg = 0
                for x in range(L):
                    v = score[x] + trans[x, y]
                    if v > best:
                        best = v
                        arg = x
                step[y] = best + E[i + t, y]
                back[t, y] = arg
            score[:] = step
        best = -np.inf
        cur = 0
        for y in range(L):
            v = score[y] + (trans[y, o] if j < n else 0.0)
            if v > best:
                best = v
                cur = y
        out[j - 1] = cur
        for t in range(j - i - 1, 0, -1):
            cur = back[t, cur]
            out[i + t - 1] = cur
        i = j
    return out
