"""Transform operators: label, mask, redact, keyed hash, pseudonym, encryption."""

from __future__ import annotations

import hashlib
import re

import pytest

from jubao_redact import KeyRequiredError, PseudonymBook, Redactor
from jubao_redact.errors import DecryptionError
from jubao_redact.keys import decrypt_value, generate_key_text, parse_key
from jubao_redact.operators import transform
from jubao_redact.policy import Policy

KEY = "A" * 43 + "="  # 32 zero-ish bytes in base64: a test key, not a secret
TEXT = "电话13812345678，又说13812345678，另一个13987654321。"


def policy_with(operator: dict) -> Policy:
    return Policy.model_validate(
        {"name": "t", "rules": [{"entities": ["*"], "roles": ["*"], "action": "remove",
                                 "operator": operator}]}
    )


def redact(operator: dict, text: str = TEXT, key: str | None = None, book=None) -> str:
    """Transform with a one-rule policy; roles fixed to unknown so only operators are tested."""
    policy = policy_with(operator)
    redactor = Redactor(policy, entities=["CN_MOBILE"], key=key)
    findings = [f.model_copy(update={"role": "unknown"}) for f in redactor.analyze(text)]
    return transform(text, findings, policy, book, redactor.key)[0]


def test_label():
    assert redact({"type": "label"}) == "电话〔手机号〕，又说〔手机号〕，另一个〔手机号〕。"


def test_mask_keeps_prefix_and_suffix():
    assert redact({"type": "mask", "keep_start": 3, "keep_end": 4}).startswith("电话138****5678，")


def test_redact_removes():
    assert redact({"type": "redact"}) == "电话，又说，另一个。"


def test_pseudonym_is_consistent_within_a_document():
    assert redact({"type": "pseudonym"}) == "电话电话A，又说电话A，另一个电话B。"


def test_pseudonym_book_spans_documents():
    book = PseudonymBook()
    first = redact({"type": "pseudonym"}, "电话13987654321", book=book)
    second = redact({"type": "pseudonym"}, "电话13812345678，电话139 8765 4321", book=book)
    assert first == "电话电话A"
    assert second == "电话电话B，电话电话A"  # same number, other written form, same pseudonym


def test_keyed_hash_needs_a_key(monkeypatch):
    monkeypatch.delenv("JUBAO_REDACT_KEY", raising=False)
    monkeypatch.delenv("JUBAO_REDACT_KEY_FILE", raising=False)
    with pytest.raises(KeyRequiredError) as info:
        redact({"type": "hmac"})
    assert "E030" in str(info.value) and "no built-in default key" in str(info.value)


def test_keyed_hash_is_keyed_and_consistent():
    out = redact({"type": "hmac"}, key=KEY)
    tags = re.findall(r"〔手机号#([0-9a-f]{16})〕", out)
    assert len(tags) == 3 and tags[0] == tags[1] != tags[2]
    # never a bare hash of the value, which is brute-forced in seconds for 11 digits
    for bare in (hashlib.sha256(b"13812345678").hexdigest(), hashlib.md5(b"13812345678").hexdigest()):
        assert tags[0] not in bare
    other = redact({"type": "hmac"}, key=generate_key_text())
    assert re.findall(r"#([0-9a-f]{16})", other)[0] != tags[0]


def test_encrypt_round_trip_and_wrong_key():
    out = redact({"type": "encrypt"}, text="电话13812345678", key=KEY)
    token = re.fullmatch(r"电话〔enc:([A-Za-z0-9_-]+)〕", out).group(1)
    assert decrypt_value(parse_key(KEY), token) == "13812345678"
    with pytest.raises(DecryptionError):
        decrypt_value(parse_key(generate_key_text()), token)


def test_decrypt_text_restores_all_or_raises():
    from jubao_redact import decrypt_text

    out = redact({"type": "encrypt"}, key=KEY)
    assert decrypt_text(out, KEY) == TEXT
    with pytest.raises(DecryptionError):
        decrypt_text(out, generate_key_text())


def test_key_never_printed():
    key = parse_key(KEY)
    assert KEY not in repr(key) and "AAAA" not in str(key)


def test_many_findings_in_one_long_text_stay_in_order():
    text = "".join(f"第{i}位电话138{i:08d}。" for i in range(200))
    out = redact({"type": "label"}, text=text)
    assert out.count("〔手机号〕") == 200 and "第199位电话〔手机号〕。" in out
