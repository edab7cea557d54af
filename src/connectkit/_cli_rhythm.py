"""The daily-rhythm commands of the CLI: ``daily``, ``plan`` and ``checkin``."""

from __future__ import annotations

import argparse
import datetime
import json
import sys
import textwrap
from collections.abc import Callable
from typing import TextIO

from ._checkin import CHECKIN_NOTE, checkin, checkin_statements
from ._daily import daily_prompt
from ._plan import Plan, plan
from .models import Exercise, Prompt
from .recommendation import SafetyNotice

__all__ = ["cmd_checkin", "cmd_daily", "cmd_plan"]

_WIDTH = 88
_RATINGS = "1 not true at all, 2 mostly not, 3 partly, 4 mostly, 5 very true"


def _notice_lines(notice: SafetyNotice) -> list[str]:
    lines = [notice.message, ""]
    for resource in notice.resources:
        how = ", ".join(x for x in (resource.phone, resource.text, resource.url) if x)
        lines.append(f"- {resource.name}: {how}")
    return lines


def cmd_daily(args: argparse.Namespace, out: TextIO) -> int:
    day = datetime.date.fromisoformat(args.date) if args.date else datetime.date.today()
    prompt = daily_prompt(
        args.couple, day, min_depth=args.min_depth, max_depth=args.max_depth, themes=args.theme
    )
    if args.json:
        print(prompt.model_dump_json(indent=2), file=out)
        return 0
    print(f"{day:%A %d %B %Y}: {prompt.text}", file=out)
    for follow_up in prompt.follow_ups:
        print(f"  then: {follow_up}", file=out)
    return 0


def _item_text(item: Exercise | Prompt) -> str:
    return f"{item.title} ({item.minutes} min)" if isinstance(item, Exercise) else item.text


def format_plan(result: Plan, *, markdown: bool) -> str:
    """The plan as plain text, or as Markdown ready to print."""
    if result.safety is not None:
        return "\n".join(_notice_lines(result.safety))
    if not result.days:
        return "Nothing in that statement matched a challenge we know, so there is no plan yet."
    lines: list[str] = []
    if markdown:
        lines += [
            f"# A {len(result.days)}-day plan",
            "",
            f"Up to {result.minutes_per_day} minutes a day.",
            "",
        ]
    for day in result.days:
        heading = f"Day {day.number}: {day.practice.name} ({day.minutes} min)"
        lines.append(f"## {heading}" if markdown else heading)
        lines.append(
            day.why
            if markdown
            else textwrap.fill(day.why, _WIDTH, initial_indent="  ", subsequent_indent="  ")
        )
        for entry in day.items:
            bullet = "- [ ] " if markdown else "  - "
            label = "Exercise" if entry.kind == "exercise" else "Talk about"
            lines.append(f"{bullet}{label}: {_item_text(entry.item)}")
            if markdown and isinstance(entry.item, Exercise):
                lines += [f"    {number}. {step}" for number, step in enumerate(entry.item.steps, 1)]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def cmd_plan(args: argparse.Namespace, out: TextIO) -> int:
    result = plan(" ".join(args.text), days=args.days, minutes_per_day=args.minutes, country=args.country)
    if args.json:
        print(result.model_dump_json(indent=2), file=out)
    else:
        print(format_plan(result, markdown=args.markdown), file=out, end="")
    return 0


def _parse_answers(text: str) -> list[int]:
    try:
        return [int(part) for part in text.split(",")]
    except ValueError:
        raise ValueError(
            f"--answers takes whole numbers from 1 to 5 separated by commas, got {text!r}"
        ) from None


def _ask(read: Callable[[str], str], out: TextIO) -> list[int]:
    answers: list[int] = []
    statements = checkin_statements()
    for number, statement in enumerate(statements, 1):
        while True:
            reply = read(f"{number}/{len(statements)}. {statement.text} [1-5] ").strip()
            if reply in {"1", "2", "3", "4", "5"}:
                answers.append(int(reply))
                break
            print(f"  Please answer with a number: {_RATINGS}.", file=out)
    return answers


def cmd_checkin(args: argparse.Namespace, out: TextIO) -> int:
    from ._cli import _print_recommendation

    if args.answers is not None:
        answers = _parse_answers(args.answers)
    else:
        if not sys.stdin.isatty() and not args.interactive:
            raise ValueError("no terminal to ask in: give the ratings with --answers 3,4,2,...")
        print(textwrap.fill(CHECKIN_NOTE, _WIDTH), file=out)
        print(f"Rate each statement: {_RATINGS}.\n", file=out)
        answers = _ask(input, out)
    result = checkin(answers, country=args.country)
    if args.json:
        print(json.dumps(result.model_dump(mode="json"), indent=2), file=out)
        return 0
    print(textwrap.fill(result.note, _WIDTH), file=out)
    print(file=out)
    if result.safety is not None:
        print("\n".join(_notice_lines(result.safety)), file=out)
        return 0
    if not result.focus:
        print(
            "Nothing stands out as hard right now. The daily prompt is a good way to keep it that way.",
            file=out,
        )
        return 0
    print("Where to start: " + ", ".join(result.focus), file=out)
    print(file=out)
    _print_recommendation(result.recommend(limit=3), out)
    return 0
