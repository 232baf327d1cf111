"""After audited runs over text full of synthetic personal data, no value is found in the
audit database, the vault, the logs, stderr or any exception message, in any common encoding.

The same search finds every value in the revealed text: a positive control, so this test
fails if the search itself is broken.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from faker import Faker
from stdnum.cn import ric

from jubao_redact import JubaoRedactError, Redactor
from jubao_redact.api_audit import audited_analyze, audited_redact, audited_reveal
from jubao_redact.audit import AuditLog
from jubao_redact.cli import main
from jubao_redact.keys import generate_key_text, parse_key
from jubao_redact.vault import Vault

N_PEOPLE = 6
STRUCTURED = ["CN_ID_CARD", "CN_MOBILE", "EMAIL_ADDRESS", "CN_QQ"]
POLICY = """\
name: vault-everything
description: every reporter value becomes a pseudonym stored in the vault (test only)
rules:
  - entities: [PERSON]
    roles: [reporter]
    action: remove
    operator: {type: pseudonym, style: surname}
  - entities: ["*"]
    roles: ["*"]
    action: remove
    operator: {type: pseudonym}
"""


def id_number(fake: Faker) -> str:
    region = fake.random_element(["110101", "310104", "410105", "440305", "510107"])
    birth = fake.date_of_birth(minimum_age=18, maximum_age=80).strftime("%Y%m%d")
    body = region + birth + f"{fake.random_int(0, 999):03d}"
    return body + ric.calc_check_digit(body)


def mobile(fake: Faker) -> str:
    return "1" + fake.random_element("3589") + "".join(fake.random_choices("0123456789", 9))


def people(seed: int = 20260301) -> list[dict]:
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    out, names = [], set()
    while len(out) < N_PEOPLE:
        name = fake.name()
        if name in names or len(name) < 2:
            continue
        names.add(name)
        out.append({"name": name, "id": id_number(fake), "phone": mobile(fake),
                    "email": f"{fake.user_name()}{len(out)}@example.com",
                    "company": fake.company()})
    return out


def complaint(p: dict) -> str:
    return (f"举报人：{p['name']}\n身份证号：{p['id']}\n联系电话：{p['phone']}\n"
            f"邮箱：{p['email']}\n反映{p['company']}夜间偷排废水。{p['name']}表示愿意配合调查，"
            f"请拨打{p['phone']}联系。")


def forms(value: str) -> set[bytes]:
    """The byte forms a value could leak in."""
    out = {value.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be", "gb18030")}
    digits = "".join(c for c in value if c.isdigit())
    if len(digits) >= 7:
        out |= {digits.encode("ascii"), digits.encode("utf-16-le")}
    return out


def found(values: list[str], blob: bytes) -> list[str]:
    return [v for v in values if any(form in blob for form in forms(v))]


@pytest.fixture(autouse=True)
def _isolated(isolated_env):
    """Every test here runs without the caller's key, audit db or vault."""


def test_no_personal_value_anywhere(tmp_path, monkeypatch, caplog, capsys):
    key_text = generate_key_text()
    monkeypatch.setenv("JUBAO_REDACT_KEY", key_text)
    key = parse_key(key_text)  # the key the environment holds
    caplog.set_level(logging.DEBUG)
    policy = tmp_path / "vault-everything.yaml"
    policy.write_text(POLICY, encoding="utf-8")
    db, vault_dir = tmp_path / "audit.sqlite", tmp_path / "vault"
    log, vault = AuditLog(db), Vault(vault_dir, key)
    persons = people()
    values = [p[k] for p in persons for k in ("name", "id", "phone", "email")]
    errors: list[str] = []

    redacted = []
    for i, p in enumerate(persons):
        text = complaint(p)
        redactor = Redactor(policy, reporter=[p["name"]], entities=STRUCTURED, key=key)
        audited_analyze(redactor, text, log=log, actor="wangfang", document=f"D-{i}")
        result = audited_redact(redactor, text, log=log, actor="wangfang",
                                document=f"D-{i}", vault=vault, case="C-1")
        assert found([p["name"], p["id"], p["phone"], p["email"]], result.text.encode()) == []
        redacted.append(result.text)

    # reveal through the library and the CLI, and the error paths that see values
    notice = tmp_path / "notice.txt"
    notice.write_text("\n".join(redacted), encoding="utf-8")
    revealed = audited_reveal(vault, "C-1", notice.read_text(encoding="utf-8"),
                              reason="奖励发放核对，审批单 2026-17", log=log, actor="lihua")
    assert found(values, revealed.text.encode()) == values  # positive control: all restored
    cli = ["reveal", "--case", "C-1", "--vault", str(vault_dir), "--db", str(db), str(notice)]
    assert main([*cli, "--reason", "复核 审批单 2026-18"]) == 0
    stdout = capsys.readouterr().out
    assert found(values, stdout.encode()) == values  # the authorised output has them all
    for bad_reason in (f"核对{persons[0]['phone']}", f"核实{persons[1]['name']}身份",
                       f"联系{persons[2]['email']}"):
        assert main([*cli, "--reason", bad_reason]) == 2
        with pytest.raises(JubaoRedactError) as info:
            audited_reveal(vault, "C-1", "李某", reason=bad_reason, log=log)
        errors.append(str(info.value) + repr(info.value))
    monkeypatch.setenv("JUBAO_REDACT_KEY", generate_key_text())  # wrong key
    assert main([*cli, "--reason", "复核 审批单 2026-19"]) == 2
    errors.append(capsys.readouterr().err)
    assert "E031" in errors[-1]

    assert AuditLog(db).verify().ok
    stored = list(AuditLog(db).events())
    assert [s.event.action for s in stored].count("reveal") == 2  # refused reveals: no event
    files = sorted(p for p in tmp_path.rglob("*") if p.is_file() and p != notice)
    assert any(p.suffix == ".vault" for p in files) and db in files
    for path in files:
        assert found(values, path.read_bytes()) == [], path.name
    assert found(values, caplog.text.encode()) == []
    assert found(values, "\n".join(errors).encode()) == []
    assert any("audit event" in r.getMessage() for r in caplog.records)  # logs were captured


def test_generated_values_are_detected(structured_redactor):
    # the leak test means something only if the recognizers find the synthetic values
    for p in people():
        text = complaint(p)
        spans = {text[f.start:f.end] for f in structured_redactor.analyze(text)}
        assert {p["id"], p["phone"], p["email"]} <= spans, [
            k for k in ("id", "phone", "email") if p[k] not in spans]


def test_audit_db_path_holds_no_value_from_a_failed_run(tmp_path):
    # an event refused for its reason never reaches the file, and the error does not echo it
    log = AuditLog(tmp_path / "a.sqlite")
    vault = Vault(tmp_path / "v", bytes(range(32)))
    with vault.open_case("C-1") as _:
        pass
    with pytest.raises(JubaoRedactError) as info:
        audited_reveal(vault, "C-1", "text", reason="电话13937112345", log=log)
    assert "13937112345" not in str(info.value)
    assert not Path(tmp_path / "a.sqlite").exists() or b"13937112345" not in (
        tmp_path / "a.sqlite").read_bytes()
