"""Policies against roles: what each built-in policy keeps and removes, end to end through
``Redactor`` with caller facts (no free-text model needed: structured entities + facts)."""

from __future__ import annotations

import pytest

from jubao_redact import Redactor
from jubao_redact.operators import generalize_address
from jubao_redact.policy import builtin_policies

# fmt: off
DECISIONS = [  # policy, entity, role, expected action
    ("forward", "CN_MOBILE", "reporter", "remove"),
    ("forward", "CN_MOBILE", "subject", "keep"),
    ("forward", "CN_MOBILE", "unknown", "remove"),       # fail closed: unknown contact goes
    ("forward", "PERSON", "unknown", "remove"),
    ("forward", "ORGANIZATION", "unknown", "keep"),      # in a complaint: the reported party
    ("forward", "CN_WORKPLACE", "reporter", "remove"),
    ("publish", "PERSON", "subject", "remove"),          # the boss is a natural person
    ("publish", "ORGANIZATION", "subject", "keep"),
    ("publish", "CN_ADDRESS", "subject", "keep"),        # the site stays
    ("publish", "PERSON", "official", "keep"),
    ("publish", "CN_MOBILE", "official", "remove"),      # a staff member's own mobile goes
    ("discuss", "PERSON", "official", "remove"),         # all personal data of anyone
    ("discuss", "CN_LANDLINE", "subject", "keep"),       # the enterprise's office phone stays
    ("reward", "PERSON", "reporter", "remove"),
    ("reward", "CN_ADDRESS", "subject", "keep"),
    ("census", "ORGANIZATION", "subject", "remove"),
    ("census", "CN_ADDRESS", "subject", "remove"),
    ("census", "ORGANIZATION", "official", "keep"),      # the census agency stays
]
# fmt: on


@pytest.mark.parametrize("policy,entity,role,action", DECISIONS)
def test_policy_decisions(policy, entity, role, action):
    assert builtin_policies()[policy].decide(entity, role).action == action


def test_reward_uses_a_surname_pseudonym():
    rule = builtin_policies()["reward"].decide("PERSON", "reporter")
    assert (rule.operator.type, rule.operator.style) == ("pseudonym", "surname")


def test_census_generalizes_addresses_to_county():
    rule = builtin_policies()["census"].decide("CN_ADDRESS", "subject")
    assert (rule.operator.type, rule.operator.level) == ("generalize", "county")


@pytest.mark.parametrize("address,county", [
    ("河南省郑州市金水区花园路12号", "河南省郑州市金水区"),
    ("新乡市辉县市循环经济产业园嵩山路722号", "新乡市辉县市"),   # county-level city
    ("安阳县工业园区嵩山路484号", "安阳县"),
    ("东方小区3号楼", ""),                                        # why: 小区 is not a district
    ("花园路12号", ""),
])
def test_generalize_address(address, county):
    assert generalize_address(address, "county") == county


@pytest.fixture(scope="module")
def forward():
    return Redactor(policy="forward", entities=["CN_MOBILE", "CN_LANDLINE"],
                    reporter=["李明", "13937112345"], subject=["河南豫丰化工有限公司"])


def test_forward_with_caller_facts(forward):
    text = "举报人李明，电话13937112345。河南豫丰化工有限公司偷排废水，该厂负责人电话13812345678。"
    result = forward.redact(text)
    assert "李明" not in result.text and "13937112345" not in result.text
    assert "河南豫丰化工有限公司" in result.text and "13812345678" in result.text
    by_start = {f.start: f for f in result.findings}
    assert by_start[3].role == "reporter" and by_start[3].evidence[-1] == "role:known:reporter"
    assert by_start[42].role == "subject" and by_start[42].evidence[-1] == "role:cue:负责人电话"


def test_forward_removes_a_tail_of_the_reporters_number(forward):
    text = "来电号码：13937112345\n市民李先生（尾号2345）来电称厂里夜间偷排。"
    result = forward.redact(text)
    assert "2345）" not in result.text                 # 尾号2345 went with the full number
    assert "李先生" not in result.text                  # partial form of the known 李明


def test_forward_keeps_an_agency_duty_phone(forward):
    text = "已向新乡市生态环境局反映，值班电话0373-2345678一直占线。"
    finding = forward.analyze(text)[0]
    assert (finding.role, finding.action) == ("official", "keep")
