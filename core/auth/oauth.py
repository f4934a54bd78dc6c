"""OAuth 2.0 for HubSpot and Intuit over requests-oauthlib: authorize URLs, code exchange, refresh, revoke.

Facts: HUBSPOT_API.md §8.1 (PKCE accepted by the token endpoints, client secret still required, credentials in
the form body, refresh tokens do not rotate) and QBO_API.md §9 (no PKCE, HTTP Basic client authentication,
refresh tokens rotate, `invalid_grant` = reconnect). Every URL can be moved to another base (the sandbox) with
`oauth_base`. Token values never reach a message, a repr or a log line.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests
from oauthlib.oauth2 import OAuth2Error, WebApplicationClient
from requests_oauthlib import OAuth2Session

from core.auth import words
from core.errors import ApiError, AuthError, ConfigError, MalformedReplyError, NetworkError, UserError
from core.http import require_secure
from core.i18n import verbatim

log = logging.getLogger(__name__)

# requests-oauthlib and oauthlib log request bodies and whole token replies at DEBUG: keep them quiet whatever
# the root logger is set to, so a debug log can never contain a token.
for _name in ("requests_oauthlib", "oauthlib"):
    logging.getLogger(_name).setLevel(logging.INFO)

HUBSPOT = "hubspot"
QBO = "qbo"
LABELS = {HUBSPOT: "HubSpot", QBO: "QuickBooks"}

# What Sync Doctor reads and changes in HubSpot (HUBSPOT_API.md §8.1 "Scopes this app needs").
HUBSPOT_SCOPES = (
    "oauth",
    "crm.objects.invoices.read",
    "crm.objects.contacts.read",
    "crm.objects.contacts.write",
    "crm.objects.companies.read",
    "crm.objects.line_items.read",
)
HUBSPOT_OPTIONAL_SCOPES = ("crm.schemas.invoices.read",)
QBO_SCOPES = ("com.intuit.quickbooks.accounting",)

HUBSPOT_AUTHORIZE = "https://app.hubspot.com/oauth/authorize"
HUBSPOT_TOKEN = "https://api.hubapi.com/oauth/v3/token"
HUBSPOT_REVOKE = "https://api.hubapi.com/oauth/v3/token/revoke"
INTUIT_AUTHORIZE = "https://appcenter.intuit.com/connect/oauth2"
INTUIT_TOKEN = "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer"
INTUIT_REVOKE = "https://developer.api.intuit.com/v2/oauth2/tokens/revoke"

TIMEOUT = 30.0


# --- errors (plain words; never a token) ---------------------------------------------------------------------
class ReconnectNeeded(AuthError):
    """The provider no longer accepts the saved connection (invalid_grant, revoked, uninstalled)."""


class CodeRejected(AuthError):
    """The provider refused the authorization code: used already, expired, or from another attempt."""


class AppCredentialsRejected(ConfigError):
    """The provider did not accept the app's client id and secret."""


# --- configuration -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Provider:
    """Where one provider's OAuth server is and how it wants to be spoken to."""

    key: str                                  # HUBSPOT or QBO; also the keyring provider name
    authorize_url: str
    token_url: str
    revoke_url: str
    scopes: tuple[str, ...]
    optional_scopes: tuple[str, ...] = ()
    pkce: bool = False                        # send an S256 code challenge
    basic_auth: bool = False                  # client_secret_basic (Intuit); else id and secret in the form body

    @property
    def label(self) -> str:
        return LABELS[self.key]


def _rebase(url: str, base: str | None) -> str:
    """`url` with its scheme and host (and any path prefix) taken from `base`."""
    if not base:
        return url
    target, parts = urlsplit(base.rstrip("/")), urlsplit(url)
    return urlunsplit((target.scheme, target.netloc, target.path + parts.path, parts.query, ""))


def hubspot_provider(oauth_base: str | None = None) -> Provider:
    """HubSpot's OAuth server; `oauth_base` moves the authorize and token hosts (the sandbox serves both)."""
    return Provider(HUBSPOT, _rebase(HUBSPOT_AUTHORIZE, oauth_base), _rebase(HUBSPOT_TOKEN, oauth_base),
                    _rebase(HUBSPOT_REVOKE, oauth_base), HUBSPOT_SCOPES, HUBSPOT_OPTIONAL_SCOPES, pkce=True)


def qbo_provider(oauth_base: str | None = None) -> Provider:
    """Intuit's OAuth server: the same hosts serve development (sandbox) and production keys."""
    return Provider(QBO, _rebase(INTUIT_AUTHORIZE, oauth_base), _rebase(INTUIT_TOKEN, oauth_base),
                    _rebase(INTUIT_REVOKE, oauth_base), QBO_SCOPES, basic_auth=True)


@dataclass(frozen=True)
class AppCredentials:
    """The app's client id and secret (entered once per installation; the secret lives in the keyring)."""

    client_id: str
    client_secret: str = field(repr=False)


@dataclass(frozen=True)
class AuthRequest:
    """One authorization in flight: what the browser is sent to and what its answer must match."""

    provider: Provider
    url: str = field(repr=False)              # carries the state and the code challenge
    state: str = field(repr=False)
    redirect_uri: str
    code_verifier: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class TokenSet:
    """A token endpoint's reply, reduced to what Sync Doctor keeps."""

    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    expires_at: float                         # epoch seconds when the access token stops working
    refresh_expires_in: int | None = None     # Intuit's x_refresh_token_expires_in, seconds
    portal_id: str | None = None              # HubSpot's hub_id
    scopes: tuple[str, ...] = ()              # HubSpot's granted scopes

    def missing_scopes(self, required: tuple[str, ...]) -> list[str]:
        """Required scopes the provider did not grant (only meaningful when it lists what it granted)."""
        return [s for s in required if s not in self.scopes] if self.scopes else []


# --- transport -------------------------------------------------------------------------------------------
def check_transport(url: str, what: str = "sign-in") -> None:
    """HTTPS everywhere, plain HTTP only to this computer (the sandbox, a loopback redirect): core.http's rule,
    shared with the API sessions. ConfigError names the address otherwise."""
    require_secure(url, what)
    if urlsplit(url).scheme.lower() == "http":
        # oauthlib refuses http outright; require_secure above is the stricter gate for every URL we pass it.
        os.environ.setdefault("OAUTHLIB_INSECURE_TRANSPORT", "1")


def authorization_request(provider: Provider, creds: AppCredentials, redirect_uri: str,
                          state: str | None = None) -> AuthRequest:
    """The address to open in the browser, with a fresh `state` (and a PKCE S256 challenge for HubSpot)."""
    check_transport(provider.authorize_url, f"{provider.label} sign-in")
    check_transport(redirect_uri, "redirect")  # the browser carries the code there
    session = OAuth2Session(creds.client_id, redirect_uri=redirect_uri, scope=list(provider.scopes), state=state)
    extra: dict[str, str] = {}
    verifier: str | None = None
    if provider.pkce:
        helper = WebApplicationClient(creds.client_id)
        verifier = helper.create_code_verifier(64)
        extra = {"code_challenge": helper.create_code_challenge(verifier, "S256"), "code_challenge_method": "S256"}
    if provider.optional_scopes:
        extra["optional_scope"] = " ".join(provider.optional_scopes)
    url, new_state = session.authorization_url(provider.authorize_url, **extra)
    return AuthRequest(provider, url, new_state, redirect_uri, verifier)


def exchange_code(request: AuthRequest, creds: AppCredentials, code: str, timeout: float = TIMEOUT) -> TokenSet:
    """Trade an authorization code for tokens (single use: a replayed code raises CodeRejected)."""
    provider = request.provider
    check_transport(provider.token_url, f"{provider.label} token")
    session = OAuth2Session(creds.client_id, redirect_uri=request.redirect_uri)
    session.register_compliance_hook("access_token_response", _error_hook(provider, refreshing=False))
    kwargs: dict[str, Any] = {}
    if request.code_verifier:
        kwargs["code_verifier"] = request.code_verifier
    if provider.basic_auth:
        kwargs["auth"] = requests.auth.HTTPBasicAuth(creds.client_id, creds.client_secret)
    else:
        kwargs.update(include_client_id=True, client_secret=creds.client_secret)
    with session:
        token = _call(provider, lambda: session.fetch_token(provider.token_url, code=code, timeout=timeout,
                                                            **kwargs))
    return _token_set(provider, token, previous_refresh=None)


def refresh(provider: Provider, creds: AppCredentials, refresh_token: str, timeout: float = TIMEOUT) -> TokenSet:
    """A fresh access token. The reply's refresh token (rotated by Intuit) must be saved by the caller."""
    check_transport(provider.token_url, f"{provider.label} token")
    session = OAuth2Session(creds.client_id)
    session.register_compliance_hook("refresh_token_response", _error_hook(provider, refreshing=True))
    kwargs: dict[str, Any] = {}
    if provider.basic_auth:
        kwargs["auth"] = requests.auth.HTTPBasicAuth(creds.client_id, creds.client_secret)
    else:
        kwargs.update(client_id=creds.client_id, client_secret=creds.client_secret)
    with session:
        token = _call(provider, lambda: session.refresh_token(provider.token_url, refresh_token=refresh_token,
                                                              timeout=timeout, **kwargs))
    return _token_set(provider, token, previous_refresh=refresh_token)


def revoke(provider: Provider, creds: AppCredentials, token: str, timeout: float = TIMEOUT) -> None:
    """End the grant at the provider (RFC 7009: an unknown token is not an error).

    requests-oauthlib has no revocation call; oauthlib's helper builds RFC 7009 form bodies, but Intuit wants
    JSON with Basic auth, so each provider's documented request is sent as is."""
    check_transport(provider.revoke_url, f"{provider.label} revocation")
    try:
        if provider.basic_auth:
            reply = requests.post(provider.revoke_url, json={"token": token}, timeout=timeout,
                                  auth=(creds.client_id, creds.client_secret), headers={"Accept": "application/json"})
        else:
            reply = requests.post(provider.revoke_url, timeout=timeout, headers={"Accept": "application/json"},
                                  data={"token": token, "client_id": creds.client_id,
                                        "client_secret": creds.client_secret})
    except requests.RequestException as err:
        raise _network(provider, err) from None
    if reply.status_code in (200, 204):
        return
    _raise_for_reply(provider, reply, refreshing=False)


# --- replies -----------------------------------------------------------------------------------------------
def _call(provider: Provider, action: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    try:
        return action()
    except UserError:
        raise
    except requests.RequestException as err:
        raise _network(provider, err) from None
    except (OAuth2Error, Warning, ValueError) as err:  # a 200 reply oauthlib cannot use (no token, odd scope)
        log.info("unusable token reply from %s: %s", provider.label, type(err).__name__)   # details: the log
        raise MalformedReplyError(words.NO_TOKENS_TRY_AGAIN.format(service=provider.label), 200) from None


def _network(provider: Provider, err: BaseException) -> NetworkError:
    from core.http import network_message  # lazy: start-up time (core.http loads requests' adapters)

    why = network_message(err) if isinstance(err, requests.RequestException) else words.CONNECTION_FAILED
    return NetworkError(words.SIGN_IN_UNREACHABLE.format(service=provider.label, reason=why))


def _error_hook(provider: Provider, refreshing: bool) -> Callable[[requests.Response], requests.Response]:
    """Turn an error reply into a typed error before oauthlib parses it (HubSpot's shape is not RFC 6749's)."""

    def hook(reply: requests.Response) -> requests.Response:
        if reply.status_code != 200:
            _raise_for_reply(provider, reply, refreshing)
        return reply

    return hook


def _raise_for_reply(provider: Provider, reply: requests.Response, refreshing: bool) -> None:
    try:
        body = reply.json()
    except ValueError:
        body = None
    body = body if isinstance(body, dict) else {}
    # RFC 6749 `error` (Intuit) or HubSpot's `status` code (BAD_AUTH_CODE, BAD_REFRESH_TOKEN, ...).
    code = str(body.get("error") or body.get("status") or "")
    log.info("%s token endpoint answered %s (%s)", provider.label, reply.status_code, code or "no code")
    name = provider.label
    if code in ("invalid_client", "BAD_CLIENT_ID", "BAD_CLIENT_SECRET") or reply.status_code == 401:
        raise AppCredentialsRejected(words.APP_REJECTED.format(service=name))
    if refreshing and code in ("invalid_grant", "BAD_REFRESH_TOKEN"):
        raise ReconnectNeeded(words.RECONNECT_REFUSED.format(service=name))
    if code in ("invalid_grant", "BAD_AUTH_CODE", "EXPIRED_AUTH_CODE", "BAD_REDIRECT_URI"):
        raise CodeRejected(words.CODE_REJECTED.format(service=name))
    raise ApiError(words.SIGN_IN_STATUS.format(service=name, status=str(reply.status_code),
                                               code=verbatim(code) if code else words.NO_ERROR_CODE),
                   reply.status_code, code=code)


def _token_set(provider: Provider, token: dict[str, Any], previous_refresh: str | None) -> TokenSet:
    access, refresh_token = token.get("access_token"), token.get("refresh_token") or previous_refresh
    if not isinstance(access, str) or not access or not isinstance(refresh_token, str) or not refresh_token:
        raise MalformedReplyError(words.NO_TOKENS.format(service=provider.label), 200)
    expires_in = token.get("expires_in")
    expires_at = token.get("expires_at")
    if not isinstance(expires_at, (int, float)):
        expires_at = time.time() + (float(expires_in) if isinstance(expires_in, (int, float)) else 1800.0)
    refresh_left = token.get("x_refresh_token_expires_in")
    hub = token.get("hub_id")
    scopes = token.get("scopes")
    return TokenSet(
        access_token=access,
        refresh_token=refresh_token,
        expires_at=float(expires_at),
        refresh_expires_in=int(refresh_left) if isinstance(refresh_left, (int, float)) else None,
        portal_id=str(hub) if hub is not None else None,
        scopes=tuple(str(s) for s in scopes) if isinstance(scopes, list) else (),
    )
