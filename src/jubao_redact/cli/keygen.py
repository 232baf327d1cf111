"""``jubao-redact keygen``: make a new random 32-byte key (base64) for hashing and the vault."""

from __future__ import annotations

import os
from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command("keygen")
    def keygen_command(
        out: Path = typer.Option(None, "--out", help="Write the key to this new file "
                                 "(mode 600; an existing file is never overwritten) instead "
                                 "of printing it."),
    ) -> None:
        """Print a new secret key (base64). Keep it out of logs and repositories.

        Example: jubao-redact keygen --out ~/.config/jubao-redact/key && export JUBAO_REDACT_KEY_FILE=~/.config/jubao-redact/key
        """
        from jubao_redact.cli import fail
        from jubao_redact.errors import KeyRequiredError
        from jubao_redact.keys import generate_key_text

        text = generate_key_text()
        if out is None:
            typer.echo(text)
            return
        try:
            fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise fail(KeyRequiredError(f"{out} exists; keygen never overwrites a key file"))
        except OSError as err:
            raise fail(KeyRequiredError(f"cannot create {out} ({err.__class__.__name__})"))
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(text + "\n")
        typer.echo(f"wrote a new key to {out}; set JUBAO_REDACT_KEY_FILE={out}", err=True)
