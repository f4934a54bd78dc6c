"""Company-wide reads shared by many plans while one read-only pass plans them all (`diagnose --json` plans every
option of every failure): the contact pool, the names and numbers taken. Outside `scope()` nothing is kept, so a
plan made for the wizard always reads the cache as it is now."""

from __future__ import annotations

from collections.abc import Callable, Iterator
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
