"""`recommend()`: from what a person states to ranked, explained practices."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ._library import Library
from ._loading import load_library
from ._matching import TextMatch
from ._notice import build_notice
from ._references import suggest
from ._resources import load_resources, normalize_country
from ._safety import screen
from .errors import UnknownIdError
from .models import ID_PATTERN, Exercise, Participants, Practice, Prompt, Resource, SafetyConcern, Source
from .recommendation import ChallengeMatch, PracticeSuggestion, Recommendation

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


def _detect(ids: list[str], texts: list[str], library: Library) -> list[ChallengeMatch]:
    found: dict[str, ChallengeMatch] = {}
    for challenge_id in ids:
        found[challenge_id] = ChallengeMatch(
            challenge=library.challenge(challenge_id), score=1.0, matched=(challenge_id,)
        )
    matcher = library._get_matcher()
    text_matches: list[TextMatch] = [m for text in texts for m in matcher.match(text)]
    for match in text_matches:
        earlier = found.get(match.challenge.id)
        if earlier is None:
            found[match.challenge.id] = ChallengeMatch(
                challenge=match.challenge, score=match.score, matched=match.matched
            )
        else:
            # Evidence from several texts adds up, as independent signals would.
            combined = 1.0 - (1.0 - earlier.score) * (1.0 - match.score)
            words = tuple(dict.fromkeys((*earlier.matched, *match.matched)))
            found[match.challenge.id] = ChallengeMatch(
                challenge=earlier.challenge, score=round(combined, 4), matched=words
            )
    return sorted(found.values(), key=lambda m: (-m.score, m.challenge.id))


def _reason(practice: Practice, match: ChallengeMatch, library: Library) -> str:
    weight = next(w for w in practice.addresses if w.challenge == match.challenge.id)
    title = match.challenge.title[0].lower() + match.challenge.title[1:]
    if match.matched == (match.challenge.id,):
        heard = f"You chose {title}."
    else:
        quoted = ", ".join(f"\u201c{words}\u201d" for words in match.matched[:2])
        heard = f"You mentioned {quoted}, which sounds like {title}."
    because = weight.reason or practice.summary
    source = library.get(practice.sources[0])
    cite = f" ({source.citation})" if isinstance(source, Source) else ""
    return f"{heard} {because}{cite}"


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


def _allowed_prompt(prompt: Prompt, options: _Options) -> bool:
    if options.concerns:
        return False  # prompts are for talking with the partner
    return prompt.id not in options.exclude and (
        options.max_depth is None or prompt.depth <= options.max_depth
    )


def _spread_depths(prompts: list[Prompt], count: int) -> list[Prompt]:
    """Up to `count` prompts, one per depth from light to deep before any depth repeats."""
    by_depth: dict[int, list[Prompt]] = {}
    for prompt in prompts:
        by_depth.setdefault(prompt.depth, []).append(prompt)
    chosen: list[Prompt] = []
    while len(chosen) < count and any(by_depth.values()):
        for depth in sorted(by_depth):
            if by_depth[depth] and len(chosen) < count:
                chosen.append(by_depth[depth].pop(0))
    return sorted(chosen, key=lambda p: p.depth)


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
    exclude: Iterable[str] = (),
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
    out (for example, ones already done); `seed` varies the choice among equally good
    exercises and prompts. The same arguments always give the same result.

    Every piece of free text is screened for words that suggest partner violence or
    thoughts of self-harm. When any is found, `safety` holds a `SafetyNotice` with
    support resources for `country` (an ISO 3166-1 alpha-2 code such as "GB"; the
    international ones when it is None or has none), and no prompt and no exercise
    meant for doing with the partner is returned. `resources` replaces the built-in
    list of support resources. The text is never logged, stored or sent anywhere.
    """
    _check_options(limit, max_depth, minutes, participants)
    country_code = normalize_country(country)
    lib = library if library is not None else load_library()
    ids, texts = _split_stated(stated, lib)
    concerns = screen(texts)
    notice = None
    if concerns:
        notice = build_notice(concerns, country_code, load_resources() if resources is None else resources)
    options = _Options(minutes, max_depth, participants, frozenset(exclude), frozenset(concerns))
    matches = _detect(ids, texts, lib)
    score_of = {m.challenge.id: m for m in matches}

    scored: list[tuple[float, Practice, list[ChallengeMatch]]] = []
    for practice in lib.practices:
        if practice.id in options.exclude:
            continue
        contributions = [
            (score_of[w.challenge].score * w.weight, score_of[w.challenge])
            for w in practice.addresses
            if w.challenge in score_of
        ]
        if not contributions:
            continue
        contributions.sort(key=lambda pair: (-pair[0], pair[1].challenge.id))
        # Combine like independent pieces of evidence so the score stays within 0..1.
        remaining = 1.0
        for value, _ in contributions:
            remaining *= 1.0 - value
        scored.append((round(1.0 - remaining, 4), practice, [m for _, m in contributions]))
    scored.sort(key=lambda entry: (-entry[0], entry[1].id))

    # A seed shuffles the order among otherwise equal exercises and prompts.
    tiebreak: dict[str, float] = {}
    if seed is not None:
        rng = random.Random(seed)
        ids = [e.id for e in lib.exercises] + [p.id for p in lib.prompts]
        tiebreak = {item_id: rng.random() for item_id in ids}
    used: set[str] = set()
    suggestions: list[PracticeSuggestion] = []
    for score, practice, answered in scored:
        if len(suggestions) >= limit:
            break
        exercises = sorted(
            (e for e in lib.exercises if practice.id in e.practices and _allowed_exercise(e, options)),
            key=lambda e: (
                e.id in used,
                e.practices.index(practice.id),
                tiebreak.get(e.id, 0.0),
                e.minutes,
                e.id,
            ),
        )[:_EXERCISES_PER_PRACTICE]
        prompts = _spread_depths(
            sorted(
                (p for p in lib.prompts if practice.id in p.practices and _allowed_prompt(p, options)),
                key=lambda p: (p.id in used, tiebreak.get(p.id, 0.0), p.id),
            ),
            _PROMPTS_PER_PRACTICE,
        )
        if concerns and not exercises:
            continue  # under a safety concern a practice comes only with something safe to do alone
        used.update(e.id for e in exercises)
        used.update(p.id for p in prompts)
        suggestions.append(
            PracticeSuggestion(
                practice=practice,
                score=score,
                reasons=tuple(_reason(practice, m, lib) for m in answered[:_REASONS_PER_PRACTICE]),
                challenges=tuple(m.challenge.id for m in answered),
                exercises=tuple(exercises),
                prompts=tuple(prompts),
            )
        )
    return Recommendation(challenges=tuple(matches), practices=tuple(suggestions), safety=notice)
