"""Every Python example in the README and the docs runs as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "docs").glob("*.md"))


def blocks(path: Path, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_readme_embedding_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    (block,) = blocks(ROOT / "README.md", "python")
    exec(compile(block, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "little-time-together" in out


def test_every_page_is_in_the_site_navigation() -> None:
    navigation = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert [page.name for page in PAGES if page.name not in navigation] == []


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_docs_examples_run(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The pages' examples use a pack in our_content/: the first one the pack guide shows.
    (tmp_path / "our_content").mkdir()
    first_pack = blocks(ROOT / "docs" / "packs.md", "yaml")[0]
    (tmp_path / "our_content" / "prompts.yaml").write_text(first_pack, encoding="utf-8")
    (tmp_path / "our_package").mkdir()
    monkeypatch.chdir(tmp_path)
    # Later blocks build on earlier ones, as a reader would.
    namespace: dict[str, object] = {
        "__name__": "__main__",
        "__file__": str(tmp_path / "our_package" / "__init__.py"),
    }
    for block in blocks(page, "python"):
        exec(compile(block, page.name, "exec"), namespace)


def _commands(page: Path) -> list[list[str]]:
    """The connectkit command lines in a page's shell examples, as argument lists."""
    import shlex

    found = []
    for block in blocks(page, "sh"):
        for line in block.splitlines():
            words = shlex.split(line, comments=True)
            if words and words[0] == "connectkit":
                found.append(words[1:])
    return found


COMMAND_PAGES = [page for page in PAGES if _commands(page)]


@pytest.mark.parametrize("page", COMMAND_PAGES, ids=[page.name for page in COMMAND_PAGES])
def test_docs_commands_run(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from connectkit._cli import main

    (tmp_path / "our_content").mkdir()
    first_pack = blocks(ROOT / "docs" / "packs.md", "yaml")[0]
    (tmp_path / "our_content" / "prompts.yaml").write_text(first_pack, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for argv in _commands(page):
        assert main(argv) == 0, (argv, capsys.readouterr().err)


@pytest.mark.parametrize("index", range(len(blocks(ROOT / "docs" / "packs.md", "yaml"))))
def test_pack_guide_examples_load(index: int, tmp_path: Path) -> None:
    import connectkit

    example = blocks(ROOT / "docs" / "packs.md", "yaml")[index]
    (tmp_path / "pack.yaml").write_text(example, encoding="utf-8")
    library = connectkit.load_library(packs=[tmp_path], entry_points=False)
    assert (
        connectkit.lint(
            library,
            ids={item.id for item in library if item.id not in connectkit.load_library(entry_points=False)},
        )
        == ()
    )
