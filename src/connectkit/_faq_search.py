"""Finding the FAQ entries that answer a question typed in everyday words."""

from __future__ import annotations

from collections.abc import Sequence

from ._text import tokenize
from .models import FaqEntry

__all__ = ["search_faq"]

# Words that appear in almost every question and say nothing about its topic.
_STOP_STEMS = frozenset(
    token.stem
    for token in tokenize(
        "a an and are be can do does for how i if in is it me my of on or our partner "
        "relationship so that the their they this to us we what when why with you your"
    )
)


def _stems(text: str) -> set[str]:
    return {token.stem for token in tokenize(text)} - _STOP_STEMS


def search_faq(entries: Sequence[FaqEntry], query: str, *, limit: int = 3) -> list[FaqEntry]:
    """Entries sharing topic words with `query`, best first; question words count double."""
    wanted = _stems(query)
    if not wanted:
        return []
    scored = []
    for entry in entries:
        score = 2 * len(wanted & _stems(entry.question)) + len(wanted & _stems(entry.answer))
        if score:
            scored.append((score, entry))
    scored.sort(key=lambda pair: (-pair[0], pair[1].id))
    return [entry for _, entry in scored[:limit]]
