"""Keys: where they come from, that none is built in, and that they never show up in text."""

from __future__ import annotations

import base64
import logging

import pytest

from jubao_redact.errors import DecryptionError, KeyRequiredError
from jubao_redact.keys import (
    KEY_ENV,
    KEY_FILE_ENV,
    SecretKey,
    decrypt_value,
    encrypt_value,
    generate_key_text,
    keyed_hash,
    load_key,
    parse_key,
)

RAW = bytes(range(32))
HEX = RAW.hex()
B64 = base64.b64encode(RAW).decode()
B64_URL = base64.urlsafe_b64encode(RAW).decode().rstrip("=")


@pytest.fixture(autouse=True)
def _no_key_in_env(monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.delenv(KEY_FILE_ENV, raising=False)


# fmt: off
TEXT_FORMS = [  # text form of the same key, all accepted
    HEX,
    HEX.upper(),
    B64,
    B64_URL,                 # what keygen prints, padding stripped
    "  " + B64 + "\n",       # key files end with a newline
]
BAD_TEXT = [  # never a key
    "",                      # empty: no default key, ever
    HEX[:-2],                # 31 bytes
    base64.b64encode(bytes(16)).decode(),  # a 16-byte key: too short for AES-256
    "correct horse battery staple",        # a passphrase is not a key
]
# fmt: on


@pytest.mark.parametrize("text", TEXT_FORMS)
def test_key_text_forms_give_the_same_key(text):
    assert keyed_hash(parse_key(text), "x") == keyed_hash(SecretKey(RAW), "x")


@pytest.mark.parametrize("text", BAD_TEXT)
def test_bad_key_text_is_refused_without_echoing_it(text):
    with pytest.raises(KeyRequiredError) as info:
        parse_key(text)
    assert "E030" in str(info.value)
    if text.strip():
        assert text.strip() not in str(info.value)


def test_missing_key_is_a_clear_error():
    with pytest.raises(KeyRequiredError) as info:
        load_key(required_for="the pseudonym vault")
    message = str(info.value)
    assert message.startswith("[E030]")
    for hint in (KEY_ENV, KEY_FILE_ENV, "keygen", "the pseudonym vault"):
        assert hint in message


def test_key_sources_in_order(monkeypatch, tmp_path):
    other = bytes(reversed(RAW))
    key_file = tmp_path / "key"
    key_file.write_text(other.hex() + "\n", encoding="ascii")
    monkeypatch.setenv(KEY_FILE_ENV, str(key_file))
    assert keyed_hash(load_key(), "v") == keyed_hash(SecretKey(other), "v")  # file
    monkeypatch.setenv(KEY_ENV, HEX)
    assert keyed_hash(load_key(), "v") == keyed_hash(SecretKey(RAW), "v")  # env beats file
    assert keyed_hash(load_key(other), "v") == keyed_hash(SecretKey(other), "v")  # arg beats env


def test_unreadable_key_file_names_the_variable_not_the_path_contents(monkeypatch, tmp_path):
    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path / "absent"))
    with pytest.raises(KeyRequiredError, match=KEY_FILE_ENV):
        load_key()


def test_key_never_in_repr_str_or_logs(caplog):
    key = SecretKey(RAW)
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("jubao_redact").debug("key %s %r", key, key)
    shown = repr(key) + str(key) + caplog.text + repr([key]) + f"{key}"
    for form in (HEX, B64, B64_URL, RAW.decode("latin-1")):
        assert form not in shown


def test_keyed_hash_depends_on_the_key():
    # a bare hash of a phone number is brute-forced in seconds; the HMAC is not
    a, b = SecretKey(RAW), SecretKey(bytes(32))
    assert keyed_hash(a, "13812345678") != keyed_hash(b, "13812345678")
    assert keyed_hash(a, "13812345678") == keyed_hash(a, "13812345678")
    assert "13812345678" not in keyed_hash(a, "13812345678")


def test_encrypt_round_trip_and_wrong_key_fails_loudly():
    token = encrypt_value(SecretKey(RAW), "李明 13812345678")
    assert "13812345678" not in token
    assert decrypt_value(SecretKey(RAW), token) == "李明 13812345678"
    with pytest.raises(DecryptionError) as info:
        decrypt_value(SecretKey(bytes(32)), token)
    assert "E031" in str(info.value) and "13812345678" not in str(info.value)


def test_tampered_token_fails():
    token = encrypt_value(SecretKey(RAW), "13812345678")
    flipped = token[:20] + ("A" if token[20] != "A" else "B") + token[21:]
    with pytest.raises(DecryptionError):
        decrypt_value(SecretKey(RAW), flipped)


def test_generated_keys_are_valid_and_distinct():
    texts = {generate_key_text() for _ in range(5)}
    assert len(texts) == 5
    for text in texts:
        parse_key(text)
