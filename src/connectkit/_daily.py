"""`daily_prompt()`: one shared question a day for a couple, with no server and no state.

Both partners' devices call ``daily_prompt(couple_id, date)`` and get the same
prompt, because the answer depends only on those arguments and the library. Each
couple walks its own shuffled order of the eligible prompts, so a prompt comes back
only after every other eligible prompt has had its day, and two couples see
different orders. A weekly rhythm keeps weekdays light and weekends deeper: each
day of the week draws from its own depth band, and each band has its own order.
"""

from __future__ import annotations

import datetime
import hashlib
import random
from collections.abc import Iterable, Sequence

from ._library import Library
from ._loading import load_library
from .models import Prompt

__all__ = ["DEFAULT_RHYTHM", "daily_prompt"]

DEFAULT_RHYTHM: tuple[tuple[int, ...], ...] = ((1, 2), (1, 2), (1, 2), (1, 2), (1, 2), (3, 4), (3, 4))
"""Depths for each day of the week, Monday first: light on weekdays, deeper at weekends."""


def _check_rhythm(rhythm: Sequence[Sequence[int]]) -> tuple[frozenset[int], ...]:
    bands = tuple(frozenset(day) for day in rhythm)
    if len(bands) != 7:
        raise ValueError(f"rhythm must give depths for each of the 7 days of the week, got {len(bands)}")
    for band in bands:
        if not band or not band <= {1, 2, 3, 4}:
            raise ValueError(f"each day of the rhythm needs depths from 1 to 4, got {sorted(band)}")
    distinct = set(bands)
    for a in distinct:
        for b in distinct:
            if a != b and a & b:
                # Overlapping bands would share prompts, so one could return within a cycle.
                pair = f"{sorted(a)} and {sorted(b)}"
                raise ValueError(f"days of the rhythm must use the same or separate depths, not {pair}")
    return bands


def _order(couple_id: str, band: frozenset[int], prompts: Sequence[Prompt]) -> list[Prompt]:
    """This couple's own order of a band's prompts: the same on every device, every time."""
    key = f"{couple_id}\x00{','.join(map(str, sorted(band)))}".encode()
    seed = int.from_bytes(hashlib.sha256(key).digest()[:8], "big")
    order = sorted(prompts, key=lambda p: p.id)
    random.Random(seed).shuffle(order)
    return order


def daily_prompt(
    couple_id: str,
    date: datetime.date,
    *,
    library: Library | None = None,
    min_depth: int = 1,
    max_depth: int = 4,
    themes: str | Iterable[str] | None = None,
    rhythm: Sequence[Sequence[int]] | None = DEFAULT_RHYTHM,
) -> Prompt:
    """The prompt of the day for a couple: the same for both partners, different for other couples.

    `couple_id` is any stable string your app keeps for the couple (never anything
    personal: it is only hashed). The result depends on nothing but the arguments and
    the library, so no server or stored state is needed. Within a cycle through the
    eligible prompts no prompt repeats.

    Options: prompts between `min_depth` and `max_depth`, only from `themes`, and a
    weekly `rhythm`: for each day of the week (Monday first) the depths it draws
    from, by default light (1-2) on weekdays and deeper (3-4) at weekends. Days that
    share depths share one order; days must not partly overlap. When the depth range
    leaves a day of the rhythm with no depths, the rhythm is set aside and every day
    draws from all eligible prompts. ``rhythm=None`` does that always.
    """
    if not isinstance(couple_id, str) or not couple_id.strip():
        raise ValueError("couple_id must be a non-empty string")
    if isinstance(date, datetime.datetime):
        date = date.date()
    if not isinstance(date, datetime.date):
        raise TypeError(f"date must be a datetime.date, got {type(date).__name__}")
    if not 1 <= min_depth <= max_depth <= 4:
        raise ValueError(f"need 1 <= min_depth <= max_depth <= 4, got {min_depth} and {max_depth}")
    lib = library if library is not None else load_library()
    wanted = _themes(themes, lib)
    allowed = set(range(min_depth, max_depth + 1))
    eligible = [p for p in lib.prompts if p.depth in allowed and (wanted is None or p.theme in wanted)]
    if not eligible:
        raise ValueError("no prompt matches these depths and themes")

    bands = _check_rhythm(rhythm) if rhythm is not None else (frozenset(allowed),) * 7
    bands = tuple(band & allowed for band in bands)
    if not all(bands) or not all(any(p.depth in band for p in eligible) for band in bands):
        bands = (frozenset(allowed),) * 7  # the filters leave a day empty: one order for all days
    weekday = date.weekday()
    band = bands[weekday]
    # Days of this band before `date`, counted from the first Monday of the calendar.
    week = (date.toordinal() - 1) // 7
    days_before = week * bands.count(band) + bands[:weekday].count(band)
    pool = [p for p in eligible if p.depth in band]
    order = _order(couple_id, band, pool)
    return order[days_before % len(order)]


def _themes(themes: str | Iterable[str] | None, library: Library) -> frozenset[str] | None:
    if themes is None:
        return None
    wanted = frozenset([themes] if isinstance(themes, str) else themes)
    known = {p.theme for p in library.prompts}
    unknown = sorted(wanted - known)
    if unknown:
        raise ValueError(f"unknown theme(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    return wanted
