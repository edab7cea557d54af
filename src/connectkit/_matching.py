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

The learned model (`_challenge_model`) then adds strength to every challenge whose
probability passes `MODEL_FLOOR`, so statements worded unlike any phrase are still
understood; the words that carried it are reported as evidence.

A challenge's score is ``1 - exp(-total strength)``, so one clear two-word match
scores about 0.57 and several independent signals approach 1.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ._challenge_model import ChallengeModel, challenge_features, telling
from ._text import CONTRASTS, INTENSIFIERS, NEGATORS, Token, tokenize
from .models import Challenge

__all__ = [
    "LEARNED",
    "LIKELY",
    "MAX_GAP",
    "MODEL_FLOOR",
    "MODEL_STRENGTH",
    "ChallengeMatcher",
    "PhraseHit",
    "TextMatch",
]

MAX_GAP = 2
"""Most words allowed between two consecutive words of a phrase."""

LIKELY = 0.7
"""Score at or above which a recognised challenge counts as clearly present.

On the development set more than four in five challenges scoring this much are
labelled present, against fewer than one in three of weaker ones; ``python -m connectkit.evaluate``
prints the figures by score band."""

_NEGATION_REACH = 3
_INTENSITY_REACH = 2
# Words that show a statement is about the relationship (partner nouns also count).
_RELATIONAL = frozenset(
    {
        "we",
        "us",
        "our",
        "ours",
        "he",
        "she",
        "they",
        "him",
        "her",
        "his",
        "hers",
        "them",
        "their",
        "relationship",
        "marriage",
        "married",
        "together",
        "couple",
        "dating",
        "date",
        "spouse",
        "partner",
        "engaged",
    }
)
_MODEL_MIN_WORDS = 2
_GAP_FACTOR = 0.85
_NEGATED_FACTOR = 0.2
_CONTRAST_FACTOR = 1.3
_INTENSITY_FACTOR = 1.2
MIN_STRENGTH = 0.05
"""Challenges with less total strength than this (a score under 0.05) are not reported."""
MODEL_FLOOR = 0.01
"""When no challenge reaches this model probability, the learned model adds nothing."""
MODEL_ALONE = 0.5
"""A best guess this sure speaks even when nothing in the statement names the relationship..."""
MODEL_UNANCHORED = 0.35
"""...but only as a hint: its strength is scaled by this, keeping the score under `LIKELY`."""
MODEL_CONFIDENT = 0.2
"""Model probability from which its best guess counts in full."""
MODEL_SHARE = 0.1
"""Challenges the model rates below this share of its best guess get nothing from it."""
MODEL_STRENGTH = 3.0
"""Strength the learned model adds at probability 1 (scaled linearly from the floor)."""
LEARNED = "(learned from similar statements)"
"""The `phrase` of evidence that comes from the learned model."""


@dataclass(frozen=True)
class _Phrase:
    challenge: Challenge
    text: str
    stems: tuple[str, ...]
    rest: frozenset[str]
    """The stems after the first: a phrase can only match a text that has them all."""
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
        """The words that matched: each phrase's words, then any further words the model relied on."""
        phrases = [hit.words for hit in self.hits if hit.phrase != LEARNED]
        covered = {word for words in phrases for word in words.split()}
        learned = [
            part
            for hit in self.hits
            if hit.phrase == LEARNED
            for part in hit.words.split(", ")
            if part and not set(part.split()) <= covered
        ]
        return tuple(dict.fromkeys([*phrases, *learned]))


def _length_weight(length: int) -> float:
    # Longer phrases are more specific, so they count for more, up to a point.
    return min(1.2, 0.5 + 0.35 * (length - 1))


class ChallengeMatcher:
    """Finds challenges in free text; build once per library, reuse for every call."""

    def __init__(self, challenges: Sequence[Challenge], model: ChallengeModel | None = None) -> None:
        self._model = model
        self._by_id = {challenge.id: challenge for challenge in challenges}
        self._by_first_stem: dict[str, list[_Phrase]] = defaultdict(list)
        for challenge in challenges:
            for text in challenge.phrases:
                tokens = tokenize(text)
                stems = tuple(token.stem for token in tokens)
                if stems:
                    negated = any(token.word in NEGATORS for token in tokens)
                    phrase = _Phrase(challenge, text, stems, frozenset(stems[1:]), negated)
                    self._by_first_stem[stems[0]].append(phrase)

    @staticmethod
    def _find(phrase: _Phrase, stems: Sequence[str], clauses: Sequence[int], start: int) -> int | None:
        """End index (exclusive) of `phrase` matched from `start` with small gaps, or None."""
        position = start
        clause = clauses[start]
        count = len(stems)
        for stem in phrase.stems[1:]:
            limit = min(position + 2 + MAX_GAP, count)
            for candidate in range(position + 1, limit):
                if clauses[candidate] != clause:
                    return None
                if stems[candidate] == stem:
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
        # "But" shifts weight onto what follows it within its own sentence only.
        first_contrast: dict[int, int] = {}
        for index, token in enumerate(tokens):
            if token.word in CONTRASTS:
                first_contrast.setdefault(token.sentence, index)
        # challenge id -> (start, end, phrase, weight) for every occurrence
        found: dict[str, list[tuple[int, int, _Phrase, float]]] = defaultdict(list)
        stems = [token.stem for token in tokens]
        clauses = [token.clause for token in tokens]
        present = frozenset(stems)
        for start, token in enumerate(tokens):
            for phrase in self._by_first_stem.get(token.stem, ()):
                if not phrase.rest <= present:
                    continue
                end = self._find(phrase, stems, clauses, start)
                if end is not None:
                    after = start > first_contrast.get(token.sentence, len(tokens))
                    weight = self._weight(phrase, tokens, start, end, after)
                    found[phrase.challenge.id].append((start, end, phrase, weight))

        strength: dict[str, float] = defaultdict(float)
        hits: dict[str, list[PhraseHit]] = defaultdict(list)
        for challenge_id, spans in found.items():
            # Each distinct phrase counts once, at its strongest occurrence.
            best: dict[tuple[str, ...], tuple[int, int, _Phrase, float]] = {}
            for span in self._without_nested(spans):
                key = span[2].stems
                if key not in best or span[3] > best[key][3]:
                    best[key] = span
            for start, end, phrase, weight in sorted(best.values(), key=lambda span: (span[0], span[1])):
                words = " ".join(t.word for t in tokens[start:end])
                hits[challenge_id].append(PhraseHit(phrase=phrase.text, words=words, weight=round(weight, 3)))
                strength[challenge_id] += weight
        if self._model is not None and tokens:
            self._add_learned(tokens, strength, hits)

        results = [
            TextMatch(
                challenge=self._by_id[challenge_id],
                score=round(1.0 - math.exp(-total), 4),
                hits=tuple(hits[challenge_id]),
            )
            for challenge_id, total in strength.items()
            if total >= MIN_STRENGTH
        ]
        results.sort(key=lambda m: (-m.score, m.challenge.id))
        return results

    def _add_learned(
        self, tokens: Sequence[Token], strength: dict[str, float], hits: dict[str, list[PhraseHit]]
    ) -> None:
        assert self._model is not None
        if sum(1 for token in tokens if telling(token.stem)) < _MODEL_MIN_WORDS:
            return  # "we" or "ok" says nothing about any challenge
        features = challenge_features(tokens)
        probabilities = {c: p for c, p in self._model.probabilities(features).items() if c in self._by_id}
        best = max(probabilities.values(), default=0.0)
        # Alone, without any phrase matched, the model speaks fully only about statements
        # that mention the relationship at all: off-topic text ("my phone battery died")
        # can look a little like many challenges. Otherwise only a sure guess counts, as a hint.
        anchored = bool(strength) or any(t.word in _RELATIONAL or t.stem == "<partner>" for t in tokens)
        if best < MODEL_FLOOR or not (anchored or best >= MODEL_ALONE):
            return
        # The model's probabilities are used relative to its best guess for this text, and
        # scaled down when even that guess is unsure.
        confidence = min(1.0, best / MODEL_CONFIDENT) * (1.0 if anchored else MODEL_UNANCHORED)
        shares = {c: p / best for c, p in probabilities.items() if p / best >= MODEL_SHARE}
        evidence = self._model.evidence(shares, features)
        for challenge_id, share in shares.items():
            weight = MODEL_STRENGTH * confidence * (share - MODEL_SHARE) / (1.0 - MODEL_SHARE)
            shown: list[str] = []
            for feature in evidence.get(challenge_id, ()):
                words_of = features[feature]
                if telling(feature) and not set(words_of) <= {w for s in shown for w in s.split()}:
                    shown.append(" ".join(words_of))
                if len(shown) == 3:
                    break
            words = ", ".join(dict.fromkeys(shown))
            hits[challenge_id].append(PhraseHit(phrase=LEARNED, words=words, weight=round(weight, 3)))
            strength[challenge_id] += weight

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
