"""Policy files: built-ins load and validate; bad files give coded errors."""

from __future__ import annotations

import pytest

from jubao_redact import ConfigError, Redactor
from jubao_redact.policy import builtin_policies, load_policy
from jubao_redact.registry import known_entities


def test_builtin_policies_exist_and_reference_known_entities():
    assert set(builtin_policies()) == {"forward", "publish", "discuss", "reward", "census"}
    for policy in builtin_policies().values():
        policy.check_entities(known_entities())


@pytest.mark.parametrize(
    ("yaml_text", "fragment"),
    [
        ("name: x\nrules: [{action: remove, roles: [boss]}]\n", "unknown role 'boss'"),
        ("name: x\nrules: [{action: delete}]\n", "rules.0.action"),
        ("name: x\nrules: [{action: remove, operator: rot13}]\n", "rules.0.operator"),
        ("- just a list\n", "mapping"),
    ],
)
def test_invalid_policy_file(tmp_path, yaml_text, fragment):
    path = tmp_path / "bad.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_policy(str(path))
    assert fragment in str(info.value)


def test_unknown_entity_in_policy_file(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("name: p\nrules: [{entities: [CN_PHONE], action: remove}]\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        Redactor(str(path))
    assert "[E012] unknown entity 'CN_PHONE' in policy p; known: " in str(info.value)


def test_gap_in_policy_fails_closed(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("name: p\nrules: [{entities: [EMAIL_ADDRESS], action: keep}]\n", encoding="utf-8")
    (f,) = Redactor(str(path), entities=["CN_MOBILE"]).analyze("电话13812345678")
    assert (f.action, f.operator) == ("remove", "label")
