"""Rate limits as the real services apply them: rolling windows per key, and a concurrency cap."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable


class RollingWindow:
    """At most `limit` hits per `seconds` for each key (HubSpot: 100 per 10 s per token; QBO: 500/min/realm)."""

    def __init__(self, limit: int, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.seconds = seconds
        self.clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str) -> tuple[bool, int, float]:
        """Count one request. Returns (allowed, remaining, seconds until the oldest hit leaves the window)."""
        now = self.clock()
        with self._lock:
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - self.seconds:
                hits.popleft()
            if len(hits) >= self.limit:
                return False, 0, hits[0] + self.seconds - now
            hits.append(now)
            return True, self.limit - len(hits), (hits[0] + self.seconds - now)


class Concurrency:
    """At most `limit` requests in flight per key (QBO: 10 per app and realm)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._active: dict[str, int] = {}
        self._lock = threading.Lock()

    def enter(self, key: str) -> bool:
        with self._lock:
            if self._active.get(key, 0) >= self.limit:
                return False
            self._active[key] = self._active.get(key, 0) + 1
            return True

    def leave(self, key: str) -> None:
        with self._lock:
            self._active[key] = max(0, self._active.get(key, 0) - 1)
