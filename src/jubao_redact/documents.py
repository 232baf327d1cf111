"""Files and folders: ``check_paths`` and ``scrub_paths``, the library behind the CLI.

Each file is read by its format module (:mod:`jubao_redact.formats`) into segments; all
segments of a file are analysed together as one text (so context and known facts reach
across paragraphs and cells, and each file costs one analysis), and every finding is mapped
back to the segment and location it came from. Files are processed in parallel worker
processes; results come back in input order, so output is deterministic whatever the
number of workers.

Fail closed: a file that cannot be read, decoded or parsed is an error in the report
(``status="error"`` with a code), never clean and never skipped; a path that does not exist
or has a type we do not read is an error too. The reports hold locations, entity types,
roles and rule ids — never a value. Only the review data for the HTML report (collected on
request) carries the original text, in memory.
"""

from __future__ import annotations

import bisect
import fnmatch
import hashlib
import multiprocessing
import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Literal

from pydantic import BaseModel, Field

from jubao_redact.errors import (
    ConfigError,
    InputError,
    JubaoRedactError,
    UnreadableFileError,
)
from jubao_redact.models import Finding, Replacement

FileStatus = Literal["clean", "findings", "error"]
FindingStatus = Literal["new", "baselined", "allowed", "kept"]
Progress = Callable[[int, int], None]


class DocFinding(BaseModel):
    """A finding in a file: where it is and what it is, never the value."""

    file: str
    location: str = Field(description="line:col, paragraph/cell/page/part; value-free.")
    line: int | None = None
    column: int | None = None
    entity_type: str
    role: str
    action: str
    operator: str | None = None
    rule_id: str = ""
    recognizer: str = ""
    score: float = 0.0
    evidence: tuple[str, ...] = ()
    status: FindingStatus = "new"
    fingerprint: str = Field(default="", description="Stable id of rule, file and location "
                             "(no value), for SARIF partialFingerprints.")

    value_hash: str | None = Field(default=None, exclude=True, repr=False,
                                   description="Baseline hash (keyed/salted), internal.")

    @property
    def blocking(self) -> bool:
        return self.action == "remove" and self.status == "new"


class FileReport(BaseModel):
    path: str
    format: str | None = None
    status: FileStatus = "clean"
    empty: bool = False
    findings: list[DocFinding] = []
    error: str | None = None
    error_code: str | None = None
    warnings: list[str] = []
    segments: int = 0
    characters: int = 0
    output: str | None = Field(default=None, description="scrub: the redacted copy.")
    removed: int = 0
    kept: int = 0

    @property
    def blocking(self) -> list[DocFinding]:
        return [f for f in self.findings if f.blocking]


class _RunReport(BaseModel):
    policy: str
    files: list[FileReport] = []
    excluded: list[str] = Field(default=[], description="Paths left out on purpose "
                                "(--exclude, hidden entries, the output folder).")

    @property
    def errors(self) -> list[FileReport]:
        return [f for f in self.files if f.status == "error"]


class CheckReport(_RunReport):
    """Result of :func:`check_paths`; ``exit_code`` is what ``check`` returns."""

    @property
    def findings(self) -> list[DocFinding]:
        return [d for f in self.files for d in f.blocking]

    def exit_code(self, exit_zero: bool = False) -> int:
        if self.errors:
            return 2
        if self.findings and not exit_zero:
            return 1
        return 0


class ScrubReport(_RunReport):
    out_dir: str

    def exit_code(self) -> int:
        return 2 if self.errors else 0


# --- review data (original text: in memory only, for the HTML report) ----------------------
@dataclass
class ReviewSegment:
    location: str
    text: str
    redacted: str | None
    findings: list[tuple[int, int, DocFinding]]


@dataclass
class ReviewDocument:
    path: str
    format: str | None
    status: str
    error: str | None
    warnings: list[str]
    segments: list[ReviewSegment] = field(default_factory=list)
    total_segments: int = 0


# --- configuration shared with the workers ------------------------------------------------
@dataclass
class _Config:
    mode: Literal["check", "scrub"]
    policy: object
    reporter: tuple[str, ...]
    subject: tuple[str, ...]
    entities: tuple[str, ...] | None
    key: object
    score_threshold: float
    hasher: object = None
    baseline: frozenset = frozenset()
    review: bool = False


_STATE: dict = {}


def _init_state(config: _Config) -> None:
    if _STATE.get("config") is config:
        return  # inherited through fork, already built
    from jubao_redact.redactor import Redactor

    _STATE["config"] = config
    _STATE["redactor"] = Redactor(config.policy, reporter=config.reporter,
                                  subject=config.subject, entities=config.entities,
                                  key=config.key, score_threshold=config.score_threshold)


@dataclass
class _Task:
    path: str
    display: str
    output: str | None = None
    error: tuple[str, str] | None = None  # (code, message) decided while collecting


# --- collecting files ---------------------------------------------------------------------
def _is_excluded(display: str, patterns: tuple[str, ...]) -> bool:
    name = display.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(display, p) or fnmatch.fnmatch(name, p) for p in patterns)


def collect_files(paths: Iterable[Path | str], exclude: Iterable[str] = (),
                  out_dir: Path | None = None) -> tuple[list[_Task], list[str]]:
    """Every file to process, in a deterministic order, and what was left out on purpose.

    A directory is walked recursively (sorted); hidden entries (``.git``, ``.DS_Store``)
    and ``--exclude`` globs are left out and listed; a missing path is an error task.
    For scrub, a file argument goes to ``OUT/name`` and a folder argument to
    ``OUT/folder-name/…`` (like ``cp -r``).
    """
    from jubao_redact.formats import format_for

    patterns = tuple(exclude)
    tasks: list[_Task] = []
    excluded: list[str] = []
    out_resolved = out_dir.resolve() if out_dir is not None else None
    seen_outputs: dict[str, str] = {}

    def add(path: Path, display: str, rel_out: Path | None) -> None:
        output = str(out_dir / rel_out) if out_dir is not None and rel_out is not None else None
        task = _Task(str(path), display, output)
        try:
            format_for(path)
        except JubaoRedactError as err:
            task.error = (err.code, str(err))
        if output is not None:
            if output in seen_outputs and seen_outputs[output] != display:
                raise ConfigError(f"{display} and {seen_outputs[output]} would both be "
                                  f"written to {output}; scrub them in separate runs")
            seen_outputs[output] = display
        tasks.append(task)

    for raw in paths:
        path = Path(raw)
        display = path.as_posix()
        if not path.exists():
            tasks.append(_Task(str(path), display, None,
                               ("E041", f"[E041] {display}: no such file or folder")))
            continue
        if path.is_file():
            if _is_excluded(display, patterns):
                excluded.append(display)
                continue
            add(path, display, Path(path.name))
            continue
        root_name = path.resolve().name or "root"
        for dirpath, dirnames, filenames in os.walk(path):
            base = Path(dirpath)
            keep_dirs = []
            for d in sorted(dirnames):
                sub = base / d
                sub_display = sub.as_posix()
                if out_resolved is not None and sub.resolve() == out_resolved:
                    excluded.append(sub_display + "/ (output folder)")
                elif d.startswith("."):
                    excluded.append(sub_display + "/ (hidden)")
                elif _is_excluded(sub_display, patterns):
                    excluded.append(sub_display + "/")
                else:
                    keep_dirs.append(d)
            dirnames[:] = keep_dirs
            for name in sorted(filenames):
                file = base / name
                file_display = file.as_posix()
                if name.startswith("."):
                    excluded.append(file_display + " (hidden)")
                elif _is_excluded(file_display, patterns):
                    excluded.append(file_display)
                else:
                    add(file, file_display, Path(root_name) / file.relative_to(path))
    return tasks, excluded


# --- one file -----------------------------------------------------------------------------
def _fingerprint(display: str, rule_id: str, entity: str, location: str) -> str:
    raw = f"{display}\x1f{rule_id}\x1f{entity}\x1f{location}".encode("utf-8")
    return hashlib.sha256(raw).hexdigest()[:32]


def _bases(doc) -> list[int]:
    bases: list[int] = []
    pos = 0
    for seg in doc.segments:
        bases.append(pos)
        pos += len(seg.text) + len(seg.join)
    return bases


def _pieces(doc, bases: list[int], start: int, end: int) -> Iterator[tuple[int, int, int]]:
    """(segment index, local start, local end) of each part of [start, end) that lies in a
    segment; parts on a separator are left out."""
    index = bisect.bisect_right(bases, start) - 1
    while 0 <= index < len(bases) and bases[index] < end:
        seg_start = bases[index]
        lo = max(start, seg_start)
        hi = min(end, seg_start + len(doc.segments[index].text))
        if lo < hi:
            yield index, lo - seg_start, hi - seg_start
        index += 1


def _split(doc, bases: list[int], findings: list[Finding]) -> dict[int, list[Finding]]:
    """Findings on the joined text → per segment, at the segment where each begins.

    A finding that crosses into later segments (a value split by inline markup or runs) is
    reported once, clipped to its first segment; scrub removes every part of it.
    """
    out: dict[int, list[Finding]] = {}
    for f in findings:
        for index, lo, hi in _pieces(doc, bases, f.start, f.end):
            out.setdefault(index, []).append(f.model_copy(update={"start": lo, "end": hi}))
            break
    return out


def _analyze_document(doc) -> tuple[dict[int, list[Finding]], list[Finding], str, list[int]]:
    redactor = _STATE["redactor"]
    joined = "".join(seg.text + seg.join for seg in doc.segments)
    findings = redactor.analyze(joined)
    bases = _bases(doc)
    return _split(doc, bases, findings), findings, joined, bases


def _doc_findings(doc, display: str, per_segment: dict[int, list[Finding]],
                  config: _Config) -> list[tuple[int, Finding, DocFinding]]:
    flagged = set(per_segment)
    out = []
    for index in sorted(per_segment):
        seg = doc.segments[index]
        for f in sorted(per_segment[index], key=lambda x: (x.start, x.end)):
            where, line, column = seg.locate(f.start)
            value_hash = None
            if config.hasher is not None and f.action == "remove":
                value_hash = config.hasher(f.entity_type, seg.text[f.start:f.end])
            if seg.title_of is not None and seg.title_of in flagged and seg.safe_location:
                where = seg.safe_location
            if f.action == "keep":
                status = "kept"
            elif seg.allowed(f.start):
                status = "allowed"
            elif (display, f.entity_type, value_hash) in config.baseline:
                status = "baselined"
            else:
                status = "new"
            out.append((index, f, DocFinding(
                file=display, location=where, line=line, column=column,
                entity_type=f.entity_type, role=f.role, action=f.action, operator=f.operator,
                rule_id=f.rule_id, recognizer=f.recognizer, score=f.score,
                evidence=f.evidence, status=status,
                fingerprint=_fingerprint(display, f.rule_id, f.entity_type, where),
                value_hash=value_hash)))
    return out


def _error_report(task: _Task, err: Exception, fmt: str | None = None) -> FileReport:
    if isinstance(err, JubaoRedactError):
        code, message = err.code, str(err)
    else:  # an unexpected parser failure: fail closed, name the file and the error class only
        code = "E041"
        message = f"[E041] {task.display}: could not be processed ({err.__class__.__name__})"
    if task.display not in message:
        message = f"{message} ({task.display})"
    return FileReport(path=task.display, format=fmt, status="error", error=message,
                      error_code=code)


def _process(task: _Task) -> tuple[FileReport, ReviewDocument | None]:
    config: _Config = _STATE["config"]
    if task.error is not None:
        code, message = task.error
        return (FileReport(path=task.display, status="error", error=message, error_code=code),
                None)
    from jubao_redact.formats import open_document

    fmt = None
    try:
        doc = open_document(Path(task.path))
        fmt = doc.FORMAT
        per_segment, joined_findings, joined, bases = _analyze_document(doc)
        located = _doc_findings(doc, task.display, per_segment, config)
        report = FileReport(
            path=task.display, format=fmt, empty=doc.empty,
            findings=[d for _, _, d in located], warnings=list(doc.warnings),
            segments=len(doc.segments), characters=sum(len(s.text) for s in doc.segments),
            removed=sum(1 for _, f, _ in located if f.action == "remove"),
            kept=sum(1 for _, f, _ in located if f.action == "keep"))
        redacted: dict[int, str] = {}
        if config.mode == "scrub":
            redacted = _scrub_document(doc, joined_findings, joined, bases, task)
            report.output = task.output
            report.status = "clean"
        else:
            report.status = "findings" if report.blocking else "clean"
    except Exception as err:  # noqa: BLE001 - every failure is reported, none is "clean"
        if task.output:
            Path(task.output).unlink(missing_ok=True)
        return _error_report(task, err, fmt), (
            ReviewDocument(task.display, fmt, "error", _error_report(task, err, fmt).error, [])
            if config.review else None)
    review = None
    if config.review:
        review = ReviewDocument(task.display, fmt, report.status, None, list(doc.warnings),
                                total_segments=len(doc.segments))
        by_segment: dict[int, list] = {}
        for index, f, d in located:
            by_segment.setdefault(index, []).append((f.start, f.end, d))
        for index in sorted(by_segment):
            seg = doc.segments[index]
            where = by_segment[index][0][2].location
            if seg.line_addressed:
                where = seg.location.removesuffix(", line ") or "text"
            review.segments.append(ReviewSegment(where, seg.text, redacted.get(index),
                                                 by_segment[index]))
    return report, review


def _scrub_document(doc, findings: list[Finding], joined: str, bases: list[int],
                    task: _Task) -> dict[int, str]:
    from jubao_redact.formats import SegmentEdit, open_document
    from jubao_redact.operators import PseudonymBook, transform

    redactor = _STATE["redactor"]
    out = Path(task.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    new_joined, replacements = transform(joined, findings, redactor.policy, PseudonymBook(),
                                         redactor.key)
    # each replacement → its new text in the segment where it starts, "" in the others
    local: dict[int, list[tuple[int, int, str, Replacement]]] = {}
    removed_values: list[str] = []
    for rep in replacements:
        removed_values.append(joined[rep.source_start:rep.source_end])
        head = True
        for index, lo, hi in _pieces(doc, bases, rep.source_start, rep.source_end):
            new = new_joined[rep.start:rep.end] if head else ""
            local.setdefault(index, []).append((lo, hi, new, rep))
            head = False
    edits: dict[int, SegmentEdit] = {}
    for index, items in sorted(local.items()):
        text = doc.segments[index].text
        buf: list[str] = []
        seg_reps: list[Replacement] = []
        cursor = out_len = 0
        for lo, hi, new, rep in sorted(items, key=lambda x: x[0]):
            buf.append(text[cursor:lo])
            out_len += lo - cursor
            buf.append(new)
            seg_reps.append(rep.model_copy(update={
                "start": out_len, "end": out_len + len(new),
                "source_start": lo, "source_end": hi}))
            out_len += len(new)
            cursor = hi
        buf.append(text[cursor:])
        values = [text[lo:hi] for lo, hi, _, _ in items]
        removed_values.extend(v for v in values if len(v) >= 6)
        edits[index] = SegmentEdit("".join(buf), seg_reps, values)
    tmp = out.with_name(f".{out.name}.jubao-tmp{os.getpid()}{out.suffix}")
    try:
        if not edits:
            shutil.copyfile(task.path, tmp)
        else:
            doc.write(tmp, edits)
            part = doc.residual_check(tmp, removed_values)
            if part is not None:
                raise UnreadableFileError(
                    f"{task.display}: a removed value is still present in part {part} of "
                    "the scrubbed copy (content jubao-redact does not model); not written")
            again = open_document(tmp)
            _, left, _, _ = _analyze_document(again)
            remaining = sum(1 for f in left if f.action == "remove")
            if remaining:
                raise UnreadableFileError(
                    f"{task.display}: the scrubbed copy still has {remaining} finding(s) "
                    "to remove when re-read; not written")
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return {i: e.text for i, e in edits.items()}


# --- running many files -------------------------------------------------------------------
def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _run(config: _Config, tasks: list[_Task], jobs: int | None,
         progress: Progress | None) -> Iterator[tuple[FileReport, ReviewDocument | None]]:
    _init_state(config)  # validates policy/entities/key here, before any worker starts
    jobs = default_jobs() if jobs is None else max(1, jobs)
    jobs = min(jobs, len(tasks))
    total = len(tasks)
    if jobs <= 1:
        for n, task in enumerate(tasks, start=1):
            result = _process(task)
            if progress:
                progress(n, total)
            yield result
        return
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    chunksize = max(1, min(32, total // (jobs * 8)))
    with ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_state,
                             initargs=(config,)) as pool:
        for n, result in enumerate(pool.map(_process, tasks, chunksize=chunksize), start=1):
            if progress:
                progress(n, total)
            yield result


def _config(mode, policy, reporter, subject, entities, key, score_threshold, **extra) -> _Config:
    return _Config(mode=mode, policy=policy, reporter=tuple(reporter), subject=tuple(subject),
                   entities=tuple(entities) if entities is not None else None, key=key,
                   score_threshold=score_threshold, **extra)


def _policy_name(config: _Config) -> str:
    return _STATE["redactor"].policy.name


def _tasks(paths, exclude, verb: str, out_dir: Path | None = None):
    """The files to process (and those left out); none at all is an error, never "clean"."""
    tasks, excluded = collect_files(paths, exclude, out_dir=out_dir)
    if not tasks:
        raise InputError(f"no files to {verb} (all paths empty or excluded)")
    return tasks, excluded


def _run_into(report, config, tasks, jobs, progress, review=None):
    """Run every task into ``report`` (in input order) and collect review data if asked."""
    for file_report, doc_review in _run(config, tasks, jobs, progress):
        report.files.append(file_report)
        if review is not None and doc_review is not None:
            review.append(doc_review)
    report.policy = _policy_name(config)
    return report


def check_paths(
    paths: Iterable[Path | str],
    policy: str | Path = "forward",
    *,
    reporter: Iterable[str] = (),
    subject: Iterable[str] = (),
    entities: Iterable[str] | None = None,
    key=None,
    score_threshold: float = 0.4,
    baseline: Path | str | None = None,
    exclude: Iterable[str] = (),
    jobs: int | None = None,
    progress: Progress | None = None,
    review: list[ReviewDocument] | None = None,
) -> CheckReport:
    """Check files and folders; the report lists findings per file (never values).

    ``baseline``: a file made by :func:`make_baseline`; findings it holds get status
    ``baselined`` and do not block. ``review``: pass a list to receive the review data
    (original text) for :mod:`jubao_redact.report_html`.
    """
    from jubao_redact.baseline import load_baseline

    hasher, accepted = None, frozenset()
    if baseline is not None:
        base, hasher = load_baseline(Path(baseline), key)
        accepted = frozenset(base.keys())
    config = _config("check", policy, reporter, subject, entities, key, score_threshold,
                     hasher=hasher, baseline=accepted, review=review is not None)
    tasks, excluded = _tasks(paths, exclude, "check")
    report = _run_into(CheckReport(policy="", excluded=excluded), config, tasks, jobs,
                       progress, review)
    return report


def scrub_paths(
    paths: Iterable[Path | str],
    out_dir: Path | str,
    policy: str | Path = "forward",
    *,
    reporter: Iterable[str] = (),
    subject: Iterable[str] = (),
    entities: Iterable[str] | None = None,
    key=None,
    score_threshold: float = 0.4,
    exclude: Iterable[str] = (),
    jobs: int | None = None,
    progress: Progress | None = None,
    review: list[ReviewDocument] | None = None,
) -> ScrubReport:
    """Write a redacted copy of every file under ``out_dir`` (same format, folders kept).

    A file that cannot be read, or whose copy cannot be proven clean (a removed value left
    in some part, or findings when the copy is re-read), gets no output and is an error.
    """
    out = Path(out_dir)
    inputs = [Path(p) for p in paths]
    for p in inputs:
        if p.exists() and out.resolve() == p.resolve():
            raise ConfigError(f"--out {out} is one of the inputs; choose a new folder")
    config = _config("scrub", policy, reporter, subject, entities, key, score_threshold,
                     review=review is not None)
    tasks, excluded = _tasks(inputs, exclude, "scrub", out_dir=out)
    for task in tasks:
        if task.output and Path(task.output).resolve() == Path(task.path).resolve():
            raise ConfigError(f"{task.display} would be overwritten; choose another --out")
    out.mkdir(parents=True, exist_ok=True)
    report = _run_into(ScrubReport(policy="", out_dir=out.as_posix(), excluded=excluded),
                       config, tasks, jobs, progress, review)
    return report


def make_baseline(
    paths: Iterable[Path | str],
    baseline_path: Path | str,
    policy: str | Path = "forward",
    *,
    reporter: Iterable[str] = (),
    subject: Iterable[str] = (),
    entities: Iterable[str] | None = None,
    key=None,
    score_threshold: float = 0.4,
    exclude: Iterable[str] = (),
    jobs: int | None = None,
    progress: Progress | None = None,
) -> tuple[CheckReport, int]:
    """Create or update a baseline with every current removable finding.

    An existing baseline keeps its hash form and salt (or key), so unchanged findings keep
    their hashes; entries for findings that are gone are dropped. Returns the check report
    and the number of entries written. Files with errors are not baselined (and the CLI
    exits 2): an unreadable file cannot be accepted.
    """
    from jubao_redact.baseline import BaselineEntry, load_baseline, new_baseline, save_baseline

    path = Path(baseline_path)
    if path.exists():
        base, hasher = load_baseline(path, key)
    else:
        base, hasher = new_baseline(str(policy), key)
    config = _config("check", policy, reporter, subject, entities, key, score_threshold,
                     hasher=hasher, baseline=frozenset(), review=False)
    tasks, excluded = _tasks(paths, exclude, "baseline")
    report = _run_into(CheckReport(policy="", excluded=excluded), config, tasks, jobs, progress)
    entries: dict[tuple, BaselineEntry] = {}
    for file_report in report.files:
        for d in file_report.findings:
            if d.action == "remove" and d.status == "new" and d.value_hash:
                entries[(d.file, d.entity_type, d.value_hash)] = BaselineEntry(
                    file=d.file, entity_type=d.entity_type, rule_id=d.rule_id,
                    hash=d.value_hash)
    base = base.model_copy(update={"entries": list(entries.values()), "policy": report.policy})
    save_baseline(path, base)
    return report, len(entries)

