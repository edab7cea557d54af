"""connectkit: content and recommendations that help couples build emotional connection.

Load the built-in library with `load_library()`, and get explained suggestions for
what a person states with `recommend()`. Content is loaded on first use, never at
import time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._checkin import (
    CHECKIN_NOTE,
    ChallengeScore,
    CheckinResult,
    CheckinStatement,
    checkin,
    checkin_statements,
)
from ._daily import DEFAULT_RHYTHM, daily_prompt
from ._export import export_library, library_schema
from ._library import Library
from ._lint import lint
from ._loading import CONTENT_VERSION, load_folder, load_library
from ._matching import LIKELY
from ._plan import PROMPT_MINUTES, Plan, PlanDay, PlanItem, plan
from ._recommend import recommend
from ._resources import load_resources
from .errors import ConnectKitError, ContentError, ContentProblem, UnknownIdError
from .models import (
    Challenge,
    ChallengeWeight,
    Exercise,
    FaqEntry,
    Item,
    Practice,
    Prompt,
    PromptSet,
    PromptSetStage,
    Resource,
    Source,
    Story,
)
from .recommendation import (
    ChallengeMatch,
    Contribution,
    Evidence,
    PracticeSuggestion,
    Recommendation,
    SafetyNotice,
)

if TYPE_CHECKING:
    __version__: str

__all__ = [
    "CHECKIN_NOTE",
    "CONTENT_VERSION",
    "DEFAULT_RHYTHM",
    "LIKELY",
    "PROMPT_MINUTES",
    "Challenge",
    "ChallengeMatch",
    "ChallengeScore",
    "ChallengeWeight",
    "CheckinResult",
    "CheckinStatement",
    "ConnectKitError",
    "ContentError",
    "ContentProblem",
    "Contribution",
    "Evidence",
    "Exercise",
    "FaqEntry",
    "Item",
    "Library",
    "Plan",
    "PlanDay",
    "PlanItem",
    "Practice",
    "PracticeSuggestion",
    "Prompt",
    "PromptSet",
    "PromptSetStage",
    "Recommendation",
    "Resource",
    "SafetyNotice",
    "Source",
    "Story",
    "UnknownIdError",
    "checkin",
    "checkin_statements",
    "daily_prompt",
    "export_library",
    "library_schema",
    "lint",
    "load_folder",
    "load_library",
    "load_resources",
    "plan",
    "recommend",
]


def __getattr__(name: str) -> str:
    # The package version is read from installed metadata only when someone asks.
    if name == "__version__":
        from importlib.metadata import version

        return version("connectkit")
    raise AttributeError(f"module 'connectkit' has no attribute {name!r}")
