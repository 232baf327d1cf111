"""Baseline of accepted findings for ``check``: keyed hashes only, never a value.

An entry is ``(file, entity_type, rule_id, hash)`` where ``hash`` is computed over the
entity type and the normalised value (full-width folded, spaces and dashes dropped), so an
accepted finding stays accepted when lines move, and a new value in the same file is new.

Two hash forms, the first preferred:

* ``hmac-sha256`` with the project key (``JUBAO_REDACT_KEY`` / ``JUBAO_REDACT_KEY_FILE``,
  see :mod:`jubao_redact.keys`). The baseline stores only the key's fingerprint. Without
  the key nobody can test a guess against the file: an 11-digit phone number has only
  ~10^10 candidates, so any hash an attacker can recompute is no protection.
* ``pbkdf2-sha256`` with a random per-baseline salt stored in the file, when no key is
  configured. The salt stops precomputed tables, but anyone holding the file can still
  test guesses, so each hash costs :data:`PBKDF2_ITERATIONS` iterations (~20 ms): testing all
  phone numbers against one entry then takes CPU-years instead of minutes. It is a
  fallback for teams without key management; use the keyed form when you can.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

from jubao_redact.errors import ConfigError, KeyRequiredError, UnreadableFileError
from jubao_redact.keys import SecretKey, load_key

PBKDF2_ITERATIONS = 50_000
BASELINE_VERSION = 1


class BaselineEntry(BaseModel):
    file: str
    entity_type: str
    rule_id: str = ""
    hash: str


class Baseline(BaseModel):
    """The file format (JSON). Holds no value, only keyed or salted-and-stretched hashes."""

    version: int = BASELINE_VERSION
    tool: str = "jubao-redact"
    hash: Literal["hmac-sha256", "pbkdf2-sha256"]
    key_id: str | None = Field(default=None, description="Fingerprint of the HMAC key.")
    salt: str | None = Field(default=None, description="Hex salt of the pbkdf2 form.")
    iterations: int | None = None
    policy: str = ""
    generated_at: str = ""
    entries: list[BaselineEntry] = []

    def keys(self) -> set[tuple[str, str, str]]:
        return {(e.file, e.entity_type, e.hash) for e in self.entries}


def normalize_value(value: str) -> str:
    """The form that is hashed: full-width folded, whitespace and dashes removed."""
    from jubao_redact.normalize import fold_width

    return "".join(ch for ch in fold_width(value) if not ch.isspace() and ch not in "-‐–—")


class ValueHasher:
    """Hashes values for one baseline; picklable so that worker processes can use it."""

    def __init__(self, mode: str, *, key: SecretKey | None = None, salt: bytes = b"",
                 iterations: int = PBKDF2_ITERATIONS) -> None:
        self.mode = mode
        self._key = key.derive("baseline") if key is not None else None
        self._salt = salt
        self.iterations = iterations
        self._cache: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"ValueHasher({self.mode})"

    def __call__(self, entity_type: str, value: str) -> str:
        message = f"{entity_type}\x1f{normalize_value(value)}"
        cached = self._cache.get(message)
        if cached is None:
            data = message.encode("utf-8")
            if self.mode == "hmac-sha256":
                cached = hmac.new(self._key, data, hashlib.sha256).hexdigest()[:32]
            else:
                cached = hashlib.pbkdf2_hmac("sha256", data, self._salt,
                                             self.iterations).hex()[:32]
            self._cache[message] = cached
        return cached


def new_baseline(policy: str, key: SecretKey | bytes | str | None = None
                 ) -> tuple[Baseline, ValueHasher]:
    """An empty baseline: keyed when a key is configured, else salted pbkdf2."""
    try:
        secret = load_key(key)
    except KeyRequiredError:
        secret = None
    if secret is not None:
        return (Baseline(hash="hmac-sha256", key_id=secret.fingerprint(), policy=policy),
                ValueHasher("hmac-sha256", key=secret))
    salt = secrets.token_bytes(16)
    return (Baseline(hash="pbkdf2-sha256", salt=salt.hex(), iterations=PBKDF2_ITERATIONS,
                     policy=policy),
            ValueHasher("pbkdf2-sha256", salt=salt, iterations=PBKDF2_ITERATIONS))


def load_baseline(path: Path, key: SecretKey | bytes | str | None = None
                  ) -> tuple[Baseline, ValueHasher]:
    """Read a baseline and the hasher that reproduces its hashes.

    A keyed baseline needs the same key: a missing or different key is an error (E030)
    rather than silently treating every accepted finding as new or every new one as old.
    """
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except OSError as err:
        raise UnreadableFileError(f"{path}: cannot read baseline ({err.__class__.__name__})"
                                  ) from None
    try:
        baseline = Baseline.model_validate(json.loads(raw))
    except (ValueError, ValidationError) as err:
        raise ConfigError(f"{path}: not a jubao-redact baseline ({err.__class__.__name__}); "
                          "create one with: jubao-redact baseline PATH... --policy P") from None
    if baseline.version != BASELINE_VERSION:
        raise ConfigError(f"{path}: baseline version {baseline.version} is not supported "
                          f"(expected {BASELINE_VERSION}); recreate it")
    if baseline.hash == "hmac-sha256":
        secret = load_key(key, required_for=f"the keyed baseline {path}")
        if secret.fingerprint() != baseline.key_id:
            raise KeyRequiredError(
                f"{path}: the baseline was made with another key (key id {baseline.key_id}); "
                "set the same JUBAO_REDACT_KEY, or recreate the baseline")
        return baseline, ValueHasher("hmac-sha256", key=secret)
    try:
        salt = bytes.fromhex(baseline.salt or "")
    except ValueError:
        salt = b""
    if len(salt) < 16 or not baseline.iterations:
        raise ConfigError(f"{path}: baseline salt or iterations missing; recreate it")
    return baseline, ValueHasher("pbkdf2-sha256", salt=salt, iterations=baseline.iterations)


def save_baseline(path: Path, baseline: Baseline) -> None:
    baseline = baseline.model_copy(update={
        "generated_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "entries": sorted(baseline.entries,
                          key=lambda e: (e.file, e.entity_type, e.rule_id, e.hash)),
    })
    text = json.dumps(baseline.model_dump(), ensure_ascii=False, indent=2) + "\n"
    tmp = Path(f"{path}.tmp{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
