"""A saved profile signed in to both services through the real OAuth flows, and its logins forgotten again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from core.auth import oauth
from core.auth.connect import Connections
from core.sandbox.server import Sandbox
from core.secrets import TokenStore
from tests.core.test_oauth_flows import PROFILE, Browser, make_connections


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
