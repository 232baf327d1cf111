"""Score findings against the synthetic gold: per-entity P/R, never-flagged, leak and retention.

Anything with ``.start .end .entity_type`` (and optionally ``.role .action``) counts as a
finding, as do dicts with those keys; a missing action means "remove" (peers remove all
they find) and a missing role means "unknown".

Matching rules (both are reported):
- **exact**: a gold span is found if a finding of the same label has the same start and end.
- **overlap**: a gold span is found if a finding of the same label overlaps at least 50% of
  the gold span's characters. A finding is correct if it matches at least one gold span
  under the rule; one finding may cover several gold spans (e.g. "男，58岁，汉族" as one
  DEMOGRAPHIC finding covers the three gold pieces).
Recall counts gold spans (TP / (TP + FN)); precision counts findings ((n - FP) / n), so a
finding that matches nothing is one FP whatever it covers. Findings with a label we do
not score (e.g. Presidio's DATE_TIME) are counted apart as "other".

The "ANY" row ignores labels: did something find this span at all?

Never items: an item is *flagged* if any finding overlaps any of its characters, and
*removed* if a finding with action "remove" does.

Roles (per policy): with C = characters covered by findings whose action is "remove",
- a reporter span **leaks** unless every non-whitespace character of it is in C
  (a line break inside a number need not be redacted);
- a subject/official/public span is **retained** if none of its characters is in C.
Third-party spans count in neither (policies legitimately differ on them).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from benchmarks.synth.model import LABELS, SynthDoc

OVERLAP_SHARE = 0.5
KEPT_ROLES = ("subject", "official", "public")


@dataclass(frozen=True)
class Pred:
    start: int
    end: int
    entity_type: str
    role: str = "unknown"
    action: str = "remove"


def as_pred(obj: Any) -> Pred:
    """Normalise a library Finding, a peer result or a dict into a ``Pred``."""
    get = obj.get if isinstance(obj, dict) else lambda k, d=None: getattr(obj, k, d)
    return Pred(int(get("start")), int(get("end")), str(get("entity_type")),
                str(get("role", "unknown") or "unknown"), str(get("action", "remove") or "remove"))


@dataclass
class Counts:
    tp: int = 0  # gold spans found
    fn: int = 0  # gold spans missed
    fp: int = 0  # findings that match no gold span
    n_pred: int = 0

    @property
    def precision(self) -> float:
        return (self.n_pred - self.fp) / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class EntityReport:
    exact: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    overlap: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_form: dict[tuple[str, str], Counts] = field(default_factory=lambda: defaultdict(Counts))  # overlap recall
    other_labels: Counter = field(default_factory=Counter)
    never_total: Counter = field(default_factory=Counter)
    never_flagged: Counter = field(default_factory=Counter)
    never_removed: Counter = field(default_factory=Counter)
    never_examples: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, text, label)


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _matches(g0: int, g1: int, p0: int, p1: int, exact: bool) -> bool:
    if exact:
        return g0 == p0 and g1 == p1
    return _overlap(g0, g1, p0, p1) >= OVERLAP_SHARE * (g1 - g0)


def score_entities(docs: Sequence[SynthDoc], preds: Sequence[Iterable[Any]]) -> EntityReport:
    """Per-label counts under both rules, per-form recall, and never items flagged."""
    rep = EntityReport()
    for doc, raw in zip(docs, preds, strict=True):
        ps = [as_pred(p) for p in raw]
        scored = [p for p in ps if p.entity_type in LABELS]
        for p in ps:
            if p.entity_type not in LABELS:
                rep.other_labels[p.entity_type] += 1
        for exact, table in ((True, rep.exact), (False, rep.overlap)):
            _score_doc(doc, scored, exact, table, rep.by_form if not exact else None)
        _score_never(doc, ps, rep)
    return rep


def _score_doc(doc: SynthDoc, ps: list[Pred], exact: bool, table: dict, by_form: dict | None) -> None:
    used = [False] * len(ps)
    any_used = [False] * len(ps)
    for g in doc.spans:
        hit = hit_any = False
        for i, p in enumerate(ps):
            if _matches(g.start, g.end, p.start, p.end, exact):
                hit_any = any_used[i] = True
                if p.entity_type == g.label:
                    hit = used[i] = True
        for key, found in ((g.label, hit), ("ANY", hit_any)):
            c = table[key]
            c.tp += found
            c.fn += not found
        if by_form is not None:
            c = by_form[(g.label, g.form)]
            c.tp += hit
            c.fn += not hit
    for i, p in enumerate(ps):
        table[p.entity_type].n_pred += 1
        table[p.entity_type].fp += not used[i]
        table["ANY"].n_pred += 1
        table["ANY"].fp += not any_used[i]


def _score_never(doc: SynthDoc, ps: list[Pred], rep: EntityReport) -> None:
    for item in doc.never:
        rep.never_total[item.kind] += 1
        hits = [p for p in ps if _overlap(item.start, item.end, p.start, p.end)]
        if hits:
            rep.never_flagged[item.kind] += 1
            if len(rep.never_examples) < 50:
                rep.never_examples.append((item.kind, item.text, hits[0].entity_type))
        if any(p.action == "remove" for p in hits):
            rep.never_removed[item.kind] += 1


@dataclass
class RoleReport:
    """Leak rate over reporter spans and retention over subject/official/public spans."""

    reporter_total: int = 0
    leaked: int = 0
    kept_total: int = 0
    retained: int = 0
    leaks_by: Counter = field(default_factory=Counter)  # (label, form, genre) of leaked spans
    reporter_by: Counter = field(default_factory=Counter)
    lost_by: Counter = field(default_factory=Counter)  # (role, label) of kept-role spans removed
    kept_by: Counter = field(default_factory=Counter)

    @property
    def leak_rate(self) -> float:
        return self.leaked / self.reporter_total if self.reporter_total else 0.0

    @property
    def retention(self) -> float:
        return self.retained / self.kept_total if self.kept_total else 1.0


def score_roles(docs: Sequence[SynthDoc], preds: Sequence[Iterable[Any]]) -> RoleReport:
    rep = RoleReport()
    for doc, raw in zip(docs, preds, strict=True):
        removed = bytearray(len(doc.text))
        for p in map(as_pred, raw):
            lo, hi = max(0, p.start), min(p.end, len(doc.text))
            if p.action == "remove" and hi > lo:
                removed[lo:hi] = b"\x01" * (hi - lo)
        for g in doc.spans:
            if g.role == "reporter":
                rep.reporter_total += 1
                rep.reporter_by[g.label] += 1
                covered = all(removed[i] or doc.text[i].isspace() for i in range(g.start, g.end))
                if not covered:
                    rep.leaked += 1
                    rep.leaks_by[(g.label, g.form, doc.genre)] += 1
            elif g.role in KEPT_ROLES:
                rep.kept_total += 1
                rep.kept_by[(g.role, g.label)] += 1
                if any(removed[g.start:g.end]):
                    rep.lost_by[(g.role, g.label)] += 1
                else:
                    rep.retained += 1
    return rep


# --- tables -----------------------------------------------------------------------------

def table(header: Sequence[str], rows: Sequence[Sequence[Any]], markdown: bool) -> str:
    """A plain fixed-width table, or a GitHub markdown table for the README."""
    cells = [[str(c) for c in header]] + [[f"{c:.1%}" if isinstance(c, float) else str(c) for c in r] for r in rows]
    if markdown:
        lines = ["| " + " | ".join(r) + " |" for r in cells]
        lines.insert(1, "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|")
        return "\n".join(lines)
    widths = [max(_width(r[i]) for r in cells) for i in range(len(header))]
    return "\n".join("  ".join(_pad(c, w, i == 0) for i, (c, w) in enumerate(zip(r, widths))) for r in cells)


def _width(s: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)  # CJK takes two columns


def _pad(s: str, w: int, left: bool) -> str:
    gap = " " * (w - _width(s))
    return s + gap if left else gap + s


def entity_rows(rep: EntityReport) -> list[list[Any]]:
    """One row per label present in gold or predictions: gold count, exact P/R, overlap P/R."""
    labels = [lb for lb in LABELS if lb in rep.overlap] + ["ANY"]
    rows = []
    for lb in labels:
        e, o = rep.exact[lb], rep.overlap[lb]
        rows.append([lb, o.tp + o.fn, o.n_pred, e.precision, e.recall, o.precision, o.recall, o.fp, o.fn])
    return rows


ENTITY_HEADER = ("entity", "gold", "found", "P exact", "R exact", "P overlap", "R overlap", "FP", "FN")


def never_rows(rep: EntityReport) -> list[list[Any]]:
    return [[k, rep.never_total[k], rep.never_flagged[k], rep.never_removed[k]] for k in sorted(rep.never_total)] + [
        ["total", sum(rep.never_total.values()), sum(rep.never_flagged.values()), sum(rep.never_removed.values())]]


NEVER_HEADER = ("never kind", "items", "flagged", "removed")


def form_rows(rep: EntityReport, labels: Sequence[str]) -> list[list[Any]]:
    """Overlap recall per (label, written form), for the structured labels asked for."""
    return [[lb, form, c.tp + c.fn, c.recall] for (lb, form), c in sorted(rep.by_form.items()) if lb in labels]


FORM_HEADER = ("entity", "form", "gold", "R overlap")
