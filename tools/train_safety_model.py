"""Train the learned half of the safety screen and write connectkit/data/safety_model.json.

Usage: python tools/train_safety_model.py [--check]

Positives are the labelled danger statements in tests/safety/danger.txt; negatives
are the benign statements in tests/safety/benign.txt, the other concern's danger
statements, and the everyday statements of the recommendation development set and
training data (tests/dev, content/training), so ordinary stories do not raise it.
Training is deterministic (fixed order and seed), so the same inputs give the same
file. ``--check`` exits 1 when the shipped model was trained on other inputs.
Five-fold cross-validated recall and false-positive rate are printed per concern.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from connectkit._safety import normalize_for_safety
from connectkit._safety_model import MODEL_FILE, safety_features
from logistic import hyperparameters, probability, train, train_or_check

ROOT = Path(__file__).resolve().parent.parent
DANGER = ROOT / "tests" / "safety" / "danger.txt"
BENIGN = ROOT / "tests" / "safety" / "benign.txt"
EVERYDAY = (
    ROOT / "tests" / "dev" / "statements.jsonl",
    *sorted((ROOT / "content" / "training").glob("*.jsonl")),
)
OUTPUT = ROOT / "src" / "connectkit" / "data" / MODEL_FILE
CONCERNS = ("partner-violence", "self-harm")
THRESHOLD = 0.6
UNGATED_THRESHOLD = 0.8
"""The stronger signal needed when no word touching on harm is present (see MODEL_GATES)."""
PRUNE = 0.1
"""Weights smaller than this are dropped: they barely move a score, and a smaller model is faster."""


def inputs_digest() -> str:
    digest = hashlib.sha256()
    for path in (DANGER, BENIGN, *EVERYDAY):
        digest.update(path.read_bytes() if path.exists() else b"")
    for module in ("_safety_model.py", "_safety.py", "_text.py"):
        digest.update((ROOT / "src" / "connectkit" / module).read_bytes())
    digest.update(f"{THRESHOLD} {UNGATED_THRESHOLD} {PRUNE} {hyperparameters()}".encode())
    return digest.hexdigest()


def examples() -> list[tuple[set[str], str | None]]:
    """(features, concern or None) for every training statement, in file order."""
    rows: list[tuple[set[str], str | None]] = []
    for line in DANGER.read_text(encoding="utf-8").splitlines():
        if line.strip():
            concern, _, text = line.partition("\t")
            rows.append((safety_features(normalize_for_safety(text)), concern))
    for line in BENIGN.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append((safety_features(normalize_for_safety(line)), None))
    for path in EVERYDAY:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append((safety_features(normalize_for_safety(json.loads(line)["text"])), None))
    return rows


def cross_validate(rows: Sequence[tuple[set[str], int]], folds: int = 5) -> tuple[float, float]:
    """Recall and false-positive rate of the model alone, five-fold."""
    caught = positives = alarms = negatives = 0
    for fold in range(folds):
        train_rows = [row for i, row in enumerate(rows) if i % folds != fold]
        test_rows = [row for i, row in enumerate(rows) if i % folds == fold]
        weights, bias = train(train_rows, prune=PRUNE)
        for features, label in test_rows:
            raised = probability(weights, bias, features) >= THRESHOLD
            if label:
                positives += 1
                caught += raised
            else:
                negatives += 1
                alarms += raised
    return caught / positives, alarms / negatives


def build(*, report: bool = False) -> str:
    rows = examples()
    model: dict[str, object] = {
        "inputs": inputs_digest(),
        "threshold": {},
        "ungated_threshold": {},
        "bias": {},
        "weights": {},
    }
    for concern in CONCERNS:
        labelled = [(features, int(label == concern)) for features, label in rows]
        weights, bias = train(labelled, prune=PRUNE)
        model["threshold"][concern] = THRESHOLD  # type: ignore[index]
        model["ungated_threshold"][concern] = UNGATED_THRESHOLD  # type: ignore[index]
        model["bias"][concern] = bias  # type: ignore[index]
        model["weights"][concern] = weights  # type: ignore[index]
        if report:
            recall, false_positives = cross_validate(labelled)
            print(
                f"{concern}: model alone, 5-fold: recall {recall:.3f}, false positives {false_positives:.3f}"
            )
    return json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    return train_or_check(
        argv,
        description=__doc__.splitlines()[0],
        output=OUTPUT,
        digest=inputs_digest,
        script=Path(__file__).name,
        build=lambda: build(report=True),
    )


if __name__ == "__main__":
    raise SystemExit(main())
