"""What both OAuth servers of the sandbox share: redirects, error pages, PKCE, and minting/withdrawing tokens.

Tokens the servers mint are registered where the API side looks (`state.hubspot.tokens` / `state.qbo.tokens`
with an expiry), so a client that completes the flow can call the emulated APIs with them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from werkzeug.wrappers import Response

from core.sandbox.auth import now
from core.sandbox.oauth_store import Grant, ProviderStore, new_token
from core.sandbox.state import State

CODE_LIFETIME = 300.0  # seconds an authorization code stays redeemable [UNVERIFIED for both providers]
PKCE_METHODS = ("S256", "plain")


def store(state: State, provider: str) -> ProviderStore:
    return state.oauth.hubspot if provider == "hubspot" else state.oauth.intuit


def redirect(uri: str, params: dict[str, str | None]) -> Response:
    """302 to the client's redirect URI with `params` added to whatever query it already has."""
    parts = urlsplit(uri)
    query = parse_qsl(parts.query, keep_blank_values=True) + [(k, v) for k, v in params.items() if v is not None]
    return Response(status=302, headers={"Location": urlunsplit(parts._replace(query=urlencode(query)))})


def error_page(message: str, status: int = 400) -> Response:
    """What the provider shows the user when it cannot safely redirect back (bad client or redirect URI)."""
    body = f"<!doctype html><title>Authorization error</title><h1>Authorization error</h1><p>{html.escape(message)}</p>"
    return Response(body, status=status, content_type="text/html; charset=utf-8")


def pkce_ok(challenge: str | None, method: str, verifier: str | None) -> bool:
    """RFC 7636: no challenge means nothing to check; otherwise the verifier must hash to it."""
    if challenge is None:
        return True
    if not verifier:
        return False
    if method == "S256":
        digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
        verifier = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
    return hmac.compare_digest(verifier, challenge)


def secret_ok(state: State, provider: str, client_id: str | None, secret: str | None) -> bool:
    app = state.oauth.app(provider)
    return (client_id == app["client_id"] and secret is not None
            and hmac.compare_digest(str(secret), str(app["client_secret"])))


def issue_access(state: State, provider: str, grant: Grant, prefix: str, lifetime: float) -> str:
    """Mint an access token for a grant and make the API side accept it until `lifetime` seconds from now."""
    token = new_token(prefix)
    api = state.hubspot if provider == "hubspot" else state.qbo
    api.tokens.add(token)
    api.token_expiry[token] = now(state) + lifetime
    grant.access_tokens.add(token)
    store(state, provider).by_access[token] = grant
    return token


def revoke_grant(state: State, provider: str, grant: Grant) -> None:
    """Forget a grant: its refresh token stops refreshing and its access tokens stop working at once."""
    api = state.hubspot if provider == "hubspot" else state.qbo
    for token in store(state, provider).forget(grant):
        api.tokens.discard(token)
        api.token_expiry.pop(token, None)


def grant_of(state: State, provider: str, token: str) -> Grant | None:
    """The grant a refresh or access token belongs to (revocation accepts either)."""
    provider_store = store(state, provider)
    return provider_store.by_refresh.get(token) or provider_store.by_access.get(token)
