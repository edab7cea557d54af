"""The learned half of challenge recognition: per-challenge logistic weights over words.

Recognition phrases are precise and explain themselves, but people describe the same
problem in endlessly many ways ("we high-five in the hallway" for little time
together). This model, trained by ``tools/train_challenge_model.py`` on labelled
statements and on the phrases themselves, scores every challenge from the words a
statement shares with them. Its weights ship as ``connectkit/data/challenge_model.json``
and load on first use; the words that carried a score are reported as evidence.
"""

from __future__ import annotations

import itertools
import json
import math
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from importlib import resources

from ._lazy import load_once
from ._text import NEGATORS, Token, stem

__all__ = ["MODEL_FILE", "ChallengeModel", "challenge_features", "load_challenge_model", "telling"]

MODEL_FILE = "challenge_model.json"
_NEGATION_REACH = 3
# Words that carry grammar rather than topic: they still count in the model, but are
# not shown as the evidence for a challenge.
_STOP_WORDS = """
a an and are as at be been being but by can could did do does for from had has have i if in
into is it its me of on or so that the then there these this those to too was we were what when
where which who will with would you your am just very really between about after each other before up out
over all some any more most than only own also because while get got like one even still now
back
""".split()  # noqa: SIM905 - a word list reads better as prose than as 90 quoted items
_STOP_STEMS = frozenset(stem(word) for word in _STOP_WORDS)


def challenge_features(tokens: Sequence[Token]) -> dict[str, tuple[str, ...]]:
    """Stems and stem pairs of a tokenised text, each with the words it came from.

    Stems shortly after a negation are also marked with "~" ("we don't fight" gives
    both "fight" and "~fight"), so the model can tell a negated topic from a stated one.
    """
    forms: list[tuple[list[str], str]] = []  # per token: its stem forms, and its word
    reach = 0
    for token in tokens:
        if token.word in NEGATORS:
            reach = _NEGATION_REACH
            forms.append(([token.word], token.word))
            continue
        stems = [token.stem, "~" + token.stem] if reach > 0 else [token.stem]
        forms.append((stems, token.word))
        reach -= 1
    features: dict[str, tuple[str, ...]] = {}
    for stems, word in forms:
        for stem_ in stems:
            features.setdefault(stem_, (word,))
    for (stems_a, word_a), (stems_b, word_b) in itertools.pairwise(forms):
        for a, b in itertools.product(stems_a, stems_b):
            features.setdefault(f"{a} {b}", (word_a, word_b))
    return features


def telling(feature: str) -> bool:
    """Whether a feature says something about the topic, so it is worth showing as evidence."""
    first, _, second = feature.partition(" ")
    return first.lstrip("~") not in _STOP_STEMS and (not second or second.lstrip("~") not in _STOP_STEMS)


class ChallengeModel:
    """Scores every challenge for a set of features, with the features that raised each.

    `features` is an inverted index: for each feature, the positions (in `challenges`)
    of the challenges it weighs on, and those weights. Scoring a text then walks only
    the features the text has.
    """

    def __init__(
        self,
        challenges: Sequence[str],
        bias: Sequence[float],
        features: Mapping[str, tuple[Sequence[int], Sequence[float]]],
    ) -> None:
        if len(challenges) != len(bias):
            raise ValueError(f"{len(challenges)} challenges but {len(bias)} bias terms")
        self._ids = tuple(challenges)
        self._bias = tuple(bias)
        self._by_feature = features

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """Challenge id -> probability that the features describe it."""
        totals = list(self._bias)
        by_feature = self._by_feature
        for feature in features:
            entry = by_feature.get(feature)
            if entry is not None:
                for position, weight in zip(*entry, strict=True):
                    totals[position] += weight
        return {
            challenge: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            for challenge, z in zip(self._ids, totals, strict=True)
        }

    def evidence(self, challenges: Collection[str], features: Iterable[str]) -> dict[str, list[str]]:
        """For each of `challenges`, the features that raised it, strongest first."""
        wanted = {position for position, challenge in enumerate(self._ids) if challenge in challenges}
        found: dict[int, list[tuple[float, str]]] = defaultdict(list)
        for feature in features:
            entry = self._by_feature.get(feature)
            for position, weight in zip(*entry, strict=True) if entry is not None else ():
                if weight > 0 and position in wanted:
                    found[position].append((weight, feature))
        return {
            self._ids[position]: [feature for _, feature in sorted(pairs, reverse=True)]
            for position, pairs in found.items()
        }


@load_once
def load_challenge_model() -> ChallengeModel:
    """The shipped model, read once on first use."""
    text = (resources.files("connectkit") / "data" / MODEL_FILE).read_text(encoding="utf-8")
    data = json.loads(text)
    return ChallengeModel(data["challenges"], data["bias"], data["features"])
