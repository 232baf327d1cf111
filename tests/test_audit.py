"""The audit log: events hold metadata only, appends are atomic across processes, filters work."""

from __future__ import annotations

import multiprocessing
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from jubao_redact.audit import (
    ACTOR_ENV,
    AUDIT_DB_ENV,
    AuditLog,
    count_findings,
    default_audit_path,
    digest,
    make_event,
    resolve_actor,
)
from jubao_redact.errors import AuditError
from jubao_redact.keys import SecretKey
from jubao_redact.models import Finding

KEY = SecretKey(bytes(range(32)))
T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _isolated(isolated_env):
    """Every test here runs without the caller's key, audit db or vault."""


def event(**over):
    fields = dict(actor="wangfang", action="redact", policy="forward", time=T0,
                  counts={"CN_MOBILE": {"reporter": 2}}, removed={"CN_MOBILE": {"reporter": 2}})
    fields.update(over)
    return make_event(**fields)


# fmt: off
BAD_EVENTS = [  # fields that must be refused, and a word of the error
    (dict(action="export"),                          "action"),    # not an audited action
    (dict(counts={"13812345678": {"reporter": 1}}),  "counts"),    # a value as a count key
    (dict(counts={"CN_MOBILE": {"李明": 1}}),         "counts"),    # a name as a role
    (dict(input_digest="13812345678"),               "input_digest"),  # a value as a digest
    (dict(actor="alice\n2026-01-01 bob redact"),     "actor"),     # forged second line
    (dict(reason="核对举报人电话13812345678"),          "reason"),    # phone in the reason
    (dict(reason="核对举报人电话１３８ １２３４ ５６７８"),   "reason"),    # full-width, spaced
    (dict(reason="核对110101199003074518身份"),        "reason"),    # an ID number
    (dict(reason="联系 li.ming@example.com 核实"),      "reason"),    # an e-mail address
    (dict(reason="ok"),                              "reason"),    # too short to say why
    (dict(time=datetime(2026, 3, 1, 8, 0)),          "time"),      # no time zone
    (dict(extra_field="x"),                          "extra_field"),  # no other fields
]
GOOD_REASONS = [
    "奖励发放核对，审批单 2024-17",       # short numbers (approval ids) are fine
    "Reward payment check, approval A-17",
]
# fmt: on


@pytest.mark.parametrize("over,field", BAD_EVENTS)
def test_bad_events_are_refused_without_echoing_input(over, field):
    with pytest.raises(AuditError) as info:
        event(**over)
    message = str(info.value)
    assert message.startswith("[E050]") and field in message
    for value in over.values():
        if isinstance(value, str) and len(value) > 3:
            assert value not in message
    assert info.value.__cause__ is None and info.value.__suppress_context__


@pytest.mark.parametrize("reason", GOOD_REASONS)
def test_good_reasons_are_kept(reason):
    assert event(action="reveal", reason=reason).reason == reason


def test_digest_is_keyed_when_a_key_is_given():
    text = "13812345678"
    keyed, plain = digest(text, KEY), digest(text)
    assert keyed.startswith("hmac-sha256:") and plain.startswith("sha256:")
    assert keyed != digest(text, SecretKey(bytes(32)))  # another key, another digest
    assert digest(text, KEY) == keyed                   # stable: links runs on one document
    assert text not in keyed + plain


def test_count_findings_per_entity_and_role():
    def f(entity, role, action):
        return Finding(start=0, end=1, entity_type=entity, score=1.0, role=role,
                       action=action, recognizer="t")

    counts, removed = count_findings([f("CN_MOBILE", "reporter", "remove"),
                                      f("CN_MOBILE", "reporter", "remove"),
                                      f("CN_USCC", "subject", "keep")])
    assert counts == {"CN_MOBILE": {"reporter": 2}, "CN_USCC": {"subject": 1}}
    assert removed == {"CN_MOBILE": {"reporter": 2}}


def test_actor_from_argument_environment_then_os_user(monkeypatch):
    import getpass

    monkeypatch.setattr(getpass, "getuser", lambda: "osuser")
    assert resolve_actor() == "osuser"
    monkeypatch.setenv(ACTOR_ENV, "envuser")
    assert resolve_actor() == "envuser"
    assert resolve_actor("arguser") == "arguser"


def test_audit_path_from_argument_environment_then_data_dir(monkeypatch, tmp_path):
    assert default_audit_path() == tmp_path / "xdg" / "jubao-redact" / "audit.sqlite"
    monkeypatch.setenv(AUDIT_DB_ENV, str(tmp_path / "env.sqlite"))
    assert default_audit_path() == tmp_path / "env.sqlite"
    assert default_audit_path(tmp_path / "arg.sqlite") == tmp_path / "arg.sqlite"


def test_append_and_read_back(tmp_path):
    log = AuditLog(tmp_path / "a.sqlite")
    stored = [log.append(event(time=T0 + timedelta(hours=i))) for i in range(3)]
    assert [s.seq for s in stored] == [1, 2, 3]
    assert [s.event for s in log.events()] == [s.event for s in stored]
    assert log.head() == (3, stored[-1].hash)
    assert log.verify().ok and log.verify().head == f"3:{stored[-1].hash}"
    assert (tmp_path / "a.sqlite").stat().st_mode & 0o077 == 0  # not readable by others


def test_events_are_append_only_in_sqlite(tmp_path):
    log = AuditLog(tmp_path / "a.sqlite")
    log.append(event())
    con = sqlite3.connect(tmp_path / "a.sqlite")
    for statement in ("UPDATE events SET body='{}'", "DELETE FROM events"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            con.execute(statement)
    con.close()
    assert log.verify().ok


def test_filters(tmp_path):
    log = AuditLog(tmp_path / "a.sqlite")
    rows = [("alice", "D-1", 0), ("bob", "D-2", 1), ("alice", "D-2", 2), ("carol", None, 3)]
    for actor, doc, day in rows:
        log.append(event(actor=actor, document=doc, time=T0 + timedelta(days=day),
                         input_digest=digest(f"text {day}", KEY)))

    def seqs(**kw):
        return [s.seq for s in log.events(**kw)]

    assert seqs() == [1, 2, 3, 4]
    assert seqs(actor="alice") == [1, 3]
    assert seqs(document="D-2") == [2, 3]
    assert seqs(since=T0 + timedelta(days=1)) == [2, 3, 4]
    assert seqs(until=T0 + timedelta(days=2)) == [1, 2]       # until is exclusive
    assert seqs(actor="alice", since=T0 + timedelta(days=1)) == [3]
    prefix = digest("text 3", KEY).split(":")[1][:10]
    assert seqs(document=prefix) == [4]                       # by a digest prefix
    assert seqs(document=prefix[:4]) == []                    # too short to be a digest
    assert seqs(actor="nobody") == []


def test_reading_a_missing_log_is_an_error_and_creates_nothing(tmp_path):
    path = tmp_path / "absent.sqlite"
    with pytest.raises(AuditError, match="no audit log"):
        AuditLog(path).verify()
    with pytest.raises(AuditError):
        list(AuditLog(path).events())
    assert not path.exists()


def test_unwritable_log_is_an_audit_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(AuditError, match="E050"):
        AuditLog(blocker / "a.sqlite").append(event())


def test_not_an_audit_log(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.close()
    result = AuditLog(path).verify()
    assert not result.ok and result.first_bad == 1


N_PER_PROCESS = 200


def _append_many(path: str, actor: str) -> None:
    log = AuditLog(path)
    for i in range(N_PER_PROCESS):
        log.append(make_event(actor=actor, action="check", policy="publish",
                              counts={"CN_MOBILE": {"unknown": i}}))


def test_two_processes_appending_leave_a_chain_that_verifies(tmp_path):
    path = str(tmp_path / "shared.sqlite")
    ctx = multiprocessing.get_context("spawn")  # fresh interpreters, no shared connection
    workers = [ctx.Process(target=_append_many, args=(path, name)) for name in ("p1", "p2")]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert [w.exitcode for w in workers] == [0, 0]
    result = AuditLog(path).verify()
    assert result.ok, result.reason
    assert result.events == 2 * N_PER_PROCESS
    stored = list(AuditLog(path).events())
    for name in ("p1", "p2"):  # each process's events in its own order, none lost
        mine = [s.event.counts["CN_MOBILE"]["unknown"] for s in stored if s.event.actor == name]
        assert mine == list(range(N_PER_PROCESS))
