"""Models are frozen values that reject unknown fields and out-of-range values."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from connectkit import Exercise, Prompt, Source

EXERCISE: dict[str, Any] = {
    "id": "two-minute-hug",
    "title": "Two-minute hug",
    "summary": "Hold each other for two minutes.",
    "steps": ["Stand up.", "Hug."],
    "minutes": 2,
    "participants": "together",
    "depth": 1,
    "practices": ["affection-and-intimacy"],
    "sources": ["debrot-2013"],
    "why_it_works": "Warm touch is part of everyday affection.",
    "evidence": "informed",
}


def test_valid_exercise_uses_tuples() -> None:
    exercise = Exercise.model_validate(EXERCISE)
    assert exercise.steps == ("Stand up.", "Hug.")
    assert exercise.contraindications == ()
    assert exercise.variations == ()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("participants", "both"),
        ("participants", "Solo"),
        ("depth", 0),
        ("depth", 5),
        ("minutes", 0),
        ("steps", []),
        ("steps", ["   "]),
        ("practices", []),
        ("contraindications", ["being-sad"]),
        ("id", "Two Minute Hug"),
        ("id", "two--minute"),
        ("id", "-two"),
        ("surprise", "x"),
    ],
)
def test_invalid_exercise_fields(field: str, value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        Exercise.model_validate({**EXERCISE, field: value})
    assert caught.value.errors()[0]["loc"][0] == field


def test_models_are_frozen_and_hashable() -> None:
    prompt = Prompt(
        id="p-x-01", text="What made you laugh today?", depth=1, theme="fun", practices=("humour",)
    )
    with pytest.raises(ValidationError):
        prompt.depth = 2  # type: ignore[misc]
    assert hash(prompt) == hash(prompt.model_copy())


def test_text_is_stripped_and_blank_rejected() -> None:
    prompt = Prompt(id="p-x-01", text="  Why?  ", depth=1, theme="fun", practices=("humour",))
    assert prompt.text == "Why?"
    with pytest.raises(ValidationError):
        Prompt(id="p-x-01", text="   ", depth=1, theme="fun", practices=("humour",))


@pytest.mark.parametrize(
    ("authors", "citation"),
    [
        (("Finkel, E. J.",), "Finkel 2013"),
        (("Finkel, E. J.", "Slotter, E. B."), "Finkel & Slotter 2013"),
        (("Finkel, E. J.", "Slotter, E. B.", "Luchies, L. B."), "Finkel et al. 2013"),
    ],
)
def test_source_citation(authors: tuple[str, ...], citation: str) -> None:
    source = Source(
        id="finkel-2013", authors=authors, year=2013, title="T", venue="V", doi="10.1177/0956797612474938"
    )
    assert source.citation == citation


def test_source_doi_and_url_shapes() -> None:
    with pytest.raises(ValidationError):
        Source(id="s-1", authors=("A, B.",), year=2000, title="T", venue="V", doi="https://doi.org/10.1/x")
    with pytest.raises(ValidationError):
        Source(id="s-1", authors=("A, B.",), year=2000, title="T", venue="V", url="http://insecure.example")
