"""Values of reporter fields that recognizers missed (``住址：…``, ``工作单位：…``, ``现住…``).

A reporter's address or employer written after its field name is the reporter's whatever it
looks like; when the free-text recognizer does not find it, leaving it would leak. This
module turns the value after such a cue into a finding of the entity the cue names
(``recognizers/roles/values.yaml``); role attribution then decides its role from the same cue.
One regex pass over the text; each value ends at the clause end, a table bar, or an end
word (…的住户, 在…上班), and is at most :data:`MAX_VALUE` characters.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from presidio_analyzer import RecognizerResult

from jubao_redact.context import EVIDENCE_KEY
from jubao_redact.recognizer import RULE_ID_KEY
from jubao_redact.resources import data_file, load_yaml, terms
from jubao_redact.roles_cues import cue_table, fold_pronouns, padded, trie_pattern

FIELD_RECOGNIZER = "FieldValueRecognizer"
RULE_ID = "JR304"
MAX_VALUE = 40
_LABEL_PREFIX = re.compile(r"[ \t\u3000【\[［〔]*[\u4e00-\u9fff]{0,5}")  # what may stand before a label
_STOP = re.compile(r"[，,。；;！!？?\n|（(）)、]")   # a value never runs past these


@dataclass(frozen=True)
class _Rule:
    entity: str
    field_only: bool
    needs_end: bool
    needs_end_unless_field: bool
    ends: tuple[str, ...]
    max_len: int
    pattern: re.Pattern | None  # the value must match this whole (an address's shape)


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern, dict[str, list[_Rule]], None]:
    data = load_yaml(data_file("roles/values.yaml"))
    rules: dict[str, list[_Rule]] = {}
    for item in data.get("values", []):
        rule = _Rule(item["entity"], bool(item.get("field_only")), bool(item.get("needs_end")),
                     bool(item.get("needs_end_unless_field")), tuple(item.get("ends") or ()),
                     int(item.get("max_len", MAX_VALUE)),
                     re.compile(item["pattern"]) if item.get("pattern") else None)
        for w in item["words"]:
            for form in padded(w):  # 性 别：, 住　址：
                rules.setdefault(form, []).append(rule)
    # a plain trie (no first-character guard): re's own prefix set skips to the labels'
    # first characters, faster (16 -> 10 ms per MB, same matches)
    regex = re.compile(
        r"""(?P<cue>""" + trie_pattern(rules) + r""")  # the field or cue, longest match
            (?P<field>[ \t]*[：:|｜][ \t]*|\t[ \t]*|[ \u3000]{2,}(?=[^ \u3000\n])  # a colon, table bar
                                              # or column gap (性别    男) makes it a form field,
              |[ \u3000]?[】\]］〕][ \t]*(?=[^\s【\[［〔])      # so does 【住址】… with the value after it,
              |[ \t：:\r]*\n(?P<below>)(?=[^\r\n]))?   # or a line break: the value on the line below
                                              # (only for a label alone on its line, checked below)
            [ \t]*
        """,
        re.X,
    )
    return regex, rules, None  # noqa: third slot kept for a future deny list


# A token written by the label/pseudonym operators: re-checking scrubbed text must not
# report it as a value that the recognizers missed.
_REPLACEMENT = re.compile(r"(?:〔[^〔〕\n]{1,24}〕)+")


@lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    return frozenset(terms("terms/field_labels.txt"))


def _is_label(value: str) -> bool:
    """A form label (联系号码, 涉事主体), not a value: listed, or a cue word plus at most two
    characters of label, or a cue word followed by another label (负责人联系方式, a header
    cell next to 反映人单位 |)."""
    if value in _labels():
        return True
    m = cue_table().regex["left"].match(value)
    if m is None or m.start("word") != 0 or any(ch.isdigit() for ch in value):
        return False
    rest = value[m.end("word"):]
    return len(rest) <= 2 or _is_label(rest)


def missed_values(text: str, results: list[RecognizerResult],
                  spans: list[tuple[int, int]] | None = None) -> list[RecognizerResult]:
    """Findings for reporter-field values that no result overlaps (``spans``: the results'
    (start, end), sorted, if the caller has them)."""
    regex, rules, _ = _table()
    if spans is None:
        spans = sorted((r.start, r.end) for r in results)
    starts = [s for s, _ in spans]
    out = []
    for m in regex.finditer(fold_pronouns(text)):  # 俺家住… reads as 我家住… (same offsets)
        start = m.end()
        if m.group("below") is not None and not _LABEL_PREFIX.fullmatch(
                text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            continue  # 住址⏎… only when the label (诉求人住址) is alone on its line
        stop = _STOP.search(text, start, min(len(text), start + MAX_VALUE + 1))
        limit = stop.start() if stop else min(len(text), start + MAX_VALUE)
        for rule in rules[m.group("cue")]:
            is_field = m.group("field") is not None
            if rule.field_only and not is_field:
                continue
            end, ended = limit, False
            for word in rule.ends:
                k = text.find(word, start, limit)
                if k > start and (not ended or k < end):
                    end, ended = k, True
            if (rule.needs_end or (rule.needs_end_unless_field and not is_field)) and not ended:
                continue
            value = text[start:end].strip()
            if not value or len(value) > rule.max_len or _REPLACEMENT.fullmatch(value):
                continue  # 〔举报人地址〕 is what our own label operator left there
            if rule.pattern is not None:
                if not rule.pattern.fullmatch(value):
                    continue
            elif len(value) < 2:
                continue
            end = start + len(text[start:end].rstrip())
            i = bisect.bisect_left(starts, end)
            if i > 0 and max(e for _, e in spans[max(0, i - 4) : i]) > start:
                break  # a recognizer found something there already: trust it
            if _is_label(value):
                continue  # | 信访人 | 联系号码 |: a header row's next label is no value
            out.append(RecognizerResult(rule.entity, start, end, 0.5, recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: FIELD_RECOGNIZER,
                RULE_ID_KEY: RULE_ID,
                EVIDENCE_KEY: [f"field-value:{m.group('cue')}"],
            }))
            break
    return out
