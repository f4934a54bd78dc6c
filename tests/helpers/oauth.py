"""The OAuth side of tests: a browser played by the test, a saved profile on a sandbox with the apps' credentials,
that profile signed in to both services through the real OAuth flows, and its logins forgotten again."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import requests

from core.auth import oauth
from core.auth.connect import Connections
from core.profiles import Profile, ProfileStore
from core.sandbox.server import Sandbox
from core.secrets import TokenStore

PORTAL = "24681357"
REALM = "9130357992221046"
HUBSPOT_APP = ("sandbox-hubspot-client", "sandbox-hubspot-secret")
INTUIT_APP = ("sandbox-intuit-client", "sandbox-intuit-secret")
PROFILE = "Acme Ltd"


class Browser:
    """Plays the user's browser in its own thread, as a real browser is its own process. `tamper` may rewrite
    the provider's redirect before the browser follows it."""

    def __init__(self, tamper: Callable[[str], str] | None = None, follow: bool = True) -> None:
        self.tamper = tamper
        self.follow = follow
        self.opened: list[str] = []
        self.landed: list[str] = []
        self.pages: list[str] = []
        self._threads: list[threading.Thread] = []

    def open(self, url: str) -> None:
        self.opened.append(url)
        thread = threading.Thread(target=self._visit, args=(url,), daemon=True)
        self._threads.append(thread)
        thread.start()

    def _visit(self, url: str) -> None:
        reply = requests.get(url, allow_redirects=False, timeout=10)
        if reply.status_code != 302:
            self.pages.append(reply.text)  # the provider's error page: nobody comes back
            return
        location = reply.headers["Location"]
        if self.tamper is not None:
            location = self.tamper(location)
        self.landed.append(location)
        if self.follow:
            self.pages.append(requests.get(location, timeout=10).text)

    def join(self) -> None:
        for thread in self._threads:
            thread.join(timeout=10)


def with_query(url: str, **changes: str) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    query.update(changes)
    return urlunsplit(parts._replace(query=urlencode(query)))


def make_connections(sb: Sandbox, store: TokenStore, tmp_path: Path, environment: str = "sandbox") -> Connections:
    connections = Connections(ProfileStore(), store, lock_dir=tmp_path / "locks")
    connections.profiles.add(Profile(PROFILE, hubspot_api=sb.base_url, hubspot_oauth_base=sb.base_url,
                                     qbo_api=sb.base_url, qbo_oauth_base=sb.base_url, qbo_environment=environment))
    connections.save_app_credentials("hubspot", *HUBSPOT_APP)
    connections.save_app_credentials(f"qbo-{environment}", *INTUIT_APP)
    return connections


def connect_both(connections: Connections, after_each: Callable[[], object] | None = None) -> Connections:
    """Sign PROFILE in to HubSpot, then QuickBooks, a Browser following each consent redirect; `after_each`
    runs once each sign-in is done."""
    for connect in (connections.connect_hubspot, connections.connect_qbo):
        browser = Browser()
        connect(PROFILE, browser.open, timeout=10)
        browser.join()
        if after_each is not None:
            after_each()
    return connections


def signed_in(sb: Sandbox, store: TokenStore, tmp_path: Path) -> Connections:
    """A saved profile on `sb`'s company, signed in to both services."""
    return connect_both(make_connections(sb, store, tmp_path))


def forget_logins(connections: Connections, store: TokenStore) -> None:
    """Delete the profile's refresh tokens, so a real keychain is left as it was."""
    for provider in (oauth.HUBSPOT, oauth.QBO):
        profile = connections.profiles.get(PROFILE)
        if connections.account(profile, provider):
            store.delete_refresh_token(provider, connections.account(profile, provider))
