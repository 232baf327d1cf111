"""Detection: Presidio's AnalyzerEngine with the Chinese engine, then allow lists and overlaps.

Stage "detect" of the data flow. Returns Presidio ``RecognizerResult`` objects whose offsets
slice the caller's original text; roles and policy come after (see :mod:`jubao_redact.redactor`).
"""

from __future__ import annotations

import bisect
from functools import lru_cache

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult

from jubao_redact.context import ZhContextEnhancer
from jubao_redact.errors import InputError, UnknownEntityError
from jubao_redact.nlp_engine import LANGUAGE, ZhNlpArtifacts, ZhNlpEngine
from jubao_redact.recognizer import ZhRecognizerMixin
from jubao_redact.registry import allow_lists, build_registry, known_entities


def allowed_spans(artifacts: ZhNlpArtifacts) -> list[tuple[int, int]]:
    """Sorted, merged spans of text that allow lists say are never personal data."""
    spans = []
    for allow in allow_lists():
        text = artifacts.views.view(allow.view)
        for regex in allow.regexes:
            spans.extend(m.span() for m in regex.finditer(text) if m.end() > m.start())
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# Free-text spans come from a model that may run a name or organisation into a date or a
# document number (十七日环保局, 苏环督〔2023〕); those are trimmed at the allowed span. Numbers
# are not trimmed: a phone partly inside an allowed span is kept whole (fail closed).
TRIMMABLE = frozenset({"PERSON", "CN_ADDRESS", "ORGANIZATION", "CN_WORKPLACE", "DEMOGRAPHIC"})
MIN_TRIMMED = 2
_PLACE_CHARS = frozenset("省市区县镇乡村路街道巷号楼室组庄屯弄园苑院")


def drop_allowed(results: list[RecognizerResult], spans: list[tuple[int, int]], text: str = ""):
    """Drop results inside an allowed span; trim free-text results that overlap one (an
    address trimmed to a few characters of ``text`` without a place character is dropped)."""
    if not spans:
        return results
    starts = [s for s, _ in spans]
    kept = []
    for r in results:
        if r.entity_type == "DEMOGRAPHIC":
            kept.append(r)  # a birth date is a date the allow list knows, and still a person's
            continue
        i = bisect.bisect_right(starts, r.start) - 1
        if i >= 0 and spans[i][0] <= r.start and r.end <= spans[i][1]:
            continue
        if r.entity_type in TRIMMABLE:
            before = (r.start, r.end)
            if i >= 0 and spans[i][1] > r.start:  # an allowed span covers the head
                r.start = spans[i][1]
            j = bisect.bisect_left(starts, r.end) - 1  # the last allowed span starting before end
            if j >= 0 and spans[j][0] > r.start and spans[j][0] < r.end:
                r.end = spans[j][0]
            if (r.start, r.end) != before and (
                    r.end - r.start < MIN_TRIMMED
                    or r.entity_type == "CN_ADDRESS" and r.end - r.start < 4
                    and not _PLACE_CHARS.intersection(text[r.start : r.end])):
                continue  # what is left is too short to mean anything (…45号|决定: no place)
        kept.append(r)
    return kept


def _drop_contained_free_text(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Drop a name, address or organisation lying wholly inside another finding.

    The model may see the name 麦田 inside the chat nickname 麦田随风 with a higher score than
    the nickname's; keeping the container removes the whole nickname. Structured identifiers
    are never dropped this way: a phone inside a wrong address span must still be found.
    """
    if not any(r.entity_type in TRIMMABLE for r in results):
        return results
    # on the same span, the structured finding comes first and the free-text one is dropped;
    # of two free-text readings of one span (a table cell the model calls an organisation, a
    # rule a name) the higher score comes first and stays, as resolve_overlaps would decide
    order = sorted(results, key=lambda r: (r.start, -r.end, r.entity_type in TRIMMABLE, -r.score))
    kept, reach = [], -1
    for r in order:
        if r.end <= reach and r.entity_type in TRIMMABLE:
            continue
        kept.append(r)
        reach = max(reach, r.end)
    return kept


#: Entities a link may carry in its query (…/view?id=7360731&tel=17607351962): then the
#: whole link goes, not the number alone with the rest of the link left to point at the case.
_CARRIED = frozenset({"CN_MOBILE", "CN_LANDLINE", "CN_ID_CARD", "CN_QQ", "CN_WECHAT", "EMAIL_ADDRESS"})


def _links_carry_their_numbers(results: list[RecognizerResult]) -> None:
    """A URL holding a phone, an ID or an address outranks it in the overlap (one pass over
    the few URLs, each looking at the results that start inside it)."""
    links = [r for r in results if r.entity_type == "URL"]
    if not links:
        return
    inner = sorted((r.start, r.end, r.score) for r in results if r.entity_type in _CARRIED)
    starts = [a for a, _, _ in inner]
    for link in links:
        i = bisect.bisect_left(starts, link.start)
        while i < len(inner) and inner[i][0] < link.end:
            if inner[i][1] <= link.end and inner[i][2] >= link.score:
                link.score = min(1.0, inner[i][2] + 0.01)
            i += 1


def resolve_overlaps(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Keep the best of overlapping results: higher score, then longer, then earlier.

    Greedy in that order; the characters already taken are marked in a bytearray, so each
    result costs its own length (linear overall; a sorted list with inserts was quadratic).
    """
    results = _drop_contained_free_text(results)
    if not results:
        return []
    _links_carry_their_numbers(results)
    order = sorted(results, key=lambda r: (-r.score, r.start - r.end, r.start))
    taken = bytearray(max(r.end for r in results))
    kept = []
    for r in order:
        if taken.find(1, r.start, r.end) != -1:
            continue
        taken[r.start : r.end] = b"\x01" * (r.end - r.start)
        kept.append(r)
    kept.sort(key=lambda r: (r.start, r.end))
    return kept


class ZhAnalyzerEngine(AnalyzerEngine):
    """Presidio's engine with a linear context step and without a redundant dedup pass.

    The stock ``_enhance_using_context`` filters the full result list once per recognizer
    (recognizers × results); this groups results by recognizer in one pass and otherwise
    does the same: recognizer-level enhancement, then the engine's context enhancer.

    The stock ``analyze`` ends with ``EntityRecognizer.remove_duplicates`` (a set, a sort
    with a Python key and a scan: 15 % of structured detection on 1 MB). Every caller here
    goes on to :func:`resolve_overlaps`, which keeps one of any overlapping results by the
    same order (score, then length), so that pass is skipped on our path. Requests using
    Presidio's other options (ad-hoc recognizers, allow lists, decision process, context
    words) take the stock path unchanged.
    """

    def analyze(self, text, language, entities=None, correlation_id=None,
                score_threshold=None, return_decision_process=False,
                ad_hoc_recognizers=None, context=None, allow_list=None,
                nlp_artifacts=None, **kwargs):
        if (return_decision_process or ad_hoc_recognizers or context or allow_list or kwargs
                or not entities or score_threshold is None or self.log_decision_process):
            return super().analyze(
                text, language, entities=entities, correlation_id=correlation_id,
                score_threshold=score_threshold,
                return_decision_process=return_decision_process,
                ad_hoc_recognizers=ad_hoc_recognizers, context=context,
                allow_list=allow_list, nlp_artifacts=nlp_artifacts, **kwargs)
        recognizers = self.registry.get_recognizers(language=language, entities=entities)
        if nlp_artifacts is None:
            nlp_artifacts = self.nlp_engine.process_text(text, language)
        results = []
        for recognizer in recognizers:
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True
            found = recognizer.analyze(text=text, entities=entities,
                                       nlp_artifacts=nlp_artifacts) or []
            if not isinstance(recognizer, ZhRecognizerMixin):  # ours set id and name already
                for r in found:
                    meta = r.recognition_metadata = r.recognition_metadata or {}
                    meta.setdefault(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, recognizer.id)
                    meta.setdefault(RecognizerResult.RECOGNIZER_NAME_KEY, recognizer.name)
            results.extend(found)
        results = self._enhance_using_context(text, results, nlp_artifacts, recognizers)
        return [r for r in results if r.score >= score_threshold and r.score > 0]

    def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers,
                               context=None):
        by_recognizer: dict[str, list[RecognizerResult]] = {}
        for r in raw_results:
            key = r.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY]
            by_recognizer.setdefault(key, []).append(r)
        results = []
        for recognizer in recognizers:
            mine = by_recognizer.get(recognizer.id)
            if not mine:
                continue
            if type(recognizer).enhance_using_context is not EntityRecognizer.enhance_using_context:
                others = [r for r in raw_results if r.recognition_metadata[
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] != recognizer.id]
                mine = recognizer.enhance_using_context(text, mine, others, nlp_artifacts, context)
            results.extend(mine)
        return self.context_aware_enhancer.enhance_using_context(
            text=text, raw_results=results, nlp_artifacts=nlp_artifacts,
            recognizers=recognizers, context=context,
        )


class Analyzer:
    """Builds the Presidio engine once and analyses texts; safe to share between threads."""

    def __init__(self, entities: list[str] | None = None, score_threshold: float = 0.4,
                 tokenize: bool = False) -> None:
        known = known_entities()
        if entities is not None:
            unknown = sorted(set(entities) - set(known))
            if unknown:
                raise UnknownEntityError(
                    f"unknown entity {unknown[0]!r}; known: {', '.join(known)}"
                )
        self.entities = tuple(entities) if entities is not None else known
        self.score_threshold = score_threshold
        self.nlp_engine = ZhNlpEngine(tokenize=tokenize)
        self.nlp_engine.load()
        self.engine = ZhAnalyzerEngine(
            registry=build_registry(frozenset(self.entities)),
            nlp_engine=self.nlp_engine,
            supported_languages=[LANGUAGE],
            context_aware_enhancer=ZhContextEnhancer(),
            default_score_threshold=score_threshold,
        )

    def analyze(self, text: str, extra: list[RecognizerResult] | None = None
                ) -> tuple[ZhNlpArtifacts, list[RecognizerResult]]:
        """Results for ``text`` (plus caller-supplied ``extra`` ones), overlaps resolved."""
        if not isinstance(text, str):
            raise InputError(f"expected text as str, got {type(text).__name__}")
        artifacts = self.nlp_engine.process_text(text, LANGUAGE)
        if not text:
            return artifacts, []
        results = self.engine.analyze(
            text=text,
            language=LANGUAGE,
            entities=list(self.entities),
            nlp_artifacts=artifacts,
            score_threshold=self.score_threshold,
        )
        results = drop_allowed(results, allowed_spans(artifacts), artifacts.views.folded)
        return artifacts, resolve_overlaps(results + list(extra or ()))


@lru_cache(maxsize=8)
def shared_analyzer(entities: tuple[str, ...] | None, score_threshold: float) -> Analyzer:
    """One analyzer per configuration and process: recognizers compile once."""
    return Analyzer(list(entities) if entities is not None else None, score_threshold)
