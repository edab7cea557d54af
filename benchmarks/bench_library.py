"""Time loading the built-in library, a first recommend() and a warm recommend() call.

Run: python benchmarks/bench_library.py. Prints medians and p99s in milliseconds, and
the cold load and a warm recommend() as ratios to plain ``json.loads`` of the library
file measured in the same run, which are steadier than absolute numbers on a shared
machine.
"""

from __future__ import annotations

import functools
import json
import statistics
import time
from collections.abc import Callable
from importlib import resources

import connectkit
from connectkit import _challenge_model, _loading, _safety_model

STATEMENTS = [
    "We're both so busy we barely talk anymore",
    "Honestly it feels like we're roommates. We eat in front of the TV, scroll our phones and go to bed.",
    "Every time I bring up the dishes it turns into the same fight, and then he goes quiet for two days.",
    "Since the baby came it's all night feeds and logistics and I do most of it.",
]


def timings(action: Callable[[], object], runs: int) -> list[float]:
    result = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        result.append((time.perf_counter() - start) * 1000)
    return sorted(result)


def report(name: str, values: list[float]) -> float:
    median = statistics.median(values)
    p99 = values[min(len(values) - 1, int(len(values) * 0.99))]
    print(f"{name:<34} median {median:8.3f} ms   p99 {p99:8.3f} ms   ({len(values)} runs)")
    return median


def cold_load() -> None:
    _loading.clear_caches()
    connectkit.load_library()


def cold_recommend() -> None:
    _loading.clear_caches()
    _challenge_model.load_challenge_model.cache_clear()
    _safety_model.load_model.cache_clear()
    connectkit.recommend(STATEMENTS[0])


def main() -> None:
    raw = (resources.files("connectkit") / "data" / _loading.BUILTIN_FILE).read_text(encoding="utf-8")
    baseline = report("json.loads of library.json", timings(lambda: json.loads(raw), 200))
    load = report("load_library() cold, validated", timings(cold_load, 200))
    print(f"{'cold load / json.loads':<34} {load / baseline:8.1f}x")

    report("first recommend() (loads everything)", timings(cold_recommend, 30))

    lib = connectkit.load_library()
    connectkit.recommend(STATEMENTS[0], library=lib)  # builds the matcher once
    values: list[float] = []
    for _ in range(250):
        for text in STATEMENTS:
            values.extend(timings(functools.partial(connectkit.recommend, text, library=lib), 1))
    warm = report("recommend() warm", sorted(values))
    print(f"{'warm recommend() / json.loads':<34} {warm / baseline:8.1f}x")


if __name__ == "__main__":
    main()
