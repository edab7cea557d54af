"""`plan()`: a few days of small steps, built from a recommendation.

A plan spreads what `recommend()` suggests over several days: each day one practice
(never the same one two days running when there is a choice), an exercise and
conversation prompts that fit the day's time budget, starting light and going a
little deeper as the days pass.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Literal

from pydantic import Field

from ._library import Library
from ._loading import load_library
from ._recommend import recommend
from .models import Exercise, Practice, Prompt, Resource
from .recommendation import ChallengeMatch, PracticeSuggestion, SafetyNotice, _Result

__all__ = ["PROMPT_MINUTES", "Plan", "PlanDay", "PlanItem", "plan"]

PROMPT_MINUTES = 5
"""Minutes a plan allows for talking through one prompt, both partners answering."""

_PROMPTS_PER_DAY = 2
_MAX_DAYS = 90


class PlanItem(_Result):
    """One thing to do on a day of a plan: an exercise, or a prompt to talk through."""

    kind: Literal["exercise", "prompt"]
    item: Exercise | Prompt
    minutes: int
    """The exercise's own length, or `PROMPT_MINUTES` for a prompt."""


class PlanDay(_Result):
    """One day of a plan."""

    number: Annotated[int, Field(ge=1)]
    practice: Practice
    why: str
    """One line on why this day, naming the practice and the challenge it answers."""
    items: tuple[PlanItem, ...]
    minutes: int
    """The day's total, never above the plan's `minutes_per_day`."""
    depth: Annotated[int, Field(ge=1, le=4)]
    """The deepest item of the day, on the 1-4 scale."""


class Plan(_Result):
    """Days of small steps for what a person stated, or the safety notice instead."""

    days: tuple[PlanDay, ...]
    minutes_per_day: int
    challenges: tuple[ChallengeMatch, ...]
    safety: SafetyNotice | None = None
    """Set when the words suggest danger; then `days` is empty: no plan is built."""


def _target_depth(day: int, days: int) -> int:
    """The deepest a day may go: 1 on the first day, rising evenly to 4 on the last."""
    if days == 1:
        return 2
    return 1 + round(3 * day / (days - 1))


def _day(
    number: int,
    suggestion: PracticeSuggestion,
    *,
    library: Library,
    depth: int,
    budget: int,
    used: set[str],
    previous_depth: int,
) -> PlanDay:
    practice = suggestion.practice
    items: list[PlanItem] = []
    exercises = [
        e
        for e in library.exercises_for(practice.id)
        if e.minutes <= budget and e.depth <= depth and e.id not in used
    ]
    # Not shallower than the day before when possible, then the best fit for the
    # challenge, then exercises made mainly for this practice, then the deepest allowed.
    fit = library._get_relevance()
    focus = suggestion.challenges[0]
    exercises.sort(
        key=lambda e: (
            e.depth < previous_depth,
            *fit.rank(focus, e),
            e.practices.index(practice.id),
            -e.depth,
            e.minutes,
            e.id,
        )
    )
    if exercises:
        items.append(PlanItem(kind="exercise", item=exercises[0], minutes=exercises[0].minutes))
    left = budget - sum(i.minutes for i in items)
    prompts = [p for p in library.prompts_for(practice.id) if p.depth <= depth and p.id not in used]
    chosen_prompts = {p.id for p in suggestion.prompts}
    prompts.sort(
        key=lambda p: (
            p.depth < previous_depth,
            p.id not in chosen_prompts,
            *fit.rank(focus, p),
            -p.depth,
            p.id,
        )
    )
    for prompt in prompts[:_PROMPTS_PER_DAY]:
        if left < PROMPT_MINUTES:
            break
        items.append(PlanItem(kind="prompt", item=prompt, minutes=PROMPT_MINUTES))
        left -= PROMPT_MINUTES
    deepest = max((i.item.depth for i in items), default=1)
    challenge = library.challenge(suggestion.challenges[0]).title
    step = "; a step deeper than before" if deepest > previous_depth and number > 1 else ""
    why = f"{practice.name}, for {challenge[0].lower()}{challenge[1:]}{step}."
    return PlanDay(
        number=number,
        practice=practice,
        why=why,
        items=tuple(items),
        minutes=sum(i.minutes for i in items),
        depth=deepest,
    )


def plan(
    stated: str | Iterable[str],
    *,
    days: int = 7,
    minutes_per_day: int = 15,
    library: Library | None = None,
    country: str | None = None,
    resources: Iterable[Resource] | None = None,
) -> Plan:
    """A plan of `days` days, each at most `minutes_per_day` minutes, for what a person stated.

    `stated` is what `recommend()` takes: free text, challenge ids, or both. The
    plan draws on the practices it recommends, one a day in turns, each day with an
    exercise that fits the time (when one does) and prompts to talk through
    (`PROMPT_MINUTES` each). The first day stays light and the last may reach depth
    4. Nothing repeats until everything that fits has had its day. When the words suggest partner violence or
    thoughts of self-harm no plan is built: `safety` holds the notice and `days` is
    empty. The same arguments always give the same plan.
    """
    if not 1 <= days <= _MAX_DAYS:
        raise ValueError(f"days must be between 1 and {_MAX_DAYS}, got {days}")
    if minutes_per_day < PROMPT_MINUTES:
        raise ValueError(f"minutes_per_day must be at least {PROMPT_MINUTES}, got {minutes_per_day}")
    lib = library if library is not None else load_library()
    rec = recommend(stated, library=lib, limit=min(days, 6), country=country, resources=resources)
    if rec.safety is not None or not rec.practices:
        return Plan(days=(), minutes_per_day=minutes_per_day, challenges=rec.challenges, safety=rec.safety)
    used: set[str] = set()
    planned: list[PlanDay] = []
    suggestions = rec.practices
    for index in range(days):
        previous = planned[-1] if planned else None
        # The practices in turn from today's, never yesterday's again when there is a choice.
        turn = [suggestions[(index + k) % len(suggestions)] for k in range(len(suggestions))]
        if len(turn) > 1 and previous is not None:
            turn = [s for s in turn if s.practice.id != previous.practice.id]
        depth, before = _target_depth(index, days), previous.depth if previous else 1
        # Fresh items within the day's depth first; failing that, items used before (a long
        # plan comes back to them), and last any depth, so that no day is left empty.
        attempts: tuple[tuple[set[str], int], ...] = ((used, depth), (set(), depth), (set(), 4))
        day = next(
            (
                found
                for exclude, ceiling in attempts
                for suggestion in turn
                if (
                    found := _day(
                        index + 1,
                        suggestion,
                        library=lib,
                        depth=ceiling,
                        budget=minutes_per_day,
                        used=exclude,
                        previous_depth=before,
                    )
                ).items
            ),
            None,
        )
        if day is None:
            raise ValueError(f"nothing fits in {minutes_per_day} minutes a day")  # pragma: no cover
        used.update(entry.item.id for entry in day.items)
        planned.append(day)
    return Plan(days=tuple(planned), minutes_per_day=minutes_per_day, challenges=rec.challenges)
