"""The blind template family ``unseen2`` generates every genre with exact, well-formed gold.

Only structure is checked here (offsets, vocabulary, slots, check digits): the family is
never inspected against the detector (see ``benchmarks/synth/genres_unseen2/__init__.py``).
"""

from __future__ import annotations

import importlib
import itertools
import random
import sys
from pathlib import Path

import pytest
from stdnum.cn import uscc

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # ``benchmarks`` lives at the repo root

from benchmarks.synth import FAMILIES, LABELS, ROLES, generate
from benchmarks.synth.cast import new_cast
from benchmarks.synth.genres_unseen2 import GENRES as UNSEEN2_GENRES
from benchmarks.synth.genres_unseen2.common import Unseen2Slots, layout
from benchmarks.synth.model import NEVER_KINDS
from benchmarks.synth.numbers import FORMS


@pytest.fixture(scope="module")
def docs():
    return generate(400, seed=5, family="unseen2")


def test_registered_and_same_genres():
    assert "unseen2" in FAMILIES
    assert set(UNSEEN2_GENRES) == {"hotline", "letter", "webform", "chat", "transfer", "notice", "reward", "census"}


@pytest.mark.parametrize("genre", UNSEEN2_GENRES)
def test_every_genre_generates_with_gold_that_slices_the_text(genre):
    got = generate(40, seed=3, genres=[genre], family="unseen2")
    assert got and all(d.genre == genre and d.id.startswith("synth-unseen2-") for d in got)
    assert all(d.spans for d in got)
    for d in got:
        for s in d.spans:
            assert d.text[s.start:s.end] == s.text, (d.id, s)
            assert s.text and not s.text[0].isspace() and not s.text[-1].isspace()
        for n in d.never:
            assert d.text[n.start:n.end] == n.text, (d.id, n)
        items = sorted([(s.start, s.end) for s in d.spans] + [(n.start, n.end) for n in d.never])
        for (_, end), (start, _) in itertools.pairwise(items):
            assert end <= start, d.id


def test_vocabulary_is_the_public_one(docs):
    for d in docs:
        for s in d.spans:
            assert s.label in LABELS and s.role in ROLES and s.form in FORMS, s
        assert all(n.kind in NEVER_KINDS for n in d.never)
    assert {s.label for d in docs for s in d.spans} == set(LABELS)
    assert {s.role for d in docs for s in d.spans} == set(ROLES)
    assert {d.genre for d in docs} == set(UNSEEN2_GENRES)


def test_deterministic_per_seed():
    assert [d.to_json() for d in generate(20, seed=9, family="unseen2")] == \
        [d.to_json() for d in generate(20, seed=9, family="unseen2")]


def test_uscc_valid(docs):
    for d in docs:
        for s in d.spans:
            if s.label == "CN_USCC" and s.form == "plain":
                assert uscc.is_valid(s.text), s


@pytest.mark.parametrize("genre", UNSEEN2_GENRES)
def test_halves_split_the_layouts(genre):
    """unseen2-a and unseen2-b draw from disjoint halves of a genre's layouts, and the
    whole family still draws from all of them (its documents are what they were)."""
    module = importlib.import_module(f"benchmarks.synth.genres_unseen2.{genre}")
    layouts = module.LAYOUTS
    seen = {}
    for half in ("unseen2-a", "unseen2-b"):
        used = set()
        for i in range(60):
            rng = random.Random(f"{half}:{i}")
            used.add(layout(Unseen2Slots(new_cast(rng), rng, half), rng, layouts))
        seen[half] = used
    assert seen["unseen2-a"] == set(layouts[0::2])
    assert seen["unseen2-b"] == set(layouts[1::2])
    assert not seen["unseen2-a"] & seen["unseen2-b"]
