"""Read the data that ships inside the package (recognizer definitions, term lists, policies).

The data lives in the repository's top-level ``recognizers/`` folder and is installed as the
resource package ``jubao_redact.recognizers``; everything reads it through here, with
importlib.resources and an explicit UTF-8 encoding.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable

import yaml

from jubao_redact.errors import ConfigError

DATA_PACKAGE = "jubao_redact.recognizers"


def data_root() -> Traversable:
    return files(DATA_PACKAGE)


def data_file(relative: str) -> Traversable:
    node = data_root()
    for part in relative.split("/"):
        node = node / part
    if not node.is_file():
        raise ConfigError(f"data file {relative!r} is missing from the package")
    return node


def list_data(folder: str, suffix: str) -> list[Traversable]:
    """Every file in ``recognizers/<folder>`` with that suffix, sorted by name (deterministic)."""
    node = data_root() / folder
    if not node.is_dir():
        return []
    return sorted((f for f in node.iterdir() if f.name.endswith(suffix)), key=lambda f: f.name)


def load_yaml(node: Traversable) -> dict:
    try:
        data = yaml.safe_load(node.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise ConfigError(f"{node.name}: not valid YAML ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{node.name}: expected a mapping at the top level")
    return data


def validated(model, data, origin: str, error: type[ConfigError] = ConfigError):
    """``model.model_validate(data)``; a failure becomes ``error`` naming the file and field."""
    from pydantic import ValidationError

    try:
        return model.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        raise error(f"{origin}: {where}: {first['msg']}") from None


@lru_cache(maxsize=None)
def terms(relative: str) -> tuple[str, ...]:
    """A term list: one term per line; '#' starts a comment (the header names source and date)."""
    lines = data_file(relative).read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(dict.fromkeys(out))
