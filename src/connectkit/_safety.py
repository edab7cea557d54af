"""Screening free text for words that suggest danger.

The screen errs towards safety: when a statement could be read as a disclosure of
violence, control, sexual coercion or thoughts of self-harm, it is flagged. It
returns only concern ids; it never keeps or reports the words it saw, so a notice
built from it cannot echo what the person wrote.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ._boundary_index import BoundaryIndex
from ._safety_model import load_model, safety_features
from ._safety_patterns import (
    CONSENT,
    CONTROL_CONDITION,
    CUES,
    HISTORY,
    MODEL_GATES,
    PLAYFUL_REASON,
    PLAYFUL_THREAT,
    REPORTED,
    RULED_OUT,
    SERIOUS,
    TRIVIAL,
    Cue,
)
from ._text import normalize
from .models import SafetyConcern

__all__ = ["CONCERN_ORDER", "ScreenHit", "normalize_for_safety", "screen", "screen_hits"]

CONCERN_ORDER: tuple[SafetyConcern, ...] = ("partner-violence", "self-harm")
"""Concerns in the order a notice lists them."""

# Chat spellings without apostrophes, so "dont" and "wont" read like "don't" and "won't".
_CHAT_SPELLINGS = {
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "wont": "will not",
    "cant": "can not",
    "isnt": "is not",
    "wasnt": "was not",
    "arent": "are not",
    "werent": "were not",
    "wouldnt": "would not",
    "couldnt": "could not",
    "shouldnt": "should not",
    "havent": "have not",
    "hasnt": "has not",
    "hadnt": "had not",
    "aint": "is not",
    "im": "i am",
    "whats": "what is",
    # Scots
    "tae": "to",
    "deid": "dead",
    "heid": "head",
    "cannae": "can not",
    "dinnae": "do not",
    "hame": "home",
    "thats": "that is",
    "theres": "there is",
    "ive": "i have",
    "hes": "he is",
    "shes": "she is",
    "theyre": "they are",
    "youre": "you are",
    "theyd": "they would",
    "theyll": "they will",
    "itll": "it will",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "u": "you",
    "ur": "your",
    "cuz": "because",
    "coz": "because",
    "bc": "because",
    "b4": "before",
    "ppl": "people",
    "rn": "right now",
    "idk": "i do not know",
    "tbh": "to be honest",
}
_CHAT = re.compile(r"\b(" + "|".join(_CHAT_SPELLINGS) + r")\b")
_SPACES = re.compile(r"[^\S\n]+")
# Clause boundaries stop a negation from reaching past them ("he never hit me, but he chokes me").
_CLAUSE_BREAK = re.compile(
    r"[.!?;:\n]|,\s*(?:but|and|yet|though|although|however)\b|\b(?:but|however|although|though|yet)\b"
)
_NEGATORS = frozenset(
    {"not", "never", "no", "nothing", "none", "nobody", "nor", "without", "neither", "hardly"}
)
_NEGATION_WINDOW = 4
_REPORTING = frozenset(
    {
        "know",
        "knows",
        "knew",
        "idea",
        "realise",
        "realize",
        "realises",
        "realizes",
        "notice",
        "notices",
        "noticed",
        "believe",
        "believes",
        "suspect",
        "suspects",
        "see",
        "sees",
        "tell",
        "told",
        "clue",
        "aware",
    }
)
# Words that bring a past pattern into the present ("hurting myself again, like in high school").
_CURRENT = re.compile(
    r"\b(?:again|started|lately|recently|these days|now|this week|last night|since|still)\b"
)
# Said right beside a cue, these mean no harm was meant; "said it was an accident" is not
# among them, and neither is one in quotes ("pushed her down the steps 'by accident'").
_ACCIDENT = re.compile(
    r"(?<![\"'])\b(?:by accident|accidentally|by mistake|in (?:his|her|their|my) sleep)\b(?![\"'])"
)
# Keeping a pet or a child from harm, not the person.
_PROTECTIVE = re.compile(
    r"\bso (?:that )?the (?:dog|dogs|cat|puppy|kitten|kids?|baby|toddler) "
    r"(?:would not|could not|does not|did not|can not|cannot|will not) "
    r"(?:bolt|escape|get out|run out|run off|fall|get hurt|get in)\b"
    r"|\bto (?:stop|keep) (?:me|her|him|them) (?:from )?"
    r"(?:stepping|stepped|walking|running|falling|tripping|slipping) "
    r"(?:into|in front of|onto|off|out in front of) (?:the |a )?"
    r"(?:road|traffic|street|cycle lane|bike lane|car|bus|bike|tram|edge|kerb|curb)\b"
    r"|\bso i (?:could not|would not|can not|cannot) drive\b"
    r"[^.!?]{0,30}?\b(?:after|drunk|tipsy|party|pub|drinks)\b"
)
# Safe now, said of the present: a past ordeal told as history is over.
_SAFE_NOW = re.compile(
    r"\b(?:we|i|and i)\s+(?:are|am|feel)\s+(?:(?!not\b|never\b|no\b)\w+\s+){0,3}?safe\b"
    r"|\bno contact\b|\bi left (?:him |her |them )?in (?:19|20)\d\d\b"
)
# A ruled-out mention followed by "but" and more does not rule the statement out.
_DISCLOSURE_AFTER = re.compile(r"\b(?:but|though|however|although)\b")
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
# After a negation these say the harm happened before ("he has not hit me since the summer",
# "she has not hurt me in ages"), unless they only count from the start ("since we met").
_PAST_MARKERS = re.compile(
    r"\W*(?:\w+\W+){0,3}?"
    r"(?:(?:since|anymore|lately|recently|again)\b(?!\s+(?:we|i)\s+(?:first\s+)?(?:met|got together))"
    r"|(?:in|for)\s+(?:ages|a while|a bit|months|weeks|a few (?:weeks|months)|a couple of (?:weeks|months))"
    r"\b)"
)


@dataclass(frozen=True)
class ScreenHit:
    """A cue that fired, for tests and the report. Never shown to the person."""

    concern: SafetyConcern
    cue: str


def normalize_for_safety(text: str) -> str:
    """Fold case, accents and apostrophes; expand contractions and chat spellings."""
    folded = _CHAT.sub(lambda m: _CHAT_SPELLINGS[m.group(1)], normalize(text))
    return _SPACES.sub(" ", folded).strip()


@functools.lru_cache(maxsize=16)
def _break_ends(pattern: re.Pattern[str], text: str) -> tuple[int, ...]:
    """End offsets of every break in `text`, found once per text (cues ask many times)."""
    return tuple(match.end() for match in pattern.finditer(text))


def _last_break_before(pattern: re.Pattern[str], text: str, position: int) -> int:
    ends = _break_ends(pattern, text)
    index = bisect.bisect_right(ends, position) - 1
    return ends[index] if index >= 0 else 0


def _clause_start(text: str, position: int) -> int:
    return _last_break_before(_CLAUSE_BREAK, text, position)


def _sentence(text: str, start: int, end: int) -> str:
    left = _last_break_before(_SENTENCE_BREAK, text, start)
    right = _SENTENCE_BREAK.search(text, end)
    return text[left : right.start() if right else len(text)]


def _negated(text: str, start: int, end: int) -> bool:
    """Whether a negation just before the cue, or inside it, rules the cue out."""
    if _PAST_MARKERS.match(text, end):
        return False  # "he has not hit me since the summer" tells of harm before
    before = re.findall(r"\w+", text[_clause_start(text, start) : start])[-_NEGATION_WINDOW:]
    if before and before[-1] == "if":
        return True  # a hypothetical: "if he ever hit me"
    inside = re.findall(r"\w+", text[start:end])
    for index, word in enumerate(before):
        # "nobody knows that he hits me" reports a disclosure; it does not negate it.
        if word in _NEGATORS and not _REPORTING.intersection(before[index + 1 :]):
            return True
    return any(word in _NEGATORS and word != "without" for word in inside)


# One index per concern finds quickly whether any of its cues could fire, so the cues
# (with their context checks) only run on the few statements that need them.
_ANY_CUE = {
    concern: BoundaryIndex(cue.pattern.pattern for cue in CUES if cue.concern == concern)
    for concern in CONCERN_ORDER
}
# The gate entries are short word patterns, for which one alternation is quicker than an index.
_GATES = {
    concern: re.compile(r"\b(?:" + "|".join(MODEL_GATES[concern]) + r")\b") for concern in CONCERN_ORDER
}


@functools.lru_cache(maxsize=16)
def _playful_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of threats made in play (the threat, not its condition): the condition is trivial
    or laughed off and names nothing a controlling threat is about. Asked once per cue, so kept
    for the text being screened (see `_forget`)."""
    if SERIOUS.search(text):
        return ()
    return tuple(
        (match.start(), match.start("condition"))
        for match in PLAYFUL_THREAT.finditer(text)
        if (PLAYFUL_REASON.search(match["condition"]) or TRIVIAL.search(match["condition"]))
        and not CONTROL_CONDITION.search(match["condition"])
    )


def _in_play(text: str, start: int, end: int) -> bool:
    """Whether a cue's match overlaps a threat made in play."""
    return any(left < end and start < right for left, right in _playful_spans(text))


def _fires(cue: Cue, text: str) -> bool:
    for match in cue.pattern.finditer(text):
        if cue.negatable and _negated(text, match.start(), match.end()):
            continue
        sentence = _sentence(text, match.start(), match.end())
        if cue.hyperbole and TRIVIAL.search(sentence) and not SERIOUS.search(text):
            continue
        if cue.reported and REPORTED.search(sentence):
            continue
        if cue.consent and CONSENT.search(text):
            continue
        if (
            cue.history
            and HISTORY.search(sentence)
            and (not _CURRENT.search(sentence) or _SAFE_NOW.search(text))
        ):
            continue
        if cue.concern == "partner-violence" and (
            _ACCIDENT.search(text, max(0, match.start() - 25), match.end() + 30)
            or _PROTECTIVE.search(sentence)
            or _in_play(text, match.start(), match.end())
        ):
            continue  # "locked me out by accident", "blocked the door so the dog would not bolt"
        # A ruled-out mention counts in the cue's own clause or after it ("..., not in any
        # danger"), never from an earlier sentence ("The kids are safe. I want to die.").
        if (
            cue.concern == "self-harm"
            and cue.negatable
            and RULED_OUT.search(text, _clause_start(text, match.start()))
        ):
            continue
        return True
    return False


def _forget() -> None:
    """Drop screened text from the caches: the library keeps no text it was given."""
    _break_ends.cache_clear()
    _playful_spans.cache_clear()


def screen_hits(text: str) -> list[ScreenHit]:
    """Every cue that fires on `text`, in cue order, then the learned model's verdicts."""
    prepared = normalize_for_safety(text)
    hits = [ScreenHit(cue.concern, cue.name) for cue in CUES if _fires(cue, prepared)]
    hits.extend(ScreenHit(concern, "learned-model") for concern in _model_raises(prepared, CONCERN_ORDER))
    _forget()
    return hits


def _model_raises(prepared: str, concerns: Iterable[SafetyConcern]) -> list[SafetyConcern]:
    """The concerns the learned model raises; without a gate word it needs a stronger signal."""
    concerns = list(concerns)
    if not concerns:
        return []
    model, features = load_model(), safety_features(prepared)
    raised: list[SafetyConcern] = []
    for concern in concerns:
        probability = model.probability(concern, features)
        if probability < model.lower_threshold(concern):
            continue  # below either bar: the usual case, decided without the contexts
        gated = bool(_GATES[concern].search(prepared))
        if gated and concern == "partner-violence" and _benign_context(prepared):
            gated = False
        if probability >= model.threshold(concern, gated=gated):
            raised.append(concern)
    if raised and _ruled_out(prepared):
        return []  # "I'm safe, I just want to feel like myself again"
    return raised


def _benign_context(prepared: str) -> bool:
    """An arrangement both chose, an accident, keeping someone from harm ("grabbed my arm to
    stop me walking into traffic") or a threat made in play: the model needs the stronger signal."""
    return bool(
        CONSENT.search(prepared)
        or _ACCIDENT.search(prepared)
        or _PROTECTIVE.search(prepared)
        or _playful_spans(prepared)
    )


def _ruled_out(prepared: str) -> bool:
    """Whether a sentence rules danger out and no "but" brings it back."""
    return any(RULED_OUT.search(sentence) for sentence in _SENTENCE_BREAK.split(prepared)) and not bool(
        _DISCLOSURE_AFTER.search(prepared)
    )


def screen(texts: Iterable[str]) -> tuple[SafetyConcern, ...]:
    """The safety concerns raised by any of `texts`, in `CONCERN_ORDER`; empty when none."""
    raised: set[SafetyConcern] = set()
    for text in texts:
        prepared = normalize_for_safety(text)
        for concern in CONCERN_ORDER:
            if (
                concern not in raised
                and _ANY_CUE[concern].search(prepared)
                and any(cue.concern == concern and _fires(cue, prepared) for cue in CUES)
            ):
                raised.add(concern)
        raised.update(_model_raises(prepared, [c for c in CONCERN_ORDER if c not in raised]))
    _forget()
    return tuple(concern for concern in CONCERN_ORDER if concern in raised)
