"""Content quality gates: the checks every item must pass beyond its schema.

The schema says what an item must hold; these gates say whether it is fit to show
to a couple: plainly written, not too long or too short, inclusive, free of clinical
promises, not a near copy of another prompt, safe to offer, and part of a library
in which every challenge leads somewhere. `connectkit lint [PATH]` runs them on the
built-in content or on a pack; the test suite runs them on the built-in content.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Collection, Iterator, Sequence
from itertools import combinations

from ._function_words import FUNCTION_STEMS
from ._library import Library
from ._readability import grade
from ._text import tokenize
from .errors import ContentProblem
from .models import Challenge, Exercise, FaqEntry, Item, Practice, Prompt, PromptSet, Source, Story

__all__ = [
    "AVERAGE_GRADE",
    "GENDERED_TAG",
    "LENGTHS",
    "MAX_OVERLAP",
    "lint",
    "overlap",
]

MAX_OVERLAP = 0.6
"""Two prompts whose content words overlap this much (Jaccard) or more are near-duplicates."""

AVERAGE_GRADE = 8.0
"""Highest average reading grade (Flesch-Kincaid) of the prompts, and of the steps."""

_ITEM_GRADE = {"prompt": 10.0, "step": 12.0}
# One sentence scores noisily, so single texts get a looser cap than the average.

GENDERED_TAG = "gendered"
"""Tag an item carries when it is about a gendered relationship on purpose."""

LENGTHS: dict[tuple[type, str], tuple[int, int]] = {
    (Challenge, "title"): (1, 10),
    (Challenge, "summary"): (8, 60),
    (Practice, "name"): (1, 8),
    (Practice, "summary"): (8, 60),
    (Practice, "in_daily_life"): (4, 35),
    (Practice, "why_it_helps"): (25, 160),
    (Practice, "addresses.reason"): (5, 40),
    (Exercise, "title"): (1, 10),
    (Exercise, "summary"): (8, 60),
    (Exercise, "steps"): (3, 35),
    (Exercise, "why_it_works"): (25, 130),
    (Exercise, "variations"): (4, 40),
    (Prompt, "text"): (4, 30),
    (Prompt, "follow_ups"): (3, 25),
    (PromptSet, "title"): (1, 10),
    (PromptSet, "summary"): (8, 60),
    (PromptSet, "guidance"): (8, 90),
    (PromptSet, "stages.guidance"): (3, 60),
    (FaqEntry, "question"): (3, 30),
    (FaqEntry, "answer"): (40, 180),
    (Story, "title"): (1, 10),
    (Story, "text"): (80, 260),
}
"""(kind, field) -> (fewest, most) words; a dotted field names a field of a nested entry."""

_GENDERED_PARTNER = re.compile(
    r"\b(husband|wife|wives|boyfriend|girlfriend|hubby|wifey|fianc[eé]e?|bf|gf)s?\b", re.IGNORECASE
)
_PROMISE = re.compile(
    r"\b(cure[sd]?|guarantee[sd]?|fix(es)? your (marriage|relationship)|save your (marriage|relationship)|"
    r"proven to work|always works|will fix)\b",
    re.IGNORECASE,
)
_DENIAL = re.compile(r"\b(no|not|never|cannot|can't|won't|isn't|is not)\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
_STEP_END = re.compile(r"""[.!?)"'\u201d]$""")
# A step may end by quoting a question ("Ask: what helped today?"), after an instruction.
_CLAUSE_MARK = re.compile(r"[.:!]")
# Practices whose exercises touch conflict or vulnerability: never to be offered where
# there is partner violence.
_CONFLICT_PRACTICES = frozenset(
    {
        "gentle-start-up",
        "repair-attempts",
        "expressing-vulnerability",
        "dreams-within-conflict",
        "conflict-reappraisal",
    }
)


def overlap(a: str, b: str) -> float:
    """Jaccard overlap of two texts' content-word stems, from 0 (none shared) to 1 (same words).

    Function words ("what", "your") are left out and words are compared by stem, so
    "What do you love about mornings?" and "Which mornings do you love?" overlap fully.
    """
    return _jaccard(_content_stems(a), _content_stems(b))


def _content_stems(text: str) -> frozenset[str]:
    return frozenset(token.stem for token in tokenize(text) if token.stem not in FUNCTION_STEMS)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 0.0


class _Reporter:
    def __init__(self, library: Library) -> None:
        self._library = library
        self.problems: list[ContentProblem] = []

    def add(self, item_id: str | None, field: str | None, message: str) -> None:
        file, line = self._library._origin(item_id) if item_id is not None else ("<library>", None)
        self.problems.append(
            ContentProblem(file=file, line=line, item_id=item_id, field=field, message=message)
        )


def _texts(item: Item, field: str) -> Iterator[tuple[str, str]]:
    """(field path, text) for each text a possibly dotted, possibly repeated field holds."""
    if "." in field:
        outer, inner = field.split(".")
        for i, entry in enumerate(getattr(item, outer)):
            value = getattr(entry, inner)
            if isinstance(value, str):
                yield f"{outer}.{i}.{inner}", value
        return
    value = getattr(item, field)
    if isinstance(value, str):
        yield field, value
    else:
        for i, text in enumerate(value):
            yield f"{field}.{i}", text


def _all_texts(item: Item) -> Iterator[tuple[str, str]]:
    """(field path, text) for every text a reader may see: all strings except ids."""
    stack: list[tuple[str, object]] = [
        (name, value) for name, value in reversed(item.model_dump().items()) if name != "id"
    ]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            yield path, value
        elif isinstance(value, dict):
            stack.extend((f"{path}.{key}", inner) for key, inner in reversed(value.items()))
        elif isinstance(value, list | tuple):
            stack.extend((f"{path}.{i}", inner) for i, inner in reversed(list(enumerate(value))))


def _check_lengths(item: Item, report: _Reporter) -> None:
    for (kind, field), (fewest, most) in LENGTHS.items():
        if not isinstance(item, kind):
            continue
        for path, text in _texts(item, field):
            count = len(text.split())
            if not fewest <= count <= most:
                report.add(item.id, path, f"{count} words; keep it to {fewest}-{most}")


def _check_form(item: Item, report: _Reporter) -> None:
    """Questions end with "?"; steps are instructions, not bare questions."""
    questions: list[tuple[str, str]] = []
    if isinstance(item, Prompt):
        questions = [("text", item.text), *_texts(item, "follow_ups")]
    elif isinstance(item, FaqEntry):
        questions = [("question", item.question)]
    for path, text in questions:
        if not text.endswith("?"):
            report.add(item.id, path, 'a question must end with "?"')
    if isinstance(item, Exercise):
        for path, text in _texts(item, "steps"):
            only_a_question = text.endswith("?") and not _CLAUSE_MARK.search(text[:-1])
            if only_a_question or not _STEP_END.search(text):
                report.add(item.id, path, "a step is an instruction: a full sentence, not only a question")


def _check_language(item: Item, report: _Reporter) -> None:
    tags = getattr(item, "tags", ())
    for path, text in _all_texts(item):
        if isinstance(item, Challenge) and path.startswith("phrases."):
            continue  # recognition phrases quote how people talk, gendered words included
        if GENDERED_TAG not in tags:
            found = _GENDERED_PARTNER.search(text)
            if found:
                report.add(
                    item.id,
                    path,
                    f'gendered partner word {found.group()!r}: say "partner", or tag the item '
                    f"{GENDERED_TAG!r} if it is about that on purpose",
                )
        for promise in _PROMISE.finditer(text):
            if not _DENIAL.search(text[: promise.start()]):
                report.add(item.id, path, f"clinical promise {promise.group()!r}: connectkit is not therapy")


def _check_safety(item: Item, report: _Reporter) -> None:
    if not isinstance(item, Exercise) or "partner-violence" in item.contraindications:
        return
    if item.participants == "together" and item.depth >= 3:
        report.add(item.id, "contraindications", "a deep exercise done together must list partner-violence")
    risky = _CONFLICT_PRACTICES.intersection(item.practices)
    if risky:
        names = ", ".join(sorted(risky))
        report.add(item.id, "contraindications", f"an exercise for {names} must list partner-violence")


def _check_readability(items: Sequence[Item], report: _Reporter) -> None:
    kinds = {"prompt": "prompts", "step": "steps"}
    grades: dict[str, list[float]] = {"prompt": [], "step": []}
    for item in items:
        texts: list[tuple[str, str, str]] = []
        if isinstance(item, Prompt):
            texts = [
                ("prompt", path, text) for path, text in (("text", item.text), *_texts(item, "follow_ups"))
            ]
        elif isinstance(item, Exercise):
            texts = [("step", path, text) for path, text in _texts(item, "steps")]
        for kind, path, text in texts:
            score = grade(text)
            if path == "text" or kind == "step":
                grades[kind].append(score)
            if score > _ITEM_GRADE[kind]:
                report.add(
                    item.id,
                    path,
                    f"reading grade {score:.1f} is above {_ITEM_GRADE[kind]:.0f}: use shorter words",
                )
    for kind, scores in grades.items():
        if scores and statistics.fmean(scores) > AVERAGE_GRADE:
            report.add(
                None,
                kinds[kind],
                f"average reading grade {statistics.fmean(scores):.1f} is above {AVERAGE_GRADE:.0f}",
            )


def _check_near_duplicates(library: Library, ids: Collection[str] | None, report: _Reporter) -> None:
    stems = [(prompt.id, _content_stems(prompt.text)) for prompt in library.prompts]
    for (first, a), (second, b) in combinations(stems, 2):
        if ids is not None and first not in ids and second not in ids:
            continue
        score = _jaccard(a, b)
        if score >= MAX_OVERLAP:
            report.add(second, "text", f"near-duplicate of {first!r} (word overlap {score:.2f})")


def _check_coverage(library: Library, report: _Reporter) -> None:
    for challenge in library.challenges:
        practices = library.practices_for(challenge.id)
        if not practices:
            report.add(challenge.id, None, "no practice addresses this challenge")
            continue
        if not any(library.exercises_for(p.id) for p in practices):
            report.add(challenge.id, None, "no exercise trains any practice for this challenge")
        if not any(library.prompts_for(p.id) for p in practices):
            report.add(challenge.id, None, "no prompt supports any practice for this challenge")
    depths: dict[str, set[int]] = {}
    for prompt in library.prompts:
        depths.setdefault(prompt.theme, set()).add(prompt.depth)
    for theme, present in sorted(depths.items()):
        missing = sorted(set(range(1, 5)) - present)
        if missing:
            report.add(
                None, "prompts", f"theme {theme!r} has no prompt at depth {', '.join(map(str, missing))}"
            )


def lint(library: Library, *, ids: Collection[str] | None = None) -> tuple[ContentProblem, ...]:
    """Every quality problem in `library`, each naming its file, line, item and field.

    With `ids`, only those items are checked one by one (a pack's own items, say),
    while near-duplicates and coverage are still judged against the whole library.
    """
    report = _Reporter(library)
    items = [item for item in library if (ids is None or item.id in ids) and not isinstance(item, Source)]
    for item in items:
        _check_lengths(item, report)
        _check_form(item, report)
        _check_language(item, report)
        _check_safety(item, report)
    _check_readability(items, report)
    _check_near_duplicates(library, ids, report)
    _check_coverage(library, report)
    return tuple(report.problems)
