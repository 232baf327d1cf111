"""Audit options shared by the commands that process complaints (redact, check, scrub).

Every run appends its events to the audit log by default (the rules ask that every
hand-off be traceable); ``--no-audit`` is for throwaway runs. Not a command module: its
name starts with an underscore, so the CLI does not look for ``register`` here.
"""

from __future__ import annotations

from pathlib import Path

import typer

AUDIT_DB = typer.Option(None, "--audit-db",
                        help="Audit log (default: $JUBAO_REDACT_AUDIT_DB, else the user data dir).")
NO_AUDIT = typer.Option(False, "--no-audit", help="Do not append events to the audit log.")
ACTOR = typer.Option(None, "--actor", help="Who runs this (default: $JUBAO_REDACT_ACTOR, else the OS user).")


def open_log(audit_db: Path | None, no_audit: bool):
    """The audit log to append to, or None with --no-audit."""
    if no_audit:
        return None
    from jubao_redact.audit import AuditLog, default_audit_path

    return AuditLog(default_audit_path(audit_db))


def record_run(report, action: str, audit_db: Path | None, no_audit: bool,
               actor: str | None) -> None:
    """One audit event per processed file of a check/scrub report."""
    log = open_log(audit_db, no_audit)
    if log is not None:
        from jubao_redact.api_audit import record_files

        record_files(log, action, report, actor=actor)
