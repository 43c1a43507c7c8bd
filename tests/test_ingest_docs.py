"""docs/INGEST.md documents every option, extension, field alias and failure type."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from sitrep import errors
from sitrep.ingest import EXTENSIONS, read_inputs
from sitrep.ingest.corpus import FIELDS

DOC = (Path(__file__).resolve().parents[1] / "docs" / "INGEST.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "option", [name for name in inspect.signature(read_inputs).parameters if name != "sources"]
)
def test_every_option_is_documented(option: str) -> None:
    assert f"| `{option}` |" in DOC


@pytest.mark.parametrize("extension", sorted(EXTENSIONS))
def test_every_extension_is_documented(extension: str) -> None:
    assert f"`{extension}`" in DOC


@pytest.mark.parametrize("alias", sorted({name for names in FIELDS.values() for name in names}))
def test_every_field_alias_is_documented(alias: str) -> None:
    assert f"`{alias}`" in DOC


@pytest.mark.parametrize(
    "error", [errors.InputError, errors.FetchError, *errors.InputError.__subclasses__()]
)
def test_every_failure_type_is_documented(error: type[errors.SitrepError]) -> None:
    assert f"| `{error.__name__}` |" in DOC
