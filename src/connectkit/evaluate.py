"""Measure challenge recognition on a labelled set of statements.

Run ``python -m connectkit.evaluate [FILE]``. FILE holds one JSON object per line,
``{"text": "...", "challenges": ["main-id", "other-id"]}``, the main challenge
first; it defaults to the development set in ``tests/dev/statements.jsonl``.

Printed figures:

- hit@1 / hit@3: the share of statements where a labelled challenge is the first
  recognised one / among the first three;
- main@1 / main@3: the same for the main (first) label only;
- recall and precision per challenge, over all labels and all recognised challenges;
- the most common confusions (main label, and what came first instead);
- calibration: the precision of recognised challenges by score band, and at the
  documented threshold `connectkit.LIKELY`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ._loading import load_library
from ._matching import LIKELY
from ._recommend import recommend

__all__ = ["Evaluation", "LabelledStatement", "evaluate", "main", "read_statements"]

DEFAULT_FILE = Path("tests") / "dev" / "statements.jsonl"
_BANDS = ((0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01))


@dataclass(frozen=True)
class LabelledStatement:
    text: str
    challenges: tuple[str, ...]
    """Expected challenge ids, the main one first."""


@dataclass(frozen=True)
class Evaluation:
    """Recognition quality on a labelled set."""

    total: int
    hit1: int
    hit3: int
    main1: int
    main3: int
    true_positives: Counter[str]
    labelled: Counter[str]
    predicted: Counter[str]
    confusions: Counter[tuple[str, str]]
    band_hits: Counter[int]
    band_counts: Counter[int]
    likely_hits: int
    likely_count: int

    def rate(self, count: int) -> float:
        return count / self.total if self.total else 0.0

    def recall(self, challenge: str) -> float:
        return self.true_positives[challenge] / self.labelled[challenge] if self.labelled[challenge] else 0.0

    def precision(self, challenge: str) -> float:
        return (
            self.true_positives[challenge] / self.predicted[challenge] if self.predicted[challenge] else 0.0
        )


def read_statements(path: Path) -> list[LabelledStatement]:
    """Read and check a JSON-lines file of labelled statements; errors name the line."""
    known = {c.id for c in load_library().challenges}
    statements = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text, labels = row["text"], tuple(row["challenges"])
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(
                f"{path}:{number}: expected {{'text': ..., 'challenges': [...]}}: {exc}"
            ) from None
        unknown = [label for label in labels if label not in known]
        if not isinstance(text, str) or not labels or unknown:
            raise ValueError(f"{path}:{number}: needs text and known challenge ids; unknown: {unknown}")
        statements.append(LabelledStatement(text, labels))
    return statements


def evaluate(statements: Sequence[LabelledStatement]) -> Evaluation:
    """Recognise every statement and compare with its labels."""
    hit1 = hit3 = main1 = main3 = likely_hits = likely_count = 0
    true_positives: Counter[str] = Counter()
    labelled: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    confusions: Counter[tuple[str, str]] = Counter()
    band_hits: Counter[int] = Counter()
    band_counts: Counter[int] = Counter()
    for statement in statements:
        matches = recommend(statement.text, limit=0).challenges
        ranked = [m.challenge.id for m in matches]
        expected = set(statement.challenges)
        main = statement.challenges[0]
        hit1 += bool(ranked[:1] and ranked[0] in expected)
        hit3 += bool(expected.intersection(ranked[:3]))
        main1 += ranked[:1] == [main]
        main3 += main in ranked[:3]
        if ranked and ranked[0] not in expected:
            confusions[(main, ranked[0])] += 1
        elif not ranked:
            confusions[(main, "(nothing)")] += 1
        labelled.update(expected)
        predicted.update(ranked)
        true_positives.update(expected.intersection(ranked))
        for match in matches:
            band = next(i for i, (low, high) in enumerate(_BANDS) if low <= match.score < high)
            band_counts[band] += 1
            band_hits[band] += match.challenge.id in expected
            if match.score >= LIKELY:
                likely_count += 1
                likely_hits += match.challenge.id in expected
    return Evaluation(
        len(statements), hit1, hit3, main1, main3, true_positives, labelled, predicted, confusions,
        band_hits, band_counts, likely_hits, likely_count,
    )  # fmt: skip


def _report(result: Evaluation, out: list[str]) -> None:
    out.append(f"statements: {result.total}")
    out.append(f"hit@1 {result.rate(result.hit1):.3f}   hit@3 {result.rate(result.hit3):.3f}")
    out.append(f"main@1 {result.rate(result.main1):.3f}   main@3 {result.rate(result.main3):.3f}")
    out.append("")
    out.append(f"{'challenge':<26}{'labelled':>9}{'recall':>8}{'precision':>11}")
    for challenge in sorted(result.labelled):
        out.append(
            f"{challenge:<26}{result.labelled[challenge]:>9}{result.recall(challenge):>8.2f}"
            f"{result.precision(challenge):>11.2f}"
        )
    out.append("")
    out.append("most common confusions (main label -> ranked first instead):")
    for (main, got), count in result.confusions.most_common(12):
        out.append(f"  {count:>3}  {main} -> {got}")
    out.append("")
    out.append("calibration (precision of recognised challenges by score):")
    for index, (low, high) in enumerate(_BANDS):
        count = result.band_counts[index]
        share = result.band_hits[index] / count if count else 0.0
        out.append(f"  {low:.1f}-{min(high, 1.0):.1f}  {share:>5.2f}  ({count} recognised)")
    likely = result.likely_hits / result.likely_count if result.likely_count else 0.0
    out.append(f"  at or above LIKELY={LIKELY}: precision {likely:.2f} ({result.likely_count} recognised)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m connectkit.evaluate", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "file", nargs="?", type=Path, default=DEFAULT_FILE, help="JSON lines of labelled statements"
    )
    args = parser.parse_args(argv)
    try:
        statements = read_statements(args.file)
    except (OSError, ValueError) as exc:
        print(f"connectkit.evaluate: error: {exc}", file=sys.stderr)
        return 1
    lines: list[str] = []
    _report(evaluate(statements), lines)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
