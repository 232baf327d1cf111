"""Options that several commands share, defined once (same flags, same help everywhere).

Not a command module: its name starts with an underscore, so the CLI does not look for
``register`` here.
"""

from __future__ import annotations

import typer

ENTITIES_HELP = ("Comma-separated entities to look for (default: all), e.g. "
                 "CN_MOBILE,CN_ID_CARD.")

REPORTER = typer.Option([], "--reporter", help="A value known to be the reporter's.")
SUBJECT = typer.Option([], "--subject", help="A value known to be the reported party's.")
ENTITIES = typer.Option(None, "--entities", help=ENTITIES_HELP)
EXCLUDE = typer.Option([], "--exclude", help="Glob of paths to leave out.")
JOBS = typer.Option(None, "--jobs", "-j", help="Worker processes (default: CPUs).")
