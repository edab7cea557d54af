"""Typed, immutable models for everything in a connectkit library.

Every model is frozen and rejects unknown fields, so a typo in a content file is an
error instead of silently lost data. Collections are tuples so that items can be
shared freely between threads and cached without defensive copies.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Any, ClassVar, Literal, TypeAlias

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, model_validator

__all__ = [
    "Challenge",
    "ChallengeWeight",
    "CountryCode",
    "Depth",
    "EvidenceLevel",
    "Exercise",
    "FaqEntry",
    "Item",
    "ItemId",
    "Kind",
    "Participants",
    "Practice",
    "Prompt",
    "PromptSet",
    "PromptSetStage",
    "Resource",
    "SafetyConcern",
    "Source",
    "Story",
]

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

ItemId = Annotated[str, StringConstraints(pattern=ID_PATTERN, min_length=2, max_length=80)]
"""A stable kebab-case identifier, unique across a whole library."""

Aliases = Annotated[tuple[ItemId, ...], Field(description="Former ids of the item; looking one up finds it.")]
"""Former ids of an item, kept so that ids apps stored still find it after a rename."""

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
"""Non-blank text; surrounding whitespace is dropped."""

Depth = Annotated[int, Field(ge=1, le=4)]
"""1 light, 2 personal, 3 deep, 4 vulnerable."""

EvidenceLevel = Literal["tested", "informed", "expert"]
"""How well a practice is backed: tested in a study, built from a finding, or expert advice."""

Participants = Literal["solo", "together"]
"""Whether one partner can do an exercise alone or both do it together."""

SafetyConcern = Literal["partner-violence", "self-harm"]
"""A safety concern under which an exercise must never be offered."""


def _country_code(value: Any) -> Any:
    # YAML 1.1 reads an unquoted NO (Norway) as false and ON as true; say so plainly.
    if isinstance(value, bool):
        raise ValueError(
            f"got the boolean {str(value).lower()}: YAML reads some unquoted country codes "
            'such as NO as booleans, so quote them: country: "NO"'
        )
    return value


CountryCode = Annotated[
    str, BeforeValidator(_country_code), StringConstraints(pattern=r"^([A-Z]{2}|international)$")
]
"""An ISO 3166-1 alpha-2 country code in capitals, or ``international`` for the fallback."""

Kind = Literal["challenge", "practice", "exercise", "prompt", "prompt-set", "faq", "story", "source"]
"""The kind of an item, as used by `Library.find` and the CLI."""


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Source(_Model):
    """A published work that a practice, exercise or fact rests on."""

    id: ItemId
    authors: Annotated[tuple[Text, ...], Field(min_length=1)]
    year: Annotated[int, Field(ge=1800, le=2100)]
    title: Text
    venue: Text
    doi: Annotated[str, StringConstraints(pattern=r"^10\.\d{4,9}/\S+$")] | None = None
    url: Annotated[str, StringConstraints(pattern=r"^https://\S+$")] | None = None
    aliases: Aliases = ()

    @property
    def citation(self) -> str:
        """A short author-year citation, such as "Gable et al. 2004"."""
        surnames = [author.split(",")[0].strip() for author in self.authors]
        if len(surnames) == 1:
            who = surnames[0]
        elif len(surnames) == 2:
            who = f"{surnames[0]} & {surnames[1]}"
        else:
            who = f"{surnames[0]} et al."
        return f"{who} {self.year}"


class Challenge(_Model):
    """Something couples say is hard, with the everyday words that signal it."""

    id: ItemId
    title: Text
    summary: Text
    phrases: Annotated[tuple[Text, ...], Field(min_length=1)]
    """Words and phrases that recognise this challenge in free text."""
    related: tuple[ItemId, ...] = ()
    """Ids of challenges that often come with this one."""
    aliases: Aliases = ()


class ChallengeWeight(_Model):
    """How strongly a practice answers one challenge, and why, in plain words."""

    challenge: ItemId
    weight: Annotated[float, Field(gt=0.0, le=1.0)]
    reason: Text | None = None
    """Why this practice helps with this challenge, addressed to the reader."""


class Practice(_Model):
    """A habit or skill that builds connection."""

    id: ItemId
    name: Text
    summary: Text
    in_daily_life: Annotated[tuple[Text, ...], Field(min_length=1)]
    """What the practice looks like day to day."""
    why_it_helps: Text
    evidence: EvidenceLevel
    sources: Annotated[tuple[ItemId, ...], Field(min_length=1)]
    addresses: Annotated[tuple[ChallengeWeight, ...], Field(min_length=1)]
    aliases: Aliases = ()


class Exercise(_Model):
    """A concrete, step-by-step activity that trains one or more practices."""

    id: ItemId
    title: Text
    summary: Text
    steps: Annotated[tuple[Text, ...], Field(min_length=1)]
    minutes: Annotated[int, Field(ge=1, le=240)]
    participants: Participants
    depth: Depth
    practices: Annotated[tuple[ItemId, ...], Field(min_length=1)]
    """The practices it trains, the main one first."""
    sources: Annotated[tuple[ItemId, ...], Field(min_length=1)]
    why_it_works: Text
    """Why doing this helps, in plain words, as far as the sources support it."""
    evidence: EvidenceLevel
    contraindications: tuple[SafetyConcern, ...] = ()
    variations: tuple[Text, ...] = ()
    materials: tuple[Text, ...] = ()
    tags: tuple[ItemId, ...] = ()
    """Context tags such as ``long-distance`` or ``new-parents``."""
    aliases: Aliases = ()


class Prompt(_Model):
    """A conversation question on the 1-4 depth scale."""

    id: ItemId
    text: Text
    depth: Depth
    theme: ItemId
    practices: Annotated[tuple[ItemId, ...], Field(min_length=1)]
    follow_ups: tuple[Text, ...] = ()
    """Questions to go further once the prompt has been answered."""
    tags: tuple[ItemId, ...] = ()
    """Context tags for prompts that assume something, such as ``parents`` or ``long-distance``."""
    aliases: Aliases = ()


class PromptSetStage(_Model):
    """One stage of a prompt set: prompts asked in order, and how to go about them."""

    title: Text
    prompts: Annotated[tuple[ItemId, ...], Field(min_length=1)]
    guidance: Text | None = None


class PromptSet(_Model):
    """An ordered sequence of prompts for one sitting, in stages."""

    id: ItemId
    title: Text
    summary: Text
    guidance: Text
    """How to use the set: turns, pace, and what to do if it gets hard."""
    minutes: Annotated[int, Field(ge=1, le=240)]
    stages: Annotated[tuple[PromptSetStage, ...], Field(min_length=1)]
    practices: Annotated[tuple[ItemId, ...], Field(min_length=1)]
    sources: tuple[ItemId, ...] = ()
    tags: tuple[ItemId, ...] = ()
    aliases: Aliases = ()

    @property
    def prompt_ids(self) -> tuple[str, ...]:
        """Every prompt id in the set, in the order they are asked."""
        return tuple(prompt for stage in self.stages for prompt in stage.prompts)


class Story(_Model):
    """A short composite vignette of a couple facing a challenge, and what helped.

    Stories are illustrative: composites of common experiences, never real people.
    Show `label` with them.
    """

    LABEL: ClassVar[str] = "An illustrative story: a composite of common experiences, not real people."

    id: ItemId
    title: Text
    text: Text
    challenge: ItemId
    """The main challenge the story shows."""
    practices: Annotated[tuple[ItemId, ...], Field(min_length=1)]
    """The practices that helped, most important first."""
    illustrative: Literal[True] = True
    """Always true: a story never describes real people."""
    aliases: Aliases = ()

    @property
    def label(self) -> str:
        """The sentence to show with the story, saying it is illustrative."""
        return self.LABEL


class FaqEntry(_Model):
    """A common question about connection, answered plainly."""

    id: ItemId
    question: Text
    answer: Text
    related: tuple[ItemId, ...] = ()
    """Ids of any items in the library that the answer relates to."""
    aliases: Aliases = ()


Item: TypeAlias = Challenge | Practice | Exercise | Prompt | PromptSet | FaqEntry | Story | Source
"""Any item a library holds."""


class Resource(_Model):
    """A support service shown with a safety notice: who, how to reach them, and when checked."""

    id: ItemId
    country: CountryCode
    name: Text
    description: Text
    concerns: Annotated[tuple[SafetyConcern, ...], Field(min_length=1)]
    phone: Text | None = None
    text: Text | None = None
    """How to reach the service by text message, e.g. "Text START to 88788"."""
    url: Annotated[str, StringConstraints(pattern=r"^https://\S+$")] | None = None
    hours: Text | None = None
    priority: Annotated[int, Field(ge=1, le=9)] = 3
    """Order of display: 1 first (emergency numbers), then crisis lines, then others."""
    source: Annotated[str, StringConstraints(pattern=r"^https://\S+$")]
    """The page the details were last checked against."""
    verified: datetime.date
    """The date the details were last checked."""

    @model_validator(mode="after")
    def _reachable(self) -> Resource:
        if self.phone is None and self.text is None and self.url is None:
            raise ValueError("a resource needs at least one of phone, text or url")
        return self
