"""The `Library`: an immutable, indexed collection of content items."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, overload

from ._references import Located, check_references, kind_of, resolve_aliases, suggest
from .errors import ContentError, UnknownIdError
from .models import (
    Challenge,
    ChallengeWeight,
    Exercise,
    FaqEntry,
    Item,
    Kind,
    Participants,
    Practice,
    Prompt,
    PromptSet,
    Source,
    Story,
)

if TYPE_CHECKING:
    from ._matching import ChallengeMatcher
    from ._relevance import Relevance

__all__ = ["Library"]

_T = TypeVar("_T")

COLLECTIONS: tuple[str, ...] = (
    "challenges",
    "practices",
    "exercises",
    "prompts",
    "prompt_sets",
    "faq",
    "stories",
    "sources",
)
"""The names of a library's item collections (attributes and keyword arguments), in order."""

_KINDS: tuple[Kind, ...] = (
    "challenge",
    "practice",
    "exercise",
    "prompt",
    "prompt-set",
    "faq",
    "story",
    "source",
)


class Library:
    """Content items with indexes for lookup by id and simple filtering.

    Build one with `connectkit.load_library()` (the built-in content, plus any packs)
    or `connectkit.load_folder()`. Constructing one directly from model instances
    checks references the same way loading does.
    """

    def __init__(
        self,
        *,
        challenges: Iterable[Challenge] = (),
        practices: Iterable[Practice] = (),
        exercises: Iterable[Exercise] = (),
        prompts: Iterable[Prompt] = (),
        prompt_sets: Iterable[PromptSet] = (),
        faq: Iterable[FaqEntry] = (),
        stories: Iterable[Story] = (),
        sources: Iterable[Source] = (),
    ) -> None:
        items: list[Item] = [
            *challenges,
            *practices,
            *exercises,
            *prompts,
            *prompt_sets,
            *faq,
            *stories,
            *sources,
        ]
        self._init([Located(item, "<python>") for item in items])

    @classmethod
    def _from_located(cls, located: Sequence[Located]) -> Library:
        """Build from items whose origin is known, so errors can name their file."""
        library = cls.__new__(cls)
        library._init(located)
        return library

    def _init(self, located: Sequence[Located]) -> None:
        problems = check_references(located)
        if problems:
            raise ContentError(problems)
        located = resolve_aliases(located)
        items = [entry.item for entry in located]
        # Where each item was read from, so later checks can point at the file and line.
        self._origins: dict[str, tuple[str, int | None]] = {
            entry.item.id: (entry.file, entry.line) for entry in located
        }
        self._challenges = tuple(i for i in items if isinstance(i, Challenge))
        self._practices = tuple(i for i in items if isinstance(i, Practice))
        self._exercises = tuple(i for i in items if isinstance(i, Exercise))
        self._prompts = tuple(i for i in items if isinstance(i, Prompt))
        self._prompt_sets = tuple(i for i in items if isinstance(i, PromptSet))
        self._faq = tuple(i for i in items if isinstance(i, FaqEntry))
        self._stories = tuple(i for i in items if isinstance(i, Story))
        self._sources = tuple(i for i in items if isinstance(i, Source))
        self._by_id: dict[str, Item] = {item.id: item for item in self._all()}
        self._count = len(self._by_id)
        # Former ids find the item too (check_references has ruled out clashes).
        for item in self._all():
            for alias in item.aliases:
                self._by_id.setdefault(alias, item)
        self._practices_for_challenge: dict[str, tuple[Practice, ...]] = {
            c.id: tuple(p for p in self._practices if any(w.challenge == c.id for w in p.addresses))
            for c in self._challenges
        }
        self._exercises_for_practice: dict[str, tuple[Exercise, ...]] = {
            p.id: tuple(e for e in self._exercises if p.id in e.practices) for p in self._practices
        }
        self._prompts_for_practice: dict[str, tuple[Prompt, ...]] = {
            p.id: tuple(q for q in self._prompts if p.id in q.practices) for p in self._practices
        }
        # For scoring: each challenge's practices with the weight entry that names it.
        self._challenge_weights: dict[str, tuple[tuple[Practice, ChallengeWeight], ...]] = {
            c.id: tuple((p, w) for p in self._practices for w in p.addresses if w.challenge == c.id)
            for c in self._challenges
        }
        # For choosing prompts: each practice's prompts by depth (1-4), in id order.
        self._prompt_depths: dict[str, tuple[tuple[Prompt, ...], ...]] = {
            practice_id: tuple(
                tuple(sorted((q for q in prompts if q.depth == depth), key=lambda q: q.id))
                for depth in range(1, 5)
            )
            for practice_id, prompts in self._prompts_for_practice.items()
        }
        self._matcher: ChallengeMatcher | None = None
        self._relevance: Relevance | None = None
        self._matcher_lock = threading.Lock()

    def _all(self) -> Iterator[Item]:
        yield from self._challenges
        yield from self._practices
        yield from self._exercises
        yield from self._prompts
        yield from self._prompt_sets
        yield from self._faq
        yield from self._stories
        yield from self._sources

    # Collections -------------------------------------------------------------

    @property
    def challenges(self) -> tuple[Challenge, ...]:
        return self._challenges

    @property
    def practices(self) -> tuple[Practice, ...]:
        return self._practices

    @property
    def exercises(self) -> tuple[Exercise, ...]:
        return self._exercises

    @property
    def prompts(self) -> tuple[Prompt, ...]:
        return self._prompts

    @property
    def prompt_sets(self) -> tuple[PromptSet, ...]:
        return self._prompt_sets

    @property
    def faq(self) -> tuple[FaqEntry, ...]:
        return self._faq

    @property
    def stories(self) -> tuple[Story, ...]:
        return self._stories

    @property
    def sources(self) -> tuple[Source, ...]:
        return self._sources

    # Lookup ------------------------------------------------------------------

    @overload
    def get(self, item_id: str) -> Item | None: ...
    @overload
    def get(self, item_id: str, default: _T) -> Item | _T: ...
    def get(self, item_id: str, default: Any = None) -> Any:
        """The item with this id (or former id, see `aliases`), or `default` when there is none."""
        return self._by_id.get(item_id, default)

    def __getitem__(self, item_id: str) -> Item:
        try:
            return self._by_id[item_id]
        except KeyError:
            raise UnknownIdError(item_id, suggestions=suggest(item_id, self._by_id)) from None

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._by_id

    def __iter__(self) -> Iterator[Item]:
        """Every item: challenges, practices, exercises, prompts, prompt sets, FAQ, stories, then sources."""
        return self._all()

    def __len__(self) -> int:
        return self._count

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(getattr(self, name))} {name}" for name in COLLECTIONS)
        return f"<Library {counts}>"

    def challenge(self, challenge_id: str) -> Challenge:
        """The challenge with this id; an `UnknownIdError` names the closest ids if none."""
        item = self._by_id.get(challenge_id)
        if isinstance(item, Challenge):
            return item
        known = [c.id for c in self._challenges]
        raise UnknownIdError(challenge_id, suggestions=suggest(challenge_id, known), expected="challenge")

    def practices_for(self, challenge_id: str) -> tuple[Practice, ...]:
        """Practices that address a challenge, in library order."""
        return self._practices_for_challenge.get(challenge_id, ())

    def exercises_for(self, practice_id: str) -> tuple[Exercise, ...]:
        """Exercises that train a practice, in library order."""
        return self._exercises_for_practice.get(practice_id, ())

    def prompts_for(self, practice_id: str) -> tuple[Prompt, ...]:
        """Prompts that support a practice, in library order."""
        return self._prompts_for_practice.get(practice_id, ())

    def _origin(self, item_id: str) -> tuple[str, int | None]:
        """The file an item was read from and its line there (None when unknown)."""
        return self._origins.get(item_id, ("<unknown>", None))

    def _weights_for(self, challenge_id: str) -> tuple[tuple[Practice, ChallengeWeight], ...]:
        """The practices that address a challenge, each with its weight entry for it."""
        return self._challenge_weights.get(challenge_id, ())

    def _prompts_by_depth(self, practice_id: str) -> tuple[tuple[Prompt, ...], ...]:
        """The prompts of a practice at depths 1, 2, 3 and 4, each group in id order."""
        return self._prompt_depths.get(practice_id, ((), (), (), ()))

    def kind(self, item_id: str) -> Kind:
        """The kind of the item with this id."""
        return kind_of(self[item_id])  # type: ignore[return-value]

    # Filtering ---------------------------------------------------------------

    def find(
        self,
        kind: Kind | None = None,
        *,
        theme: str | None = None,
        depth: int | None = None,
        practice: str | None = None,
        challenge: str | None = None,
        participants: Participants | None = None,
        max_minutes: int | None = None,
    ) -> tuple[Item, ...]:
        """Items that pass every filter given, in library order.

        A filter only keeps items that have the attribute it tests: `theme` keeps
        prompts, `participants` and `max_minutes` keep exercises, `depth` keeps
        prompts and exercises, `practice` keeps exercises, prompts, prompt sets and
        stories that train, support or show it, and `challenge` keeps practices that
        address it together with the exercises, prompts and prompt sets of those
        practices, and the stories about it.
        """
        if kind is not None and kind not in _KINDS:
            raise ValueError(f"unknown kind {kind!r}; expected one of: {', '.join(_KINDS)}")
        if challenge is not None:
            challenge = self.challenge(challenge).id  # unknown: an error, not an empty result
            helpful = {p.id for p in self.practices_for(challenge)}
        if practice is not None:
            found = self.get(practice)
            if not isinstance(found, Practice):
                known = [p.id for p in self._practices]
                raise UnknownIdError(practice, suggestions=suggest(practice, known), expected="practice")
            practice = found.id  # a former id finds the practice too

        checks: list[Callable[[Item], bool]] = []
        if kind is not None:
            checks.append(lambda item: kind_of(item) == kind)
        if theme is not None:
            checks.append(lambda item: isinstance(item, Prompt) and item.theme == theme)
        if depth is not None:
            checks.append(lambda item: isinstance(item, Prompt | Exercise) and item.depth == depth)
        if participants is not None:
            checks.append(lambda item: isinstance(item, Exercise) and item.participants == participants)
        if max_minutes is not None:
            checks.append(lambda item: isinstance(item, Exercise) and item.minutes <= max_minutes)
        if practice is not None:
            checks.append(
                lambda item: (
                    isinstance(item, Prompt | Exercise | PromptSet | Story) and practice in item.practices
                )
            )
        if challenge is not None:
            checks.append(
                lambda item: (
                    (isinstance(item, Practice) and item.id in helpful)
                    or (
                        isinstance(item, Prompt | Exercise | PromptSet)
                        and not helpful.isdisjoint(item.practices)
                    )
                    or (isinstance(item, Story) and item.challenge == challenge)
                )
            )
        return tuple(item for item in self._all() if all(check(item) for check in checks))

    # Matching ----------------------------------------------------------------

    def _get_matcher(self) -> ChallengeMatcher:
        """The free-text challenge matcher for this library, built once on first use."""
        if self._matcher is None:
            with self._matcher_lock:
                if self._matcher is None:
                    from ._challenge_model import load_challenge_model
                    from ._matching import ChallengeMatcher

                    self._matcher = ChallengeMatcher(self._challenges, load_challenge_model())
        return self._matcher

    def _get_relevance(self) -> Relevance:
        """How well exercises and prompts fit each challenge, worked out on first use."""
        if self._relevance is None:
            with self._matcher_lock:
                if self._relevance is None:
                    from ._relevance import Relevance

                    self._relevance = Relevance(self._challenges)
        return self._relevance
