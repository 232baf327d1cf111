"""The command line: acceptance run, exit codes, fail closed, SARIF/JSON, baseline, help.

Every output (stdout, stderr, report files) is searched for the planted values: none may
appear, whatever happened.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from test_documents_fixtures import STRUCTURED, build_docx, person, unzip_text

from jubao_redact.cli import main

P = person(41)
ENTS = ["--entities", ",".join(STRUCTURED)]
KNOWN = ["--reporter", P.name, "--reporter", P.address]
PLANTED = [P.name, P.phone, P.address, P.id_card, P.email]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_no_values(*texts: str) -> None:
    for text in texts:
        for value in PLANTED:
            assert value not in text


# --- the acceptance test of issue 5 ---------------------------------------------------------
def test_docx_acceptance(tmp_path, capsys):
    src = build_docx(tmp_path / "complaint.docx", P, extras=False)
    code, out, err = run(capsys, "check", src, "--policy", "forward", *ENTS, *KNOWN, "-j", "1")
    assert code == 1
    for where in ("header 1, paragraph 1", "comments, comment 0, paragraph 1",
                  "body, table 1 row 1 col 2, paragraph 3", "core property author"):
        assert f"complaint.docx:{where}:" in out
    assert_no_values(out, err)

    code, out, err = run(capsys, "scrub", src, "--policy", "forward", "--out", tmp_path / "out",
                         *ENTS, *KNOWN, "--report", tmp_path / "review.html")
    assert code == 0, err
    assert_no_values(out, err)
    scrubbed = tmp_path / "out" / "complaint.docx"
    code, out, err = run(capsys, "check", scrubbed, "--policy", "forward", *ENTS, *KNOWN)
    assert code == 0 and out.startswith("0 finding(s)")
    with zipfile.ZipFile(scrubbed) as archive:
        for name in archive.namelist():
            data = archive.read(name).decode("utf-8", "replace")
            for value in (P.name, P.phone, P.address):
                assert value not in data, f"{name} still holds a value"
    # the review report is the one artifact that shows the original, and says so
    review = (tmp_path / "review.html").read_text(encoding="utf-8")
    assert P.phone in review and "LOCAL REVIEW ARTIFACT" in review


# --- exit codes -----------------------------------------------------------------------------
# fmt: off
EXIT_CASES = [  # files {name: bytes}, extra args, expected exit code
    ({"a.txt": "被举报单位某化工厂夜间偷排。".encode()},            [],              0),
    ({"a.txt": f"举报人电话{P.phone}".encode()},                    [],              1),
    ({"a.txt": f"举报人电话{P.phone}".encode()},                    ["--exit-zero"], 0),
    ({"a.txt": f"举报人电话{P.phone}".encode("gbk")},              [],              1),  # GBK read
    ({"a.txt": b""},                                               [],              0),  # empty: clean
    ({"a.txt": b"\x00\x01binary" * 10},                            ["--exit-zero"], 2),  # why: errors beat --exit-zero
    ({"a.txt": b"ok", "b.doc": b"old word"},                       [],              2),  # why: unsupported type is not skipped
    ({"a.txt": b"ok", "b.doc": b"old word"},                       ["--exclude", "*.doc"], 0),
    ({"a.md": f"公开信箱 {P.email} jubao-redact: allow".encode()}, [],              0),  # inline allow
]
# fmt: on


@pytest.mark.parametrize("files,extra,expected", EXIT_CASES)
def test_exit_codes(tmp_path, capsys, files, extra, expected):
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    code, out, err = run(capsys, "check", tmp_path, *ENTS, "-j", "1", *extra)
    assert code == expected, (out, err)
    assert_no_values(out, err)


def test_missing_path_is_an_error(tmp_path, capsys):
    code, out, err = run(capsys, "check", tmp_path / "nope.txt", *ENTS)
    assert code == 2 and "nope.txt: no such file" in err


# --- fail closed at scale ---------------------------------------------------------------------
def test_thousand_files_one_bad_none_skipped(tmp_path, capsys):
    folder = tmp_path / "outgoing"
    folder.mkdir()
    for i in range(1000):
        (folder / f"n{i:04d}.txt").write_text(f"第{i}号答复：已责令该厂整改。", encoding="utf-8")
    (folder / "n0500.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + P.phone.encode())
    (folder / "n0777.txt").write_text(f"举报人{P.name}电话{P.phone}", encoding="utf-8")
    code, out, err = run(capsys, "check", folder, *ENTS, *KNOWN, "--format", "json", "-j", "2")
    assert code == 2
    assert "n0500.txt" in err and "binary" in err
    data = json.loads(out)
    assert len(data["files"]) == 1000  # why: every file is accounted for
    assert [f["path"].rsplit("/", 1)[-1] for f in data["files"]] == \
        sorted(f"n{i:04d}.txt" for i in range(1000))  # deterministic order with 2 workers
    status = {f["path"].rsplit("/", 1)[-1]: f["status"] for f in data["files"]}
    assert status["n0500.txt"] == "error" and status["n0777.txt"] == "findings"
    assert sum(s == "clean" for s in status.values()) == 998
    assert_no_values(out, err)


# --- SARIF ----------------------------------------------------------------------------------
SARIF_REQUIRED = {  # the parts of the SARIF 2.1.0 schema GitHub code scanning relies on
    "type": "object",
    "required": ["version", "runs", "$schema"],
    "properties": {
        "version": {"const": "2.1.0"},
        "runs": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["tool", "results"],
            "properties": {
                "tool": {"type": "object", "required": ["driver"], "properties": {
                    "driver": {"type": "object", "required": ["name", "rules"], "properties": {
                        "rules": {"type": "array", "items": {
                            "type": "object", "required": ["id", "shortDescription"]}}}}}},
                "results": {"type": "array", "items": {
                    "type": "object", "required": ["ruleId", "message", "locations"],
                    "properties": {
                        "level": {"enum": ["none", "note", "warning", "error"]},
                        "message": {"type": "object", "required": ["text"]},
                        "locations": {"type": "array", "minItems": 1, "items": {
                            "type": "object", "required": ["physicalLocation"],
                            "properties": {"physicalLocation": {
                                "type": "object", "required": ["artifactLocation", "region"],
                                "properties": {
                                    "artifactLocation": {"type": "object", "required": ["uri"]},
                                    "region": {"type": "object", "required": ["startLine"],
                                               "properties": {"startLine": {
                                                   "type": "integer", "minimum": 1}}}}}}}},
                        "partialFingerprints": {"type": "object"},
                        "suppressions": {"type": "array", "items": {
                            "type": "object", "required": ["kind"], "properties": {
                                "kind": {"enum": ["inSource", "external"]}}}},
                    }}}}}},
    },
}


def test_sarif_is_valid_and_value_free(tmp_path, capsys):
    import jsonschema

    build_docx(tmp_path / "a.docx", P, extras=False)
    (tmp_path / "b.txt").write_text(f"第一行\n举报人电话：{P.phone}\n", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x00bad")
    code, out, err = run(capsys, "check", tmp_path, *ENTS, *KNOWN, "-f", "sarif", "-j", "1",
                         "-o", tmp_path / "r.sarif")
    assert code == 2
    sarif = json.loads((tmp_path / "r.sarif").read_text(encoding="utf-8"))
    jsonschema.validate(sarif, SARIF_REQUIRED)
    run_ = sarif["runs"][0]
    by_file = {}
    for r in run_["results"]:
        loc = r["locations"][0]
        by_file.setdefault(loc["physicalLocation"]["artifactLocation"]["uri"], []).append(
            (loc["physicalLocation"]["region"], loc["logicalLocations"][0]["name"]))
    txt = [k for k in by_file if k.endswith("b.txt")][0]
    assert by_file[txt] == [({"startLine": 2, "startColumn": 7}, "2:7")]
    docx_locs = {name for _, name in by_file[[k for k in by_file if k.endswith("a.docx")][0]]}
    assert "header 1, paragraph 1" in docx_locs and "core property author" in docx_locs
    assert run_["invocations"][0]["executionSuccessful"] is False
    assert "c.txt" in run_["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]
    rule_ids = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    assert all(r["ruleId"] in rule_ids and rule_ids[r["ruleIndex"]] == r["ruleId"]
               for r in run_["results"])
    assert_no_values(out, err, (tmp_path / "r.sarif").read_text(encoding="utf-8"))


# --- baseline -------------------------------------------------------------------------------
def test_baseline_accepts_known_and_reports_new(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("JUBAO_REDACT_KEY", raising=False)
    monkeypatch.delenv("JUBAO_REDACT_KEY_FILE", raising=False)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(f"举报人电话{P.phone}\n", encoding="utf-8")
    base = tmp_path / "base.json"
    code, out, err = run(capsys, "baseline", docs, "-b", base, *ENTS)
    assert code == 0 and "1 accepted" in out
    raw = base.read_text(encoding="utf-8")
    data = json.loads(raw)
    assert data["hash"] == "pbkdf2-sha256" and len(bytes.fromhex(data["salt"])) == 16
    assert P.phone not in raw
    assert hashlib.sha256(P.phone.encode()).hexdigest()[:32] not in raw  # why: never a bare hash
    assert run(capsys, "check", docs, "-b", base, *ENTS)[0] == 0
    # a line moved and full-width digits: still the same accepted value
    wide = P.phone.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})
    (docs / "a.txt").write_text(f"补充说明\n举报人电话{wide}\n", encoding="utf-8")
    assert run(capsys, "check", docs, "-b", base, *ENTS)[0] == 0
    (docs / "a.txt").write_text(f"举报人电话{P.phone}\n另一电话{person(42).phone}\n",
                                encoding="utf-8")
    code, out, err = run(capsys, "check", docs, "-b", base, *ENTS)
    assert code == 1 and "a.txt:2:" in out and "a.txt:1:" not in out


def test_keyed_baseline_needs_the_same_key(tmp_path, capsys, monkeypatch):
    from jubao_redact.keys import generate_key_text

    monkeypatch.setenv("JUBAO_REDACT_KEY", generate_key_text())
    (tmp_path / "a.txt").write_text(f"电话{P.phone}", encoding="utf-8")
    base = tmp_path / "b.json"
    assert run(capsys, "baseline", tmp_path / "a.txt", "-b", base, *ENTS)[0] == 0
    data = json.loads(base.read_text(encoding="utf-8"))
    assert data["hash"] == "hmac-sha256" and data["salt"] is None and data["key_id"]
    assert run(capsys, "check", tmp_path / "a.txt", "-b", base, *ENTS)[0] == 0
    monkeypatch.setenv("JUBAO_REDACT_KEY", generate_key_text())
    code, out, err = run(capsys, "check", tmp_path / "a.txt", "-b", base, *ENTS)
    assert code == 2 and "another key" in err


# --- scrub over a folder ----------------------------------------------------------------------
def test_scrub_folder_keeps_structure_and_fails_closed(tmp_path, capsys):
    src = tmp_path / "cases"
    (src / "2024" / "03").mkdir(parents=True)
    (src / "2024" / "03" / "a.txt").write_text(f"举报人电话{P.phone}", encoding="utf-8")
    (src / "b.csv").write_text(f"姓名,电话\n{P.name},{P.phone}\n", encoding="utf-8")
    (src / "c.txt").write_bytes(b"\x00\x00" + P.phone.encode())
    build_docx(src / "2024" / "d.docx", P, extras=False)
    out = tmp_path / "clean"
    code, stdout, err = run(capsys, "scrub", src, "--out", out, *ENTS, *KNOWN, "-j", "2")
    assert code == 2 and "c.txt" in err
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == ["cases/2024/03/a.txt", "cases/2024/d.docx", "cases/b.csv"]
    for path in out.rglob("*"):
        if path.is_file():
            text = unzip_text(path) if path.suffix == ".docx" else path.read_text("utf-8")
            assert_no_values(text)
    assert_no_values(stdout, err)


# --- every command documents itself with an example -------------------------------------------
@pytest.mark.parametrize("command", ["check", "scrub", "baseline"])
def test_help_has_example(capsys, command):
    code, out, _ = run(capsys, command, "--help")
    assert code == 0 and f"Example: jubao-redact {command}" in out
