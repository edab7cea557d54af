"""Hypothesis strategies for connectkit's open input spaces."""

from __future__ import annotations

import re

from hypothesis import strategies as st

import connectkit
from connectkit.models import ID_PATTERN

_lib = connectkit.load_library()
_CHALLENGE_IDS = [c.id for c in _lib.challenges]
_PHRASES = [p for c in _lib.challenges for p in c.phrases]

# Everyday words plus recognition phrases, so generated text often hits real matches.
_WORDS = st.sampled_from(
    [
        *_PHRASES,
        "and",
        "but",
        "we",
        "he",
        "she",
        "they",
        "never",
        "always",
        "not",
        "so",
        "I",
        "feel",
        ":)",
        "—",
        "...",
    ]
)

phrase_soup = st.lists(_WORDS, max_size=40).map(" ".join)
"""Text stitched from real recognition phrases and filler words."""

any_text = st.one_of(
    st.text(max_size=300),
    phrase_soup,
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
)
"""Arbitrary Unicode text, including control characters and surrogates-free odd code points."""

challenge_ids = st.sampled_from(_CHALLENGE_IDS)

_ID_LIKE = re.compile(ID_PATTERN)
free_text_items = any_text.filter(lambda t: not (_ID_LIKE.fullmatch(t.strip()) and "-" in t))
"""Free text that recommend() will not mistake for a (mistyped) challenge id."""

stated_lists = st.lists(st.one_of(challenge_ids, free_text_items), max_size=5)
"""Iterables that mix challenge ids and free text."""
