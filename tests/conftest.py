"""Shared fixtures. Tests use synthetic data only and never read ../shared."""

from __future__ import annotations

import pytest

FREE_TEXT = ("PERSON", "CN_ADDRESS", "ORGANIZATION", "CN_WORKPLACE", "DEMOGRAPHIC")


def structured_entities() -> list[str]:
    from jubao_redact.registry import known_entities

    return [e for e in known_entities() if e not in FREE_TEXT]


@pytest.fixture(scope="session")
def structured_redactor():
    """A discuss-policy redactor with only the pattern recognizers (no model to load)."""
    from jubao_redact import Redactor

    return Redactor(policy="discuss", entities=structured_entities())
