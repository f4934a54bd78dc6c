"""The plain types every layer of core shares: where the two services are, progress callbacks, decoded JSON.

A leaf: it imports nothing from core, so the API clients, the refresh modules and the facade can all depend on it
without depending on each other (import-linter's contracts in pyproject.toml keep it that way).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

JSON = dict[str, Any]
"""A decoded JSON object, as the APIs send it and as the journal stores it."""

Progress = Callable[[str, int, int], None]
"""progress(step, done, total): `step` names what is being done; total is 0 when unknown."""

DEFAULT_HUBSPOT_API = "https://api.hubapi.com"
DEFAULT_QBO_API = "https://quickbooks.api.intuit.com"


@dataclass(frozen=True)
class Endpoints:
    """Where both services are and how to sign in. The only thing that differs for the sandbox."""

    hubspot_api: str
    hubspot_token: str
    qbo_api: str
    qbo_token: str
    qbo_realm: str
    # renew("hubspot" | "qbo") -> a fresh access token, for a session that outlives its token (30/60 minutes);
    # None for fixed tokens (environment, sandbox). Raises ReconnectNeeded when the login itself is gone.
    renew: Callable[[str], str] | None = field(default=None, compare=False, repr=False)

    def renewer(self, service: str) -> Callable[[], str] | None:
        renew = self.renew
        return None if renew is None else (lambda: renew(service))

    def __repr__(self) -> str:  # never print tokens
        return f"Endpoints(hubspot_api={self.hubspot_api!r}, qbo_api={self.qbo_api!r}, realm={self.qbo_realm!r})"
