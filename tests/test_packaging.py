"""The package ships what it needs, and pyproject lists every subpackage."""

from __future__ import annotations

import tomllib
from pathlib import Path

from jubao_redact.resources import data_root, list_data

ROOT = Path(__file__).resolve().parents[1]


def test_every_subpackage_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"])
    found = {"jubao_redact"} | {
        "jubao_redact." + p.parent.relative_to(ROOT / "src" / "jubao_redact").as_posix().replace("/", ".")
        for p in (ROOT / "src" / "jubao_redact").rglob("__init__.py")
        if p.parent != ROOT / "src" / "jubao_redact"
    }
    assert found | {"jubao_redact.recognizers"} == listed


def test_data_is_read_as_package_resources():
    assert (data_root() / "labels.yaml").is_file()
    assert list_data("structured", ".yaml")
    assert list_data("policies", ".yaml")


def test_every_entity_has_a_label():
    import yaml

    from jubao_redact.registry import known_entities

    labels = yaml.safe_load((data_root() / "labels.yaml").read_text("utf-8"))["entities"]
    assert set(known_entities()) <= set(labels)


def test_recognizers_are_discovered_not_listed():
    from jubao_redact.registry import recognizer_specs

    files = {p.stem for p in (ROOT / "recognizers" / "structured").glob("*.yaml")}
    files |= {p.stem for p in (ROOT / "recognizers" / "freetext").glob("*.yaml")}
    assert len(recognizer_specs()) == len(files)
    rule_ids = [s.rule_id for s in recognizer_specs()]
    assert len(rule_ids) == len(set(rule_ids)), "rule ids are stable and unique"
