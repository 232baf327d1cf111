"""Secret keys for keyed hashing and encryption: where they come from and how they are held.

There is no built-in default key. A key comes from the caller (bytes), from the environment
variable ``JUBAO_REDACT_KEY``, or from a key file (``JUBAO_REDACT_KEY_FILE``); it is 32 bytes
given as base64 or hex. :class:`SecretKey` never shows the key in a repr, a log line or an
exception, so passing it through Presidio's operator parameters cannot leak it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import secrets
from pathlib import Path

from jubao_redact.errors import DecryptionError, KeyRequiredError

KEY_ENV = "JUBAO_REDACT_KEY"
KEY_FILE_ENV = "JUBAO_REDACT_KEY_FILE"
KEY_BYTES = 32


class SecretKey:
    """A 32-byte key. Its repr and str never show the key material."""

    __slots__ = ("_key",)

    def __init__(self, key: bytes) -> None:
        if not isinstance(key, bytes) or len(key) != KEY_BYTES:
            raise KeyRequiredError(
                f"a key must be {KEY_BYTES} bytes (give it as base64 or hex); "
                "generate one with: jubao-redact keygen"
            )
        self._key = key

    def __repr__(self) -> str:
        return "SecretKey(***)"

    __str__ = __repr__

    def derive(self, purpose: str) -> bytes:
        """A sub-key per purpose, so the hashing key never doubles as the encryption key."""
        return hmac.new(self._key, purpose.encode("utf-8"), hashlib.sha256).digest()

    def fingerprint(self) -> str:
        """A short public id of the key (for audit records): not reversible to the key."""
        return hashlib.sha256(b"jubao-redact key id" + self._key).hexdigest()[:16]


def parse_key(text: str) -> SecretKey:
    """A key from its text form: 64 hex characters or base64 of 32 bytes."""
    value = text.strip()
    raw = None
    if len(value) == 2 * KEY_BYTES:
        try:
            raw = bytes.fromhex(value)
        except ValueError:
            raw = None
    if raw is None:
        try:
            raw = base64.b64decode(value + "=" * (-len(value) % 4), altchars=b"-_", validate=False)
        except (binascii.Error, ValueError):
            raw = None
    if raw is None or len(raw) != KEY_BYTES:
        raise KeyRequiredError(
            f"the key is not {KEY_BYTES} bytes of base64 or hex; generate one with: "
            "jubao-redact keygen"
        )
    return SecretKey(raw)


def generate_key_text() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(KEY_BYTES)).decode("ascii")


def load_key(key: "SecretKey | bytes | str | None" = None, *, required_for: str = "") -> SecretKey:
    """The key to use: the caller's, else ``$JUBAO_REDACT_KEY``, else ``$JUBAO_REDACT_KEY_FILE``."""
    if isinstance(key, SecretKey):
        return key
    if isinstance(key, bytes):
        return SecretKey(key)
    if isinstance(key, str):
        return parse_key(key)
    if os.environ.get(KEY_ENV):
        return parse_key(os.environ[KEY_ENV])
    if os.environ.get(KEY_FILE_ENV):
        path = Path(os.environ[KEY_FILE_ENV])
        try:
            return parse_key(path.read_text(encoding="ascii"))
        except OSError as err:
            raise KeyRequiredError(
                f"cannot read the key file named by {KEY_FILE_ENV} ({err.__class__.__name__})"
            ) from None
    why = f" for {required_for}" if required_for else ""
    raise KeyRequiredError(
        f"a secret key is needed{why} and none was given: set {KEY_ENV} (or {KEY_FILE_ENV}) "
        "or pass key=...; there is no built-in default key. Generate one with: "
        "jubao-redact keygen"
    )


def keyed_hash(key: SecretKey, value: str, length: int = 16) -> str:
    """HMAC-SHA256 of a value, hex, truncated. Never a bare hash: phones are brute-forced."""
    return hmac.new(key.derive("hmac"), value.encode("utf-8"), hashlib.sha256).hexdigest()[:length]


def encrypt_value(key: SecretKey, value: str, associated: bytes = b"jubao-redact") -> str:
    """AES-256-GCM; returns url-safe base64 of nonce + ciphertext + tag."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    sealed = AESGCM(key.derive("encrypt")).encrypt(nonce, value.encode("utf-8"), associated)
    return base64.urlsafe_b64encode(nonce + sealed).decode("ascii").rstrip("=")


def decrypt_value(key: SecretKey, token: str, associated: bytes = b"jubao-redact") -> str:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        plain = AESGCM(key.derive("encrypt")).decrypt(raw[:12], raw[12:], associated)
    except (InvalidTag, ValueError, binascii.Error):
        raise DecryptionError(
            "cannot decrypt: wrong key, or the token was altered"
        ) from None
    return plain.decode("utf-8")
