"""Ids apps have stored keep working: aliases, the published list, and deprecations."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from pydantic import BaseModel, ConfigDict

import connectkit
from connectkit import ContentError
from connectkit.models import ItemId

from .tool_modules import load_tool

ROOT = Path(__file__).resolve().parent.parent


class Deprecation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: ItemId
    removed_in: str
    reason: str
    replacement: ItemId | None = None


def deprecations() -> list[Deprecation]:
    data = yaml.safe_load((ROOT / "content" / "deprecations.yaml").read_text(encoding="utf-8"))
    return [Deprecation.model_validate(entry) for entry in data["deprecations"]]


def test_every_current_id_is_published(library: connectkit.Library) -> None:
    published = load_tool("publish_ids").read_published()
    unpublished = sorted(
        item.id for item in connectkit.load_library(entry_points=False) if item.id not in published
    )
    assert not unpublished, f"run: python tools/publish_ids.py (new ids: {unpublished[:5]}...)"


def test_every_published_id_still_finds_an_item_or_is_deprecated() -> None:
    library = connectkit.load_library(entry_points=False)
    published = load_tool("publish_ids").read_published()
    assert len(published) >= len(library)
    deprecated = {entry.id: entry for entry in deprecations()}
    gone = sorted(item_id for item_id in published if item_id not in library and item_id not in deprecated)
    assert not gone, f"published ids removed without an alias or a deprecation entry: {gone}"
    for entry in deprecated.values():
        assert entry.id in published, f"{entry.id} was never published"
        assert entry.id not in library, f"{entry.id} is deprecated but still finds an item"
        if entry.replacement is not None:
            assert entry.replacement in library, f"{entry.id}: replacement {entry.replacement} does not exist"


RENAMED = """\
replace: [p-knowing-each-other-01]
prompts:
  - id: p-knowing-each-other-mood
    aliases: [p-knowing-each-other-01]
    text: "Which small thing lifts your mood when a day has gone badly?"
    depth: 1
    theme: knowing-each-other
    practices: [love-maps]
"""


def test_an_alias_finds_the_renamed_item(write_pack: Callable[..., Path]) -> None:
    # A pack renames a built-in prompt; the old id, stored by an app, still finds it.
    library = connectkit.load_library(packs=write_pack(RENAMED), entry_points=False)
    renamed = library["p-knowing-each-other-01"]
    assert renamed.id == "p-knowing-each-other-mood"
    assert library.get("p-knowing-each-other-01") is renamed
    assert "p-knowing-each-other-01" in library
    assert library.kind("p-knowing-each-other-01") == "prompt"
    assert len(library) == len(connectkit.load_library(entry_points=False))
    assert [item.id for item in library].count("p-knowing-each-other-mood") == 1


def test_recommend_accepts_former_ids(write_pack: Callable[..., Path]) -> None:
    text = """\
replace: [little-time-together]
challenges:
  - id: too-little-time
    aliases: [little-time-together]
    title: Too little time together
    summary: Work, schedules and duties fill your days, so there is little time left for the two of you.
    phrases: ["so busy", "never see each other"]
"""
    library = connectkit.load_library(packs=write_pack(text), entry_points=False)
    rec = connectkit.recommend(["little-time-together"], library=library)
    assert rec.challenges[0].challenge.id == "too-little-time"
    assert rec.practices
    # Practices that name the former id now answer the current one.
    assert library.practices_for("too-little-time")
    assert library.find(challenge="little-time-together") == library.find(challenge="too-little-time")
    first = rec.practices[0].exercises[0].id
    again = connectkit.recommend(["too-little-time"], library=library, exclude=[first])
    assert first not in {e.id for s in again.practices for e in s.exercises}


def test_an_alias_may_not_take_another_items_id(write_pack: Callable[..., Path]) -> None:
    text = RENAMED.replace(
        "aliases: [p-knowing-each-other-01]", "aliases: [p-knowing-each-other-02]"
    ).replace("replace: [p-knowing-each-other-01]", "hide: [p-knowing-each-other-01]")
    with pytest.raises(ContentError) as caught:
        connectkit.load_library(packs=write_pack(text), entry_points=False)
    problems = [p for p in caught.value.problems if p.field == "aliases.0"]
    assert len(problems) == 1
    assert (
        "'p-knowing-each-other-02' is already an id or alias of 'p-knowing-each-other-02'"
        in problems[0].message
    )
