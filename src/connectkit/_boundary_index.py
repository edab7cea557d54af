"""Finding whether any of many word-anchored patterns matches, without trying them all everywhere.

The safety screen asks "could any of these few hundred patterns match this text?"
for every statement. One big alternation answers it, but the regex engine then tries
every alternative at every position. Nearly all of the patterns begin at a word
boundary (``\\b``) with a known letter, so a `BoundaryIndex` groups them by the
characters they can begin with and, at each word boundary of the text, tries only
the group for the character found there.

The grouping is worked out from the pattern text itself, and it errs wide: a
pattern whose first character cannot be worked out joins every group, and one that
does not begin at a word boundary is searched everywhere. ``\\d`` and ``\\s`` are
Unicode classes in Python (``"٣"`` is a digit, ``"\\x85"`` a space), so a pattern
beginning with one is grouped under the class and tried for every character of it.
So the index never misses a match the alternation would find; it only skips tries
that could not succeed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

__all__ = ["BoundaryIndex", "first_characters", "top_level_branches"]

_CLASSES: dict[str, Callable[[str], bool]] = {"\\d": str.isdecimal, "\\s": str.isspace}
"""Escapes that stand for a Unicode class, with the test Python's ``re`` applies for each."""
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")
_BOUNDARY = re.compile(r"\b")
_WIDE = 8
"""Branches that can begin with this many different characters or more share one pattern."""


@dataclass(frozen=True)
class _First:
    """What a piece of pattern can begin with."""

    chars: frozenset[str] | None
    """Characters a match can begin with, or a class such as ``\\d``; None when it could be almost any."""
    nullable: bool
    """Whether the piece can match the empty string, letting what follows begin the match."""
    anchored: bool = False
    """Whether the piece begins with a word boundary before anything else."""


def _union(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    return None if a is None or b is None else a | b


def _closing(pattern: str, start: int) -> int:
    """Index just past the group that opens at `start`."""
    depth = 0
    index = start
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(pattern, index)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    raise ValueError(f"unbalanced group at {start} in {pattern!r}")


def _class_end(pattern: str, start: int) -> int:
    """Index just past the character class that opens at `start`."""
    index = start + 1
    if index < len(pattern) and pattern[index] == "^":
        index += 1
    if index < len(pattern) and pattern[index] == "]":
        index += 1
    while index < len(pattern):
        if pattern[index] == "\\":
            index += 2
            continue
        if pattern[index] == "]":
            return index + 1
        index += 1
    raise ValueError(f"unclosed character class at {start} in {pattern!r}")


def _quantifier(pattern: str, index: int) -> tuple[bool, int]:
    """Whether a quantifier at `index` allows zero repeats, and the index past it."""
    if index >= len(pattern):
        return False, index
    char = pattern[index]
    optional = False
    if char in "?*+":
        optional = char != "+"
        index += 1
    elif char == "{" and (
        match := re.match(r"\{([0-9]*),?([0-9]*)\}", pattern[index:])
    ):  # ASCII, as re reads it
        optional = match.group(1) in ("", "0")
        index += match.end()
    else:
        return False, index
    if index < len(pattern) and pattern[index] in "?+":
        index += 1  # lazy or possessive
    return optional, index


def top_level_branches(pattern: str) -> list[str]:
    """The alternatives of `pattern` at its outermost level (``a|b(c|d)`` gives ``a`` and ``b(c|d)``)."""
    branches: list[str] = []
    start = index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
        elif char == "[":
            index = _class_end(pattern, index)
        elif char == "(":
            index = _closing(pattern, index)
        elif char == "|":
            branches.append(pattern[start:index])
            index += 1
            start = index
        else:
            index += 1
    branches.append(pattern[start:])
    return branches


def _escape(escaped: str) -> _First:
    """What an escape such as ``\\b``, ``\\s`` or ``\\.`` can begin with."""
    if escaped in _ZERO_WIDTH_ESCAPES:
        return _First(frozenset(), nullable=True, anchored=escaped == "b")
    if "\\" + escaped in _CLASSES:
        return _First(frozenset({"\\" + escaped}), nullable=False)
    if escaped.isalnum():
        return _First(None, nullable=False)  # \w, \W, \S and the like
    return _First(frozenset(escaped), nullable=False)


def _group(pattern: str, index: int, end: int) -> _First:
    """What the group from `index` to `end` can begin with."""
    if pattern.startswith(_LOOKAROUND, index):
        return _First(frozenset(), nullable=True)
    if pattern.startswith("(?:", index):
        return first_characters(pattern[index + 3 : end - 1])
    if pattern.startswith("(?P<", index):
        return first_characters(pattern[pattern.index(">", index) + 1 : end - 1])
    if pattern.startswith("(?", index):
        return _First(None, nullable=True)  # inline flags, backreferences: assume anything
    return first_characters(pattern[index + 1 : end - 1])


def _atom(pattern: str, index: int) -> tuple[_First, int]:
    """What the atom at `index` can begin with, and the index past it (before any quantifier)."""
    char = pattern[index]
    if char == "\\":
        return _escape(pattern[index + 1]), index + 2
    if char == "[":
        return _First(None, nullable=False), _class_end(pattern, index)
    if char == "(":
        end = _closing(pattern, index)
        return _group(pattern, index, end), end
    if char in "^$":
        return _First(frozenset(), nullable=True), index + 1
    return _First(None if char == "." else frozenset(char), nullable=False), index + 1


def _sequence_first(sequence: str) -> _First:
    chars: frozenset[str] | None = frozenset()
    anchored = False
    index = 0
    while index < len(sequence):
        atom, index = _atom(sequence, index)
        optional, index = _quantifier(sequence, index)
        if atom.anchored and not optional and not chars:
            anchored = True
        chars = _union(chars, atom.chars)
        if not (atom.nullable or optional):
            return _First(chars, nullable=False, anchored=anchored)
    return _First(chars, nullable=True, anchored=anchored)


def first_characters(pattern: str) -> _First:
    """What a match of `pattern` can begin with (an over-estimate, never an under-estimate)."""
    branches = [_sequence_first(branch) for branch in top_level_branches(pattern)]
    chars: frozenset[str] | None = frozenset()
    for branch in branches:
        chars = _union(chars, branch.chars)
    return _First(
        chars,
        nullable=any(b.nullable for b in branches),
        anchored=all(b.anchored for b in branches),
    )


class BoundaryIndex:
    """Answers "does any of these patterns match somewhere in the text?" quickly.

    Equivalent to searching for the alternation of all the patterns, which the
    tests check, but at each word boundary only the patterns that can begin with
    the character there are tried.
    """

    def __init__(self, patterns: Iterable[str]) -> None:
        by_char: dict[str, list[str]] = {}
        wide: list[str] = []  # branches that can begin with many characters
        wide_chars: set[str] = set()
        at_any_boundary: list[str] = []
        unanchored: list[str] = []
        for pattern in patterns:
            for branch in top_level_branches(pattern):
                first = first_characters(branch)
                if not first.anchored:
                    unanchored.append(branch)
                elif first.chars is None or first.nullable:
                    at_any_boundary.append(branch)
                elif len(first.chars) >= _WIDE:
                    wide.append(branch)
                    wide_chars.update(first.chars)
                else:
                    for char in first.chars:
                        by_char.setdefault(char, []).append(branch)

        # A branch is copied into the group of every character it can begin with, so the
        # few that can begin with many characters share one group instead. A character
        # that belongs to a class (a digit, a space) also gets the branches of its class.
        # Each group is compiled the first time its character starts a word, which keeps
        # loading quick.
        def branches_for(key: str) -> tuple[str, ...]:
            keys = [key] + [cls for cls, test in _CLASSES.items() if len(key) == 1 and test(key)]
            found = [b for k in keys for b in (*by_char.get(k, ()), *(wide if k in wide_chars else ()))]
            return tuple(dict.fromkeys(found))

        self._sources: dict[str, tuple[tuple[str, ...], ...]] = {
            key: tuple(group for group in (branches_for(key), tuple(at_any_boundary)) if group)
            for key in wide_chars.union(by_char)
        }
        self._classes = tuple((cls, test) for cls, test in _CLASSES.items() if cls in self._sources)
        self._by_key: dict[str, tuple[re.Pattern[str], ...]] = {}
        self._at_any_boundary = (_compile(at_any_boundary),) if at_any_boundary else ()
        self._anywhere = _compile(unanchored) if unanchored else None
        # When every branch begins with a word character, only the word starts whose first
        # character begins some branch need a try, and the regex engine finds those.
        word_chars_only = all(_is_word_character(key) for key in self._sources)
        self._starts = _word_starts(self._sources) if word_chars_only and not at_any_boundary else _BOUNDARY

    def _patterns(self, char: str) -> tuple[re.Pattern[str], ...]:
        key = char
        if key not in self._sources:
            key = next((cls for cls, test in self._classes if test(char)), "")
        patterns = self._by_key.get(key)
        if patterns is None:
            sources = self._sources.get(key)
            if sources is None:
                return self._at_any_boundary
            # Compiling twice in a race is harmless: both results are the same.
            patterns = self._by_key[key] = tuple(_compile(group) for group in sources)
        return patterns

    def search(self, text: str) -> bool:
        """Whether any of the patterns matches anywhere in `text`."""
        if self._anywhere is not None and self._anywhere.search(text):
            return True
        length = len(text)
        for boundary in self._starts.finditer(text):
            position = boundary.start()
            candidates = self._patterns(text[position]) if position < length else self._at_any_boundary
            for pattern in candidates:
                if pattern.match(text, position):
                    return True
        return False


def _word_starts(keys: Iterable[str]) -> re.Pattern[str]:
    """Word starts whose first character is one of `keys` (characters, or classes such as ``\\d``)."""
    members = "".join(key if key in _CLASSES else re.escape(key) for key in sorted(keys))
    return re.compile(rf"\b(?=[{members}])") if members else re.compile(r"(?!)")


def _is_word_character(key: str) -> bool:
    """Whether `key` (a character or a class) only stands for characters ``\\w`` matches."""
    return key == "\\d" or (len(key) == 1 and (key.isalnum() or key == "_"))


def _compile(branches: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{branch})" for branch in branches))
