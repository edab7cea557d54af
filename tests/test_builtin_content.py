"""The built-in content: what it must contain, and rules every item follows."""

from __future__ import annotations

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


THEMES = {
    "knowing-each-other",
    "dreams-and-goals",
    "childhood-and-family",
    "appreciation",
    "gratitude",
    "values-and-meaning",
    "fun-and-play",
    "affection-and-intimacy",
    "conflict-and-repair",
    "stress-and-support",
    "the-relationship",
    "the-future-together",
    "memories",
    "daily-life",
}


def test_prompts_at_scale(library: Library) -> None:
    prompts = library.prompts
    assert len(prompts) >= 600
    assert {p.theme for p in prompts} == THEMES
    for depth in range(1, 5):
        assert sum(p.depth == depth for p in prompts) >= 100, depth
    for theme in THEMES:  # every theme at every depth
        assert {p.depth for p in prompts if p.theme == theme} == {1, 2, 3, 4}, theme
    assert sum(1 for p in prompts if p.follow_ups) >= 150
    assert all(p.practices for p in prompts)


def test_prompt_sets(library: Library) -> None:
    sets = library.prompt_sets
    assert len(sets) >= 6
    for prompt_set in sets:
        assert len(prompt_set.prompt_ids) >= 4, prompt_set.id
        assert len(set(prompt_set.prompt_ids)) == len(prompt_set.prompt_ids), prompt_set.id
    # The escalating set follows Aron et al. (1997): three rounds of rising depth.
    closer = library["set-closer-in-three-rounds"]
    assert isinstance(closer, connectkit.PromptSet)
    assert "aron-1997" in closer.sources
    depths = [
        max(library[p].depth for p in stage.prompts)  # type: ignore[union-attr]
        for stage in closer.stages
    ]
    assert len(depths) == 3
    assert depths == sorted(depths)
    assert depths[0] <= 2
    assert depths[-1] == 4


def test_exercises_at_scale(library: Library) -> None:
    exercises = library.exercises
    assert len(exercises) >= 60
    for practice in library.practices:
        assert len(library.exercises_for(practice.id)) >= 2, practice.id
    minutes = [e.minutes for e in exercises]
    assert min(minutes) <= 2
    assert max(minutes) >= 90
    assert sum(e.participants == "solo" for e in exercises) >= 15
    for exercise in exercises:
        assert exercise.steps, exercise.id
        assert exercise.why_it_works, exercise.id
        assert exercise.sources, exercise.id


@pytest.mark.parametrize("challenge_id", CHALLENGE_IDS)
def test_every_challenge_reaches_four_exercises_via_recommend(library: Library, challenge_id: str) -> None:
    rec = connectkit.recommend([challenge_id], library=library)  # the default limit of five
    offered = {e.id for s in rec.practices for e in s.exercises}
    assert len(offered) >= 4, offered


def test_practices_faq_sources_and_stories_at_scale(library: Library) -> None:
    assert len(library.practices) >= 24
    assert len(library.faq) >= 40
    for entry in library.faq:
        assert 40 <= len(entry.answer.split()) <= 180, entry.id
        assert entry.related, entry.id
    assert len(library.sources) >= 25
    assert all(p.sources for p in library.practices)
    cited = {s for p in library.practices for s in p.sources} | {
        s for e in library.exercises for s in e.sources
    }
    assert cited <= {s.id for s in library.sources}
    stories = library.stories
    assert len(stories) >= 15
    assert len({s.challenge for s in stories}) >= 15
    assert all(s.illustrative and "illustrative" in s.label for s in stories)


def test_counts(library: Library) -> None:
    assert {e.participants for e in library.exercises} == {"solo", "together"}
    assert len(library.faq) >= 10


def test_required_faq_entries(library: Library) -> None:
    ids = {f.id for f in library.faq}
    assert set(REQUIRED_FAQ) <= ids


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


def test_builtin_content_passes_every_quality_gate(library: Library) -> None:
    # Inclusive language, no clinical promises, lengths, questions, readability,
    # near-duplicates, safety contraindications and coverage: see connectkit.lint.
    problems = connectkit.lint(library)
    assert not problems, "\n".join(str(p) for p in problems)
