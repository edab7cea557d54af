"""Train the learned half of challenge recognition; write connectkit/data/challenge_model.json.

Usage: python tools/train_challenge_model.py [--check]

Training rows are the labelled statements in content/training/*.jsonl (one JSON object
per line: {"text": ..., "challenges": [...]}) and, for every built-in challenge, its
recognition phrases and summary. One logistic model per challenge (one against the
rest). The development set in tests/dev/ is never used here, so
``python -m connectkit.evaluate`` measures the result on unseen statements.
Training is deterministic; ``--check`` exits 1 when the shipped model is stale.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from connectkit import load_folder
from connectkit._challenge_model import MODEL_FILE, challenge_features
from connectkit._text import tokenize
from logistic import hyperparameters, train, train_or_check

ROOT = Path(__file__).resolve().parent.parent
TRAINING = ROOT / "content" / "training"
LIBRARY = ROOT / "content" / "library"
OUTPUT = ROOT / "src" / "connectkit" / "data" / MODEL_FILE
EPOCHS = 40
PRUNE = 0.2  # weights smaller than this change no ranking; dropping them keeps the file small


def _training_files() -> list[Path]:
    return sorted(TRAINING.glob("*.jsonl"))


def inputs_digest() -> str:
    digest = hashlib.sha256()
    for path in [*_training_files(), LIBRARY / "challenges.yaml"]:
        digest.update(path.read_bytes())
    for module in ("_challenge_model.py", "_text.py"):
        digest.update((ROOT / "src" / "connectkit" / module).read_bytes())
    digest.update(f"{EPOCHS} {PRUNE} {hyperparameters()}".encode())
    return digest.hexdigest()


def examples() -> tuple[list[str], list[tuple[set[str], set[str]]]]:
    """Challenge ids, and (features, labels) for every training row."""
    library = load_folder(LIBRARY)
    ids = [c.id for c in library.challenges]
    rows: list[tuple[set[str], set[str]]] = []
    for path in _training_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            labels = set(row["challenges"])
            unknown = labels - set(ids)
            if unknown:
                raise SystemExit(f"{path}:{number}: unknown challenge ids {sorted(unknown)}")
            rows.append((set(challenge_features(tokenize(row["text"]))), labels))
    for challenge in library.challenges:
        for phrase in challenge.phrases:
            rows.append((set(challenge_features(tokenize(phrase))), {challenge.id}))
        rows.append((set(challenge_features(tokenize(challenge.summary))), {challenge.id}))
    return ids, rows


def build() -> str:
    ids, rows = examples()
    weights: dict[str, dict[str, float]] = {}
    bias: dict[str, float] = {}
    for challenge in ids:
        weights[challenge], bias[challenge] = train(
            [(features, int(challenge in labels)) for features, labels in rows], epochs=EPOCHS, prune=PRUNE
        )
        print(f"  {challenge}: {len(weights[challenge])} weights", file=sys.stderr)
    # Stored inverted, as the library reads it: feature -> [challenge positions, weights].
    features: dict[str, tuple[list[int], list[float]]] = {}
    for position, challenge in enumerate(ids):
        for feature, weight in weights[challenge].items():
            entry = features.setdefault(feature, ([], []))
            entry[0].append(position)
            entry[1].append(weight)
    model = {
        "inputs": inputs_digest(),
        "challenges": ids,
        "bias": [bias[challenge] for challenge in ids],
        "features": features,
    }
    return json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    return train_or_check(
        argv,
        description=__doc__.splitlines()[0],
        output=OUTPUT,
        digest=inputs_digest,
        script=Path(__file__).name,
        build=build,
    )


if __name__ == "__main__":
    raise SystemExit(main())
