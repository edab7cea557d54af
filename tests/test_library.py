"""The Library API: loading, caching, lookup, filters, and nothing done at import."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from pydantic import ValidationError

import connectkit
from connectkit import Exercise, Library, Practice, Prompt, PromptSet, Story, UnknownIdError


def test_load_library_is_cached(library: Library) -> None:
    assert connectkit.load_library() is library


@pytest.mark.usefixtures("fresh_cache")
def test_cache_clear_gives_an_equal_new_library(library: Library) -> None:
    again = connectkit.load_library()
    assert again is not library
    assert [item.id for item in again] == [item.id for item in library]


def test_import_reads_no_data_and_no_yaml() -> None:
    script = textwrap.dedent(
        """
        import sys
        opened = []
        sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == "open" else None)
        import connectkit
        assert "yaml" not in sys.modules, "yaml imported"
        data = [p for p in opened if "connectkit" in p and "data" in p]
        assert not data, data
        lib = connectkit.load_library()
        assert "yaml" not in sys.modules, "built-in loading imported yaml"
        assert any(p.endswith("library.json") for p in opened)
        print(len(lib))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 100


def test_collections_are_tuples_and_items_frozen(library: Library) -> None:
    for name in ("challenges", "practices", "exercises", "prompts", "faq", "sources"):
        assert isinstance(getattr(library, name), tuple)
    with pytest.raises(AttributeError):
        library.challenges = ()  # type: ignore[misc]
    with pytest.raises(ValidationError):
        library.exercises[0].minutes = 1  # type: ignore[misc]


def test_get_and_getitem(library: Library) -> None:
    assert library.get("active-listening") is library["active-listening"]
    assert library.get("no-such-thing") is None
    assert library.get("no-such-thing", "fallback") == "fallback"
    assert "active-listening" in library
    assert "no-such-thing" not in library


def test_unknown_id_is_a_key_error_with_suggestions(library: Library) -> None:
    with pytest.raises(KeyError) as caught:
        library["active-listenin"]
    error = caught.value
    assert isinstance(error, UnknownIdError)
    assert isinstance(error, connectkit.ConnectKitError)
    assert error.suggestions[0] == "active-listening"
    assert str(error) == "unknown item id 'active-listenin'; did you mean 'active-listening'?"


def test_find_by_kind_keeps_library_order(library: Library) -> None:
    assert library.find("practice") == library.practices
    assert library.find("faq") == library.faq
    assert len(library.find()) == len(library)


def test_find_filters(library: Library) -> None:
    solo_short = library.find("exercise", participants="solo", max_minutes=10)
    assert solo_short
    assert all(isinstance(e, Exercise) and e.participants == "solo" and e.minutes <= 10 for e in solo_short)

    deep = library.find("prompt", depth=3)
    assert deep
    assert all(isinstance(p, Prompt) and p.depth == 3 for p in deep)

    theme = library.prompts[0].theme
    assert all(isinstance(p, Prompt) and p.theme == theme for p in library.find(theme=theme))

    trained = library.find(practice="active-listening")
    assert {type(i) for i in trained} <= {Exercise, Prompt, PromptSet, Story}
    assert all("active-listening" in i.practices for i in trained)  # type: ignore[union-attr]


def test_find_by_challenge_reaches_practices_and_their_items(library: Library) -> None:
    items = library.find(challenge="screen-distraction")
    practices = [i for i in items if isinstance(i, Practice)]
    assert practices == list(library.practices_for("screen-distraction"))
    helpful = {p.id for p in practices}
    others = [i for i in items if isinstance(i, Exercise | Prompt | PromptSet)]
    stories = [i for i in items if isinstance(i, Story)]
    assert len(others) + len(practices) + len(stories) == len(items)
    assert others
    assert all(helpful & set(i.practices) for i in others)
    assert stories
    assert all(story.challenge == "screen-distraction" for story in stories)


def test_find_rejects_unknown_kind_and_ids(library: Library) -> None:
    with pytest.raises(ValueError, match="unknown kind 'recipe'"):
        library.find("recipe")  # type: ignore[arg-type]
    with pytest.raises(UnknownIdError, match="unknown challenge id"):
        library.find(challenge="nope-nope")
    with pytest.raises(UnknownIdError, match="unknown practice id"):
        library.find(practice="little-time-together")


def test_challenge_lookup(library: Library) -> None:
    assert library.challenge("jealousy").id == "jealousy"
    with pytest.raises(UnknownIdError, match="did you mean 'jealousy'"):
        library.challenge("jelousy")


def test_repr_counts(library: Library) -> None:
    assert repr(library).startswith(f"<Library {len(library.challenges)} challenges, ")


def test_version_and_content_version() -> None:
    assert connectkit.__version__
    assert connectkit.CONTENT_VERSION
    with pytest.raises(AttributeError):
        connectkit.no_such_name  # noqa: B018


def test_public_api_is_sorted_and_complete() -> None:
    # isort style, as ruff keeps it: CONSTANTS, then Classes, then functions, each alphabetical
    def group(name: str) -> tuple[int, str]:
        return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

    assert list(connectkit.__all__) == sorted(connectkit.__all__, key=group)
    for name in connectkit.__all__:
        assert hasattr(connectkit, name), name
