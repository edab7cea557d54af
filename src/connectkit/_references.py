"""Cross-reference checks: every id an item names must exist and be of the right kind."""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from .errors import ContentProblem
from .models import Challenge, Exercise, FaqEntry, Item, Practice, Prompt, PromptSet, Source, Story

__all__ = ["Located", "check_references", "kind_of", "resolve_aliases", "suggest"]


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


def _where(entry: Located) -> str:
    return entry.file if entry.line is None else f"{entry.file}:{entry.line}"


def _index_ids(
    located: Sequence[Located],
) -> tuple[dict[str, Located], dict[str, Located], list[ContentProblem]]:
    """Items by id and by alias, and every id or alias used twice."""
    problems: list[ContentProblem] = []
    by_id: dict[str, Located] = {}
    for entry in located:
        earlier = by_id.setdefault(entry.item.id, entry)
        if earlier is not entry:
            problems.append(
                entry.problem(
                    "id", f"duplicate id, already used by a {kind_of(earlier.item)} in {_where(earlier)}"
                )
            )
    by_alias: dict[str, Located] = {}
    for entry in located:
        for i, alias in enumerate(entry.item.aliases):
            other = by_id.get(alias) or by_alias.setdefault(alias, entry)
            if other is not entry:
                message = f"{alias!r} is already an id or alias of {other.item.id!r} in {_where(other)}"
                problems.append(entry.problem(f"aliases.{i}", message))
    return by_id, by_alias, problems


def _unknown(ref: str, required: str | None, by_id: Mapping[str, Located]) -> str:
    candidates = [i for i, e in by_id.items() if required is None or kind_of(e.item) == required]
    hint = suggest(ref, candidates)
    message = f"unknown {required or 'item'} {ref!r}"
    if hint:
        message += " (did you mean " + " or ".join(repr(h) for h in hint) + "?)"
    return message


def check_references(
    located: Sequence[Located], *, invalid_ids: Collection[str] = (), hidden: Mapping[str, str] | None = None
) -> list[ContentProblem]:
    """Every duplicate id or alias and every dangling or wrong-kind reference, in input order.

    A reference may use an item's id or one of its former ids (`aliases`). References
    to `invalid_ids` (items that exist but failed validation, already reported) are
    not reported again as unknown. A reference to an id in `hidden` (id -> where a
    pack hid it) says so.
    """
    hidden = hidden or {}
    by_id, by_alias, problems = _index_ids(located)
    for entry in located:
        for field, ref, required in _references(entry.item):
            target = by_id.get(ref) or by_alias.get(ref)
            message = None
            if target is None and ref in invalid_ids:
                continue
            if target is None:
                hider = hidden.get(ref)
                message = (
                    _unknown(ref, required, by_id)
                    if hider is None
                    else f"{ref!r} is hidden by {hider}, but this item uses it"
                )
            elif required is not None and kind_of(target.item) != required:
                message = f"{ref!r} is a {kind_of(target.item)}, not a {required}"
            elif target is entry:
                message = "an item cannot refer to itself"
            if message is not None:
                problems.append(entry.problem(field, message))
    return problems


def resolve_aliases(located: Sequence[Located]) -> list[Located]:
    """The items with every reference to a former id (an alias) rewritten to the current id.

    Run after `check_references` has passed, so that the rest of the library only
    ever meets current ids. Items without such references are returned as they are.
    """
    current = {alias: entry.item.id for entry in located for alias in entry.item.aliases}
    if not current:
        return list(located)

    def fix(ids: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(current.get(i, i) for i in ids)

    resolved: list[Located] = []
    for entry in located:
        item = entry.item
        update: dict[str, object] = {
            field: fix(getattr(item, field)) for field, _ in _REFERENCE_FIELDS.get(type(item), ())
        }
        if isinstance(item, Practice):
            update["addresses"] = tuple(
                w.model_copy(update={"challenge": current.get(w.challenge, w.challenge)})
                for w in item.addresses
            )
        elif isinstance(item, PromptSet):
            update["stages"] = tuple(s.model_copy(update={"prompts": fix(s.prompts)}) for s in item.stages)
        elif isinstance(item, Story):
            update["challenge"] = current.get(item.challenge, item.challenge)
        changed = {k: v for k, v in update.items() if v != getattr(item, k)}
        resolved.append(
            Located(item.model_copy(update=changed), entry.file, entry.line) if changed else entry
        )
    return resolved
