"""Loading libraries: the built-in content, and folders of YAML that apps bring."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    from ._yaml_files import PackContent

from ._lazy import load_once
from ._library import Library
from ._references import Located, check_references, kind_of
from .errors import ContentError, ContentProblem
from .models import Challenge, Exercise, FaqEntry, Item, Practice, Prompt, PromptSet, Source, Story

__all__ = [
    "BUILTIN_FILE",
    "CONTENT_VERSION",
    "ENTRY_POINT_GROUP",
    "BuiltinData",
    "load_folder",
    "load_library",
]

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


def _read_pack(folder: str | os.PathLike[str]) -> PackContent:
    from ._yaml_files import PackContent, read_folder  # PyYAML is imported only when YAML is read

    path = Path(folder)
    if not path.is_dir():
        return PackContent(problems=[ContentProblem(file=str(path), message="not a folder of YAML content")])
    return read_folder(path)


def _merge(
    base: list[Located], packs: Iterable[PackContent]
) -> tuple[list[Located], list[ContentProblem], dict[str, str]]:
    """Items of `base` with each pack laid over it in turn, problems, and what was hidden where.

    A pack adds items. It replaces an earlier item only when it lists the id under
    ``replace:`` and defines the item again, of the same kind, under that id or with
    that id among its ``aliases`` (a rename); it leaves one out only when it lists the
    id under ``hide:``. Any other reuse of an id stays a
    duplicate, reported with both files.
    """
    located = list(base)
    problems: list[ContentProblem] = []
    hidden: dict[str, str] = {}
    for pack in packs:
        problems.extend(pack.problems)
        earlier = {entry.item.id: entry for entry in located}
        own = {entry.item.id: entry for entry in pack.items}
        # A pack may rename an item it replaces: the new item keeps the old id as an alias.
        own.update({alias: entry for entry in pack.items for alias in entry.item.aliases if alias not in own})
        dropped: set[str] = set()
        for directive in pack.directives:
            target = earlier.get(directive.item_id)
            where = f"{directive.file}:{directive.line}" if directive.line else directive.file
            message = None
            if target is None:
                message = f"cannot {directive.action} {directive.item_id!r}: no earlier content has that id"
            elif (
                directive.action == "hide"
                and directive.item_id in own
                and own[directive.item_id].item.id == directive.item_id
            ):
                message = "a pack cannot hide an item it also defines; list it under replace instead"
            elif directive.action == "replace" and directive.item_id not in own:
                message = "a pack that replaces an item must define the new one"
            elif directive.action == "replace" and kind_of(own[directive.item_id].item) != kind_of(
                target.item
            ):
                new_kind, old_kind = kind_of(own[directive.item_id].item), kind_of(target.item)
                message = f"cannot replace a {old_kind} with a {new_kind}"
            if message is not None:
                problems.append(
                    ContentProblem(
                        file=directive.file,
                        line=directive.line,
                        item_id=directive.item_id,
                        field=directive.action,
                        message=message,
                    )
                )
                continue
            dropped.add(directive.item_id)
            if directive.action == "hide":
                hidden[directive.item_id] = where
        located = [entry for entry in located if entry.item.id not in dropped] + pack.items
    return located, problems, hidden


def _build(located: list[Located], problems: list[ContentProblem], hidden: Mapping[str, str]) -> Library:
    """A library of the items, or one `ContentError` listing every problem found."""
    invalid = {p.item_id for p in problems if p.item_id is not None}
    references = check_references(located, invalid_ids=invalid, hidden=hidden)
    if problems or references:
        raise ContentError([*problems, *references])
    return Library._from_located(located)


def load_folder(folder: str | os.PathLike[str]) -> Library:
    """A library of only the content in a folder of YAML files, fully validated.

    Every ``*.yaml`` and ``*.yml`` file under the folder is read, in path order. Any
    problem (bad YAML, unknown field, wrong type, duplicate id, unknown reference)
    raises one `ContentError` that lists them all with file, line, item id and field.
    """
    return _build(*_merge([], [_read_pack(folder)]))


ENTRY_POINT_GROUP = "connectkit.packs"
"""Installed packages offer content packs under this entry-point group.

The entry point names a folder of YAML: an object that is a path (``str``,
``os.PathLike``, or an ``importlib.resources`` traversable on disk), or a function
returning one. For example, in the pack's ``pyproject.toml``::

    [project.entry-points."connectkit.packs"]
    our-content = "our_package:content_folder"
"""


@functools.cache
def _entry_point_packs() -> tuple[tuple[str, PackContent], ...]:
    """Each installed pack, by entry-point name, read once per process."""
    from importlib.metadata import entry_points

    found: list[tuple[str, PackContent]] = []
    for point in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda p: p.name):
        label = f"entry point {point.name!r} ({point.value})"
        try:
            target = point.load()
            folder = target() if callable(target) else target
            path = Path(os.fspath(folder)) if isinstance(folder, str | os.PathLike) else Path(str(folder))
        except Exception as exc:  # a broken third-party pack must not take the library down
            from ._yaml_files import PackContent

            content = PackContent(problems=[ContentProblem(file=label, message=f"cannot load: {exc}")])
        else:
            content = _read_pack(path)
        found.append((label, content))
    return tuple(found)


@load_once
def _library_with_installed_packs() -> Library:
    installed = [content for _, content in _entry_point_packs()]
    if not installed:
        return _builtin_library()
    return _build(*_merge(_read_builtin().located(f"connectkit/data/{BUILTIN_FILE}"), installed))


def load_library(
    packs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] = (), *, entry_points: bool = True
) -> Library:
    """The built-in library, plus installed packs, plus the content of any folders in `packs`.

    Packs that installed packages declare under the ``connectkit.packs`` entry point
    are added automatically; pass ``entry_points=False`` to leave them out. Folders
    in `packs` are laid over them in order. A pack may add items, and may replace or
    hide an earlier item only by listing its id under ``replace:`` or ``hide:``; any
    other reuse of an id is an error naming the id and both files.

    Without folders the result is cached: every call returns the same immutable
    object, loaded on first use. Pack items may refer to built-in ones (a pack
    exercise can train a built-in practice).
    """
    # One folder given on its own is one pack, not a sequence of characters.
    folders = [packs] if isinstance(packs, str | os.PathLike) else list(packs)
    if not folders:
        return _library_with_installed_packs() if entry_points else _builtin_library()
    layers = [content for _, content in _entry_point_packs()] if entry_points else []
    layers.extend(_read_pack(folder) for folder in folders)
    return _build(*_merge(_read_builtin().located(f"connectkit/data/{BUILTIN_FILE}"), layers))


def clear_caches() -> None:
    """Forget the loaded libraries and the installed packs found (for tests and benchmarks)."""
    _builtin_library.cache_clear()
    _library_with_installed_packs.cache_clear()
    _entry_point_packs.cache_clear()
