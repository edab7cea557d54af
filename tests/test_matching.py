"""Free-text matching: case, Unicode, apostrophes, word boundaries, inflections, phrases."""

from __future__ import annotations

import pytest

import connectkit
from connectkit import Challenge, ChallengeWeight, Library, Practice, Source


def library_of(phrases: dict[str, tuple[str, ...]]) -> Library:
    """A library with one challenge per entry and one practice answering all of them."""
    source = Source(id="src-1", authors=("Doe, J.",), year=2020, title="T", venue="V")
    challenges = [Challenge(id=cid, title=cid.title(), summary="s", phrases=p) for cid, p in phrases.items()]
    practice = Practice(
        id="listen-more",
        name="Listen more",
        summary="s",
        in_daily_life=("x",),
        why_it_helps="y",
        evidence="expert",
        sources=("src-1",),
        addresses=tuple(ChallengeWeight(challenge=c.id, weight=0.5) for c in challenges),
    )
    return Library(challenges=challenges, practices=[practice], sources=[source])


@pytest.fixture(scope="module")
def tiny() -> Library:
    return library_of(
        {
            "rage": ("kill",),
            "quiet": ("talk", "doesn't listen", "café"),
            "roomies": ("like roommates", "ships passing in the night"),
        }
    )


def detected(text: str, library: Library) -> set[str]:
    return {m.challenge.id for m in connectkit.recommend(text, library=library).challenges}


@pytest.mark.parametrize(
    "text",
    [
        "we never TALK",
        "We talked once.",
        "talking is hard",
        "she talks at me",
        "He doesn’t listen",  # curly apostrophe
        "He doesn't listen",
        "he does not listen",
        "Ｔａｌｋ more",  # full-width letters
        "we met at a cafe",  # accent folded either way
        "we met at a CAFÉ",
    ],
)
def test_variants_match(text: str, tiny: Library) -> None:
    assert detected(text, tiny) == {"quiet"}


@pytest.mark.parametrize(
    "text",
    ["She is very skilled", "a killer app", "the talkative one"],
)
def test_word_boundaries(text: str, tiny: Library) -> None:
    assert detected(text, tiny) == set()


def test_multi_word_phrases_need_all_words_in_order(tiny: Library) -> None:
    assert detected("we live like roommates now", tiny) == {"roomies"}
    assert detected("our roommates are nice, we like them", tiny) == set()
    assert detected("Honestly? Ships passing in the night, every single day.", tiny) == {"roomies"}


def test_matched_words_are_reported(tiny: Library) -> None:
    (match,) = connectkit.recommend("We live LIKE roommates.", library=tiny).challenges
    assert match.matched == ("like roommates",)
    assert 0 < match.score < 1


def test_more_evidence_scores_higher(tiny: Library) -> None:
    one = connectkit.recommend("we never talk", library=tiny).challenges[0].score
    two = connectkit.recommend("we never talk and he doesn't listen", library=tiny).challenges[0].score
    assert two > one


def test_phrase_inside_longer_phrase_counts_once() -> None:
    lib = library_of({"short": ("barely talk",), "both": ("barely talk", "we barely talk")})
    scores = {m.challenge.id: m for m in connectkit.recommend("we barely talk", library=lib).challenges}
    assert scores["both"].matched == ("we barely talk",)
    assert scores["both"].score > scores["short"].score


def test_determiners_stand_in_for_each_other() -> None:
    lib = library_of({"screens": ("always on the phone",)})
    for text in ("always on his phone", "Always on HER phone", "always on their phone", "always on my phone"):
        assert detected(text, lib) == {"screens"}, text
    assert detected("always on a phone", lib) == set()


def test_intensifiers_and_synonyms() -> None:
    lib = library_of({"screens": ("on the phone",), "quiet": ("never listens",)})
    plain = connectkit.recommend("he is on the phone", library=lib).challenges[0].score
    strong = connectkit.recommend("he is constantly on the phone", library=lib).challenges[0].score
    assert strong > plain
    # "mobile" folds into "phone", and partner nouns into one form
    assert detected("my husband is on his mobile", lib) == {"screens"}
    assert detected("she never really listens", lib) == {"quiet"}
