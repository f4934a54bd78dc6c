"""Connecting, refreshing and disconnecting both providers end to end against the sandbox's OAuth servers.

Nothing is mocked but the browser launch: the test plays the browser (GETs the sign-in address from the
sandbox, which approves at once, and follows its redirect to the loopback listener over real HTTP). Keyring:
the real Secret Service under tests/run.sh, otherwise test_secrets' in-process backend.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import keyring
import keyring.backends.fail
import pytest
import requests

from core.auth import oauth
from core.auth.callback import CallbackError, Problem, read_callback
from core.auth.connect import Connections
from core.auth.expiry import Status
from core.auth.loopback import LoopbackListener, LoopbackTimeout
from core.errors import AuthError, ConfigError
from core.profiles import Profile, ProfileStore
from core.sandbox.server import Sandbox
from core.secrets import KeyringLockedError, TokenStore
from tests.helpers.keyrings import LockedKeyring
from tests.helpers.oauth import (
    HUBSPOT_APP,
    INTUIT_APP,
    PORTAL,
    PROFILE,
    REALM,
    Browser,
    make_connections,
    with_query,
)


def query_of(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox({"hubspot": {"portal_id": PORTAL, "contacts": [{"id": "1", "email": "a@b.co"}]},
                  "qbo": {"realm": REALM}}) as sb:
        yield sb


@pytest.fixture
def connections(sandbox: Sandbox, token_store: TokenStore, tmp_path: Path) -> Iterator[Connections]:
    conn = make_connections(sandbox, token_store, tmp_path)
    yield conn
    for provider in (oauth.HUBSPOT, oauth.QBO):  # leave nothing in a real keychain
        profile = conn.profiles.get(PROFILE)
        if conn.account(profile, provider):
            token_store.delete_refresh_token(provider, conn.account(profile, provider))
    for key, client in (("hubspot", HUBSPOT_APP[0]), ("qbo-sandbox", INTUIT_APP[0])):
        token_store.delete_client_secret(key, client)


def hubspot_api(sb: Sandbox, access: str) -> int:
    return requests.get(f"{sb.base_url}/crm/v3/objects/contacts", timeout=10,
                        headers={"Authorization": f"Bearer {access}"}).status_code


def qbo_api(sb: Sandbox, access: str) -> int:
    return requests.get(f"{sb.base_url}/v3/company/{REALM}/companyinfo/{REALM}", timeout=10,
                        headers={"Authorization": f"Bearer {access}", "Accept": "application/json"}).status_code


# --- HubSpot ---------------------------------------------------------------------------------------------------


def test_hubspot_authorize_loopback_token_refresh_revoke(connections: Connections, sandbox: Sandbox) -> None:
    browser = Browser()
    result = connections.connect_hubspot(PROFILE, browser.open, timeout=10)
    browser.join()
    assert result.account == PORTAL and result.missing_scopes == [] and result.persistent
    # The sign-in address carried state and an S256 PKCE challenge; the listener showed the closing page.
    sent = query_of(browser.opened[0])
    assert sent["code_challenge_method"] == "S256" and len(sent["code_challenge"]) == 43 and sent["state"]
    assert set(oauth.HUBSPOT_SCOPES) <= set(sent["scope"].split())
    assert sent["redirect_uri"].startswith("http://localhost:") and sent["redirect_uri"].endswith("/callback")
    assert "close this tab" in browser.pages[0]

    profile = connections.profiles.get(PROFILE)
    assert profile.hubspot_portal_id == PORTAL and profile.hubspot_auth == "oauth"
    refresh_token = connections.store.get_refresh_token("hubspot", profile.id)
    assert refresh_token
    first = connections.access_token(PROFILE, "hubspot")
    assert hubspot_api(sandbox, first) == 200
    assert connections.status(PROFILE)["hubspot"].status is Status.CONNECTED

    # A 401 makes us refresh once; HubSpot's refresh token does not rotate and stays saved.
    second = connections.on_unauthorized(PROFILE, "hubspot")
    assert second != first and hubspot_api(sandbox, second) == 200
    assert connections.store.get_refresh_token("hubspot", profile.id) == refresh_token
    assert connections.access_token(PROFILE, "hubspot") == second  # kept in memory, not refreshed again

    done = connections.disconnect(PROFILE, "hubspot")
    assert done.revoked
    assert hubspot_api(sandbox, second) == 401  # revoked at the provider
    assert connections.store.get_refresh_token("hubspot", profile.id) is None
    assert connections.status(PROFILE)["hubspot"].status is Status.NOT_CONNECTED
    with pytest.raises(ConfigError, match="not connected"):
        connections.access_token(PROFILE, "hubspot")


def test_hubspot_uninstalled_is_detected_as_reconnect_needed(connections: Connections, sandbox: Sandbox) -> None:
    browser = Browser()
    connections.connect_hubspot(PROFILE, browser.open, timeout=10)
    profile = connections.profiles.get(PROFILE)
    access = connections.access_token(PROFILE, "hubspot")
    refresh_token = connections.store.get_refresh_token("hubspot", profile.id)
    # The portal's admin uninstalls the app: HubSpot drops the refresh token and its access tokens.
    assert requests.delete(f"{sandbox.base_url}/oauth/v1/refresh-tokens/{refresh_token}", timeout=10).status_code == 204
    assert hubspot_api(sandbox, access) == 401
    with pytest.raises(oauth.ReconnectNeeded, match="HubSpot needs you to reconnect") as info:
        connections.on_unauthorized(PROFILE, "hubspot")
    assert refresh_token and refresh_token not in str(info.value)
    forecast = connections.status(PROFILE)["hubspot"]
    assert forecast.status is Status.RECONNECT_NEEDED and forecast.warn


def test_hubspot_private_app_token(connections: Connections, sandbox: Sandbox) -> None:
    fixed = sorted(sandbox.state.hubspot.tokens)[0]
    with pytest.raises(AuthError, match="did not accept this token"):
        connections.connect_hubspot_token(PROFILE, "pat-na1-not-a-real-token")
    result = connections.connect_hubspot_token(PROFILE, f"  {fixed}\n", portal_id=PORTAL)
    assert result.account == PORTAL
    assert connections.access_token(PROFILE, "hubspot") == fixed
    assert connections.profiles.get(PROFILE).hubspot_auth == "private_app"
    with pytest.raises(oauth.ReconnectNeeded, match="Paste the current one"):
        connections.on_unauthorized(PROFILE, "hubspot")
    assert connections.status(PROFILE)["hubspot"].status is Status.RECONNECT_NEEDED
    done = connections.disconnect(PROFILE, "hubspot")
    assert done.note is not None and "private app" in str(done.note)


def test_undeclared_scope_shows_an_error_page_and_times_out(token_store: TokenStore, tmp_path: Path) -> None:
    scenario = {"hubspot": {"portal_id": PORTAL},
                "oauth": {"hubspot": {"scopes": ["oauth", "crm.objects.invoices.read"]}}}
    with Sandbox(scenario) as sb:
        connections = make_connections(sb, token_store, tmp_path)
        browser = Browser()
        with pytest.raises(LoopbackTimeout, match=r"crm\.objects\.contacts\.write"):
            connections.connect_hubspot(PROFILE, browser.open, timeout=1.5)
        browser.join()
        assert "does not declare" in browser.pages[0]
        token_store.delete_client_secret("hubspot", HUBSPOT_APP[0])
        token_store.delete_client_secret("qbo-sandbox", INTUIT_APP[0])


# --- QuickBooks ------------------------------------------------------------------------------------------------


def test_qbo_authorize_loopback_token_rotating_refresh_revoke(connections: Connections, sandbox: Sandbox) -> None:
    browser = Browser()
    result = connections.connect_qbo(PROFILE, browser.open, timeout=10)
    browser.join()
    assert result.account == REALM
    sent = query_of(browser.opened[0])
    assert sent["response_type"] == "code" and sent["scope"] == "com.intuit.quickbooks.accounting"
    assert "code_challenge" not in sent  # Intuit offers no PKCE (QBO_API.md §9)
    profile = connections.profiles.get(PROFILE)
    assert profile.qbo_realm == REALM and profile.qbo_consent_at is not None

    first_refresh = connections.store.get_refresh_token("qbo", REALM)
    first_access = connections.access_token(PROFILE, "qbo")
    assert first_refresh and qbo_api(sandbox, first_access) == 200

    # Refresh: a new refresh token comes back and is saved; the old one is dead from that moment.
    second_access = connections.on_unauthorized(PROFILE, "qbo")
    second_refresh = connections.store.get_refresh_token("qbo", REALM)
    assert second_refresh and second_refresh != first_refresh
    assert qbo_api(sandbox, second_access) == 200
    creds = oauth.AppCredentials(*INTUIT_APP)
    with pytest.raises(oauth.ReconnectNeeded):
        oauth.refresh(connections.provider(profile, "qbo"), creds, first_refresh)
    forecast = connections.status(PROFILE)["qbo"]
    assert forecast.status is Status.CONNECTED and forecast.days_left == 100

    done = connections.disconnect(PROFILE, "qbo")
    assert done.revoked
    assert qbo_api(sandbox, second_access) == 401
    assert connections.store.get_refresh_token("qbo", REALM) is None
    assert connections.status(PROFILE)["qbo"].status is Status.NOT_CONNECTED


def test_qbo_invalid_grant_means_reconnect_needed(connections: Connections, sandbox: Sandbox) -> None:
    connections.connect_qbo(PROFILE, Browser().open, timeout=10)
    saved = connections.store.get_refresh_token("qbo", REALM)
    assert saved
    # Someone else used (and rotated away) the saved token without saving the new one.
    profile = connections.profiles.get(PROFILE)
    oauth.refresh(connections.provider(profile, "qbo"), oauth.AppCredentials(*INTUIT_APP), saved)
    with pytest.raises(oauth.ReconnectNeeded, match="QuickBooks needs you to reconnect"):
        connections.on_unauthorized(PROFILE, "qbo")
    assert connections.profiles.get(PROFILE).qbo_reconnect_needed
    assert connections.status(PROFILE)["qbo"].status is Status.RECONNECT_NEEDED
    # Connecting again clears it.
    connections.connect_qbo(PROFILE, Browser().open, timeout=10)
    assert connections.status(PROFILE)["qbo"].status is Status.CONNECTED


def test_qbo_paste_the_landed_address(connections: Connections, sandbox: Sandbox) -> None:
    connections.save_app_credentials("qbo-sandbox", INTUIT_APP[0], "",
                                     redirect_uri="http://localhost:8766/callback")
    request = connections.start_qbo_paste(PROFILE)
    browser = Browser(follow=False)  # nothing listens there: the person copies the address bar
    browser.open(request.url)
    browser.join()
    landed = browser.landed[0]
    assert landed.startswith("http://localhost:8766/callback?")
    with pytest.raises(CallbackError) as wrong:
        connections.finish_qbo_paste(PROFILE, request, with_query(landed, state="forged"))
    assert wrong.value.problem is Problem.STATE_MISMATCH
    result = connections.finish_qbo_paste(PROFILE, request, f"  {landed}  ")
    assert result.account == REALM
    assert qbo_api(sandbox, connections.access_token(PROFILE, "qbo")) == 200
    with pytest.raises(oauth.CodeRejected, match="already used"):  # the same address twice: a replayed code
        connections.finish_qbo_paste(PROFILE, request, landed)


@pytest.mark.parametrize("make", [oauth.hubspot_provider, oauth.qbo_provider])
def test_sign_in_addresses_off_this_computer_must_be_https(make: Callable[[str], oauth.Provider]) -> None:
    """Every OAuth call refuses plain http to another host before anything is sent (core.http's rule)."""
    provider, creds = make("http://login.example.com"), oauth.AppCredentials("id", "secret")
    with pytest.raises(ConfigError, match=r"http://login\.example\.com/.* must use https"):
        oauth.authorization_request(provider, creds, "http://localhost:8123/callback")
    request = oauth.AuthRequest(provider, "https://x", "state", "http://localhost:8123/callback")
    for call in (lambda: oauth.exchange_code(request, creds, "code"), lambda: oauth.refresh(provider, creds, "rt"),
                 lambda: oauth.revoke(provider, creds, "rt")):
        with pytest.raises(ConfigError, match="must use https"):
            call()
    good = make("http://127.0.0.1:9")
    with pytest.raises(ConfigError, match=r"redirect address http://example\.com/cb must use https"):
        oauth.authorization_request(good, creds, "http://example.com/cb")


def test_qbo_production_refuses_loopback_and_wants_https(sandbox: Sandbox, token_store: TokenStore,
                                                          tmp_path: Path) -> None:
    connections = Connections(ProfileStore(), token_store, lock_dir=tmp_path)
    connections.profiles.add(Profile("Prod", qbo_environment="production"))
    connections.save_app_credentials("qbo-production", *INTUIT_APP)
    try:
        with pytest.raises(ConfigError, match="only for development keys"):
            connections.connect_qbo("Prod", Browser().open, timeout=1)
        with pytest.raises(ConfigError, match="redirect address"):
            connections.start_qbo_paste("Prod")
        with pytest.raises(ConfigError, match="secure"):
            connections.save_app_credentials("qbo-production", INTUIT_APP[0], "", redirect_uri="http://example.com/cb")
        connections.save_app_credentials("qbo-production", INTUIT_APP[0], "", redirect_uri="https://example.com/cb")
        request = connections.start_qbo_paste("Prod")
        assert request.url.startswith("https://appcenter.intuit.com/connect/oauth2?")
        assert query_of(request.url)["redirect_uri"] == "https://example.com/cb"
    finally:
        token_store.delete_client_secret("qbo-production", INTUIT_APP[0])


# --- what must be refused ----------------------------------------------------------------------------------------


def test_state_mismatch_is_refused_by_the_listener_and_nothing_saved(connections: Connections) -> None:
    browser = Browser(tamper=lambda location: with_query(location, state="attacker-state"))
    with pytest.raises(LoopbackTimeout):
        connections.connect_hubspot(PROFILE, browser.open, timeout=2)
    browser.join()
    assert "not the one Sync Doctor is waiting for" in browser.pages[0]
    profile = connections.profiles.get(PROFILE)
    assert connections.store.get_refresh_token("hubspot", profile.id) is None
    assert connections.status(PROFILE)["hubspot"].status is Status.NOT_CONNECTED


def test_a_forged_callback_does_not_use_up_the_real_one(connections: Connections) -> None:
    """Another local program hits the loopback port first; the person's real answer still completes."""

    class ForgerFirst(Browser):
        def _visit(self, url: str) -> None:
            redirect = query_of(url)["redirect_uri"]
            forged = requests.get(f"{redirect}?code=forged&state=guess", timeout=10)
            self.pages.append(f"{forged.status_code}")
            super()._visit(url)

    browser = ForgerFirst()
    done = connections.connect_hubspot(PROFILE, browser.open, timeout=10)
    browser.join()
    assert browser.pages[0] == "400" and done.account == PORTAL
    assert connections.status(PROFILE)["hubspot"].status is not Status.NOT_CONNECTED


@pytest.mark.parametrize("provider", ["hubspot", "qbo"])
def test_replayed_code_is_rejected(connections: Connections, provider: str) -> None:
    profile = connections.profiles.get(PROFILE)
    creds = oauth.AppCredentials(*(HUBSPOT_APP if provider == "hubspot" else INTUIT_APP))
    with LoopbackListener() as listener:
        request = oauth.authorization_request(connections.provider(profile, provider), creds, listener.redirect_uri)
        Browser().open(request.url)
        answer = read_callback(listener.wait(timeout=10, state=request.state), request.state, "test")
    assert listener.closed
    tokens = oauth.exchange_code(request, creds, answer.code)
    assert tokens.access_token and tokens.refresh_token
    with pytest.raises(oauth.CodeRejected, match="already used"):
        oauth.exchange_code(request, creds, answer.code)
    oauth.revoke(connections.provider(profile, provider), creds, tokens.refresh_token)


def test_denied_consent_is_reported_in_plain_words(connections: Connections) -> None:
    def deny(location: str) -> str:
        parts = urlsplit(location)
        state = query_of(location)["state"]
        return urlunsplit(parts._replace(query=urlencode({"error": "access_denied", "state": state})))

    browser = Browser(tamper=deny)
    with pytest.raises(CallbackError, match="You did not allow Sync Doctor") as info:
        connections.connect_qbo(PROFILE, browser.open, timeout=10)
    browser.join()
    assert info.value.problem is Problem.DENIED
    assert "not given access" in browser.pages[0]


def test_missing_app_credentials_and_wrong_secret(connections: Connections, sandbox: Sandbox) -> None:
    connections.save_app_credentials("hubspot", HUBSPOT_APP[0], "wrong-secret")
    with pytest.raises(oauth.AppCredentialsRejected, match="client id and secret"):
        connections.connect_hubspot(PROFILE, Browser().open, timeout=10)
    connections.store.delete_client_secret("hubspot", HUBSPOT_APP[0])
    with pytest.raises(ConfigError, match=r"no \w+ app set up yet"):
        connections.connect_hubspot(PROFILE, Browser().open, timeout=10)


def test_timeout_when_nobody_comes_back(connections: Connections) -> None:
    opened: list[str] = []
    with pytest.raises(LoopbackTimeout, match="No answer came back"):
        connections.connect_qbo(PROFILE, opened.append, timeout=0.5)
    assert len(opened) == 1
    port = urlsplit(query_of(opened[0])["redirect_uri"]).port
    with pytest.raises(requests.ConnectionError):  # the listener is closed
        requests.get(f"http://127.0.0.1:{port}/callback", timeout=2)


# --- keyring policy -------------------------------------------------------------------------------------------


def test_locked_keychain_is_detected_before_the_browser_opens(sandbox: Sandbox, tmp_path: Path) -> None:
    connections = Connections(ProfileStore(), TokenStore(backend=LockedKeyring()), lock_dir=tmp_path)
    connections.profiles.add(Profile(PROFILE, hubspot_oauth_base=sandbox.base_url))
    opened: list[str] = []
    with pytest.raises(KeyringLockedError, match="locked"):
        connections.connect_hubspot(PROFILE, opened.append, timeout=1)
    assert opened == []


def test_no_recommended_backend_keeps_tokens_in_memory(sandbox: Sandbox, tmp_path: Path) -> None:
    store = TokenStore(backend=keyring.backends.fail.Keyring())
    assert not store.persistent
    connections = make_connections(sandbox, store, tmp_path)
    result = connections.connect_qbo(PROFILE, Browser().open, timeout=10)
    assert not result.persistent
    assert qbo_api(sandbox, connections.access_token(PROFILE, "qbo")) == 200
    # A restart loses the token: the profile then says "reconnect needed", not a silent failure.
    restarted = Connections(ProfileStore(), TokenStore(backend=keyring.backends.fail.Keyring()), lock_dir=tmp_path)
    assert restarted.status(PROFILE)["qbo"].status is Status.RECONNECT_NEEDED
    with pytest.raises(ConfigError, match=r"no \w+ app set up yet"):  # app secret was in memory too
        restarted.access_token(PROFILE, "qbo")
