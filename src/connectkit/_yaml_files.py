"""Reading content authored as YAML: safe loading, line numbers, per-item validation.

This module imports PyYAML, so nothing imports it until YAML is actually read.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from ._references import Located
from .errors import ContentProblem
from .models import Challenge, Exercise, FaqEntry, Practice, Prompt, PromptSet, Source, Story

__all__ = ["SECTIONS", "read_folder", "read_yaml_text"]

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


def read_yaml_text(text: str, file: str) -> tuple[list[Located], list[ContentProblem]]:
    """Validate the library items in one YAML document; return them and every problem found."""
    parsed, problems = parse_sections(text, file, SECTIONS)
    return [Located(item, file, line) for item, line in parsed], problems  # type: ignore[arg-type]


def parse_sections(
    text: str, file: str, sections: Mapping[str, type[BaseModel]]
) -> tuple[list[tuple[BaseModel, int | None]], list[ContentProblem]]:
    """Validate the items listed under each known section; return them with their lines."""
    loader = _StrictLoader(text)
    try:
        root = loader.get_single_node()
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
        model = sections.get(section) if isinstance(section, str) else None
        if model is None:
            known = ", ".join(sections)
            problems.append(
                ContentProblem(file=file, message=f"unknown section {section!r}; expected one of: {known}")
            )
            continue
        if items is None:
            continue
        if not isinstance(items, list):
            problems.append(ContentProblem(file=file, field=section, message="expected a list of items"))
            continue
        for index, raw in enumerate(items):
            line = lines.get((section, index))
            raw_id = raw.get("id") if isinstance(raw, dict) else None
            item_id = raw_id if isinstance(raw_id, str) else f"{section}[{index}]"
            if not isinstance(raw, dict):
                problems.append(
                    ContentProblem(
                        file=file, line=line, item_id=item_id, message="expected a mapping of fields"
                    )
                )
                continue
            try:
                item = model.model_validate(raw)
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
                continue
            parsed.append((item, line))
    return parsed, problems


def read_folder(folder: Path) -> tuple[list[Located], list[ContentProblem]]:
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
    located: list[Located] = []
    problems: list[ContentProblem] = []
    for path in files:
        label = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(ContentProblem(file=label, message=f"cannot read file: {exc}"))
            continue
        found, wrong = read_yaml_text(text, label)
        located.extend(found)
        problems.extend(wrong)
    return located, problems
