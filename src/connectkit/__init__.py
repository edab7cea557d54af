"""connectkit: content and recommendations that help couples build emotional connection.

Load the built-in library with `load_library()`, and get explained suggestions for
what a person states with `recommend()`. Content is loaded on first use, never at
import time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._export import export_library, library_schema
from ._library import Library
from ._lint import lint
from ._loading import CONTENT_VERSION, load_folder, load_library
from ._matching import LIKELY
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
    "CONTENT_VERSION",
    "LIKELY",
    "Challenge",
    "ChallengeMatch",
    "ChallengeWeight",
    "ConnectKitError",
    "ContentError",
    "ContentProblem",
    "Contribution",
    "Evidence",
    "Exercise",
    "FaqEntry",
    "Item",
    "Library",
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
    "export_library",
    "library_schema",
    "lint",
    "load_folder",
    "load_library",
    "load_resources",
    "recommend",
]


def __getattr__(name: str) -> str:
    # The package version is read from installed metadata only when someone asks.
    if name == "__version__":
        from importlib.metadata import version

        return version("connectkit")
    raise AttributeError(f"module 'connectkit' has no attribute {name!r}")
