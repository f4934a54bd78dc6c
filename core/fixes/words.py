"""The words plans, the journal and undo use for records: what a bookkeeper calls each record and each field.

API names stay in the bodies sent; these messages are what the Preview, the Activity view and the exports show.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from core.i18n import N_, Message, verbatim

ENTITY = {
    "Customer": N_("Record", "Customer"), "Vendor": N_("Record", "Vendor"), "Employee": N_("Record", "Employee"),
    "Invoice": N_("Record", "Invoice"), "CreditMemo": N_("Record", "Credit memo"),
    "Preferences": N_("Record", "QuickBooks settings"), "contacts": N_("Record", "Contact"),
    "companies": N_("Record", "Company"), "invoices": N_("Record", "HubSpot invoice"),
}
NAMED = N_("Record", '{entity} "{name}"')
UNDO = N_("Record", "Undo: {label}")

# API field names (QuickBooks, then HubSpot properties) and the few fields plans describe in their own words.
FIELD = {
    "PrivateNote": N_("RecordField", "Private note"), "CustomerMemo": N_("RecordField", "Message on invoice"),
    "DocNumber": N_("RecordField", "Number"), "TxnDate": N_("RecordField", "Date"),
    "DueDate": N_("RecordField", "Due date"), "Line": N_("RecordField", "Lines"),
    "TotalAmt": N_("RecordField", "Total"), "TotalTax": N_("RecordField", "Tax"),
    "Balance": N_("RecordField", "Balance"),
    "DisplayName": N_("RecordField", "Name"), "PrimaryEmailAddr": N_("RecordField", "Email"),
    "PrimaryEmailAddr.Address": N_("RecordField", "Email"), "CustomerRef": N_("RecordField", "Customer"),
    "Active": N_("RecordField", "Active"), "CompanyName": N_("RecordField", "Company"),
    "GivenName": N_("RecordField", "First name"), "FamilyName": N_("RecordField", "Last name"),
    "BillAddr": N_("RecordField", "Address"), "email": N_("RecordField", "Email"),
    "firstname": N_("RecordField", "First name"), "lastname": N_("RecordField", "Last name"),
    "company": N_("RecordField", "Company"), "name": N_("RecordField", "Name"),
    "contact": N_("RecordField", "Contact"),
    "SalesFormsPrefs": N_("RecordField", "Custom transaction numbers"),
    "CurrencyRef": N_("RecordField", "Currency"), "BillEmail": N_("RecordField", "Billing email"),
    "SalesTermRef": N_("RecordField", "Terms"), "ShipAddr": N_("RecordField", "Shipping address"),
    "TxnTaxDetail": N_("RecordField", "Tax"), "EmailStatus": N_("RecordField", "Email status"),
    "PrintStatus": N_("RecordField", "Print status"), "PrimaryPhone": N_("RecordField", "Phone"),
    "Notes": N_("RecordField", "Notes"), "Taxable": N_("RecordField", "Taxable"),
    "ClassRef": N_("RecordField", "Class"), "DepartmentRef": N_("RecordField", "Location"),
    "ServiceDate.every": N_("RecordField", "Service date (every line)"),
    "ServiceDate.missing": N_("RecordField", "Service date (lines without one)"),
}
LINE_N = N_("RecordField", "Line {n}")
REMOVED = N_("RecordField", "(removed)")
LINE = N_("Evidence", "{qty} × {price} = {amount}")
LINE_NAMED = N_("Plan", "{line} ({name})")


def field(name: str) -> Message:
    """An API field (or a field a plan names) in words; any other name is shown as it is."""
    return FIELD.get(name) or verbatim(name)


def entity(name: str) -> Message:
    return ENTITY.get(name) or verbatim(name)


def entity_label(kind: str, name: str = "") -> Message:
    """'Customer "Acme Corp"', or the record kind alone when it has no name (QuickBooks settings)."""
    return NAMED.format(entity=entity(kind), name=name) if name else entity(kind)


def quantity(value: float) -> int | Decimal:
    """A quantity as a catalogue argument (a number, not money): 8 rather than 8.0; 2.5 as 2.5."""
    return int(value) if float(value).is_integer() else Decimal(f"{value:g}")


def line_message(qty: float, price: float, amount: float) -> Message:
    """One invoice line as "8 × 125.00 = 1,000.00"."""
    return LINE.format(qty=quantity(qty), price=float(price), amount=float(amount))


def field_value(name: str, value: Any) -> Any:
    """An API field's value as a bookkeeper reads it: lines as lines, an email or a reference by its text, the
    numbering setting as yes/no; anything else as it is."""
    if name == "Line" and isinstance(value, list):
        return tuple(_line(ln) for ln in value if isinstance(ln, Mapping) and ln.get("DetailType") ==
                     "SalesItemLineDetail")
    if isinstance(value, Mapping):
        if name in ("PrimaryEmailAddr", "BillEmail"):
            return value.get("Address")
        if name.endswith("Ref"):
            return value.get("name") or value.get("value")
        if name == "SalesFormsPrefs":
            return value.get("CustomTxnNumbers")
    return value


def _line(line: Mapping[str, Any]) -> Message:
    detail = line.get("SalesItemLineDetail") or {}
    qty, price = float(detail.get("Qty") or 0), float(detail.get("UnitPrice") or 0)
    text = line_message(qty, price, float(line.get("Amount") or qty * price))
    name = str(line.get("Description") or (detail.get("ItemRef") or {}).get("name") or "")
    return LINE_NAMED.format(line=text, name=name) if name else text
