"""Support resources shown with a safety notice: loading them and choosing by country."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from importlib import resources as package_files
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from ._lazy import load_once
from .errors import ContentError, ContentProblem
from .models import Resource, SafetyConcern

__all__ = [
    "INTERNATIONAL",
    "RESOURCES_FILE",
    "ResourcesData",
    "load_resources",
    "normalize_country",
    "select_resources",
]

RESOURCES_FILE = "resources.json"
"""Name of the compiled built-in resources file inside ``connectkit/data``."""

INTERNATIONAL = "international"
"""The pseudo-country of the fallback resources, used when a country has none."""

_MOST_SHOWN = 3
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")


class ResourcesData(BaseModel):
    """The shape of the shipped resources file and of a resources YAML file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    resources: tuple[Resource, ...]


def _check_unique(resources: Sequence[Resource], file: str) -> None:
    seen: set[str] = set()
    problems = []
    for resource in resources:
        if resource.id in seen:
            problems.append(
                ContentProblem(file=file, item_id=resource.id, field="id", message="duplicate id")
            )
        seen.add(resource.id)
    if problems:
        raise ContentError(problems)


@load_once
def _builtin_resources() -> tuple[Resource, ...]:
    text = (package_files.files("connectkit") / "data" / RESOURCES_FILE).read_text(encoding="utf-8")
    return ResourcesData.model_validate_json(text).resources


def load_resources(path: str | os.PathLike[str] | None = None) -> tuple[Resource, ...]:
    """The built-in support resources, or those in a YAML file of your own.

    A file has one section, ``resources:``, listing entries in the `Resource` format.
    Problems raise one `ContentError` naming the file, line, entry id and field. To
    extend the built-in list, combine both: ``(*load_resources(), *load_resources(mine))``.
    """
    if path is None:
        return _builtin_resources()
    from ._yaml_files import parse_sections  # PyYAML is imported only when YAML is read

    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError([ContentProblem(file=str(file), message=f"cannot read file: {exc}")]) from None
    parsed, problems = parse_sections(text, str(file), {"resources": Resource})
    if problems:
        raise ContentError(problems)
    found = tuple(item for item, _ in parsed if isinstance(item, Resource))
    if not found:
        raise ContentError(
            [ContentProblem(file=str(file), message="no resources: expected a 'resources:' list")]
        )
    _check_unique(found, str(file))
    return found


def normalize_country(country: str | None) -> str | None:
    """An upper-case ISO 3166-1 alpha-2 code; a clear `ValueError` for anything else."""
    if country is None:
        return None
    if not isinstance(country, str) or not _COUNTRY.match(country.strip()):
        raise ValueError(
            f"country must be a two-letter ISO 3166-1 code such as 'GB' or 'US', got {country!r}"
        )
    return country.strip().upper()


def select_resources(
    resources: Iterable[Resource], concerns: Sequence[SafetyConcern], country: str | None
) -> tuple[str, tuple[Resource, ...]]:
    """The country served and up to three resources for it, most relevant first.

    The best resource for each concern comes first, in concern order; the rest
    (such as the emergency number) follow by priority. A country with no resources
    for these concerns falls back to the international ones.
    """
    pool = [r for r in resources if not set(r.concerns).isdisjoint(concerns)]
    served = country if country is not None and any(r.country == country for r in pool) else INTERNATIONAL
    ranked = sorted((r for r in pool if r.country == served), key=lambda r: (r.priority, r.id))
    chosen: list[Resource] = []
    for concern in concerns:
        best = next((r for r in ranked if concern in r.concerns and r not in chosen), None)
        if best is not None:
            chosen.append(best)
    chosen.extend(r for r in ranked if r not in chosen)
    return served, tuple(chosen[:_MOST_SHOWN])
