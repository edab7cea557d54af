"""Loading a shared value once, on first use, safely across threads."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["LoadOnce", "load_once"]

_T = TypeVar("_T")


class LoadOnce(Generic[_T]):
    """Calls a loader the first time it is needed; every caller gets that same value."""

    def __init__(self, loader: Callable[[], _T]) -> None:
        self._loader = loader
        self._lock = threading.Lock()
        self._value: _T | None = None
        self._loaded = False
        functools.update_wrapper(self, loader)

    def __call__(self) -> _T:
        if not self._loaded:
            with self._lock:  # two threads arriving together must not load twice
                if not self._loaded:
                    self._value = self._loader()
                    self._loaded = True
        return self._value  # type: ignore[return-value]

    def cache_clear(self) -> None:
        """Forget the value, so the next call loads it again (for tests and benchmarks)."""
        with self._lock:
            self._value = None
            self._loaded = False


def load_once(loader: Callable[[], _T]) -> LoadOnce[_T]:
    """Decorator form of `LoadOnce`."""
    return LoadOnce(loader)
