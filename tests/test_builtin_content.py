"""The built-in content: what it must contain, and rules every item follows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import connectkit
from connectkit import Library
from connectkit._text import tokenize

from .tool_modules import load_tool

ROOT = Path(__file__).resolve().parent.parent

CHALLENGE_IDS = [
    "little-time-together",
    "screen-distraction",
    "drifting-apart",
    "loneliness",
    "not-feeling-heard",
    "feeling-misunderstood",
    "shallow-conversation",
    "hard-to-open-up",
    "lack-of-support",
    "feeling-unappreciated",
    "unequal-load",
    "frequent-conflict",
    "harsh-criticism",
    "shutting-down",
    "broken-trust",
    "jealousy",
    "fading-affection",
    "stuck-in-a-rut",
    "outside-stress",
    "life-transition",
    "long-distance",
    "money-conflict",
    "parenting-disagreements",
    "in-law-tension",
    "different-life-goals",
]

# The practices the article behind the project names, plus the ones the library promises.
REQUIRED_PRACTICES = [
    "active-listening",
    "expressing-vulnerability",
    "empathy-and-support",
    "quality-time",
    "meaningful-conversations",
    "shared-activities",
    "affection-and-intimacy",
    "emotional-attunement",
    "emotional-intelligence",
    "communication-skills",
    "turning-toward-bids",
    "appreciation",
    "gentle-start-up",
    "repair-attempts",
    "calming-break",
    "responding-to-good-news",
]

REQUIRED_FAQ = [
    "faq-strengthen-emotional-connection",
    "faq-why-emotional-connection-matters",
    "faq-practical-ways-to-connect",
    "faq-connection-and-lasting-relationships",
    "faq-can-connection-grow-over-time",
]

GENDERED_PARTNER = re.compile(r"\b(husband|wife|boyfriend|girlfriend|hubby|wifey)s?\b", re.IGNORECASE)
PROMISES = re.compile(r"\b(cure[sd]?|guarantee[sd]?|fix your (marriage|relationship))\b", re.IGNORECASE)


def test_shipped_files_are_built_from_the_yaml() -> None:
    for path, text in load_tool("build_content").outputs().items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} is stale; run: python tools/build_content.py"
        )


def test_yaml_and_shipped_library_hold_the_same_items(library: Library) -> None:
    authored = connectkit.load_folder(ROOT / "content" / "library")
    assert list(authored) == list(library)


def test_exactly_the_published_challenges(library: Library) -> None:
    assert [c.id for c in library.challenges] == CHALLENGE_IDS


@pytest.mark.parametrize("challenge_id", CHALLENGE_IDS)
def test_challenge_has_title_summary_and_recognition_phrases(library: Library, challenge_id: str) -> None:
    challenge = library.challenge(challenge_id)
    assert challenge.title
    assert len(challenge.summary.split()) >= 8
    assert len(challenge.phrases) >= 40
    stems = [tuple(t.stem for t in tokenize(p)) for p in challenge.phrases]
    assert all(stems), "every phrase must contain words"
    assert len(set(stems)) == len(stems), "two phrases reduce to the same words"


def test_practices(library: Library) -> None:
    ids = [p.id for p in library.practices]
    assert len(ids) >= 16
    assert set(REQUIRED_PRACTICES) <= set(ids)
    for practice in library.practices:
        assert practice.sources, practice.id
        assert all(w.reason for w in practice.addresses), practice.id


def test_every_challenge_reaches_practices_exercises_and_prompts(library: Library) -> None:
    for challenge in library.challenges:
        practices = library.practices_for(challenge.id)
        assert practices, challenge.id
        assert max(w.weight for p in practices for w in p.addresses if w.challenge == challenge.id) >= 0.7
        rec = connectkit.recommend([challenge.id], library=library)
        assert any(s.exercises for s in rec.practices), challenge.id
        assert any(s.prompts for s in rec.practices), challenge.id


def test_every_practice_is_trained_by_an_exercise(library: Library) -> None:
    trained = {p for e in library.exercises for p in e.practices}
    assert {p.id for p in library.practices} <= trained


def test_counts(library: Library) -> None:
    assert len(library.exercises) >= 20
    assert len(library.prompts) >= 80
    assert {p.depth for p in library.prompts} == {1, 2, 3, 4}
    assert min(sum(p.depth == d for p in library.prompts) for d in range(1, 5)) >= 15
    assert len(library.faq) >= 10
    assert {e.participants for e in library.exercises} == {"solo", "together"}


def test_required_faq_entries(library: Library) -> None:
    ids = {f.id for f in library.faq}
    assert set(REQUIRED_FAQ) <= ids


def test_prompts_are_single_questions(library: Library) -> None:
    for prompt in library.prompts:
        assert prompt.text.endswith("?"), prompt.id
        assert all(f.endswith("?") for f in prompt.follow_ups), prompt.id


def test_exercises_have_real_steps(library: Library) -> None:
    for exercise in library.exercises:
        assert len(exercise.steps) >= 2, exercise.id
        assert all(len(step.split()) >= 3 for step in exercise.steps), exercise.id


def test_risky_together_exercises_are_contraindicated_for_partner_violence(library: Library) -> None:
    for exercise in library.exercises:
        if exercise.participants == "together" and exercise.depth >= 3:
            assert "partner-violence" in exercise.contraindications, exercise.id
        if any(
            p in exercise.practices
            for p in ("gentle-start-up", "repair-attempts", "expressing-vulnerability")
        ):
            assert "partner-violence" in exercise.contraindications, exercise.id


def all_text(library: Library) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for item in library:
        if isinstance(item, connectkit.Challenge):
            continue  # recognition phrases quote how people talk, gendered words included
        if isinstance(item, connectkit.Source):
            continue
        dumped = item.model_dump()
        stack: list[object] = [dumped]
        while stack:
            value = stack.pop()
            if isinstance(value, str):
                found.append((item.id, value))
            elif isinstance(value, dict):
                stack.extend(value.values())
            elif isinstance(value, list | tuple):
                stack.extend(value)
    return found


def test_inclusive_partner_language(library: Library) -> None:
    offenders = [(i, t) for i, t in all_text(library) if GENDERED_PARTNER.search(t)]
    assert not offenders


def test_no_clinical_promises(library: Library) -> None:
    offenders = [
        (i, t)
        for i, t in all_text(library)
        if PROMISES.search(t) and "can't guarantee" not in t and "cannot guarantee" not in t
    ]
    assert not offenders
