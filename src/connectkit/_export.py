"""The whole library as one versioned JSON document, and the JSON Schema that describes it.

For apps that are not written in Python (mobile and web front ends): export once at
build time with ``connectkit export --format json``, validate against ``connectkit
schema``, and ship the document. Field names are the models' own, so the Python API
and the JSON agree.
"""

from __future__ import annotations

from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict

from ._library import COLLECTIONS, Library
from ._loading import CONTENT_VERSION, load_library
from .models import Challenge, Exercise, FaqEntry, Practice, Prompt, PromptSet, Source, Story

__all__ = ["EXPORT_FORMAT_VERSION", "LibraryExport", "export_library", "library_schema", "package_version"]

EXPORT_FORMAT_VERSION: Final = 1
"""Version of the export document's shape; it changes only when that shape does."""


class LibraryExport(BaseModel):
    """A connectkit library as one JSON document."""

    model_config = ConfigDict(frozen=True, extra="forbid", title="connectkit library export")

    format: Literal["connectkit-library"] = "connectkit-library"
    format_version: Literal[1] = EXPORT_FORMAT_VERSION
    content_version: str
    """`connectkit.CONTENT_VERSION` of the built-in content the document holds."""
    package_version: str
    challenges: tuple[Challenge, ...]
    practices: tuple[Practice, ...]
    exercises: tuple[Exercise, ...]
    prompts: tuple[Prompt, ...]
    prompt_sets: tuple[PromptSet, ...]
    faq: tuple[FaqEntry, ...]
    stories: tuple[Story, ...]
    sources: tuple[Source, ...]


def package_version() -> str:
    """The installed connectkit version, or \"unknown\" when run from a source tree."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("connectkit")
    except PackageNotFoundError:
        return "unknown"


def export_library(library: Library | None = None) -> dict[str, Any]:
    """`library` (by default the one `load_library()` gives) as a JSON-ready dict."""
    lib = library if library is not None else load_library()
    document = LibraryExport.model_validate(
        {
            "content_version": CONTENT_VERSION,
            "package_version": package_version(),
            **{name: getattr(lib, name) for name in COLLECTIONS},
        }
    )
    return document.model_dump(mode="json")


def library_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the document `export_library()` returns."""
    schema = LibraryExport.model_json_schema(mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
