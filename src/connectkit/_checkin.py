"""A short check-in: statements rated 1-5 that point to what to work on first.

It is a reflection aid for a couple, not an assessment or a diagnosis: the
statements are plain everyday ones written for connectkit, not a validated scale,
and the result only chooses where `recommend()` starts. One statement asks whether
the person feels safe with their partner; a low rating brings the safety notice
instead of any suggestion.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Annotated, Literal

from pydantic import Field

from ._library import Library
from ._loading import load_library
from ._recommend import recommend
from ._resources import load_resources, normalize_country
from .models import Resource
from .recommendation import Recommendation, SafetyNotice, _Result

__all__ = [
    "CHECKIN_NOTE",
    "ChallengeScore",
    "CheckinResult",
    "CheckinStatement",
    "checkin",
    "checkin_statements",
]

CHECKIN_NOTE = (
    "This check-in is a reflection aid for the two of you, not an assessment or a diagnosis. "
    "It only suggests where to start."
)
"""Show this with the check-in, before the statements."""

FOCUS_SCORE = 0.5
"""Challenges scoring at least this much (0-1) are where a recommendation starts."""
_FOCUS_COUNT = 3
_UNSAFE_BELOW = 3
"""A rating under this on the safety statement brings the safety notice."""


class CheckinStatement(_Result):
    """One statement, rated from 1 (not true at all) to 5 (very true)."""

    id: str
    text: str
    wording: Literal["positive", "negative"]
    """Positive: agreeing means things are well. Negative: agreeing points to a challenge."""
    challenges: tuple[tuple[str, float], ...] = ()
    """(challenge id, weight) pairs the rating speaks to."""
    safety: bool = False
    """Whether this is the statement about feeling safe with the partner."""


class ChallengeScore(_Result):
    """How much the answers point to one challenge, from 0 (not at all) to 1."""

    challenge: str
    score: Annotated[float, Field(ge=0.0, le=1.0)]


class CheckinResult(_Result):
    """The check-in's answers turned into challenge scores, or the safety notice."""

    scores: tuple[ChallengeScore, ...]
    """Every challenge the statements speak to, highest score first (ties by id)."""
    focus: tuple[str, ...]
    """Up to three challenge ids to start with: those scoring `FOCUS_SCORE` or more."""
    note: str = CHECKIN_NOTE
    safety: SafetyNotice | None = None
    """Set when the answer about feeling safe was low; then `focus` is empty."""

    def recommend(self, **options: object) -> Recommendation:
        """`connectkit.recommend()` for the focus challenges, with the same options it takes."""
        if self.safety is not None or not self.focus:
            return Recommendation(challenges=(), practices=(), safety=self.safety)
        return recommend(list(self.focus), **options)  # type: ignore[arg-type]


_STATEMENTS = (
    CheckinStatement(
        id="feel-safe",
        text="I feel safe with my partner, in body and in mind.",
        wording="positive",
        safety=True,
    ),
    CheckinStatement(
        id="time-together",
        text="We get real time together, just the two of us, most weeks.",
        wording="positive",
        challenges=(("little-time-together", 1.0), ("stuck-in-a-rut", 0.3)),
    ),
    CheckinStatement(
        id="screens",
        text="Phones or screens often get in the way when we are together.",
        wording="negative",
        challenges=(("screen-distraction", 1.0),),
    ),
    CheckinStatement(
        id="still-close",
        text="I feel as close to my partner as I did a year ago.",
        wording="positive",
        challenges=(("drifting-apart", 1.0), ("loneliness", 0.5), ("fading-affection", 0.3)),
    ),
    CheckinStatement(
        id="heard",
        text="When I talk, I feel my partner is really listening.",
        wording="positive",
        challenges=(("not-feeling-heard", 1.0), ("feeling-misunderstood", 0.5)),
    ),
    CheckinStatement(
        id="logistics",
        text="Our talks are mostly about plans, chores and who does what.",
        wording="negative",
        challenges=(("shallow-conversation", 1.0), ("drifting-apart", 0.3)),
    ),
    CheckinStatement(
        id="open-up",
        text="It is hard for me to tell my partner what I really feel.",
        wording="negative",
        challenges=(("hard-to-open-up", 1.0),),
    ),
    CheckinStatement(
        id="support",
        text="When I am stressed, I can count on my partner's support.",
        wording="positive",
        challenges=(("lack-of-support", 1.0), ("outside-stress", 0.3)),
    ),
    CheckinStatement(
        id="valued",
        text="I feel my partner notices and values what I do.",
        wording="positive",
        challenges=(("feeling-unappreciated", 1.0), ("unequal-load", 0.3)),
    ),
    CheckinStatement(
        id="fair-share",
        text="The work of running our life together feels fairly shared.",
        wording="positive",
        challenges=(("unequal-load", 1.0),),
    ),
    CheckinStatement(
        id="small-to-big",
        text="Small disagreements often turn into bigger arguments.",
        wording="negative",
        challenges=(("frequent-conflict", 1.0), ("harsh-criticism", 0.4)),
    ),
    CheckinStatement(
        id="go-quiet",
        text="During arguments, one of us tends to go quiet or walk away.",
        wording="negative",
        challenges=(("shutting-down", 1.0),),
    ),
    CheckinStatement(
        id="affection",
        text="We show each other affection, in words or touch, most days.",
        wording="positive",
        challenges=(("fading-affection", 1.0),),
    ),
    CheckinStatement(
        id="same-weeks",
        text="Our life together has started to feel the same week after week.",
        wording="negative",
        challenges=(("stuck-in-a-rut", 1.0),),
    ),
    CheckinStatement(
        id="outside-pressure",
        text="Pressure from outside, like work, money or family, spills into our time together.",
        wording="negative",
        challenges=(("outside-stress", 1.0), ("money-conflict", 0.3), ("in-law-tension", 0.3)),
    ),
    CheckinStatement(
        id="trust",
        text="I trust my partner, and I feel trusted.",
        wording="positive",
        challenges=(("broken-trust", 1.0), ("jealousy", 0.4)),
    ),
    CheckinStatement(
        id="same-future",
        text="We want broadly the same things from the years ahead.",
        wording="positive",
        challenges=(("different-life-goals", 1.0),),
    ),
)


def checkin_statements() -> tuple[CheckinStatement, ...]:
    """The check-in's statements, in the order to ask them."""
    return _STATEMENTS


def _concern(statement: CheckinStatement, rating: int) -> float:
    """0 when the answer shows no difficulty, 1 when it shows the most."""
    agreement = (rating - 1) / 4
    return agreement if statement.wording == "negative" else 1.0 - agreement


def checkin(
    answers: Sequence[int],
    *,
    library: Library | None = None,
    country: str | None = None,
    resources: Iterable[Resource] | None = None,
) -> CheckinResult:
    """Score the answers, one rating from 1 to 5 per statement of `checkin_statements()`.

    Each challenge's score is the weighted mean of how much the answers that speak to
    it show a difficulty. A low answer to the statement about feeling safe returns
    the safety notice (with resources for `country`) and no focus, as `recommend()`
    does for words that suggest danger.
    """
    statements = checkin_statements()
    if len(answers) != len(statements):
        raise ValueError(f"expected {len(statements)} answers, one per statement, got {len(answers)}")
    for number, rating in enumerate(answers, 1):
        if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5:
            raise ValueError(f"answer {number} must be a whole number from 1 to 5, got {rating!r}")
    lib = library if library is not None else load_library()
    country_code = normalize_country(country)
    totals: dict[str, float] = {}
    weights: dict[str, float] = {}
    unsafe = False
    for statement, rating in zip(statements, answers, strict=True):
        if statement.safety:
            unsafe = rating < _UNSAFE_BELOW
        for challenge, weight in statement.challenges:
            lib.challenge(challenge)  # a statement naming an unknown challenge is a bug, loudly
            totals[challenge] = totals.get(challenge, 0.0) + weight * _concern(statement, rating)
            weights[challenge] = weights.get(challenge, 0.0) + weight
    scores = sorted(
        (ChallengeScore(challenge=c, score=round(totals[c] / weights[c], 4)) for c in totals),
        key=lambda s: (-s.score, s.challenge),
    )
    if unsafe:
        from ._notice import build_notice

        chosen = load_resources() if resources is None else resources
        notice = build_notice(("partner-violence",), country_code, chosen, from_checkin=True)
        return CheckinResult(scores=tuple(scores), focus=(), safety=notice)
    focus = tuple(s.challenge for s in scores if s.score >= FOCUS_SCORE)[:_FOCUS_COUNT]
    return CheckinResult(scores=tuple(scores), focus=focus)
