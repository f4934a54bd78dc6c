"""Evidence in words: the labels the kinds give their evidence keys, and evidence values as a bookkeeper reads
them (records in words, settings by their name in QuickBooks, dates as dates, line signatures as lines).

The card, the wizards and the report all go through `rows`, so one piece of evidence reads the same everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from datetime import date
from typing import Any

from core.failures.base import FailureKind
from core.fixes.words import line_message
from core.i18n import N_, Arg, Message, verbatim

# Labels, shared by the kinds whose evidence has the key (each kind lists its own in `evidence_labels`).
CONTACT_ID = N_("Evidence", "HubSpot contact id")
CONTACT_EMAIL = N_("Evidence", "Contact's email")
CONTACT_NAME = N_("Evidence", "Contact")
WOULD_BE_NAME = N_("Evidence", "Name the new customer would get")
ALREADY_USED_BY = N_("Evidence", "Already used by")
CUSTOMERS_WITH_EMAIL = N_("Evidence", "QuickBooks customers with this email")
QBO_INVOICE = N_("Evidence", "QuickBooks invoice")
QBO_TOTAL = N_("Evidence", "Total in QuickBooks")
HUBSPOT_TOTAL = N_("Evidence", "Total in HubSpot")
HUBSPOT_LINE_COUNT = N_("Evidence", "Number of lines in HubSpot")
QBO_LINE_COUNT = N_("Evidence", "Number of lines in QuickBooks")
HUBSPOT_LINES = N_("Evidence", "Lines in HubSpot (quantity × price = amount)")
QBO_LINES = N_("Evidence", "Lines in QuickBooks (quantity × price = amount)")
NUMBER = N_("Evidence", "Number")
CHARACTERS = N_("Evidence", "Characters")
MAX_CHARACTERS = N_("Evidence", "Most QuickBooks allows")
SETTING = N_("Evidence", "QuickBooks setting")
LINES_WITHOUT_SERVICE_DATE = N_("Evidence", "Lines without a service date")
LINES_WITHOUT_ITEM = N_("Evidence", "Lines without a QuickBooks item")
INVOICE_DATE = N_("Evidence", "Invoice date")
BOOKS_CLOSED_UP_TO = N_("Evidence", "Books closed up to")
INVOICE_CURRENCY = N_("Evidence", "Invoice currency")
HOME_CURRENCY = N_("Evidence", "Company's home currency")
CUSTOMER_CURRENCY = N_("Evidence", "Customer's currency in QuickBooks")
MULTICURRENCY = N_("Evidence", "Multicurrency on")
HAS_COLON = N_("Evidence", "Contains a colon")
HAS_TAB_OR_NEWLINE = N_("Evidence", "Contains a tab or line break")

# Values.
SETTINGS = {"ProductAndServicesPrefs.RevenueRecognitionEnabled":
            N_("Evidence", "Revenue recognition (Account and settings → Advanced)")}
DOCUMENTS = {"Invoice": N_("Evidence", "QuickBooks invoice {id}"),
             "CreditMemo": N_("Evidence", "QuickBooks credit memo {id}")}
OTHER_DOCUMENT = N_("Evidence", "QuickBooks document {id}")
DOCUMENTS_OF = {"Invoice": N_("Evidence", "QuickBooks invoice of {customer}"),
                "CreditMemo": N_("Evidence", "QuickBooks credit memo of {customer}")}
QBO_CUSTOMER = N_("Evidence", "QuickBooks customer")
HOLDERS = {("Customer", False): N_("Evidence", "Customer “{name}”"),
           ("Customer", True): N_("Evidence", "Customer “{name}” (inactive)"),
           ("Vendor", False): N_("Evidence", "Vendor “{name}”"),
           ("Vendor", True): N_("Evidence", "Vendor “{name}” (inactive)"),
           ("Employee", False): N_("Evidence", "Employee “{name}”"),
           ("Employee", True): N_("Evidence", "Employee “{name}” (inactive)")}
OTHER_HOLDER = {False: N_("Evidence", "“{name}”"), True: N_("Evidence", "“{name}” (inactive)")}
DOCUMENT_DETAILS = N_("Evidence", "{document} · {details}")

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SIGNATURE = re.compile(r"^(-?[\d.]+)/(-?[\d.]+)/(-?[\d.]+)$")


def document(txn_type: object, doc_id: object, customer: object = "") -> Message:
    """A QuickBooks document in words, by its customer when known ("QuickBooks invoice of Tech Hub Coworking");
    by its internal id ("QuickBooks invoice 340") only when nothing else names it."""
    if customer and str(txn_type) in DOCUMENTS_OF:
        return DOCUMENTS_OF[str(txn_type)].format(customer=str(customer))
    return DOCUMENTS.get(str(txn_type), OTHER_DOCUMENT).format(id=str(doc_id))


def holder(record: Mapping[str, Any]) -> Message:
    """A name holder ({'entity', 'display_name', 'active'}) as 'Vendor “Acme” (inactive)'."""
    inactive = record.get("active") is False
    pattern = HOLDERS.get((str(record.get("entity", "Customer")), inactive)) or OTHER_HOLDER[inactive]
    return pattern.format(name=str(record.get("display_name") or ""))


def signatures(text: str) -> tuple[Message, ...] | None:
    """Line signatures "qty/price/amount|…" (how the rules compare lines) as lines in words; None if not."""
    matches = [_SIGNATURE.match(part) for part in text.split("|")] if text else []
    if not matches or not all(matches):
        return None
    return tuple(line_message(float(m[1]), float(m[2]), float(m[3])) for m in matches if m)


def record(value: Any) -> Arg:
    """One record of an evidence list in words: a QuickBooks document, a name holder, a line; else its value."""
    if not isinstance(value, Mapping):
        return shown("", value)
    if "txn_type" in value:
        details = tuple(shown("", value.get(k)) for k in ("date", "total") if value.get(k) not in (None, ""))
        doc = document(value["txn_type"], value.get("id"), value.get("customer_name") or "")
        return DOCUMENT_DETAILS.format(document=doc, details=details) if details else doc
    if "display_name" in value:
        return holder(value)
    if "name" in value or "sku" in value:
        name, sku = str(value.get("name") or ""), str(value.get("sku") or "")
        return verbatim(f"{name} ({sku})" if name and sku else name or sku)
    return verbatim(", ".join(f"{k}: {v}" for k, v in value.items()))


def day(value: Any) -> Arg:
    """An ISO date (or date and time) of the evidence as a date; anything else as it is."""
    text = str(value or "")
    return date.fromisoformat(text[:10]) if _ISO_DATE.match(text[:10]) else verbatim(text)


def shown(key: str, value: Any) -> Arg:
    """An evidence value as shown: records in words, settings by name, ISO dates as dates, numbers as numbers."""
    if isinstance(value, list):
        return tuple(record(v) for v in value)
    if key == "setting" and str(value) in SETTINGS:
        return SETTINGS[str(value)]
    if isinstance(value, str):
        if _ISO_DATE.match(value):
            return date.fromisoformat(value)
        lines = signatures(value) if key.endswith("_lines") else None
        return lines if lines is not None else verbatim(value)
    if value is None or isinstance(value, bool | int | float):
        return value
    return verbatim(str(value))


def rows(kind: FailureKind, evidence: Mapping[str, Any], hide: Collection[str] = ()) -> list[tuple[Message, Arg]]:
    """(label, value) per evidence key the kind shows, in the evidence's order."""
    return [(kind.evidence_label(key), shown(key, value)) for key, value in evidence.items()
            if key not in kind.internal_evidence and key not in hide]
