"""The audit, reveal and keygen commands: thin over the library, exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from jubao_redact.audit import AuditLog, make_event
from jubao_redact.cli import app, main
from jubao_redact.keys import SecretKey, generate_key_text, parse_key
from jubao_redact.models import Finding
from jubao_redact.vault import Vault

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _isolated(isolated_env):
    """Every test here runs without the caller's key, audit db or vault."""


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "audit.sqlite"
    log = AuditLog(path)
    for i, (actor, doc) in enumerate([("alice", "D-1"), ("bob", "D-2"), ("alice", "D-3")]):
        log.append(make_event(actor=actor, action="redact", policy="forward", document=doc,
                              time=T0 + timedelta(days=i),
                              removed={"CN_MOBILE": {"reporter": i + 1}}))
    return path


@pytest.fixture
def case(tmp_path, monkeypatch):
    """A key in the environment and a vault for case C-1 with 李明 → 李某."""
    key_text = generate_key_text()
    monkeypatch.setenv("JUBAO_REDACT_KEY", key_text)
    vault = Vault(tmp_path / "vault", parse_key(key_text))
    with vault.open_case("C-1") as book:
        person = Finding(start=0, end=2, entity_type="PERSON", score=1.0, role="reporter",
                         recognizer="test")
        assert book.pseudonym(person, "李明", "surname") == "李某"
    notice = tmp_path / "notice.txt"
    notice.write_text("奖励对象：李某，奖金2000元。", encoding="utf-8")
    return {"vault": str(tmp_path / "vault"), "notice": str(notice),
            "db": str(tmp_path / "audit.sqlite")}


def reveal_args(case, *extra):
    return ["reveal", "--case", "C-1", "--vault", case["vault"], "--db", case["db"], *extra,
            case["notice"]]


def test_show_text_and_filters(db, capsys):
    assert main(["audit", "show", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and lines[0].startswith("#1 2026-03-01T08:00:00+00:00 alice redact")
    assert "CN_MOBILE/reporter=1" in lines[0]
    assert main(["audit", "show", "--db", str(db), "--actor", "alice"]) == 0
    assert [ln.split()[0] for ln in capsys.readouterr().out.splitlines()] == ["#1", "#3"]
    assert main(["audit", "show", "--db", str(db), "--document", "D-2"]) == 0
    assert [ln.split()[0] for ln in capsys.readouterr().out.splitlines()] == ["#2"]
    # a bare date: since = start of day, until includes the whole day
    assert main(["audit", "show", "--db", str(db), "--since", "2026-03-02",
                 "--until", "2026-03-02"]) == 0
    assert [ln.split()[0] for ln in capsys.readouterr().out.splitlines()] == ["#2"]


def test_show_json_lines(db, capsys):
    assert main(["audit", "show", "--db", str(db), "--format", "json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["seq"] for r in rows] == [1, 2, 3]
    assert rows[1]["actor"] == "bob" and len(rows[1]["hash"]) == 64


# fmt: off
SHOW_ERRORS = [  # arguments, why exit 2
    ["--format", "xml"],            # unknown format
    ["--since", "yesterday"],       # not a date
]
# fmt: on


@pytest.mark.parametrize("args", SHOW_ERRORS)
def test_show_errors_exit_2(db, args):
    assert main(["audit", "show", "--db", str(db), *args]) == 2


def test_show_reads_the_environment_path(db, monkeypatch, capsys):
    monkeypatch.setenv("JUBAO_REDACT_AUDIT_DB", str(db))
    assert main(["audit", "show"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3


def test_keygen_prints_a_usable_key(capsys):
    assert main(["keygen"]) == 0
    text = capsys.readouterr().out.strip()
    assert isinstance(parse_key(text), SecretKey)


def test_keygen_out_writes_a_private_file_and_never_overwrites(tmp_path, capsys):
    out = tmp_path / "key"
    assert main(["keygen", "--out", str(out)]) == 0
    text = out.read_text(encoding="ascii").strip()
    parse_key(text)
    assert out.stat().st_mode & 0o077 == 0
    assert text not in capsys.readouterr().out + capsys.readouterr().err  # not printed
    assert main(["keygen", "--out", str(out)]) == 2
    assert out.read_text(encoding="ascii").strip() == text


def test_reveal_writes_the_event_and_the_text(case, monkeypatch, capsys):
    monkeypatch.setenv("JUBAO_REDACT_ACTOR", "zhaolei")
    assert main(reveal_args(case, "--reason", "奖励发放核对 审批单2026-17")) == 0
    captured = capsys.readouterr()
    assert captured.out == "奖励对象：李明，奖金2000元。"
    assert "revealed 1 values" in captured.err and "李明" not in captured.err
    (stored,) = AuditLog(case["db"]).events()
    e = stored.event
    assert (e.actor, e.action, e.case, e.reason) == ("zhaolei", "reveal", "C-1",
                                                     "奖励发放核对 审批单2026-17")
    assert e.counts == {"PERSON": {"reporter": 1}} and e.input_digest.startswith("hmac-sha256:")


def test_reveal_to_output_file(case, tmp_path):
    out = tmp_path / "revealed.txt"
    assert main(reveal_args(case, "--reason", "复核 审批单2026-18", "--actor", "zhaolei",
                            "--output", str(out))) == 0
    assert out.read_text(encoding="utf-8") == "奖励对象：李明，奖金2000元。"
    assert next(AuditLog(case["db"]).events()).event.actor == "zhaolei"


# fmt: off
REFUSED = [  # extra arguments, what must be in stderr; every row: exit 2, no event, no text
    ([],                                      "--reason"),  # a reason is required
    (["--reason", "  "],                      "reason"),    # and must say something
    (["--reason", "核对13937112345"],           "reason"),    # never an identifier
    (["--reason", "核实李明的身份"],               "reason"),    # never a value of the case
]
# fmt: on


@pytest.mark.parametrize("extra,message", REFUSED)
def test_reveal_refused(case, capsys, extra, message):
    assert main(reveal_args(case, *extra)) == 2
    captured = capsys.readouterr()
    assert "李明" not in captured.out + captured.err and message in captured.err
    assert not os.path.exists(case["db"]) or list(AuditLog(case["db"]).events()) == []


def test_reveal_without_a_key_is_e030(case, monkeypatch, capsys):
    monkeypatch.delenv("JUBAO_REDACT_KEY")
    assert main(reveal_args(case, "--reason", "复核 审批单2026-18")) == 2
    captured = capsys.readouterr()
    assert "E030" in captured.err and "李明" not in captured.out


def test_reveal_with_a_wrong_key_is_e031_and_writes_nothing(case, monkeypatch, capsys):
    vault_files = {p: p.read_bytes() for p in Path(case["vault"]).iterdir()}
    monkeypatch.setenv("JUBAO_REDACT_KEY", generate_key_text())
    assert main(reveal_args(case, "--reason", "复核 审批单2026-18")) == 2
    captured = capsys.readouterr()
    assert "E031" in captured.err and captured.out == ""
    assert not os.path.exists(case["db"])
    assert {p: p.read_bytes() for p in Path(case["vault"]).iterdir()} == vault_files


def test_reveal_without_a_writable_audit_reveals_nothing(case, tmp_path, capsys):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    args = reveal_args(case, "--reason", "复核 审批单2026-18")
    args[args.index("--db") + 1] = str(blocker / "audit.sqlite")
    assert main(args) == 2
    captured = capsys.readouterr()
    assert "E050" in captured.err and captured.out == ""


def test_reveal_unknown_case_is_an_error(case, capsys):
    args = reveal_args(case, "--reason", "复核 审批单2026-18")
    args[args.index("C-1")] = "C-404"
    assert main(args) == 2
    assert "E032" in capsys.readouterr().err


MY_COMMANDS = [["audit"], ["audit", "verify"], ["audit", "show"], ["reveal"], ["keygen"]]


@pytest.mark.parametrize("path", MY_COMMANDS, ids=" ".join)
def test_every_command_has_an_example(path, capsys):
    assert main([*path, "--help"]) == 0
    assert "Example: jubao-redact " + path[0] in capsys.readouterr().out


def test_commands_are_registered():
    import typer.main

    group = typer.main.get_command(app)
    assert {"audit", "reveal", "keygen"} <= set(group.commands)
    assert {"verify", "show"} <= set(group.commands["audit"].commands)
