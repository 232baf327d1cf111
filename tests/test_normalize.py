"""Folded views keep lengths, so offsets found in a view slice the original."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jubao_redact.normalize import TextViews, fold_digits, fold_width


@given(st.text(max_size=200))
def test_views_keep_length(text):
    views = TextViews(text)
    assert len(views.folded) == len(views.digits) == len(text)


def test_fold_width_and_digits():
    assert fold_width("１３８－１２３４　ａｂｃ＠") == "138-1234 abc@"
    assert fold_digits("幺三八零洞两") == "138002"
    assert fold_width("。") == "。"  # the ideographic full stop still ends sentences
