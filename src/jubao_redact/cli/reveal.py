"""``jubao-redact reveal``: restore a case's pseudonyms for an authorised actor with the key.

A reason is required and the audit event (actor, case, document digest, count of restored
values, reason; never the values) is written before anything is shown: no event, no reveal.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from jubao_redact.errors import InputError, JubaoRedactError


def register(app: typer.Typer) -> None:
    @app.command("reveal")
    def reveal_command(
        path: Path = typer.Argument(..., help="UTF-8 text with pseudonyms (e.g. a reward "
                                    "notice); - for standard input."),
        case: str = typer.Option(..., "--case", help="Case id whose vault holds the mapping."),
        reason: str = typer.Option(None, "--reason", help="Required. Why (purpose, approval "
                                   "number); stored in the audit log, so no names or numbers "
                                   "of people."),
        actor: str = typer.Option(None, "--actor", help="Who reveals; default "
                                  "$JUBAO_REDACT_ACTOR, else the OS user name."),
        document: str = typer.Option(None, "--document", help="Document id for the audit "
                                     "(default: the keyed digest of the input)."),
        vault_dir: Path = typer.Option(None, "--vault", help="Vault directory; default "
                                       "$JUBAO_REDACT_VAULT_DIR, else ~/.local/share/jubao-redact/vault."),
        db: Path = typer.Option(None, "--db", help="Audit database; default "
                                "$JUBAO_REDACT_AUDIT_DB."),
        output: Path = typer.Option(None, "--output", "-o", help="Write the restored text "
                                    "here instead of standard output."),
    ) -> None:
        """Restore originals for pseudonyms of a case; always writes an audit event.

        The key comes from $JUBAO_REDACT_KEY or $JUBAO_REDACT_KEY_FILE.

        Example: jubao-redact reveal --case 2024-豫环举-0012 --reason "奖励发放核对 审批单2024-17" notice.txt
        """
        from jubao_redact.api_audit import audited_reveal
        from jubao_redact.audit import AuditLog
        from jubao_redact.cli import fail
        from jubao_redact.vault import Vault

        if reason is None:
            raise fail(InputError('a reason is required: --reason "purpose and approval '
                                  'number"; it is stored in the audit log'))
        try:
            raw = sys.stdin.buffer.read() if str(path) == "-" else path.read_bytes()
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise fail(InputError("input is not UTF-8 text"))
        except OSError as err:
            raise fail(InputError(f"cannot read {path} ({err.__class__.__name__})"))
        try:
            revealed = audited_reveal(Vault(vault_dir), case, text, reason=reason,
                                      log=AuditLog(db), actor=actor, document=document)
        except JubaoRedactError as err:
            raise fail(err)
        if output is None:
            sys.stdout.write(revealed.text)
            sys.stdout.flush()
        else:
            try:
                output.write_text(revealed.text, encoding="utf-8")
            except OSError as err:
                raise fail(InputError(f"cannot write {output} ({err.__class__.__name__})"))
        typer.echo(f"revealed {revealed.count} values of case {case}; audit event written",
                   err=True)
