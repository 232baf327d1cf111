"""``jubao-redact redact``: redact one text from a file or standard input (for quick use)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from jubao_redact.errors import InputError, JubaoRedactError


def register(app: typer.Typer) -> None:
    @app.command("redact")
    def redact_command(
        path: Path = typer.Argument(None, help="UTF-8 text file; standard input if omitted."),
        policy: str = typer.Option("discuss", "--policy", "-p",
                                   help="forward, publish, discuss, reward, census, or a YAML path."),
        reporter: list[str] = typer.Option([], "--reporter", help="A value known to be the reporter's."),
        subject: list[str] = typer.Option([], "--subject", help="A value known to be the reported party's."),
    ) -> None:
        """Print the redacted text.

        Example: echo "我叫李明，电话13812345678" | jubao-redact redact --policy forward
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
            result = Redactor(policy, reporter=reporter, subject=subject).redact(text)
        except JubaoRedactError as err:
            raise fail(err)
        sys.stdout.write(result.text)
