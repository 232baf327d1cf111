"""The public entry point: ``Redactor(policy=...).analyze(text)`` / ``.redact(text)``.

Runs the data flow of DESIGN.md for one string: normalise → detect → attribute → decide →
transform. Every finding's ``start:end`` slices the string the caller passed in.
"""

from __future__ import annotations

import gc
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable

from pydantic import TypeAdapter

from presidio_analyzer import RecognizerResult

from jubao_redact.analyzer import shared_analyzer
from jubao_redact.context import EVIDENCE_KEY
from jubao_redact.errors import InputError
from jubao_redact.keys import SecretKey, load_key
from jubao_redact.models import Finding, RedactResult
from jubao_redact.nlp_engine import ZhNlpArtifacts
from jubao_redact.operators import PseudonymBook, transform
from jubao_redact.policy import Policy, load_policy
from jubao_redact.recognizer import RULE_ID_KEY
from jubao_redact.registry import known_entities
from jubao_redact.freetext_recognizer import ORG_SUFFIX
from jubao_redact.normalize import TextViews
from jubao_redact.roles import KNOWN_RECOGNIZER, KnownFacts, attribute_document

_ADDRESS_HINT = re.compile(r"[省市区县镇乡村路街巷弄号栋幢室]")
_FINDINGS = TypeAdapter(list[Finding])  # validates every finding of a text in one call

# The findings of an analysis are made without pydantic's per-object validation when Finding
# is the model this code fills: every value is already of its field's exact type and range
# (offsets: ints >= 0 from the detection results, the score a float clamped to [0, 1], role
# and action from their closed sets, evidence a tuple of str), so validation would give the
# same object field for field (tests/test_findings_trusted.py); it cost 2-3 µs per finding,
# about a tenth of the role stage on 1 MB. Any other field list, a validator, a post-init
# hook or extra fields switch this off (validated construction, as before).
_FINDING_FIELDS = ("start", "end", "entity_type", "score", "role", "action", "operator",
                   "recognizer", "rule_id", "evidence", "cluster")


def _trusted_ok() -> bool:
    d = Finding.__pydantic_decorators__
    return (tuple(Finding.model_fields) == _FINDING_FIELDS
            and not (d.validators or d.field_validators or d.root_validators or d.model_validators)
            and Finding.__pydantic_post_init__ is None
            and Finding.model_config.get("extra") in (None, "ignore")
            and not Finding.__private_attributes__)


_TRUSTED = _trusted_ok()
_new_object = object.__new__
_set_slot = object.__setattr__


def _trusted_findings(rows: list[dict]) -> list[Finding]:
    """Findings from rows of exactly typed field values, in field order (see _TRUSTED)."""
    out = []
    append = out.append
    fields = frozenset(_FINDING_FIELDS)
    for row in rows:
        f = _new_object(Finding)
        _set_slot(f, "__dict__", row)
        _set_slot(f, "__pydantic_fields_set__", set(fields))
        _set_slot(f, "__pydantic_extra__", None)
        _set_slot(f, "__pydantic_private__", None)
        append(f)
    return out


@contextmanager
def _no_cyclic_gc():
    """Pause Python's cyclic garbage collector for one analysis.

    An analysis makes tens of thousands of short-lived, acyclic objects per megabyte; with
    the collector on, its full passes over them made 1 MB cost 13-14× the 100 KB cost
    (measured with benchmarks/bench_speed.py), with it paused 10.4×. Reference counting
    still frees everything; the collector's previous state is restored afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Redactor:
    """Find and remove identifying data in Chinese complaint text according to a policy.

    >>> r = Redactor(policy="forward", reporter=["李明", "13937112345"])
    >>> r.redact("举报人李明，电话13937112345。").text  # doctest: +SKIP
    '举报人〔举报人姓名〕，电话〔举报人手机号〕。'
    """

    def __init__(
        self,
        policy: "str | Path | Policy" = "discuss",
        *,
        reporter: Iterable[str] = (),
        subject: Iterable[str] = (),
        entities: Iterable[str] | None = None,
        key: "SecretKey | bytes | str | None" = None,
        score_threshold: float = 0.4,
    ) -> None:
        self.policy = load_policy(policy)
        self.policy.check_entities(known_entities())
        ents = tuple(sorted(set(entities))) if entities is not None else None
        self._analyzer = shared_analyzer(ents, float(score_threshold))
        if self.policy.needs_key():
            self.key: SecretKey | None = load_key(key, required_for=f"policy {self.policy.name}")
        else:
            self.key = load_key(key) if key is not None else None
        self.known = KnownFacts(tuple(reporter), tuple(subject))
        self._decide = self.policy.decider()
        self._known_entity = {
            v: self._classify_known(v) for v in (*self.known.reporter, *self.known.subject) if v
        }

    def __repr__(self) -> str:
        return f"Redactor(policy={self.policy.name!r}, known={self.known!r})"

    def _classify_known(self, value: str) -> str:
        """Entity type of a caller-supplied fact: what our recognizers say, else by shape."""
        _, results = self._analyzer.analyze(value)
        for r in results:
            if r.end - r.start >= len(value.strip()) - 1:
                return r.entity_type
        value = value.strip()
        if ORG_SUFFIX.search(value):
            return "ORGANIZATION"
        if len(value) > 4 and _ADDRESS_HINT.search(value):
            return "CN_ADDRESS"
        return "PERSON"

    def _known_results(self, artifacts_views) -> list[RecognizerResult]:
        out = []
        values = {"reporter": self.known.reporter, "subject": self.known.subject}
        for start, end, role, index in self.known.find_mentions(artifacts_views):
            entity = self._known_entity.get(values[role][index], "PERSON")
            out.append(RecognizerResult(entity, start, end, 1.0, recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: KNOWN_RECOGNIZER,
                RULE_ID_KEY: "JR000",
                EVIDENCE_KEY: [f"known:{role}"],
            }))
        return out

    def _check(self, text) -> None:
        if not isinstance(text, str):
            raise InputError(f"expected text as str, got {type(text).__name__}")

    def analyze(self, text: str) -> list[Finding]:
        """Every finding in ``text`` with its role and the action the policy decides."""
        self._check(text)
        with _no_cyclic_gc():
            return self._analyze(text)[1]

    def _analyze(self, text: str) -> tuple[ZhNlpArtifacts, list[Finding]]:
        extra = self._known_results(TextViews(text)) if self.known else None
        artifacts, results = self._analyzer.analyze(text, extra)
        # Roles add what recognizers cannot see alone: partial mentions of found values
        # (张先生 of 张建国, 尾号5678 of a phone, chat speakers), then a role for each.
        results, decisions, _genre = attribute_document(artifacts.views, results, self.known)
        return artifacts, self._findings(results, decisions)

    def _findings(self, results: list[RecognizerResult], decisions) -> list[Finding]:
        """The public findings: the requested entities (and any caller-given fact), each with
        the policy's action. Built as plain dicts, then made Findings in one go (trusted, see
        _TRUSTED, or validated in one call); the rule per (entity, role) and the rounded score
        per score value are looked up once."""
        wanted = frozenset(self._analyzer.entities)
        name_key = RecognizerResult.RECOGNIZER_NAME_KEY
        rules: dict[tuple[str, str], tuple[str, str | None]] = {}
        scores: dict[float, float] = {}
        rows = []
        append = rows.append
        for r, decision in zip(results, decisions):
            entity = r.entity_type
            meta = r.recognition_metadata or {}
            if not (entity in wanted or any("known:" in e for e in decision.evidence)
                    or meta.get(name_key) == KNOWN_RECOGNIZER):
                continue
            role = decision.role
            decided = rules.get((entity, role))
            if decided is None:
                rule = self._decide(entity, role)
                decided = rules[(entity, role)] = (
                    rule.action, rule.operator.type if rule.action == "remove" else None)
            score = scores.get(r.score)
            if score is None:
                score = scores[r.score] = float(round(min(1.0, max(0.0, r.score)), 4))
            append({
                "start": int(r.start),
                "end": int(r.end),
                "entity_type": entity,
                "score": score,
                "role": role,
                "action": decided[0],
                "operator": decided[1],
                "recognizer": meta.get(name_key, "unknown"),
                "rule_id": meta.get(RULE_ID_KEY, ""),
                "evidence": (*meta.get(EVIDENCE_KEY, ()), *decision.evidence),
                "cluster": decision.cluster,
            })
        return _trusted_findings(rows) if _TRUSTED else _FINDINGS.validate_python(rows)

    def redact(self, text: str, *, book: PseudonymBook | None = None) -> RedactResult:
        """The text with every removed finding transformed, plus all findings.

        Pass the same ``book`` for every document of a case to keep pseudonyms consistent
        across documents.
        """
        self._check(text)
        with _no_cyclic_gc():
            _, findings = self._analyze(text)
            new_text, replacements = transform(text, findings, self.policy, book, self.key)
        return RedactResult(text=new_text, findings=findings, replacements=replacements,
                            policy=self.policy.name)
