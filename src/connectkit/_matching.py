"""Recognising challenges in free text by their recognition phrases.

Each phrase becomes a sequence of word stems. A phrase matches where its stems occur
contiguously in the stemmed text, so matching respects word boundaries ("skilled"
never matches "kill") and simple inflections ("talked" matches "talk").
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ._text import tokenize
from .models import Challenge

__all__ = ["ChallengeMatcher", "TextMatch"]


@dataclass(frozen=True)
class _Phrase:
    challenge: Challenge
    text: str
    stems: tuple[str, ...]


@dataclass(frozen=True)
class TextMatch:
    """A challenge found in a text, with its score and the words that matched."""

    challenge: Challenge
    score: float
    matched: tuple[str, ...]


def _phrase_weight(length: int) -> float:
    # Longer phrases are more specific, so they count for more, up to a point.
    return min(1.2, 0.5 + 0.35 * (length - 1))


class ChallengeMatcher:
    """Finds challenges in free text; build once per library, reuse for every call."""

    def __init__(self, challenges: Sequence[Challenge]) -> None:
        self._by_first_stem: dict[str, list[_Phrase]] = defaultdict(list)
        self._longest = 0
        for challenge in challenges:
            for text in challenge.phrases:
                stems = tuple(token.stem for token in tokenize(text))
                if stems:
                    self._by_first_stem[stems[0]].append(_Phrase(challenge, text, stems))
                    self._longest = max(self._longest, len(stems))

    def match(self, text: str) -> list[TextMatch]:
        """Challenges found in `text`, best first (ties broken by id)."""
        tokens = tokenize(text)
        stems = [token.stem for token in tokens]
        # challenge id -> list of (start, end, phrase)
        hits: dict[str, list[tuple[int, int, _Phrase]]] = defaultdict(list)
        for start, first in enumerate(stems):
            for phrase in self._by_first_stem.get(first, ()):
                end = start + len(phrase.stems)
                if tuple(stems[start:end]) == phrase.stems:
                    hits[phrase.challenge.id].append((start, end, phrase))

        results: list[TextMatch] = []
        for spans in hits.values():
            # A phrase inside a longer match of the same challenge adds nothing new.
            ends_by_start: dict[int, list[int]] = defaultdict(list)
            for s, e, _ in spans:
                ends_by_start[s].append(e)
            kept = [
                (s, e, p)
                for s, e, p in spans
                if not any(
                    e2 >= e and e2 - s2 > e - s
                    for s2 in range(max(0, s - self._longest), s + 1)
                    for e2 in ends_by_start.get(s2, ())
                )
            ]
            kept.sort(key=lambda hit: (hit[0], hit[1]))
            phrases = {p.stems: p for _, _, p in kept}
            strength = sum(_phrase_weight(len(stems)) for stems in phrases)
            words = dict.fromkeys(" ".join(t.word for t in tokens[s:e]) for s, e, _ in kept)
            results.append(
                TextMatch(
                    challenge=kept[0][2].challenge,
                    score=round(1.0 - math.exp(-strength), 4),
                    matched=tuple(words),
                )
            )
        results.sort(key=lambda m: (-m.score, m.challenge.id))
        return results
