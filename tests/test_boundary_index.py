"""The safety screen's fast prefilter must agree with the plain alternation it replaces."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connectkit._boundary_index import BoundaryIndex, first_characters, top_level_branches
from connectkit._safety import CONCERN_ORDER, normalize_for_safety
from connectkit._safety_patterns import CUES

SAFETY = Path(__file__).parent / "safety"


def _pattern_sets() -> dict[str, list[str]]:
    sets = {}
    for concern in CONCERN_ORDER:
        sets[f"cues:{concern}"] = [cue.pattern.pattern for cue in CUES if cue.concern == concern]
    return sets


PATTERN_SETS = _pattern_sets()
INDEXES = {name: BoundaryIndex(patterns) for name, patterns in PATTERN_SETS.items()}
ALTERNATIONS = {
    name: re.compile("|".join(f"(?:{p})" for p in patterns)) for name, patterns in PATTERN_SETS.items()
}
BRANCHES = [
    (name, branch)
    for name, patterns in PATTERN_SETS.items()
    for pattern in patterns
    for branch in top_level_branches(pattern)
]


def test_top_level_branches_ignore_bars_inside_groups_and_classes() -> None:
    assert top_level_branches(r"a|b(?:c|d)|[|]e|\|f") == ["a", "b(?:c|d)", "[|]e", r"\|f"]


@pytest.mark.parametrize(
    ("pattern", "chars", "nullable", "anchored"),
    [
        (r"\bhe\b", {"h"}, False, True),
        (r"\b(?:he|she|they)\s+hit", {"h", "s", "t"}, False, True),
        (r"\b(?:very\s+)?sad", {"v", "s"}, False, True),  # an optional start lets the next atom begin
        (r"\b(?:\s*\w+){0,3}x", None, False, True),  # \w could be anything
        (r"\b(?<!me )hit", {"h"}, False, True),  # lookarounds take no characters
        (r"\b[ab]c", None, False, True),  # classes are not worked out, so they count as anything
        (r"hit\b", {"h"}, False, False),  # no leading boundary
        (r"\b\d+ times", {"\\d"}, False, True),  # \d and \s stand for their Unicode classes
        (r"\b\s*\d", {"\\s", "\\d"}, False, True),
        (r"\b(?=x)", set(), True, True),
        (r"\bab|cd", {"a", "c"}, False, False),  # one branch without a boundary: not anchored
        (r"(?:\bab)?cd", {"a", "c"}, False, False),  # an optional boundary anchors nothing
    ],
)
def test_first_characters(pattern: str, chars: set[str] | None, nullable: bool, anchored: bool) -> None:
    first = first_characters(pattern)
    assert first.chars == (None if chars is None else frozenset(chars))
    assert (first.nullable, first.anchored) == (nullable, anchored)


def test_unanchored_and_wide_patterns_are_still_found() -> None:
    index = BoundaryIndex([r"ing\b", r"\b\w+ly\b", r"\bcat"])
    assert index.search("a running dog")  # mid-word, no boundary before it
    assert index.search("she smiled warmly")
    assert index.search("the cat sat")
    assert not index.search("a dog sat")


def test_a_pattern_beginning_after_a_word_is_found() -> None:
    # Such a pattern begins at the end of a word, not at its start.
    index = BoundaryIndex([r"\b\s+x\b", r"\bcat"])
    assert index.search("ab  x")
    assert not index.search("ab  y")


def test_digits_and_spaces_from_any_script_are_found() -> None:
    # Python's \\d and \\s match far more than ASCII: Arabic-Indic digits, NEL, no-break space.
    index = BoundaryIndex([r"\b\d+\s+days\b", r"\b1st\b", r"\bx\s+y"])
    assert index.search("\u0663\u0660 days")
    assert index.search("30\x85days")
    assert index.search("x\xa0y")
    assert index.search("the 1st")
    assert index.search("\u0661 days")
    assert not index.search("thirty days")
    # a branch that begins with a space class, tried after a word
    spaced = BoundaryIndex([r"\b\s+x\b", r"\bcat"])
    assert spaced.search("a\x85x")
    assert spaced.search("a\u3000x")
    # a repeat count is ASCII only: to re, "{\u0663}" (an Arabic-Indic three) is three literal characters
    literal = "\\b{\u0663}x"
    assert re.search(literal, "a{\u0663}x")
    assert BoundaryIndex([literal]).search("a{\u0663}x")


def test_a_match_at_the_very_end_or_start_is_found() -> None:
    index = BoundaryIndex([r"\bend\b", r"\b(?=x)"])
    assert index.search("end")
    assert index.search("the end")
    assert index.search("x")
    assert not index.search("the ending")


@pytest.mark.parametrize("name", sorted(PATTERN_SETS))
def test_agrees_with_the_alternation_on_every_safety_statement(name: str) -> None:
    texts = [
        normalize_for_safety(line.split("\t")[-1])
        for path in (SAFETY / "danger.txt", SAFETY / "benign.txt")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(texts) > 1000
    disagreements = [t for t in texts if INDEXES[name].search(t) != bool(ALTERNATIONS[name].search(t))]
    assert disagreements == []


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_finds_any_text_that_a_pattern_matches(data: st.DataObject) -> None:
    # Strings built from each pattern itself, with arbitrary text around them: the
    # index must find every one that the alternation finds.
    name, branch = data.draw(st.sampled_from(BRANCHES))
    text = data.draw(st.from_regex(branch, fullmatch=False))
    assert INDEXES[name].search(text) == bool(ALTERNATIONS[name].search(text))


# ASCII text, plus characters that \w, \d and \s treat differently outside ASCII
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 .,'\n_{}" + "\u0663\x85\xa0\u3000\u00e9"


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(ALPHABET), max_size=120))
def test_agrees_on_arbitrary_text(text: str) -> None:
    for name, index in INDEXES.items():
        assert index.search(text) == bool(ALTERNATIONS[name].search(text)), name
