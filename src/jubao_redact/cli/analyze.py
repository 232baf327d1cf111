"""``jubao-redact redact``: redact one text from a file or standard input (for quick use)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from jubao_redact.cli._options import REPORTER, SUBJECT
from jubao_redact.cli._audit_opts import ACTOR, AUDIT_DB, NO_AUDIT, open_log
from jubao_redact.errors import InputError, JubaoRedactError


def register(app: typer.Typer) -> None:
    @app.command("redact")
    def redact_command(
        path: Path = typer.Argument(None, help="UTF-8 text file; standard input if omitted."),
        policy: str = typer.Option("discuss", "--policy", "-p",
                                   help="forward, publish, discuss, reward, census, or a YAML path."),
        reporter: list[str] = REPORTER,
        subject: list[str] = SUBJECT,
        case: str = typer.Option(None, "--case", help="Case id: pseudonyms continue the case's "
                                 "encrypted vault (needs a key), so `reveal` can restore them."),
        vault_dir: Path = typer.Option(None, "--vault", help="Vault folder (default: "
                                       "$JUBAO_REDACT_VAULT_DIR, else the user data dir)."),
        audit_db: Path = AUDIT_DB,
        no_audit: bool = NO_AUDIT,
        actor: str = ACTOR,
    ) -> None:
        """Print the redacted text (one audit event per run).

        Example: echo "我叫李明，电话13812345678" | jubao-redact redact --policy forward

        Example: jubao-redact redact letter.txt --policy reward --case 2024-0012
        """
        from jubao_redact import Redactor
        from jubao_redact.cli import fail

        try:
            raw = sys.stdin.buffer.read() if path is None else path.read_bytes()
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise fail(InputError("input is not UTF-8 text; use `scrub` for other encodings"))
        except OSError as err:
            raise fail(InputError(f"cannot read input ({err.__class__.__name__})"))
        try:
            redactor = Redactor(policy, reporter=reporter, subject=subject)
            log = open_log(audit_db, no_audit)
            vault = None
            if case:
                from jubao_redact.vault import Vault

                vault = Vault(vault_dir)
            if log is None and vault is None:
                result = redactor.redact(text)
            elif log is None:
                with vault.open_case(case) as book:
                    result = redactor.redact(text, book=book)
            else:
                from jubao_redact.api_audit import audited_redact

                result = audited_redact(redactor, text, log=log, actor=actor, vault=vault,
                                        case=case)
        except JubaoRedactError as err:
            raise fail(err)
        sys.stdout.write(result.text)
