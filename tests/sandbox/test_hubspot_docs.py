"""docs/hubspot.md lists every HubSpot route the sandbox serves, with its method (an acceptance point)."""

from __future__ import annotations

import re
from pathlib import Path

from werkzeug.routing import Rule

from core.sandbox import hubspot_api

DOCS = Path(__file__).resolve().parents[2] / "core" / "sandbox" / "docs"
# Route argument → the parameter name HubSpot's reference uses.
NAMES = {"otype": "objectType", "oid": "objectId", "to": "toObjectType", "to_id": "toObjectId",
         "from_name": "fromObjectType", "to_name": "toObjectType", "name": "propertyName", "portal": "portalId",
         "token": "token"}


def documented(rule: Rule) -> list[str]:
    path = re.sub(r"<([a-z_]+)>", lambda m: "{" + NAMES[m.group(1)] + "}", rule.rule)
    return [f"| {method} | `{path}` |" for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"})]


def missing(rules: list[Rule], doc: str) -> list[str]:
    text = (DOCS / doc).read_text(encoding="utf-8")
    return [row for rule in rules for row in documented(rule) if row not in text]


def test_every_hubspot_route_is_documented() -> None:
    assert missing(hubspot_api.rules(), "hubspot.md") == []


def test_both_version_families_are_served() -> None:
    paths = {rule.rule for rule in hubspot_api.rules()}
    for path in list(paths):
        if path.startswith("/crm/v3/objects/"):
            assert path.replace("/crm/v3/objects/", "/crm/objects/2026-03/") in paths
        if path.startswith("/crm/v4/associations/"):
            assert path.replace("/crm/v4/associations/", "/crm/associations/2026-03/") in paths
