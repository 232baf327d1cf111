"""The ``jubao-redact`` command line: a thin layer over the library.

Each module in this package adds its commands through a ``register(app)`` function and is
discovered at start-up, so adding a command is adding a module. Commands call one library
function each; only here are exceptions turned into messages and exit codes:
0 clean / done, 1 findings (``check``), 2 error (bad input, unreadable file, bad config).
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import typer

from jubao_redact.errors import JubaoRedactError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2

app = typer.Typer(
    name="jubao-redact",
    help="Remove the reporter's identity from Chinese environmental complaints.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """Remove the reporter's identity from Chinese environmental complaints.

    Example: jubao-redact check notices/ --policy publish
    """


def fail(err: Exception) -> "typer.Exit":
    """Print a library error (never personal data: messages hold none) and exit 2."""
    typer.echo(f"jubao-redact: {err}", err=True)
    return typer.Exit(EXIT_ERROR)


def _register_commands() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app)


_register_commands()


def _is_click_usage_error(err: Exception) -> bool:
    classes = []
    try:
        from typer._click.exceptions import ClickException as vendored

        classes.append(vendored)
    except ImportError:  # older typer uses click itself
        pass
    try:
        from click.exceptions import ClickException

        classes.append(ClickException)
    except ImportError:
        pass
    return isinstance(err, tuple(classes))


def main(argv: list[str] | None = None) -> int:
    """Console entry point; returns the exit code."""
    try:
        code = app(args=argv, standalone_mode=False)
    except typer.Exit as done:
        return done.exit_code
    except JubaoRedactError as err:
        typer.echo(f"jubao-redact: {err}", err=True)
        return EXIT_ERROR
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("jubao-redact: aborted", err=True)
        return EXIT_ERROR
    except Exception as err:  # usage errors: typer vendors its own click, so match both
        if _is_click_usage_error(err):
            err.show()
            return EXIT_ERROR
        raise
    return code if isinstance(code, int) else EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
