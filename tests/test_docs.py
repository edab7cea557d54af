"""The README's embedding example runs as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def python_blocks(path: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_readme_embedding_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    (block,) = python_blocks(ROOT / "README.md")
    exec(compile(block, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "little-time-together" in out


@pytest.mark.parametrize("page", ["getting-started.md", "safety.md", "recommendations.md"])
def test_docs_examples_run(page: str) -> None:
    namespace: dict[str, object] = {}  # later blocks build on earlier ones, as a reader would
    for block in python_blocks(ROOT / "docs" / page):
        exec(compile(block, page, "exec"), namespace)
