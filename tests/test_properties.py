"""Properties that must hold for any input, checked with Hypothesis."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import connectkit
from connectkit import Recommendation

from .strategies import any_text, challenge_ids, stated_lists


@settings(max_examples=300, deadline=None)
@given(text=any_text)
def test_recommend_never_raises_and_is_deterministic(text: str) -> None:
    first = connectkit.recommend(text)
    assert isinstance(first, Recommendation)
    assert connectkit.recommend(text) == first


@settings(max_examples=200, deadline=None)
@given(stated=stated_lists, limit=st.integers(0, 8), seed=st.none() | st.integers())
def test_results_are_consistent(stated: list[str], limit: int, seed: int | None) -> None:
    rec = connectkit.recommend(stated, limit=limit, seed=seed)
    assert rec == connectkit.recommend(list(stated), limit=limit, seed=seed)
    assert len(rec.practices) <= limit
    scores = [(-m.score, m.challenge.id) for m in rec.challenges]
    assert scores == sorted(scores)
    assert all(0.0 < m.score <= 1.0 for m in rec.challenges)
    if rec.practices:
        assert rec.practices[0].score == max(s.score for s in rec.practices)
    assert len({s.practice.id for s in rec.practices}) == len(rec.practices)
    detected = {m.challenge.id for m in rec.challenges}
    for suggestion in rec.practices:
        assert suggestion.challenges
        assert set(suggestion.challenges) <= detected
        assert suggestion.reasons


@settings(max_examples=100, deadline=None)
@given(ids=st.lists(challenge_ids, min_size=1, max_size=4, unique=True))
def test_named_challenges_are_all_returned(ids: list[str]) -> None:
    rec = connectkit.recommend(ids)
    assert {m.challenge.id for m in rec.challenges} == set(ids)
    assert rec.practices


def test_every_shipped_item_validates_and_ids_are_unique() -> None:
    lib = connectkit.load_library()
    ids = [item.id for item in lib]
    assert len(ids) == len(set(ids))
    for item in lib:
        assert type(item).model_validate(item.model_dump()) == item


def test_every_reference_resolves() -> None:
    lib = connectkit.load_library()
    for practice in lib.practices:
        assert all(isinstance(lib[s], connectkit.Source) for s in practice.sources)
        assert all(isinstance(lib[w.challenge], connectkit.Challenge) for w in practice.addresses)
    for exercise in lib.exercises:
        assert all(isinstance(lib[p], connectkit.Practice) for p in exercise.practices)
        assert all(isinstance(lib[s], connectkit.Source) for s in exercise.sources)
    for prompt in lib.prompts:
        assert all(isinstance(lib[p], connectkit.Practice) for p in prompt.practices)
    for challenge in lib.challenges:
        assert all(isinstance(lib[c], connectkit.Challenge) for c in challenge.related)
    for entry in lib.faq:
        assert all(r in lib for r in entry.related)
