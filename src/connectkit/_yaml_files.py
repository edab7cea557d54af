"""Reading content authored as YAML: safe loading, line numbers, per-item validation.

This module imports PyYAML, so nothing imports it until YAML is actually read.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Hashable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from ._references import Located
from .errors import ContentProblem
from .models import ID_PATTERN, Challenge, Exercise, FaqEntry, Practice, Prompt, PromptSet, Source, Story

__all__ = [
    "DIRECTIVES",
    "MAX_FILE_BYTES",
    "SECTIONS",
    "PackContent",
    "PackDirective",
    "read_folder",
    "read_yaml_text",
]

SECTIONS: Mapping[str, type[BaseModel]] = {
    "challenges": Challenge,
    "practices": Practice,
    "exercises": Exercise,
    "prompts": Prompt,
    "prompt_sets": PromptSet,
    "faq": FaqEntry,
    "stories": Story,
    "sources": Source,
}
"""Top-level keys of a content file and the model of the items each one lists."""

DIRECTIVES = ("replace", "hide")
"""Top-level keys of a pack file that list ids of items loaded before the pack.

``replace:`` names items the pack defines anew under the same id; ``hide:`` names
items to leave out. Without them, a pack reusing an id is an error."""

MAX_FILE_BYTES = 2_000_000
"""Largest content file read; a bigger one is reported instead of parsed."""


@dataclass(frozen=True)
class PackDirective:
    """One ``replace`` or ``hide`` entry of a pack, with where it was written."""

    action: str
    item_id: str
    file: str
    line: int | None


@dataclass
class PackContent:
    """What one folder of YAML holds: items, replace/hide directives, and problems found."""

    items: list[Located] = field(default_factory=list)
    directives: list[PackDirective] = field(default_factory=list)
    problems: list[ContentProblem] = field(default_factory=list)


_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """A safe loader that refuses duplicate mapping keys instead of keeping the last one."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, Hashable) and key in seen:
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping",
                    node.start_mark,
                    f"found duplicate key {key!r}",
                    key_node.start_mark,
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


def _item_lines(root: yaml.Node | None) -> dict[tuple[str, int], int]:
    """1-based line of each item, keyed by (section, index in that section)."""
    lines: dict[tuple[str, int], int] = {}
    if not isinstance(root, yaml.MappingNode):
        return lines
    for key_node, value_node in root.value:
        if isinstance(key_node, yaml.ScalarNode) and isinstance(value_node, yaml.SequenceNode):
            for index, item_node in enumerate(value_node.value):
                lines[(key_node.value, index)] = item_node.start_mark.line + 1
    return lines


def _field_path(location: tuple[int | str, ...]) -> str | None:
    return ".".join(str(part) for part in location) or None


def read_yaml_text(text: str, file: str) -> PackContent:
    """Validate the library items and directives in one YAML document, with every problem found."""
    content = PackContent()
    parsed, content.problems = parse_sections(
        text, file, SECTIONS, id_lists=DIRECTIVES, found=content.directives
    )
    content.items = [Located(item, file, line) for item, line in parsed]  # type: ignore[arg-type]
    return content


def _shared_node(root: yaml.Node) -> yaml.Node | None:
    """A node reached twice (an alias of an anchor), or None: content has no use for them."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return node
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((key, value))
    return None


def parse_sections(
    text: str,
    file: str,
    sections: Mapping[str, type[BaseModel]],
    *,
    id_lists: Collection[str] = (),
    found: list[PackDirective] | None = None,
) -> tuple[list[tuple[BaseModel, int | None]], list[ContentProblem]]:
    """Validate the items listed under each known section; return them with their lines.

    Sections named in `id_lists` hold plain lists of ids; their entries are appended
    to `found` as directives. Anchors and aliases are refused: expanding them is how
    a small file can blow up into a huge one.
    """
    loader = _StrictLoader(text)
    try:
        root = loader.get_single_node()
        if root is not None and (shared := _shared_node(root)) is not None:
            line = shared.start_mark.line + 1
            return [], [
                ContentProblem(file=file, line=line, message="anchors and aliases (& and *) are not allowed")
            ]
        data = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(exc, "problem", None) or str(exc)
        return [], [ContentProblem(file=file, line=line, message=f"invalid YAML: {reason}")]
    finally:
        loader.dispose()

    if data is None:
        return [], []
    if not isinstance(data, dict):
        example = next(iter(sections))
        return [], [
            ContentProblem(
                file=file,
                line=1,
                message=f"expected a mapping of sections such as '{example}:' at the top level",
            )
        ]

    lines = _item_lines(root)
    parsed: list[tuple[BaseModel, int | None]] = []
    problems: list[ContentProblem] = []
    for section, items in data.items():
        if section in id_lists:
            problems.extend(_read_id_list(section, items, file, lines, found if found is not None else []))
            continue
        model = sections.get(section) if isinstance(section, str) else None
        if model is None:
            known = ", ".join([*sections, *id_lists])
            problems.append(
                ContentProblem(file=file, message=f"unknown section {section!r}; expected one of: {known}")
            )
            continue
        if items is None:
            continue
        if not isinstance(items, list):
            problems.append(ContentProblem(file=file, field=section, message="expected a list of items"))
            continue
        valid, wrong = _validate_items(model, section, items, file=file, lines=lines)
        parsed.extend(valid)
        problems.extend(wrong)
    return parsed, problems


def _validate_items(
    model: type[BaseModel], section: str, items: list[Any], *, file: str, lines: Mapping[tuple[str, int], int]
) -> tuple[list[tuple[BaseModel, int | None]], list[ContentProblem]]:
    """The valid items of a section, with their lines, and the problems of the others."""
    parsed: list[tuple[BaseModel, int | None]] = []
    problems: list[ContentProblem] = []
    for index, raw in enumerate(items):
        line = lines.get((section, index))
        raw_id = raw.get("id") if isinstance(raw, dict) else None
        item_id = raw_id if isinstance(raw_id, str) else f"{section}[{index}]"
        if not isinstance(raw, dict):
            problems.append(
                ContentProblem(file=file, line=line, item_id=item_id, message="expected a mapping of fields")
            )
            continue
        try:
            parsed.append((model.model_validate(raw), line))
        except ValidationError as exc:
            problems.extend(
                ContentProblem(
                    file=file,
                    line=line,
                    item_id=item_id,
                    field=_field_path(error["loc"]),
                    message="unknown field" if error["type"] == "extra_forbidden" else error["msg"],
                )
                for error in exc.errors(include_url=False)
            )
    return parsed, problems


def _read_id_list(
    section: str, ids: Any, file: str, lines: Mapping[tuple[str, int], int], found: list[PackDirective]
) -> list[ContentProblem]:
    if not isinstance(ids, list):
        return [ContentProblem(file=file, field=section, message="expected a list of ids")]
    problems: list[ContentProblem] = []
    for index, item_id in enumerate(ids):
        line = lines.get((section, index))
        if isinstance(item_id, str) and re.fullmatch(ID_PATTERN, item_id):
            found.append(PackDirective(section, item_id, file, line))
        else:
            problems.append(
                ContentProblem(
                    file=file, line=line, field=f"{section}.{index}", message=f"not an id: {item_id!r}"
                )
            )
    return problems


def read_folder(folder: Path) -> PackContent:
    """Validate every ``*.yaml``/``*.yml`` file under a folder, in sorted path order."""
    if not folder.is_dir():
        raise NotADirectoryError(folder)
    files = sorted(
        p
        for p in folder.rglob("*")
        if p.suffix in {".yaml", ".yml"}
        and p.is_file()
        # Hidden folders (.github, .git) hold tooling, not content.
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )
    content = PackContent()
    for path in files:
        label = str(path)
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                limit = f"{MAX_FILE_BYTES:,}"
                content.problems.append(
                    ContentProblem(
                        file=label, message=f"file is {size:,} bytes; content files may hold {limit}"
                    )
                )
                continue
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            content.problems.append(ContentProblem(file=label, message=f"cannot read file: {exc}"))
            continue
        found = read_yaml_text(text, label)
        content.items.extend(found.items)
        content.directives.extend(found.directives)
        content.problems.extend(found.problems)
    return content
