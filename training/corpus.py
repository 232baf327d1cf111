"""Read ../shared/corpus JSONL files into (text, [(start, end, label)]) examples.

Labels are mapped to the tagger's internal entities:
PER (PERSON), ORG (ORG), ADDR (cluener ADDRESS and whole postal addresses),
LOC (other place names; learned so the model can tell a place from an address,
never emitted by the tagger). Everything else (TITLE, PERSON_NOM, …) is ``O``.
"""

from __future__ import annotations

import json
import pathlib
import re

LABEL_MAP = {"PERSON": "PER", "ORG": "ORG", "ADDRESS": "ADDR", "LOCATION": "LOC"}

Example = tuple[str, list[tuple[int, int, str]]]


def read_jsonl(path: pathlib.Path) -> list[dict]:
    """All records of a corpus file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def ner_examples(path: pathlib.Path, max_len: int = 160) -> list[Example]:
    """Records as examples, long texts split at sentence ends (never inside a span)."""
    out: list[Example] = []
    for rec in read_jsonl(path):
        spans = [
            (s["start"], s["end"], LABEL_MAP[s["label"]])
            for s in rec["spans"]
            if s["label"] in LABEL_MAP
        ]
        out.extend(_split(rec["text"], spans, max_len))
    return out


_SENT_END = re.compile(r"[。！？!?；\n]")  # sentence-final punctuation


def _split(text: str, spans, max_len: int) -> list[Example]:
    if len(text) <= max_len:
        return [(text, spans)]
    inside = set()
    for s, e, _ in spans:
        inside.update(range(s, e))
    cuts = [m.end() for m in _SENT_END.finditer(text) if m.end() not in inside]
    pieces, start = [], 0
    for c in cuts + [len(text)]:
        if c - start >= 20 or c == len(text):
            pieces.append((start, c))
            start = c
    out = []
    for a, b in pieces:
        if b <= a:
            continue
        sub = [(s - a, e - a, lab) for s, e, lab in spans if s >= a and e <= b]
        out.append((text[a:b], sub))
    return out


def addresses(path: pathlib.Path) -> list[str]:
    """Whole address strings from chinese_address_parsing."""
    return [rec["text"] for rec in read_jsonl(path)]


def person_names(examples: list[Example]) -> list[str]:
    """Every PER span text (used to learn given-name characters)."""
    return [t[s:e] for t, sp in examples for s, e, lab in sp if lab == "PER"]
