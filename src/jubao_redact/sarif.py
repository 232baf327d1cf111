"""SARIF 2.1.0 output of ``check`` for GitHub code scanning and other SARIF viewers.

One rule per rule id (JR101 CN_ID_CARD, JR102 CN_MOBILE, … JR000 for caller-known facts);
one result per removable finding, level ``error``, located at ``line:column`` for text
formats and at line 1 of the file with the value-free location (``header 1, paragraph 2``,
``Sheet1!B3``, ``page 3``) in the message and as a logical location for documents. A
finding accepted by the baseline carries an ``external`` suppression, one allowed inline an
``inSource`` one, so code scanning shows them as dismissed. Files that could not be read are
tool execution notifications and make ``executionSuccessful`` false. No value is written:
``partialFingerprints`` hash the file, rule, entity and location only.
"""

from __future__ import annotations

from typing import Any

from jubao_redact.documents import CheckReport, DocFinding

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/jubao-redact/jubao-redact"


def _uri(path: str) -> str:
    """A relative URI reference for a path (GitHub resolves it against the repository)."""
    from urllib.parse import quote

    path = path[2:] if path.startswith("./") else path
    return quote(path, safe="/:")


def _rule(rule_id: str, entity: str) -> dict[str, Any]:
    known = rule_id == "JR000"
    text = ("A value the caller named as the reporter's or the reported party's "
            "(--reporter/--subject)" if known else f"{entity} personal or identifying data")
    return {
        "id": rule_id or entity,
        "name": "KnownFact" if known else entity.title().replace("_", ""),
        "shortDescription": {"text": text},
        "fullDescription": {"text": f"{text} that the policy says must be removed before "
                                    "this document goes out."},
        "help": {"text": "Remove or redact the value (jubao-redact scrub), accept it in a "
                         "baseline (jubao-redact baseline), or mark the line with "
                         "'jubao-redact: allow'.",
                 "markdown": "Run `jubao-redact scrub` on the file, accept the finding with "
                             "`jubao-redact baseline`, or add `jubao-redact: allow` to the "
                             "line."},
        "defaultConfiguration": {"level": "error"},
        "properties": {"tags": ["privacy", "pii", entity], "precision": "high",
                       "security-severity": "7.5"},
    }


def _result(d: DocFinding, rule_index: int, policy: str) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": d.line or 1}
    if d.column:
        region["startColumn"] = d.column
    result: dict[str, Any] = {
        "ruleId": d.rule_id or d.entity_type,
        "ruleIndex": rule_index,
        "level": "error",
        "message": {"text": f"{d.entity_type} of role {d.role} must be removed under policy "
                            f"{policy} ({d.location})."},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": _uri(d.file)},
                "region": region,
            },
            "logicalLocations": [{"name": d.location, "kind": "element"}],
        }],
        "partialFingerprints": {"jubaoRedactFinding/v1": d.fingerprint},
        "properties": {"entityType": d.entity_type, "role": d.role, "location": d.location,
                       "score": d.score, "evidence": list(d.evidence)},
    }
    if d.status == "baselined":
        result["suppressions"] = [{"kind": "external",
                                   "justification": "accepted in the jubao-redact baseline"}]
    elif d.status == "allowed":
        result["suppressions"] = [{"kind": "inSource",
                                   "justification": "line marked 'jubao-redact: allow'"}]
    return result


def to_sarif(report: CheckReport, version: str = "") -> dict[str, Any]:
    """The report as a SARIF 2.1.0 log (a dict ready for ``json.dumps``)."""
    if not version:
        from jubao_redact import __version__ as version
    findings = [d for f in report.files for d in f.findings if d.action == "remove"]
    rule_ids: dict[str, int] = {}
    rules: list[dict[str, Any]] = []
    for d in sorted(findings, key=lambda x: (x.rule_id, x.entity_type)):
        key = d.rule_id or d.entity_type
        if key not in rule_ids:
            rule_ids[key] = len(rules)
            rules.append(_rule(d.rule_id, d.entity_type))
    results = [_result(d, rule_ids[d.rule_id or d.entity_type], report.policy)
               for d in findings]
    notifications = [{
        "level": "error",
        "message": {"text": f.error or f"{f.path}: could not be read"},
        "descriptor": {"id": f.error_code or "E041"},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(f.path)}}}],
    } for f in report.errors]
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "jubao-redact", "version": version,
                                "semanticVersion": version,
                                "informationUri": INFORMATION_URI, "rules": rules}},
            "automationDetails": {"id": f"jubao-redact/{report.policy}/"},
            "invocations": [{"executionSuccessful": not report.errors,
                             "toolExecutionNotifications": notifications}],
            "results": results,
            "columnKind": "unicodeCodePoints",
        }],
    }
