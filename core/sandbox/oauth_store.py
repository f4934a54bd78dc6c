"""What the sandbox's OAuth servers remember: the registered apps, pending authorization codes and grants.

Kept free of other sandbox imports because state.py embeds it (State.oauth).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

# The apps a scenario registers when its "oauth" block leaves them out (docs/oauth.md).
DEFAULT_APPS: dict[str, dict[str, Any]] = {
    "hubspot": {"client_id": "sandbox-hubspot-client", "client_secret": "sandbox-hubspot-secret"},
    "intuit": {"client_id": "sandbox-intuit-client", "client_secret": "sandbox-intuit-secret"},
}
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")


@dataclass
class AuthCode:
    """An authorization code between the redirect and its single exchange."""

    client_id: str
    redirect_uri: str
    scopes: list[str]
    expires: float
    challenge: str | None = None
    challenge_method: str = "plain"


@dataclass
class Grant:
    """One user consent: a refresh token and every access token minted from it (revoked together)."""

    client_id: str
    scopes: list[str]
    refresh_token: str
    refresh_expires: float | None = None   # None = does not expire (HubSpot)
    access_tokens: set[str] = field(default_factory=set)


@dataclass
class ProviderStore:
    codes: dict[str, AuthCode] = field(default_factory=dict)
    by_refresh: dict[str, Grant] = field(default_factory=dict)
    by_access: dict[str, Grant] = field(default_factory=dict)

    def forget(self, grant: Grant) -> list[str]:
        """Drop a grant; returns its access tokens so the caller can withdraw them from the API side."""
        self.by_refresh.pop(grant.refresh_token, None)
        for token in grant.access_tokens:
            self.by_access.pop(token, None)
        return sorted(grant.access_tokens)


@dataclass
class OAuthStore:
    apps: dict[str, dict[str, Any]] = field(default_factory=dict)  # the scenario's "oauth" block
    hubspot: ProviderStore = field(default_factory=ProviderStore)
    intuit: ProviderStore = field(default_factory=ProviderStore)

    def app(self, provider: str) -> dict[str, Any]:
        """The registered app of a provider: the scenario's values over the defaults."""
        return {**DEFAULT_APPS[provider], **(self.apps.get(provider) or {})}

    def redirect_allowed(self, provider: str, uri: str) -> bool:
        """Exact match against the app's redirect_uris; without a list, any http loopback URI (a desktop
        app's listener picks its port at run time)."""
        registered = self.app(provider).get("redirect_uris")
        if registered:
            return uri in registered
        parts = urlsplit(uri)
        return parts.scheme == "http" and (parts.hostname or "") in LOOPBACK_HOSTS


def new_token(prefix: str, size: int = 32) -> str:
    return f"{prefix}{secrets.token_urlsafe(size)}"
