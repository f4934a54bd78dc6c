"""Parts of API records as a bookkeeper reads them (issue 15, point 4): never "{'Address': …}" or "value: USD"."""

from __future__ import annotations

from core.fixes.words import field
from core.i18n import render


def test_a_reference_reads_as_its_name_or_value() -> None:
    assert render({"value": "USD"}) == "USD"
    assert render({"value": "24", "name": "Tech Hub Coworking"}) == "Tech Hub Coworking"


def test_an_email_reads_as_its_address() -> None:
    assert render({"Address": "ana@example.com"}) == "ana@example.com"


def test_an_address_reads_as_its_lines_without_keys_or_ids() -> None:
    addr = {"Id": "7", "Line1": "Calle Mayor 3", "City": "Madrid", "PostalCode": "28013", "Lat": "40.4"}
    assert render(addr) == "Calle Mayor 3, Madrid, 28013"


def test_api_field_names_read_in_words() -> None:
    assert [render(field(n)) for n in ("CurrencyRef", "PrimaryEmailAddr", "BillEmail", "TxnTaxDetail")] == [
        "Currency", "Email", "Billing email", "Tax"]
