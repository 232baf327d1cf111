"""A complaint written in traditional characters (a reporter from Hong Kong, Taiwan or abroad)
is read like a simplified one: the folded view turns 舉報人 into 举报人 one character for one,
so the cues, the name model and the address rules find the reporter, and the polluter stays.
Synthetic values only."""

from __future__ import annotations

import pytest

from jubao_redact import Redactor

TEXT = "舉報人：陳志明，電話：13812345678，住址：香港九龍彌敦道100號。我投訴深圳市寶安區某某電鍍廠夜間偷排廢水。"


@pytest.fixture(scope="module")
def findings():
    return {(f.entity_type, TEXT[f.start : f.end]): (f.role, f.action)
            for f in Redactor(policy="forward").analyze(TEXT)}


@pytest.mark.parametrize(("entity", "value", "role", "action"), [
    ("PERSON", "陳志明", "reporter", "remove"),
    ("CN_MOBILE", "13812345678", "reporter", "remove"),
    ("CN_ADDRESS", "香港九龍彌敦道100號", "reporter", "remove"),
    ("ORGANIZATION", "深圳市寶安區某某電鍍廠", "subject", "keep"),   # the polluter stays
])
def test_traditional_complaint(findings, entity, value, role, action):
    assert findings[(entity, value)] == (role, action)
