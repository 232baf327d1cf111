"""Pydantic models for the declarative recognizer definitions in ``recognizers/``.

One YAML file is one recognizer. Adding a recognizer is adding a file (plus its test): the
loader discovers every file, so no list of recognizers is kept by hand anywhere.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ENTITY_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")


class PatternSpec(BaseModel):
    """A regex and its base score. Regexes are compiled in verbose mode."""

    model_config = ConfigDict(extra="forbid")

    name: str
    regex: str
    score: float = Field(ge=0.0, le=1.0)
    group: int | str = Field(default=0, description="Which group is the finding (0 = whole match).")
    validate_match: bool = Field(
        default=True, description="Run the recognizer's validator on this pattern's matches."
    )
    needs_context: bool = Field(
        default=False, description="Dropped unless a context cue is near (bare digit runs)."
    )

    @field_validator("regex")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value, re.VERBOSE)
        except re.error as err:
            raise ValueError(f"regex does not compile: {err}") from None
        return value


class ContextSpec(BaseModel):
    """Cue words near a match (within the sentence) that raise the score, or are required."""

    model_config = ConfigDict(extra="forbid")

    terms: list[str] = []
    files: list[str] = Field(default=[], description="Term lists under recognizers/context/.")
    before: int = Field(default=16, ge=0, le=200, description="Characters looked at before.")
    after: int = Field(default=4, ge=0, le=200, description="Characters looked at after.")
    boost: float = Field(default=0.3, ge=0.0, le=1.0)
    required: bool = Field(
        default=False, description="Without a cue the match is dropped (for bare digit runs)."
    )


class RecognizerSpec(BaseModel):
    """One recognizer: either declarative patterns or a Python class for model-based ones."""

    model_config = ConfigDict(extra="forbid")

    name: str
    entity: str
    also: list[str] = Field(
        default=[], description="Further entities a class recognizer reports (model-based ones)."
    )
    rule_id: str = Field(pattern=r"^JR[0-9]{3}$")
    description: str
    type: Literal["pattern", "class"] = "pattern"
    view: Literal["original", "folded", "digits"] = "folded"
    ignore_case: bool = False
    patterns: list[PatternSpec] = []
    context: ContextSpec | None = None
    validator: str | None = Field(
        default=None, description="Name of a function in jubao_redact.validators."
    )
    class_path: str | None = Field(
        default=None, alias="class", description="module:Class for type 'class'."
    )
    options: dict = {}

    @field_validator("entity")
    @classmethod
    def _entity_name(cls, value: str) -> str:
        if not ENTITY_NAME.match(value):
            raise ValueError("entity names are UPPER_SNAKE_CASE")
        return value

    @property
    def entities(self) -> tuple[str, ...]:
        return (self.entity, *self.also)

    @model_validator(mode="after")
    def _kind(self) -> "RecognizerSpec":
        if self.type == "pattern" and not self.patterns:
            raise ValueError("a pattern recognizer needs at least one pattern")
        if self.type == "class" and not self.class_path:
            raise ValueError("a class recognizer needs 'class: module:Name'")
        return self


class AllowSpec(BaseModel):
    """Spans that are never personal data (public hotlines, case numbers, permit numbers)."""

    model_config = ConfigDict(extra="forbid")

    name: str
    description: str
    view: Literal["original", "folded", "digits"] = "folded"
    patterns: list[PatternSpec] = []
    terms: list[str] = []
