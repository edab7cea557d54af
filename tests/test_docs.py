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
