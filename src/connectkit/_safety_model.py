"""The learned half of the safety screen: a small logistic model over word features.

The hand-written cues in `_safety_patterns` are precise but only catch the wordings
they describe. This model, trained by ``tools/train_safety_model.py`` on the labelled
statements in ``tests/safety/`` (and everyday statements as further negatives),
generalises to new wordings from the words they share. A concern is raised when
either half raises it. The weights ship as ``connectkit/data/safety_model.json`` and
load on first use.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from importlib import resources

from ._lazy import load_once
from ._text import stem
from .models import SafetyConcern

__all__ = ["MODEL_FILE", "SafetyModel", "load_model", "safety_features"]

MODEL_FILE = "safety_model.json"

_WORD = re.compile(r"[^\W_]+")
_NEGATORS = frozenset({"not", "never", "no", "nobody", "nothing", "without"})
_NEGATION_REACH = 3


def safety_features(prepared: str) -> set[str]:
    """Word stems and stem pairs of text already prepared by `normalize_for_safety`.

    Words shortly after a negation are marked with "~", so that "never hit" and
    "hit" are different features.
    """
    stems: list[str] = []
    reach = 0
    for word in _WORD.findall(prepared):
        if word in _NEGATORS:
            reach = _NEGATION_REACH
            stems.append(word)
            continue
        stems.append(("~" if reach > 0 else "") + stem(word))
        reach -= 1
    features = set(stems)
    features.update(f"{a} {b}" for a, b in itertools.pairwise(stems))
    return features


class SafetyModel:
    """Per-concern logistic weights and the probabilities at which a concern is raised.

    A statement with a word that touches on harm (see `MODEL_GATES`) is raised at
    `threshold`; one without such a word needs the stronger `ungated_threshold`.
    """

    def __init__(
        self,
        weights: dict[str, dict[str, float]],
        bias: dict[str, float],
        threshold: dict[str, float],
        ungated_threshold: dict[str, float],
    ) -> None:
        self._weights = weights
        self._bias = bias
        self._threshold = threshold
        self._ungated_threshold = ungated_threshold

    def probability(self, concern: SafetyConcern, features: set[str]) -> float:
        weights = self._weights[concern]
        z = self._bias[concern] + sum(weights.get(feature, 0.0) for feature in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def threshold(self, concern: SafetyConcern, *, gated: bool) -> float:
        """The probability that raises `concern`; `gated`: a word touching on harm is present."""
        return (self._threshold if gated else self._ungated_threshold)[concern]

    def lower_threshold(self, concern: SafetyConcern) -> float:
        """The lower of the two thresholds: below it the concern is never raised."""
        return min(self._threshold[concern], self._ungated_threshold[concern])


@load_once
def load_model() -> SafetyModel:
    """The shipped model, read once on first use."""
    text = (resources.files("connectkit") / "data" / MODEL_FILE).read_text(encoding="utf-8")
    data = json.loads(text)
    return SafetyModel(data["weights"], data["bias"], data["threshold"], data["ungated_threshold"])
