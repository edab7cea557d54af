"""Content quality gates: each one catches what it should and names item and field."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

import connectkit
from connectkit._cli import main
from connectkit._lint import overlap
from connectkit._readability import grade, syllables

# A small pack that passes every gate; each test below breaks one thing in it.
CLEAN_PACK = """\
prompts:
  - id: p-pack-rainy-01
    text: "What would a perfect rainy afternoon at home look like for you?"
    depth: 1
    theme: fun-and-play
    practices: [shared-activities]

exercises:
  - id: pack-blanket-lunch
    title: Blanket lunch
    summary: Turn a grey afternoon into a small occasion by having lunch on a blanket indoors.
    steps:
      - Spread a blanket on the floor where you both like to sit.
      - Bring your lunch and eat it there together, with phones away.
      - Take turns saying one thing you enjoyed this week.
    minutes: 30
    participants: together
    depth: 1
    practices: [shared-activities]
    sources: [aron-2000]
    why_it_works: >-
      Doing something a little new together can make an ordinary day feel shared,
      and it gives you both something light to talk about. A small change of scene
      is often enough to feel like a treat.
    evidence: informed
"""


@pytest.fixture
def lint_pack(write_pack: Callable[..., Path]) -> Callable[[str], tuple[connectkit.ContentProblem, ...]]:
    def run(text: str) -> tuple[connectkit.ContentProblem, ...]:
        folder = write_pack(text)
        library = connectkit.load_library(packs=[folder])
        return connectkit.lint(library, ids={"p-pack-rainy-01", "pack-blanket-lunch"})

    return run


def test_the_clean_pack_passes(lint_pack: Callable[[str], tuple[connectkit.ContentProblem, ...]]) -> None:
    assert lint_pack(CLEAN_PACK) == ()


@pytest.mark.parametrize(
    ("old", "new", "item_id", "field", "message"),
    [
        pytest.param(
            "look like for you?",
            "look like for you.",
            "p-pack-rainy-01",
            "text",
            'must end with "?"',
            id="prompt-not-a-question",
        ),
        pytest.param(
            "look like for you?",
            "look like for you, " + "and " * 30 + "why?",
            "p-pack-rainy-01",
            "text",
            "words; keep it to 4-30",
            id="prompt-too-long",
        ),
        pytest.param(
            "look like for you?",
            "look like for your husband?",
            "p-pack-rainy-01",
            "text",
            "gendered partner word 'husband'",
            id="gendered-partner-noun",
        ),
        pytest.param(
            "is often enough to feel like a treat.",
            "is often enough to feel like a treat, and it will fix your relationship.",
            "pack-blanket-lunch",
            "why_it_works",
            "clinical promise 'will fix'",
            id="clinical-promise",
        ),
        pytest.param(
            "      - Take turns saying one thing you enjoyed this week.",
            "      - What did you enjoy most this week?",
            "pack-blanket-lunch",
            "steps.2",
            "not only a question",
            id="step-that-is-a-question",
        ),
        pytest.param(
            "      - Take turns saying one thing you enjoyed this week.",
            "      - Contemplate collaboratively the multidimensional organisational ramifications.",
            "pack-blanket-lunch",
            "steps.2",
            "is above 12: use shorter words",
            id="step-too-hard-to-read",
        ),
        pytest.param(
            "    depth: 1\n    practices: [shared-activities]\n    sources",
            "    depth: 3\n    practices: [shared-activities]\n    sources",
            "pack-blanket-lunch",
            "contraindications",
            "must list partner-violence",
            id="deep-together-exercise-without-contraindication",
        ),
        pytest.param(
            "practices: [shared-activities]\n    sources",
            "practices: [shared-activities, repair-attempts]\n    sources",
            "pack-blanket-lunch",
            "contraindications",
            "an exercise for repair-attempts must list partner-violence",
            id="conflict-exercise-without-contraindication",
        ),
    ],
)
def test_each_gate_names_the_item_and_field(
    lint_pack: Callable[[str], tuple[connectkit.ContentProblem, ...]],
    old: str,
    new: str,
    item_id: str,
    field: str,
    message: str,
) -> None:
    assert old in CLEAN_PACK
    problems = lint_pack(CLEAN_PACK.replace(old, new, 1))
    assert [(p.item_id, p.field) for p in problems if message in p.message] == [(item_id, field)], problems
    assert all(p.file.endswith("content.yaml") and p.line is not None for p in problems if p.item_id)


def test_denying_a_promise_is_fine(lint_pack: Callable[[str], tuple[connectkit.ContentProblem, ...]]) -> None:
    text = CLEAN_PACK.replace(
        "is often enough to feel like a treat.",
        "is often enough to feel like a treat. There is no guarantee, and that is fine.",
    )
    assert lint_pack(text) == ()


def test_a_tag_allows_gendered_words_on_purpose(
    lint_pack: Callable[[str], tuple[connectkit.ContentProblem, ...]],
) -> None:
    text = CLEAN_PACK.replace("look like for you?", "look like for your husband?").replace(
        "practices: [shared-activities]\n\nexercises",
        "practices: [shared-activities]\n    tags: [gendered]\n\nexercises",
    )
    assert "tags: [gendered]" in text
    assert lint_pack(text) == ()


def test_near_duplicate_prompts_are_reported_with_both_ids(
    lint_pack: Callable[[str], tuple[connectkit.ContentProblem, ...]], library: connectkit.Library
) -> None:
    original = library["p-knowing-each-other-02"]
    assert isinstance(original, connectkit.Prompt)
    text = CLEAN_PACK.replace(
        '"What would a perfect rainy afternoon at home look like for you?"',
        json.dumps(original.text.replace("afternoon", "day")),
    )
    problems = [p for p in lint_pack(text) if "near-duplicate" in p.message]
    assert len(problems) == 1
    assert problems[0].item_id == "p-pack-rainy-01"
    assert "p-knowing-each-other-02" in problems[0].message


def test_average_reading_grade(lint_pack: Callable[[str], tuple[connectkit.ContentProblem, ...]]) -> None:
    # Below the cap for a single prompt, but above the target on average.
    hard = "Which personal quality do you admire most in someone you consider a mentor?"
    assert 8 < grade(hard) <= 10
    problems = lint_pack(
        CLEAN_PACK.replace("What would a perfect rainy afternoon at home look like for you?", hard)
    )
    assert [(p.item_id, p.field) for p in problems] == [(None, "prompts")]
    assert "average reading grade" in problems[0].message


def test_coverage_gaps_are_reported(write_pack: Callable[..., Path], minimal_yaml: str) -> None:
    problems = connectkit.lint(connectkit.load_folder(write_pack(minimal_yaml)))
    messages = [p.message for p in problems]
    assert "theme 'fun-and-play' has no prompt at depth 2, 3, 4" in messages
    no_prompt = minimal_yaml.split("prompts:", maxsplit=1)[0] + "faq:" + minimal_yaml.split("faq:")[1]
    problems = connectkit.lint(connectkit.load_folder(write_pack(no_prompt)))
    assert ("rainy-days", "no prompt supports any practice for this challenge") in [
        (p.item_id, p.message) for p in problems
    ]


def test_overlap_compares_content_words_by_stem() -> None:
    assert overlap("What do you love about mornings?", "Which mornings do you love?") == 1.0
    assert overlap("What is your favourite song?", "Where would you like to travel next?") == 0.0
    assert 0 < overlap("What was the best part of your day?", "What was the hardest part of your week?") < 0.6


def test_readability_formula() -> None:
    assert [syllables(w) for w in ("make", "little", "beautiful", "a", "rhythm")] == [1, 2, 3, 1, 1]
    assert grade("") == 0.0
    assert grade("We sat. We ate. It was fun.") < 1
    assert grade("Contemplate collaboratively the multidimensional organisational ramifications.") > 12


def test_cli_lint_builtin_and_packs(
    write_pack: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lint"]) == 0
    assert "passes every content check" in capsys.readouterr().err

    assert main(["lint", str(write_pack(CLEAN_PACK))]) == 0
    capsys.readouterr()

    broken = write_pack(CLEAN_PACK.replace("look like for you?", "look like for your wife."))
    assert main(["lint", str(broken)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 2
    assert all("content.yaml:2: item 'p-pack-rainy-01': field 'text'" in line for line in lines)
    assert "2 problem(s)" in captured.err


def test_cli_lint_reports_content_that_does_not_load(
    write_pack: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_pack(CLEAN_PACK.replace("depth: 1", "depth: 7", 1))
    assert main(["lint", str(folder)]) == 1
    captured = capsys.readouterr()
    assert "item 'p-pack-rainy-01': field 'depth'" in captured.out
    assert "did not load" in captured.err


def test_cli_stats(library: connectkit.Library, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["items"]["prompts"] == len(library.prompts)
    assert stats["items"]["prompt_sets"] == len(library.prompt_sets)
    by_theme = stats["prompts_by_theme_and_depth"]
    assert sum(sum(row.values()) for row in by_theme.values()) == len(library.prompts)
    assert set(stats["challenge_coverage"]) == {c.id for c in library.challenges}
    assert all(row["exercises"] >= 4 for row in stats["challenge_coverage"].values())

    assert main(["stats"]) == 0
    text = capsys.readouterr().out
    assert f"{len(library.prompts)} prompts" in text
    assert "challenge coverage" in text
    assert connectkit.CONTENT_VERSION in text
