"""Fetching on several threads while the calling thread saves: the services' limits, not one request waiting
for the last, set a refresh's pace.

Each stream runs on its own thread and hands what it fetched to one bounded queue; the thread that created the
Streams saves it (SQLite connections stay on the thread that opened them), so memory stays bounded however fast
the network is. The first error of any stream stops the others and is raised on the saving thread with the
system it came from; cancelling stops them too. Streams never touch the cache.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Any

Emit = Callable[[str, Any], None]
DEPTH = 16          # pages waiting to be saved before the fetchers pause
_POLL = 0.1


class Stopped(Exception):
    """Raised inside a stream when the refresh is over (failed, cancelled or done elsewhere)."""


class StreamFailed(Exception):
    """A stream's error, with the system ("hubspot", "quickbooks") it happened in."""

    def __init__(self, system: str, error: BaseException) -> None:
        super().__init__(str(error))
        self.system, self.error = system, error


class Streams:
    def __init__(self, cancel: threading.Event | None = None) -> None:
        self.cancel = cancel
        self.stop = threading.Event()
        self._queue: queue.Queue[tuple[str, Any]] = queue.Queue(DEPTH)
        self._threads: list[threading.Thread] = []
        self._running = 0
        self._lock = threading.Lock()

    def stopped(self) -> bool:
        return self.stop.is_set() or (self.cancel is not None and self.cancel.is_set())

    def emit(self, kind: str, payload: Any) -> None:
        """Hand something to the saving thread; waits while the queue is full, raises Stopped when over."""
        while True:
            if self.stopped():
                raise Stopped()
            try:
                self._queue.put((kind, payload), timeout=_POLL)
                return
            except queue.Full:
                continue

    def start(self, system: str, name: str, work: Callable[[Emit], None]) -> None:
        with self._lock:
            self._running += 1
        thread = threading.Thread(target=self._run, args=(system, work), name=f"refresh {name}", daemon=True)
        self._threads.append(thread)
        thread.start()

    def _run(self, system: str, work: Callable[[Emit], None]) -> None:
        outcome: tuple[str, Any] = ("done", None)
        try:
            work(self.emit)
        except Stopped:
            pass
        except BaseException as exc:  # handed to the saving thread, which raises it
            outcome = ("failed", StreamFailed(system, exc))
            self.stop.set()
        finally:
            with self._lock:
                self._running -= 1
            self._put(outcome)

    def _put(self, item: tuple[str, Any]) -> None:
        """End-of-stream notes go in even when the queue is full: the saver is draining or gone."""
        while True:
            try:
                self._queue.put(item, timeout=_POLL)
                return
            except queue.Full:
                if self.stop.is_set():
                    with contextlib.suppress(queue.Empty):
                        self._queue.get_nowait()   # nobody saves any more: make room

    def items(self) -> Iterator[tuple[str, Any]]:
        """What the streams fetched, in arrival order, until all have ended. Raises the first failure."""
        ended = 0
        while ended < len(self._threads):
            try:
                kind, payload = self._queue.get(timeout=_POLL)
            except queue.Empty:
                continue
            if kind == "done":
                ended += 1
            elif kind == "failed":
                self.stop.set()
                raise payload
            else:
                yield kind, payload

    def __enter__(self) -> Streams:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop.set()
        for thread in self._threads:   # each notices within a poll, or when its request ends (bounded)
            thread.join(timeout=1.0)
