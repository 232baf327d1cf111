"""Presidio recognizers built from the YAML definitions in ``recognizers/``.

:class:`ZhPatternRecognizer` matches verbose-mode regexes on one of the text views (original,
width-folded, or digit-folded so that 幺三八… reads as 138…), runs the named validator for
checksum/date/region evidence, and records the rule id and evidence in Presidio's
``recognition_metadata``. Context cues are applied later by :mod:`jubao_redact.context`.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from jubao_redact.context import EVIDENCE_KEY, NEEDS_CONTEXT_KEY, ContextRule, sentence_ends
from jubao_redact.errors import RecognizerDefinitionError
from jubao_redact.nlp_engine import LANGUAGE
from jubao_redact.normalize import TextViews
from jubao_redact.resources import terms as load_terms
from jubao_redact.spec import RecognizerSpec
from jubao_redact.validators import VALIDATORS, Check

_UNCHECKED = object()

RULE_ID_KEY = "rule_id"


def context_rule_for(spec: RecognizerSpec) -> ContextRule | None:
    if spec.context is None:
        return None
    words = list(spec.context.terms)
    for name in spec.context.files:
        words.extend(load_terms(f"context/{name}"))
    if not words:
        return None
    c = spec.context
    return ContextRule(words, c.before, c.after, c.boost, c.required)


class ZhRecognizerMixin:
    """What every jubao-redact recognizer carries besides Presidio's own attributes."""

    spec: RecognizerSpec
    context_rule: ContextRule | None

    def _result(self, start: int, end: int, score: float, evidence,
                needs_context: bool = False) -> RecognizerResult:
        meta = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self._id,
            RULE_ID_KEY: self.spec.rule_id,
            EVIDENCE_KEY: list(evidence),
        }
        if needs_context:
            meta[NEEDS_CONTEXT_KEY] = True
        return RecognizerResult(self.spec.entity, start, end, score, None, meta)


class ZhPatternRecognizer(ZhRecognizerMixin, EntityRecognizer):
    """A declarative regex recognizer for one entity (see ``recognizers/structured/``)."""

    def __init__(self, spec: RecognizerSpec) -> None:
        self.spec = spec
        flags = re.VERBOSE | (re.IGNORECASE if spec.ignore_case else 0)
        self._patterns = [(p, re.compile(p.regex, flags)) for p in spec.patterns]
        self._validate = None
        if spec.validator is not None:
            if spec.validator not in VALIDATORS:
                known = ", ".join(sorted(VALIDATORS))
                raise RecognizerDefinitionError(
                    f"{spec.name}: unknown validator {spec.validator!r}; known: {known}"
                )
            self._validate = VALIDATORS[spec.validator]
        self.context_rule = context_rule_for(spec)
        super().__init__(
            supported_entities=[spec.entity],
            name=spec.name,
            supported_language=LANGUAGE,
            context=list(self.context_rule.regex.pattern.split("|")) if self.context_rule else [],
        )

    def load(self) -> None:  # everything is compiled in __init__
        pass

    def analyze(self, text: str, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        views = getattr(nlp_artifacts, "views", None) or TextViews(text)
        haystack = views.view(self.spec.view)
        rule = self.context_rule
        results = []
        # Two patterns (or a repeated number) often match the same characters: check once.
        checked: dict[tuple[str, float], Check | None] = {}
        ends = sentence_ends(views, views.folded) if rule is not None else None
        for pattern, regex in self._patterns:
            # Bare digit runs and words are everywhere; look for the cue here, before any
            # result object is made, so that text without cues costs almost nothing.
            gate = rule is not None and (rule.required or pattern.needs_context)
            for match in regex.finditer(haystack):
                start, end = match.span(pattern.group)
                if start < 0 or start == end:
                    continue
                if gate and rule.cue(views.folded, start, end, ends) is None:
                    continue
                score, evidence = pattern.score, [f"pattern:{pattern.name}"]
                if self._validate is not None and pattern.validate_match:
                    key = (haystack[start:end], pattern.score)
                    check = checked.get(key, _UNCHECKED)
                    if check is _UNCHECKED:
                        check = checked[key] = self._validate(*key)
                    if check is None:
                        continue
                    score = check.score
                    evidence.extend(check.evidence)
                results.append(
                    self._result(start, end, score, evidence, pattern.needs_context)
                )
        return results
