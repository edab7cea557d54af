"""The ``connectkit`` command line: a small demonstration of the library."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import textwrap
from collections.abc import Sequence
from typing import TextIO

from ._cli_rhythm import cmd_checkin, cmd_daily, cmd_plan
from ._export import package_version
from ._library import Library
from ._loading import CONTENT_VERSION, load_library
from ._matching import LIKELY
from .errors import ConnectKitError, ContentError
from .models import ID_PATTERN, Exercise, FaqEntry, Item, Kind, Practice, Prompt, PromptSet, Source, Story
from .recommendation import Recommendation, SafetyNotice

__all__ = ["main"]

_KIND_ALIASES: dict[str, Kind] = {
    "challenge": "challenge",
    "challenges": "challenge",
    "practice": "practice",
    "practices": "practice",
    "exercise": "exercise",
    "exercises": "exercise",
    "prompt": "prompt",
    "prompts": "prompt",
    "prompt-set": "prompt-set",
    "prompt-sets": "prompt-set",
    "faq": "faq",
    "faqs": "faq",
    "story": "story",
    "stories": "story",
    "source": "source",
    "sources": "source",
}
_ID_LIKE = re.compile(ID_PATTERN)
_DEPTH_NAMES = {1: "light", 2: "personal", 3: "deep", 4: "vulnerable"}
_WIDTH = 88


def _wrap(text: str, indent: str, first: str | None = None) -> str:
    return textwrap.fill(
        text, width=_WIDTH, initial_indent=first if first is not None else indent, subsequent_indent=indent
    )


def _title(item: Item) -> str:
    if isinstance(item, Practice):
        return item.name
    if isinstance(item, Prompt):
        return item.text
    if isinstance(item, FaqEntry):
        return item.question
    if isinstance(item, Source):
        return f"{item.citation}. {item.title}"
    return item.title


def _print_exercise(exercise: Exercise, out: TextIO, indent: str = "  ") -> None:
    who = "on your own" if exercise.participants == "solo" else "together"
    print(f"{indent}{exercise.title} ({exercise.minutes} min, {who})", file=out)
    print(_wrap(exercise.summary, indent + "  "), file=out)
    for number, step in enumerate(exercise.steps, start=1):
        print(_wrap(step, indent + "     ", f"{indent}  {number}. "), file=out)


def _print_notice(notice: SafetyNotice, out: TextIO) -> None:
    print(_wrap(notice.message, ""), file=out)
    print(file=out)
    where = "" if notice.country == "international" else f" ({notice.country})"
    print(f"Support you can reach{where}:", file=out)
    for resource in notice.resources:
        ways = [f"call {resource.phone}" if resource.phone else "", resource.text or "", resource.url or ""]
        reach = "; ".join(way for way in ways if way)
        hours = f", {resource.hours}" if resource.hours else ""
        print(f"  - {resource.name}: {reach}{hours}", file=out)
        print(_wrap(resource.description, "    "), file=out)


def _print_recommendation(rec: Recommendation, out: TextIO) -> None:
    if rec.safety is not None:
        _print_notice(rec.safety, out)
        if not rec.practices:
            return
        print(file=out)
    if not rec.challenges:
        print(
            "Nothing in that statement matched a challenge we know. Try describing what feels hard,\n"
            'for example "we barely talk anymore", or see `connectkit list challenges`.',
            file=out,
        )
        return
    print("What we heard:", file=out)
    for match in rec.challenges:
        if match.matched == (match.challenge.id,):
            print(f"  - {match.challenge.title}: you chose it", file=out)
            continue
        words = ", ".join(f"\u201c{w}\u201d" for w in match.matched)
        print(f"  - {match.challenge.title} ({match.score:.2f}): {words}", file=out)
    print(file=out)
    print("Practices to try:", file=out)
    for rank, suggestion in enumerate(rec.practices, start=1):
        practice = suggestion.practice
        print(f"{rank}. {practice.name} (evidence: {practice.evidence})", file=out)
        print(_wrap(practice.summary, "   "), file=out)
        for reason in suggestion.reasons:
            print(_wrap(reason, "     ", "   - "), file=out)
    exercise = next((e for s in rec.practices for e in s.exercises), None)
    if exercise is not None:
        print(file=out)
        print("Try this:", file=out)
        _print_exercise(exercise, out)
    prompts = [p for s in rec.practices for p in s.prompts][:4]
    if prompts:
        print(file=out)
        print("To talk about:", file=out)
        for prompt in prompts:
            print(_wrap(f"{prompt.text} ({_DEPTH_NAMES[prompt.depth]})", "    ", "  - "), file=out)


def _print_explanation(rec: Recommendation, out: TextIO) -> None:
    print("Why, in detail:", file=out)
    print(f"  challenges (clearly present at a score of {LIKELY} or more):", file=out)
    for match in rec.challenges:
        print(f"    {match.challenge.id}  score {match.score:.2f}", file=out)
        for evidence in match.evidence:
            words, phrase = evidence.words, evidence.phrase
            print(
                f"      \u201c{words}\u201d matched \u201c{phrase}\u201d  weight {evidence.weight:.2f}",
                file=out,
            )
    print("  practices (score combines challenge score x practice weight):", file=out)
    for suggestion in rec.practices:
        print(f"    {suggestion.practice.id}  score {suggestion.score:.2f}", file=out)
        for part in suggestion.contributions:
            print(
                f"      {part.challenge}: {part.challenge_score:.2f} x {part.weight:.2f} = {part.value:.2f}"
                f"  [{part.source}]",
                file=out,
            )


def _print_prompt_set(prompt_set: PromptSet, library: Library, out: TextIO) -> None:
    print(_wrap(prompt_set.summary, "  "), file=out)
    print(f"  About {prompt_set.minutes} minutes.", file=out)
    print(_wrap(prompt_set.guidance, "  "), file=out)
    for stage in prompt_set.stages:
        print(f"\n  {stage.title}", file=out)
        if stage.guidance:
            print(_wrap(stage.guidance, "    "), file=out)
        for number, prompt_id in enumerate(stage.prompts, 1):
            prompt = library[prompt_id]
            text = prompt.text if isinstance(prompt, Prompt) else prompt_id
            print(_wrap(text, "       ", f"    {number}. "), file=out)


def _print_story(story: Story, out: TextIO) -> None:
    print(f"  ({story.label})", file=out)
    print(_wrap(story.text, "  "), file=out)
    print(f"  challenge: {story.challenge}; practices: {', '.join(story.practices)}", file=out)


def _print_item(item: Item, out: TextIO, library: Library) -> None:
    print(f"{_title(item)}  [{item.id}]", file=out)
    if isinstance(item, Exercise):
        _print_exercise(item, out, indent="")
        print(_wrap(f"Why it works ({item.evidence}): {item.why_it_works}", "  "), file=out)
        print(f"  sources: {', '.join(item.sources)}", file=out)
        return
    if isinstance(item, PromptSet):
        _print_prompt_set(item, library, out)
        return
    if isinstance(item, Story):
        _print_story(item, out)
        return
    for name, value in item.model_dump(exclude={"id"}, exclude_defaults=True).items():
        if isinstance(value, list | tuple):
            print(f"{name}:", file=out)
            for entry in value:
                text = (
                    ", ".join(f"{k}: {v}" for k, v in entry.items())
                    if isinstance(entry, dict)
                    else str(entry)
                )
                print(_wrap(text, "    ", "  - "), file=out)
        else:
            print(_wrap(f"{name}: {value}", "  ", ""), file=out)


def _group_words(words: Sequence[str]) -> list[str]:
    """Arguments as recommend() expects them: challenge ids apart, other words as one text.

    An unquoted statement arrives as many arguments; it is screened and matched whole.
    When every argument looks like an id, they are all passed as ids, so a mistyped
    one gets its "did you mean" error.
    """
    if all(_ID_LIKE.fullmatch(word) and "-" in word for word in words):
        return list(words)
    known = {c.id for c in load_library().challenges}
    ids = [word for word in words if word in known]
    text = " ".join(word for word in words if word not in known)
    return [*ids, text] if text else ids


def _cmd_recommend(args: argparse.Namespace, out: TextIO) -> int:
    from ._recommend import recommend

    rec = recommend(
        _group_words(args.text),
        limit=args.limit,
        minutes=args.minutes,
        max_depth=args.max_depth,
        participants=args.participants,
        seed=args.seed,
        country=args.country,
        tags=args.tag,
    )
    if args.json:
        print(rec.model_dump_json(indent=2), file=out)
        return 0
    _print_recommendation(rec, out)
    if args.explain:
        print(file=out)
        _print_explanation(rec, out)
    return 0


def _cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    kind = _KIND_ALIASES[args.kind]
    items = load_library().find(kind, theme=args.theme, depth=args.depth)
    if args.json:
        print(json.dumps([item.model_dump(mode="json") for item in items], indent=2), file=out)
        return 0
    width = max((len(item.id) for item in items), default=0)
    for item in items:
        print(f"{item.id.ljust(width)}  {_title(item)}", file=out)
    return 0


def _cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    library = load_library()
    item = library[args.id]
    if args.json:
        print(item.model_dump_json(indent=2), file=out)
    else:
        _print_item(item, out, library)
    return 0


def _cmd_faq(args: argparse.Namespace, out: TextIO) -> int:
    from ._faq_search import search_faq

    library = load_library()
    if not args.query:
        for entry in library.faq:
            print(f"{entry.id}  {entry.question}", file=out)
        return 0
    if args.limit < 1:
        raise ValueError(f"--limit must be 1 or more, got {args.limit}")
    query = " ".join(args.query)
    hits = search_faq(library.faq, query, limit=args.limit)
    if not hits:
        print(f"connectkit: no FAQ entry matches {query!r}", file=sys.stderr)
        return 1
    for number, entry in enumerate(hits):
        if number:
            print(file=out)
        print(entry.question, file=out)
        print(_wrap(entry.answer, "  "), file=out)
    return 0


def _cmd_lint(args: argparse.Namespace, out: TextIO) -> int:
    from ._lint import lint

    # A pack is checked against the built-in content alone, so results do not depend on
    # which other packs happen to be installed.
    builtin = load_library(entry_points=False)
    try:
        library = builtin if args.path is None else load_library(packs=[args.path], entry_points=False)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=out)
        print(f"connectkit: {len(exc.problems)} problem(s); the content did not load", file=sys.stderr)
        return 1
    # A pack's own items are checked one by one; duplicates and coverage count the whole library.
    ids = None if args.path is None else {item.id for item in library if item.id not in builtin}
    problems = lint(library, ids=ids)
    for problem in problems:
        print(problem, file=out)
    checked = "the built-in content" if args.path is None else args.path
    if problems:
        print(f"connectkit: {len(problems)} problem(s) in {checked}", file=sys.stderr)
        return 1
    print(f"connectkit: {checked} passes every content check", file=sys.stderr)
    return 0


def _cmd_stats(args: argparse.Namespace, out: TextIO) -> int:
    from ._stats import library_stats

    library = load_library() if args.path is None else load_library(packs=[args.path])
    stats = library_stats(library)
    if args.json:
        print(json.dumps(stats, indent=2), file=out)
        return 0
    items = stats["items"]
    print(f"content version {CONTENT_VERSION}", file=out)
    print(", ".join(f"{count} {name.replace('_', ' ')}" for name, count in items.items()), file=out)
    print(file=out)
    print(f"{'prompts by theme':<26}{'d1':>5}{'d2':>5}{'d3':>5}{'d4':>5}{'all':>6}", file=out)
    for theme, row in stats["prompts_by_theme_and_depth"].items():
        cells = "".join(f"{row[str(d)]:>5}" for d in range(1, 5))
        print(f"  {theme:<24}{cells}{sum(row.values()):>6}", file=out)
    depths = stats["prompts_by_depth"]
    print(
        f"  {'all themes':<24}{''.join(f'{depths[str(d)]:>5}' for d in range(1, 5))}{items['prompts']:>6}",
        file=out,
    )
    print(f"  with follow-up questions: {stats['prompts_with_follow_ups']}", file=out)
    print(file=out)
    for kind, levels in stats["evidence"].items():
        print(f"{kind} by evidence: " + ", ".join(f"{n} {level}" for level, n in levels.items()), file=out)
    participants = ", ".join(f"{n} {who}" for who, n in stats["exercises_by_participants"].items())
    minutes = stats["exercise_minutes"]
    print(f"exercises: {participants}; {minutes['shortest']}-{minutes['longest']} minutes", file=out)
    print(file=out)
    print(
        f"{'challenge coverage':<26}{'practices':>10}{'exercises':>10}{'prompts':>9}{'stories':>9}", file=out
    )
    for challenge, row in stats["challenge_coverage"].items():
        counts = f"{row['practices']:>10}{row['exercises']:>10}{row['prompts']:>9}{row['stories']:>9}"
        print(f"  {challenge:<24}{counts}", file=out)
    return 0


def _cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from ._export import export_library

    text = json.dumps(
        export_library(load_library(entry_points=not args.builtin_only)), ensure_ascii=False, indent=2
    )
    return _write(text, args.output, out)


def _cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    from ._export import library_schema

    return _write(json.dumps(library_schema(), indent=2), args.output, out)


def _write(text: str, output: str | None, out: TextIO) -> int:
    if output is None:
        print(text, file=out)
    else:
        with open(output, "w", encoding="utf-8") as file:
            file.write(text + "\n")
        print(f"connectkit: wrote {output}", file=sys.stderr)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="connectkit",
        description="Explore connectkit's content and recommendations for couples.",
    )
    parser.add_argument("--version", action="version", version=f"connectkit {package_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    rec = commands.add_parser("recommend", help="suggest practices for what someone states")
    rec.add_argument("text", nargs="+", help="free text, challenge ids, or both")
    rec.add_argument("--limit", type=int, default=5, help="most practices to show (default 5)")
    rec.add_argument("--minutes", type=int, help="longest exercise to suggest, in minutes")
    rec.add_argument("--max-depth", type=int, choices=range(1, 5), help="deepest prompts and exercises (1-4)")
    rec.add_argument("--participants", choices=("solo", "together"), help="only solo or together exercises")
    rec.add_argument("--seed", type=int, help="vary the choice among equally good items")
    rec.add_argument("--country", help="two-letter country code for support resources, e.g. GB")
    rec.add_argument(
        "--tag", action="append", default=[], help="prefer exercises tagged for a context, e.g. long-distance"
    )
    rec.add_argument(
        "--explain", action="store_true", help="also print the words, weights and sources behind it"
    )
    rec.add_argument("--json", action="store_true", help="print the recommendation as JSON")
    rec.set_defaults(run=_cmd_recommend)

    _add_content_commands(commands)
    _add_rhythm_commands(commands)
    return parser


def _add_content_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    lst = commands.add_parser("list", help="list items of one kind")
    lst.add_argument(
        "kind",
        choices=sorted(_KIND_ALIASES),
        metavar="KIND",
        help="challenges, practices, exercises, prompts, prompt-sets, faq, stories or sources",
    )
    lst.add_argument("--theme", help="only prompts with this theme")
    lst.add_argument(
        "--depth", type=int, choices=range(1, 5), help="only prompts and exercises at this depth"
    )
    lst.add_argument("--json", action="store_true", help="print the items as JSON")
    lst.set_defaults(run=_cmd_list)

    show = commands.add_parser("show", help="show one item by id")
    show.add_argument("id")
    show.add_argument("--json", action="store_true", help="print the item as JSON")
    show.set_defaults(run=_cmd_show)

    faq = commands.add_parser("faq", help="list FAQ questions, or answer the ones matching a query")
    faq.add_argument("query", nargs="*", help="words to look for")
    faq.add_argument("--limit", type=int, default=2, help="most entries to show (default 2)")
    faq.set_defaults(run=_cmd_faq)

    export = commands.add_parser("export", help="write the whole library as one versioned JSON document")
    export.add_argument("--format", choices=["json"], default="json", help="the document format (json)")
    export.add_argument("--output", "-o", help="file to write (default: standard output)")
    export.add_argument("--builtin-only", action="store_true", help="leave installed packs out")
    export.set_defaults(run=_cmd_export)

    schema = commands.add_parser("schema", help="write the JSON Schema of the export document")
    schema.add_argument("--output", "-o", help="file to write (default: standard output)")
    schema.set_defaults(run=_cmd_schema)

    validate = commands.add_parser(
        "validate", help="check a pack: its YAML, schema, references and the content quality checks"
    )
    validate.add_argument("path", help="a folder of YAML content")
    validate.set_defaults(run=_cmd_lint)

    lint = commands.add_parser(
        "lint", help="run the content quality checks on the built-in content or a pack"
    )
    lint.add_argument("path", nargs="?", help="a folder of YAML content (default: the built-in content)")
    lint.set_defaults(run=_cmd_lint)

    stats = commands.add_parser(
        "stats", help="count the content by kind, theme, depth, evidence and challenge"
    )
    stats.add_argument("path", nargs="?", help="also count a folder of YAML content added to the built-ins")
    stats.add_argument("--json", action="store_true", help="print the counts as JSON")
    stats.set_defaults(run=_cmd_stats)


def _add_rhythm_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    daily = commands.add_parser("daily", help="the prompt of the day for a couple")
    daily.add_argument("couple", help="any stable id your app keeps for the couple")
    daily.add_argument("--date", help="the day, as YYYY-MM-DD (default: today)")
    daily.add_argument("--min-depth", type=int, choices=range(1, 5), default=1, help="lightest depth (1-4)")
    daily.add_argument("--max-depth", type=int, choices=range(1, 5), default=4, help="deepest depth (1-4)")
    daily.add_argument("--theme", action="append", help="only prompts of this theme (repeatable)")
    daily.add_argument("--json", action="store_true", help="print the prompt as JSON")
    daily.set_defaults(run=cmd_daily)

    plan = commands.add_parser("plan", help="a plan of small daily steps for what someone states")
    plan.add_argument("text", nargs="+", help="free text, challenge ids, or both")
    plan.add_argument("--days", type=int, default=7, help="how many days (default 7)")
    plan.add_argument("--minutes", type=int, default=15, help="most minutes a day (default 15)")
    plan.add_argument("--country", help="two-letter country code for support resources, e.g. GB")
    plan.add_argument("--markdown", action="store_true", help="print the plan as Markdown, ready to print")
    plan.add_argument("--json", action="store_true", help="print the plan as JSON")
    plan.set_defaults(run=cmd_plan)

    checkin = commands.add_parser("checkin", help="a short check-in that suggests where to start")
    checkin.add_argument("--answers", help="the ratings, 1-5, comma-separated, instead of asking")
    checkin.add_argument("--country", help="two-letter country code for support resources, e.g. GB")
    checkin.add_argument("--interactive", action="store_true", help="ask even when input is not a terminal")
    checkin.add_argument("--json", action="store_true", help="print the result as JSON")
    checkin.set_defaults(run=cmd_checkin)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns 0 on success, 1 on failure, 2 on a usage error."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits for --help, --version and usage errors
        return int(exc.code or 0)
    try:
        return int(args.run(args, sys.stdout))
    except BrokenPipeError:
        # The reader went away (for example `| head`); stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except ConnectKitError as exc:
        print(f"connectkit: error: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"connectkit: error: {exc}", file=sys.stderr)
        return 2
