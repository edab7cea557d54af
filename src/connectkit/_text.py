"""Turning free text into comparable word stems.

Both the recognition phrases in the content and whatever a person types go through
the same steps, so that "Talked", "talking" and "talks" meet on one stem and curly
apostrophes, accents and odd spacing do not get in the way.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

__all__ = ["CONTRASTS", "INTENSIFIERS", "NEGATORS", "Token", "fold", "normalize", "stem", "tokenize"]

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
# Other contractions are spelled out, so "it's all logistics" reads "it is all logistics"
# and "we're" meets "we are"; a possessive 's is dropped ("partner's" -> "partner").
_CONTRACTIONS = (
    (re.compile(r"\bother half\b"), "partner"),
    (
        re.compile(
            r"\b(he|she|it|that|there|who|everyone|nobody|someone)'s (been|got|gotten|had|done|made|taken)\b"
        ),
        r"\1 has \2",
    ),
    (re.compile(r"\b(he|she|it|that|there|what|who|where|everything|everyone|nobody|someone)'s\b"), r"\1 is"),
    (re.compile(r"'s\b"), ""),
    (re.compile(r"'m\b"), " am"),
    (re.compile(r"'re\b"), " are"),
    (re.compile(r"'ve\b"), " have"),
    (re.compile(r"'ll\b"), " will"),
    (re.compile(r"'d\b"), " would"),
)

_STEMMER = snowballstemmer.stemmer("english")
_STEMMER_LOCK = threading.Lock()

# Possessives and articles stand in for one another, so a phrase written as "on the
# phone" also matches "on his phone", "on her phone" and "on their phone".
_DETERMINERS = frozenset({"the", "his", "her", "their", "my", "your", "our", "its"})
_DETERMINER_STEM = "<det>"


def fold(text: str) -> str:
    """Fold case, compatibility forms, accents and apostrophes; expand negated contractions."""
    if not text.isascii():  # plain ASCII has no compatibility forms or accents to fold
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_APOSTROPHES).casefold()
    text = _IRREGULAR.sub(lambda m: _IRREGULAR_NEGATIONS[m.group(1)], text)
    return _NEGATION.sub(r"\1 not", text) if "'" in text else text


def normalize(text: str) -> str:
    """`fold`, then spell out the remaining contractions ("we're" -> "we are")."""
    folded = fold(text)
    # Only "other half" needs no apostrophe; the rest are skipped when there is none.
    for pattern, replacement in _CONTRACTIONS if "'" in folded else _CONTRACTIONS[:1]:
        folded = pattern.sub(replacement, folded)
    return folded


# Words people use interchangeably for the same thing, folded to one stem so that a
# phrase written one way matches the others ("on the phone" / "on his mobile").
_SYNONYMS = {
    "<partner>": (
        "partner",
        "husband",
        "wife",
        "boyfriend",
        "girlfriend",
        "bf",
        "gf",
        "hubby",
        "wifey",
        "spouse",
        "fiance",
        "fiancee",
        "fiancé",
        "fiancée",
        "missus",
        "fella",
        "other half",
    ),
    "phone": ("phone", "phones", "mobile", "mobiles", "cellphone", "cell", "iphone", "smartphone"),
    "tv": ("tv", "telly", "television"),
    "mother": ("mum", "mom", "mam", "mummy", "mommy", "mother"),
    "father": ("dad", "daddy", "father"),
    "kid": ("kid", "kids", "child", "children", "kiddo", "kiddos"),
}
_SYNONYM_OF = {word: canon for canon, words in _SYNONYMS.items() for word in words if " " not in word}

# Words that negate what follows them in a clause.
NEGATORS = frozenset(
    {"not", "never", "no", "nobody", "nothing", "hardly", "barely", "rarely", "seldom", "without"}
)
# Words that shift weight onto what follows them: "we're fine, but he never listens".
CONTRASTS = frozenset({"but", "though", "although", "however", "except", "yet"})
# Words that say a thing is strong or frequent.
INTENSIFIERS = frozenset(
    {
        "always",
        "constantly",
        "never",
        "so",
        "really",
        "completely",
        "totally",
        "every",
        "all",
        "utterly",
        "literally",
        "seriously",
        "extremely",
        "too",
        "just",
        "anymore",
        "forever",
        "again",
    }
)
# Words, or the punctuation that ends a clause.
_WORD_OR_BREAK = re.compile(r"([^\W_]+)|[.!?;:,\n]+", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?\n]")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The comparable stem of one lower-case word: synonyms and determiners folded, then Snowball."""
    if word in _DETERMINERS:
        return _DETERMINER_STEM
    canon = _SYNONYM_OF.get(word)
    if canon is not None:
        return canon
    with _STEMMER_LOCK:  # the Snowball stemmer keeps state while it works: one word at a time
        return str(_STEMMER.stemWord(word))


class Token:
    """One word of a text: its normalised form, its stem, and the clause it sits in."""

    __slots__ = ("clause", "sentence", "stem", "word")

    def __init__(self, word: str, clause: int = 0, sentence: int = 0) -> None:
        self.word = word
        self.stem = stem(word)
        self.clause = clause
        self.sentence = sentence

    def __repr__(self) -> str:
        return f"Token({self.word!r})"


def tokenize(text: str) -> list[Token]:
    """Split text into normalised word tokens, in order, numbering the clauses."""
    tokens: list[Token] = []
    clause = sentence = 0
    pending_clause = pending_sentence = False
    for match in _WORD_OR_BREAK.finditer(normalize(text)):
        word = match.group(1)
        if word is None:
            pending_clause = True
            pending_sentence = pending_sentence or bool(_SENTENCE_END.search(match.group()))
            continue
        if pending_clause or word in CONTRASTS:
            clause += 1
        if pending_sentence:
            sentence += 1
        pending_clause = pending_sentence = False
        tokens.append(Token(word, clause, sentence))
    return tokens
