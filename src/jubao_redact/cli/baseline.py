"""``jubao-redact baseline``: accept the current findings so that ``check`` reports new ones."""

from __future__ import annotations

from pathlib import Path

import typer

from jubao_redact.cli._options import ENTITIES, EXCLUDE, JOBS, REPORTER, SUBJECT

from jubao_redact.cli.check import (
    POLICY_HELP,
    parse_entities,
    print_errors,
    progress_bar,
)

DEFAULT_BASELINE = Path(".jubao-redact-baseline.json")


def register(app: typer.Typer) -> None:
    @app.command("baseline")
    def baseline_command(
        paths: list[Path] = typer.Argument(..., help="Files and folders to baseline."),
        baseline: Path = typer.Option(DEFAULT_BASELINE, "--baseline", "-b",
                                      help="Baseline file to create or update."),
        policy: str = typer.Option("forward", "--policy", "-p", help=POLICY_HELP),
        reporter: list[str] = REPORTER,
        subject: list[str] = SUBJECT,
        entities: str = ENTITIES,
        exclude: list[str] = EXCLUDE,
        jobs: int = JOBS,
    ) -> None:
        """Create or update a baseline of accepted findings (keyed hashes, never values).

        With JUBAO_REDACT_KEY set the hashes are HMAC with that key (preferred); without
        it, a random salt stored in the file and a slow hash are used. Entries for findings
        that are gone are dropped. Files that cannot be read are errors (exit 2).

        Example: jubao-redact baseline docs/ --policy publish --baseline .jubao-redact-baseline.json
        """
        from jubao_redact.cli import EXIT_ERROR, fail
        from jubao_redact.documents import make_baseline
        from jubao_redact.errors import JubaoRedactError

        try:
            with progress_bar("baselining") as progress:
                report, count = make_baseline(paths, baseline, policy, reporter=reporter,
                                              subject=subject,
                                              entities=parse_entities(entities),
                                              exclude=exclude, jobs=jobs, progress=progress)
        except JubaoRedactError as err:
            raise fail(err)
        typer.echo(f"{baseline}: {count} accepted finding(s) from {len(report.files)} "
                   f"file(s); policy {report.policy}")
        print_errors(report)
        if report.errors:
            raise typer.Exit(EXIT_ERROR)
