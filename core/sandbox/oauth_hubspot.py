"""HubSpot's OAuth 2.0 server (HUBSPOT_API.md §8.1): authorize, token (v1, v3 and 2026-03), token info,
introspection and revocation. The sandbox is the consenting user, so authorize approves at once.

Errors of the token endpoints use HubSpot's OAuth shape, `{"status": "<CODE>", "message", "correlationId"}`
(e.g. BAD_AUTH_CODE "missing or unknown auth code"), all with HTTP 400.
"""

from __future__ import annotations

import uuid

from werkzeug.wrappers import Request, Response

from core.digits import ascii_digits
from core.sandbox.auth import now
from core.sandbox.oauth_common import (
    CODE_LIFETIME,
    PKCE_METHODS,
    error_page,
    grant_of,
    issue_access,
    pkce_ok,
    redirect,
    revoke_grant,
    secret_ok,
    store,
)
from core.sandbox.oauth_store import AuthCode, Grant
from core.sandbox.replies import hs_error, json_reply
from core.sandbox.state import State

ACCESS_LIFETIME = 1800    # 30 minutes (DOCS changelog on access token expiry)
USER_ID = 7_700_001       # the sandbox's one installing user
APP_ID = 4_200_001


def _fail(code: str, message: str) -> Response:
    return json_reply({"status": code, "message": message, "correlationId": str(uuid.uuid4())}, 400)


def authorize(state: State, request: Request, portal: str | None = None) -> Response:
    """GET /oauth/authorize (and the account-specific /oauth/{portalId}/authorize)."""
    args = request.args
    app = state.oauth.app("hubspot")
    if args.get("client_id") != app["client_id"]:
        return error_page("Couldn't complete the connection: the app's client_id is missing or unknown.")
    redirect_uri = args.get("redirect_uri", "")
    if not state.oauth.redirect_allowed("hubspot", redirect_uri):
        return error_page("Couldn't complete the connection: redirect_uri does not match the app's settings.")
    scopes = args.get("scope", "").split()
    if not scopes:
        return error_page("Couldn't complete the connection: the authorization URL has no scope.")
    allowed = app.get("scopes")
    if allowed and not set(scopes) <= set(allowed):
        missing = sorted(set(scopes) - set(allowed))
        return error_page(f"Couldn't complete the connection: the app does not declare {', '.join(missing)}.")
    optional = [s for s in args.get("optional_scope", "").split() if not allowed or s in allowed]
    challenge = args.get("code_challenge")
    method = args.get("code_challenge_method", "plain" if challenge else "S256")
    if challenge and method not in PKCE_METHODS:
        return error_page(f"Unsupported code_challenge_method {method}.")
    code = f"na1-{uuid.uuid4()}"
    store(state, "hubspot").codes[code] = AuthCode(args["client_id"], redirect_uri, scopes + optional,
                                                   now(state) + CODE_LIFETIME, challenge, method)
    return redirect(redirect_uri, {"code": code, "state": args.get("state")})


def _client_error(state: State, form: dict[str, str]) -> Response | None:
    if form.get("client_id") != state.oauth.app("hubspot")["client_id"]:
        return _fail("BAD_CLIENT_ID", "missing or unknown client id")
    if not secret_ok(state, "hubspot", form.get("client_id"), form.get("client_secret")):
        return _fail("BAD_CLIENT_SECRET", "missing or invalid client secret")
    return None


def _tokens(state: State, grant: Grant) -> Response:
    access = issue_access(state, "hubspot", grant, "CJ", ACCESS_LIFETIME)
    hub = state.hubspot.portal_id
    return json_reply({"token_type": "bearer", "access_token": access, "refresh_token": grant.refresh_token,
                       "expires_in": ACCESS_LIFETIME, "hub_id": int(hub) if ascii_digits(hub) else hub,
                       "user_id": USER_ID, "scopes": grant.scopes})


def token(state: State, request: Request) -> Response:
    """POST /oauth/v1/token, /oauth/v3/token, /oauth/2026-03/token (form-encoded)."""
    form = request.form.to_dict()
    grant_type = form.get("grant_type")
    if grant_type not in ("authorization_code", "refresh_token"):
        return _fail("BAD_GRANT_TYPE", f"unsupported grant_type: {grant_type}")
    failed = _client_error(state, form)
    if failed is not None:
        return failed
    provider = store(state, "hubspot")
    if grant_type == "refresh_token":
        grant = provider.by_refresh.get(form.get("refresh_token", ""))
        if grant is None:
            return _fail("BAD_REFRESH_TOKEN", "missing or invalid refresh token")
        if grant.client_id != form["client_id"]:
            return _fail("BAD_REFRESH_TOKEN", "refresh token was not issued to this client")
        return _tokens(state, grant)  # HubSpot keeps the refresh token: it does not rotate
    code = provider.codes.get(form.get("code", ""))
    if code is None or code.client_id != form["client_id"]:
        return _fail("BAD_AUTH_CODE", "missing or unknown auth code")
    if code.expires <= now(state):
        del provider.codes[form["code"]]
        return _fail("EXPIRED_AUTH_CODE", "auth code is expired")
    if form.get("redirect_uri") != code.redirect_uri:
        return _fail("BAD_REDIRECT_URI", "redirect URI does not match initial auth code URL")
    if not pkce_ok(code.challenge, code.challenge_method, form.get("code_verifier")):
        return _fail("BAD_AUTH_CODE", "code_verifier does not match the code_challenge")
    del provider.codes[form["code"]]  # single use: a replay finds nothing
    grant = Grant(code.client_id, code.scopes, f"na1-{uuid.uuid4()}")
    provider.by_refresh[grant.refresh_token] = grant
    return _tokens(state, grant)


def _not_found(what: str) -> Response:
    return hs_error(404, "OBJECT_NOT_FOUND", f"{what} not found")


def _info(state: State, grant: Grant, tok: str, kind: str) -> dict[str, object]:
    hub = state.hubspot.portal_id
    return {"token": tok, "user": "sandbox.user@example.com", "hub_domain": f"portal-{hub}.hubspot.com",
            "scopes": grant.scopes, "hub_id": int(hub) if ascii_digits(hub) else hub, "user_id": USER_ID,
            "app_id": APP_ID, "client_id": grant.client_id, "token_type": kind}


def access_token_info(state: State, request: Request, token: str) -> Response:
    """GET /oauth/v1/access-tokens/{token} (deprecated in SPEC, still served)."""
    grant = store(state, "hubspot").by_access.get(token)
    left = state.hubspot.token_expiry.get(token, 0) - now(state)
    if grant is None or left <= 0:
        return _not_found("Access token")
    return json_reply({**_info(state, grant, token, "access"), "expires_in": int(left)})


def refresh_token_info(state: State, request: Request, token: str) -> Response:
    """GET /oauth/v1/refresh-tokens/{token}."""
    grant = store(state, "hubspot").by_refresh.get(token)
    return _not_found("Refresh token") if grant is None else json_reply(_info(state, grant, token, "refresh"))


def delete_refresh_token(state: State, request: Request, token: str) -> Response:
    """DELETE /oauth/v1/refresh-tokens/{token}: the refresh token and the access tokens it minted die."""
    grant = store(state, "hubspot").by_refresh.get(token)
    if grant is None:
        return _not_found("Refresh token")
    revoke_grant(state, "hubspot", grant)
    return Response(status=204)


def revoke(state: State, request: Request) -> Response:
    """POST /oauth/{v3,2026-03}/token/revoke: like RFC 7009, an unknown token is not an error."""
    form = request.form.to_dict()
    failed = _client_error(state, form)
    if failed is not None:
        return failed
    grant = grant_of(state, "hubspot", form.get("token", ""))
    if grant is not None and grant.client_id == form["client_id"]:
        revoke_grant(state, "hubspot", grant)
    return Response(status=200)


def introspect(state: State, request: Request) -> Response:
    """POST /oauth/{v3,2026-03}/token/introspect → {active, ...}."""
    form = request.form.to_dict()
    failed = _client_error(state, form)
    if failed is not None:
        return failed
    tok = form.get("token", "")
    provider = store(state, "hubspot")
    if tok in provider.by_refresh:
        grant, kind, exp = provider.by_refresh[tok], "refresh_token", None
    elif tok in provider.by_access and state.hubspot.token_expiry.get(tok, 0) > now(state):
        grant, kind, exp = provider.by_access[tok], "access_token", int(state.hubspot.token_expiry[tok])
    else:
        return json_reply({"active": False})
    hub = state.hubspot.portal_id
    body = {"active": True, "client_id": grant.client_id, "scope": " ".join(grant.scopes), "token_type": kind,
            "hub_id": int(hub) if ascii_digits(hub) else hub, "user_id": USER_ID}
    return json_reply(body if exp is None else {**body, "exp": exp})
