"""Loading libraries: the built-in content, and folders of YAML that apps bring."""

from __future__ import annotations

import os
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from ._lazy import load_once
from ._library import Library
from ._references import Located, check_references
from .errors import ContentError, ContentProblem
from .models import Challenge, Exercise, FaqEntry, Item, Practice, Prompt, PromptSet, Source, Story

__all__ = ["BUILTIN_FILE", "CONTENT_VERSION", "BuiltinData", "load_folder", "load_library"]

CONTENT_VERSION = "2026.11.2"
"""Version of the built-in content, bumped whenever the content changes."""

BUILTIN_FILE = "library.json"
"""Name of the compact built-in content file inside ``connectkit/data``."""


class BuiltinData(BaseModel):
    """The shape of the shipped, pre-validated content file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    content_version: Annotated[str, Field(min_length=1)]
    challenges: tuple[Challenge, ...]
    practices: tuple[Practice, ...]
    exercises: tuple[Exercise, ...]
    prompts: tuple[Prompt, ...]
    prompt_sets: tuple[PromptSet, ...] = ()
    faq: tuple[FaqEntry, ...]
    stories: tuple[Story, ...] = ()
    sources: tuple[Source, ...]

    def located(self, file: str) -> list[Located]:
        items: tuple[Item, ...] = (
            *self.challenges,
            *self.practices,
            *self.exercises,
            *self.prompts,
            *self.prompt_sets,
            *self.faq,
            *self.stories,
            *self.sources,
        )
        return [Located(item, file) for item in items]


def _read_builtin() -> BuiltinData:
    text = (resources.files("connectkit") / "data" / BUILTIN_FILE).read_text(encoding="utf-8")
    return BuiltinData.model_validate_json(text)


@load_once
def _builtin_library() -> Library:
    return Library._from_located(_read_builtin().located(f"connectkit/data/{BUILTIN_FILE}"))


def _read_pack(folder: str | os.PathLike[str]) -> tuple[list[Located], list[ContentProblem]]:
    from ._yaml_files import read_folder  # PyYAML is imported only when YAML is read

    path = Path(folder)
    if not path.is_dir():
        return [], [ContentProblem(file=str(path), message="not a folder of YAML content")]
    return read_folder(path)


def _build(located: list[Located], problems: list[ContentProblem]) -> Library:
    """A library of the items, or one `ContentError` listing every problem found."""
    if problems:
        invalid = {p.item_id for p in problems if p.item_id is not None}
        raise ContentError([*problems, *check_references(located, invalid_ids=invalid)])
    return Library._from_located(located)


def load_folder(folder: str | os.PathLike[str]) -> Library:
    """A library of only the content in a folder of YAML files, fully validated.

    Every ``*.yaml`` and ``*.yml`` file under the folder is read, in path order. Any
    problem (bad YAML, unknown field, wrong type, duplicate id, unknown reference)
    raises one `ContentError` that lists them all with file, line, item id and field.
    """
    return _build(*_read_pack(folder))


def load_library(packs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] = ()) -> Library:
    """The built-in library, plus the content of any folders given in `packs`.

    Without packs the result is cached: every call returns the same immutable object,
    loaded on first use. Pack items may refer to built-in ones (a pack exercise can
    train a built-in practice); an id already taken is an error naming both files.
    """
    # One folder given on its own is one pack, not a sequence of characters.
    folders = [packs] if isinstance(packs, str | os.PathLike) else list(packs)
    if not folders:
        return _builtin_library()
    located = _read_builtin().located(f"connectkit/data/{BUILTIN_FILE}")
    problems: list[ContentProblem] = []
    for folder in folders:
        found, wrong = _read_pack(folder)
        located.extend(found)
        problems.extend(wrong)
    return _build(located, problems)
