"""The errors connectkit raises, all rooted at `ConnectKitError`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["ConnectKitError", "ContentError", "ContentProblem", "UnknownIdError"]


class ConnectKitError(Exception):
    """Base class of every error connectkit raises on purpose."""


@dataclass(frozen=True)
class ContentProblem:
    """One thing wrong with content: where it is and what is wrong."""

    file: str
    """The file the item came from, or a label such as ``<python>``."""
    message: str
    item_id: str | None = None
    field: str | None = None
    """Dotted path of the offending field inside the item, e.g. ``addresses.2.challenge``."""
    line: int | None = None
    """1-based line of the item in its file, when known."""

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [where]
        if self.item_id is not None:
            parts.append(f"item {self.item_id!r}")
        if self.field is not None:
            parts.append(f"field {self.field!r}")
        return ": ".join([*parts, self.message])


class ContentError(ConnectKitError, ValueError):
    """Content failed to load; `problems` lists every problem found, in file order."""

    def __init__(self, problems: Iterable[ContentProblem]) -> None:
        self.problems: tuple[ContentProblem, ...] = tuple(problems)
        super().__init__(self.problems)

    def __str__(self) -> str:
        count = len(self.problems)
        if count == 1:
            return str(self.problems[0])
        lines = [f"{count} content problems:"]
        lines.extend(f"  {problem}" for problem in self.problems)
        return "\n".join(lines)


class UnknownIdError(ConnectKitError, KeyError):
    """No item has this id. Also a `KeyError`, so ``lib[id]`` behaves like a mapping."""

    def __init__(self, item_id: str, *, suggestions: Iterable[str] = (), expected: str = "item") -> None:
        self.item_id = item_id
        self.suggestions: tuple[str, ...] = tuple(suggestions)
        self.expected = expected
        super().__init__(item_id)

    def __str__(self) -> str:
        message = f"unknown {self.expected} id {self.item_id!r}"
        if self.suggestions:
            message += "; did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        return message
