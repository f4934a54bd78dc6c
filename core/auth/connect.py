"""Connecting a profile to HubSpot and QuickBooks, keeping it connected, and disconnecting it.

The flows (HUBSPOT_API.md §8, QBO_API.md §9): OAuth in the system browser with a loopback redirect, the pasted
landed-on address for Intuit production keys (HTTPS redirect), or a pasted HubSpot private-app token / service
key. Keyring entries: provider "hubspot" under the profile's id, provider "qbo" under the realm id (so every
window and profile using one company shares one rotating token and one lock); app secrets under
"<provider>-app"/client id. Access tokens stay in memory and are refreshed on demand. A refused refresh marks
the profile "reconnect needed"; an unreachable service marks it offline for this session.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from functools import partial
from pathlib import Path

import requests

from core import paths
from core.auth import oauth, words
from core.auth.app_credentials import AppCredentialStore
from core.auth.callback import Callback, parse_landed_address, read_callback
from core.auth.expiry import Clock, Forecast, forecast_hubspot, forecast_qbo, utc_now
from core.auth.loopback import DEFAULT_TIMEOUT, LoopbackListener, LoopbackTimeout
from core.auth.oauth import HUBSPOT, QBO, AppCredentials, AuthRequest, ReconnectNeeded, TokenSet
from core.auth.rotation import refresh_locked
from core.errors import AuthError, ConfigError, NetworkError
from core.http import network_message
from core.i18n import Message
from core.profiles import HUBSPOT_APP, Profile, ProfileStore
from core.secrets import KeyringLockedError, TokenStore
from core.types import Endpoints

log = logging.getLogger(__name__)

OpenBrowser = Callable[[str], object]
"""open_browser(url): show the sign-in page. Called on the worker thread; must not block on the answer."""

ACCESS_MARGIN = 120.0  # seconds: refresh an access token this long before it expires
PRIVATE_APP = "private_app"
OAUTH = "oauth"


@dataclass(frozen=True)
class Connected:
    """What a successful connection did, for the dialog to say."""

    provider: str
    account: str                          # portal id / realm id shown to the user
    missing_scopes: list[str] = field(default_factory=list)
    persistent: bool = True               # False: kept in memory only (no usable keychain)


@dataclass(frozen=True)
class Disconnected:
    provider: str
    revoked: bool                         # False: the provider could not be told; say so
    note: Message | None = None           # what the user should still do, when anything


class Connections(AppCredentialStore):
    """Every connection operation of one installation. Thread-safe; the GUI calls it from TaskBridge jobs."""

    def __init__(self, profiles: ProfileStore | None = None, store: TokenStore | None = None, *,
                 lock_dir: Path | None = None, clock: Clock = utc_now) -> None:
        self.profiles = profiles if profiles is not None else ProfileStore()
        self.store = store if store is not None else TokenStore()
        self.lock_dir = lock_dir if lock_dir is not None else paths.home() / "locks"
        self.clock = clock
        self._offline: set[tuple[str, str]] = set()  # (profile id, provider) that could not be reached
        self._lock = threading.Lock()

    # --- keyring ------------------------------------------------------------------------------------------
    def check_keyring(self) -> None:
        """Raise KeyringLockedError now, before a browser opens, when the keychain cannot be used."""
        self.store.check()

    # --- providers and accounts ---------------------------------------------------------------------------
    @staticmethod
    def provider(profile: Profile, key: str) -> oauth.Provider:
        if key == HUBSPOT:
            return oauth.hubspot_provider(profile.hubspot_oauth_base or None)
        return oauth.qbo_provider(profile.qbo_oauth_base or None)

    @staticmethod
    def account(profile: Profile, key: str) -> str:
        """The keyring account of a profile's connection ("" when QuickBooks has no company yet)."""
        return profile.id if key == HUBSPOT else profile.qbo_realm

    def _app_key(self, profile: Profile, key: str) -> str:
        return HUBSPOT_APP if key == HUBSPOT else profile.qbo_app

    # --- HubSpot ------------------------------------------------------------------------------------------
    def connect_hubspot(self, profile_name: str, open_browser: OpenBrowser, *, timeout: float = DEFAULT_TIMEOUT,
                        cancel: threading.Event | None = None, port: int = 0) -> Connected:
        """OAuth in the browser with a loopback redirect, state and PKCE; saves the refresh token."""
        profile = self.profiles.get(profile_name)
        self.check_keyring()
        provider = self.provider(profile, HUBSPOT)
        creds = self._creds(HUBSPOT_APP, "HubSpot")
        port = port or self.loopback_port(HUBSPOT_APP)
        try:
            callback, request = self._browser_flow(provider, creds, open_browser, timeout, cancel, port)
        except LoopbackTimeout as err:
            # HubSpot shows an error page instead of coming back when the app lacks a scope (§8.1).
            raise LoopbackTimeout(words.HUBSPOT_SCOPES_PAGE.format(timeout=err.message,
                                                                    scopes=", ".join(provider.scopes))) from None
        tokens = oauth.exchange_code(request, creds, callback.code)
        return self._save_hubspot(profile, tokens, provider)

    def _save_hubspot(self, profile: Profile, tokens: TokenSet, provider: oauth.Provider) -> Connected:
        account = self.account(profile, HUBSPOT)
        self.store.set_refresh_token(HUBSPOT, account, tokens.refresh_token)
        self.store.set_access_token(HUBSPOT, account, tokens.access_token, tokens.expires_at)
        self.profiles.update(profile.name, hubspot_auth=OAUTH, hubspot_portal_id=tokens.portal_id or "",
                             hubspot_scopes=list(tokens.scopes), hubspot_connected_at=self.clock(),
                             hubspot_reconnect_needed=False)
        self._set_offline(profile, HUBSPOT, False)
        log.info("HubSpot connected for profile %s (portal %s)", profile.name, tokens.portal_id)
        return Connected(HUBSPOT, tokens.portal_id or "", tokens.missing_scopes(provider.scopes),
                         self.store.persistent)

    def connect_hubspot_token(self, profile_name: str, token: str, portal_id: str = "",
                              timeout: float = oauth.TIMEOUT) -> Connected:
        """A pasted private-app token or service key: checked with one read, then saved like a refresh token."""
        token = "".join(token.split())
        if not token:
            raise ConfigError(words.PASTE_TOKEN)
        profile = self.profiles.get(profile_name)
        self.check_keyring()
        self._check_static_token(profile, token, timeout)
        account = self.account(profile, HUBSPOT)
        self.store.set_refresh_token(HUBSPOT, account, token)
        self.store.set_access_token(HUBSPOT, account, token)
        self.profiles.update(profile.name, hubspot_auth=PRIVATE_APP, hubspot_portal_id=portal_id.strip(),
                             hubspot_scopes=[], hubspot_connected_at=self.clock(), hubspot_reconnect_needed=False)
        self._set_offline(profile, HUBSPOT, False)
        return Connected(HUBSPOT, portal_id.strip(), [], self.store.persistent)

    def _check_static_token(self, profile: Profile, token: str, timeout: float) -> None:
        oauth.check_transport(profile.hubspot_api, "HubSpot API")
        try:
            reply = requests.get(f"{profile.hubspot_api.rstrip('/')}/crm/v3/objects/contacts",
                                 params={"limit": 1}, headers={"Authorization": f"Bearer {token}"}, timeout=timeout)
        except requests.RequestException as err:
            raise NetworkError(words.TOKEN_UNREACHABLE.format(reason=network_message(err))) from None
        if reply.status_code in (401, 530):  # HubSpot answers 530 to malformed tokens (HUBSPOT_API.md §7.4)
            raise AuthError(words.TOKEN_REFUSED)
        if reply.status_code == 403:
            raise AuthError(words.TOKEN_NO_SCOPES.format(scopes=", ".join(oauth.HUBSPOT_SCOPES[1:])))
        if reply.status_code >= 400:
            raise AuthError(words.TOKEN_STATUS.format(status=str(reply.status_code)))

    # --- QuickBooks ----------------------------------------------------------------------------------------
    def connect_qbo(self, profile_name: str, open_browser: OpenBrowser, *, timeout: float = DEFAULT_TIMEOUT,
                    cancel: threading.Event | None = None, port: int = 0) -> Connected:
        """Intuit OAuth with a loopback redirect (development keys; Intuit's production needs HTTPS)."""
        profile = self.profiles.get(profile_name)
        if profile.qbo_environment == "production" and not profile.qbo_oauth_base:
            raise ConfigError(words.LOCALHOST_DEV_ONLY)
        self.check_keyring()
        provider = self.provider(profile, QBO)
        creds = self._creds(profile.qbo_app, "QuickBooks")
        callback, request = self._browser_flow(provider, creds, open_browser, timeout, cancel,
                                               port or self.loopback_port(profile.qbo_app), need_realm=True)
        return self._finish_qbo(profile, provider, creds, request, callback)

    def start_qbo_paste(self, profile_name: str, redirect_uri: str | None = None) -> AuthRequest:
        """The sign-in address for the paste path; its redirect is the app's HTTPS address unless given."""
        profile = self.profiles.get(profile_name)
        self.check_keyring()
        creds = self._creds(profile.qbo_app, "QuickBooks")
        uri = (redirect_uri or self.app_settings(profile.qbo_app).redirect_uri).strip()   # typed, else the firm's
        if not uri:
            raise ConfigError(words.ENTER_REDIRECT)
        oauth.check_transport(uri, "redirect")
        return oauth.authorization_request(self.provider(profile, QBO), creds, uri)

    def finish_qbo_paste(self, profile_name: str, request: AuthRequest, landed_address: str) -> Connected:
        """Read the pasted address (code, state, realmId), check it, and exchange the code."""
        profile = self.profiles.get(profile_name)
        callback = read_callback(parse_landed_address(landed_address), request.state, "QuickBooks", need_realm=True)
        creds = self._creds(profile.qbo_app, "QuickBooks")
        return self._finish_qbo(profile, request.provider, creds, request, callback)

    def _finish_qbo(self, profile: Profile, provider: oauth.Provider, creds: AppCredentials, request: AuthRequest,
                    callback: Callback) -> Connected:
        tokens = oauth.exchange_code(request, creds, callback.code)
        realm = callback.realm_id or ""
        now = self.clock()
        self.store.set_refresh_token(QBO, realm, tokens.refresh_token)
        self.store.set_access_token(QBO, realm, tokens.access_token, tokens.expires_at)
        reported = now + timedelta(seconds=tokens.refresh_expires_in) if tokens.refresh_expires_in else None
        keep_consent = profile.qbo_realm == realm and profile.qbo_consent_at is not None
        self.profiles.update(profile.name, qbo_realm=realm, qbo_refreshed_at=now, qbo_refresh_expires_at=reported,
                             qbo_consent_at=profile.qbo_consent_at if keep_consent else now,
                             qbo_reconnect_needed=False)
        self._set_offline(profile, QBO, False)
        log.info("QuickBooks connected for profile %s (company %s)", profile.name, realm)
        return Connected(QBO, realm, [], self.store.persistent)

    # --- the browser round trip ----------------------------------------------------------------------------
    @staticmethod
    def _browser_flow(provider: oauth.Provider, creds: AppCredentials, open_browser: OpenBrowser, timeout: float,
                      cancel: threading.Event | None, port: int,
                      need_realm: bool = False) -> tuple[Callback, AuthRequest]:
        with LoopbackListener(port) as listener:
            request = oauth.authorization_request(provider, creds, listener.redirect_uri)
            open_browser(request.url)
            params = listener.wait(timeout, cancel, state=request.state)
        return read_callback(params, request.state, provider.label, need_realm=need_realm), request

    # --- tokens on demand -----------------------------------------------------------------------------------
    def access_token(self, profile_name: str, key: str) -> str:
        """A usable access token for a profile's service, refreshed when missing or about to expire."""
        profile = self.profiles.get(profile_name)
        self._require_connected(profile, key)
        account = self.account(profile, key)
        if key == HUBSPOT and profile.hubspot_auth == PRIVATE_APP:
            token = self.store.get_refresh_token(HUBSPOT, account)
            if not token:
                raise self._lost(profile, key)
            return token
        cached = self.store.get_access_token(key, account, min_left=ACCESS_MARGIN)
        return cached if cached else self._refresh(profile, key)

    def on_unauthorized(self, profile_name: str, key: str) -> str:
        """The service answered 401 to our access token: refresh once and return the new one. A refused
        refresh (revoked, uninstalled, expired) marks the profile "reconnect needed" and raises ReconnectNeeded."""
        profile = self.profiles.get(profile_name)
        self._require_connected(profile, key)
        account = self.account(profile, key)
        self.store.forget_access_token(key, account)
        if key == HUBSPOT and profile.hubspot_auth == PRIVATE_APP:
            self.profiles.update(profile.name, hubspot_reconnect_needed=True)
            raise ReconnectNeeded(words.TOKEN_GONE)
        return self._refresh(profile, key)

    def _refresh(self, profile: Profile, key: str) -> str:
        provider = self.provider(profile, key)
        creds = self._creds(self._app_key(profile, key), provider.label)
        try:
            tokens = refresh_locked(self.store, provider, self.account(profile, key), creds, self.lock_dir)
        except ReconnectNeeded:
            self._mark_reconnect(profile, key)
            raise
        except NetworkError:
            self._set_offline(profile, key, True)
            raise
        self._set_offline(profile, key, False)
        if key == QBO:
            now = self.clock()
            reported = now + timedelta(seconds=tokens.refresh_expires_in) if tokens.refresh_expires_in else None
            self.profiles.update(profile.name, qbo_refreshed_at=now, qbo_refresh_expires_at=reported,
                                 qbo_reconnect_needed=False)
        elif profile.hubspot_reconnect_needed:
            self.profiles.update(profile.name, hubspot_reconnect_needed=False)
        return tokens.access_token

    def _require_connected(self, profile: Profile, key: str) -> None:
        connected = bool(profile.hubspot_auth) if key == HUBSPOT else bool(profile.qbo_realm)
        if not connected:
            raise ConfigError(words.NOT_CONNECTED.format(service=oauth.LABELS[key], profile=profile.name))

    def _lost(self, profile: Profile, key: str) -> ReconnectNeeded:
        self._mark_reconnect(profile, key)
        lost = words.LOST if self.store.persistent else words.LOST_IN_MEMORY
        return ReconnectNeeded(lost.format(service=oauth.LABELS[key]))

    def _mark_reconnect(self, profile: Profile, key: str) -> None:
        if key == HUBSPOT:
            self.profiles.update(profile.name, hubspot_reconnect_needed=True)
        else:
            self.profiles.update(profile.name, qbo_reconnect_needed=True)

    def _set_offline(self, profile: Profile, key: str, offline: bool) -> None:
        with self._lock:
            if offline:
                self._offline.add((profile.id, key))
            else:
                self._offline.discard((profile.id, key))

    def endpoints(self, profile_name: str) -> Endpoints:
        """Where both services are for this profile, with fresh access tokens (network: run off the GUI thread)."""
        profile = self.profiles.get(profile_name)
        return Endpoints(hubspot_api=profile.hubspot_api, hubspot_token=self.access_token(profile_name, HUBSPOT),
                         qbo_api=profile.qbo_api_base, qbo_token=self.access_token(profile_name, QBO),
                         qbo_realm=profile.qbo_realm,
                         # a long session outlives its access tokens: the clients renew them on a 401
                         renew=partial(self.on_unauthorized, profile_name))

    # --- disconnect -------------------------------------------------------------------------------------------
    def disconnect(self, profile_name: str, key: str) -> Disconnected:
        """Revoke at the provider, then forget locally (keyring and profile) whatever the provider said."""
        profile = self.profiles.get(profile_name)
        account = self.account(profile, key)
        label = oauth.LABELS[key]
        revoked, note = True, None
        token = self.store.get_refresh_token(key, account) if account else None
        oauth_grant = key == QBO or profile.hubspot_auth == OAUTH
        if token and oauth_grant:
            provider = self.provider(profile, key)
            creds = self.app_credentials(self._app_key(profile, key))
            try:
                if creds is None:
                    raise ConfigError(words.NO_APP_SAVED)
                oauth.revoke(provider, creds, token)
            except (NetworkError, ConfigError, AuthError) as err:
                revoked = False
                note = words.NOT_TOLD.format(service=label, reason=err.message)
        elif token:
            note = words.TOKEN_STAYS_VALID
        if account:
            self.store.delete_refresh_token(key, account)
        if key == HUBSPOT:
            self.profiles.update(profile.name, hubspot_auth="", hubspot_scopes=[], hubspot_connected_at=None,
                                 hubspot_reconnect_needed=False)
        else:
            self.profiles.update(profile.name, change=_forget_qbo)
        self._set_offline(profile, key, False)
        return Disconnected(key, revoked, note)

    # --- status ---------------------------------------------------------------------------------------------
    def status(self, profile_name: str, warn_days: int | None = None) -> dict[str, Forecast]:
        """Both connections' forecasts, from the profile and the keyring (no network)."""
        profile = self.profiles.get(profile_name)
        days = self.profiles.warn_days if warn_days is None else warn_days
        with self._lock:
            offline = {k for pid, k in self._offline if pid == profile.id}
        hubspot = forecast_hubspot(connected=bool(profile.hubspot_auth),
                                   reconnect_needed=profile.hubspot_reconnect_needed or self._lost_secret(profile,
                                                                                                          HUBSPOT),
                                   offline=HUBSPOT in offline)
        qbo = forecast_qbo(profile.qbo_consent_at, profile.qbo_refreshed_at, reported=profile.qbo_refresh_expires_at,
                           connected=bool(profile.qbo_realm),
                           reconnect_needed=profile.qbo_reconnect_needed or self._lost_secret(profile, QBO),
                           offline=QBO in offline, warn_days=days, clock=self.clock)
        return {HUBSPOT: hubspot, QBO: qbo}

    def _lost_secret(self, profile: Profile, key: str) -> bool:
        """Connected by the profile's account but its token is gone (memory-only keychain after a restart)."""
        account = self.account(profile, key)
        if not account or (key == HUBSPOT and not profile.hubspot_auth):
            return False
        try:
            return self.store.get_refresh_token(key, account) is None
        except KeyringLockedError:
            return False  # cannot look: trust the profile; check_keyring() reports the lock before any work


def _forget_qbo(profile: Profile) -> Profile:
    return replace(profile, qbo_realm="", qbo_consent_at=None, qbo_refreshed_at=None, qbo_refresh_expires_at=None,
                   qbo_reconnect_needed=False)
