"""Commands that process complaints append audit events (by default) without values."""

from __future__ import annotations

import os

import pytest

from jubao_redact.audit import AuditLog
from jubao_redact.cli import main
from jubao_redact.keys import generate_key_text

PHONE = "13937112345"
TEXT = f"来电人反映：我的电话{PHONE}，该厂夜间偷排废水。\n"
STRUCTURED = "CN_MOBILE,CN_ID_CARD"


@pytest.fixture
def complaint(tmp_path):
    path = tmp_path / "来电记录.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def events():
    return AuditLog(os.environ["JUBAO_REDACT_AUDIT_DB"]).events()


@pytest.mark.parametrize(
    ("argv", "action"),
    [
        (["check", "{p}", "--entities", STRUCTURED], "check"),
        (["scrub", "{p}", "--entities", STRUCTURED, "--out", "{out}"], "scrub"),
        (["redact", "{p}"], "redact"),
    ],
)
def test_each_run_appends_one_event_without_values(complaint, tmp_path, capsys, argv, action):
    args = [a.format(p=complaint, out=tmp_path / "out") for a in argv]
    main(args)
    (event,) = events()
    assert event.event.action == action
    assert event.event.counts.get("CN_MOBILE")
    raw = open(os.environ["JUBAO_REDACT_AUDIT_DB"], "rb").read()
    assert PHONE.encode() not in raw
    assert "来电记录".encode() not in raw  # why: file names often carry the reporter's name
    assert AuditLog(os.environ["JUBAO_REDACT_AUDIT_DB"]).verify().ok


def test_no_audit_writes_nothing(complaint, capsys):
    assert main(["check", str(complaint), "--entities", STRUCTURED, "--no-audit"]) == 1
    assert not os.path.exists(os.environ["JUBAO_REDACT_AUDIT_DB"])


def test_case_vault_round_trip_through_reveal(complaint, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("JUBAO_REDACT_KEY", generate_key_text())
    policy = tmp_path / "pseudo.yaml"
    policy.write_text("name: pseudo\nrules: [{action: remove, operator: pseudonym}]\n",
                      encoding="utf-8")
    assert main(["redact", str(complaint), "--policy", str(policy), "--case", "C-7"]) == 0
    redacted = capsys.readouterr().out
    assert PHONE not in redacted
    out = tmp_path / "redacted.txt"
    out.write_text(redacted, encoding="utf-8")
    assert main(["reveal", "--case", "C-7", "--reason", "复核审批", str(out)]) == 0
    assert PHONE in capsys.readouterr().out
    assert [e.event.action for e in events()] == ["redact", "reveal"]


def test_case_without_a_key_is_a_clear_error(complaint, capsys, monkeypatch):
    monkeypatch.delenv("JUBAO_REDACT_KEY", raising=False)
    monkeypatch.delenv("JUBAO_REDACT_KEY_FILE", raising=False)
    assert main(["redact", str(complaint), "--case", "C-8"]) == 2
    assert "[E030]" in capsys.readouterr().err
