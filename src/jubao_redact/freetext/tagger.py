"""The free-text tagger the engine calls: model spans + rules, merged.

``FreeTextTagger.shared().tag(text)`` returns :class:`TaggedSpan` objects whose
offsets slice the caller's ``text`` exactly (the model folds full-width ASCII
internally one code point for one, so raw and width-folded text give the same
offsets). Everything is linear in the text length.
"""

from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass
from importlib import resources

from jubao_redact.freetext import rules
from jubao_redact.freetext.lexicons import not_names
from jubao_redact.freetext.model import LinearChainModel

LABELS = frozenset({"PERSON", "CN_ADDRESS", "ORGANIZATION", "CN_WORKPLACE", "DEMOGRAPHIC"})
_MODEL_LABEL = {"PER": "PERSON", "ORG": "ORGANIZATION", "ADDR": "CN_ADDRESS"}  # LOC is not emitted
_HAN = re.compile("[\u4e00-\u9fff]")  # at least one CJK char makes a name candidate
#: Texts are tagged in windows of this many chars (cut at a line or sentence end),
#: so memory stays bounded and cache-friendly on very long documents (linear time).
WINDOW = 20_000


@dataclass(frozen=True)
class TaggedSpan:
    """One finding: ``text[start:end]`` is ``label``; ``cue`` says which part decided."""

    start: int
    end: int
    label: str
    score: float
    cue: str | None = None


class FreeTextTagger:
    """PERSON, CN_ADDRESS, ORGANIZATION, CN_WORKPLACE and DEMOGRAPHIC in Chinese text."""

    _shared: FreeTextTagger | None = None
    _lock = threading.Lock()

    def __init__(self, model: LinearChainModel | None = None):
        if model is None:
            data = resources.files("jubao_redact.freetext").joinpath("data")
            with (
                data.joinpath("model.npz").open("rb") as fh,
                data.joinpath("words.tsv").open(encoding="utf-8") as words,
                data.joinpath("charstats.tsv").open(encoding="utf-8") as stats,
            ):
                model = LinearChainModel.load(fh, words, stats)
        self.model = model

    @classmethod
    def shared(cls) -> FreeTextTagger:
        """The process-wide tagger; the model is loaded once, on first use."""
        if cls._shared is None:
            with cls._lock:
                if cls._shared is None:
                    cls._shared = cls()
        return cls._shared

    def tag(self, text: str) -> list[TaggedSpan]:
        """All spans in ``text``, sorted by start; same-label overlaps merged."""
        found: list[tuple[int, int, str, float, str]] = []
        for base, chunk in _windows(text):
            for s, e, ent, score in self.model.spans(chunk):
                label = _MODEL_LABEL.get(ent)
                if label == "PERSON":  # one convention: the name alone (王先生 → 王, 老刘 → 刘)
                    s, e = rules.trim_name(chunk, s, e)
                    if chunk.startswith(not_names(), s):
                        continue  # 李子树, 黄河边: a word, not a name
                    if not _HAN.search(chunk, s, e):
                        continue  # Latin-only (@wallace): handles belong to CN_SOCIAL_ACCOUNT
                if label:
                    found.append((base + s, base + e, label, score, "model"))
        found = _absorb(found, rules.person_rules(text))
        found.extend(rules.demographic_rules(text))
        merged = _merge(found)
        orgs = [(s.start, s.end) for s in merged if s.label == "ORGANIZATION"]
        work = set(rules.workplace_rules(text, orgs))
        return [
            TaggedSpan(s.start, s.end, "CN_WORKPLACE", s.score, "rule:workplace")
            if s.label == "ORGANIZATION" and (s.start, s.end) in work
            else s
            for s in merged
        ]


def _windows(text: str):
    """(offset, chunk) pieces of at most ~WINDOW chars, cut after a newline or 。."""
    start = 0
    while len(text) - start > WINDOW:
        cut = max(text.rfind("\n", start, start + WINDOW), text.rfind("。", start, start + WINDOW))
        cut = cut + 1 if cut > start else start + WINDOW
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


def _model_wins(cue: str) -> bool:
    """Rules whose boundary is a guess: a title (王先生) or a cue field (姓名：…).

    When the model found a name there, its boundary is kept (李赋宁先生 → 李赋宁)
    and only the cue is taken from the rule. 张某某 and 小张 keep the rule's span.
    """
    return cue.startswith("field:") or (
        cue.startswith("lexicon:") and cue not in ("lexicon:某", "lexicon:小", "lexicon:老")
    )


def _absorb(found: list, person_rules: list) -> list:
    """Add rule PERSON spans; those overlapping a model name only relabel its cue."""
    model = sorted(f for f in found if f[2] == "PERSON")
    starts = [f[0] for f in model]
    out = [f for f in found if f[2] != "PERSON"]
    upgraded: dict[int, tuple] = {}
    for r in person_rules:
        s, e, _, score, cue = r
        if _model_wins(cue):
            k = bisect.bisect_right(starts, e - 1) - 1  # last model span starting before e
            if k >= 0 and model[k][1] > s:
                m = upgraded.get(k, model[k])
                upgraded[k] = (
                    m[0],
                    m[1],
                    "PERSON",
                    max(m[3], score),
                    cue if m[4] == "model" else m[4],
                )
                continue
        out.append(r)
    out.extend(upgraded.get(k, m) for k, m in enumerate(model))
    return out


def _merge(found) -> list[TaggedSpan]:
    """Union overlapping spans of one label; a rule's cue wins over ``model``."""
    out: list[TaggedSpan] = []
    by_label: dict[str, list] = {}
    for f in found:
        by_label.setdefault(f[2], []).append(f)
    for label, items in by_label.items():
        items.sort()
        cur = list(items[0])
        for s, e, _, score, cue in items[1:]:
            if s < cur[1]:  # overlap: extend, keep the best score and a rule's cue
                cur[1] = max(cur[1], e)
                cur[3] = max(cur[3], score)
                if cur[4] == "model":
                    cur[4] = cue
            else:
                out.append(TaggedSpan(*cur))
                cur = [s, e, label, score, cue]
        out.append(TaggedSpan(*cur))
    out.sort(key=lambda t: (t.start, t.end, t.label))
    return out
