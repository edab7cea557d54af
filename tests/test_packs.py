"""Content packs: folders and installed packages, replace and hide, and hostile YAML."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Callable, Iterator
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

import connectkit
from connectkit import ContentError, _loading, _yaml_files
from connectkit._cli import main

NEW_PROMPT = """\
prompts:
  - id: p-pack-extra-01
    text: "What would a perfect rainy afternoon at home look like for you?"
    depth: 1
    theme: fun-and-play
    practices: [shared-activities]
"""

REPLACED_PROMPT = """\
replace: [p-knowing-each-other-01]
prompts:
  - id: p-knowing-each-other-01
    text: "Which small thing lifts your mood when a day has gone badly?"
    depth: 1
    theme: knowing-each-other
    practices: [love-maps]
"""


def problems_of(action: Callable[[], object]) -> list[connectkit.ContentProblem]:
    with pytest.raises(ContentError) as caught:
        action()
    return list(caught.value.problems)


def test_a_pack_adds_items(write_pack: Callable[..., Path], library: connectkit.Library) -> None:
    combined = connectkit.load_library(packs=write_pack(NEW_PROMPT))
    assert len(combined) == len(library) + 1
    assert "p-pack-extra-01" in combined
    assert "p-pack-extra-01" not in library  # the built-in library is untouched


def test_replace_must_be_explicit(write_pack: Callable[..., Path]) -> None:
    replaced = connectkit.load_library(packs=write_pack(REPLACED_PROMPT))
    assert replaced["p-knowing-each-other-01"].text.startswith("Which small thing")  # type: ignore[union-attr]

    without = REPLACED_PROMPT.replace("replace: [p-knowing-each-other-01]\n", "")
    problems = problems_of(lambda: connectkit.load_library(packs=write_pack(without)))
    assert len(problems) == 1
    assert problems[0].item_id == "p-knowing-each-other-01"
    assert "duplicate id, already used by a prompt in connectkit/data/library.json" in problems[0].message
    assert problems[0].file.endswith("content.yaml")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            "replace: [no-such-item]\n" + NEW_PROMPT,
            "cannot replace 'no-such-item': no earlier content has that id",
            id="replace-unknown",
        ),
        pytest.param(
            "replace: [active-listening]\n" + NEW_PROMPT,
            "a pack that replaces an item must define the new one",
            id="replace-without-new-item",
        ),
        pytest.param(
            REPLACED_PROMPT.replace("replace: [p-knowing-each-other-01]", "replace: [love-maps]").replace(
                "id: p-knowing-each-other-01", "id: love-maps"
            ),
            "cannot replace a practice with a prompt",
            id="replace-other-kind",
        ),
        pytest.param(
            REPLACED_PROMPT.replace("replace:", "hide:"),
            "a pack cannot hide an item it also defines",
            id="hide-and-define",
        ),
        pytest.param("hide: [Not An Id]\n", "not an id: 'Not An Id'", id="hide-bad-id"),
    ],
)
def test_wrong_directives_are_named(write_pack: Callable[..., Path], text: str, message: str) -> None:
    problems = problems_of(lambda: connectkit.load_library(packs=write_pack(text)))
    assert [p.message for p in problems if message in p.message], problems
    assert all(p.line is not None for p in problems if message in p.message)


def test_hide_leaves_an_item_out_and_names_what_still_uses_it(write_pack: Callable[..., Path]) -> None:
    hidden = connectkit.load_library(packs=write_pack("hide: [p-knowing-each-other-01]\n"))
    assert "p-knowing-each-other-01" not in hidden

    problems = problems_of(
        lambda: connectkit.load_library(packs=write_pack("hide: [set-weekly-check-in]\n" + "hide2: []\n"))
    )
    assert any("unknown section 'hide2'" in p.message for p in problems)

    problems = problems_of(lambda: connectkit.load_library(packs=write_pack("hide: [p-appreciation-01]\n")))
    # The weekly check-in prompt set asks that prompt.
    assert [(p.item_id, p.field) for p in problems] == [("set-weekly-check-in", "stages.0.prompts.0")]
    assert "'p-appreciation-01' is hidden by" in problems[0].message
    assert "content.yaml:1" in problems[0].message


@pytest.fixture
def installed_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Pretend a package declaring a `connectkit.packs` entry point is installed."""
    points: list[EntryPoint] = []

    def install(value: str) -> None:
        points.append(EntryPoint(name=f"pack{len(points)}", value=value, group=_loading.ENTRY_POINT_GROUP))

    module = tmp_path / "fake_connectkit_pack.py"
    folder = tmp_path / "fake_pack_content"
    folder.mkdir()
    (folder / "prompts.yaml").write_text(NEW_PROMPT, encoding="utf-8")
    module.write_text(
        textwrap.dedent(
            f"""
            from pathlib import Path
            FOLDER = Path({str(folder)!r})
            def folder():
                return FOLDER
            def broken():
                raise RuntimeError("no content here")
            """
        ),
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(
        "importlib.metadata.entry_points", lambda group: [p for p in points if p.group == group]
    )
    _loading.clear_caches()
    yield install
    _loading.clear_caches()
    sys.modules.pop("fake_connectkit_pack", None)


def test_installed_packs_are_found_and_can_be_turned_off(installed_pack: Callable[[str], None]) -> None:
    installed_pack("fake_connectkit_pack:folder")
    assert "p-pack-extra-01" in connectkit.load_library()
    assert connectkit.load_library() is connectkit.load_library()  # still cached
    assert "p-pack-extra-01" not in connectkit.load_library(entry_points=False)
    rec = connectkit.recommend("we're both so busy we barely talk anymore")
    assert rec.practices


def test_an_installed_pack_may_name_its_folder_directly(installed_pack: Callable[[str], None]) -> None:
    installed_pack("fake_connectkit_pack:FOLDER")
    assert "p-pack-extra-01" in connectkit.load_library()


def test_a_broken_installed_pack_is_a_clear_error(installed_pack: Callable[[str], None]) -> None:
    installed_pack("fake_connectkit_pack:broken")
    problems = problems_of(connectkit.load_library)
    assert len(problems) == 1
    assert problems[0].file == "entry point 'pack0' (fake_connectkit_pack:broken)"
    assert problems[0].message == "cannot load: no content here"
    assert "p-pack-extra-01" not in connectkit.load_library(entry_points=False)


BILLION_LAUGHS = """\
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
prompts: [*d, *d, *d, *d, *d, *d, *d, *d, *d]
"""


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        pytest.param("prompts:\n  - id: [unclosed\n", 3, "invalid YAML", id="malformed"),
        pytest.param(BILLION_LAUGHS, 1, "anchors and aliases (& and *) are not allowed", id="alias-bomb"),
        pytest.param(NEW_PROMPT + "    depth: 2\n", 7, "found duplicate key 'depth'", id="duplicate-key"),
        pytest.param(NEW_PROMPT.replace("depth: 1", "depth: deep"), 2, "valid integer", id="wrong-type"),
    ],
)
def test_hostile_or_broken_yaml_is_one_clear_line(
    write_pack: Callable[..., Path], capsys: pytest.CaptureFixture[str], text: str, line: int, message: str
) -> None:
    folder = write_pack(text)
    assert main(["validate", str(folder)]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    lines = captured.out.splitlines()
    assert any(f"content.yaml:{line}:" in out and message in out for out in lines), lines


def test_oversized_files_are_not_read(
    write_pack: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(_yaml_files, "MAX_FILE_BYTES", 100)
    folder = write_pack(NEW_PROMPT)
    assert main(["validate", str(folder)]) == 1
    out = capsys.readouterr().out
    size = len(NEW_PROMPT.encode("utf-8"))
    assert f"content.yaml: file is {size} bytes; content files may hold 100" in out


def test_validate_a_clean_pack(write_pack: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(write_pack(NEW_PROMPT))]) == 0
    assert "passes every content check" in capsys.readouterr().err
    assert main(["validate", str(write_pack(NEW_PROMPT) / "missing")]) == 1
    assert "not a folder of YAML content" in capsys.readouterr().out
