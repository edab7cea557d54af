"""Reading level of short English texts, by the Flesch-Kincaid grade formula.

Grade = 0.39 x (words per sentence) + 11.8 x (syllables per word) - 15.59
(Kincaid, Fishburne, Rogers & Chissom 1975). Syllables are counted by the usual
heuristic: groups of vowels, less a silent final "e". That is close enough for
short, plain sentences, which is all the content is meant to hold; on a single
sentence the formula is noisy, so the content checks cap each text loosely and
hold the average to the real target.
"""

from __future__ import annotations

import re

__all__ = ["grade", "syllables"]

_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")
_VOWEL_GROUP = re.compile(r"[aeiouy]+")


def syllables(word: str) -> int:
    """Estimated syllables in one English word (at least one)."""
    word = word.lower()
    count = len(_VOWEL_GROUP.findall(word))
    if count > 1 and word.endswith("e") and not word.endswith(("le", "ee", "ye")):
        count -= 1  # a silent final e: "make", "before"
    return max(1, count)


def grade(text: str) -> float:
    """The Flesch-Kincaid grade level of `text` (0.0 for text without words)."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    sentences = max(1, len(_SENTENCE_END.findall(text)))
    per_sentence = len(words) / sentences
    per_word = sum(syllables(word) for word in words) / len(words)
    return 0.39 * per_sentence + 11.8 * per_word - 15.59
