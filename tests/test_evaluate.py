"""The evaluation command and the quality floors it guards on the development set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from connectkit import evaluate

from .tool_modules import load_tool

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "dev" / "statements.jsonl"

# Floors sit a little under what `python -m connectkit.evaluate` reports, so that a
# regression fails here while small wording changes in content do not.
HIT3_FLOOR = 0.97
HIT1_FLOOR = 0.90


@pytest.fixture(scope="module")
def result() -> evaluate.Evaluation:
    return evaluate.evaluate(evaluate.read_statements(DEV))


def test_development_set_is_large_and_covers_every_challenge() -> None:
    statements = evaluate.read_statements(DEV)
    assert len(statements) >= 250
    main_labels = {s.challenges[0] for s in statements}
    assert len(main_labels) == 25


def test_hit_rates_stay_above_the_floors(result: evaluate.Evaluation) -> None:
    assert result.rate(result.hit3) >= HIT3_FLOOR
    assert result.rate(result.hit1) >= HIT1_FLOOR


def test_likely_threshold_is_more_precise_than_weaker_scores(result: evaluate.Evaluation) -> None:
    weak_hits = result.band_hits[0] + result.band_hits[1]
    weak_count = result.band_counts[0] + result.band_counts[1]
    likely = result.likely_hits / result.likely_count
    assert weak_count == 0 or likely > weak_hits / weak_count


def test_command_prints_the_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate.main([str(DEV)]) == 0
    out = capsys.readouterr().out
    for heading in ("hit@1", "hit@3", "main@1", "recall", "precision", "confusions", "calibration", "LIKELY"):
        assert heading in out


def test_bad_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"text": "x", "challenges": ["no-such-id"]}) + "\n", encoding="utf-8")
    assert evaluate.main([str(path)]) == 1
    assert "bad.jsonl:1" in capsys.readouterr().err


def test_shipped_challenge_model_is_trained_on_the_current_data() -> None:
    assert load_tool("train_challenge_model").main(["--check"]) == 0, (
        "run: python tools/train_challenge_model.py"
    )
