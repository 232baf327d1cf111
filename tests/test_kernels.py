"""The compiled kernels: row sums equal numpy's; Viterbi gives the best labels (checked
against exhaustive search)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from jubao_redact.freetext.kernels import add_rows, decode_stretches


def best_by_search(E, trans, unsure, o):
    """Score every labelling of every unsure run and keep the best."""
    n, L = E.shape
    out = np.full(n, o)
    i = 0
    while i < n:
        if not unsure[i]:
            i += 1
            continue
        j = i
        while j < n and unsure[j]:
            j += 1
        best, arg = -np.inf, None
        for labels in itertools.product(range(L), repeat=j - i):
            s = (trans[o, labels[0]] if i > 0 else 0.0) + (trans[labels[-1], o] if j < n else 0.0)
            s += sum(E[i + k, y] for k, y in enumerate(labels))
            s += sum(trans[a, b] for a, b in zip(labels, labels[1:]))
            if s > best:
                best, arg = s, labels
        out[i:j] = arg
        i = j
    return out


@pytest.mark.parametrize("seed", range(40))
def test_matches_exhaustive_search(seed):
    rng = np.random.default_rng(seed)
    n, L, o = int(rng.integers(1, 9)), 4, 0
    E = rng.normal(size=(n, L)).astype(np.float32) * 3
    trans = rng.normal(size=(L, L)).astype(np.float32) * 2
    unsure = rng.random(n) < 0.7
    assert list(decode_stretches(E, trans, unsure, o)) == list(best_by_search(E, trans, unsure, o))


# fmt: off
EDGES = [  # n, unsure positions: runs at the start, at the end, alone, the whole text
    (5, [0, 1]), (5, [3, 4]), (5, [2]), (5, [0, 1, 2, 3, 4]), (5, []),
]
# fmt: on


@pytest.mark.parametrize(("n", "hot"), EDGES)
def test_runs_at_the_edges(n, hot):
    rng = np.random.default_rng(n + len(hot))
    L, o = 3, 0
    E = rng.normal(size=(n, L)).astype(np.float32) * 3
    trans = rng.normal(size=(L, L)).astype(np.float32)
    unsure = np.zeros(n, dtype=bool)
    unsure[hot] = True
    got = decode_stretches(E, trans, unsure, o)
    assert list(got) == list(best_by_search(E, trans, unsure, o))
    assert all(got[k] == o for k in range(n) if k not in hot)  # fixed positions stay O


@pytest.mark.parametrize("n", [0, 1, 7, 1000])
def test_add_rows_equals_numpy_gather(n):
    rng = np.random.default_rng(n)
    W = rng.normal(size=(50, 17)).astype(np.float32)
    idx = rng.integers(0, 50, size=n)
    E = rng.normal(size=(n, 17)).astype(np.float32)
    want = E + W[idx]
    add_rows(E, W, idx)
    assert np.array_equal(E, want)
