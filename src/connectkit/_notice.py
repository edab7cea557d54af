"""The words of a safety notice, and putting one together."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ._resources import load_resources, select_resources
from .models import Resource, SafetyConcern
from .recommendation import SafetyNotice

__all__ = ["build_notice"]

# Calm, short, hopeful; no advice to confront or to leave, and nothing the person wrote.
_MESSAGES: dict[frozenset[SafetyConcern], str] = {
    frozenset({"partner-violence"}): (
        "Some of what you wrote suggests you may not always feel safe with your partner. "
        "You deserve to be safe, and you do not have to sort this out on your own. "
        "The people below are trained to listen, confidentially, and can help you think "
        "through what is right for you, at your own pace. If you are in danger right now, "
        "call your local emergency number."
    ),
    frozenset({"self-harm"}): (
        "What you wrote sounds really painful. You do not have to hold all of this by yourself. "
        "Talking with someone can help, and the people below are ready to listen, "
        "confidentially. Feelings this heavy can ease with support. If you feel you might "
        "act on thoughts of harming yourself, call your local emergency number now."
    ),
    frozenset({"partner-violence", "self-harm"}): (
        "What you wrote sounds very hard, and you deserve to be safe. "
        "You do not have to face this alone. The people below are trained to listen, "
        "confidentially, and can help you find support that feels right for you. "
        "If you or anyone else is in danger right now, call your local emergency number."
    ),
}


# For a check-in, where the person rated statements rather than wrote anything.
_CHECKIN_MESSAGE = (
    "Your answer says you may not always feel safe with your partner. "
    "You deserve to be safe, and you do not have to sort this out on your own. "
    "The people below are trained to listen, confidentially, and can help you think "
    "through what is right for you, at your own pace. If you are in danger right now, "
    "call your local emergency number."
)


def build_notice(
    concerns: Sequence[SafetyConcern],
    country: str | None,
    resources: Iterable[Resource],
    *,
    from_checkin: bool = False,
) -> SafetyNotice:
    """The notice for these concerns, with resources for `country` (or international ones).

    `from_checkin` words the message for a check-in answer rather than a statement.
    """
    served, chosen = select_resources(resources, concerns, country)
    if not chosen:
        # A notice must always say whom to contact: fall back to the built-in list.
        served, chosen = select_resources(load_resources(), concerns, country)
    return SafetyNotice(
        concerns=tuple(concerns),
        message=_CHECKIN_MESSAGE if from_checkin else _MESSAGES[frozenset(concerns)],
        resources=chosen,
        country=served,
    )
