"""HubSpot's OAuth flow against the sandbox, end to end with requests: authorize → token → API → refresh → revoke."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from core.sandbox.server import Sandbox

CLIENT = {"client_id": "sandbox-hubspot-client", "client_secret": "sandbox-hubspot-secret"}
REDIRECT = "http://localhost:8765/callback"
SCOPES = "oauth crm.objects.invoices.read crm.objects.contacts.write"


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox({"hubspot": {"portal_id": "24681357", "contacts": [{"id": "1", "email": "a@b.co"}]}}) as sb:
        yield sb


def authorize(sb: Sandbox, **extra: str) -> requests.Response:
    params = {"client_id": CLIENT["client_id"], "scope": SCOPES, "redirect_uri": REDIRECT, "state": "xyz", **extra}
    return requests.get(f"{sb.base_url}/oauth/authorize", params=params, allow_redirects=False, timeout=10)


def code_from(reply: requests.Response) -> str:
    assert reply.status_code == 302, reply.text
    location = urlsplit(reply.headers["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT
    query = parse_qs(location.query)
    assert query["state"] == ["xyz"]
    return query["code"][0]


def token(sb: Sandbox, version: str = "v1", **form: str) -> requests.Response:
    return requests.post(f"{sb.base_url}/oauth/{version}/token", data={**CLIENT, **form}, timeout=10)


def exchange(sb: Sandbox, code: str, **form: str) -> requests.Response:
    return token(sb, grant_type="authorization_code", code=code, redirect_uri=REDIRECT, **form)


def api(sb: Sandbox, access: str) -> int:
    reply = requests.get(f"{sb.base_url}/crm/v3/objects/contacts", headers={"Authorization": f"Bearer {access}"},
                         timeout=10)
    return reply.status_code


def oauth_error(reply: requests.Response, status: str) -> None:
    assert reply.status_code == 400, reply.text
    body: dict[str, Any] = reply.json()
    assert body["status"] == status and body["message"] and body["correlationId"]


def test_full_flow(sandbox: Sandbox) -> None:
    code = code_from(authorize(sandbox, optional_scope="crm.objects.companies.read"))
    reply = exchange(sandbox, code)
    assert reply.status_code == 200
    tokens = reply.json()
    assert tokens["token_type"] == "bearer" and tokens["expires_in"] == 1800 and tokens["hub_id"] == 24681357
    assert tokens["scopes"] == [*SCOPES.split(), "crm.objects.companies.read"]
    assert api(sandbox, tokens["access_token"]) == 200
    # Replaying the code fails: codes are single-use.
    oauth_error(exchange(sandbox, code), "BAD_AUTH_CODE")
    # Refresh (each version family): a new access token; HubSpot keeps the same refresh token.
    for version in ("v3", "2026-03"):
        refreshed = token(sandbox, version, grant_type="refresh_token", refresh_token=tokens["refresh_token"]).json()
        assert refreshed["refresh_token"] == tokens["refresh_token"]
        assert refreshed["access_token"] != tokens["access_token"] and api(sandbox, refreshed["access_token"]) == 200
    # Revoking the refresh token kills it and every access token it minted.
    revoked = requests.delete(f"{sandbox.base_url}/oauth/v1/refresh-tokens/{tokens['refresh_token']}", timeout=10)
    assert revoked.status_code == 204
    assert api(sandbox, tokens["access_token"]) == 401 and api(sandbox, refreshed["access_token"]) == 401
    oauth_error(token(sandbox, grant_type="refresh_token", refresh_token=tokens["refresh_token"]),
                "BAD_REFRESH_TOKEN")


def test_access_tokens_expire_after_thirty_minutes(sandbox: Sandbox) -> None:
    tokens = exchange(sandbox, code_from(authorize(sandbox))).json()
    start = datetime.now(UTC)
    sandbox.state.clock = lambda: start + timedelta(seconds=1799)
    assert api(sandbox, tokens["access_token"]) == 200
    sandbox.state.clock = lambda: start + timedelta(seconds=1801)
    assert api(sandbox, tokens["access_token"]) == 401
    assert api(sandbox, "sandbox-hubspot-token") == 200  # the scenario's fixed token never expires
    assert api(sandbox, token(sandbox, grant_type="refresh_token",
                              refresh_token=tokens["refresh_token"]).json()["access_token"]) == 200


def test_redirect_uri_and_client_credentials_must_match(sandbox: Sandbox) -> None:
    code = code_from(authorize(sandbox))
    oauth_error(token(sandbox, grant_type="authorization_code", code=code, redirect_uri="http://localhost:9999/cb"),
                "BAD_REDIRECT_URI")
    oauth_error(exchange(sandbox, code, client_secret="wrong"), "BAD_CLIENT_SECRET")
    oauth_error(exchange(sandbox, code, client_id="someone-else"), "BAD_CLIENT_ID")
    oauth_error(token(sandbox, grant_type="client_credentials"), "BAD_GRANT_TYPE")
    assert exchange(sandbox, code).status_code == 200  # failed attempts did not burn the code


def test_codes_expire(sandbox: Sandbox) -> None:
    code = code_from(authorize(sandbox))
    later = datetime.now(UTC) + timedelta(minutes=6)
    sandbox.state.clock = lambda: later
    oauth_error(exchange(sandbox, code), "EXPIRED_AUTH_CODE")


def test_pkce_is_verified_when_a_challenge_was_given(sandbox: Sandbox) -> None:
    verifier = "a-verifier-of-enough-length-to-be-valid-0123456789"
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    code = code_from(authorize(sandbox, code_challenge=challenge, code_challenge_method="S256"))
    oauth_error(exchange(sandbox, code), "BAD_AUTH_CODE")
    oauth_error(exchange(sandbox, code, code_verifier="not-it"), "BAD_AUTH_CODE")
    assert exchange(sandbox, code, code_verifier=verifier).status_code == 200


def test_authorize_refuses_unknown_clients_and_redirects_without_redirecting(sandbox: Sandbox) -> None:
    for extra in ({"client_id": "nobody"}, {"redirect_uri": "https://evil.example/cb"}, {"scope": ""},
                  {"code_challenge": "x", "code_challenge_method": "S512"}):
        reply = authorize(sandbox, **extra)
        assert reply.status_code == 400 and "Location" not in reply.headers, extra
    account = requests.get(f"{sandbox.base_url}/oauth/24681357/authorize", allow_redirects=False, timeout=10,
                           params={"client_id": CLIENT["client_id"], "scope": "oauth", "redirect_uri": REDIRECT,
                                   "state": "xyz"})
    assert code_from(account)


def test_v3_revoke_info_and_introspection(sandbox: Sandbox) -> None:
    tokens = exchange(sandbox, code_from(authorize(sandbox))).json()
    info = requests.get(f"{sandbox.base_url}/oauth/v1/access-tokens/{tokens['access_token']}", timeout=10).json()
    assert info["hub_id"] == 24681357 and info["token_type"] == "access" and 0 < info["expires_in"] <= 1800
    refresh_info = requests.get(f"{sandbox.base_url}/oauth/v1/refresh-tokens/{tokens['refresh_token']}", timeout=10)
    assert refresh_info.json()["client_id"] == CLIENT["client_id"]
    seen = requests.post(f"{sandbox.base_url}/oauth/v3/token/introspect",
                         data={**CLIENT, "token": tokens["access_token"]}, timeout=10).json()
    assert seen["active"] is True and seen["token_type"] == "access_token"
    revoked = requests.post(f"{sandbox.base_url}/oauth/2026-03/token/revoke",
                            data={**CLIENT, "token": tokens["refresh_token"]}, timeout=10)
    assert revoked.status_code == 200
    assert api(sandbox, tokens["access_token"]) == 401
    gone = requests.post(f"{sandbox.base_url}/oauth/v3/token/introspect",
                         data={**CLIENT, "token": tokens["refresh_token"]}, timeout=10).json()
    assert gone == {"active": False}
    assert requests.get(f"{sandbox.base_url}/oauth/v1/refresh-tokens/{tokens['refresh_token']}",
                        timeout=10).status_code == 404


def test_scenario_registers_its_own_app() -> None:
    app = {"client_id": "my-app", "client_secret": "s3cret", "redirect_uris": ["https://example.com/cb"]}
    with Sandbox({"oauth": {"hubspot": app}}) as sb:
        base = {"client_id": "my-app", "scope": "oauth", "state": "1"}
        loopback = requests.get(f"{sb.base_url}/oauth/authorize", allow_redirects=False, timeout=10,
                                params={**base, "redirect_uri": REDIRECT})
        assert loopback.status_code == 400  # a registered list is matched exactly
        reply = requests.get(f"{sb.base_url}/oauth/authorize", allow_redirects=False, timeout=10,
                             params={**base, "redirect_uri": "https://example.com/cb"})
        code = parse_qs(urlsplit(reply.headers["Location"]).query)["code"][0]
        tokens = requests.post(f"{sb.base_url}/oauth/v1/token", timeout=10, data={
            "grant_type": "authorization_code", "client_id": "my-app", "client_secret": "s3cret", "code": code,
            "redirect_uri": "https://example.com/cb"})
        assert tokens.status_code == 200
