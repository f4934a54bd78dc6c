"""docs/oauth.md lists every OAuth route of the sandbox with its method."""

from __future__ import annotations

import re
from pathlib import Path

from core.sandbox import oauth_api

DOC = Path(__file__).resolve().parents[2] / "core" / "sandbox" / "docs" / "oauth.md"
NAMES = {"portal": "portalId", "token": "token"}


def test_every_oauth_route_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    rows = []
    for rule in oauth_api.rules():
        path = re.sub(r"<([a-z_]+)>", lambda m: "{" + NAMES[m.group(1)] + "}", rule.rule)
        rows += [f"| {method} | `{path}` |" for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"})]
    assert [row for row in rows if row not in text] == []
