"""Counts that describe a library: by kind, theme, depth, evidence level and challenge."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ._library import Library

__all__ = ["library_stats"]


def library_stats(library: Library) -> dict[str, Any]:
    """A JSON-ready summary of `library`, as ``connectkit stats`` prints it."""
    prompts_by_theme: dict[str, dict[str, int]] = {}
    for prompt in library.prompts:
        row = prompts_by_theme.setdefault(prompt.theme, {str(depth): 0 for depth in range(1, 5)})
        row[str(prompt.depth)] += 1
    coverage: dict[str, dict[str, int]] = {}
    for challenge in library.challenges:
        practices = library.practices_for(challenge.id)
        practice_ids = {p.id for p in practices}
        coverage[challenge.id] = {
            "practices": len(practices),
            "exercises": sum(1 for e in library.exercises if practice_ids.intersection(e.practices)),
            "prompts": sum(1 for p in library.prompts if practice_ids.intersection(p.practices)),
            "stories": sum(1 for s in library.stories if s.challenge == challenge.id),
        }
    return {
        "items": {
            "challenges": len(library.challenges),
            "practices": len(library.practices),
            "exercises": len(library.exercises),
            "prompts": len(library.prompts),
            "prompt_sets": len(library.prompt_sets),
            "faq": len(library.faq),
            "stories": len(library.stories),
            "sources": len(library.sources),
        },
        "prompts_by_theme_and_depth": dict(sorted(prompts_by_theme.items())),
        "prompts_by_depth": {
            str(depth): sum(1 for p in library.prompts if p.depth == depth) for depth in range(1, 5)
        },
        "prompts_with_follow_ups": sum(1 for p in library.prompts if p.follow_ups),
        "evidence": {
            "practices": dict(sorted(Counter(p.evidence for p in library.practices).items())),
            "exercises": dict(sorted(Counter(e.evidence for e in library.exercises).items())),
        },
        "exercises_by_participants": dict(sorted(Counter(e.participants for e in library.exercises).items())),
        "exercise_minutes": {
            "shortest": min((e.minutes for e in library.exercises), default=0),
            "longest": max((e.minutes for e in library.exercises), default=0),
        },
        "challenge_coverage": coverage,
    }
