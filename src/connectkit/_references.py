"""Cross-reference checks: every id an item names must exist and be of the right kind."""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from .errors import ContentProblem
from .models import Challenge, Exercise, FaqEntry, Item, Practice, Prompt, PromptSet, Source, Story

__all__ = ["Located", "check_references", "kind_of", "suggest"]


@dataclass(frozen=True)
class Located:
    """An item together with where it was read from."""

    item: Item
    file: str
    line: int | None = None

    def problem(self, field: str | None, message: str) -> ContentProblem:
        return ContentProblem(
            file=self.file, line=self.line, item_id=self.item.id, field=field, message=message
        )


_KIND_NAMES: Mapping[type, str] = {
    Challenge: "challenge",
    Practice: "practice",
    Exercise: "exercise",
    Prompt: "prompt",
    PromptSet: "prompt-set",
    FaqEntry: "faq",
    Story: "story",
    Source: "source",
}


def kind_of(item: Item) -> str:
    """The kind name of an item ("challenge", "practice", ...)."""
    return _KIND_NAMES[type(item)]


def suggest(wanted: str, known: Iterable[str], *, count: int = 3) -> list[str]:
    """The known ids closest to a mistyped one, best first."""
    return difflib.get_close_matches(wanted, sorted(known), n=count, cutoff=0.6)


# Fields that list ids of other items, and the kind each id must be (None: any kind).
_REFERENCE_FIELDS: Mapping[type, tuple[tuple[str, str | None], ...]] = {
    Challenge: (("related", "challenge"),),
    Practice: (("sources", "source"),),
    Exercise: (("practices", "practice"), ("sources", "source")),
    Prompt: (("practices", "practice"),),
    PromptSet: (("practices", "practice"), ("sources", "source")),
    Story: (("practices", "practice"),),
    FaqEntry: (("related", None),),
}


def _references(item: Item) -> Iterable[tuple[str, str, str | None]]:
    """(field path, referenced id, required kind or None for any kind) for each reference."""
    for field, kind in _REFERENCE_FIELDS.get(type(item), ()):
        for i, ref in enumerate(getattr(item, field)):
            yield f"{field}.{i}", ref, kind
    if isinstance(item, Practice):
        for i, weight in enumerate(item.addresses):
            yield f"addresses.{i}.challenge", weight.challenge, "challenge"
    elif isinstance(item, PromptSet):
        for i, stage in enumerate(item.stages):
            for j, ref in enumerate(stage.prompts):
                yield f"stages.{i}.prompts.{j}", ref, "prompt"
    elif isinstance(item, Story):
        yield "challenge", item.challenge, "challenge"


def check_references(
    located: Sequence[Located], *, invalid_ids: Collection[str] = (), hidden: Mapping[str, str] | None = None
) -> list[ContentProblem]:
    """Every duplicate id and every dangling or wrong-kind reference, in input order.

    References to `invalid_ids` (items that exist but failed validation, already
    reported) are not reported again as unknown. A reference to an id in `hidden`
    (id -> where a pack hid it) says so.
    """
    hidden = hidden or {}
    problems: list[ContentProblem] = []
    first_seen: dict[str, Located] = {}
    for entry in located:
        earlier = first_seen.get(entry.item.id)
        if earlier is None:
            first_seen[entry.item.id] = entry
            continue
        where = earlier.file if earlier.line is None else f"{earlier.file}:{earlier.line}"
        problems.append(
            entry.problem("id", f"duplicate id, already used by a {kind_of(earlier.item)} in {where}")
        )

    for entry in located:
        item = entry.item
        for field, ref, required in _references(item):
            target = first_seen.get(ref)
            if target is None and ref in invalid_ids:
                continue
            if target is None and ref in hidden:
                problems.append(
                    entry.problem(field, f"{ref!r} is hidden by {hidden[ref]}, but this item uses it")
                )
            elif target is None:
                candidates = [
                    i for i, e in first_seen.items() if required is None or kind_of(e.item) == required
                ]
                hint = suggest(ref, candidates)
                message = f"unknown {required or 'item'} {ref!r}"
                if hint:
                    message += " (did you mean " + " or ".join(repr(h) for h in hint) + "?)"
                problems.append(entry.problem(field, message))
            elif required is not None and kind_of(target.item) != required:
                problems.append(
                    entry.problem(field, f"{ref!r} is a {kind_of(target.item)}, not a {required}")
                )
            elif target is entry:
                problems.append(entry.problem(field, "an item cannot refer to itself"))
    return problems
