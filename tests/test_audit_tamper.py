"""Tampering with a copy of the audit database: every edit, deletion, reordering and insertion
is detected, and ``audit verify`` names the first broken event and exits 1."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from jubao_redact.audit import AuditLog, chain_hash, make_event
from jubao_redact.cli import main

N = 10
T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _isolated(isolated_env):
    """Every test here runs without the caller's key, audit db or vault."""


@pytest.fixture(scope="module")
def original(tmp_path_factory):
    path = tmp_path_factory.mktemp("audit") / "audit.sqlite"
    log = AuditLog(path)
    for i in range(N):
        log.append(make_event(actor=f"staff{i % 3}", action="redact", policy="forward",
                              time=T0 + timedelta(minutes=i),
                              removed={"CN_MOBILE": {"reporter": i + 1}}))
    return path


# -- tampering helpers: an attacker with the file, who also drops the append-only triggers --
def forge(body):
    """The same event with another actor (and so a different body)."""
    assert '"actor":"staff' in body
    return body.replace('"actor":"staff', '"actor":"intruder')


def rows(con):
    return {seq: (body, prev, h) for seq, body, prev, h in
            con.execute("SELECT seq, body, prev_hash, hash FROM events ORDER BY seq")}


def log_id(con):
    return con.execute("SELECT value FROM meta WHERE name='log_id'").fetchone()[0]


def put(con, seq, body, prev, h):
    con.execute("INSERT OR REPLACE INTO events VALUES (?,?,?,?)", (seq, body, prev, h))


def edit_body(con):
    body, prev, h = rows(con)[5]
    put(con, 5, forge(body), prev, h)


def edit_body_and_rehash(con):
    body, prev, _ = rows(con)[5]
    body = forge(body)
    put(con, 5, body, prev, chain_hash(log_id(con), 5, prev, body))


def edit_counts(con):
    body, prev, h = rows(con)[3]
    edited = body.replace('"reporter":3', '"reporter":0')
    assert edited != body  # the edit took place
    put(con, 3, edited, prev, h)


def delete_middle(con):
    con.execute("DELETE FROM events WHERE seq=4")


def delete_first(con):
    con.execute("DELETE FROM events WHERE seq=1")


def delete_last(con):
    con.execute(f"DELETE FROM events WHERE seq={N}")


def delete_middle_and_renumber(con):
    r = rows(con)
    con.execute("DELETE FROM events")
    kept = [r[s] for s in sorted(r) if s != 4]
    for seq, (body, prev, h) in enumerate(kept, start=1):
        put(con, seq, body, prev, h)
    con.execute("UPDATE head SET seq=?, hash=?", (len(kept), kept[-1][2]))


def swap_rows(con):  # reorder: event 6's row moved to place 7 and back
    r = rows(con)
    put(con, 6, *r[7])
    put(con, 7, *r[6])


def swap_bodies(con):  # reorder the contents only, keep the chain columns
    r = rows(con)
    put(con, 6, r[7][0], r[6][1], r[6][2])
    put(con, 7, r[6][0], r[7][1], r[7][2])


def insert_naive(con):  # shift 6.. up and insert a made-up row with a random hash
    r = rows(con)
    for seq in sorted(r, reverse=True):
        if seq >= 6:
            con.execute("DELETE FROM events WHERE seq=?", (seq,))
            put(con, seq + 1, *r[seq])
    put(con, 6, r[5][0], r[5][2], "0" * 64)
    con.execute("UPDATE head SET seq=?", (N + 1,))


def insert_chained(con):  # same, but the forged row chains correctly to event 5
    r = rows(con)
    for seq in sorted(r, reverse=True):
        if seq >= 6:
            con.execute("DELETE FROM events WHERE seq=?", (seq,))
            put(con, seq + 1, *r[seq])
    body = forge(r[5][0])
    put(con, 6, body, r[5][2], chain_hash(log_id(con), 6, r[5][2], body))
    con.execute("UPDATE head SET seq=?", (N + 1,))


def append_behind_head(con):  # a chained event added at the end without touching the head
    r = rows(con)
    body = r[N][0]
    put(con, N + 1, body, r[N][2], chain_hash(log_id(con), N + 1, r[N][2], body))


def append_and_move_head(con):  # as above and the head moved too: a valid, longer log
    append_behind_head(con)
    h = rows(con)[N + 1][2]
    con.execute("UPDATE head SET seq=?, hash=?", (N + 1, h))


def truncate_and_move_head(con):  # the smart truncation: delete the last, fix the head
    prev = rows(con)[N - 1][2]
    con.execute(f"DELETE FROM events WHERE seq={N}")
    con.execute("UPDATE head SET seq=?, hash=?", (N - 1, prev))


def drop_head(con):
    con.execute("DELETE FROM head")


def edit_head_hash(con):
    con.execute("UPDATE head SET hash=?", ("f" * 64,))


def change_log_id(con):  # transplanting the events into another log
    con.execute("UPDATE meta SET value=? WHERE name='log_id'", ("0" * 32,))


def garbage_body(con):
    _, prev, _ = rows(con)[2]
    body = '{"not":"an event"}'
    put(con, 2, body, prev, chain_hash(log_id(con), 2, prev, body))


# fmt: off
TAMPER = [  # (how, first broken event the verifier must name)
    (edit_body,                  5),      # the hash of 5 no longer matches
    (edit_body_and_rehash,       6),      # 5 re-hashed: 6 no longer follows 5
    (edit_counts,                3),      # a count lowered
    (delete_middle,              4),      # a gap: 4 is missing
    (delete_first,               1),
    (delete_last,                N),      # truncation: the head still records N events
    (delete_middle_and_renumber, 4),      # renumbered: old 5 (now 4) does not follow 3
    (swap_rows,                  6),
    (swap_bodies,                6),
    (insert_naive,               6),
    (insert_chained,             7),      # the forged 6 chains; 7 (old 6) does not follow it
    (append_behind_head,         N + 1),  # the head records N events
    (drop_head,                  N),
    (edit_head_hash,             N),
    (change_log_id,              1),      # event 1 no longer chains to this log's genesis
    (garbage_body,               2),      # chains, but is not an event
]
# fmt: on


def tampered_copy(original, tmp_path, how):
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(original, copy)
    con = sqlite3.connect(copy, isolation_level=None)
    con.execute("DROP TRIGGER events_no_update")
    con.execute("DROP TRIGGER events_no_delete")
    how(con)
    con.close()
    return copy


def test_untouched_log_verifies(original, capsys):
    assert AuditLog(original).verify().ok
    assert main(["audit", "verify", "--db", str(original)]) == 0
    assert f"{N} events" in capsys.readouterr().out


@pytest.mark.parametrize("how,first_bad", TAMPER, ids=[t[0].__name__ for t in TAMPER])
def test_tampering_is_detected_and_named(original, tmp_path, capsys, how, first_bad):
    copy = tampered_copy(original, tmp_path, how)
    result = AuditLog(copy).verify()
    assert not result.ok
    assert result.first_bad == first_bad, result.reason
    assert f"event {first_bad}" in result.reason
    assert main(["audit", "verify", "--db", str(copy)]) == 1
    err = capsys.readouterr().err
    assert f"BROKEN at event {first_bad}:" in err


def test_limit_without_anchor_a_consistent_rewrite_verifies(original, tmp_path):
    # Documented limit (docs/audit.md): whoever can write the file can drop the last event
    # and move the head back, or append a well-formed event. Only an anchor kept elsewhere
    # shows it; this test pins the limit so that a change to it is noticed.
    for how in (truncate_and_move_head, append_and_move_head):
        assert AuditLog(tampered_copy(original, tmp_path, how)).verify().ok


def test_anchor_detects_truncation(original, tmp_path, capsys):
    anchor = AuditLog(original).verify().head  # "N:hash", kept outside the database
    assert anchor.startswith(f"{N}:")
    copy = tampered_copy(original, tmp_path, truncate_and_move_head)
    assert main(["audit", "verify", "--db", str(copy), "--anchor", anchor]) == 1
    assert f"BROKEN at event {N}:" in capsys.readouterr().err
    assert main(["audit", "verify", "--db", str(original), "--anchor", anchor]) == 0


def test_anchor_detects_a_rewritten_chain(original, tmp_path):
    anchors = [(int(s), h) for s, h in [AuditLog(original).verify().head.split(":")]]
    copy = tampered_copy(original, tmp_path, edit_body)
    con = sqlite3.connect(copy, isolation_level=None)  # recompute the whole chain from 5 on
    lid, r = log_id(con), rows(con)
    prev = r[4][2]
    for seq in range(5, N + 1):
        h = chain_hash(lid, seq, prev, r[seq][0])
        put(con, seq, r[seq][0], prev, h)
        prev = h
    con.execute("UPDATE head SET hash=?", (prev,))
    con.close()
    assert AuditLog(copy).verify().ok  # consistent: no anchor, no way to tell
    result = AuditLog(copy).verify(anchors)
    assert not result.ok and result.first_bad == N


# fmt: off
BAD_ANCHORS = [
    "10",                 # no hash
    "ten:" + "a" * 64,    # no number
    "10:" + "a" * 63,     # short hash
]
# fmt: on


@pytest.mark.parametrize("anchor", BAD_ANCHORS)
def test_malformed_anchor_is_an_error(original, anchor):
    assert main(["audit", "verify", "--db", str(original), "--anchor", anchor]) == 2


def test_missing_database_is_an_error_not_a_pass(tmp_path):
    assert main(["audit", "verify", "--db", str(tmp_path / "absent.sqlite")]) == 2


def test_not_sqlite_is_a_failure(tmp_path):
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    assert main(["audit", "verify", "--db", str(path)]) in (1, 2)
