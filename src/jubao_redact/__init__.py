"""jubao-redact: remove the reporter's identity from Chinese environmental complaints.

>>> from jubao_redact import Redactor
>>> findings = Redactor(policy="discuss").analyze("联系电话13812345678。")
"""

from jubao_redact.errors import (
    ConfigError,
    DecryptionError,
    InputError,
    JubaoRedactError,
    KeyRequiredError,
    UnknownEntityError,
    UnknownPolicyError,
)
from jubao_redact.models import Finding, RedactResult, Replacement
from jubao_redact.operators import PseudonymBook, decrypt_text
from jubao_redact.redactor import Redactor

__version__ = "0.1.0"

__all__ = [
    "ConfigError",
    "DecryptionError",
    "Finding",
    "InputError",
    "JubaoRedactError",
    "KeyRequiredError",
    "PseudonymBook",
    "RedactResult",
    "Redactor",
    "Replacement",
    "UnknownEntityError",
    "UnknownPolicyError",
    "__version__",
    "decrypt_text",
]
