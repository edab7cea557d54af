"""Turning free text into comparable word stems.

Both the recognition phrases in the content and whatever a person types go through
the same steps, so that "Talked", "talking" and "talks" meet on one stem and curly
apostrophes, accents and odd spacing do not get in the way.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

__all__ = ["Token", "fold", "normalize", "stem", "tokenize"]

# Apostrophe-like characters people's keyboards produce, folded to "'".
_APOSTROPHES = str.maketrans(dict.fromkeys("‘’‛ʼ′´`", "'"))

# Contractions whose "not" must survive as its own word ("doesn't listen" -> "does not listen").
_IRREGULAR_NEGATIONS = {
    "can't": "can not",
    "cannot": "can not",
    "won't": "will not",
    "shan't": "shall not",
    "ain't": "is not",
}
_NEGATION = re.compile(r"\b(\w+)n't\b")
_IRREGULAR = re.compile(r"\b(" + "|".join(re.escape(k) for k in _IRREGULAR_NEGATIONS) + r")\b")
# Other clitics carry little meaning for matching; dropping them keeps "we're" == "we are"-ish.
_CLITIC = re.compile(r"'(?:s|re|ve|ll|d|m)\b")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)

_STEMMER = snowballstemmer.stemmer("english")

# Possessives and articles stand in for one another, so a phrase written as "on the
# phone" also matches "on his phone", "on her phone" and "on their phone".
_DETERMINERS = frozenset({"the", "his", "her", "their", "my", "your", "our", "its"})
_DETERMINER_STEM = "<det>"


def fold(text: str) -> str:
    """Fold case, compatibility forms, accents and apostrophes; expand negated contractions."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_APOSTROPHES).casefold()
    text = _IRREGULAR.sub(lambda m: _IRREGULAR_NEGATIONS[m.group(1)], text)
    return _NEGATION.sub(r"\1 not", text)


def normalize(text: str) -> str:
    """`fold`, then drop the remaining clitics ("we're" -> "we"), for matching phrases."""
    return _CLITIC.sub("", fold(text))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball English stem of one lower-case word; determiners share one stem."""
    if word in _DETERMINERS:
        return _DETERMINER_STEM
    return str(_STEMMER.stemWord(word))


class Token:
    """One word of a text: its normalised surface form and its stem."""

    __slots__ = ("stem", "word")

    def __init__(self, word: str) -> None:
        self.word = word
        self.stem = stem(word)

    def __repr__(self) -> str:
        return f"Token({self.word!r})"


def tokenize(text: str) -> list[Token]:
    """Split text into normalised word tokens, in order."""
    return [Token(match.group()) for match in _WORD.finditer(normalize(text))]
