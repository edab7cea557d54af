"""English function words: the grammar of a sentence rather than its topic.

Checks that compare what two texts are about (near-duplicate prompts, how well an
item fits a challenge) leave these out, so that two texts do not look alike only
because both ask "what" or say "we".
"""

from __future__ import annotations

from ._text import stem

__all__ = ["FUNCTION_STEMS", "FUNCTION_WORDS"]

FUNCTION_WORDS = frozenset(
    """
    a about above after again against all also am an and any are around as at back be because
    been before being below between both but by can could did do does doing done down during
    each even ever every few for from further get gets getting got had has have having he her
    here hers herself him himself his how i if in into is it its itself just like lot lots me
    might more most much must my myself no nor not now of off often on once one only or other
    our ours ourselves out over own quite rather really same shall she should so some such than
    that the their theirs them themselves then there these they thing things this those though
    through to too under until up upon us very was we were what whatever when where whether which
    while who whom whose why will with within without would yet you your yours yourself
    yourselves
    """.split()  # noqa: SIM905 - a word list reads better as prose than as quoted items
)
FUNCTION_STEMS = frozenset(stem(word) for word in FUNCTION_WORDS)
"""The stems of `FUNCTION_WORDS`, as `_text.tokenize` gives them."""
