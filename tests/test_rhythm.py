"""The daily rhythm: the prompt of the day, multi-day plans and the check-in."""

from __future__ import annotations

import datetime
import itertools
import json
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import connectkit
from connectkit._cli import main

DAY = datetime.timedelta(days=1)
MONDAY = datetime.date(2026, 11, 23)
couple_ids = st.text(min_size=1, max_size=30).filter(lambda s: s.strip())
dates = st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2100, 1, 1))


# --- daily_prompt ---------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(couple=couple_ids, start=dates)
def test_no_prompt_repeats_within_a_cycle(couple: str, start: datetime.date) -> None:
    # One theme, no rhythm: 44 eligible prompts, so 44 days in a row are all different.
    days = [
        connectkit.daily_prompt(couple, start + n * DAY, themes="gratitude", rhythm=None).id
        for n in range(44)
    ]
    assert len(set(days)) == 44
    # ...and the cycle then starts again in the same order.
    assert connectkit.daily_prompt(couple, start + 44 * DAY, themes="gratitude", rhythm=None).id == days[0]


@settings(max_examples=15, deadline=None)
@given(couple=couple_ids, start=dates)
def test_no_weekend_prompt_repeats_within_its_cycle(couple: str, start: datetime.date) -> None:
    # With the rhythm, weekends draw from depths 3-4: 22 prompts of one theme, 11 weeks of weekends.
    weekend = [d for d in (start + n * DAY for n in range(7 * 11)) if d.weekday() >= 5]
    prompts = [connectkit.daily_prompt(couple, d, themes="memories").id for d in weekend]
    assert len(prompts) == 22
    assert len(set(prompts)) == 22


@settings(max_examples=50, deadline=None)
@given(couple=couple_ids, day=dates)
def test_same_inputs_same_prompt(couple: str, day: datetime.date) -> None:
    first = connectkit.daily_prompt(couple, day)
    assert connectkit.daily_prompt(couple, day) == first
    assert connectkit.daily_prompt(couple, datetime.datetime.combine(day, datetime.time(23, 59))) == first


def test_the_default_rhythm_is_light_on_weekdays_and_deeper_at_weekends() -> None:
    for week in range(8):
        for offset in range(7):
            day = MONDAY + (7 * week + offset) * DAY
            depth = connectkit.daily_prompt("couple-a", day).depth
            assert depth in ((1, 2) if offset < 5 else (3, 4)), (day, depth)


def test_different_couples_get_different_orders() -> None:
    fortnight = [MONDAY + n * DAY for n in range(14)]
    orders = {tuple(connectkit.daily_prompt(c, d).id for d in fortnight) for c in ("a", "b", "c", "d")}
    assert len(orders) == 4


def test_filters_and_a_custom_rhythm() -> None:
    picked = [
        connectkit.daily_prompt(
            "x", MONDAY + n * DAY, themes=["fun-and-play", "memories"], min_depth=2, max_depth=3
        )
        for n in range(30)
    ]
    assert {p.theme for p in picked} <= {"fun-and-play", "memories"}
    assert {p.depth for p in picked} <= {2, 3}
    every_day_light = ((1,),) * 7
    assert {
        connectkit.daily_prompt("x", MONDAY + n * DAY, rhythm=every_day_light).depth for n in range(14)
    } == {1}
    # A depth range that leaves the weekend band empty sets the rhythm aside.
    assert connectkit.daily_prompt("x", MONDAY + 5 * DAY, max_depth=2).depth <= 2


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"themes": "gardening"}, "unknown theme(s) gardening"),
        ({"min_depth": 3, "max_depth": 2}, "min_depth <= max_depth"),
        ({"rhythm": ((1, 2),) * 6}, "each of the 7 days"),
        ({"rhythm": ((1, 2),) * 5 + ((2, 3),) * 2}, "same or separate depths"),
        ({"rhythm": ((0, 1),) * 7}, "depths from 1 to 4"),
    ],
)
def test_daily_prompt_rejects_bad_options(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        connectkit.daily_prompt("x", MONDAY, **kwargs)  # type: ignore[arg-type]


def test_daily_prompt_needs_a_couple_and_a_date() -> None:
    with pytest.raises(ValueError, match="couple_id"):
        connectkit.daily_prompt("  ", MONDAY)
    with pytest.raises(TypeError, match=r"datetime\.date"):
        connectkit.daily_prompt("x", "2026-11-23")  # type: ignore[arg-type]


# --- plan -----------------------------------------------------------------------

STATEMENTS = [
    "We're both so busy we barely talk anymore",
    "Every time I bring up the dishes it turns into the same fight, and then he goes quiet for two days.",
    "Since the baby came it's all night feeds and logistics and I do most of it.",
    "I feel like my partner doesn't really listen, and we've drifted apart since the move.",
]


@settings(max_examples=40, deadline=None)
@given(
    text=st.sampled_from(STATEMENTS),
    days=st.integers(min_value=1, max_value=21),
    minutes=st.integers(min_value=5, max_value=60),
)
def test_plans_keep_to_the_budget_and_the_days(text: str, days: int, minutes: int) -> None:
    result = connectkit.plan(text, days=days, minutes_per_day=minutes)
    assert len(result.days) == days
    assert [d.number for d in result.days] == list(range(1, days + 1))
    for day in result.days:
        assert day.minutes == sum(i.minutes for i in day.items) <= minutes
        assert day.items, "every day has something to do"
        assert 1 <= day.depth <= 4
    ids = [i.item.id for d in result.days for i in d.items]
    assert len(ids) == len(set(ids)), "nothing repeats within a plan"
    assert connectkit.plan(text, days=days, minutes_per_day=minutes) == result


def test_plan_depth_rises_and_practices_take_turns() -> None:
    result = connectkit.plan(STATEMENTS[1], days=14, minutes_per_day=25)
    depths = [d.depth for d in result.days]
    assert depths[0] <= 2
    assert max(depths[-4:]) >= 3
    assert max(depths[:4]) < max(depths[-4:])
    practices = [d.practice.id for d in result.days]
    assert all(a != b for a, b in itertools.pairwise(practices))
    assert len(set(practices)) >= 4
    assert all(d.why.startswith(d.practice.name) for d in result.days)


def test_no_plan_for_words_that_suggest_danger() -> None:
    result = connectkit.plan("he hit me again last night and I'm scared to go home", days=7, country="GB")
    assert result.days == ()
    assert result.safety is not None
    assert "partner-violence" in result.safety.concerns


@pytest.mark.parametrize(
    ("kwargs", "message"), [({"days": 0}, "days"), ({"minutes_per_day": 3}, "at least 5")]
)
def test_plan_rejects_bad_options(kwargs: dict[str, int], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        connectkit.plan("we barely talk", **kwargs)  # type: ignore[arg-type]


def test_cli_plan(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "we're so busy we barely talk", "--days", "14", "--markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# A 14-day plan")
    assert out.count("\n## Day ") == 14
    assert "- [ ] " in out
    assert main(["plan", "he hit me last night", "--days", "3"]) == 0
    out = capsys.readouterr().out
    assert "Day 1" not in out
    assert "emergency" in out


# --- check-in -------------------------------------------------------------------


def answers(value: int, safe: int = 5) -> list[int]:
    return [safe] + [value] * (len(connectkit.checkin_statements()) - 1)


def test_checkin_statements(library: connectkit.Library) -> None:
    statements = connectkit.checkin_statements()
    assert len(statements) >= 12
    assert len({s.id for s in statements}) == len(statements)
    assert sum(s.safety for s in statements) == 1
    named = {c for s in statements for c, _ in s.challenges}
    assert named <= {c.id for c in library.challenges}
    assert len(named) >= 15
    assert all(s.text.endswith(".") and "husband" not in s.text and "wife" not in s.text for s in statements)


def test_checkin_points_to_what_is_hard() -> None:
    statements = connectkit.checkin_statements()
    # Everything fine: agree with the positive statements, disagree with the negative ones.
    fine = [5 if s.wording == "positive" else 1 for s in statements]
    assert connectkit.checkin(fine).focus == ()
    # Screens and time together are hard, the rest fine.
    hard = {"screens": 5, "time-together": 1}
    result = connectkit.checkin([hard.get(s.id, f) for s, f in zip(statements, fine, strict=True)])
    assert set(result.focus) == {"screen-distraction", "little-time-together"}
    assert result.scores[0].score == 1.0
    assert "not an assessment or a diagnosis" in result.note
    rec = result.recommend(limit=3)
    assert {m.challenge.id for m in rec.challenges} == set(result.focus)
    assert rec.practices


def test_feeling_unsafe_brings_the_notice_and_nothing_else() -> None:
    result = connectkit.checkin(answers(3, safe=1), country="US")
    assert result.focus == ()
    assert result.safety is not None
    assert result.safety.country == "US"
    assert "answer" in result.safety.message
    rec = result.recommend()
    assert rec.practices == ()
    assert rec.safety == result.safety


@pytest.mark.parametrize("bad", [[3] * 5, [*answers(3)[:-1], 6], [*answers(3)[:-1], True]])
def test_checkin_rejects_bad_answers(bad: Sequence[int]) -> None:
    with pytest.raises(ValueError, match="answer"):
        connectkit.checkin(bad)


def test_cli_checkin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    ratings = ",".join(map(str, answers(4)))
    assert main(["checkin", "--answers", ratings]) == 0
    out = capsys.readouterr().out
    assert out.startswith("This check-in is a reflection aid")
    assert "Where to start:" in out
    assert main(["checkin", "--answers", ratings, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["focus"]
    assert main(["checkin", "--answers", "3,x"]) == 2

    replies = iter(["", "9", *map(str, answers(2))])
    monkeypatch.setattr("builtins.input", lambda prompt: next(replies))
    assert main(["checkin", "--interactive"]) == 0
    out = capsys.readouterr().out
    assert "Please answer with a number" in out
    assert "Where to start:" in out or "Nothing stands out" in out


def test_cli_daily(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["daily", "couple-42", "--date", "2026-11-28"]) == 0
    out = capsys.readouterr().out
    expected = connectkit.daily_prompt("couple-42", datetime.date(2026, 11, 28))
    assert out.startswith(f"Saturday 28 November 2026: {expected.text}")
    assert main(["daily", "couple-42", "--date", "28/11/2026"]) == 2
