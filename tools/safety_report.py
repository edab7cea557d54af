"""Measure the safety screen on labelled statements: recall, false positives, misses.

Usage: python tools/safety_report.py [DANGER_FILE BENIGN_FILE]

DANGER_FILE has one ``concern<TAB>statement`` per line; BENIGN_FILE one statement per
line. Without arguments the test suite's sets in ``tests/safety/`` are used.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from connectkit._safety import screen, screen_hits

ROOT = Path(__file__).resolve().parent.parent
DANGER = ROOT / "tests" / "safety" / "danger.txt"
BENIGN = ROOT / "tests" / "safety" / "benign.txt"


@dataclass(frozen=True)
class SafetyReport:
    danger: int
    benign: int
    misses: tuple[tuple[str, str], ...]
    """(expected concern, statement) for each danger statement not flagged with its concern."""
    false_alarms: tuple[tuple[str, tuple[str, ...]], ...]
    """(statement, cues that fired) for each benign statement that was flagged."""

    @property
    def recall(self) -> float:
        return 1.0 - len(self.misses) / self.danger if self.danger else 1.0

    @property
    def false_positive_rate(self) -> float:
        return len(self.false_alarms) / self.benign if self.benign else 0.0


def read_danger(path: Path) -> list[tuple[str, str]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        concern, sep, text = line.partition("\t")
        if not sep or concern not in {"partner-violence", "self-harm"}:
            raise ValueError(f"{path}:{number}: expected 'partner-violence' or 'self-harm', a tab, then text")
        rows.append((concern, text))
    return rows


def read_benign(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate(danger_path: Path = DANGER, benign_path: Path = BENIGN) -> SafetyReport:
    danger = read_danger(danger_path)
    benign = read_benign(benign_path)
    misses = tuple((concern, text) for concern, text in danger if concern not in screen([text]))
    alarms = tuple((text, tuple(hit.cue for hit in screen_hits(text))) for text in benign if screen([text]))
    return SafetyReport(len(danger), len(benign), misses, alarms)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) not in (0, 2):
        print(__doc__, file=sys.stderr)
        return 2
    report = evaluate(*(Path(a) for a in args)) if args else evaluate()
    print(f"danger statements: {report.danger}   recall: {report.recall:.3f}")
    print(f"benign statements: {report.benign}   false-positive rate: {report.false_positive_rate:.3f}")
    for concern, text in report.misses:
        print(f"MISSED [{concern}] {text}")
    for text, cues in report.false_alarms:
        print(f"FALSE ALARM [{', '.join(cues)}] {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
