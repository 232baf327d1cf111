"""The free-text tagger the engine calls: model spans + rules, merged.

``FreeTextTagger.shared().tag(text)`` returns :class:`TaggedSpan` objects whose
offsets slice the caller's ``text`` exactly (the model folds full-width ASCII
internally one code point for one, so raw and width-folded text give the same
offsets). Everything is linear in the text length.
"""

from __future__ import annotations

import bisect
import io
import pathlib
import threading
from dataclasses import dataclass
from importlib import resources

from jubao_redact.freetext import foreign, names, rules
from jubao_redact.freetext.lexicons import not_names
from jubao_redact.freetext.model import LinearChainModel

LABELS = frozenset({"PERSON", "CN_ADDRESS", "ORGANIZATION", "CN_WORKPLACE", "DEMOGRAPHIC"})
_MODEL_LABEL = {"PER": "PERSON", "ORG": "ORGANIZATION", "ADDR": "CN_ADDRESS"}  # LOC is not emitted
#: Texts are tagged in windows of this many chars (cut at a line or sentence end),
#: so memory stays bounded and cache-friendly on very long documents (linear time).
WINDOW = 20_000
#: Added to the model's name-start scores right after an office or role word
#: (德国总理科尔): the model still decides whether a name follows and where it ends.
#: 1–3 gave the same dev figures (PD recall +1 point, precision unchanged); 4 cost
#: precision.
NAME_CUE_BOOST = 2.0

#: A name is repeated to its other occurrences in the text only when the model's
#: mean per-char probability for it reaches this (rules score 0.8–0.95). Chosen on
#: the dev splits: wrong names had 0.22–0.53, right ones mostly 0.58–0.69.
REPEAT_SCORE = 0.55


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

    def __init__(self, data_dir=None):
        """Load the shipped model and lexicons, or those in ``data_dir`` (a candidate
        model.npz + words.tsv + charstats.tsv, for benchmarks)."""
        data = (
            resources.files("jubao_redact.freetext").joinpath("data")
            if data_dir is None
            else pathlib.Path(data_dir)
        )
        words = data.joinpath("words.tsv").read_text(encoding="utf-8")
        with (
            data.joinpath("model.npz").open("rb") as fh,
            data.joinpath("charstats.tsv").open(encoding="utf-8") as stats,
        ):
            self.model = LinearChainModel.load(fh, io.StringIO(words), stats)
        self.lexicon = names.NameLexicon(words)

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
            cues = rules.name_cue_positions(chunk)
            model_spans = self.model.spans(chunk, cues, NAME_CUE_BOOST)
            # foreign names the model missed next to a cue (基里延科总理): only where
            # the model found no name, organisation or address (its LOC guesses are
            # not places we know of: the cue next to a run outweighs them)
            taken = [(s, e) for s, e, ent, _ in model_spans if ent != "LOC"]
            for s, e, label, score, cue in foreign.names(
                chunk, self.model.stats, self.lexicon.places, taken
            ):
                found.append((base + s, base + e, label, score, cue))
            for s, e, ent, score in model_spans:
                label = _MODEL_LABEL.get(ent)
                if label == "PERSON":
                    # one convention: the name alone (王先生 → 王, 老刘 → 刘); a run of
                    # @handles gives its Chinese pieces; Latin-only handles (@wallace)
                    # are left to CN_SOCIAL_ACCOUNT; places (科索沃) are dropped
                    for a, b in names.clean(chunk, s, e, self.lexicon):
                        if not chunk.startswith(not_names(), a):  # 李子树, 黄河边: a word
                            found.append((base + a, base + b, label, score, "model"))
                elif label:
                    found.append((base + s, base + e, label, score, "model"))
        found = _absorb(found, rules.person_rules(text), text)
        # Names found with some confidence are tagged wherever else they occur. A bare
        # 我是 + surname, or a model name scored below REPEAT_SCORE, is too weak to repeat:
        # a wrong name (雷阵雨 in a weather table) would be repeated everywhere.
        people = [
            # a surname found in 老廖 / 小秦 is repeated in that form (说老廖在…值班)
            (f[0] - 1 if f[1] - f[0] == 1 and f[0] and text[f[0] - 1] in "老小" else f[0], f[1])
            for f in found
            if f[2] == "PERSON" and f[3] >= REPEAT_SCORE and f[4] != "field:我是"
        ]
        found.extend((s, e, "PERSON", 0.7, "doc:repeat") for s, e in names.repeated(text, people))
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


def _absorb(found: list, person_rules: list, text: str) -> list:
    """Add rule PERSON spans; those overlapping a model name only relabel its cue (but for a
    name a line end cuts, 刘⏎雪梅, which the model reads in part)."""
    model = sorted(f for f in found if f[2] == "PERSON")
    starts = [f[0] for f in model]
    out = [f for f in found if f[2] != "PERSON"]
    upgraded: dict[int, tuple] = {}
    for r in person_rules:
        s, e, _, score, cue = r
        if _model_wins(cue) and "\n" not in text[s:e]:
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
