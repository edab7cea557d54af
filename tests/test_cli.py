"""The command line, driven through main(argv)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import connectkit
from connectkit._cli import main

README_TEXT = "We're both so busy we barely talk anymore"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_recommend_prints_challenges_practices_an_exercise_and_prompts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "recommend", README_TEXT)
    assert code == 0
    assert err == ""
    rec = connectkit.recommend([README_TEXT])
    assert "What we heard:" in out
    assert rec.challenges[0].challenge.title in out
    assert all(f"\u201c{w}\u201d" in out for w in rec.challenges[0].matched)
    assert "Practices to try:" in out
    assert f"1. {rec.practices[0].practice.name}" in out
    exercise = next(e for s in rec.practices for e in s.exercises)
    assert "Try this:" in out
    assert exercise.title in out
    assert "  1. " in out
    assert "To talk about:" in out


def test_recommend_json_uses_the_model_field_names(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "recommend", README_TEXT, "--json", "--limit", "2")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"challenges", "practices", "safety"}
    assert len(data["practices"]) == 2
    assert set(data["practices"][0]) == {
        "practice",
        "score",
        "reasons",
        "challenges",
        "exercises",
        "prompts",
        "contributions",
    }
    assert set(data["challenges"][0]) == {"challenge", "score", "matched", "evidence"}
    assert connectkit.Recommendation.model_validate(data) == connectkit.recommend([README_TEXT], limit=2)


def test_recommend_with_ids(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "recommend", "jealousy", "long-distance", "--limit", "1")
    assert code == 0
    lib = connectkit.load_library()
    for challenge_id in ("jealousy", "long-distance"):
        assert f"  - {lib.challenge(challenge_id).title}: you chose it" in out
    assert "\u201cjealousy\u201d" not in out  # an id is never quoted back as if typed


def test_recommend_nothing_matched(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "recommend", "The weather was mild.")
    assert code == 0
    assert "Nothing in that statement matched" in out


def test_unknown_id_is_exit_1_with_one_line_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "recommend", "long-distnace")
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert "did you mean 'long-distance'" in err

    code, out, err = run(capsys, "show", "apreciation")
    assert code == 1
    assert err.startswith("connectkit: error: unknown item id 'apreciation'")


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["frobnicate"],
        ["recommend"],
        ["recommend", "x", "--limit", "lots"],
        ["list", "recipes"],
        ["recommend", "x", "--limit", "-1"],
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert err


@pytest.mark.parametrize(
    "kind",
    [
        "challenges",
        "practices",
        "exercises",
        "prompts",
        "prompt-sets",
        "faq",
        "stories",
        "sources",
        "practice",
    ],
)
def test_list_kind(capsys: pytest.CaptureFixture[str], kind: str) -> None:
    code, out, _ = run(capsys, "list", kind)
    lib = connectkit.load_library()
    singular = {
        "challenges": "challenge",
        "practices": "practice",
        "exercises": "exercise",
        "prompts": "prompt",
        "prompt-sets": "prompt-set",
        "stories": "story",
        "sources": "source",
    }
    items = lib.find(singular.get(kind, kind))  # type: ignore[arg-type]
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == [item.id for item in items]


def test_list_filters_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "prompts", "--depth", "4", "--json")
    assert code == 0
    data = json.loads(out)
    assert data
    assert all(item["depth"] == 4 for item in data)


def test_show_item_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "active-listening")
    assert code == 0
    assert out.startswith("Active listening  [active-listening]")
    assert "why_it_helps" in out
    exercise = connectkit.load_library().exercises[0]
    code, out, _ = run(capsys, "show", exercise.id)
    assert code == 0
    assert exercise.steps[0][:30] in out.replace("\n", " ").replace("  ", " ")
    code, out, _ = run(capsys, "show", "gable-2004", "--json")
    assert json.loads(out)["year"] == 2004


def test_show_prompt_set_lists_its_questions_and_story_its_label(capsys: pytest.CaptureFixture[str]) -> None:
    lib = connectkit.load_library()
    prompt_set = lib.prompt_sets[0]
    code, out, _ = run(capsys, "show", prompt_set.id)
    assert code == 0
    flat = " ".join(out.split())
    for stage in prompt_set.stages:
        assert stage.title in flat
    for prompt_id in prompt_set.prompt_ids:
        assert lib[prompt_id].text in flat  # type: ignore[union-attr]
    story = lib.stories[0]
    code, out, _ = run(capsys, "show", story.id)
    assert code == 0
    assert story.label in out
    assert story.text[:40] in " ".join(out.split())


def test_faq(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "faq")
    lib = connectkit.load_library()
    assert code == 0
    assert len(out.splitlines()) == len(lib.faq)
    code, out, _ = run(capsys, "faq", "can", "connection", "grow", "over", "time")
    assert code == 0
    assert "over time" in out.lower()
    code, _, err = run(capsys, "faq", "zzzz")
    assert code == 1
    assert "no FAQ entry matches" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"connectkit {connectkit.__version__}"


def test_python_dash_m_and_console_script() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "connectkit", "recommend", README_TEXT, "--limit", "1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Practices to try:" in result.stdout


def test_closed_pipe_is_quiet() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "connectkit", "recommend", README_TEXT],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.close()  # the reader is gone before anything is written, like `| true`
    err = process.stderr.read().decode()
    assert process.wait() == 1
    assert "Traceback" not in err
    assert "BrokenPipeError" not in err


def test_recommend_prints_the_safety_notice_first(capsys: pytest.CaptureFixture[str]) -> None:
    text = "we fight about money and last week he pushed me against the wall"
    code, out, _ = run(capsys, "recommend", text, "--country", "GB")
    assert code == 0
    rec = connectkit.recommend([text], country="GB")
    assert rec.safety is not None
    assert out.startswith(rec.safety.message[:40])
    assert (
        out.index("Support you can reach (GB):") < out.find("What we heard:") or "What we heard:" not in out
    )
    for resource in rec.safety.resources:
        assert resource.name in out
    assert "To talk about:" not in out
    assert "pushed me" not in out.split("Support you can reach")[0]


def test_recommend_json_includes_the_notice(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "recommend", "i want to die", "--json", "--country", "AU")
    assert code == 0
    safety = json.loads(out)["safety"]
    assert safety["concerns"] == ["self-harm"]
    assert safety["country"] == "AU"
    assert {"name", "phone", "url", "verified", "source"} <= set(safety["resources"][0])


def test_bad_country_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "recommend", "we never talk", "--country", "England")
    assert code == 2
    assert "two-letter ISO 3166-1 code" in err


def test_recommend_explain(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "recommend", README_TEXT, "--explain")
    assert code == 0
    rec = connectkit.recommend([README_TEXT])
    detail = out.split("Why, in detail:")[1]
    assert rec.challenges[0].challenge.id in detail
    assert f"matched \u201c{rec.challenges[0].evidence[0].phrase}\u201d" in detail
    first = rec.practices[0].contributions[0]
    assert (
        f"{first.challenge}: {first.challenge_score:.2f} x {first.weight:.2f} = {first.value:.2f}" in detail
    )


def test_unquoted_words_are_one_statement(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "recommend", "he", "pushed", "me", "against", "the", "wall", "--country", "GB")
    assert code == 0
    assert "Support you can reach (GB):" in out
    code, out, _ = run(capsys, "recommend", "we", "argue", "about", "co-parenting")
    assert code == 0
    assert "Parenting disagreements" in out
