"""Presidio recognizer around the free-text tagger (PERSON, CN_ADDRESS, ORGANIZATION, …).

The tagger (:mod:`jubao_redact.freetext`) loads its model once per process; this class only
adapts its spans to Presidio results with our rule id and evidence.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from jubao_redact.errors import ConfigError
from jubao_redact.nlp_engine import LANGUAGE
from jubao_redact.normalize import TextViews
from jubao_redact.recognizer import ZhRecognizerMixin
from jubao_redact.spec import RecognizerSpec


# The tagger marks the surname alone in 王先生, 张某, 老刘 (People's Daily's convention).
# Removing only the surname would leave 〔姓名〕先生 / 老〔姓名〕: the title tells the sex, the
# form tells the age; both are the reporter's personal data, so the whole form goes.
_TITLE_AFTER = re.compile(r"先生|女士|小姐|师傅|大爷|大妈|阿姨|大姐|大哥|某某|某")
_PREFIX_BEFORE = ("老", "小", "阿")


def widen_name_form(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a surname-only PERSON span to its whole name form (王先生, 老刘, 张某某)."""
    title = _TITLE_AFTER.match(text, end)
    if title is not None:
        end = title.end()
    if start > 0 and text[start - 1] in _PREFIX_BEFORE and title is None:
        start -= 1
    return start, end


def detection_score(tagger_score: float) -> float:
    """Map the tagger's confidence onto the analyzer's score scale.

    The tagger's score is the mean softmax probability of the decoded labels, which is spread
    over 17 BIOES labels and often below 0.4 for a span Viterbi did choose. The decoding is
    the decision; the score only ranks. So every decoded span starts above the default
    threshold (0.45) and keeps its order (missing a reporter's name is worse than flagging
    one too many).
    """
    return round(0.45 + 0.55 * max(0.0, min(1.0, tagger_score)), 4)


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
            start, end = span.start, span.end
            brk = views.folded.find("\n", start, end)
            if brk != -1:  # a name, address or organisation never runs into the next line
                end = brk
                if end - start < 2:
                    continue
            if span.label == "PERSON" and end - start <= 2:
                start, end = widen_name_form(views.folded, start, end)
            result = self._result(start, end, detection_score(span.score),
                                  [span.cue] if span.cue else [])
            result.entity_type = span.label
            out.append(result)
        return out
