"""Intuit's OAuth 2.0 server (QBO_API.md §9): authorize, the bearer token endpoint and revocation.

Refresh tokens ROTATE ON EVERY REFRESH here: each refresh returns a new refresh token and the old one is
invalid at once. Real Intuit hands out a new value about once a day and keeps the old one working until
then; rotating every time is stricter and catches a client that does not persist the newest token.
Errors use RFC 6749's shape, `{"error": ..., "error_description"?: ...}`.
"""

from __future__ import annotations

import base64
import binascii
import json

from werkzeug.wrappers import Request, Response

from core.sandbox.auth import now
from core.sandbox.oauth_common import (
    CODE_LIFETIME,
    error_page,
    grant_of,
    issue_access,
    redirect,
    revoke_grant,
    secret_ok,
    store,
)
from core.sandbox.oauth_store import AuthCode, Grant, new_token
from core.sandbox.replies import json_reply
from core.sandbox.state import State

ACCESS_LIFETIME = 3600
REFRESH_LIFETIME = 8_726_400   # x_refresh_token_expires_in: about 101 days, rolling with each refresh
REALM_SCOPES = ("com.intuit.quickbooks.accounting", "com.intuit.quickbooks.payment")
BAD_REFRESH = "Incorrect or invalid refresh token"


def _fail(error: str, description: str | None = None, status: int = 400) -> Response:
    body = {"error": error} if description is None else {"error": error, "error_description": description}
    return json_reply(body, status)


def authorize(state: State, request: Request) -> Response:
    """GET /connect/oauth2 → 302 to redirect_uri with code, state and realmId."""
    args = request.args
    if args.get("client_id") != state.oauth.app("intuit")["client_id"]:
        return error_page("The client_id is missing or does not belong to an app.")
    redirect_uri = args.get("redirect_uri", "")
    if not state.oauth.redirect_allowed("intuit", redirect_uri):
        return error_page("The redirect_uri is not one of the app's redirect URIs.")
    # From here the redirect URI is trusted, so errors go back to the client as RFC 6749 §4.1.2.1 says.
    if args.get("response_type") != "code":
        return redirect(redirect_uri, {"error": "unsupported_response_type", "state": args.get("state")})
    scopes = args.get("scope", "").split()
    if not scopes:
        return redirect(redirect_uri, {"error": "invalid_scope", "state": args.get("state")})
    code = new_token("AB11", 24)
    store(state, "intuit").codes[code] = AuthCode(args["client_id"], redirect_uri, scopes,
                                                  now(state) + CODE_LIFETIME)
    realm = state.qbo.realm if set(scopes) & set(REALM_SCOPES) else None  # realmId only with these scopes
    return redirect(redirect_uri, {"code": code, "state": args.get("state"), "realmId": realm})


def _client(request: Request, form: dict[str, str]) -> tuple[str | None, str | None]:
    """client_secret_basic (what intuit-oauth sends) or client_secret_post."""
    header = request.headers.get("Authorization", "")
    if header[:6].lower() == "basic ":
        try:
            user, _, secret = base64.b64decode(header[6:].strip()).decode("utf-8").partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return None, None
        return user, secret
    return form.get("client_id"), form.get("client_secret")


def _tokens(state: State, grant: Grant) -> Response:
    access = issue_access(state, "intuit", grant, "eyJ", ACCESS_LIFETIME)
    left = round((grant.refresh_expires or now(state)) - now(state))
    return json_reply({"token_type": "bearer", "access_token": access, "refresh_token": grant.refresh_token,
                       "expires_in": ACCESS_LIFETIME, "x_refresh_token_expires_in": left})


def token(state: State, request: Request) -> Response:
    """POST /oauth2/v1/tokens/bearer (form-encoded): authorization_code and refresh_token grants."""
    form = request.form.to_dict()
    client_id, secret = _client(request, form)
    if not secret_ok(state, "intuit", client_id, secret):
        return _fail("invalid_client", status=401)
    grant_type = form.get("grant_type")
    provider = store(state, "intuit")
    if grant_type == "refresh_token":
        old = form.get("refresh_token", "")
        grant = provider.by_refresh.get(old)
        if grant is None or grant.client_id != client_id or (grant.refresh_expires or 0) <= now(state):
            return _fail("invalid_grant", BAD_REFRESH)
        del provider.by_refresh[old]  # rotation: the old value is dead from this moment
        grant.refresh_token = new_token("AB11", 36)
        grant.refresh_expires = now(state) + REFRESH_LIFETIME
        provider.by_refresh[grant.refresh_token] = grant
        return _tokens(state, grant)
    if grant_type != "authorization_code":
        return _fail("unsupported_grant_type")
    if not form.get("code") or not form.get("redirect_uri"):
        return _fail("invalid_request")
    code = provider.codes.get(form["code"])
    if code is None or code.client_id != client_id or code.expires <= now(state):
        return _fail("invalid_grant")
    if form["redirect_uri"] != code.redirect_uri:
        return _fail("invalid_grant", "redirect_uri does not match the authorization request")
    del provider.codes[form["code"]]  # single use
    grant = Grant(code.client_id, code.scopes, new_token("AB11", 36), now(state) + REFRESH_LIFETIME)
    provider.by_refresh[grant.refresh_token] = grant
    return _tokens(state, grant)


def revoke(state: State, request: Request) -> Response:
    """POST /v2/oauth2/tokens/revoke, JSON {"token": refresh or access token}, Basic client auth → 200.
    Either kind of token ends the whole grant, as disconnecting the app does."""
    try:
        body = json.loads(request.get_data(as_text=True) or "{}")
    except json.JSONDecodeError:
        body = None
    client_id, secret = _client(request, {})
    if not secret_ok(state, "intuit", client_id, secret):
        return _fail("invalid_client", status=401)
    if not isinstance(body, dict) or not body.get("token"):
        return _fail("invalid_request")
    grant = grant_of(state, "intuit", str(body["token"]))
    if grant is not None and grant.client_id == client_id:
        revoke_grant(state, "intuit", grant)
    return Response(status=200)


def discovery(state: State, request: Request) -> Response:
    """The OpenID discovery document, pointing at this sandbox (QBO_API.md §9 names Intuit's).

    Every key Intuit's document has is present: intuit-oauth's AuthClient reads `jwks_uri` and
    `userinfo_endpoint` in its constructor and fails without them. The sandbox issues no id_token and serves
    neither URL (docs/oauth.md)."""
    base = request.host_url.rstrip("/")
    return json_reply({
        "issuer": "https://oauth.platform.intuit.com/op/v1",
        "authorization_endpoint": f"{base}/connect/oauth2",
        "token_endpoint": f"{base}/oauth2/v1/tokens/bearer",
        "userinfo_endpoint": f"{base}/v1/openid_connect/userinfo",
        "revocation_endpoint": f"{base}/v2/oauth2/tokens/revoke",
        "jwks_uri": f"{base}/op/v1/jwks",
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "scopes_supported": ["openid", "email", "profile", "address", "phone", *REALM_SCOPES],
        "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
    })
