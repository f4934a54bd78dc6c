"""HubSpot's search has its own bucket: it does not spend (nor get refused by) the ten-secondly one."""

from __future__ import annotations

import time

import requests

from core.sandbox.server import Options, Sandbox

SCENARIO = {"name": "x", "hubspot": {"contacts": [{"id": "1", "email": "a@x.example"}]}}


def test_search_is_exempt_from_the_ten_secondly_bucket() -> None:
    with Sandbox(SCENARIO, options=Options(hubspot_limit=2)) as sandbox:
        ep = sandbox.endpoints()
        headers = {"Authorization": f"Bearer {ep.hubspot_token}"}
        listing = f"{ep.hubspot_api}/crm/v3/objects/contacts"
        assert [requests.get(listing, headers=headers, timeout=5).status_code for _ in range(3)] == [200, 200, 429]
        statuses = []
        for _ in range(3):
            reply = requests.post(f"{listing}/search", json={"limit": 10}, headers=headers, timeout=5)
            statuses.append(reply.status_code)
            time.sleep(0.25)  # stay under search's own 5 per second
        assert statuses == [200, 200, 200]
        assert reply.json()["total"] == 1
