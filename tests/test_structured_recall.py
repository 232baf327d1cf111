"""A regression guard on the synthetic complaints: no structured identifier missed, no
never-flagged item flagged, in both template families (the tuned one and the unseen-wording
one). The benchmarks measure the rates; this only stops a change that loses a case.
"""

from __future__ import annotations

import pytest

from benchmarks.score import score_entities
from benchmarks.synth import STRUCTURED, generate


@pytest.mark.parametrize(("family", "seed"), [("seen", 515), ("unseen", 515)])
def test_no_structured_identifier_missed(structured_redactor, family, seed):
    docs = generate(80, seed, family=family)
    preds = [[f for f in structured_redactor.analyze(d.text)] for d in docs]
    report = score_entities(docs, preds)
    missed = {e: c.fn for e, c in report.overlap.items() if e in STRUCTURED and c.fn}
    false = {e: c.fp for e, c in report.overlap.items() if e in STRUCTURED and c.fp}
    assert missed == {} and false == {}
    assert sum(report.never_flagged.values()) == 0
