"""The immutable result of `connectkit.recommend()`.

Field names here are public contract: apps read them, and ``--json`` output uses them.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .models import Challenge, Exercise, Practice, Prompt, Resource, SafetyConcern

__all__ = [
    "ChallengeMatch",
    "Contribution",
    "Evidence",
    "PracticeSuggestion",
    "Recommendation",
    "SafetyNotice",
]

Score = Annotated[float, Field(ge=0.0, le=1.0)]


class _Result(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Evidence(_Result):
    """One recognition phrase found in the statement: what matched and how much it counted."""

    words: str
    """The words of the statement that matched, normalised (or the id, when named)."""
    phrase: str
    """The challenge's recognition phrase they matched (or the id, when named)."""
    weight: float
    """How much this match counted towards the challenge's score."""


class ChallengeMatch(_Result):
    """A challenge recognised in what the person stated."""

    challenge: Challenge
    score: Score
    """How clearly the statement shows this challenge, from 0 to 1 (1 when named by id).

    Scores of `connectkit.LIKELY` or more mark a challenge as clearly present; lower
    ones are weaker hints (one short phrase, or a negated one).
    """
    matched: tuple[str, ...]
    """The words that matched, as normalised from the statement, or the id when named."""
    evidence: tuple[Evidence, ...] = ()
    """Each phrase that matched, with its weight: the structured form of `matched`."""


class Contribution(_Result):
    """How one recognised challenge raised a practice's score."""

    challenge: str
    """The challenge id."""
    challenge_score: Score
    """The challenge's score in this recommendation."""
    weight: float
    """How directly the practice answers the challenge, from the content (0-1]."""
    value: float
    """``challenge_score * weight``: this challenge's share of the practice's score."""
    reason: str
    """The plain-language reason shown for it."""
    source: str
    """Citation of the research the practice rests on, e.g. "Gottman & Silver 1999"."""


class PracticeSuggestion(_Result):
    """A practice chosen for the recognised challenges, with what to do and why."""

    practice: Practice
    score: Score
    reasons: tuple[str, ...]
    """Plain-language reasons, each naming a challenge the practice answers."""
    challenges: tuple[str, ...]
    """Ids of the recognised challenges this practice answers, strongest first."""
    exercises: tuple[Exercise, ...]
    prompts: tuple[Prompt, ...]
    contributions: tuple[Contribution, ...] = ()
    """The structured explanation of `score`: one entry per challenge answered."""


class SafetyNotice(_Result):
    """Given when a statement suggests danger; no couples exercise comes with it.

    Show it first, before anything else in the recommendation. It never repeats
    the person's words.
    """

    concerns: tuple[SafetyConcern, ...]
    """What the words suggest: ``partner-violence``, ``self-harm`` or both."""
    message: str
    """A short, calm message for the person."""
    resources: tuple[Resource, ...]
    """Two or three services for the person's country, most relevant first."""
    country: str
    """The country the resources are for, or ``international`` for the fallback."""


class Recommendation(_Result):
    """What connectkit suggests for a statement: challenges, practices and safety."""

    challenges: tuple[ChallengeMatch, ...]
    practices: tuple[PracticeSuggestion, ...]
    safety: SafetyNotice | None = None
