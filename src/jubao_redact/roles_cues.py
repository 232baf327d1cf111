"""Role cue tables (``recognizers/roles/*``) and the one-pass finders built from them.

Everything here is computed once per process (tables, compiled regexes) or once per text
(``find_cues``: one pass over the whole text per side, by a :class:`WordScan`). Role
attribution then looks cues up by offset with ``bisect``; nothing scans the text again per
finding.

Tables (data, with source and date in their header):
- ``roles/cues.yaml``: cue words and form-field names with the role they give (or a neutral
  group: contact, personal, body), the side they stand on and how far they reach;
- ``roles/shapes.yaml``: name endings of agencies (official) and public institutions (public);
- ``roles/acts.txt``: pollution acts (偷排, 直排, 噪音…): a sentence naming one is about the
  reported party;
- ``roles/titles.yaml``: titles inside a person mention (王老板, 李科长);
- ``roles/genres.yaml``: genre markers and per-genre defaults for neutral fields.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache, wraps

import numpy as np
from pydantic import BaseModel, ConfigDict, field_validator

from jubao_redact.errors import ConfigError
from jubao_redact.models import ROLES
from jubao_redact.resources import data_file, load_yaml, terms, validated

SIDES = ("left", "right")
SCOPES = ("adjacent", "clause", "sentence")
GROUPS = ("contact", "personal", "body", "other")


class CueGroup(BaseModel):
    """One group of ``roles/cues.yaml``: words that all say the same thing."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    role: str | None
    words: tuple[str, ...]
    side: str = "left"
    scope: str = "sentence"
    entities: tuple[str, ...] | None = None
    not_entities: tuple[str, ...] = ()
    group: str | None = None
    line_field: bool = False  # only as a form field that starts its line (单位电话：…)

    @field_validator("role")
    @classmethod
    def _role(cls, value):
        if value is not None and (value not in ROLES or value == "unknown"):
            raise ValueError(f"unknown role {value!r}; known: {', '.join(ROLES[:-1])} or null")
        return value

    @field_validator("side")
    @classmethod
    def _side(cls, value):
        if value not in SIDES:
            raise ValueError(f"unknown side {value!r}; known: {', '.join(SIDES)}")
        return value

    @field_validator("scope")
    @classmethod
    def _scope(cls, value):
        if value not in SCOPES:
            raise ValueError(f"unknown scope {value!r}; known: {', '.join(SCOPES)}")
        return value

    @field_validator("group")
    @classmethod
    def _group(cls, value):
        if value is not None and value not in GROUPS:
            raise ValueError(f"unknown group {value!r}; known: {', '.join(GROUPS)}")
        return value


@dataclass(frozen=True)
class Cue:
    """What a cue word means (shared by every occurrence of the word)."""

    word: str
    role: str | None
    side: str
    scope: str
    entities: frozenset[str] | None
    not_entities: frozenset[str]
    group: str | None
    line_field: bool = False
    # the evidence strings of a hit as a field (举报人：) and as a cue, made once per cue
    field_evidence: str = field(init=False, repr=False, compare=False)
    cue_evidence: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "field_evidence", f"role:field:{self.word}")
        object.__setattr__(self, "cue_evidence", f"role:cue:{self.word}")

    def applies(self, entity: str) -> bool:
        if entity in self.not_entities:
            return False
        return self.entities is None or entity in self.entities


class CueHit:
    """One occurrence of a cue in a text. ``field`` is True for ``举报人：`` / ``| 举报人 |``.

    A plain slotted class: thousands are made per document, a frozen dataclass is slower."""

    __slots__ = ("start", "end", "cue", "field")

    def __init__(self, start: int, end: int, cue: Cue, field: bool) -> None:
        self.start, self.end, self.cue, self.field = start, end, cue, field

    @property
    def evidence(self) -> str:
        return self.cue.field_evidence if self.field else self.cue.cue_evidence


_HAN2 = re.compile(r"[\u4e00-\u9fff]{2}")
_HAN3 = re.compile(r"[\u4e00-\u9fff]{3}")


def padded(word: str) -> tuple[str, ...]:
    """``word`` and, for a two-character label, the forms padded to line up in a form
    (性 别, 姓　名): forms pad two-character labels to the width of four-character ones.
    Three-character labels are letter-spaced too (举 报 人, 接 听 人, 手 机 号: one space or
    one ideographic space between every two characters)."""
    if _HAN2.fullmatch(word):
        return word, word[0] + " " + word[1], word[0] + "\u3000" + word[1], word[0] + "  " + word[1]
    if _HAN3.fullmatch(word):
        return word, " ".join(word), "\u3000".join(word)
    return (word,)


# Regional and humble first person, read as the standard forms for cue finding only (same
# length, so offsets do not move): 俺/咱 = 我 (俺家, 咱村, 俺的电话), 鄙人 = 本人.
_PRONOUNS = (("俺", "我"), ("咱", "我"), ("鄙人", "本人"))


def fold_pronouns(text: str) -> str:
    """The text with regional pronouns read as the standard ones; the last text's answer is
    kept (the cue finder and the field values read the same text), and it is the same object
    when nothing changes (scans keyed on the object share their work)."""
    global _last_fold
    if _last_fold[0] is text:
        return _last_fold[1]
    folded = text
    for regional, standard in _PRONOUNS:  # str.replace: C speed, and a no-op when absent
        if regional in folded:
            folded = folded.replace(regional, standard)
    _last_fold = (text, folded)
    return folded


_last_fold: tuple[str | None, str] = (None, "")


class CueTable:
    """Left and right cues, each side one compiled alternation (longest word first)."""

    def __init__(self, groups: list[CueGroup]) -> None:
        self.by_side: dict[str, dict[str, list[Cue]]] = {"left": {}, "right": {}}
        for g in groups:
            ents = frozenset(g.entities) if g.entities else None
            for w in g.words:
                cue = Cue(w, g.role, g.side, g.scope, ents, frozenset(g.not_entities), g.group,
                          g.line_field)
                for form in padded(w):
                    self.by_side[g.side].setdefault(form.lower(), []).append(cue)
        self.regex = {side: _alternation(words) for side, words in self.by_side.items()}
        # for find_cues: a scan per side (see WordScan), None where only the regex will do
        self.scans = {side: WordScan(words, _alternation, _ascii_forms)
                      if WordScan.usable(words) and all(map(_ascii_cased, words)) else None
                      for side, words in self.by_side.items()}


def _trie(words) -> dict:
    """The words as nested dicts, one level per character; "" marks a word's end."""
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def trie_pattern(words) -> str:
    """One regex alternation of ``words`` as a trie (被举报(?:单位(?:名称|地址)?|人)?…).

    Python's ``re`` tries a flat alternation's branches one by one at every position; a
    trie fails after one character at most positions, so a 250-word cue list costs about
    as much as a single word. Longer words win over their prefixes (greedy optional tails).
    """
    trie = _trie(words)

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


def first_char_guard(words) -> str:
    """A lookahead on the words' first characters: ``re`` then skips every other position
    with a set test instead of entering the trie (measured: 0.20 s → 0.04 s per MB)."""
    firsts = {w[0] for w in words if w} | {w[0].upper() for w in words if w}
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"


# What re.IGNORECASE lets an ASCII letter match (Python's Unicode case rules): the letter in
# both cases, and for i, k and s one more or two (İ ı, the Kelvin sign K, the long s ſ);
# tests/test_cue_regex.py checks this table against re itself over every code point.
_ASCII_CASE = {c: c + c.upper() for c in "abcdefghijklmnopqrstuvwxyz"} | {
    "i": "iIİı", "k": "kK\u212a", "s": "sS\u017f"}
_MAX_FORMS = 256


def case_forms(word: str) -> list[str] | None:
    """Every string that ``word`` matches under re.IGNORECASE, or None when it has a cased
    character other than an ASCII letter (or more than _MAX_FORMS forms)."""
    forms = [""]
    for ch in word:
        if ch.lower() == ch and ch.upper() == ch:  # uncased (Han, digits, punctuation)
            forms = [f + ch for f in forms]
            continue
        alts = _ASCII_CASE.get(ch.lower()) if ch.isascii() else None
        if alts is None:
            return None
        forms = [f + a for f in forms for a in alts]
        if len(forms) > _MAX_FORMS:
            return None
    return forms


def _ascii_cased(word: str) -> bool:
    """Has ``word`` (lower case) no cased character other than an ASCII letter? Then
    :func:`case_trie_pattern` matches it as re.IGNORECASE would."""
    return all(ch in _ASCII_CASE or (ch.lower() == ch and ch.upper() == ch) for ch in word)


def case_trie_pattern(words) -> str:
    """:func:`trie_pattern` of lower-case ``words``, matching them as re.IGNORECASE does,
    with no flag: a first ASCII letter becomes one top-level branch per case form (plain
    literals, so re still builds its prefix set from the first characters), a later one a
    class of its case forms (``[sSſ]``). Writing whole words out in every case form instead
    made a ten-letter key (assignedto: 4,608 forms) too big, and the whole side fell back
    to IGNORECASE with its first-character guard (left cues 45 -> 110 ms per MB).

    Siblings of a trie node are distinct lower-case characters, so their classes are
    disjoint: the trie stays deterministic and matches the longest word, as before."""
    trie = _trie(words)

    def emit(node: dict, top: bool) -> str:
        ends = "" in node
        branches = []
        for ch, child in sorted(node.items()):
            if not ch:
                continue
            tail = emit(child, False)
            forms = _ASCII_CASE.get(ch)
            if forms is None:
                branches.append(re.escape(ch) + tail)
            elif top:
                branches.extend(re.escape(f) + tail for f in forms)
            else:
                branches.append("[" + "".join(re.escape(f) for f in forms) + "]" + tail)
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return emit(trie, True)


def _alternation(words) -> re.Pattern:
    """The cue words (lower case) as one regex, matched case-insensitively.

    Written with case classes (qq号 as q or Q, then [qQ]号; see :func:`case_trie_pattern`),
    the words need no IGNORECASE: their trie then starts with plain literals, from which re
    builds a prefix set that skips the other positions in C, faster than the first-character
    guard (which IGNORECASE needs: there is no such prefix set under it). Same matches: 1 MB
    of complaints 60 -> 45 ms for the left side, 21 -> 14 ms for the right (Han only)."""
    words = list(words)
    if all(_ascii_cased(w) for w in words):
        pattern, prefix, flags = case_trie_pattern(words), "", 0
    else:  # some other cased character: as before
        pattern, prefix, flags = trie_pattern(words), first_char_guard(words), re.IGNORECASE
    return re.compile(
        prefix
        + r"""(?P<word>""" + pattern + r""")  # a cue word, longest match
            (?P<field>[ \t]*[：:|｜=]|\t|[ \u3000]{2,}(?=[^ \u3000\n])  # then a colon, a table
                                        # bar or = (解析：地点=X；对象=Y of a parsed
                                        # message), or a column gap (姓名    张三): a form field;
              |[ \u3000]?[】\]］〕][ \t\u3000]*(?=[^\s【\[［〔]))?  # or a closing bracket with the value
                                        # after it on the line (【举报人】张三; not 【举报人】⏎)
        """,
        re.X | flags,
    )


#: Code points the scanner's tables cover; a text character past them (U+FFFF and above:
#: emoji, rare Han) starts and continues no cue word, so it is read as U+FFFF.
CODE_TABLE_SIZE = _LUT_SIZE = 0x10000


def _same(ch: str) -> str:
    return ch


def _ascii_forms(ch: str) -> str:
    return _ASCII_CASE.get(ch, ch)


class WordScan:
    """``finditer`` of an alternation of literal words, without letting re look at every
    position of the text.

    re's prefix set stops at every character that starts some word (for the cue words a
    quarter of a complaint's characters: 人, 电, 我, 被…), and there its trie tries every first
    character's branch before it gives the position up. Here numpy finds in one vectorised
    look the positions whose first two or three characters begin some word (for the cues a
    fifth of those stops), and only there a regex is matched: ``compile_words`` of the words
    of that first character (the whole pattern is ``compile_words(words)``). A match depends
    only on where it starts and finditer takes the leftmost one from where the last ended,
    so taking, in order, each candidate at or past the last match's end gives the same
    matches (tests/test_cue_split.py). 1 MB of complaints: left cues 64 -> 25 ms.

    ``forms``: the characters a word's character matches (its ASCII case forms for the cue
    words, see :func:`case_trie_pattern`; itself for a plain trie). Every match must start
    with one of the words, and the words must be non-empty (see :meth:`usable`)."""

    def __init__(self, words, compile_words, forms=_same, parts: int | None = None) -> None:
        words = sorted(set(words))
        bases = sorted({w[0] for w in words})
        # one regex per first character, or ``parts`` regexes over every parts-th of them (a
        # text's own words: fewer compiles, each regex a few dozen top-level branches)
        k = len(bases) if parts is None else max(1, min(parts, len(bases)))
        regexes = [compile_words([w for w in words if w[0] in bases[i::k]]) for i in range(k)]
        self.regexes = [regexes[i % k] for i in range(len(bases))]
        self.first = np.full(_LUT_SIZE, -1, dtype=np.int16)  # code point -> its word list, -1
        for k, b in enumerate(bases):
            self.first[[ord(f) for f in forms(b)]] = k
        # later characters by id (0: in no word at that place), the forms of a letter alike
        self.second = self._ids((w[1] for w in words if len(w) >= 2), forms)
        self.third = self._ids((w[2] for w in words if len(w) >= 3), forms)
        width2, width3 = int(self.second.max()) + 1, int(self.third.max()) + 1
        # (first, second) -> 1: a whole word, 2: the start of a longer one
        self.pairs = np.zeros((len(bases), width2), dtype=np.uint8)
        self.single = np.zeros(len(bases), dtype=bool)
        index = {b: k for k, b in enumerate(bases)}
        triples = set()
        for w in words:
            a = index[w[0]]
            if len(w) == 1:
                self.single[a] = True
                continue
            b = int(self.second[ord(w[1])])
            self.pairs[a, b] |= 1 if len(w) == 2 else 2
            if len(w) >= 3:
                triples.add((a * width2 + b) * width3 + int(self.third[ord(w[2])]))
        self.width3 = width3
        self.triples = np.array(sorted(triples) or [-1], dtype=np.int64)

    @staticmethod
    def _ids(chars, forms) -> np.ndarray:
        ids = np.zeros(_LUT_SIZE, dtype=np.int16)
        for k, c in enumerate(sorted(set(chars)), 1):
            ids[[ord(f) for f in forms(c)]] = k
        return ids

    @staticmethod
    def usable(words) -> bool:
        """Can the tables hold these words (non-empty, no NUL, below U+FFFF)?"""
        return all(w and max(map(ord, w)) < _LUT_SIZE - 1 and "\0" not in w for w in words)

    def finditer(self, text: str, codes: np.ndarray | None = None) -> list[re.Match]:
        """The matches in ``text``; ``codes``: its code points (:func:`text_codes`)."""
        if codes is None:
            codes = text_codes(text)
        n = len(text)
        fid = self.first[codes[:n]]
        pos = np.flatnonzero(fid >= 0)
        f = fid[pos]
        kind = self.pairs[f, self.second[codes[pos + 1]]]
        take = self.single[f] | (kind & 1).astype(bool)
        longer = np.flatnonzero((kind & 2).astype(bool) & ~take)
        if len(longer):
            p = pos[longer]
            key = ((f[longer].astype(np.int64) * self.pairs.shape[1]
                    + self.second[codes[p + 1]]) * self.width3 + self.third[codes[p + 2]])
            at = np.minimum(np.searchsorted(self.triples, key), len(self.triples) - 1)
            take[longer] = self.triples[at] == key
        cand = pos[take]
        regexes = self.regexes
        out: list[re.Match] = []
        append = out.append
        last = 0  # end of the last match taken
        for p, k in zip(cand.tolist(), fid[cand].tolist()):
            if p >= last:
                m = regexes[k].match(text, p)
                if m is not None:
                    append(m)
                    last = m.end()
        return out


class _ScanOrRegex:
    """``finditer`` (a list) of a word list's regex, by its :class:`WordScan` in a long text:
    in a short one the scan's fixed cost (a few numpy calls) is more than the regex's scan."""

    def __init__(self, words, compile_words) -> None:
        self.regex = compile_words(words)
        self.scan = WordScan(words, compile_words) if WordScan.usable(words) else None

    def finditer(self, text: str) -> list[re.Match]:
        if self.scan is None or len(text) < SCAN_MIN_TEXT:
            return list(self.regex.finditer(text))
        return self.scan.finditer(text)


def scan_of(words, compile_words) -> _ScanOrRegex:
    """The matches of ``words`` (``compile_words`` makes the regex of some of them) as
    :class:`_ScanOrRegex` finds them."""
    return _ScanOrRegex(list(words), compile_words)


#: Below this many characters a text's own words (its names, its nicknames) are found by
#: their regex alone: there the scan's tables cost more to build than they save.
SCAN_MIN_TEXT = 20_000


def finditer_words(text: str, words, compile_words):
    """``compile_words(words).finditer(text)`` for words of this text (found names, nicknames):
    in a long text by a :class:`WordScan` of eight regexes (a few compiles, not one per first
    character). 1 MB, 267 nicknames: 16 -> 10 ms."""
    words = list(words)
    if len(text) >= SCAN_MIN_TEXT and WordScan.usable(words):
        return WordScan(words, compile_words, parts=8).finditer(text)
    return compile_words(words).finditer(text)


def trie_regex(words) -> re.Pattern:
    """The plain trie of ``words`` (:func:`trie_pattern`), compiled."""
    return re.compile(trie_pattern(words))


def text_codes(text: str) -> np.ndarray:
    """The text's code points for :class:`WordScan`, those past its tables read as U+FFFF,
    and two NULs after the end (the characters after a candidate are looked up unguarded).
    The last two texts' are kept: several scans read the same text (cues, field values,
    sentence ends), some of them with its pronouns folded (:func:`fold_pronouns`)."""
    for held, codes in _last_codes:
        if held is text:
            return codes
    # (a view of the encoded text: no copy unless a character is past the tables)
    codes = np.frombuffer((text + "\0\0").encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if codes.max() >= _LUT_SIZE:
        codes = np.minimum(codes, _LUT_SIZE - 1)
    _last_codes[1] = _last_codes[0]
    _last_codes[0] = (text, codes)
    return codes


_last_codes: list[tuple[str | None, np.ndarray]] = [(None, np.zeros(2, dtype=np.uint32))] * 2


def release_texts() -> None:
    """Forget the texts :func:`text_codes` and :func:`fold_pronouns` keep: they are the text
    under analysis, which must not stay in memory after its analysis (personal data)."""
    global _last_fold
    _last_codes[:] = [(None, np.zeros(2, dtype=np.uint32))] * 2
    _last_fold = (None, "")


def releasing_texts(fn):
    """``fn``, then :func:`release_texts` however it ends."""
    @wraps(fn)
    def run(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        finally:
            release_texts()
    return run


@lru_cache(maxsize=1)
def cue_table() -> CueTable:
    data = load_yaml(data_file("roles/cues.yaml"))
    groups = [validated(CueGroup, g, f"roles/cues.yaml: group {i}")
              for i, g in enumerate(data.get("groups", []))]
    return CueTable(groups)


def find_cues(text: str) -> dict[str, list[CueHit]]:
    """Every cue occurrence in ``text``, per side, sorted and non-overlapping (one pass each)."""
    table = cue_table()
    text = fold_pronouns(text)
    out: dict[str, list[CueHit]] = {}
    codes = text_codes(text) if any(table.scans.values()) else None
    for side, scan in table.scans.items():
        hits = []
        by_word = table.by_side[side]
        append = hits.append
        for m in (scan.finditer(text, codes) if scan is not None else table.regex[side].finditer(text)):
            # numbered groups: (?P<word>) is 1, (?P<field>) is 2 (end -1: no field after the
            # word); offsets and a slice make no group strings (a fifth of this loop's time)
            start, end = m.span(1)
            word = text[start:end]
            cues = by_word.get(word) or by_word.get(word.lower(), ())
            is_field = m.end(2) >= 0
            for cue in cues:
                append(CueHit(start, end, cue, is_field))
        out[side] = hits
    if "〔" in text:
        labels = [m.span() for m in _OWN_LABEL.finditer(text)]
        if labels:
            out = {side: _outside(hits, labels) for side, hits in out.items()}
    return out


# What our own label operator leaves in a text (〔举报人身份证号〕, 〔姓名〕): a text scrubbed
# before and read again must not find cues in it (〔身份证号〕 before a cell is no field).
_OWN_LABEL = re.compile(r"〔[^〔〕\n]{1,24}〕")


def _outside(hits: list[CueHit], labels: list[tuple[int, int]]) -> list[CueHit]:
    """The hits that do not start inside a label. Hits and labels are sorted and labels do
    not overlap: each label drops one run of hits, found by two bisects (labels are few,
    hits many: no look-up per hit)."""
    starts = [h.start for h in hits]
    kept: list[CueHit] = []
    done = 0  # hits before this index are decided
    for a, b in labels:
        lo = bisect.bisect_left(starts, a, done)
        hi = bisect.bisect_left(starts, b, lo)
        kept += hits[done:lo]
        done = hi
    kept += hits[done:]
    return kept


# ---- organisation shapes ------------------------------------------------------------------

@lru_cache(maxsize=1)
def _shape_regex() -> tuple[re.Pattern, dict[str, str]]:
    data = load_yaml(data_file("roles/shapes.yaml"))
    role_of = {}
    for role in ("official", "public", "third_party"):
        for word in data.get(role, []):
            role_of[word] = role
    regex = re.compile(r"(?:" + trie_pattern(role_of) + r")$")
    return regex, role_of


@lru_cache(maxsize=8192)  # (the same names come back: every mention of a unit, its accounts)
def org_shape(name: str) -> tuple[str, str] | None:
    """(role, ending) when an organisation's name ends like an agency or public institution,
    or like the kind of body that stands beside a complaint (a property company, a newsroom)."""
    regex, role_of = _shape_regex()
    m = regex.search(name.strip())
    if m is None:
        return None
    return role_of[m.group(0)], m.group(0)


@lru_cache(maxsize=1)
def _official_domains() -> tuple[str, ...]:
    return tuple(load_yaml(data_file("roles/shapes.yaml")).get("official_domains", []))


def domain_shape(value: str) -> tuple[str, str] | None:
    """('official', domain) for a URL or e-mail address on a government domain."""
    v = value.strip().lower()
    host = v.split("@", 1)[1] if "@" in v and "//" not in v else v.split("//", 1)[-1]
    host = host.split("/", 1)[0].split(":", 1)[0]
    for dom in _official_domains():
        if host.endswith(dom):
            return "official", dom
    return None


# ---- pollution acts -----------------------------------------------------------------------

@lru_cache(maxsize=1)
def acts_regex() -> re.Pattern:
    # a plain trie: re skips to the words' first characters by its own prefix set (no
    # IGNORECASE), faster than the first-character guard (15 -> 8 ms per MB, same matches)
    return re.compile(trie_pattern(terms("roles/acts.txt")))


@lru_cache(maxsize=1)
def acts_scan():
    """:func:`acts_regex`'s matches found by a :class:`WordScan` (1 MB: 7 -> 3 ms)."""
    return scan_of(terms("roles/acts.txt"), trie_regex)


# ---- titles inside a person mention -------------------------------------------------------

@lru_cache(maxsize=1)
def _titles() -> tuple[re.Pattern, dict[str, str]]:
    data = load_yaml(data_file("roles/titles.yaml"))
    role_of = {w: role for role in ("subject", "official", "third_party") for w in data.get(role, [])}
    ordered = sorted(role_of, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in ordered) + r")$"), role_of


def person_title(mention: str) -> tuple[str, str] | None:
    """(role, title) when a person mention carries a title that says its role (王老板)."""
    regex, role_of = _titles()
    m = regex.search(mention.strip())
    if m is None or len(mention.strip()) <= len(m.group(0)):
        return None
    return role_of[m.group(0)], m.group(0)


# ---- genres -------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def genre_table() -> dict:
    data = load_yaml(data_file("roles/genres.yaml"))
    if not isinstance(data.get("genres"), dict) or not isinstance(data.get("defaults"), dict):
        raise ConfigError("roles/genres.yaml: needs 'genres' and 'defaults' mappings")
    for name, default in data["defaults"].items():
        for role in default.values():
            if role not in ROLES:
                raise ConfigError(f"roles/genres.yaml: defaults.{name}: unknown role {role!r}")
    return data


def genre_default(genre: str, group: str) -> str | None:
    """The role a neutral ``group`` (contact, personal, any, …) defaults to in ``genre``."""
    return genre_table()["defaults"].get(genre, {}).get(group)


def genre_defaults(genre: str) -> dict:
    """All of ``genre``'s defaults (neutral group -> role)."""
    return genre_table()["defaults"].get(genre, {})


def salutation_role(genre: str) -> str | None:
    return genre_table().get("salutation", {}).get(genre)
