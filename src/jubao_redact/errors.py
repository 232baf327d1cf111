"""The one exception tree of jubao-redact.

The library raises these; only the command line turns them into exit codes. Every error
carries a stable code (``E0xx``) so that a message can be looked up and tested, and its
text says how to fix the problem. No message ever contains a personal value: they name
files, entities, policies and options, never the text being analysed.
"""

from __future__ import annotations


class JubaoRedactError(Exception):
    """Base class: everything the library raises on purpose."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")


class ConfigError(JubaoRedactError):
    """A policy, recognizer definition or option is invalid."""

    code = "E010"


class UnknownPolicyError(ConfigError):
    """A policy name that is neither built in nor a readable file."""

    code = "E011"


class UnknownEntityError(ConfigError):
    """A policy or option names an entity that no recognizer supplies."""

    code = "E012"


class RecognizerDefinitionError(ConfigError):
    """A YAML recognizer definition does not validate."""

    code = "E013"


class KeyRequiredError(JubaoRedactError):
    """An operator needs a secret key (keyed hash, encryption) and none was given."""

    code = "E030"


class DecryptionError(JubaoRedactError):
    """A token or vault could not be decrypted: wrong key, or tampered data."""

    code = "E031"


class InputError(JubaoRedactError):
    """Input that cannot be analysed safely: not a string, unreadable, undecodable."""

    code = "E040"


class UnreadableFileError(InputError):
    """A file could not be opened or parsed (corrupt, truncated, wrong type)."""

    code = "E041"


class UndecodableFileError(InputError):
    """A text file whose encoding could not be determined with confidence."""

    code = "E042"


class UnsupportedFormatError(InputError):
    """A file type jubao-redact does not read (or cannot scrub safely)."""

    code = "E043"


class AuditError(JubaoRedactError):
    """The audit log cannot be written, or its hash chain does not verify."""

    code = "E050"


class VaultError(JubaoRedactError):
    """The pseudonym vault of a case is missing, locked, or cannot be written."""

    code = "E032"
