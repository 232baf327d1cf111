"""Every recognizer (discovered from recognizers/, so a new one is covered automatically)
over junk input: returns a list without raising, and offsets stay inside the text.

Linear time on these inputs is measured by benchmarks/bench_speed.py, not timed here.
"""

from __future__ import annotations

import pytest

from jubao_redact.nlp_engine import LANGUAGE, ZhNlpEngine
from jubao_redact.registry import build_recognizer, recognizer_specs

MB = 1_000_000

JUNK = {
    "empty": "",
    "nul": "\x00" * 1000 + "138\x0012345678",
    "lone_surrogates": "电话\ud800\udfff\ud83d138" + "\udc00" * 100,
    "emoji": "📞13812345678😀" * 200 + "👨‍👩‍👧" * 500,
    "digits_1mb": "1" * MB,
    "spaced_digits_1mb": "1 " * (MB // 2),
    "one_char_1mb": "电" * MB,
    "at_signs_1mb": "a@" * (MB // 2),
    "dots_1mb": "1." * (MB // 2),
    "colons_1mb": "a:" * (MB // 2),
    "nested_brackets": "(" * 10_000 + "〔" * 10_000 + "）" * 10_000,
    "cue_storm": "电话QQ微信身份证" * 20_000,
    "mixed_width": "１２３４５６７８９０ａｂｃ" * 20_000,
}

ENGINE = ZhNlpEngine()


@pytest.fixture(scope="module", params=[s.name for s in recognizer_specs()])
def recognizer(request):
    spec = next(s for s in recognizer_specs() if s.name == request.param)
    return build_recognizer(spec)


@pytest.mark.parametrize("name", sorted(JUNK))
def test_recognizer_survives_junk(recognizer, name):
    text = JUNK[name]
    artifacts = ENGINE.process_text(text, LANGUAGE)
    results = recognizer.analyze(text, list(recognizer.supported_entities), artifacts)
    assert isinstance(results, list)
    for r in results:
        assert 0 <= r.start < r.end <= len(text)


@pytest.mark.parametrize("name", ["empty", "nul", "lone_surrogates", "emoji", "nested_brackets"])
def test_redactor_survives_junk(structured_redactor, name):
    text = JUNK[name]
    result = structured_redactor.redact(text)
    for f in result.findings:
        assert 0 <= f.start < f.end <= len(text)
