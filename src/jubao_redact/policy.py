"""Policies: for each entity and role, keep or remove, and with which operator.

A policy is data (``recognizers/policies/*.yaml`` or a caller's own YAML file), validated by
pydantic. Rules are read top to bottom; the first rule whose entities and roles both match
decides. A finding that no rule matches is removed with the ``label`` operator: a gap in a
policy must never leak a reporter's details.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from jubao_redact.errors import ConfigError, UnknownEntityError, UnknownPolicyError
from jubao_redact.models import ROLES, Action
from jubao_redact.resources import list_data, load_yaml, validated

OperatorType = Literal["label", "mask", "redact", "hmac", "pseudonym", "encrypt", "generalize"]


class OperatorSpec(BaseModel):
    """How a removed span is transformed. Parameters depend on the type."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: OperatorType = "label"
    # mask: keep a prefix/suffix in clear (GB/T 35273 style: 138****5678)
    keep_start: int = Field(default=0, ge=0)
    keep_end: int = Field(default=0, ge=0)
    mask_char: str = Field(default="*", min_length=1, max_length=1)
    # pseudonym: "letter" → 举报人A, 电话B; "surname" → 王某 (people only)
    style: Literal["letter", "surname"] = "letter"
    # generalize: keep an address down to this division, then the label (郑州市金水区〔地址〕)
    level: Literal["province", "city", "county"] = "county"
    # label: include the role in the label (〔举报人手机号〕)
    with_role: bool = True


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    entities: tuple[str, ...] = ("*",)
    roles: tuple[str, ...] = ("*",)
    action: Action
    operator: OperatorSpec = OperatorSpec()

    @field_validator("operator", mode="before")
    @classmethod
    def _short_operator(cls, value):
        return {"type": value} if isinstance(value, str) else value

    @field_validator("roles")
    @classmethod
    def _known_roles(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for role in value:
            if role != "*" and role not in ROLES:
                raise ValueError(f"unknown role {role!r}; known: {', '.join(ROLES)}")
        return value

    def matches(self, entity: str, role: str) -> bool:
        return ("*" in self.entities or entity in self.entities) and (
            "*" in self.roles or role in self.roles
        )


FALLBACK = Rule(action="remove", operator=OperatorSpec(type="label"))


class Policy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    description: str = ""
    rules: tuple[Rule, ...]

    def decide(self, entity: str, role: str) -> Rule:
        return next((r for r in self.rules if r.matches(entity, role)), FALLBACK)

    def decider(self):
        """``decide`` memoised per (entity, role): for the per-finding hot path."""
        table: dict[tuple[str, str], Rule] = {}

        def decide(entity: str, role: str) -> Rule:
            rule = table.get((entity, role))
            if rule is None:
                rule = table[(entity, role)] = self.decide(entity, role)
            return rule

        return decide

    def check_entities(self, known: tuple[str, ...]) -> None:
        for rule in self.rules:
            for entity in rule.entities:
                if entity != "*" and entity not in known:
                    raise UnknownEntityError(
                        f"unknown entity {entity!r} in policy {self.name}; "
                        f"known: {', '.join(known)}"
                    )

    def needs_key(self) -> bool:
        return any(r.operator.type in ("hmac", "encrypt") for r in self.rules if r.action == "remove")


def _parse(data: dict, origin: str) -> Policy:
    return validated(Policy, data, f"policy {origin}")


@lru_cache(maxsize=None)
def builtin_policies() -> dict[str, Policy]:
    out = {}
    for node in list_data("policies", ".yaml"):
        policy = _parse(load_yaml(node), node.name)
        out[policy.name] = policy
    return out


def load_policy(policy: "str | Path | Policy") -> Policy:
    """A built-in policy by name, a policy YAML file by path, or a Policy as is."""
    if isinstance(policy, Policy):
        return policy
    builtins = builtin_policies()
    if isinstance(policy, str) and policy in builtins:
        return builtins[policy]
    path = Path(policy)
    if path.suffix in (".yaml", ".yml") and path.is_file():
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
            raise ConfigError(f"policy file {path.name}: cannot read ({err.__class__.__name__})") from None
        if not isinstance(data, dict):
            raise ConfigError(f"policy file {path.name}: expected a mapping at the top level")
        return _parse(data, path.name)
    raise UnknownPolicyError(
        f"unknown policy {str(policy)!r}; built in: {', '.join(sorted(builtins))}, "
        "or give the path of a policy .yaml file"
    )
