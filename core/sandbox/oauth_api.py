"""OAuth endpoints of HubSpot and Intuit (authorize, token, refresh, revoke) on the sandbox's own base URL.

The server dispatches every endpoint named `oauth_*` here with no bearer check. docs/oauth.md describes
both providers and the sandbox's choices.
"""

from __future__ import annotations

from collections.abc import Callable

from werkzeug.routing import Rule
from werkzeug.wrappers import Response

from core.sandbox import oauth_hubspot, oauth_intuit

# HubSpot's token endpoint in each version family it is published in (HUBSPOT_API.md §8.1).
HUBSPOT_TOKEN = ("/oauth/v1", "/oauth/v3", "/oauth/2026-03")
HUBSPOT_NEW = ("/oauth/v3", "/oauth/2026-03")


def rules() -> list[Rule]:
    out = [
        Rule("/oauth/authorize", endpoint="oauth_hs_authorize", methods=["GET"]),
        Rule("/oauth/<portal>/authorize", endpoint="oauth_hs_authorize", methods=["GET"]),
        Rule("/oauth/v1/access-tokens/<token>", endpoint="oauth_hs_access_info", methods=["GET"]),
        Rule("/oauth/v1/refresh-tokens/<token>", endpoint="oauth_hs_refresh_info", methods=["GET"]),
        Rule("/oauth/v1/refresh-tokens/<token>", endpoint="oauth_hs_refresh_delete", methods=["DELETE"]),
        Rule("/connect/oauth2", endpoint="oauth_intuit_authorize", methods=["GET"]),
        Rule("/oauth2/v1/tokens/bearer", endpoint="oauth_intuit_token", methods=["POST"]),
        Rule("/v2/oauth2/tokens/revoke", endpoint="oauth_intuit_revoke", methods=["POST"]),
        Rule("/.well-known/openid_configuration", endpoint="oauth_intuit_discovery", methods=["GET"]),
        Rule("/.well-known/openid_sandbox_configuration", endpoint="oauth_intuit_discovery", methods=["GET"]),
    ]
    out += [Rule(f"{p}/token", endpoint="oauth_hs_token", methods=["POST"]) for p in HUBSPOT_TOKEN]
    for p in HUBSPOT_NEW:
        out += [Rule(f"{p}/token/revoke", endpoint="oauth_hs_revoke", methods=["POST"]),
                Rule(f"{p}/token/introspect", endpoint="oauth_hs_introspect", methods=["POST"])]
    return out


# Every handler takes (state, request, **route arguments); endpoint names start with "oauth_".
HANDLERS: dict[str, Callable[..., Response]] = {
    "oauth_hs_authorize": oauth_hubspot.authorize, "oauth_hs_token": oauth_hubspot.token,
    "oauth_hs_access_info": oauth_hubspot.access_token_info,
    "oauth_hs_refresh_info": oauth_hubspot.refresh_token_info,
    "oauth_hs_refresh_delete": oauth_hubspot.delete_refresh_token,
    "oauth_hs_revoke": oauth_hubspot.revoke, "oauth_hs_introspect": oauth_hubspot.introspect,
    "oauth_intuit_authorize": oauth_intuit.authorize, "oauth_intuit_token": oauth_intuit.token,
    "oauth_intuit_revoke": oauth_intuit.revoke, "oauth_intuit_discovery": oauth_intuit.discovery,
}
