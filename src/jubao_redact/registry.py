"""Discover every recognizer definition and allow list shipped in ``recognizers/``.

There is no hand-kept list: each ``recognizers/structured/*.yaml`` or ``recognizers/freetext/*.yaml``
file is one recognizer, each ``recognizers/allow/*.yaml`` one allow list. Definitions are
validated with pydantic; an invalid file is an error that names the file and the field.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import lru_cache

from presidio_analyzer import EntityRecognizer, RecognizerRegistry

from jubao_redact.errors import RecognizerDefinitionError
from jubao_redact.nlp_engine import LANGUAGE
from jubao_redact.recognizer import ZhPatternRecognizer
from jubao_redact.resources import list_data, load_yaml, validated
from jubao_redact.spec import AllowSpec, RecognizerSpec

RECOGNIZER_FOLDERS = ("structured", "freetext")


def _validated(model, data: dict, filename: str):
    return validated(model, data, filename, RecognizerDefinitionError)


@lru_cache(maxsize=None)
def recognizer_specs() -> tuple[RecognizerSpec, ...]:
    specs = []
    for folder in RECOGNIZER_FOLDERS:
        for node in list_data(folder, ".yaml"):
            specs.append(_validated(RecognizerSpec, load_yaml(node), f"{folder}/{node.name}"))
    names = [s.name for s in specs]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise RecognizerDefinitionError(f"recognizer names defined twice: {', '.join(dupes)}")
    return tuple(specs)


def build_recognizer(spec: RecognizerSpec) -> EntityRecognizer:
    if spec.type == "pattern":
        return ZhPatternRecognizer(spec)
    module_name, _, class_name = spec.class_path.partition(":")
    try:
        cls = getattr(importlib.import_module(module_name), class_name)
    except (ImportError, AttributeError) as err:
        raise RecognizerDefinitionError(
            f"{spec.name}: cannot load class {spec.class_path!r} ({err.__class__.__name__})"
        ) from None
    return cls(spec)


def known_entities() -> tuple[str, ...]:
    return tuple(sorted({e for s in recognizer_specs() for e in s.entities}))


def build_registry(entities: frozenset[str] | None = None) -> RecognizerRegistry:
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for spec in recognizer_specs():
        if entities is None or entities.intersection(spec.entities):
            registry.add_recognizer(build_recognizer(spec))
    return registry


@dataclass(frozen=True)
class AllowList:
    """Compiled allow list: spans matching it are never reported."""

    name: str
    view: str
    regexes: tuple[re.Pattern, ...]


@lru_cache(maxsize=None)
def allow_lists() -> tuple[AllowList, ...]:
    out = []
    for node in list_data("allow", ".yaml"):
        spec = _validated(AllowSpec, load_yaml(node), f"allow/{node.name}")
        regexes = [re.compile(p.regex, re.VERBOSE) for p in spec.patterns]
        if spec.terms:
            ordered = sorted(set(spec.terms), key=len, reverse=True)
            regexes.append(re.compile("|".join(re.escape(t) for t in ordered)))
        out.append(AllowList(spec.name, spec.view, tuple(regexes)))
    return tuple(out)
