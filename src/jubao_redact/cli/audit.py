"""``jubao-redact audit verify|show``: check the audit chain and read its events.

Exit codes of ``audit verify``: 0 the chain verifies, 1 it does not (the first broken event
is named), 2 the log cannot be read at all (missing file, not SQLite, bad option).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import typer

from jubao_redact.errors import AuditError

_DB_HELP = "Audit database; default $JUBAO_REDACT_AUDIT_DB, else ~/.local/share/jubao-redact/audit.sqlite."


def parse_time(text: str | None, *, end: bool = False) -> datetime | None:
    """ISO date or date-time; a bare date means its whole day (UTC); naive times are UTC."""
    if text is None:
        return None
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            moment = datetime.combine(day, time(0), tzinfo=UTC)
            return moment + timedelta(days=1) if end else moment
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise AuditError(f"cannot read the time {text!r}; use 2026-01-31 or "
                         "2026-01-31T08:00:00+08:00") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _format_counts(counts: dict[str, dict[str, int]]) -> str:
    parts = [f"{entity}/{role}={n}" for entity, by in sorted(counts.items())
             for role, n in sorted(by.items())]
    return " ".join(parts) if parts else "-"


def register(app: typer.Typer) -> None:
    group = typer.Typer(no_args_is_help=True)
    app.add_typer(group, name="audit")

    @group.callback()
    def _audit() -> None:
        """Verify and read the hash-chained audit log.

        Example: jubao-redact audit verify --db /srv/jubao/audit.sqlite
        """

    @group.command("verify")
    def verify_command(
        db: Path = typer.Option(None, "--db", help=_DB_HELP),
        anchor: list[str] = typer.Option(
            [], "--anchor", help="SEQ:HASH printed by an earlier verify and kept elsewhere; "
            "detects a rewritten or truncated log. Repeatable."),
    ) -> None:
        """Check the hash chain; name the first edited, deleted, reordered or inserted event.

        Exit 0 verified, 1 broken, 2 unreadable.

        Example: jubao-redact audit verify --db audit.sqlite --anchor 412:9f2c…
        """
        from jubao_redact.audit import AuditLog, parse_anchor
        from jubao_redact.cli import EXIT_FINDINGS, fail

        try:
            anchors = [parse_anchor(a) for a in anchor]
            result = AuditLog(db).verify(anchors)
        except AuditError as err:
            raise fail(err)
        if result.ok:
            typer.echo(f"audit log verifies: {result.events} events; head {result.head or '-'}")
            return
        typer.echo(f"audit log BROKEN at event {result.first_bad}: {result.reason}", err=True)
        typer.echo(f"events 1..{result.events} verify; last good {result.head or '-'}",
                   err=True)
        raise typer.Exit(EXIT_FINDINGS)

    @group.command("show")
    def show_command(
        db: Path = typer.Option(None, "--db", help=_DB_HELP),
        since: str = typer.Option(None, "--since", help="From this date/time (UTC if no zone)."),
        until: str = typer.Option(None, "--until", help="Up to this date/time; a date "
                                  "includes its whole day."),
        actor: str = typer.Option(None, "--actor", help="Only events by this actor."),
        document: str = typer.Option(None, "--document", help="Only this document id, case "
                                     "id, or digest (8+ hex digits of it)."),
        output_format: str = typer.Option("text", "--format", help="text, or json (one "
                                          "object per line)."),
    ) -> None:
        """List audit events (never personal data: the log holds none).

        Example: jubao-redact audit show --since 2026-01-01 --actor wangfang --format json
        """
        from jubao_redact.audit import AuditLog
        from jubao_redact.cli import fail

        if output_format not in ("text", "json"):
            raise fail(AuditError(f"unknown format {output_format!r}; known: text, json"))
        try:
            events = AuditLog(db).events(since=parse_time(since),
                                         until=parse_time(until, end=True),
                                         actor=actor, document=document)
            for stored in events:
                e = stored.event
                if output_format == "json":
                    row = {"seq": stored.seq, "hash": stored.hash, **e.model_dump(mode="json")}
                    typer.echo(json.dumps(row, ensure_ascii=False, sort_keys=True))
                    continue
                line = (f"#{stored.seq} {e.time.isoformat(timespec='seconds')} {e.actor} "
                        f"{e.action}")
                for name in ("policy", "case", "document"):
                    if getattr(e, name):
                        line += f" {name}={getattr(e, name)}"
                if e.input_digest:
                    line += f" in={e.input_digest.split(':')[1][:12]}"
                if e.output_digest:
                    line += f" out={e.output_digest.split(':')[1][:12]}"
                line += f" removed: {_format_counts(e.removed)}"
                if e.reason:
                    line += f" reason={e.reason!r}"
                typer.echo(line)
        except AuditError as err:
            raise fail(err)
