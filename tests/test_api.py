"""The public API contract other systems code against."""

from __future__ import annotations

import re

import pytest
from presidio_analyzer import RecognizerResult

from jubao_redact import (
    Finding,
    InputError,
    JubaoRedactError,
    RedactResult,
    Redactor,
    UnknownEntityError,
    UnknownPolicyError,
)

PHONE = "13937112345"
TEXT = f"举报人电话{PHONE}，请拨打12369。"


def test_analyze_returns_findings_that_slice_the_original(structured_redactor):
    (finding,) = structured_redactor.analyze(TEXT)
    assert isinstance(finding, Finding)
    assert TEXT[finding.start : finding.end] == PHONE
    assert (finding.entity_type, finding.action) == ("CN_MOBILE", "remove")
    assert finding.role in ("reporter", "unknown")  # the cue 举报人 may already decide it
    assert finding.recognizer == "CnMobileRecognizer" and finding.rule_id == "JR102"


def test_redact_returns_text_findings_and_replacements(structured_redactor):
    result = structured_redactor.redact(TEXT)
    assert isinstance(result, RedactResult)
    assert re.fullmatch(r"举报人电话〔(举报人)?手机号〕，请拨打12369。", result.text)
    (rep,) = result.replacements
    assert re.fullmatch(r"〔(举报人)?手机号〕", result.text[rep.start : rep.end])
    assert (rep.source_start, rep.source_end) == (5, 16)


def test_no_personal_value_in_repr_or_json(structured_redactor):
    result = structured_redactor.redact(TEXT)
    for shown in (repr(result), str(result), repr(result.findings), result.findings[0].model_dump_json()):
        assert PHONE not in shown
    assert PHONE not in repr(Redactor("forward", reporter=[PHONE], entities=["CN_MOBILE"]))


def test_to_presidio():
    finding = Redactor(entities=["CN_MOBILE"]).analyze(TEXT)[0]
    result = finding.to_presidio()
    assert isinstance(result, RecognizerResult)
    assert (result.entity_type, result.start, result.end) == ("CN_MOBILE", 5, 16)


def test_caller_known_facts_get_their_role():
    r = Redactor("forward", reporter=[PHONE], subject=["0371-67891234"],
                 entities=["CN_MOBILE", "CN_LANDLINE"])
    text = f"来电人手机{PHONE}，反映该厂电话0371-67891234的单位偷排。"
    roles = {text[f.start : f.end]: (f.role, f.action) for f in r.analyze(text)}
    assert roles == {PHONE: ("reporter", "remove"), "0371-67891234": ("subject", "keep")}


def test_known_fact_found_in_another_written_form():
    r = Redactor("forward", reporter=[PHONE], entities=["CN_MOBILE"])
    text = "回电：１３９ ３７１１ ２３４５"
    (f,) = r.analyze(text)
    assert (f.role, f.start, f.end) == ("reporter", 3, 16)


@pytest.mark.parametrize(
    ("kwargs", "error", "code"),
    [
        ({"policy": "no-such-policy"}, UnknownPolicyError, "E011"),
        ({"entities": ["CN_PHONE"]}, UnknownEntityError, "E012"),
    ],
)
def test_config_errors_say_how_to_fix(kwargs, error, code):
    with pytest.raises(error) as info:
        Redactor(**kwargs)
    assert code in str(info.value)
    assert "known" in str(info.value) or "built in" in str(info.value)


@pytest.mark.parametrize("bad", [None, b"13812345678", 13812345678])
def test_non_text_input_is_an_error(structured_redactor, bad):
    with pytest.raises(InputError):
        structured_redactor.analyze(bad)


def test_errors_share_one_root():
    assert issubclass(UnknownPolicyError, JubaoRedactError)
    assert issubclass(InputError, JubaoRedactError)


def test_empty_text(structured_redactor):
    assert structured_redactor.analyze("") == []
    assert structured_redactor.redact("").text == ""


def test_nlp_engine_can_give_jieba_tokens_to_token_based_recognizers():
    from jubao_redact.nlp_engine import ZhNlpEngine

    artifacts = ZhNlpEngine(tokenize=True).process_text("该厂夜间偷排废水", "zh")
    assert [t.text for t in artifacts.tokens] == ["该厂", "夜间", "偷排", "废水"]
    assert artifacts.tokens_indices == [0, 2, 4, 6]
    assert artifacts.views.original == "该厂夜间偷排废水"


def test_every_span_the_tagger_decodes_passes_the_default_threshold():
    from jubao_redact.freetext_recognizer import detection_score

    assert detection_score(0.0) >= 0.45 > 0.4  # 0.4 is Redactor's default threshold
    assert detection_score(0.2) < detection_score(0.9) <= 1.0
