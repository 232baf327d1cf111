"""Presidio recognizer around the free-text tagger (PERSON, CN_ADDRESS, ORGANIZATION, …).

The tagger (:mod:`jubao_redact.freetext`) loads its model once per process; this class only
adapts its spans to Presidio results with our rule id and evidence.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult

from jubao_redact.errors import ConfigError
from jubao_redact.nlp_engine import LANGUAGE
from jubao_redact.normalize import TextViews
from jubao_redact.recognizer import ZhRecognizerMixin
from jubao_redact.spec import RecognizerSpec


class FreeTextRecognizer(ZhRecognizerMixin, EntityRecognizer):
    """Names, addresses, organisations, workplaces and demographics in running text."""

    def __init__(self, spec: RecognizerSpec) -> None:
        self.spec = spec
        self.context_rule = None
        self._tagger = None
        super().__init__(supported_entities=list(spec.entities), name=spec.name,
                         supported_language=LANGUAGE)

    def load(self) -> None:
        from jubao_redact.freetext import FreeTextTagger

        try:
            self._tagger = FreeTextTagger.shared()
        except (OSError, ValueError, KeyError) as err:
            raise ConfigError(
                "the free-text model could not be loaded from the installed package "
                f"({err.__class__.__name__}); reinstall jubao-redact"
            ) from None

    def analyze(self, text: str, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        views = getattr(nlp_artifacts, "views", None) or TextViews(text)
        wanted = set(entities) if entities else set(self.spec.entities)
        out = []
        for span in self._tagger.tag(views.folded):
            if span.label not in wanted:
                continue
            result = self._result(span.start, span.end, span.score,
                                  [span.cue] if span.cue else [])
            result.entity_type = span.label
            out.append(result)
        return out
