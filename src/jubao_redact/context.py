"""Context words for Chinese, on characters, in linear time.

Presidio's default enhancer compares lemmas (empty for a blank ``zh`` model), splits context
on spaces, uses a five-token window that runs across sentence ends, and compares every
result with every token (quadratic: 1 MB of complaints took over six minutes). This one looks
at a fixed number of characters before and after each match, cut at the sentence end, and
searches them with one precompiled regex per recognizer: cost is O(results × window).
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

# A cue in the previous sentence does not describe this number. A single line break does not
# end a sentence (form fields put the value on the next line), a blank line does.
_SENTENCE_END = re.compile(r"[。！？!?；;]|\n\s*\n")

EVIDENCE_KEY = "evidence"
NEEDS_CONTEXT_KEY = "needs_context"


class ContextRule:
    """Compiled context settings of one recognizer."""

    __slots__ = ("regex", "before", "after", "boost", "required")

    def __init__(self, terms: list[str], before: int, after: int, boost: float, required: bool):
        ordered = sorted(set(terms), key=len, reverse=True)  # longest cue wins in evidence
        self.regex = re.compile("|".join(re.escape(t) for t in ordered), re.IGNORECASE)
        self.before = before
        self.after = after
        self.boost = boost
        self.required = required

    def cue(self, text: str, start: int, end: int) -> str | None:
        """The nearest cue word within the sentence around ``text[start:end]``, if any."""
        left = text[max(0, start - self.before) : start]
        cut = None
        for cut in _SENTENCE_END.finditer(left):
            pass
        if cut is not None:
            left = left[cut.end() :]
        found = None
        for found in self.regex.finditer(left):
            pass  # keep the last (nearest) cue on the left
        if found is not None:
            return found.group(0)
        right = text[end : end + self.after]
        stop = _SENTENCE_END.search(right)
        if stop is not None:
            right = right[: stop.start()]
        found = self.regex.search(right)
        return found.group(0) if found else None


class ZhContextEnhancer(ContextAwareEnhancer):
    """Raise scores of matches with a cue nearby; drop matches whose cue is required."""

    def __init__(self) -> None:
        super().__init__(context_similarity_factor=0.0, min_score_with_context_similarity=0.0,
                         context_prefix_count=0, context_suffix_count=0)

    def enhance_using_context(
        self, text, raw_results, nlp_artifacts, recognizers, context=None
    ) -> list[RecognizerResult]:
        rules = {r.id: getattr(r, "context_rule", None) for r in recognizers}
        views = getattr(nlp_artifacts, "views", None)
        folded = views.folded if views is not None else text
        out = []
        for result in raw_results:
            rule = rules.get(result.recognition_metadata.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            if rule is None:
                out.append(result)
                continue
            cue = rule.cue(folded, result.start, result.end)
            if cue is None:
                if rule.required or result.recognition_metadata.get(NEEDS_CONTEXT_KEY):
                    continue
                out.append(result)
                continue
            result.score = min(1.0, result.score + rule.boost)
            result.recognition_metadata.setdefault(EVIDENCE_KEY, []).append(f"context:{cue}")
            out.append(result)
        return out
