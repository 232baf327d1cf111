"""Shared fixtures. Tests use synthetic data only and never read ../shared."""

from __future__ import annotations

import pytest

FREE_TEXT = ("PERSON", "CN_ADDRESS", "ORGANIZATION", "CN_WORKPLACE", "DEMOGRAPHIC")


def structured_entities() -> list[str]:
    from jubao_redact.registry import known_entities

    return [e for e in known_entities() if e not in FREE_TEXT]


@pytest.fixture(autouse=True)
def _private_audit_and_vault(tmp_path_factory, monkeypatch):
    """CLI runs append audit events by default: keep them out of the user's data dir."""
    base = tmp_path_factory.mktemp("jr-data")
    monkeypatch.setenv("JUBAO_REDACT_AUDIT_DB", str(base / "audit.sqlite"))
    monkeypatch.setenv("JUBAO_REDACT_VAULT_DIR", str(base / "vault"))


@pytest.fixture(scope="session")
def structured_redactor():
    """A discuss-policy redactor with only the pattern recognizers (no model to load)."""
    from jubao_redact import Redactor

    return Redactor(policy="discuss", entities=structured_entities())


@pytest.fixture
def isolated_env(tmp_path, monkeypatch):
    """No key, audit db, vault or actor from the environment; data dir under tmp_path."""
    for name in ("JUBAO_REDACT_KEY", "JUBAO_REDACT_KEY_FILE", "JUBAO_REDACT_AUDIT_DB",
                 "JUBAO_REDACT_VAULT_DIR", "JUBAO_REDACT_ACTOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
