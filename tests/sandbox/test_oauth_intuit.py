"""Intuit's OAuth flow against the sandbox with requests: authorize → token → QBO API → rotating refresh → revoke."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from core.sandbox.server import Sandbox

CLIENT = ("sandbox-intuit-client", "sandbox-intuit-secret")
REDIRECT = "http://localhost:8766/intuit/callback"
REALM = "9130357992221046"
ACCOUNTING = "com.intuit.quickbooks.accounting"


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox({"qbo": {"realm": REALM}}) as sb:
        yield sb


def authorize(sb: Sandbox, **extra: str) -> requests.Response:
    params = {"client_id": CLIENT[0], "response_type": "code", "scope": ACCOUNTING, "redirect_uri": REDIRECT,
              "state": "st-1", **extra}
    return requests.get(f"{sb.base_url}/connect/oauth2", params=params, allow_redirects=False, timeout=10)


def callback(reply: requests.Response) -> dict[str, str]:
    assert reply.status_code == 302, reply.text
    location = urlsplit(reply.headers["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT
    return {k: v[0] for k, v in parse_qs(location.query).items()}


def token(sb: Sandbox, auth: tuple[str, str] | None = CLIENT, **form: str) -> requests.Response:
    return requests.post(f"{sb.base_url}/oauth2/v1/tokens/bearer", data=form, auth=auth, timeout=10,
                         headers={"Accept": "application/json"})


def exchange(sb: Sandbox, code: str, **kw: Any) -> requests.Response:
    return token(sb, grant_type="authorization_code", code=code, redirect_uri=REDIRECT, **kw)


def refresh(sb: Sandbox, refresh_token: str) -> requests.Response:
    return token(sb, grant_type="refresh_token", refresh_token=refresh_token)


def api(sb: Sandbox, access: str) -> int:
    reply = requests.get(f"{sb.base_url}/v3/company/{REALM}/companyinfo/{REALM}",
                         headers={"Authorization": f"Bearer {access}", "Accept": "application/json"}, timeout=10)
    return reply.status_code


def assert_invalid_grant(reply: requests.Response, description: str | None = None) -> None:
    assert reply.status_code == 400, reply.text
    assert reply.json()["error"] == "invalid_grant"
    if description:
        assert reply.json()["error_description"] == description


def test_full_flow_with_rotation(sandbox: Sandbox) -> None:
    params = callback(authorize(sandbox))
    assert params["state"] == "st-1" and params["realmId"] == REALM
    reply = exchange(sandbox, params["code"])
    assert reply.status_code == 200
    tokens = reply.json()
    assert tokens["token_type"] == "bearer" and tokens["expires_in"] == 3600
    assert tokens["x_refresh_token_expires_in"] == 8726400
    assert api(sandbox, tokens["access_token"]) == 200
    assert_invalid_grant(exchange(sandbox, params["code"]))  # codes are single-use

    rotated = refresh(sandbox, tokens["refresh_token"])
    assert rotated.status_code == 200
    new = rotated.json()
    assert new["refresh_token"] != tokens["refresh_token"] and new["access_token"] != tokens["access_token"]
    assert api(sandbox, new["access_token"]) == 200
    # The old refresh token died the moment it was used.
    assert_invalid_grant(refresh(sandbox, tokens["refresh_token"]), "Incorrect or invalid refresh token")
    newest = refresh(sandbox, new["refresh_token"]).json()

    revoked = requests.post(f"{sandbox.base_url}/v2/oauth2/tokens/revoke", json={"token": newest["refresh_token"]},
                            auth=CLIENT, timeout=10)
    assert revoked.status_code == 200
    for access in (tokens["access_token"], new["access_token"], newest["access_token"]):
        assert api(sandbox, access) == 401  # the whole family is gone
    assert_invalid_grant(refresh(sandbox, newest["refresh_token"]), "Incorrect or invalid refresh token")


def test_revoking_an_access_token_ends_the_grant(sandbox: Sandbox) -> None:
    tokens = exchange(sandbox, callback(authorize(sandbox))["code"]).json()
    revoked = requests.post(f"{sandbox.base_url}/v2/oauth2/tokens/revoke", json={"token": tokens["access_token"]},
                            auth=CLIENT, timeout=10)
    assert revoked.status_code == 200 and api(sandbox, tokens["access_token"]) == 401
    assert_invalid_grant(refresh(sandbox, tokens["refresh_token"]))


def test_client_credentials_redirect_and_grant_type_errors(sandbox: Sandbox) -> None:
    code = callback(authorize(sandbox))["code"]
    wrong = exchange(sandbox, code, auth=(CLIENT[0], "wrong"))
    assert wrong.status_code == 401 and wrong.json() == {"error": "invalid_client"}
    assert exchange(sandbox, code, auth=None).status_code == 401
    assert_invalid_grant(token(sandbox, grant_type="authorization_code", code=code,
                               redirect_uri="http://localhost:1/other"))
    unsupported = token(sandbox, grant_type="password")
    assert unsupported.status_code == 400 and unsupported.json()["error"] == "unsupported_grant_type"
    # client_secret_post works as well as Basic.
    posted = exchange(sandbox, code, auth=None, client_id=CLIENT[0], client_secret=CLIENT[1])
    assert posted.status_code == 200
    bad_revoke = requests.post(f"{sandbox.base_url}/v2/oauth2/tokens/revoke", json={"token": "x"},
                               auth=(CLIENT[0], "wrong"), timeout=10)
    assert bad_revoke.status_code == 401 and bad_revoke.json() == {"error": "invalid_client"}


def test_access_tokens_expire_after_an_hour(sandbox: Sandbox) -> None:
    tokens = exchange(sandbox, callback(authorize(sandbox))["code"]).json()
    start = datetime.now(UTC)
    sandbox.state.clock = lambda: start + timedelta(seconds=3601)
    assert api(sandbox, tokens["access_token"]) == 401
    assert api(sandbox, refresh(sandbox, tokens["refresh_token"]).json()["access_token"]) == 200
    sandbox.state.clock = lambda: start + timedelta(days=102)
    assert_invalid_grant(refresh(sandbox, tokens["refresh_token"]))  # rotated away, and expired anyway


def test_authorize_errors(sandbox: Sandbox) -> None:
    for extra in ({"client_id": "nobody"}, {"redirect_uri": "http://evil.example/cb"}):
        reply = authorize(sandbox, **extra)
        assert reply.status_code == 400 and "Location" not in reply.headers
    assert callback(authorize(sandbox, response_type="token"))["error"] == "unsupported_response_type"
    assert callback(authorize(sandbox, scope=""))["error"] == "invalid_scope"
    openid_only = callback(authorize(sandbox, scope="openid email"))
    assert "code" in openid_only and "realmId" not in openid_only


def test_discovery_points_at_the_sandbox(sandbox: Sandbox) -> None:
    doc = requests.get(f"{sandbox.base_url}/.well-known/openid_sandbox_configuration", timeout=10).json()
    assert doc["token_endpoint"] == f"{sandbox.base_url}/oauth2/v1/tokens/bearer"
    assert doc["authorization_endpoint"] == f"{sandbox.base_url}/connect/oauth2"
    assert doc["revocation_endpoint"] == f"{sandbox.base_url}/v2/oauth2/tokens/revoke"
