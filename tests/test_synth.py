"""The synthetic corpus is exact, deterministic and valid where meant; the scorer is right."""

from __future__ import annotations

import datetime as dt
import importlib
import itertools
import json
import random
import sys
import unicodedata
from pathlib import Path

import pytest
from stdnum import luhn
from stdnum.cn import ric, uscc

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # ``benchmarks`` lives at the repo root

from benchmarks import bench_accuracy, peers, score
from benchmarks.synth import (
    GENRES,
    LABELS,
    ROLES,
    generate,
    geo,
)
from benchmarks.synth import __main__ as synth_cli
from benchmarks.synth.cast import new_cast
from benchmarks.synth.model import NEVER_KINDS
from benchmarks.synth.numbers import FORMS
from benchmarks.synth.render import SLOT
from benchmarks.synth.slots import Slots

CN_DIGITS = {c: str(i % 10) for i, c in enumerate("零一二三四五六七八九〇幺两洞拐") for _ in [0]}
CN_DIGITS.update({"〇": "0", "幺": "1", "两": "2", "洞": "0", "拐": "7"})


@pytest.fixture(scope="module")
def docs():
    return generate(400, seed=11)


def _fold(s: str) -> str:
    """Full-width to ASCII, Chinese digits to ASCII, drop separators: the canonical value."""
    s = unicodedata.normalize("NFKC", s)
    s = "".join(CN_DIGITS.get(c, c) for c in s)
    return "".join(c for c in s if c.isalnum()).upper()


def test_spans_and_never_items_slice_the_text_exactly(docs):
    for d in docs:
        for s in d.spans:
            assert d.text[s.start:s.end] == s.text, (d.id, s)
            assert s.text and not s.text[0].isspace() and not s.text[-1].isspace()
        for n in d.never:
            assert d.text[n.start:n.end] == n.text, (d.id, n)


def test_spans_do_not_overlap_each_other_or_never_items(docs):
    for d in docs:
        items = sorted([(s.start, s.end) for s in d.spans] + [(n.start, n.end) for n in d.never])
        for (_, end), (start, _) in itertools.pairwise(items):
            assert end <= start, d.id


def test_vocabulary_is_the_public_one(docs):
    for d in docs:
        assert d.genre in GENRES
        for s in d.spans:
            assert s.label in LABELS and s.role in ROLES and s.form in FORMS, s
        assert all(n.kind in NEVER_KINDS for n in d.never)
    seen = {s.label for d in docs for s in d.spans}
    assert seen == set(LABELS)  # every entity is exercised
    assert {s.role for d in docs for s in d.spans} == set(ROLES)
    assert {d.genre for d in docs} == set(GENRES)


def test_deterministic_per_seed_and_independent_of_n():
    a = [d.to_json() for d in generate(30, seed=7)]
    b = [d.to_json() for d in generate(30, seed=7)]
    assert a == b
    assert [d.to_json() for d in generate(10, seed=7)] == a[:10]
    assert [d.to_json() for d in generate(30, seed=8)] != a


def test_same_corpus_in_another_process():
    """No dependence on hash randomisation or process state (PYTHONHASHSEED differs)."""
    import os
    import subprocess
    root = Path(__file__).resolve().parents[1]
    cmd = [sys.executable, "-m", "benchmarks.synth", "--n", "15", "--seed", "4"]
    runs = [subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": h}).stdout for h in ("1", "2")]
    expected = "".join(json.dumps(d.to_json(), ensure_ascii=False) + "\n" for d in generate(15, seed=4))
    assert runs[0] == runs[1] == expected


def test_genre_filter_and_unknown_genre():
    assert {d.genre for d in generate(20, 3, ["chat", "census"])} == {"chat", "census"}
    with pytest.raises(ValueError, match="unknown genre"):
        generate(1, 3, ["fax"])


def test_id_cards_are_valid_unless_meant_not_to_be(docs):
    ids = [s for d in docs for s in d.spans if s.label == "CN_ID_CARD"]
    forms = {s.form for s in ids}
    assert {"plain", "fullwidth", "spaced", "linebreak", "typo", "legacy15", "partial", "lower_x"} <= forms
    for s in ids:
        v = _fold(s.text)
        if s.form == "partial":
            assert len(v) == 4
        elif s.form == "legacy15":
            assert len(v) == 15 and v.isdigit()
        elif s.form == "typo":
            assert len(v) == 18 and not ric.is_valid(v)
            dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))  # a typo keeps a real birth date
        else:
            assert ric.is_valid(v), s
        if s.form == "lower_x":
            assert s.text.endswith("x")


def test_uscc_bank_cards_and_permits_are_valid(docs):
    for d in docs:
        for s in d.spans:
            if s.label == "CN_USCC":
                assert uscc.is_valid(_fold(s.text)), s
            if s.label == "CN_BANK_CARD" and s.form != "partial":
                v = _fold(s.text)
                assert v.startswith("62") and luhn.is_valid(v), s
        for n in d.never:
            if n.kind == "permit":  # holder's USCC + serial + category: looks like a USCC, is not one
                assert uscc.is_valid(n.text[:18]) and len(n.text) == 22


def test_phone_numbers_have_the_right_shape(docs):
    for d in docs:
        for s in d.spans:
            v = _fold(s.text)
            if s.label == "CN_MOBILE" and s.form != "partial":
                v = v[4:] if v.startswith("0086") else v[2:] if v.startswith("86") and len(v) == 13 else v
                assert len(v) == 11 and v[0] == "1", s
            if s.label == "CN_LANDLINE":
                for ext in ("EXT", "转分机", "转"):
                    v = v.replace(ext, "")
                assert v[0] == "0" and v.isdigit() and 10 <= len(v) <= 16, s


def test_region_codes_exist_for_the_ids_built_from_them():
    for city in geo.CITIES:
        assert ric.get_birth_place(city.code + "19700101001" + "0")  # checksum not needed here
        for name, code in city.districts:
            info = ric.get_birth_place(code + "20150101001" + "0")  # every district exists by 2015
            assert name in info["county"], (name, code, info)


@pytest.mark.parametrize("family,least", [("seen", 200), ("unseen", 200), ("unseen2", 100), ("unseen3", 100),
                                            ("unseen4", 100), ("unseen5", 100),
                                            ("unseen6", 100), ("unseen7", 100), ("unseen8", 100),
                                            ("unseen9", 100), ("unseen10", 100),
                                            ("unseen11", 100), ("unseen12", 100),
                                            ("unseen13", 100), ("unseen14", 100)])
def test_every_template_slot_resolves(family, least):
    """Each ``{W.x}`` in every genre module resolves (a typo'd slot would only fail at random)."""
    if family == "seen":
        package, genres, slots = "genres", GENRES, Slots(new_cast(random.Random(0)), random.Random(0))
    else:
        # unseen, unseen2 … (each family's genres_<base>/ and the <Base>Slots of its common.py)
        number = family[len("unseen"):]
        package = f"genres_{family}"
        genres = importlib.import_module(f"benchmarks.synth.{package}").GENRES
        slot_class = getattr(importlib.import_module(f"benchmarks.synth.{package}.common"), f"Unseen{number}Slots")
        slots = slot_class(new_cast(random.Random(0)), random.Random(0))
    found = 0
    for genre in ("common", *genres):
        mod = importlib.import_module(f"benchmarks.synth.{package}.{genre}")
        for value in vars(mod).values():
            for template in _strings(value):
                for m in SLOT.finditer(template):
                    assert slots(m.group(1), m.group(2)), m.group(0)
                    found += 1
    assert found > least


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple | list):
        for v in value:
            yield from _strings(v)


def test_cli_writes_jsonl(tmp_path):
    out = tmp_path / "c.jsonl"
    assert synth_cli.main(["--n", "12", "--seed", "3", "--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 12 and json.loads(lines[0])["id"] == "synth-3-00000"
    assert synth_cli.main(["--n", "1", "--genres", "nope", "--out", str(out)]) == 2


# --- scoring -----------------------------------------------------------------------------

def test_gold_as_predictions_scores_perfectly(docs):
    preds = [bench_accuracy.gold_analyzer("forward")(d) for d in docs]
    ents = score.score_entities(docs, preds)
    for table in (ents.exact, ents.overlap):
        assert table["ANY"].precision == table["ANY"].recall == 1.0
    assert sum(ents.never_flagged.values()) == 0
    roles = score.score_roles(docs, preds)
    assert roles.leak_rate == 0.0 and roles.retention == 1.0


def test_no_predictions_leak_everything_and_keep_everything(docs):
    roles = score.score_roles(docs, [[] for _ in docs])
    assert roles.leak_rate == 1.0 and roles.retention == 1.0


def _doc(text, spans=(), never=()):
    from benchmarks.synth.model import NeverItem, Span, SynthDoc
    return SynthDoc("t", "letter", text,
                    [Span(a, b, lb, role, text[a:b], form) for a, b, lb, role, form in spans],
                    [NeverItem(a, b, k, text[a:b]) for a, b, k in never])


def test_overlap_rule_is_half_the_gold_characters():
    d = _doc("电话13812345678。", [(2, 13, "CN_MOBILE", "reporter", "plain")])
    half = score.score_entities([d], [[score.Pred(2, 8, "CN_MOBILE")]])  # 6 of 11 chars
    less = score.score_entities([d], [[score.Pred(2, 7, "CN_MOBILE")]])  # 5 of 11 chars
    assert half.overlap["CN_MOBILE"].tp == 1 and half.exact["CN_MOBILE"].tp == 0
    assert less.overlap["CN_MOBILE"].tp == 0 and less.overlap["CN_MOBILE"].fp == 1
    wrong_label = score.score_entities([d], [[score.Pred(2, 13, "CN_LANDLINE")]])
    assert wrong_label.overlap["CN_MOBILE"].fn == 1 and wrong_label.overlap["ANY"].tp == 1


def test_one_prediction_may_cover_several_demographic_pieces():
    d = _doc("男，58岁，汉族", [(0, 1, "DEMOGRAPHIC", "reporter", "plain"), (2, 5, "DEMOGRAPHIC", "reporter", "plain"),
                          (6, 8, "DEMOGRAPHIC", "reporter", "plain")])
    rep = score.score_entities([d], [[score.Pred(0, 8, "DEMOGRAPHIC")]])
    assert rep.overlap["DEMOGRAPHIC"].recall == 1.0 and rep.overlap["DEMOGRAPHIC"].precision == 1.0


def test_leak_ignores_a_line_break_and_retention_counts_any_touch():
    d = _doc("电话138\n12345678 该厂电话0371-65432109",
             [(2, 14, "CN_MOBILE", "reporter", "linebreak"), (19, 32, "CN_LANDLINE", "subject", "plain")])
    split = [score.Pred(2, 5, "CN_MOBILE"), score.Pred(6, 14, "CN_MOBILE")]
    assert score.score_roles([d], [split]).leak_rate == 0.0
    assert score.score_roles([d], [split[:1]]).leak_rate == 1.0
    touch = split + [score.Pred(31, 32, "CN_LANDLINE")]
    assert score.score_roles([d], [touch]).retention == 0.0
    kept = split + [score.Pred(19, 32, "CN_LANDLINE", "subject", "keep")]
    assert score.score_roles([d], [kept]).retention == 1.0


def test_never_items_flagged_and_removed():
    d = _doc("请拨打12369反映", never=[(3, 8, "hotline")])
    rep = score.score_entities([d], [[{"start": 3, "end": 8, "entity_type": "CN_QQ", "action": "keep"}]])
    assert rep.never_flagged["hotline"] == 1 and rep.never_removed["hotline"] == 0
    assert rep.exact["CN_QQ"].fp == 1


def test_an_unavailable_peer_is_reported_not_raised(docs):
    def broken():
        raise ImportError("No module named 'nopeer'")
    result = peers.run_peer("nopeer", broken, docs[:2])
    assert "not available" in result["error"]


def test_tables_render(docs):
    preds = [bench_accuracy.gold_analyzer("discuss")(d) for d in docs[:20]]
    text = bench_accuracy.entity_report(docs[:20], preds, markdown=True, forms=True)
    assert text.startswith("| entity |") and "100.0%" in text


@pytest.mark.parametrize("family", ["unseen", "unseen-a", "unseen-b"])
def test_unseen_family_spans_slice_exactly_and_do_not_overlap(family):
    for d in generate(160, seed=5, family=family):
        assert d.id.startswith(f"synth-{family}-")
        for s in d.spans:
            assert d.text[s.start:s.end] == s.text, (d.id, s)
            assert s.text and not s.text[0].isspace() and not s.text[-1].isspace()
        items = sorted([(s.start, s.end) for s in d.spans] + [(n.start, n.end) for n in d.never])
        for (_, end), (start, _) in itertools.pairwise(items):
            assert end <= start, d.id


def test_unseen_halves_share_no_template_and_default_output_is_unchanged():
    from benchmarks.synth.genres_unseen.common import UnseenSlots, pool

    a = UnseenSlots(new_cast(random.Random(0)), random.Random(0), "unseen-a")
    b = UnseenSlots(new_cast(random.Random(0)), random.Random(0), "unseen-b")
    items = tuple(f"t{i}" for i in range(7))
    assert set(pool(a, items)).isdisjoint(pool(b, items))
    assert set(pool(a, items)) | set(pool(b, items)) == set(items)
    # the seen family is what bench_accuracy / bench_speed use: the family option is additive
    assert [d.to_json() for d in generate(12, seed=7)] == \
        [d.to_json() for d in generate(12, seed=7, family="seen")]
    with pytest.raises(ValueError):
        generate(1, 3, family="other")
