"""A session that outlives its access tokens (HubSpot 30 min, QuickBooks 60 min) renews them on the first 401
and carries on; a login that is gone for good still ends in a plain "reconnect" error."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests

from core import app
from core.auth import oauth
from core.errors import AuthError
from core.sandbox.server import Sandbox
from core.secrets import TokenStore
from tests.helpers.oauth import PROFILE, forget_logins, signed_in


def two_hours_later(sb: Sandbox) -> None:
    later = datetime.now(UTC) + timedelta(hours=2)
    sb.state.clock = lambda: later


def test_refresh_renews_expired_access_tokens(token_store: TokenStore, tmp_path: Path) -> None:
    with Sandbox("demo") as sb:
        connections = signed_in(sb, token_store, tmp_path)
        endpoints = connections.endpoints(PROFILE)
        two_hours_later(sb)   # both access tokens have expired; the refresh tokens have not
        with pytest.raises(AuthError):   # the same tokens without renewal: refused
            app.refresh(app.Endpoints(endpoints.hubspot_api, endpoints.hubspot_token, endpoints.qbo_api,
                                      endpoints.qbo_token, endpoints.qbo_realm), tmp_path / "plain.db")
        stats = app.refresh(endpoints, tmp_path / "cache.db")
        assert stats.counts.get("invoices", 0) > 0
        token_calls = [r for r in sb.app.requests if "token" in r["path"] and r["method"] == "POST"]
        assert len([r for r in token_calls if "oauth/v3/token" in r["path"] or "oauth/v1/token" in r["path"]]) >= 2
        assert len([r for r in token_calls if "oauth2/v1/tokens/bearer" in r["path"]]) >= 2
        forget_logins(connections, token_store)


def test_revoked_login_is_a_reconnect_error(token_store: TokenStore, tmp_path: Path) -> None:
    with Sandbox("demo") as sb:
        connections = signed_in(sb, token_store, tmp_path)
        endpoints = connections.endpoints(PROFILE)
        profile = connections.profiles.get(PROFILE)
        refresh_token = token_store.get_refresh_token("hubspot", profile.id)
        assert requests.delete(f"{sb.base_url}/oauth/v1/refresh-tokens/{refresh_token}", timeout=10).ok
        with pytest.raises(oauth.ReconnectNeeded, match="reconnect"):
            app.refresh(endpoints, tmp_path / "cache.db")
        assert connections.profiles.get(PROFILE).hubspot_reconnect_needed
        token_store.delete_refresh_token("qbo", connections.account(profile, "qbo"))
