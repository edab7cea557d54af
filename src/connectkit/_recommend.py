"""`recommend()`: from what a person states to ranked, explained practices."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ._library import Library
from ._loading import load_library
from ._matching import TextMatch
from ._references import suggest
from ._resources import load_resources, normalize_country
from .errors import UnknownIdError
from .models import (
    ID_PATTERN,
    ChallengeWeight,
    Exercise,
    Participants,
    Practice,
    Prompt,
    Resource,
    SafetyConcern,
    Source,
)
from .recommendation import ChallengeMatch, Contribution, Evidence, PracticeSuggestion, Recommendation

__all__ = ["recommend"]

_ID = re.compile(ID_PATTERN)
_EXERCISES_PER_PRACTICE = 2
_PROMPTS_PER_PRACTICE = 3
_REASONS_PER_PRACTICE = 2


@dataclass(frozen=True)
class _Options:
    minutes: int | None
    max_depth: int | None
    participants: Participants | None
    exclude: frozenset[str]
    concerns: frozenset[SafetyConcern]
    tags: frozenset[str]


def _split_stated(stated: str | Iterable[str], library: Library) -> tuple[list[str], list[str]]:
    """Separate challenge ids from free text; an id-like word that is no challenge is an error."""
    if isinstance(stated, str):
        return [], [stated]
    ids: list[str] = []
    texts: list[str] = []
    for part in stated:
        if not isinstance(part, str):
            raise TypeError(f"stated must hold strings, got {type(part).__name__}: {part!r}")
        candidate = part.strip()
        if candidate in library and library.kind(candidate) == "challenge":
            ids.append(candidate)
        elif _ID.fullmatch(candidate) and "-" in candidate:
            known = [c.id for c in library.challenges]
            raise UnknownIdError(candidate, suggestions=suggest(candidate, known), expected="challenge")
        else:
            texts.append(part)
    return ids, texts


def _current_id(library: Library, item_id: str) -> str:
    """The item's id now, when `item_id` is a former id (an alias); otherwise `item_id`."""
    item = library.get(item_id)
    return item.id if item is not None else item_id


def _detect(ids: list[str], texts: list[str], library: Library) -> list[ChallengeMatch]:
    found: dict[str, ChallengeMatch] = {}
    for challenge_id in ids:
        found[challenge_id] = ChallengeMatch(
            challenge=library.challenge(challenge_id),
            score=1.0,
            matched=(challenge_id,),
            evidence=(Evidence(words=challenge_id, phrase=challenge_id, weight=1.0),),
        )
    matcher = library._get_matcher()
    text_matches: list[TextMatch] = [m for text in texts for m in matcher.match(text)]
    for match in text_matches:
        evidence = tuple(Evidence(words=h.words, phrase=h.phrase, weight=h.weight) for h in match.hits)
        earlier = found.get(match.challenge.id)
        if earlier is None:
            found[match.challenge.id] = ChallengeMatch(
                challenge=match.challenge, score=match.score, matched=match.matched, evidence=evidence
            )
        else:
            # Evidence from several texts adds up, as independent signals would.
            combined = 1.0 - (1.0 - earlier.score) * (1.0 - match.score)
            found[match.challenge.id] = ChallengeMatch(
                challenge=earlier.challenge,
                score=round(combined, 4),
                matched=tuple(dict.fromkeys((*earlier.matched, *match.matched))),
                evidence=(*earlier.evidence, *evidence),
            )
    return sorted(found.values(), key=lambda m: (-m.score, m.challenge.id))


def _strongest_words(match: ChallengeMatch, count: int = 2) -> list[str]:
    """The words to quote back, matched phrases first; never a challenge id as if typed."""
    return [words for words in match.matched if words != match.challenge.id][:count]


def _reason(practice: Practice, weight: ChallengeWeight, match: ChallengeMatch) -> str:
    title = match.challenge.title[0].lower() + match.challenge.title[1:]
    if match.matched == (match.challenge.id,):
        heard = f"You chose {title}."
    elif words := _strongest_words(match):
        quoted = ", ".join(f"\u201c{w}\u201d" for w in words)
        heard = f"You mentioned {quoted}, which sounds like {title}."
    else:
        heard = f"What you wrote sounds like {title}."
    return f"{heard} {weight.reason or practice.summary}"


def _citation(practice: Practice, library: Library) -> str:
    source = library.get(practice.sources[0])
    return source.citation if isinstance(source, Source) else practice.sources[0]


@dataclass(frozen=True)
class _Candidate:
    practice: Practice
    score: float
    parts: tuple[tuple[float, ChallengeWeight, ChallengeMatch], ...]
    """(value, the practice's weight entry, the challenge match), strongest first."""

    @property
    def focus(self) -> str:
        return self.parts[0][1].challenge

    def contributions(self, library: Library) -> tuple[Contribution, ...]:
        citation = _citation(self.practice, library)
        return tuple(
            Contribution(
                challenge=match.challenge.id,
                challenge_score=match.score,
                weight=weight.weight,
                value=round(value, 4),
                reason=f"{_reason(self.practice, weight, match)} ({citation})",
                source=citation,
            )
            for value, weight, match in self.parts
        )


def _score_practices(
    library: Library, matches: list[ChallengeMatch], exclude: frozenset[str]
) -> list[_Candidate]:
    """Every practice answering a recognised challenge, best first (ties by id)."""
    found: dict[str, list[tuple[float, ChallengeWeight, ChallengeMatch]]] = {}
    practices: dict[str, Practice] = {}
    for match in matches:
        for practice, weight in library._weights_for(match.challenge.id):
            if practice.id not in exclude:
                found.setdefault(practice.id, []).append((match.score * weight.weight, weight, match))
                practices[practice.id] = practice
    candidates: list[_Candidate] = []
    for practice_id, parts in found.items():
        parts.sort(key=lambda part: (-part[0], part[1].challenge))
        remaining = 1.0  # combine like independent pieces of evidence, so the score stays in 0..1
        for value, _, _ in parts:
            remaining *= 1.0 - value
        candidates.append(_Candidate(practices[practice_id], round(1.0 - remaining, 4), tuple(parts)))
    candidates.sort(key=lambda c: (-c.score, c.practice.id))
    return candidates


def _allowed_exercise(exercise: Exercise, options: _Options) -> bool:
    if options.concerns and (
        exercise.participants != "solo" or not options.concerns.isdisjoint(exercise.contraindications)
    ):
        return False  # with a safety concern, only solo exercises that are safe under it
    return (
        exercise.id not in options.exclude
        and (options.minutes is None or exercise.minutes <= options.minutes)
        and (options.max_depth is None or exercise.depth <= options.max_depth)
        and (options.participants is None or exercise.participants == options.participants)
    )


_Item = TypeVar("_Item", Exercise, Prompt)
_SAME_FOCUS_PENALTY = 0.85
_QUICK_MINUTES = 10


class _ItemPicker:
    """Chooses a practice's exercises and prompts, avoiding items already shown."""

    def __init__(self, library: Library, options: _Options, seed: int | None) -> None:
        self.library = library
        self._options = options
        self._used: set[str] = set()
        # A seed shuffles the order among otherwise equal exercises and prompts.
        self._tiebreak: dict[str, float] = {}
        if seed is not None:
            rng = random.Random(seed)
            ids = [e.id for e in library.exercises] + [p.id for p in library.prompts]
            self._tiebreak = {item_id: rng.random() for item_id in ids}

    def exercises(self, practice: Practice, focus: str) -> list[Exercise]:
        """Up to two exercises for the practice, those that fit the `focus` challenge first."""
        tags = self._options.tags
        relevance = self.library._get_relevance()
        ranked = sorted(
            (e for e in self.library.exercises_for(practice.id) if _allowed_exercise(e, self._options)),
            key=lambda e: (
                tags.isdisjoint(e.tags) if tags else False,
                *relevance.rank(focus, e),
                e.practices.index(practice.id),
                e.minutes,
                self._tiebreak.get(e.id, 0.0),  # a seed only reorders otherwise equal exercises
                e.id,
            ),
        )
        fresh = self._fresh_first(ranked)
        chosen = fresh[:_EXERCISES_PER_PRACTICE]
        if chosen and not any(e.minutes <= _QUICK_MINUTES for e in chosen):
            # Offer the quick way in when the practice has one.
            quick = next((e for e in fresh if e.minutes <= _QUICK_MINUTES), None)
            if quick is not None:
                chosen = [*chosen[: _EXERCISES_PER_PRACTICE - 1], quick]
        return chosen

    def prompts(self, practice: Practice, focus: str) -> list[Prompt]:
        """Up to three prompts, one per depth from light to deep before any depth repeats.

        Within a depth, prompts that fit the `focus` challenge come first.
        """
        options = self._options
        if options.concerns:
            return []  # prompts are for talking with the partner
        relevance = self.library._get_relevance()
        by_depth = self.library._prompts_by_depth(practice.id)
        groups: Sequence[Sequence[Prompt]] = relevance.prompt_order(focus, practice.id, by_depth)
        groups = groups[: options.max_depth or 4]
        if self._tiebreak:  # a seed only reorders prompts that fit equally well

            def seeded(prompt: Prompt) -> tuple[float, bool, int, float, str]:
                fit, elsewhere, position, _ = relevance.prompt_key(focus, practice.id, prompt)
                return (fit, elsewhere, position, *self._seeded(prompt))

            groups = [sorted(group, key=seeded) for group in groups]
        excluded, used = options.exclude, self._used
        # Lazily: only the first fresh prompts of each depth are ever looked at.
        lanes: list[Iterator[Prompt]] = [
            (p for p in group if p.id not in excluded and p.id not in used) for group in groups
        ]
        chosen: list[Prompt] = []
        while lanes and len(chosen) < _PROMPTS_PER_PRACTICE:
            for lane in list(lanes):
                prompt = next(lane, None)
                if prompt is None:
                    lanes.remove(lane)
                elif len(chosen) < _PROMPTS_PER_PRACTICE:
                    chosen.append(prompt)
        if not chosen:
            # Every allowed prompt was shown already: repeat one rather than offer none.
            allowed = [p for group in groups for p in group if p.id not in options.exclude]
            chosen = sorted(allowed, key=self._seeded)[:1]
        return sorted(chosen, key=lambda p: p.depth)

    def _seeded(self, item: Exercise | Prompt) -> tuple[float, str]:
        return (self._tiebreak.get(item.id, 0.0), item.id)

    def _fresh_first(self, ranked: list[_Item]) -> list[_Item]:
        """Items not shown yet; only when there are none, one that was, so the practice is doable."""
        fresh = [item for item in ranked if item.id not in self._used]
        return fresh or ranked[:1]

    def use(self, suggestion: PracticeSuggestion) -> None:
        self._used.update(e.id for e in suggestion.exercises)
        self._used.update(p.id for p in suggestion.prompts)


def _suggest(candidate: _Candidate, picker: _ItemPicker) -> PracticeSuggestion:
    contributions = candidate.contributions(picker.library)
    return PracticeSuggestion(
        practice=candidate.practice,
        score=candidate.score,
        reasons=tuple(c.reason for c in contributions[:_REASONS_PER_PRACTICE]),
        challenges=tuple(c.challenge for c in contributions),
        exercises=tuple(picker.exercises(candidate.practice, candidate.focus)),
        prompts=tuple(picker.prompts(candidate.practice, candidate.focus)),
        contributions=contributions,
    )


def _is_quick(suggestion: PracticeSuggestion) -> bool:
    return any(e.minutes <= _QUICK_MINUTES for e in suggestion.exercises)


def _select(
    candidates: list[_Candidate], picker: _ItemPicker, limit: int, *, require_items: bool
) -> list[PracticeSuggestion]:
    """Up to `limit` suggestions: best first, varied in focus, with a quick one when possible."""
    remaining = list(candidates)
    chosen: list[PracticeSuggestion] = []
    focus_count: dict[str, int] = {}
    while remaining and len(chosen) < limit:
        # Practices whose main challenge is already well served rank a little lower.
        best = min(
            remaining,
            key=lambda c: (
                -c.score * _SAME_FOCUS_PENALTY ** focus_count.get(c.focus, 0),
                c.practice.id,
            ),
        )
        remaining.remove(best)
        suggestion = _suggest(best, picker)
        if require_items and not suggestion.exercises:
            continue  # under a safety concern a practice comes only with something safe to do alone
        picker.use(suggestion)
        chosen.append(suggestion)
        focus_count[best.focus] = focus_count.get(best.focus, 0) + 1
    if len(chosen) >= 2 and not any(_is_quick(s) for s in chosen):
        for candidate in remaining:
            quick = _suggest(candidate, picker)
            if _is_quick(quick) and not (require_items and not quick.exercises):
                chosen[-1] = quick
                break
    return chosen


def _check_options(limit: int, max_depth: int | None, minutes: int | None, participants: str | None) -> None:
    if limit < 0:
        raise ValueError(f"limit must be 0 or more, got {limit}")
    if max_depth is not None and not 1 <= max_depth <= 4:
        raise ValueError(f"max_depth must be between 1 and 4, got {max_depth}")
    if minutes is not None and minutes < 1:
        raise ValueError(f"minutes must be 1 or more, got {minutes}")
    if participants is not None and participants not in ("solo", "together"):
        raise ValueError(f"participants must be 'solo' or 'together', got {participants!r}")


def recommend(
    stated: str | Iterable[str],
    *,
    limit: int = 5,
    library: Library | None = None,
    minutes: int | None = None,
    max_depth: int | None = None,
    participants: Participants | None = None,
    exclude: str | Iterable[str] = (),
    tags: str | Iterable[str] = (),
    seed: int | None = None,
    country: str | None = None,
    resources: Iterable[Resource] | None = None,
) -> Recommendation:
    """Recognise challenges in what a person states and suggest practices for them.

    `stated` is free text ("We're both so busy we barely talk anymore"), an iterable
    of challenge ids, or both mixed in one iterable. In an iterable, a word that is a
    challenge id counts as that challenge; any other kebab-case word with a hyphen is
    taken as a mistyped id and raises `UnknownIdError` naming the closest ids; every
    other string is free text.

    Options: at most `limit` practices; exercises no longer than `minutes` and no
    deeper than `max_depth` (which also caps prompts); only `participants` exercises
    ("solo" or "together"); `exclude` ids of practices, exercises or prompts to leave
    out (for example, ones already done); `tags` prefers exercises tagged for a
    context, such as "long-distance" or "new-parents"; `seed` varies the choice among
    equally good exercises and prompts. The same arguments always give the same result.

    Practices are ranked by how strongly they answer the recognised challenges, then
    varied: a practice answering the same main challenge as ones already chosen is
    ranked a little lower, and when `limit` allows, at least one practice comes with
    an exercise of ten minutes or less.

    Every piece of free text is screened for words that suggest partner violence or
    thoughts of self-harm. When any is found, `safety` holds a `SafetyNotice` with
    support resources for `country` (an ISO 3166-1 alpha-2 code such as "GB"; the
    international ones when it is None or has none), and no practice, prompt or
    exercise is returned: the notice is the answer. `resources` replaces the built-in
    list of support resources. The text is never logged, stored or sent anywhere.
    """
    _check_options(limit, max_depth, minutes, participants)
    country_code = normalize_country(country)
    lib = library if library is not None else load_library()
    ids, texts = _split_stated(stated, lib)
    # The screen compiles a hundred patterns; that cost belongs to the first call, not import.
    from ._notice import build_notice
    from ._safety import screen

    concerns = screen(texts)
    notice = None
    if concerns:
        notice = build_notice(concerns, country_code, load_resources() if resources is None else resources)
    # A single id given as a string is one id, not a set of characters.
    excluded = frozenset(
        _current_id(lib, item_id) for item_id in ([exclude] if isinstance(exclude, str) else exclude)
    )
    tagged = frozenset([tags] if isinstance(tags, str) else tags)
    options = _Options(minutes, max_depth, participants, excluded, frozenset(concerns), tagged)
    matches = _detect(ids, texts, lib)
    candidates = _score_practices(lib, matches, options.exclude)
    picker = _ItemPicker(lib, options, seed)
    # Under a safety notice the notice is the answer: no practice is derived from words
    # that disclose danger, so nothing here can read as advice about an unsafe partner.
    suggestions = [] if concerns else _select(candidates, picker, limit, require_items=False)
    return Recommendation(challenges=tuple(matches), practices=tuple(suggestions), safety=notice)
