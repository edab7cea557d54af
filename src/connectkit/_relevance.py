"""How well an exercise or prompt fits a challenge, from the words they share.

A practice such as communication skills has exercises and prompts for many
situations: a money talk, a visit to the in-laws, a parenting clash. When the
practice is chosen for one challenge, the items that speak to that challenge
should come first. Each challenge gets a signature: the word stems of its title,
summary and recognition phrases that few other challenges use ("money", "budget",
"debt" for money disagreements), each weighted by how rare it is among challenges
(an inverse document frequency). An item's relevance to a challenge is the weight of
the stems its own words share with that signature. Everything here comes from the
library's content, never from what a person wrote, and is worked out once per library.
"""

from __future__ import annotations

import math
import threading
from collections import Counter
from collections.abc import Iterable

from ._function_words import FUNCTION_STEMS
from ._text import tokenize
from .models import Challenge, Exercise, Prompt

__all__ = ["Relevance"]

_DISTINCTIVE = 5
"""A stem used by more challenges than this says nothing about any one of them."""


def _stems(texts: Iterable[str]) -> frozenset[str]:
    return frozenset(
        token.stem
        for text in texts
        for token in tokenize(text)
        if token.stem not in FUNCTION_STEMS and len(token.word) > 2
    )


class Relevance:
    """Relevance of exercises and prompts to challenges, each worked out once and kept."""

    def __init__(self, challenges: Iterable[Challenge]) -> None:
        own = {c.id: _stems([c.title, c.summary, *c.phrases]) for c in challenges}
        used_by = Counter(stem for stems in own.values() for stem in stems)
        # A stem counts for more the fewer challenges use it ("money" over "fight").
        self._signatures = {
            challenge: {s: math.log(len(own) / used_by[s]) for s in stems if used_by[s] <= _DISTINCTIVE}
            for challenge, stems in own.items()
        }
        self._scores: dict[tuple[str, str], float] = {}
        self._orders: dict[tuple[str, str], tuple[tuple[Prompt, ...], ...]] = {}
        self._lock = threading.Lock()

    def __call__(self, challenge_id: str, item: Exercise | Prompt) -> float:
        """How much of the challenge's distinctive vocabulary the item shares (0 when none)."""
        key = (challenge_id, item.id)
        score = self._scores.get(key)
        if score is None:
            signature = self._signatures.get(challenge_id, {})
            texts = [item.title, item.summary, *item.tags] if isinstance(item, Exercise) else [item.text]
            score = round(sum(signature.get(stem, 0.0) for stem in _stems(texts)), 6)
            with self._lock:
                self._scores[key] = score
        return score

    def prompt_order(
        self, challenge_id: str, practice_id: str, groups: tuple[tuple[Prompt, ...], ...]
    ) -> tuple[tuple[Prompt, ...], ...]:
        """`groups` (a practice's prompts by depth), each ordered best first for the challenge.

        Best first: most relevant to the challenge, then prompts made mainly for the
        practice, then by id. Worked out once per challenge and practice.
        """
        key = (challenge_id, practice_id)
        order = self._orders.get(key)
        if order is None:
            order = tuple(
                tuple(sorted(group, key=lambda p: self.prompt_key(challenge_id, practice_id, p)))
                for group in groups
            )
            with self._lock:
                self._orders[key] = order
        return order

    def prompt_key(self, challenge_id: str, practice_id: str, prompt: Prompt) -> tuple[float, int, str]:
        """The sort key that puts the best prompts for a challenge and practice first."""
        return (-self(challenge_id, prompt), prompt.practices.index(practice_id), prompt.id)
