"""The pseudonym vault: for each case, pseudonym → original, encrypted, for authorised reveal.

Why: a reward notice (奖励公示) may name the reporter only by a pseudonym (王某), yet staff
with approval must be able to say later who 王某 was. The mapping is personal data, so it
never touches disk in clear: one file per case holds a small clear header (format, case id,
key fingerprint) and one AES-256-GCM blob with the whole mapping, the case id bound in as
associated data (a blob moved to another case's file does not decrypt).

Writes are atomic (temporary file in the same directory, fsync, ``os.replace``) and a
per-case lock file serialises writers, so two processes never lose each other's pseudonyms.
:meth:`Vault.open_case` holds the lock from reading to writing: a redaction that makes new
pseudonyms sees every pseudonym made before it. A wrong key raises
:class:`~jubao_redact.errors.DecryptionError` before anything is written.

    >>> vault = Vault("/srv/jubao/vault")                                  # doctest: +SKIP
    >>> with vault.open_case("2024-豫环举-0012") as book:                     # doctest: +SKIP
    ...     result = Redactor("reward").redact(text, book=book)
    >>> vault.reveal("2024-豫环举-0012", result.text).text                   # doctest: +SKIP
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import re
import secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from jubao_redact.errors import DecryptionError, VaultError
from jubao_redact.keys import SecretKey, load_key
from jubao_redact.models import Finding
from jubao_redact.operators import PseudonymBook

log = logging.getLogger(__name__)

FORMAT = "jubao-redact vault/1"
VAULT_DIR_ENV = "JUBAO_REDACT_VAULT_DIR"
LOCK_TIMEOUT_S = 120.0
_CONTROL = re.compile(r"[\x00-\x1f\x7f/\\]")


def default_vault_dir(directory: str | Path | None = None) -> Path:
    """The argument, else ``$JUBAO_REDACT_VAULT_DIR``, else ``<data dir>/vault``."""
    if directory:
        return Path(directory)
    if os.environ.get(VAULT_DIR_ENV):
        return Path(os.environ[VAULT_DIR_ENV])
    from jubao_redact.audit import data_dir

    return data_dir() / "vault"


def check_case(case: str) -> str:
    if not isinstance(case, str) or not case.strip() or len(case) > 128 or _CONTROL.search(case):
        raise VaultError("a case id is one line of at most 128 characters without slashes "
                         "or control characters (e.g. 2024-豫环举-0012)")
    return case


class Revealed(BaseModel):
    """Result of :meth:`Vault.reveal`: the restored text and what was restored (counts)."""

    model_config = ConfigDict(frozen=True)

    text: str
    count: int
    counts: dict[str, dict[str, int]]

    def __repr__(self) -> str:  # the text holds originals: never in a repr
        return f"Revealed(count={self.count}, counts={self.counts})"

    __str__ = __repr__


class CaseMapping:
    """The decrypted state of one case: which value has which pseudonym, and the originals.

    Values are keyed as :class:`PseudonymBook` keys them without a coreference cluster
    (digits only for numbers, the written form otherwise): cluster ids are numbered per
    document, so "reporter-0" of one document is not "reporter-0" of the next.
    """

    def __init__(self, state: dict | None = None) -> None:
        state = state or {}
        self.by_value: dict[tuple[str, str], str] = {
            (g, k): p for g, k, p in state.get("by_value", [])}
        self.counts: dict[str, int] = dict(state.get("counts", {}))
        self.used: set[str] = set(state.get("used", []))
        # pseudonym → {"entity", "role", "values": [first form, other forms…]}
        self.forms: dict[str, dict] = dict(state.get("forms", {}))

    def __repr__(self) -> str:
        return f"CaseMapping({len(self.forms)} pseudonyms)"

    def to_state(self) -> dict:
        return {"by_value": [[g, k, p] for (g, k), p in sorted(self.by_value.items())],
                "counts": self.counts, "used": sorted(self.used), "forms": self.forms}

    def original(self, pseudonym: str) -> str | None:
        entry = self.forms.get(pseudonym)
        return entry["values"][0] if entry and entry["values"] else None


class VaultBook(PseudonymBook):
    """A :class:`PseudonymBook` whose pseudonyms continue a case's vault and are recorded in it.

    Get one from :meth:`Vault.open_case`; pass it as ``Redactor.redact(text, book=...)``.
    A value seen in an earlier redaction of the case gets the same pseudonym again, a new
    one gets a pseudonym not yet used in the case, and on leaving the ``with`` block the new
    ones are written to the vault, encrypted. Within a document, mentions of one cluster
    (李明, 李先生) share a pseudonym exactly as with a plain PseudonymBook.
    """

    def __init__(self, mapping: CaseMapping) -> None:
        super().__init__()
        self._mapping = mapping
        self._counts.update(mapping.counts)
        self._used.update(mapping.used)
        self.changed = False

    def __repr__(self) -> str:
        return f"VaultBook({len(self._mapping.forms)} pseudonyms)"

    @staticmethod
    def value_key(finding: Finding, value: str) -> tuple[str, str]:
        """The key of the value itself, ignoring the per-document cluster."""
        return PseudonymBook.key_for(finding.model_copy(update={"cluster": None}), value)

    def pseudonym(self, finding: Finding, value: str, style: str) -> str:
        vkey = self.value_key(finding, value)
        made = self._mapping.by_value.get(vkey)
        if made is not None:  # seen in this case before: same pseudonym, and for its cluster
            self._by_key[self.key_for(finding, value)] = made
        else:
            made = super().pseudonym(finding, value, style)
            self._mapping.by_value[vkey] = made
            self.changed = True
        entry = self._mapping.forms.setdefault(
            made, {"entity": finding.entity_type, "role": finding.role, "values": []})
        form = value.strip()
        if form and form not in entry["values"]:
            entry["values"].append(form)
            self.changed = True
        return made

    def _sync(self) -> CaseMapping:
        self._mapping.counts = dict(self._counts)
        self._mapping.used = set(self._used)
        return self._mapping


class Vault:
    """A directory of encrypted per-case pseudonym mappings (one ``<hash>.vault`` per case)."""

    def __init__(self, directory: str | Path | None = None,
                 key: SecretKey | bytes | str | None = None) -> None:
        self.directory = default_vault_dir(directory)
        self.key = load_key(key, required_for="the pseudonym vault")

    def __repr__(self) -> str:
        return f"Vault({str(self.directory)!r})"

    def path_for(self, case: str) -> Path:
        """The file of a case: named by a hash of the case id, so any id is a safe name."""
        name = hashlib.sha256(check_case(case).encode("utf-8")).hexdigest()[:32]
        return self.directory / f"{name}.vault"

    def exists(self, case: str) -> bool:
        return self.path_for(case).is_file()

    # -- encryption --------------------------------------------------------------------
    def _aad(self, case: str) -> bytes:
        return FORMAT.encode() + b"\x00" + case.encode("utf-8")

    def _seal(self, case: str, mapping: CaseMapping) -> bytes:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        plain = json.dumps(mapping.to_state(), ensure_ascii=False, sort_keys=True).encode()
        nonce = secrets.token_bytes(12)
        sealed = AESGCM(self.key.derive("vault")).encrypt(nonce, plain, self._aad(case))
        doc = {"format": FORMAT, "case": case, "key_id": self.key.fingerprint(),
               "blob": base64.b64encode(nonce + sealed).decode("ascii")}
        return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    def _open(self, case: str, raw: bytes) -> CaseMapping:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            doc = json.loads(raw.decode("utf-8"))
            if doc.get("format") != FORMAT or doc.get("case") != case:
                raise ValueError("header")
            blob = base64.b64decode(doc["blob"], validate=True)
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise DecryptionError(f"the vault file of case {case!r} is damaged or not a "
                                  "jubao-redact vault") from None
        if doc.get("key_id") != self.key.fingerprint():
            raise DecryptionError(
                f"wrong key for the vault of case {case!r}: it was written with key id "
                f"{doc.get('key_id')}, the key given has id {self.key.fingerprint()}")
        try:
            plain = AESGCM(self.key.derive("vault")).decrypt(blob[:12], blob[12:],
                                                               self._aad(case))
            return CaseMapping(json.loads(plain.decode("utf-8")))
        except (InvalidTag, ValueError):
            raise DecryptionError(f"cannot decrypt the vault of case {case!r}: wrong key, or "
                                  "the file was altered") from None

    # -- files -------------------------------------------------------------------------
    def read(self, case: str) -> CaseMapping:
        """The decrypted mapping of a case (no lock needed: files are replaced atomically)."""
        path = self.path_for(case)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise VaultError(f"no vault for case {case!r} in {self.directory}") from None
        except OSError as err:
            raise VaultError(f"cannot read the vault of case {case!r} "
                             f"({err.__class__.__name__})") from None
        return self._open(case, raw)

    def _write(self, path: Path, data: bytes) -> None:
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".vault", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
            raise
        try:  # make the rename itself durable
            dir_fd = os.open(path.parent, os.O_RDONLY)
        except OSError:  # pragma: no cover - platforms without directory fds
            return
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)

    @contextmanager
    def open_case(self, case: str) -> Iterator[VaultBook]:
        """Lock the case, yield a :class:`VaultBook`, and save new pseudonyms on success.

        If the block raises, nothing is written. A wrong key raises DecryptionError before
        the block runs.
        """
        from filelock import FileLock, Timeout

        path = self.path_for(case)
        try:
            self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as err:
            raise VaultError(f"cannot create the vault directory {self.directory} "
                             f"({err.__class__.__name__})") from None
        lock = FileLock(str(path) + ".lock", timeout=LOCK_TIMEOUT_S)
        try:
            lock.acquire()
        except Timeout:
            raise VaultError(f"the vault of case {case!r} is locked by another process") from None
        try:
            mapping = self._open(case, path.read_bytes()) if path.is_file() else CaseMapping()
            book = VaultBook(mapping)
            yield book
            if book.changed or not path.is_file():
                try:
                    self._write(path, self._seal(case, book._sync()))
                except OSError as err:
                    raise VaultError(f"cannot write the vault of case {case!r} "
                                     f"({err.__class__.__name__})") from None
                log.debug("vault of a case updated (%d pseudonyms)", len(mapping.forms))
        finally:
            lock.release()

    # -- reveal ------------------------------------------------------------------------
    def reveal(self, case: str, text: str) -> Revealed:
        """Replace every pseudonym of the case in ``text`` by its original (first form seen).

        Longest pseudonyms first, in one linear pass. A pseudonym for several written forms
        (李明, 李先生 → 李某) is restored to the first form recorded.
        """
        mapping = self.read(case)
        return reveal_text(mapping, text)


def reveal_text(mapping: CaseMapping, text: str) -> Revealed:
    """Restore pseudonyms in ``text`` from a decrypted mapping; count what was restored."""
    names = sorted((p for p in mapping.forms if mapping.original(p)), key=len, reverse=True)
    if not names:
        return Revealed(text=text, count=0, counts={})
    pattern = re.compile("|".join(re.escape(p) for p in names))
    counts: dict[str, dict[str, int]] = {}
    total = 0

    def restore(match: re.Match) -> str:
        nonlocal total
        entry = mapping.forms[match.group(0)]
        by = counts.setdefault(entry["entity"], {})
        by[entry["role"]] = by.get(entry["role"], 0) + 1
        total += 1
        return entry["values"][0]

    return Revealed(text=pattern.sub(restore, text), count=total, counts=counts)
