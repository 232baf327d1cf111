"""Findings made without per-object validation (redactor._TRUSTED) equal validated ones."""

from __future__ import annotations

import numpy as np
import pytest
from presidio_analyzer import RecognizerResult

from jubao_redact import Redactor
from jubao_redact import redactor as redactor_module
from jubao_redact.models import Finding
from jubao_redact.roles import RoleDecision

TEXT = ("网上举报信息\n举报人：李明\n联系电话：13937112345\n身份证号：410105199003071234\n"
        "被举报单位：郑州市金水区某某化工有限公司\n举报内容：该厂夜里偷排废水，张建国是老板，"
        "电话0371-65432100。我家住在前王村。\n")


def test_trusted_construction_is_on():
    assert redactor_module._TRUSTED  # Finding is the model _FINDING_FIELDS describes


@pytest.mark.parametrize("policy", ["forward", "discuss", "publish"])
def test_same_findings_as_validation(monkeypatch, policy):
    redactor = Redactor(policy=policy)
    trusted = redactor.analyze(TEXT)
    monkeypatch.setattr(redactor_module, "_TRUSTED", False)
    validated = redactor.analyze(TEXT)
    assert trusted and trusted == validated
    for a, b in zip(trusted, validated):
        assert a.model_fields_set == b.model_fields_set
        assert a.model_dump() == b.model_dump()
        assert a.model_dump_json() == b.model_dump_json()
        assert [type(v) for v in a.__dict__.values()] == [type(v) for v in b.__dict__.values()]
        assert hash(a) == hash(b)
        with pytest.raises(Exception):
            a.role = "public"  # still frozen


def test_numpy_values_are_converted_as_validation_would():
    redactor = Redactor(policy="forward")
    r = RecognizerResult("CN_MOBILE", np.int64(3), np.int64(14), np.float64(0.87654321),
                         recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: "X",
                                               "evidence": ["checksum"]})
    d = RoleDecision("reporter", ("role:field:电话",), "reporter-1")
    (f,) = redactor._findings([r], [d])
    g = Finding(start=r.start, end=r.end, entity_type=r.entity_type,  # as validation makes it
                score=round(min(1.0, max(0.0, r.score)), 4), role=d.role, action=f.action,
                operator=f.operator, recognizer="X", rule_id="",
                evidence=("checksum",) + d.evidence, cluster=d.cluster)
    assert f == g and f.model_dump_json() == g.model_dump_json()
    assert type(f.start) is int and type(f.end) is int and type(f.score) is float
