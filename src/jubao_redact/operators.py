"""Transform stage: turn removed findings into labels, masks, keyed hashes, pseudonyms or
ciphertext with Presidio's AnonymizerEngine.

Each removed finding gets its own operator config (so operators can differ by role), the
consistent pseudonyms are decided here once per document (or per case, when the caller
shares a :class:`PseudonymBook`), and long texts are handed to Presidio in chunks of a few
findings each: Presidio rebuilds the whole output string per replacement, which is
quadratic on a 1 MB document with thousands of findings.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult
from presidio_anonymizer.operators import Operator, OperatorType

from jubao_redact.keys import SecretKey, decrypt_value, encrypt_value, keyed_hash, load_key
from jubao_redact.models import Finding, Replacement
from jubao_redact.normalize import fold_digits
from jubao_redact.policy import OperatorSpec, Policy
from jubao_redact.resources import data_file, load_yaml, terms

CHUNK_FINDINGS = 32
NUMERIC_ENTITIES = frozenset(
    {"CN_ID_CARD", "CN_MOBILE", "CN_LANDLINE", "CN_QQ", "CN_BANK_CARD", "CN_PASSPORT",
     "CN_HK_MACAO_PERMIT", "CN_USCC"}
)
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SURNAME_PREFIXES = ("老", "小", "阿")
_ORDINAL = "甲乙丙丁戊己庚辛壬癸"


@lru_cache(maxsize=None)
def labels() -> dict:
    return load_yaml(data_file("labels.yaml"))


def label_for(entity: str, role: str, with_role: bool = True) -> str:
    table = labels()
    name = table["entities"].get(entity, entity)
    prefix = table["roles"].get(role, "") if with_role else ""
    return f"〔{prefix}{name}〕"


def _letters(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = _LETTERS[rem] + out
    return out


def surname_of(name: str) -> str:
    """The surname of a written name form: 欧阳明 → 欧阳, 张先生 → 张, 老刘 → 刘."""
    name = name.strip()
    if len(name) >= 2 and name[0] in _SURNAME_PREFIXES:
        name = name[1:]
    for compound in terms("terms/compound_surnames.txt"):
        if name.startswith(compound):
            return compound
    return name[:1]


_DIVISIONS = re.compile(
    r"""(?P<province>[\u4e00-\u9fff]{2,7}?(?:省|自治区)       # 河南省, 广西壮族自治区
          |北京市|天津市|上海市|重庆市)?                       # municipalities are provinces
        (?P<city>[\u4e00-\u9fff]{2,9}?(?:市|自治州|地区|盟))?   # 郑州市
        (?P<county>[\u4e00-\u9fff]{1,9}?(?:区|县市?|旗|市))?    # 金水区, 辉县市
    """,
    re.X,
)
# Ends that look like a district but are places inside one (东方小区, 产业园区).
_NOT_COUNTY = ("小区", "园区", "社区", "校区", "厂区", "景区", "街区", "营区", "矿区")
_LEVELS = ("province", "city", "county")


def generalize_address(value: str, level: str = "county") -> str:
    """The administrative divisions of an address down to ``level`` ('' if none is named).

    >>> generalize_address("河南省郑州市金水区花园路12号")
    '河南省郑州市金水区'
    """
    m = _DIVISIONS.match(fold_digits(value).strip())
    parts = []
    for name in _LEVELS[: _LEVELS.index(level) + 1]:
        part = m.group(name) if m else None
        if part and not (name == "county" and part.endswith(_NOT_COUNTY)):
            parts.append(part)
    return "".join(parts)


class PseudonymBook:
    """Consistent pseudonyms: the same person or number gets the same pseudonym every time.

    Share one book across the documents of a case to keep pseudonyms stable across them.
    Keys are derived from the value (digits only for numbers) or the finding's coreference
    cluster; the book lives in memory only (see the vault for a stored, encrypted mapping).
    """

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}
        self._used: set[str] = set()

    @staticmethod
    def key_for(finding: Finding, value: str) -> tuple[str, str]:
        """Book key: the entity group and the value in comparison form.

        Coreferent mentions (张先生 for 张建国) are keyed by their cluster's full form, which
        :func:`transform` passes in as ``value``; cluster ids themselves are only unique
        within one document, so they never key the book.
        """
        group = "NUMBER" if finding.entity_type in NUMERIC_ENTITIES else finding.entity_type
        if group == "NUMBER":
            return group, "".join(c for c in fold_digits(value) if c.isalnum()).upper()
        return group, value.strip()

    def pseudonym(self, finding: Finding, value: str, style: str) -> str:
        key = self.key_for(finding, value)
        if key in self._by_key:
            return self._by_key[key]
        if style == "surname" and finding.entity_type == "PERSON":
            base = surname_of(value) + "某"
            made, n = base, 0
            while made in self._used:
                made = base + _ORDINAL[n % len(_ORDINAL)] + ("" if n < len(_ORDINAL) else str(n))
                n += 1
        else:
            table = labels()
            stem = table["roles"].get(finding.role) or ""
            if finding.entity_type != "PERSON" or not stem:
                stem += table["pseudonym_stems"].get(
                    finding.entity_type, table["entities"].get(finding.entity_type, "")
                )
            count = self._counts.get(stem, 0)
            self._counts[stem] = count + 1
            made = stem + _letters(count)
        self._used.add(made)
        self._by_key[key] = made
        return made


class SecretParam:
    """Carries a key inside Presidio's operator params without ever printing it."""

    def __init__(self, key: SecretKey) -> None:
        self.key = key

    def __repr__(self) -> str:
        return "***"


class KeyedHashOperator(Operator):
    """HMAC-SHA256 (keyed): 〔手机号#3f9a…〕. The same value always gives the same tag."""

    def operate(self, text: str, params: dict = None) -> str:
        digest = keyed_hash(params["secret"].key, params["normalized"])
        return f"〔{params['label']}#{digest}〕"

    def validate(self, params: dict = None) -> None:
        if not isinstance(params.get("secret"), SecretParam):
            raise ValueError("keyed hash needs a key")

    def operator_name(self) -> str:
        return "jr_hmac"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


class EncryptOperator(Operator):
    """AES-256-GCM with the caller's key: 〔enc:…〕, reversible by authorised staff."""

    def operate(self, text: str, params: dict = None) -> str:
        return "〔enc:" + encrypt_value(params["secret"].key, text) + "〕"

    def validate(self, params: dict = None) -> None:
        if not isinstance(params.get("secret"), SecretParam):
            raise ValueError("encryption needs a key")

    def operator_name(self) -> str:
        return "jr_encrypt"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


class KeepEndsMaskOperator(Operator):
    """Mask the middle, keep a prefix and suffix (GB/T 35273 style: 138****5678)."""

    def operate(self, text: str, params: dict = None) -> str:
        start, end, char = params["keep_start"], params["keep_end"], params["mask_char"]
        if start + end >= len(text):
            return char * len(text)
        return text[:start] + char * (len(text) - start - end) + text[len(text) - end :]

    def validate(self, params: dict = None) -> None:
        pass

    def operator_name(self) -> str:
        return "jr_mask"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


ENCRYPTED_TOKEN = re.compile(r"〔enc:([A-Za-z0-9_-]{16,})〕")


def decrypt_text(text: str, key: "SecretKey | bytes | str | None" = None) -> str:
    """Restore every 〔enc:…〕 token made by the ``encrypt`` operator (all or nothing).

    Raises DecryptionError on a wrong key or an altered token; nothing partial is returned.
    """
    secret = load_key(key, required_for="decryption")
    return ENCRYPTED_TOKEN.sub(lambda m: decrypt_value(secret, m.group(1)), text)


@lru_cache(maxsize=1)
def _engine() -> AnonymizerEngine:
    engine = AnonymizerEngine()
    for cls in (KeyedHashOperator, EncryptOperator, KeepEndsMaskOperator):
        engine.add_anonymizer(cls)
    return engine


def operator_config(finding: Finding, spec: OperatorSpec, value: str,
                    book: PseudonymBook, key: SecretKey | None) -> OperatorConfig:
    label = label_for(finding.entity_type, finding.role, spec.with_role)
    if spec.type == "label":
        return OperatorConfig("replace", {"new_value": label})
    if spec.type == "redact":
        return OperatorConfig("redact", {})
    if spec.type == "mask":
        return OperatorConfig("jr_mask", {"keep_start": spec.keep_start,
                                          "keep_end": spec.keep_end, "mask_char": spec.mask_char})
    if spec.type == "generalize":
        kept = generalize_address(value, spec.level) if finding.entity_type == "CN_ADDRESS" else ""
        return OperatorConfig("replace", {"new_value": kept + label})
    if spec.type == "pseudonym":
        return OperatorConfig("replace", {"new_value": book.pseudonym(finding, value, spec.style)})
    if key is None:  # hmac / encrypt: the Redactor refuses to start without a key
        raise AssertionError("operator needs a key")
    secret = SecretParam(key)
    if spec.type == "hmac":
        normalized = PseudonymBook.key_for(finding, value)[1]
        return OperatorConfig("jr_hmac", {"secret": secret, "label": label.strip("〔〕"),
                                          "normalized": normalized})
    return OperatorConfig("jr_encrypt", {"secret": secret})


def transform(text: str, findings: list[Finding], policy: Policy,
              book: PseudonymBook | None = None, key: SecretKey | None = None
              ) -> tuple[str, list[Replacement]]:
    """Apply the policy's operators to every removed finding; return text and replacements."""
    book = book if book is not None else PseudonymBook()
    removed = sorted((f for f in findings if f.action == "remove"), key=lambda f: f.start)
    if not removed:
        return text, []
    engine = _engine()
    # A cluster's canonical value is its longest mention (张建国 for 张先生, 老张).
    canonical: dict[str, str] = {}
    for f in findings:
        if f.cluster and len(text[f.start : f.end]) > len(canonical.get(f.cluster, "")):
            canonical[f.cluster] = text[f.start : f.end]
    pieces: list[str] = []
    replacements: list[Replacement] = []
    out_len = 0
    cursor = 0
    for i in range(0, len(removed), CHUNK_FINDINGS):
        batch = removed[i : i + CHUNK_FINDINGS]
        chunk_end = removed[i + CHUNK_FINDINGS].start if i + CHUNK_FINDINGS < len(removed) else len(text)
        chunk = text[cursor:chunk_end]
        results, operators = [], {}
        for n, f in enumerate(batch):
            tag = f"F{n}"
            spec = policy.decide(f.entity_type, f.role).operator
            value = canonical.get(f.cluster, text[f.start : f.end]) if f.cluster else text[f.start : f.end]
            operators[tag] = operator_config(f, spec, value, book, key)
            results.append(RecognizerResult(tag, f.start - cursor, f.end - cursor, f.score))
        engine_result = engine.anonymize(chunk, results, operators,
                                         merge_entities_with_spaces=False)
        for item in sorted(engine_result.items, key=lambda it: it.start):
            f = batch[int(item.entity_type[1:])]
            replacements.append(Replacement(
                start=out_len + item.start, end=out_len + item.end,
                source_start=f.start, source_end=f.end, entity_type=f.entity_type,
                role=f.role, operator=policy.decide(f.entity_type, f.role).operator.type,
            ))
        pieces.append(engine_result.text)
        out_len += len(engine_result.text)
        cursor = chunk_end
    return "".join(pieces), replacements
