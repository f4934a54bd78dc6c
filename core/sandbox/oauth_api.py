"""OAuth endpoints of HubSpot and Intuit (authorize, token, refresh, revoke). Routes need no bearer token."""

from __future__ import annotations

from collections.abc import Callable

from werkzeug.routing import Rule
from werkzeug.wrappers import Response


def rules() -> list[Rule]:
    return []


# Every handler takes (state, request, **route arguments); endpoint names start with "oauth_".
HANDLERS: dict[str, Callable[..., Response]] = {}
