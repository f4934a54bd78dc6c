"""Which bearer tokens the sandbox accepts: the scenario's fixed tokens, and tokens its OAuth endpoints
issued until they expire (HubSpot access tokens live 30 minutes, Intuit's 60).

Time comes from `State.now()`, so a test moves every expiry at once by setting `state.clock`.
"""

from __future__ import annotations

from core.sandbox.state import State


def now(state: State) -> float:
    """The sandbox's clock in epoch seconds (the one test hook for every expiry)."""
    return state.now().timestamp()


def hubspot_token_ok(state: State, token: str | None) -> bool:
    hs = state.hubspot
    return token is not None and token in hs.tokens and hs.token_expiry.get(token, float("inf")) > now(state)


def qbo_token_ok(state: State, token: str | None) -> bool:
    qbo = state.qbo
    return token is not None and token in qbo.tokens and qbo.token_expiry.get(token, float("inf")) > now(state)
