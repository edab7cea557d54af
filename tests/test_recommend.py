"""recommend() on the built-in content: realistic inputs, ids, options, contract."""

from __future__ import annotations

import pytest

import connectkit
from connectkit import Library, Recommendation, UnknownIdError
from connectkit._matching import LEARNED


def top_ids(rec: Recommendation, n: int = 3) -> list[str]:
    return [m.challenge.id for m in rec.challenges[:n]]


# Statements written for these tests: long, indirect, several problems at once.
REALISTIC = [
    ("We're both so busy we barely talk anymore", {"little-time-together"}),
    (
        "Honestly it feels like we're roommates. We get home, eat in front of the TV, scroll our "
        "phones and go to bed. I can't remember the last time we talked about anything real.",
        {"drifting-apart", "screen-distraction", "shallow-conversation"},
    ),
    (
        "Every time I bring up the dishes it turns into the same fight we've had a hundred times, "
        "and then he just goes quiet on me for two days.",
        {"frequent-conflict", "shutting-down"},
    ),
    (
        "Since the baby came it's all night feeds and logistics. I do most of it and nobody "
        "even says thanks.",
        {"life-transition", "unequal-load"},
    ),
    (
        "She's in Lisbon for the next year and we only get a video call on Sundays, and it's "
        "mostly about bills.",
        {"long-distance"},
    ),
    (
        "When I try to tell him how I feel he checks his phone or changes the subject. It's like "
        "talking to a wall.",
        {"not-feeling-heard"},
    ),
    (
        "We used to hold hands all the time and now we hardly touch. The spark is gone and date "
        "nights stopped years ago.",
        {"fading-affection", "stuck-in-a-rut"},
    ),
    (
        "My partner lost their job in March and the money worry is leaking into everything; we "
        "snap at each other over nothing.",
        {"outside-stress"},
    ),
    (
        "I found messages on her laptop she'd been hiding from me for months and I don't know "
        "if I can trust her again.",
        {"broken-trust"},
    ),
    (
        "His mother turns up unannounced, criticises how we raise the kids, and he never backs me up.",
        {"in-law-tension"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), REALISTIC)
def test_realistic_statements_find_their_challenges(library: Library, text: str, expected: set[str]) -> None:
    rec = connectkit.recommend(text, library=library)
    found = {m.challenge.id for m in rec.challenges}
    assert expected <= found, (found, expected)
    assert set(top_ids(rec, max(3, len(expected)))) & expected
    assert rec.practices, "every recognised challenge should reach some practice"


def test_the_readme_statement(library: Library) -> None:
    rec = connectkit.recommend("We're both so busy we barely talk anymore")
    assert rec.challenges[0].challenge.id == "little-time-together"
    assert rec.challenges[0].matched
    top = rec.practices[0]
    assert "little-time-together" in top.challenges
    assert top.reasons
    assert "little time together" in top.reasons[0].lower()
    assert any(s.exercises for s in rec.practices)
    assert any(s.prompts for s in rec.practices)


def test_reasons_name_the_challenge_and_a_source(library: Library) -> None:
    rec = connectkit.recommend("we never have time for each other and fight about money")
    citations = {s.citation for s in library.sources}
    for suggestion in rec.practices:
        assert len(suggestion.reasons) >= 1
        for reason in suggestion.reasons:
            titles = [library.challenge(c).title.lower() for c in suggestion.challenges]
            assert any(title in reason.lower() for title in titles), reason
            assert any(citation in reason for citation in citations), reason


def test_practices_are_ranked_and_answer_detected_challenges() -> None:
    rec = connectkit.recommend("we argue constantly and he shuts down and won't talk to me")
    detected = {m.challenge.id for m in rec.challenges}
    assert rec.practices[0].score == max(s.score for s in rec.practices)
    for suggestion in rec.practices:
        assert set(suggestion.challenges) <= detected
        assert all(suggestion.practice.id in e.practices for e in suggestion.exercises)
        assert all(suggestion.practice.id in p.practices for p in suggestion.prompts)


def test_challenge_ids_score_one(library: Library) -> None:
    rec = connectkit.recommend(["jealousy", "long-distance"], library=library)
    assert {(m.challenge.id, m.score) for m in rec.challenges} == {("jealousy", 1.0), ("long-distance", 1.0)}
    assert all(m.matched == (m.challenge.id,) for m in rec.challenges)
    assert rec.practices


def test_ids_and_text_mixed() -> None:
    rec = connectkit.recommend(["jealousy", "and we are both always too busy to see each other"])
    found = [m.challenge.id for m in rec.challenges]
    assert found[0] == "jealousy"
    assert "little-time-together" in found


def test_unknown_challenge_id_names_it_and_suggests() -> None:
    with pytest.raises(UnknownIdError) as caught:
        connectkit.recommend(["long-distnace"])
    assert caught.value.item_id == "long-distnace"
    assert "long-distance" in caught.value.suggestions
    assert "unknown challenge id 'long-distnace'; did you mean 'long-distance'" in str(caught.value)
    with pytest.raises(KeyError):
        connectkit.recommend(["active-listening"])  # a practice, not a challenge


def test_limit_and_options(library: Library) -> None:
    text = "we're busy, we fight a lot, we never talk, and the spark is gone"
    assert len(connectkit.recommend(text, limit=2).practices) == 2
    assert connectkit.recommend(text, limit=0).practices == ()

    short = connectkit.recommend(text, limit=10, minutes=10)
    assert all(e.minutes <= 10 for s in short.practices for e in s.exercises)
    shallow = connectkit.recommend(text, limit=10, max_depth=1)
    assert all(e.depth <= 1 for s in shallow.practices for e in s.exercises)
    assert all(p.depth <= 1 for s in shallow.practices for p in s.prompts)
    solo = connectkit.recommend(text, limit=10, participants="solo")
    assert all(e.participants == "solo" for s in solo.practices for e in s.exercises)

    full = connectkit.recommend(text, limit=10)
    first = full.practices[0]
    done = [first.practice.id, *(e.id for s in full.practices for e in s.exercises)]
    rest = connectkit.recommend(text, limit=10, exclude=done)
    assert first.practice.id not in {s.practice.id for s in rest.practices}
    assert not {e.id for s in rest.practices for e in s.exercises} & set(done)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"limit": -1}, "limit"),
        ({"max_depth": 5}, "max_depth"),
        ({"minutes": 0}, "minutes"),
        ({"participants": "couple"}, "participants"),
    ],
)
def test_bad_options_raise_value_error(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        connectkit.recommend("we never talk", **kwargs)  # type: ignore[arg-type]


def test_non_string_items_raise_type_error() -> None:
    with pytest.raises(TypeError, match="stated must hold strings"):
        connectkit.recommend(["jealousy", 3])  # type: ignore[list-item]


def test_seed_varies_equals_but_is_repeatable() -> None:
    text = "we are stuck in a rut and bored"
    assert connectkit.recommend(text, seed=7) == connectkit.recommend(text, seed=7)
    picks = {
        tuple(p.id for s in connectkit.recommend(text, seed=seed).practices for p in s.prompts)
        for seed in range(12)
    }
    assert len(picks) > 1


def test_exercises_are_not_repeated_across_practices_when_avoidable() -> None:
    rec = connectkit.recommend("we're busy, we fight a lot, we never talk, and the spark is gone", limit=5)
    ids = [e.id for s in rec.practices for e in s.exercises]
    assert len(ids) == len(set(ids))


def test_nothing_recognised_gives_an_empty_result() -> None:
    rec = connectkit.recommend("The weather in Oslo was mild on Tuesday.")
    assert rec == Recommendation(challenges=(), practices=(), safety=None)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\x00\x01\x02",
        "💔💔💔",
        "a" * 100_000,
        "we never talk " * 8_000,
        "\u202e\u200bRTL",
        "'" * 50,
    ],
)
def test_never_raises_on_odd_strings(text: str) -> None:
    rec = connectkit.recommend(text)
    assert isinstance(rec, Recommendation)


def test_recommendation_round_trips_through_json() -> None:
    rec = connectkit.recommend("we barely talk and I feel so alone")
    again = Recommendation.model_validate_json(rec.model_dump_json())
    assert again == rec


def test_explanation_is_structured_and_consistent() -> None:
    rec = connectkit.recommend("We're both so busy we barely talk anymore and he is always on his phone")
    for match in rec.challenges:
        assert match.evidence
        words = {
            w for e in match.evidence for w in (e.words.split(", ") if e.phrase == LEARNED else [e.words])
        }
        assert set(match.matched) <= words
        assert {e.words for e in match.evidence if e.phrase != LEARNED} <= set(match.matched)
        assert all(e.weight > 0 for e in match.evidence)
    scores = {m.challenge.id: m.score for m in rec.challenges}
    for suggestion in rec.practices:
        assert [c.challenge for c in suggestion.contributions] == list(suggestion.challenges)
        remaining = 1.0
        for part in suggestion.contributions:
            assert part.challenge_score == scores[part.challenge]
            weight = next(w.weight for w in suggestion.practice.addresses if w.challenge == part.challenge)
            assert part.weight == weight
            assert part.value == pytest.approx(part.challenge_score * part.weight, abs=1e-4)
            assert part.source in part.reason
            remaining *= 1 - part.value
        assert suggestion.score == pytest.approx(1 - remaining, abs=1e-3)
        assert suggestion.reasons == tuple(c.reason for c in suggestion.contributions[:2])


def test_gaps_negation_and_contrast() -> None:
    library = connectkit.load_library()
    plain = {
        m.challenge.id: m.score
        for m in connectkit.recommend("we fight about the dishes", library=library).challenges
    }
    negated = {
        m.challenge.id: m.score
        for m in connectkit.recommend("we don't fight about the dishes", library=library).challenges
    }
    assert negated.get("frequent-conflict", 0) < plain["frequent-conflict"]
    rec = connectkit.recommend(
        "we don't fight much, but when I try to talk about my day she never really listens", library=library
    )
    assert rec.challenges[0].challenge.id == "not-feeling-heard"


def test_diverse_practices_and_a_quick_one() -> None:
    rec = connectkit.recommend(
        "we're busy, we fight a lot, we never talk, and the spark is gone, and money is tight", limit=5
    )
    assert len({s.practice.id for s in rec.practices}) == 5
    focuses = [s.challenges[0] for s in rec.practices]
    assert len(set(focuses)) >= 2, focuses
    assert any(e.minutes <= 10 for s in rec.practices for e in s.exercises)


def test_tags_prefer_context_exercises() -> None:
    library = connectkit.load_library()
    tagged = [e for e in library.exercises if "long-distance" in e.tags]
    assert tagged
    untagged = connectkit.recommend(["long-distance"], limit=5)
    rec = connectkit.recommend(["long-distance"], tags=["long-distance"], limit=5)
    first = next(s for s in rec.practices if any(s.practice.id in e.practices for e in tagged))
    assert "long-distance" in first.exercises[0].tags
    assert [s.practice.id for s in rec.practices] == [s.practice.id for s in untagged.practices]


def test_threads_share_one_library_and_get_the_same_results() -> None:
    import json
    import threading
    from pathlib import Path

    from connectkit import _challenge_model, _loading, _text

    path = Path(__file__).parent / "dev" / "statements.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()][:120]
    expected = [connectkit.recommend(t) for t in texts]

    _loading.clear_caches()
    _challenge_model.load_challenge_model.cache_clear()
    _text.stem.cache_clear()  # make every thread stem from scratch at the same time
    libraries: list[Library] = []
    results: dict[int, list[Recommendation]] = {}
    errors: list[BaseException] = []

    def work(index: int) -> None:
        try:
            libraries.append(connectkit.load_library())
            results[index] = [connectkit.recommend(t) for t in texts]
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len({id(lib) for lib in libraries}) == 1
    for got in results.values():
        assert got == expected


def test_single_string_options_are_one_id() -> None:
    text = "We're both so busy we barely talk anymore"
    assert connectkit.recommend(text, exclude="quality-time") == connectkit.recommend(
        text, exclude=["quality-time"]
    )
    assert connectkit.recommend(text, tags="busy-schedules") == connectkit.recommend(
        text, tags=["busy-schedules"]
    )


def test_a_lone_pronoun_recognises_nothing() -> None:
    assert connectkit.recommend("we").challenges == ()


def test_reasons_quote_only_what_was_written() -> None:
    rec = connectkit.recommend(["little-time-together", "we barely see each other"])
    for suggestion in rec.practices:
        for reason in suggestion.reasons:
            assert "\u201clittle-time-together\u201d" not in reason
            assert "\u201c\u201d" not in reason
            assert not reason.startswith("You mentioned ,")


@pytest.mark.parametrize(
    ("challenge_id", "practice_id", "expected_first"),
    [
        ("money-conflict", "communication-skills", "calm-money-meeting"),
        ("in-law-tension", "communication-skills", "raise-a-family-worry-gently"),
        ("unequal-load", "fair-share-conversation", "weekly-fair-share-huddle"),
    ],
)
def test_exercises_that_fit_the_challenge_come_first(
    library: Library, challenge_id: str, practice_id: str, expected_first: str
) -> None:
    rec = connectkit.recommend([challenge_id], library=library, limit=len(library.practices))
    suggestion = next(s for s in rec.practices if s.practice.id == practice_id)
    assert suggestion.exercises[0].id == expected_first


def test_prompts_that_fit_the_challenge_come_first(library: Library) -> None:
    # A practice used for many challenges offers the prompts that speak to this one.
    rec = connectkit.recommend(["screen-distraction"], library=library)
    texts = " ".join(p.text.lower() for s in rec.practices for p in s.prompts)
    assert "screen" in texts or "phone" in texts
    relevance = library._get_relevance()
    shown: set[str] = set()
    for suggestion in rec.practices:
        focus = suggestion.challenges[0]
        by_depth = library._prompts_by_depth(suggestion.practice.id)
        for prompt in suggestion.prompts:
            # Of the prompts not shown already, none at this depth fits the focus better.
            fresh = [p for p in by_depth[prompt.depth - 1] if p.id not in shown]
            assert relevance(focus, prompt) == max(relevance(focus, p) for p in fresh)
        shown.update(p.id for p in suggestion.prompts)


def _recommend_in_child(text: str) -> str:
    # Runs in a forked worker: it uses the library its parent loaded before the fork.
    return connectkit.recommend(text).model_dump_json()


@pytest.mark.skipif(
    "fork" not in __import__("multiprocessing").get_all_start_methods(), reason="needs the fork start method"
)
def test_forked_workers_share_the_loaded_library() -> None:
    import multiprocessing

    texts = [
        "We're both so busy we barely talk anymore",
        "every time we talk about money it turns into the same fight",
        "since the baby came we are exhausted and never touch",
    ]
    expected = [connectkit.recommend(t).model_dump_json() for t in texts]  # loads and warms up first
    with multiprocessing.get_context("fork").Pool(2) as pool:
        assert pool.map(_recommend_in_child, texts) == expected
