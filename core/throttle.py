"""A rolling-window rate budget shared by every thread that calls one service account.

The service counts a request when it arrives, which is after we sent it and before its reply reaches us. So a
turn is given back `seconds` after its *reply* came (or its attempt failed): the request that takes it over then
cannot arrive inside the window that counted the first, however the network delayed either, and no fixed
margin for the network is lost on every window.

Some callers are *chains*: each request needs the previous reply (a cursor-paged list), so a chain goes one round
trip at a time and every turn it waits for is lost for good; the others are *bulk* (reads by id, sent side by
side). When turns come free, chains waiting for one go first, the most urgent first (lowest rank: the list others
wait on); bulk callers take the rest. A chain that runs late would otherwise page on alone at the end of the run,
one request per round trip, while the budget sits unused.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable


class Ticket:
    """One turn: counted from when it was taken until `seconds` after its attempt ended."""

    __slots__ = ("ended",)

    def __init__(self) -> None:
        self.ended: float | None = None


class Throttle:
    """Keeps us under `limit` calls per `seconds` so the service never has to say 429."""

    def __init__(self, limit: int, seconds: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.limit, self.seconds, self.clock, self.sleep = limit, seconds, clock, sleep
        self._turns: list[Ticket] = []
        self._chains_waiting: Counter[int] = Counter()   # rank → chains waiting for a turn
        self._lock = threading.Lock()

    def adjust(self, limit: int, seconds: float) -> None:
        """Follow a budget the service itself announced."""
        with self._lock:
            self.limit, self.seconds = limit, seconds

    def wait(self, chain: int | None = None) -> Ticket:
        """Take a turn, sleeping until the window has room (not holding the lock, so other callers' turns are
        counted meanwhile); hand the ticket to `ended` once the attempt is over. `chain`: the caller is a chain
        of that rank (see the module's docstring)."""
        queued = False
        try:
            while True:
                with self._lock:
                    now = self.clock()
                    self._turns = [t for t in self._turns if t.ended is None or t.ended > now - self.seconds]
                    room = self.limit - len(self._turns)
                    ahead = sum(n for rank, n in self._chains_waiting.items() if chain is None or rank < chain)
                    if room > ahead:
                        ticket = Ticket()
                        self._turns.append(ticket)
                        return ticket
                    if chain is not None and not queued:
                        self._chains_waiting[chain] += 1
                        queued = True
                    pause = self._next_free(now) if room <= 0 else 0.005
                self.sleep(pause)
        finally:
            if queued and chain is not None:
                with self._lock:
                    self._chains_waiting[chain] -= 1

    def ended(self, ticket: Ticket) -> None:
        """The attempt that used `ticket` got its reply, or failed: its turn comes back `seconds` from now."""
        with self._lock:
            ticket.ended = self.clock()

    def in_flight(self) -> int:
        """Turns taken whose attempt has not ended yet."""
        with self._lock:
            return sum(1 for t in self._turns if t.ended is None)

    def _next_free(self, now: float) -> float:
        ends = [t.ended for t in self._turns if t.ended is not None]
        # While every counted turn is still in flight, look again soon: one of them ends first.
        return max(min(ends) + self.seconds - now + 0.001, 0.001) if ends else 0.02
