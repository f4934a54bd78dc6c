"""Assertions shared by the HubSpot sandbox tests."""

from __future__ import annotations

from typing import Any

import requests


def assert_error(reply: requests.Response, status: int, category: str) -> dict[str, Any]:
    assert reply.status_code == status, reply.text
    body: dict[str, Any] = reply.json()
    assert body["status"] == "error" and body["category"] == category
    assert body["message"] and body["correlationId"]
    return body
