"""Recognising challenges in free text by their recognition phrases.

Each phrase becomes a sequence of word stems. A phrase matches where its stems occur
in order within one clause, with at most `MAX_GAP` other words between two of them
("never listens" matches "never really listens"), so matching respects word
boundaries ("skilled" never matches "kill") and simple inflections ("talked" matches
"talk"). Each match then carries a weight:

- longer phrases are more specific and count for more;
- a match with gaps counts a little less than an exact one;
- a negation shortly before a phrase ("we don't fight much") discounts it, unless
  the phrase holds the negation itself ("never listens");
- what follows "but" in a sentence counts for more ("we're fine, but he never listens");
- an intensifier just before ("always", "constantly") counts for more.

A challenge's score is ``1 - exp(-sum of its distinct phrases' weights)``, so one
clear two-word match scores about 0.5 and several independent matches approach 1.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ._text import CONTRASTS, INTENSIFIERS, NEGATORS, Token, tokenize
from .models import Challenge

__all__ = ["LIKELY", "MAX_GAP", "ChallengeMatcher", "PhraseHit", "TextMatch"]

MAX_GAP = 2
"""Most words allowed between two consecutive words of a phrase."""

LIKELY = 0.5
"""Score at or above which a recognised challenge counts as clearly present.

On the development set, recognised challenges scoring this much are right far more
often than weaker ones; ``python -m connectkit.evaluate`` prints the figures."""

_NEGATION_REACH = 3
_INTENSITY_REACH = 2
_GAP_FACTOR = 0.85
_NEGATED_FACTOR = 0.2
_CONTRAST_FACTOR = 1.3
_INTENSITY_FACTOR = 1.2


@dataclass(frozen=True)
class _Phrase:
    challenge: Challenge
    text: str
    stems: tuple[str, ...]
    negated: bool
    """Whether the phrase itself contains a negation ("never listens")."""


@dataclass(frozen=True)
class PhraseHit:
    """One recognition phrase found in a text, with the words that matched and its weight."""

    phrase: str
    words: str
    weight: float


@dataclass(frozen=True)
class TextMatch:
    """A challenge found in a text, with its score and the evidence for it."""

    challenge: Challenge
    score: float
    hits: tuple[PhraseHit, ...]

    @property
    def matched(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(hit.words for hit in self.hits))


def _length_weight(length: int) -> float:
    # Longer phrases are more specific, so they count for more, up to a point.
    return min(1.2, 0.5 + 0.35 * (length - 1))


class ChallengeMatcher:
    """Finds challenges in free text; build once per library, reuse for every call."""

    def __init__(self, challenges: Sequence[Challenge]) -> None:
        self._by_first_stem: dict[str, list[_Phrase]] = defaultdict(list)
        for challenge in challenges:
            for text in challenge.phrases:
                tokens = tokenize(text)
                stems = tuple(token.stem for token in tokens)
                if stems:
                    negated = any(token.word in NEGATORS for token in tokens)
                    self._by_first_stem[stems[0]].append(_Phrase(challenge, text, stems, negated))

    @staticmethod
    def _find(phrase: _Phrase, tokens: Sequence[Token], start: int) -> int | None:
        """End index (exclusive) of `phrase` matched from `start` with small gaps, or None."""
        position = start
        clause = tokens[start].clause
        for stem in phrase.stems[1:]:
            limit = min(len(tokens), position + 2 + MAX_GAP)
            for candidate in range(position + 1, limit):
                if tokens[candidate].clause != clause:
                    return None
                if tokens[candidate].stem == stem:
                    position = candidate
                    break
            else:
                return None
        return position + 1

    @staticmethod
    def _weight(
        phrase: _Phrase, tokens: Sequence[Token], start: int, end: int, after_contrast: bool
    ) -> float:
        weight = _length_weight(len(phrase.stems))
        if end - start > len(phrase.stems):
            weight *= _GAP_FACTOR
        clause = tokens[start].clause
        before = [t.word for t in tokens[max(0, start - _NEGATION_REACH) : start] if t.clause == clause]
        if not phrase.negated and NEGATORS.intersection(before):
            weight *= _NEGATED_FACTOR
        if INTENSIFIERS.intersection(before[-_INTENSITY_REACH:]):
            weight *= _INTENSITY_FACTOR
        if after_contrast:
            weight *= _CONTRAST_FACTOR
        return weight

    def match(self, text: str) -> list[TextMatch]:
        """Challenges found in `text`, best first (ties broken by id)."""
        tokens = tokenize(text)
        first_contrast = next((i for i, t in enumerate(tokens) if t.word in CONTRASTS), len(tokens))
        # challenge id -> (start, end, phrase, weight) for every occurrence
        found: dict[str, list[tuple[int, int, _Phrase, float]]] = defaultdict(list)
        for start, token in enumerate(tokens):
            for phrase in self._by_first_stem.get(token.stem, ()):
                end = self._find(phrase, tokens, start)
                if end is not None:
                    weight = self._weight(phrase, tokens, start, end, start > first_contrast)
                    found[phrase.challenge.id].append((start, end, phrase, weight))

        results: list[TextMatch] = []
        for spans in found.values():
            kept = self._without_nested(spans)
            # Each distinct phrase counts once, at its strongest occurrence.
            best: dict[tuple[str, ...], tuple[int, int, _Phrase, float]] = {}
            for span in kept:
                key = span[2].stems
                if key not in best or span[3] > best[key][3]:
                    best[key] = span
            ordered = sorted(best.values(), key=lambda span: (span[0], span[1]))
            hits = tuple(
                PhraseHit(
                    phrase=phrase.text,
                    words=" ".join(t.word for t in tokens[s:e]),
                    weight=round(weight, 3),
                )
                for s, e, phrase, weight in ordered
            )
            strength = sum(span[3] for span in ordered)
            results.append(
                TextMatch(
                    challenge=ordered[0][2].challenge, score=round(1.0 - math.exp(-strength), 4), hits=hits
                )
            )
        results.sort(key=lambda m: (-m.score, m.challenge.id))
        return results

    @staticmethod
    def _without_nested(
        spans: list[tuple[int, int, _Phrase, float]],
    ) -> list[tuple[int, int, _Phrase, float]]:
        """Drop matches lying inside a longer match of the same challenge: they add nothing new."""
        ends_by_start: dict[int, list[int]] = defaultdict(list)
        for start, end, _, _ in spans:
            ends_by_start[start].append(end)
        longest = max((end - start for start, end, _, _ in spans), default=0)
        return [
            span
            for span in spans
            if not any(
                other_end >= span[1] and other_end - other_start > span[1] - span[0]
                for other_start in range(max(0, span[0] - longest), span[0] + 1)
                for other_end in ends_by_start.get(other_start, ())
            )
        ]
