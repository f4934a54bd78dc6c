"""Company-wide reads shared by many plans while one read-only pass plans them all (`diagnose --json` plans every
option of every failure): the contact pool, the names and numbers taken. Outside `scope()` nothing is kept, so a
plan made for the wizard always reads the cache as it is now."""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableSet
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

T = TypeVar("T")
_kept: ContextVar[dict[str, Any] | None] = ContextVar("fix_memo", default=None)


@contextmanager
def scope() -> Iterator[None]:
    """Within: each company-wide read is made once. Only around reads of a cache nobody writes meanwhile."""
    token = _kept.set({})
    try:
        yield
    finally:
        _kept.reset(token)


def kept(name: str, build: Callable[[], T]) -> T:
    """`build()`, made once per scope; callers copy what they change."""
    store = _kept.get()
    if store is None:
        return build()
    if name not in store:
        store[name] = build()
    value: T = store[name]
    return value


class Claims(MutableSet[str]):
    """A set over a shared frozen one: what a plan adds or gives back stays its own, so planning one failure never
    copies the company's whole list of names or numbers (100k at scale)."""

    def __init__(self, shared: frozenset[str]) -> None:
        self._shared = shared
        self._added: set[str] = set()
        self._removed: set[str] = set()

    def __contains__(self, item: object) -> bool:
        return item in self._added or (item in self._shared and item not in self._removed)

    def __iter__(self) -> Iterator[str]:
        yield from (x for x in self._shared if x not in self._removed and x not in self._added)
        yield from self._added

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def add(self, value: str) -> None:
        self._added.add(value)
        self._removed.discard(value)

    def discard(self, value: str) -> None:
        self._added.discard(value)
        if value in self._shared:
            self._removed.add(value)


def kept_claims(name: str, build: Callable[[], frozenset[str]]) -> Claims:
    """A plan's own Claims over `build()`'s set, read once per scope."""
    return Claims(kept(name, build))
