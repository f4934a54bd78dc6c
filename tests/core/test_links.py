"""Links to the invoice in HubSpot and QuickBooks, and the recorded portal id."""

from __future__ import annotations

from pathlib import Path

import pytest

from core import links


def test_urls() -> None:
    assert links.hubspot_invoice_url("24681357", "9001") == \
        "https://app.hubspot.com/contacts/24681357/record/0-53/9001"
    assert links.qbo_invoice_url("315") == "https://app.qbo.intuit.com/app/invoice?txnId=315"
    assert links.hubspot_invoice_url("1 2", "a/b").endswith("/contacts/1%202/record/0-53/a%2Fb")  # never a path
    assert links.qbo_invoice_url("3&x=1") == "https://app.qbo.intuit.com/app/invoice?txnId=3%26x%3D1"
    with pytest.raises(ValueError):
        links.hubspot_invoice_url("", "9001")
    with pytest.raises(ValueError):
        links.qbo_invoice_url("")


def test_portal_id_is_remembered_per_cache(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    assert links.hubspot_portal_id(path) is None
    links.remember_hubspot_portal_id(path, "24681357")
    assert links.hubspot_portal_id(path) == "24681357"
