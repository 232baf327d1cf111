"""The split cue alternations (roles_cues._split) find exactly what the single regex finds."""

from __future__ import annotations

from benchmarks.bench_speed import corpus_text

from jubao_redact.roles_cues import _in_order, _merged_from, cue_table, fold_pronouns


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


def test_merge_from_a_position_matches_single_regex():
    # the fallback of _in_order (a conflict of a match found again): the single regex's
    # matches from that position on
    table = cue_table()
    text = fold_pronouns(corpus_text(30_000))
    for side, regex in table.regex.items():
        for pos in (0, 1, 777, 12_345):
            assert (_spans(_merged_from(table.parts[side], text, pos))
                    == _spans(regex.finditer(text, pos))), (side, pos)


def test_left_side_is_split():
    assert len(cue_table().parts["left"]) > 1
