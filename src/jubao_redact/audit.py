"""The audit log: one hash-chained event per analyze / redact / scrub / check / reveal.

Why: the confidentiality rules require every hand-off of a complaint to be traceable
(可倒查、可追溯) and every view of reporter data to be logged. The log is an embedded SQLite
file (no server to run); each event records who, when, which policy, digests of the input
and output, and counts per entity and role. It never records the personal data itself:
the model below has no field that could hold a value, digests are keyed when a key is
configured, and the one free-text field (``reason``) refuses digit runs and e-mail addresses.

How the chain works (see docs/audit.md)::

    hash(n) = SHA-256("jubao-redact audit/1" | log id | n | hash(n-1) | canonical JSON of event n)

Event 1 chains to a genesis value derived from the log's random id. A ``head`` row, updated
in the same transaction as every insert, records the number of events and the last hash, so
deleting the last event is detected too. Appends run inside ``BEGIN IMMEDIATE``: reading the
previous hash and inserting the next event is one atomic step even with several processes.

Limits: anyone who can write the file can recompute the whole chain and head after editing
it (the chain is unkeyed so that an auditor can verify without holding the secret key). Keep
an *anchor* (``seq:hash`` printed by ``audit verify``) somewhere else; ``verify(anchors=…)``
then detects any rewrite or truncation up to that point.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from jubao_redact.errors import AuditError
from jubao_redact.models import ROLES

log = logging.getLogger(__name__)

FORMAT = "jubao-redact audit/1"
AUDIT_DB_ENV = "JUBAO_REDACT_AUDIT_DB"
ACTOR_ENV = "JUBAO_REDACT_ACTOR"
BUSY_TIMEOUT_S = 60.0

Action = Literal["analyze", "redact", "scrub", "check", "reveal"]
Counts = dict[str, dict[str, int]]

_ENTITY = re.compile(r"[A-Z][A-Z0-9_]{0,63}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_DIGEST = re.compile(r"(hmac-sha256|sha256):[0-9a-f]{64}")
# A reason is free text typed by a person: refuse what looks like an identifier in it.
_DIGIT_RUN = re.compile(r"[0-9](?:[ \-]?[0-9]){6,}")  # 7+ digits, maybe spaced: phone, ID, QQ
_AT = re.compile(r"[^\s@]@[^\s@]")  # an e-mail address or an @handle


def _tool_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("jubao-redact")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0+unknown"


def _now() -> datetime:
    return datetime.now(UTC)


class AuditEvent(BaseModel):
    """One audited run. Every field is metadata; none can hold a personal value.

    ``counts`` is ``{entity: {role: n}}`` over all findings, ``removed`` the same over the
    removed ones; for ``reveal`` they count the values restored. Digests are
    ``hmac-sha256:…`` (keyed) or ``sha256:…`` (no key configured; see docs/audit.md).
    """

    model_config = ConfigDict(extra="forbid", frozen=True, hide_input_in_errors=True)

    time: datetime = Field(default_factory=_now)
    actor: str = Field(min_length=1, max_length=128)
    action: Action
    policy: str | None = Field(default=None, max_length=128)
    document: str | None = Field(
        default=None, max_length=200,
        description="The caller's document or case-file id (never a file name by default).")
    case: str | None = Field(default=None, max_length=128)
    input_digest: str | None = None
    output_digest: str | None = None
    key_id: str | None = Field(default=None, pattern=r"^[0-9a-f]{16}$",
                               description="Public fingerprint of the key used for digests.")
    counts: Counts = {}
    removed: Counts = {}
    tool_version: str = Field(default_factory=_tool_version, max_length=64)
    reason: str | None = Field(default=None, max_length=500)

    @field_validator("time")
    @classmethod
    def _utc(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("time must carry a time zone")
        return value.astimezone(UTC)

    @field_validator("actor", "policy", "document", "case", "tool_version")
    @classmethod
    def _one_line(cls, value: str | None) -> str | None:
        if value is not None and (_CONTROL.search(value) or not value.strip()):
            raise ValueError("must be one non-empty line without control characters")
        return value

    @field_validator("input_digest", "output_digest")
    @classmethod
    def _digest(cls, value: str | None) -> str | None:
        if value is not None and not _DIGEST.fullmatch(value):
            raise ValueError("must be 'hmac-sha256:<64 hex>' or 'sha256:<64 hex>'")
        return value

    @field_validator("counts", "removed")
    @classmethod
    def _counts(cls, value: Counts) -> Counts:
        for entity, by_role in value.items():
            if not _ENTITY.fullmatch(entity):
                raise ValueError("count keys must be entity names such as CN_MOBILE")
            for role, n in by_role.items():
                if role not in ROLES or n < 0:
                    raise ValueError(f"count roles must be one of {', '.join(ROLES)}")
        return value

    @field_validator("reason")
    @classmethod
    def _reason(cls, value: str | None) -> str | None:
        if value is None:
            return value
        check_reason(value)
        return value

    def canonical(self) -> str:
        """The exact text that is stored and hashed: sorted keys, no spaces, UTF-8."""
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, sort_keys=True,
                          separators=(",", ":"))


def check_reason(text: str) -> None:
    """Refuse a reason that is empty or looks like it holds personal data.

    A reason is typed by a person and is stored for as long as the log; a phone number, an
    ID number or an e-mail address in it would put reporter data into the audit. The message
    never repeats the text.
    """
    from jubao_redact.normalize import fold_digits

    folded = fold_digits(text)
    if len(text.strip()) < 4 or _CONTROL.search(text):
        raise ValueError("a reason of at least 4 characters on one line is required")
    if _DIGIT_RUN.search(folded) or _AT.search(folded):
        raise ValueError("the reason looks like it contains personal data (a number of 7 or "
                         "more digits or an e-mail/@ address); describe the purpose and the "
                         "approval (e.g. 审批单号) without identifiers")


def make_event(**fields) -> AuditEvent:
    """An :class:`AuditEvent`, raising :class:`AuditError` without echoing any input."""
    try:
        return AuditEvent(**fields)
    except ValidationError as err:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in err.errors()
        )
        raise AuditError(f"invalid audit event ({problems})") from None


def digest(text: str, key=None) -> str:
    """Digest of a text for the audit: keyed (HMAC) with a key, plain SHA-256 without.

    A plain SHA-256 of a short input (a phone number alone) can be confirmed by guessing;
    with a key configured the digest is an HMAC and cannot be. See docs/audit.md.
    """
    data = text.encode("utf-8")
    if key is not None:
        mac = hmac.new(key.derive("audit-digest"), data, hashlib.sha256).hexdigest()
        return "hmac-sha256:" + mac
    return "sha256:" + hashlib.sha256(data).hexdigest()


def count_findings(findings: Iterable) -> tuple[Counts, Counts]:
    """``({entity: {role: n}}`` over all findings, the same over removed ones)."""
    counts: Counts = {}
    removed: Counts = {}
    for f in findings:
        by = counts.setdefault(f.entity_type, {})
        by[f.role] = by.get(f.role, 0) + 1
        if getattr(f, "action", "remove") == "remove":
            by = removed.setdefault(f.entity_type, {})
            by[f.role] = by.get(f.role, 0) + 1
    return counts, removed


def resolve_actor(actor: str | None = None) -> str:
    """Who runs this: the argument, else ``$JUBAO_REDACT_ACTOR``, else the OS user name."""
    if actor:
        return actor
    if os.environ.get(ACTOR_ENV):
        return os.environ[ACTOR_ENV]
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name (some containers): still marked
        return f"uid:{os.getuid()}" if hasattr(os, "getuid") else "unknown"


def data_dir() -> Path:
    """Per-user data directory: ``$XDG_DATA_HOME/jubao-redact`` (``~/.local/share/…``);
    ``%LOCALAPPDATA%\\jubao-redact`` on Windows."""
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "jubao-redact"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "jubao-redact"


def default_audit_path(path: str | Path | None = None) -> Path:
    """The audit database: the argument, else ``$JUBAO_REDACT_AUDIT_DB``, else
    ``<data dir>/audit.sqlite``.

    Not the current directory: a log there would split into one chain per folder and could
    end up inside the very folder that is checked and published.
    """
    if path:
        return Path(path)
    if os.environ.get(AUDIT_DB_ENV):
        return Path(os.environ[AUDIT_DB_ENV])
    return data_dir() / "audit.sqlite"


class StoredEvent(BaseModel):
    """An event as read back from the log, with its place in the chain."""

    model_config = ConfigDict(frozen=True)

    seq: int
    hash: str
    event: AuditEvent


class VerifyResult(BaseModel):
    """Outcome of :meth:`AuditLog.verify`: ``first_bad`` names the first broken event."""

    model_config = ConfigDict(frozen=True)

    ok: bool
    events: int = Field(description="Events read in sequence before the first break (or all).")
    first_bad: int | None = None
    reason: str = ""
    head: str | None = Field(default=None, description="'seq:hash' of the last good event: "
                             "keep it elsewhere as an anchor.")

    def __bool__(self) -> bool:
        return self.ok


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY,
    body TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER IF NOT EXISTS events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
"""


def _genesis(log_id: str) -> str:
    return hashlib.sha256(f"{FORMAT}\x00genesis\x00{log_id}".encode()).hexdigest()


def chain_hash(log_id: str, seq: int, prev_hash: str, body: str) -> str:
    """The hash of event ``seq``: binds the log, the position, the previous hash and the body."""
    data = f"{FORMAT}\x00{log_id}\x00{seq}\x00{prev_hash}\x00".encode() + body.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def parse_anchor(text: str) -> tuple[int, str]:
    """``'412:ab12…'`` → ``(412, 'ab12…')`` (what ``audit verify`` prints as the head)."""
    seq, sep, value = text.strip().partition(":")
    if not sep or not seq.isdigit() or not re.fullmatch(r"[0-9a-f]{64}", value):
        raise AuditError("an anchor is SEQ:HASH as printed by `jubao-redact audit verify`, "
                         "e.g. 412:<64 hex digits>")
    return int(seq), value


class AuditLog:
    """An append-only, hash-chained audit log in one SQLite file.

    >>> log = AuditLog("audit.sqlite")                                  # doctest: +SKIP
    >>> log.append(make_event(actor="alice", action="redact", policy="forward"))  # doctest: +SKIP
    >>> log.verify().ok                                                 # doctest: +SKIP
    True
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = default_audit_path(path)

    def __repr__(self) -> str:
        return f"AuditLog({str(self.path)!r})"

    # -- connections -------------------------------------------------------------------
    def _connect_rw(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            new = not self.path.exists()
            con = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            if new:
                os.chmod(self.path, 0o600)
            con.executescript(_SCHEMA)
            con.execute("BEGIN IMMEDIATE")
            if con.execute("SELECT value FROM meta WHERE name='format'").fetchone() is None:
                con.execute("INSERT INTO meta VALUES ('format', ?)", (FORMAT,))
                con.execute("INSERT INTO meta VALUES ('log_id', ?)", (secrets.token_hex(16),))
            con.execute("COMMIT")
        except (sqlite3.Error, OSError) as err:
            raise AuditError(f"cannot open the audit log {self.path} for writing "
                             f"({err.__class__.__name__}: {err})") from None
        return con

    def _connect_ro(self) -> sqlite3.Connection:
        if not self.path.is_file():
            raise AuditError(f"no audit log at {self.path}; set --db or ${AUDIT_DB_ENV}")
        try:
            uri = self.path.resolve().as_uri() + "?mode=ro"
            return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as err:
            raise AuditError(f"cannot open the audit log {self.path} "
                             f"({err.__class__.__name__})") from None

    # -- writing -----------------------------------------------------------------------
    def append(self, event: AuditEvent) -> StoredEvent:
        """Append one event atomically (``BEGIN IMMEDIATE``) and return it with its hash."""
        if not isinstance(event, AuditEvent):
            raise AuditError("append() takes an AuditEvent (see audit.make_event)")
        body = event.canonical()
        con = self._connect_rw()
        try:
            con.execute("BEGIN IMMEDIATE")  # take the write lock before reading the head
            log_id = con.execute("SELECT value FROM meta WHERE name='log_id'").fetchone()[0]
            row = con.execute("SELECT seq, hash FROM head WHERE id=1").fetchone()
            seq, prev = (row[0] + 1, row[1]) if row else (1, _genesis(log_id))
            new_hash = chain_hash(log_id, seq, prev, body)
            con.execute("INSERT INTO events (seq, body, prev_hash, hash) VALUES (?,?,?,?)",
                        (seq, body, prev, new_hash))
            con.execute("INSERT INTO head (id, seq, hash) VALUES (1, ?, ?) "
                        "ON CONFLICT(id) DO UPDATE SET seq=excluded.seq, hash=excluded.hash",
                        (seq, new_hash))
            con.execute("COMMIT")
        except sqlite3.Error as err:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise AuditError(f"cannot append to the audit log {self.path} "
                             f"({err.__class__.__name__}: {err})") from None
        finally:
            con.close()
        log.debug("audit event %d appended (%s)", seq, event.action)
        return StoredEvent(seq=seq, hash=new_hash, event=event)

    # -- reading -----------------------------------------------------------------------
    def _rows(self, con: sqlite3.Connection) -> Iterator[tuple[int, str, str, str]]:
        yield from con.execute("SELECT seq, body, prev_hash, hash FROM events ORDER BY seq")

    def events(self, *, since: datetime | None = None, until: datetime | None = None,
               actor: str | None = None, document: str | None = None,
               action: str | None = None) -> Iterator[StoredEvent]:
        """Events in order, filtered: ``since <= time < until``, exact actor, and document
        matching the document id, the case, or (a prefix of) an input/output digest."""
        con = self._connect_ro()
        try:
            for seq, body, _prev, hash_ in self._rows(con):
                try:
                    event = AuditEvent.model_validate_json(body)
                except ValidationError:
                    raise AuditError(f"event {seq} is not a valid audit event; "
                                     "run `jubao-redact audit verify`") from None
                if since is not None and event.time < since:
                    continue
                if until is not None and event.time >= until:
                    continue
                if actor is not None and event.actor != actor:
                    continue
                if action is not None and event.action != action:
                    continue
                if document is not None and not _matches_document(event, document):
                    continue
                yield StoredEvent(seq=seq, hash=hash_, event=event)
        except sqlite3.Error as err:
            raise AuditError(f"cannot read the audit log {self.path} "
                             f"({err.__class__.__name__})") from None
        finally:
            con.close()

    def head(self) -> tuple[int, str] | None:
        """``(seq, hash)`` of the last event as recorded, or None for an empty log."""
        con = self._connect_ro()
        try:
            row = con.execute("SELECT seq, hash FROM head WHERE id=1").fetchone()
        except sqlite3.Error as err:
            raise AuditError(f"cannot read the audit log {self.path} "
                             f"({err.__class__.__name__})") from None
        finally:
            con.close()
        return (row[0], row[1]) if row else None

    # -- verifying ---------------------------------------------------------------------
    def verify(self, anchors: Iterable[tuple[int, str]] = ()) -> VerifyResult:
        """Walk the chain from event 1 and name the first event that breaks it.

        Detects an edited event (its hash no longer matches), a deleted one (a gap in the
        sequence, or fewer events than the head records), a reordered or inserted one (it
        no longer follows the one before it), and, given anchors (``seq, hash`` kept
        elsewhere), a chain rewritten or truncated up to an anchor.
        """
        con = self._connect_ro()
        try:
            return self._verify(con, dict(anchors))
        except sqlite3.Error as err:
            return VerifyResult(ok=False, events=0, first_bad=1,
                                reason=f"the database cannot be read ({err.__class__.__name__})")
        finally:
            con.close()

    def _verify(self, con: sqlite3.Connection, anchors: dict[int, str]) -> VerifyResult:
        meta = dict(con.execute("SELECT name, value FROM meta"))
        if meta.get("format") != FORMAT or not meta.get("log_id"):
            return VerifyResult(ok=False, events=0, first_bad=1,
                                reason="not a jubao-redact audit log (meta table altered)")
        log_id = meta["log_id"]
        prev = _genesis(log_id)
        expected = 1
        last_good: str | None = None

        def broken(seq: int, why: str) -> VerifyResult:
            return VerifyResult(ok=False, events=expected - 1, first_bad=seq, reason=why,
                                head=last_good)

        for seq, body, prev_hash, hash_ in self._rows(con):
            if seq != expected:
                return broken(expected, f"event {expected} is missing: the log jumps from "
                                        f"event {expected - 1} to event {seq}")
            if chain_hash(log_id, seq, prev_hash, body) != hash_:
                return broken(seq, f"event {seq} was edited or moved: its contents do "
                                   "not match its hash")
            if prev_hash != prev:
                return broken(seq, f"event {seq} does not follow event {seq - 1}: an event "
                                   "was inserted, deleted or reordered at this point")
            try:
                AuditEvent.model_validate_json(body)
            except ValidationError:
                return broken(seq, f"event {seq} is not a valid audit event")
            if seq in anchors and anchors[seq] != hash_:
                return broken(seq, f"event {seq} does not match the anchor kept for it: the "
                                   "chain was rewritten from here or before")
            prev = hash_
            last_good = f"{seq}:{hash_}"
            expected += 1
        count = expected - 1
        head = con.execute("SELECT seq, hash FROM head WHERE id=1").fetchone()
        if head is None and count:
            return broken(count, f"the chain head is missing (it must record event {count})")
        if head is not None:
            head_seq, head_hash = head
            if head_seq > count:
                return broken(count + 1, f"event {count + 1} is missing: the log ends at "
                                         f"event {count} but its head records {head_seq} events")
            if head_seq < count:
                return broken(head_seq + 1, f"event {head_seq + 1} was added behind the "
                                            f"head, which records {head_seq} events")
            if head_hash != prev:
                return broken(count, f"event {count} does not match the chain head")
        for seq in sorted(anchors):
            if seq > count:
                return broken(count + 1, f"event {count + 1} is missing: an anchor was kept "
                                         f"for event {seq} but the log ends at event {count}")
        return VerifyResult(ok=True, events=count, head=last_good)


def _matches_document(event: AuditEvent, wanted: str) -> bool:
    if wanted in (event.document, event.case):
        return True
    bare = wanted.split(":", 1)[-1].lower()
    if len(bare) < 8 or not re.fullmatch(r"[0-9a-f]+", bare):
        return False
    return any(d and d.split(":", 1)[1].startswith(bare)
               for d in (event.input_digest, event.output_digest))
