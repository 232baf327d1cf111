"""The blind template family ``unseen3`` generates every genre with exact, well-formed gold.

Only structure is checked here (offsets, vocabulary, layouts, check digits): the family is
never inspected against the detector (see ``benchmarks/synth/genres_unseen3/__init__.py``).
"""

from __future__ import annotations

import importlib
import itertools
import random
import sys
from pathlib import Path

import pytest
from stdnum.cn import ric, uscc

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # ``benchmarks`` lives at the repo root

from benchmarks.synth import FAMILIES, LABELS, ROLES, generate
from benchmarks.synth.cast import new_cast
from benchmarks.synth.genres_unseen3 import GENRES as UNSEEN3_GENRES
from benchmarks.synth.genres_unseen3.common import Unseen3Slots, layout
from benchmarks.synth.model import NEVER_KINDS
from benchmarks.synth.numbers import FORMS
from benchmarks.synth.render import Builder


@pytest.fixture(scope="module")
def docs():
    return generate(400, seed=5, family="unseen3")


def _exact(d):
    for s in d.spans:
        assert d.text[s.start:s.end] == s.text, (d.id, s)
        assert s.text and not s.text[0].isspace() and not s.text[-1].isspace(), (d.id, s)
    for n in d.never:
        assert d.text[n.start:n.end] == n.text, (d.id, n)
    items = sorted([(s.start, s.end) for s in d.spans] + [(n.start, n.end) for n in d.never])
    for (_, end), (start, _) in itertools.pairwise(items):
        assert end <= start, d.id


def test_registered_and_same_genres():
    assert {"unseen3", "unseen3-a", "unseen3-b"} <= set(FAMILIES)
    assert set(UNSEEN3_GENRES) == {"hotline", "letter", "webform", "chat", "transfer", "notice", "reward", "census"}


@pytest.mark.parametrize("family", ["unseen3", "unseen3-a", "unseen3-b"])
@pytest.mark.parametrize("genre", UNSEEN3_GENRES)
def test_every_genre_generates_with_gold_that_slices_the_text(genre, family):
    got = generate(40, seed=3, genres=[genre], family=family)
    assert got and all(d.genre == genre and d.id.startswith(f"synth-{family}-") for d in got)
    assert all(d.spans for d in got)
    for d in got:
        _exact(d)


@pytest.mark.parametrize("genre", UNSEEN3_GENRES)
def test_every_layout_is_reachable_and_exact(genre):
    """Each layout function, run directly over many casts, yields exact gold."""
    module = importlib.import_module(f"benchmarks.synth.genres_unseen3.{genre}")
    assert len(module.LAYOUTS) == 4
    for fn in module.LAYOUTS:
        for i in range(30):
            rng = random.Random(f"{genre}:{fn.__name__}:{i}")
            b = Builder()
            fn(b, Unseen3Slots(new_cast(rng), rng), rng)
            d = b.doc("t", genre)
            assert d.spans, fn.__name__
            _exact(d)


def test_vocabulary_is_the_public_one(docs):
    for d in docs:
        for s in d.spans:
            assert s.label in LABELS and s.role in ROLES and s.form in FORMS, s
        assert all(n.kind in NEVER_KINDS for n in d.never)
    assert {s.label for d in docs for s in d.spans} == set(LABELS)
    assert {s.role for d in docs for s in d.spans} == set(ROLES)
    assert {d.genre for d in docs} == set(UNSEEN3_GENRES)


def test_deterministic_per_seed():
    for family in ("unseen3", "unseen3-b"):
        assert [d.to_json() for d in generate(24, seed=9, family=family)] == \
            [d.to_json() for d in generate(24, seed=9, family=family)]
    assert [d.to_json() for d in generate(8, seed=9, family="unseen3")] == \
        [d.to_json() for d in generate(24, seed=9, family="unseen3")][:8]


def test_check_digits(docs):
    for d in docs:
        for s in d.spans:
            if s.label == "CN_USCC" and s.form == "plain":
                assert uscc.is_valid(s.text), s
            if s.label == "CN_ID_CARD" and s.form in ("plain", "lower_x"):
                assert ric.is_valid(s.text.upper()), s


def test_hard_cases_are_present(docs):
    """What this family is for: masked values, split addresses, subjects who are persons,
    several reporters, the reporter's kin, insiders (the plant's name kept as subject)."""
    partial = {(s.label, s.role) for d in docs for s in d.spans if s.form == "partial"}
    assert ("CN_MOBILE", "reporter") in partial and ("CN_ID_CARD", "reporter") in partial
    assert ("CN_ADDRESS", "subject") in partial and ("CN_ADDRESS", "reporter") in partial
    assert any(s.label == "CN_ID_CARD" and s.role == "subject" for d in docs for s in d.spans)
    assert any(sum(s.label == "CN_ID_CARD" and s.role == "reporter" and s.form != "partial" for s in d.spans) >= 2
               for d in docs)
    assert any("职工" in d.text and any(s.label == "ORGANIZATION" and s.role == "subject" for s in d.spans)
               for d in docs)


@pytest.mark.parametrize("genre", UNSEEN3_GENRES)
def test_halves_split_the_layouts(genre):
    """unseen3-a and unseen3-b draw from disjoint halves of a genre's layouts (even and odd
    positions), and the whole family draws from all of them."""
    module = importlib.import_module(f"benchmarks.synth.genres_unseen3.{genre}")
    layouts = module.LAYOUTS
    seen = {}
    for half in ("unseen3-a", "unseen3-b", "unseen3"):
        used = set()
        for i in range(80):
            rng = random.Random(f"{half}:{i}")
            used.add(layout(Unseen3Slots(new_cast(rng), rng, half), rng, layouts))
        seen[half] = used
    assert seen["unseen3-a"] == set(layouts[0::2])
    assert seen["unseen3-b"] == set(layouts[1::2])
    assert not seen["unseen3-a"] & seen["unseen3-b"]
    assert seen["unseen3"] == set(layouts)


def test_halves_generate_disjoint_documents():
    a = {d.text for d in generate(60, seed=4, family="unseen3-a")}
    b = {d.text for d in generate(60, seed=4, family="unseen3-b")}
    assert not a & b
