"""Every way content can be wrong gives one clear error naming file, item and field."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import connectkit
from connectkit import ContentError


def problems_of(folder: Path) -> list[connectkit.ContentProblem]:
    with pytest.raises(ContentError) as caught:
        connectkit.load_folder(folder)
    return list(caught.value.problems)


def test_minimal_pack_loads(write_pack: Callable[..., Path], minimal_yaml: str) -> None:
    lib = connectkit.load_folder(write_pack(minimal_yaml))
    assert [
        len(x) for x in (lib.challenges, lib.practices, lib.exercises, lib.prompts, lib.faq, lib.sources)
    ] == [1] * 6
    assert lib["blanket-lunch"].steps == ("Spread a blanket.", "Eat lunch on it together.")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("old", "new", "item_id", "field", "message"),
    [
        pytest.param(
            "- challenge: rainy-days",
            "- challenge: rainy-dayz",
            "indoor-picnic",
            "addresses.0.challenge",
            "unknown challenge 'rainy-dayz' (did you mean 'rainy-days'?)",
            id="practice-unknown-challenge",
        ),
        pytest.param(
            "sources: [example-source]\n    addresses",
            "sources: [no-such-source]\n    addresses",
            "indoor-picnic",
            "sources.0",
            "unknown source 'no-such-source'",
            id="practice-unknown-source",
        ),
        pytest.param(
            "id: blanket-lunch",
            "id: indoor-picnic",
            "indoor-picnic",
            "id",
            "duplicate id, already used by a practice in",
            id="duplicate-id",
        ),
        pytest.param(
            "    steps:\n      - Spread a blanket.\n      - Eat lunch on it together.\n",
            "    steps: []\n",
            "blanket-lunch",
            "steps",
            "at least 1 item",
            id="empty-steps",
        ),
        pytest.param(
            "    depth: 1\n    practices: [indoor-picnic]\n    sources",
            "    depth: 5\n    practices: [indoor-picnic]\n    sources",
            "blanket-lunch",
            "depth",
            "less than or equal to 4",
            id="depth-5",
        ),
        pytest.param(
            "participants: together",
            "participants: couple",
            "blanket-lunch",
            "participants",
            "'solo' or 'together'",
            id="bad-participants",
        ),
        pytest.param(
            "theme: fun-and-play",
            "theme: fun-and-play\n    colour: blue",
            "p-rainy-01",
            "colour",
            "unknown field",
            id="unknown-field",
        ),
        pytest.param(
            "practices: [indoor-picnic]\n\nfaq",
            "practices: [rainy-days]\n\nfaq",
            "p-rainy-01",
            "practices.0",
            "'rainy-days' is a challenge, not a practice",
            id="wrong-kind-reference",
        ),
        pytest.param(
            "year: 2020",
            "year: twenty",
            "example-source",
            "year",
            "valid integer",
            id="wrong-type",
        ),
        pytest.param(
            "id: p-rainy-01",
            "id: P Rainy 01",
            "P Rainy 01",
            "id",
            "should match pattern",
            id="bad-id",
        ),
    ],
)
def test_broken_fixture_names_file_item_and_field(
    write_pack: Callable[..., Path],
    minimal_yaml: str,
    old: str,
    new: str,
    item_id: str,
    field: str,
    message: str,
) -> None:
    assert old in minimal_yaml, "fixture text to break was not found"
    folder = write_pack(minimal_yaml.replace(old, new, 1))
    problems = problems_of(folder)
    assert len(problems) == 1, problems
    problem = problems[0]
    assert problem.file == str(folder / "content.yaml")
    assert problem.item_id == item_id
    assert problem.field == field
    assert message in problem.message
    text = str(problem)
    assert "content.yaml:" in text
    assert item_id in text
    assert field in text


def test_line_number_points_at_the_item(write_pack: Callable[..., Path], minimal_yaml: str) -> None:
    folder = write_pack(
        minimal_yaml.replace(
            "depth: 1\n    practices: [indoor-picnic]\n    sources",
            "depth: 9\n    practices: [indoor-picnic]\n    sources",
        )
    )
    (problem,) = problems_of(folder)
    line = minimal_yaml.splitlines()[problem.line - 1] if problem.line else ""
    assert line.strip() == "- id: blanket-lunch"


def test_every_problem_is_reported_at_once(write_pack: Callable[..., Path], minimal_yaml: str) -> None:
    broken = minimal_yaml.replace("depth: 1\n    theme", "depth: 0\n    theme").replace(
        "[example-source]\n    addresses", "[gone]\n    addresses"
    )
    problems = problems_of(write_pack(broken))
    assert {(p.item_id, p.field) for p in problems} == {
        ("p-rainy-01", "depth"),
        ("indoor-picnic", "sources.0"),
    }
    assert str(ContentError(problems)).startswith("2 content problems:")


def test_duplicate_id_across_files_names_both(write_pack: Callable[..., Path], minimal_yaml: str) -> None:
    write_pack(minimal_yaml, "a.yaml")
    folder = write_pack("faq:\n  - id: faq-rain\n    question: Again?\n    answer: Yes.\n", "b.yaml")
    (problem,) = problems_of(folder)
    assert problem.file.endswith("b.yaml")
    assert problem.item_id == "faq-rain"
    assert "a.yaml:" in problem.message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("challenges: [\n", "invalid YAML", id="malformed"),
        pytest.param(
            "faq:\n  - id: faq-a\n    question: Q?\n    question: Again?\n    answer: A.\n",
            "duplicate key 'question'",
            id="duplicate-key",
        ),
        pytest.param("- just\n- a list\n", "expected a mapping of sections", id="top-level-list"),
        pytest.param("recipes:\n  - id: soup\n", "unknown section 'recipes'", id="unknown-section"),
        pytest.param("faq: not-a-list\n", "expected a list of items", id="section-not-a-list"),
        pytest.param("faq:\n  - just text\n", "expected a mapping of fields", id="item-not-a-mapping"),
        pytest.param("sources:\n  - !!python/object:os.system {}\n", "invalid YAML", id="unsafe-tag"),
    ],
)
def test_malformed_files(write_pack: Callable[..., Path], text: str, message: str) -> None:
    (problem,) = problems_of(write_pack(text))
    assert message in problem.message
    assert problem.file.endswith("content.yaml")


def test_missing_folder_is_a_content_error(tmp_path: Path) -> None:
    (problem,) = problems_of(tmp_path / "nowhere")
    assert "not a folder" in problem.message


def test_pack_on_top_of_builtin_can_refer_to_builtin_items(write_pack: Callable[..., Path]) -> None:
    folder = write_pack(
        "prompts:\n  - id: p-app-extra-01\n    text: What made you smile today?\n    depth: 1\n"
        "    theme: daily-life\n    practices: [appreciation]\n"
    )
    lib = connectkit.load_library(packs=[folder])
    assert lib["p-app-extra-01"] in lib.find("prompt", practice="appreciation")
    assert len(lib) == len(connectkit.load_library()) + 1


def test_pack_colliding_with_builtin_names_both_sources(write_pack: Callable[..., Path]) -> None:
    folder = write_pack("faq:\n  - id: active-listening\n    question: Q?\n    answer: A.\n")
    with pytest.raises(ContentError) as caught:
        connectkit.load_library(packs=[folder])
    (problem,) = caught.value.problems
    assert problem.item_id == "active-listening"
    assert problem.file.endswith("content.yaml")
    assert "connectkit/data/library.json" in problem.message


def test_library_built_in_python_checks_references() -> None:
    prompt = connectkit.Prompt(id="p-x-01", text="Why?", depth=1, theme="misc", practices=("nothing-here",))
    with pytest.raises(ContentError, match=r"<python>: item 'p-x-01': field 'practices.0': unknown practice"):
        connectkit.Library(prompts=[prompt])


def test_a_single_pack_path_is_one_pack(write_pack: Callable[..., Path]) -> None:
    folder = write_pack(
        "prompts:\n  - id: p-app-extra-02\n    text: What made you laugh today?\n    depth: 1\n"
        "    theme: daily-life\n    practices: [appreciation]\n"
    )
    for packs in (folder, str(folder)):
        assert "p-app-extra-02" in connectkit.load_library(packs=packs)


def test_hidden_folders_are_not_content(write_pack: Callable[..., Path], minimal_yaml: str) -> None:
    folder = write_pack(minimal_yaml)
    (folder / ".github").mkdir()
    (folder / ".github" / "ci.yml").write_text("name: build\non: push\n", encoding="utf-8")
    assert len(connectkit.load_folder(folder).faq) == 1
