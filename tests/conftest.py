from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings

import connectkit
from connectkit import _loading

# Property tests explore new examples on every run by default. CI sets
# HYPOTHESIS_PROFILE=ci, which replays the same examples each time (a failure there
# is then reproducible from the log).
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

FIXTURES = Path(__file__).parent / "fixtures"
MINIMAL_PACK = FIXTURES / "minimal_pack" / "content.yaml"


@pytest.fixture(scope="session")
def library() -> connectkit.Library:
    return connectkit.load_library()


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    _loading.clear_caches()
    yield
    _loading.clear_caches()


@pytest.fixture
def write_pack(tmp_path: Path) -> Callable[..., Path]:
    """Write YAML text as a one-file pack and return the folder."""

    def write(text: str, name: str = "content.yaml") -> Path:
        folder = tmp_path / "pack"
        folder.mkdir(exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
        return folder

    return write


@pytest.fixture
def minimal_yaml() -> str:
    return MINIMAL_PACK.read_text(encoding="utf-8")
