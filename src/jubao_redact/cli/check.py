"""``jubao-redact check``: the CI gate. Exit 0 clean, 1 findings, 2 a file could not be read.

Also holds the options and output helpers that ``scrub`` and ``baseline`` share.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import typer

from jubao_redact.cli._options import ENTITIES, EXCLUDE, JOBS, REPORTER, SUBJECT

from jubao_redact.cli._audit_opts import ACTOR, AUDIT_DB, NO_AUDIT, record_run

POLICY_HELP = "forward, publish, discuss, reward, census, or a policy YAML path."
PROGRESS_MIN_FILES = 10


def parse_entities(value: str | None) -> list[str] | None:
    if not value:
        return None
    return [e.strip() for e in value.split(",") if e.strip()]


def stderr_console():
    from rich.console import Console

    return Console(stderr=True, highlight=False)


@contextmanager
def progress_bar(label: str) -> Iterator:
    """A rich progress callback on long runs when stderr is a terminal; else None."""
    console = stderr_console()
    if not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    state: dict = {}
    progress = Progress("[progress.description]{task.description}", BarColumn(),
                        MofNCompleteColumn(), TimeRemainingColumn(), console=console,
                        transient=True)

    def update(done: int, total: int) -> None:
        if total < PROGRESS_MIN_FILES:
            return
        if "task" not in state:
            progress.start()
            state["task"] = progress.add_task(label, total=total)
        progress.update(state["task"], completed=done)

    try:
        yield update
    finally:
        if "task" in state:
            progress.stop()


def print_errors(report) -> None:
    from rich.text import Text

    console = stderr_console()
    for f in report.errors:
        console.print(Text(f"jubao-redact: {f.error}", style="red"), soft_wrap=True)


def write_review(report_path: Path | None, review, policy: str, mode: str) -> None:
    if report_path is None:
        return
    from jubao_redact.report_html import write_report

    write_report(report_path, review, policy=policy, mode=mode)
    stderr_console().print(f"review report (holds the original text, keep it local): "
                           f"{report_path}", markup=False)


def emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


def text_report(report) -> str:
    lines = []
    for f in report.files:
        for d in f.blocking:
            where = d.location if d.line is None or d.location.startswith("page") \
                else f"{d.line}:{d.column}"
            lines.append(f"{d.file}:{where}: {d.rule_id} {d.entity_type} "
                         f"(role {d.role}, {d.operator or 'remove'})")
    n_find = len(report.findings)
    n_files = len({d.file for d in report.findings})
    accepted = sum(1 for f in report.files for d in f.findings
                   if d.action == "remove" and d.status in ("baselined", "allowed"))
    empty = sum(1 for f in report.files if f.empty)
    summary = (f"{n_find} finding(s) to remove in {n_files} file(s); "
               f"{len(report.files)} file(s) checked, {len(report.errors)} error(s)")
    if accepted:
        summary += f", {accepted} accepted (baseline or inline allow)"
    if empty:
        summary += f", {empty} empty"
    if report.excluded:
        summary += f", {len(report.excluded)} excluded"
    lines.append(f"{summary}; policy {report.policy}")
    return "\n".join(lines) + "\n"


def register(app: typer.Typer) -> None:
    @app.command("check")
    def check_command(
        paths: list[Path] = typer.Argument(..., help="Files and folders to check."),
        policy: str = typer.Option("forward", "--policy", "-p", help=POLICY_HELP),
        fmt: str = typer.Option("text", "--format", "-f", help="text, json or sarif."),
        output: Path = typer.Option(None, "--output", "-o",
                                    help="Write the report to this file instead of stdout."),
        baseline: Path = typer.Option(None, "--baseline", "-b",
                                      help="Accepted findings (made by `baseline`)."),
        exit_zero: bool = typer.Option(False, "--exit-zero",
                                       help="Exit 0 even with findings (errors still exit 2)."),
        reporter: list[str] = REPORTER,
        subject: list[str] = SUBJECT,
        entities: str = ENTITIES,
        exclude: list[str] = EXCLUDE,
        jobs: int = JOBS,
        report_path: Path = typer.Option(None, "--report",
                                         help="Also write an HTML review report here."),
        audit_db: Path = AUDIT_DB,
        no_audit: bool = NO_AUDIT,
        actor: str = ACTOR,
    ) -> None:
        """Check documents for data that must not go out. Exit 0 clean, 1 findings, 2 error.

        Findings name the file, the location (line:col, paragraph, cell, page, part) and
        the rule, never the value.

        Example: jubao-redact check outgoing/ --policy publish --format sarif -o results.sarif
        """
        from jubao_redact.cli import EXIT_ERROR, fail
        from jubao_redact.documents import check_paths
        from jubao_redact.errors import JubaoRedactError

        if fmt not in ("text", "json", "sarif"):
            raise fail(ValueError(f"unknown --format {fmt!r}; known: text, json, sarif"))
        review: list | None = [] if report_path is not None else None
        try:
            with progress_bar("checking") as progress:
                report = check_paths(paths, policy, reporter=reporter, subject=subject,
                                     entities=parse_entities(entities), baseline=baseline,
                                     exclude=exclude, jobs=jobs, progress=progress,
                                     review=review)
            write_review(report_path, review, report.policy, "check")
            record_run(report, "check", audit_db, no_audit, actor)
        except JubaoRedactError as err:
            raise fail(err)
        if fmt == "json":
            data = report.model_dump(mode="json")
            data["summary"] = {"findings": len(report.findings), "errors": len(report.errors),
                               "files": len(report.files),
                               "exit_code": report.exit_code(exit_zero)}
            emit(json.dumps(data, ensure_ascii=False, indent=2) + "\n", output)
        elif fmt == "sarif":
            from jubao_redact.sarif import to_sarif

            emit(json.dumps(to_sarif(report), ensure_ascii=False, indent=2) + "\n", output)
        else:
            emit(text_report(report), output)
        print_errors(report)
        code = report.exit_code(exit_zero)
        if code:
            raise typer.Exit(EXIT_ERROR if code == 2 else code)
