"""Public result models: what other systems code against.

Every result is a pydantic model. None of them holds a personal value: a finding is a
position (``start:end`` into the caller's original string), a type, a score, a role and
the action the policy decided, plus the evidence (cue words, field names, checks) that led
there. Callers that need the value slice their own text; reprs and logs stay clean.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Role = Literal["reporter", "subject", "third_party", "official", "public", "unknown"]
Action = Literal["remove", "keep"]

ROLES: tuple[str, ...] = ("reporter", "subject", "third_party", "official", "public", "unknown")


class Finding(BaseModel):
    """One detected span of personal or identifying data in the caller's text."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0, description="Offset of the first character in the original text.")
    end: int = Field(ge=0, description="Offset one past the last character (exclusive).")
    entity_type: str = Field(description="Entity name, e.g. CN_MOBILE (see DESIGN.md).")
    score: float = Field(ge=0.0, le=1.0)
    role: Role = "unknown"
    action: Action = "remove"
    operator: str | None = Field(
        default=None, description="The transform the policy chose for a removed finding."
    )
    recognizer: str = Field(description="Name of the recognizer that found it.")
    rule_id: str = Field(default="", description="Stable rule id (JRxxx) for CI reports.")
    evidence: tuple[str, ...] = Field(
        default=(),
        description="Why: checks passed or failed, cue words and fields that set score or "
        "role. Never the value itself.",
    )
    cluster: str | None = Field(
        default=None,
        description="Mentions known to refer to the same thing share a cluster id "
        "(used for consistent pseudonyms).",
    )

    def to_presidio(self):
        """This finding as a Presidio ``RecognizerResult`` (for existing Presidio users)."""
        from presidio_analyzer import RecognizerResult

        return RecognizerResult(
            entity_type=self.entity_type,
            start=self.start,
            end=self.end,
            score=self.score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.recognizer,
                "role": self.role,
                "action": self.action,
                "rule_id": self.rule_id,
            },
        )

    def __len__(self) -> int:
        return self.end - self.start


class Replacement(BaseModel):
    """Where a removed finding went in the transformed text."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(description="Start in the transformed text.")
    end: int = Field(description="End in the transformed text.")
    source_start: int = Field(description="Start of the finding in the original text.")
    source_end: int
    entity_type: str
    role: Role
    operator: str


class RedactResult(BaseModel):
    """The transformed text, every finding (removed and kept), and where replacements went."""

    model_config = ConfigDict(frozen=True)

    text: str = Field(repr=False)
    findings: list[Finding]
    replacements: list[Replacement] = []
    policy: str

    @property
    def removed(self) -> list[Finding]:
        return [f for f in self.findings if f.action == "remove"]

    @property
    def kept(self) -> list[Finding]:
        return [f for f in self.findings if f.action == "keep"]
