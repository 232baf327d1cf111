"""Library helpers that run an operation and append its audit event: what the CLI calls.

Why a separate module: the audit must be one call for every entry point (CLI commands,
platforms importing the library), and the event must be built the same way everywhere, from
findings and digests only, so no caller can put a value into it by accident.

    >>> log = AuditLog()                                                  # doctest: +SKIP
    >>> result = audited_redact(Redactor("forward"), text, log=log, document="2024-0012")
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from jubao_redact.audit import (
    Action,
    AuditLog,
    StoredEvent,
    count_findings,
    digest,
    make_event,
    resolve_actor,
)
from jubao_redact.errors import AuditError
from jubao_redact.keys import KEY_ENV, KEY_FILE_ENV, SecretKey, load_key
from jubao_redact.models import Finding, RedactResult
from jubao_redact.operators import PseudonymBook
from jubao_redact.vault import Revealed, Vault, reveal_text


def _digest_key(key: SecretKey | None) -> SecretKey | None:
    """The key for audit digests: the one given, else the configured one, else none."""
    if key is not None:
        return key
    if not (os.environ.get(KEY_ENV) or os.environ.get(KEY_FILE_ENV)):
        return None  # no key configured: plain SHA-256 digests (see docs/audit.md)
    return load_key()  # a key is configured but unusable: an error, never a silent downgrade


def record(log: AuditLog, action: Action, *, findings: Iterable[Finding] = (),
           policy: str | None = None, input_text: str | None = None,
           output_text: str | None = None, actor: str | None = None,
           document: str | None = None, case: str | None = None,
           key: SecretKey | None = None, reason: str | None = None) -> StoredEvent:
    """Append the event of one run: digests of the texts, counts of the findings.

    For ``scrub`` and ``check`` call it once per document (``input_text`` the extracted
    text, ``output_text`` the scrubbed text if any).
    """
    key = _digest_key(key)
    counts, removed = count_findings(findings)
    event = make_event(
        actor=resolve_actor(actor), action=action, policy=policy, document=document, case=case,
        input_digest=digest(input_text, key) if input_text is not None else None,
        output_digest=digest(output_text, key) if output_text is not None else None,
        key_id=key.fingerprint() if key is not None else None,
        counts=counts, removed=removed, reason=reason,
    )
    return log.append(event)


def audited_analyze(redactor, text: str, *, log: AuditLog, actor: str | None = None,
                    document: str | None = None) -> list[Finding]:
    """``redactor.analyze(text)``, then its audit event."""
    findings = redactor.analyze(text)
    record(log, "analyze", findings=findings, policy=redactor.policy.name, input_text=text,
           actor=actor, document=document, key=redactor.key)
    return findings


def audited_redact(redactor, text: str, *, log: AuditLog, actor: str | None = None,
                   document: str | None = None, book: PseudonymBook | None = None,
                   vault: Vault | None = None, case: str | None = None) -> RedactResult:
    """``redactor.redact(text)``, then its audit event.

    With ``vault`` and ``case``, pseudonyms continue the case's vault and new ones are
    stored in it (encrypted) before the event is written.
    """
    if vault is not None:
        if not case:
            raise AuditError("a vault needs a case id (case=...)")
        with vault.open_case(case) as vault_book:
            result = redactor.redact(text, book=vault_book)
    else:
        result = redactor.redact(text, book=book)
    record(log, "redact", findings=result.findings, policy=result.policy, input_text=text,
           output_text=result.text, actor=actor, document=document, case=case,
           key=redactor.key)
    return result


def audited_reveal(vault: Vault, case: str, text: str, *, reason: str, log: AuditLog,
                   actor: str | None = None, document: str | None = None) -> Revealed:
    """Restore a case's pseudonyms in ``text``; the audit event is written first.

    The reveal happens only if its event (who, which case, which document, how many
    values, why) is in the log: if the log cannot be written, nothing is revealed. The
    reason must not itself contain the case's originals or identifiers.
    """
    mapping = vault.read(case)  # wrong key → DecryptionError before anything is logged
    if any(v and v in reason for entry in mapping.forms.values() for v in entry["values"]):
        raise AuditError("the reason contains a value from the case's vault; describe the "
                         "purpose and the approval without naming anyone")
    revealed = reveal_text(mapping, text)
    counts = revealed.counts
    event = make_event(
        actor=resolve_actor(actor), action="reveal", case=case, document=document,
        input_digest=digest(text, vault.key), key_id=vault.key.fingerprint(),
        counts=counts, removed=counts, reason=reason,
    )
    log.append(event)
    return revealed


def file_digest(path, key: SecretKey | None = None) -> str | None:
    """Digest of a file's bytes, in the same form as :func:`jubao_redact.audit.digest`."""
    import hashlib
    import hmac
    from pathlib import Path

    try:
        data = Path(path).read_bytes()
    except OSError:
        return None  # an unreadable file is already an error in the run's report
    if key is not None:
        return "hmac-sha256:" + hmac.new(key.derive("audit-digest"), data, hashlib.sha256).hexdigest()
    return "sha256:" + hashlib.sha256(data).hexdigest()


def record_files(log: AuditLog, action: Action, report, *, actor: str | None = None,
                 case: str | None = None) -> int:
    """One event per file of a ``check``/``scrub`` report: file digests and finding counts.

    The file's name is not stored (names of complaint files often carry the reporter's
    name); ``audit show --document <digest prefix>`` finds a file's events by its digest.
    """
    key = _digest_key(None)
    written = 0
    for f in report.files:
        if f.status == "error":
            continue
        counts, removed = count_findings(f.findings)
        event = make_event(
            actor=resolve_actor(actor), action=action, policy=report.policy, case=case,
            input_digest=file_digest(f.path, key),
            output_digest=file_digest(f.output, key) if getattr(f, "output", None) else None,
            key_id=key.fingerprint() if key is not None else None,
            counts=counts, removed=removed,
        )
        log.append(event)
        written += 1
    return written
