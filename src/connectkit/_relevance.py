"""How well an exercise or prompt fits a challenge, from the words they share.

A practice such as communication skills has exercises and prompts for many
situations: a money talk, a visit to the in-laws, a parenting clash. When the
practice is chosen for one challenge, the items that speak to that challenge
should come first, and items made for another challenge should wait. Each challenge
gets a signature from its title, summary and recognition phrases: every word stem
weighted by how many of those texts use it and how few other challenges do (tf-idf),
so "money" weighs heavily for money disagreements and little anywhere else. An
item's fit to a challenge is the weight of the stems in its own words: the title and
context tags of an exercise (its summary counting half), the text of a prompt.
Everything here comes from the library's content, never from what a person wrote,
and is worked out once per library.
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

_MEANINGFUL = 0.1
"""A fit below this (a word or two that many texts use) counts as no fit."""
_STRONG = 0.5
"""A fit of this much or more says an item was made for that challenge."""
_SUMMARY_WEIGHT = 0.5


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
        share: dict[str, dict[str, float]] = {}
        used_by: Counter[str] = Counter()
        for challenge in challenges:
            texts = [_stems([text]) for text in (challenge.title, challenge.summary, *challenge.phrases)]
            counts = Counter(stem for stems in texts for stem in stems)
            share[challenge.id] = {stem: n / len(texts) for stem, n in counts.items()}
            used_by.update(counts.keys())
        total = len(share)
        self._signatures = {
            challenge: {stem: tf * math.log(total / used_by[stem]) for stem, tf in stems.items()}
            for challenge, stems in share.items()
        }
        self._scores: dict[tuple[str, str], float] = {}
        self._item_words: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._fits: dict[str, frozenset[str]] = {}
        self._orders: dict[tuple[str, str], tuple[tuple[Prompt, ...], ...]] = {}
        self._lock = threading.Lock()

    def _words(self, item: Exercise | Prompt) -> tuple[frozenset[str], frozenset[str]]:
        """The item's stems that count fully, and those that count half."""
        words = self._item_words.get(item.id)
        if words is None:
            if isinstance(item, Prompt):
                words = (_stems([item.text]), frozenset())
            else:
                main = _stems([item.title, *item.tags])
                words = (main, _stems([item.summary]) - main)
            with self._lock:
                self._item_words[item.id] = words
        return words

    def _raw(self, challenge_id: str, item: Exercise | Prompt) -> float:
        signature = self._signatures.get(challenge_id, {})
        main, extra = self._words(item)
        half = sum(signature.get(stem, 0.0) for stem in extra)
        return sum(signature.get(stem, 0.0) for stem in main) + _SUMMARY_WEIGHT * half

    def __call__(self, challenge_id: str, item: Exercise | Prompt) -> float:
        """How well the item fits the challenge, 0 when not at all."""
        key = (challenge_id, item.id)
        score = self._scores.get(key)
        if score is None:
            raw = round(self._raw(challenge_id, item), 4)
            score = raw if raw >= _MEANINGFUL else 0.0
            with self._lock:
                self._scores[key] = score
        return score

    def elsewhere(self, challenge_id: str, item: Exercise | Prompt) -> bool:
        """Whether the item was made for another challenge: a money talk is for money, not chores."""
        fits = self._fits.get(item.id)
        if fits is None:
            fits = frozenset(c for c in self._signatures if self(c, item) >= _STRONG)
            with self._lock:
                self._fits[item.id] = fits
        return len(fits) > (challenge_id in fits)

    def rank(self, challenge_id: str, item: Exercise | Prompt) -> tuple[float, bool]:
        """Sorts items for a challenge: the best fit first, then those made for no other one."""
        return (-self(challenge_id, item), self.elsewhere(challenge_id, item))

    def prompt_order(
        self, challenge_id: str, practice_id: str, groups: tuple[tuple[Prompt, ...], ...]
    ) -> tuple[tuple[Prompt, ...], ...]:
        """`groups` (a practice's prompts by depth), each ordered best first for the challenge.

        Best first: most relevant to the challenge, then those that fit no other
        challenge, then prompts made mainly for the practice, then by id. Worked out
        once per challenge and practice.
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

    def prompt_key(self, challenge_id: str, practice_id: str, prompt: Prompt) -> tuple[float, bool, int, str]:
        """The sort key that puts the best prompts for a challenge and practice first."""
        return (*self.rank(challenge_id, prompt), prompt.practices.index(practice_id), prompt.id)
