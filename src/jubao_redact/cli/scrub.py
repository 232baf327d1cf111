"""``jubao-redact scrub``: redacted copies of files and folders, same formats, same layout."""

from __future__ import annotations

from pathlib import Path

import typer

from jubao_redact.cli._options import ENTITIES, EXCLUDE, JOBS, REPORTER, SUBJECT

from jubao_redact.cli._audit_opts import ACTOR, AUDIT_DB, NO_AUDIT, record_run
from jubao_redact.cli.check import (
    POLICY_HELP,
    parse_entities,
    print_errors,
    progress_bar,
    stderr_console,
    write_review,
)


def register(app: typer.Typer) -> None:
    @app.command("scrub")
    def scrub_command(
        paths: list[Path] = typer.Argument(..., help="Files and folders to scrub."),
        out: Path = typer.Option(..., "--out", "-o", help="Folder for the redacted copies."),
        policy: str = typer.Option("forward", "--policy", "-p", help=POLICY_HELP),
        report_path: Path = typer.Option(None, "--report",
                                         help="Write an HTML review report here."),
        reporter: list[str] = REPORTER,
        subject: list[str] = SUBJECT,
        entities: str = ENTITIES,
        exclude: list[str] = EXCLUDE,
        jobs: int = JOBS,
        audit_db: Path = AUDIT_DB,
        no_audit: bool = NO_AUDIT,
        actor: str = ACTOR,
    ) -> None:
        """Write redacted copies (txt, md, html, csv, docx, xlsx, pdf) under --out.

        A file argument goes to OUT/name, a folder to OUT/folder/... (like cp -r). A file
        that cannot be read, or whose copy cannot be proven clean, gets no copy and the
        command exits 2.

        Example: jubao-redact scrub complaints/ --policy forward --out forwarded/ --report review.html
        """
        from rich.text import Text

        from jubao_redact.cli import EXIT_ERROR, fail
        from jubao_redact.documents import scrub_paths
        from jubao_redact.errors import JubaoRedactError

        review: list | None = [] if report_path is not None else None
        try:
            with progress_bar("scrubbing") as progress:
                report = scrub_paths(paths, out, policy, reporter=reporter, subject=subject,
                                     entities=parse_entities(entities), exclude=exclude,
                                     jobs=jobs, progress=progress, review=review)
            write_review(report_path, review, report.policy, "scrub")
            record_run(report, "scrub", audit_db, no_audit, actor)
        except JubaoRedactError as err:
            raise fail(err)
        from rich.console import Console

        console = Console(highlight=False)
        for f in report.files:
            if f.status != "error":
                console.print(Text(f"{f.path} -> {f.output} ({f.removed} removed, "
                                   f"{f.kept} kept)"))
        done = len(report.files) - len(report.errors)
        summary = (f"{done} file(s) scrubbed into {report.out_dir}, {len(report.errors)} "
                   f"error(s); policy {report.policy}")
        if report.excluded:
            summary += f"; {len(report.excluded)} excluded"
        console.print(Text(summary))
        print_errors(report)
        if report.errors:
            stderr_console().print(Text("jubao-redact: files with errors have no copy; fix "
                                        "them and run again", style="red"))
            raise typer.Exit(EXIT_ERROR)
