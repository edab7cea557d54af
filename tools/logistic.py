"""Binary logistic regression over sets of string features, for the training scripts.

Deterministic: a fixed shuffling seed and fixed hyper-parameters give the same
weights for the same rows, so shipped model files can be checked for staleness.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

EPOCHS = 40
RATE = 0.2
L2 = 1e-3
PRUNE = 0.02

Rows = Sequence[tuple[set[str], int]]


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def train(rows: Rows, *, epochs: int = EPOCHS, prune: float = PRUNE) -> tuple[dict[str, float], float]:
    """Weights (pruned of near-zero ones, sorted) and bias, by stochastic gradient descent."""
    weights: dict[str, float] = {}
    bias = 0.0
    order = list(range(len(rows)))
    rng = random.Random(0)
    for _ in range(epochs):
        rng.shuffle(order)
        for index in order:
            features, label = rows[index]
            error = sigmoid(bias + sum(weights.get(f, 0.0) for f in features)) - label
            bias -= RATE * error
            for feature in features:
                weight = weights.get(feature, 0.0)
                weights[feature] = weight - RATE * (error + L2 * weight)
    return {f: round(w, 3) for f, w in sorted(weights.items()) if abs(w) >= prune}, round(bias, 3)


def probability(weights: dict[str, float], bias: float, features: set[str]) -> float:
    return sigmoid(bias + sum(weights.get(f, 0.0) for f in features))


def hyperparameters() -> str:
    return f"{EPOCHS} {RATE} {L2} {PRUNE}"


def train_or_check(
    argv: Sequence[str] | None,
    *,
    description: str,
    output: Path,
    digest: Callable[[], str],
    build: Callable[[], str],
    script: str,
) -> int:
    """The command line shared by the training scripts: write the model, or ``--check`` it."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="fail if the shipped model is stale")
    args = parser.parse_args(argv)
    if args.check:
        shipped = json.loads(output.read_text(encoding="utf-8")) if output.exists() else {}
        if shipped.get("inputs") != digest():
            print(f"{output} was trained on other inputs; run: python tools/{script}", file=sys.stderr)
            return 1
        return 0
    output.write_text(build(), encoding="utf-8")
    print(f"wrote {output.name}")
    return 0
