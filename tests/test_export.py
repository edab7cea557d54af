"""The JSON export and its schema, for apps in other languages."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import connectkit
from connectkit._cli import main
from connectkit._export import LibraryExport
from connectkit._library import COLLECTIONS


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return connectkit.export_library(connectkit.load_library(entry_points=False))


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = connectkit.library_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_export_is_versioned_and_complete(document: dict[str, Any], library: connectkit.Library) -> None:
    assert document["format"] == "connectkit-library"
    assert document["format_version"] == 1
    assert document["content_version"] == connectkit.CONTENT_VERSION
    for kind in COLLECTIONS:
        assert [item["id"] for item in document[kind]] == [item.id for item in getattr(library, kind)]


def test_export_validates_against_the_schema(document: dict[str, Any], validator: Any) -> None:
    errors = list(validator.iter_errors(json.loads(json.dumps(document))))
    assert errors == []


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("prompts", 0, "depth"), 5),
        (("exercises", 0, "participants"), "couple"),
        (("practices", 0, "evidence"), "anecdotal"),
        (("format_version",), 2),
    ],
)
def test_the_schema_rejects_a_broken_document(
    document: dict[str, Any], validator: Any, path: tuple[Any, ...], value: object
) -> None:
    broken = copy.deepcopy(document)
    target: Any = broken
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert list(validator.iter_errors(broken))


def test_export_round_trips_through_the_models(document: dict[str, Any], library: connectkit.Library) -> None:
    again = LibraryExport.model_validate(document)
    assert again.prompts == library.prompts
    assert again.stories == library.stories


def test_cli_export_and_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export, schema = tmp_path / "library.json", tmp_path / "schema.json"
    assert main(["export", "--format", "json", "--builtin-only", "--output", str(export)]) == 0
    assert main(["schema", "-o", str(schema)]) == 0
    capsys.readouterr()
    jsonschema.validate(
        json.loads(export.read_text(encoding="utf-8")),
        json.loads(schema.read_text(encoding="utf-8")),
        cls=jsonschema.Draft202012Validator,
    )
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "connectkit library export"
