"""The split cue alternations (roles_cues._split) find exactly what the single regex finds."""

from __future__ import annotations

from benchmarks.bench_speed import corpus_text

from jubao_redact.roles_cues import _in_order, cue_table, fold_pronouns


def _spans(matches):
    return [(m.start(1), m.end(1), m.end(2), m.end()) for m in matches]


def test_split_matches_single_regex():
    table = cue_table()
    words = [w for side in table.by_side.values() for w in side]
    # every cue word glued to the next (overlapping words of different parts), then real text
    glued = "".join(words) + "\n" + "：".join(words) + "\n"
    for text in (glued, fold_pronouns(corpus_text(100_000))):
        for side, regex in table.regex.items():
            assert _spans(_in_order(table.parts[side], text)) == _spans(regex.finditer(text)), side


def test_left_side_is_split():
    assert len(cue_table().parts["left"]) > 1
