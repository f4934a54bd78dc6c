"""What the wizards, the card and the activity view say about records: values, actions, states, evidence
and field names in a bookkeeper's words, translated where shown (contexts are explicit, so lupdate finds them)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.fixes.model import EntryState

SYSTEM_NAMES = {"quickbooks": "QuickBooks", "hubspot": "HubSpot"}


def system_name(system: str) -> str:
    return SYSTEM_NAMES.get(system, system)


def show_value(value: Any) -> str:
    """A field value as a bookkeeper reads it: blank for nothing, plain text for records."""
    if value is None or value == "":
        return "—"
    if value is True:
        return QCoreApplication.translate("Value", "Yes")
    if value is False:
        return QCoreApplication.translate("Value", "No")
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {show_value(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return "; ".join(show_value(v) for v in value)
    return str(value)



# Marked for lupdate here, translated where shown (action_word): a change's action in a bookkeeper's words.
ACTION_WORDS = {"create": QT_TRANSLATE_NOOP("ChangeAction", "New"),
                "update": QT_TRANSLATE_NOOP("ChangeAction", "Change"),
                "associate": QT_TRANSLATE_NOOP("ChangeAction", "Link"),
                "dissociate": QT_TRANSLATE_NOOP("ChangeAction", "Unlink"),
                "push": QT_TRANSLATE_NOOP("ChangeAction", "Send invoice"),
                "delete": QT_TRANSLATE_NOOP("ChangeAction", "Delete")}


def action_word(action: object) -> str:
    source = ACTION_WORDS.get(str(action))
    return QCoreApplication.translate("ChangeAction", source) if source else str(action)



EVIDENCE_LABELS = {
    "contact_email": QT_TRANSLATE_NOOP("Evidence", "Contact's email"),
    "contact_name": QT_TRANSLATE_NOOP("Evidence", "Contact"),
    "would_be_display_name": QT_TRANSLATE_NOOP("Evidence", "Name the new customer would get"),
    "display_name": QT_TRANSLATE_NOOP("Evidence", "Name the new customer would get"),
    "conflicts": QT_TRANSLATE_NOOP("Evidence", "Already used by"),
    "collisions": QT_TRANSLATE_NOOP("Evidence", "Already used by"),
    "customers": QT_TRANSLATE_NOOP("Evidence", "QuickBooks customers with this email"),
    "qbo_invoice_id": QT_TRANSLATE_NOOP("Evidence", "QuickBooks invoice"),
    "qbo_total": QT_TRANSLATE_NOOP("Evidence", "Total in QuickBooks"),
    "hubspot_total": QT_TRANSLATE_NOOP("Evidence", "Total in HubSpot"),
    "hubspot_line_count": QT_TRANSLATE_NOOP("Evidence", "Number of lines in HubSpot"),
    "qbo_line_count": QT_TRANSLATE_NOOP("Evidence", "Number of lines in QuickBooks"),
    "hubspot_lines": QT_TRANSLATE_NOOP("Evidence", "Lines in HubSpot (quantity × price = amount)"),
    "qbo_lines": QT_TRANSLATE_NOOP("Evidence", "Lines in QuickBooks (quantity × price = amount)"),
    "doc_number": QT_TRANSLATE_NOOP("Evidence", "Number"),
    "number": QT_TRANSLATE_NOOP("Evidence", "Number"),
    "length": QT_TRANSLATE_NOOP("Evidence", "Characters"),
    "max_length": QT_TRANSLATE_NOOP("Evidence", "Most QuickBooks allows"),
    "setting": QT_TRANSLATE_NOOP("Evidence", "QuickBooks setting"),
    "lines_without_service_date": QT_TRANSLATE_NOOP("Evidence", "Lines without a service date"),
    "lines": QT_TRANSLATE_NOOP("Evidence", "Lines without a QuickBooks item"),
    "invoice_date": QT_TRANSLATE_NOOP("Evidence", "Invoice date"),
    "book_close_date": QT_TRANSLATE_NOOP("Evidence", "Books closed up to"),
    "invoice_currency": QT_TRANSLATE_NOOP("Evidence", "Invoice currency"),
    "home_currency": QT_TRANSLATE_NOOP("Evidence", "Company's home currency"),
    "customer_currency": QT_TRANSLATE_NOOP("Evidence", "Customer's currency in QuickBooks"),
    "multicurrency": QT_TRANSLATE_NOOP("Evidence", "Multicurrency on"),
    "has_colon": QT_TRANSLATE_NOOP("Evidence", "Contains a colon"),
    "has_tab_or_newline": QT_TRANSLATE_NOOP("Evidence", "Contains a tab or line break"),
    "contact_id": QT_TRANSLATE_NOOP("Evidence", "HubSpot contact id"),
}
HIDDEN_EVIDENCE = {"contact_id", "hubspot_lines", "qbo_lines"}
SETTING_WORDS = {"ProductAndServicesPrefs.RevenueRecognitionEnabled":
                 QT_TRANSLATE_NOOP("Evidence", "Revenue recognition (Account and settings → Advanced)")}


def evidence_label(key: str) -> str:
    """An evidence key in words ('contact_email' → "Contact's email"); a key not listed is only tidied up."""
    source = EVIDENCE_LABELS.get(key)
    return QCoreApplication.translate("Evidence", source) if source else key.replace("_", " ").capitalize()


def document_name(txn_type: object, doc_id: object) -> str:
    """A QuickBooks document in words: "QuickBooks invoice 340", "QuickBooks credit memo 12"."""
    if txn_type == "Invoice":
        return QCoreApplication.translate("Evidence", "QuickBooks invoice {id}").format(id=doc_id)
    if txn_type == "CreditMemo":
        return QCoreApplication.translate("Evidence", "QuickBooks credit memo {id}").format(id=doc_id)
    return QCoreApplication.translate("Evidence", "QuickBooks document {id}").format(id=doc_id)


def holder_text(record: Mapping[str, Any]) -> str:
    """A name holder ({'entity', 'display_name', 'active'}) as 'Vendor “Acme” (inactive)'."""
    name, inactive = record.get("display_name", ""), record.get("active") is False
    texts = {
        ("Customer", False): QCoreApplication.translate("Evidence", "Customer “{name}”"),
        ("Customer", True): QCoreApplication.translate("Evidence", "Customer “{name}” (inactive)"),
        ("Vendor", False): QCoreApplication.translate("Evidence", "Vendor “{name}”"),
        ("Vendor", True): QCoreApplication.translate("Evidence", "Vendor “{name}” (inactive)"),
        ("Employee", False): QCoreApplication.translate("Evidence", "Employee “{name}”"),
        ("Employee", True): QCoreApplication.translate("Evidence", "Employee “{name}” (inactive)"),
    }
    text = texts.get((str(record.get("entity", "Customer")), inactive)) or (
        QCoreApplication.translate("Evidence", "“{name}” (inactive)") if inactive else "“{name}”")
    return text.format(name=name)


def record_text(value: Any) -> str:
    """One record of an evidence list in words: a name holder, a QuickBooks document, a line; else its values."""
    if not isinstance(value, Mapping):
        return show_value(value)
    if "txn_type" in value:
        details = (value.get("customer_name"), value.get("date"),
                   show_value(value["total"]) if value.get("total") is not None else "")
        return " · ".join([document_name(value["txn_type"], value.get("id")), *(str(d) for d in details if d)])
    if "display_name" in value:
        return holder_text(value)
    if "name" in value or "sku" in value:
        name, sku = str(value.get("name") or ""), str(value.get("sku") or "")
        return f"{name} ({sku})" if name and sku else name or sku
    return show_value(value)


def evidence_value(key: str, value: Any) -> Any:
    """A value of the evidence as shown: records in words, settings by their name in QuickBooks."""
    if isinstance(value, list):
        return [record_text(v) for v in value]
    if key == "setting" and str(value) in SETTING_WORDS:
        return QCoreApplication.translate("Evidence", SETTING_WORDS[str(value)])
    return value


def evidence_rows(evidence: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """Evidence keys in words: 'contact_email' → "Contact's email"; internal ids left out."""
    return [(evidence_label(key), evidence_value(key, value)) for key, value in evidence.items()
            if key not in HIDDEN_EVIDENCE]


# API field names in a bookkeeper's words (QuickBooks first, then HubSpot properties), marked for lupdate here
# and translated where shown (field_word).
FIELD_WORDS = {
    "PrivateNote": QT_TRANSLATE_NOOP("RecordField", "Private note"),
    "CustomerMemo": QT_TRANSLATE_NOOP("RecordField", "Message on invoice"),
    "DocNumber": QT_TRANSLATE_NOOP("RecordField", "Number"), "TxnDate": QT_TRANSLATE_NOOP("RecordField", "Date"),
    "DueDate": QT_TRANSLATE_NOOP("RecordField", "Due date"), "Line": QT_TRANSLATE_NOOP("RecordField", "Lines"),
    "TotalAmt": QT_TRANSLATE_NOOP("RecordField", "Total"), "Balance": QT_TRANSLATE_NOOP("RecordField", "Balance"),
    "DisplayName": QT_TRANSLATE_NOOP("RecordField", "Name"),
    "PrimaryEmailAddr": QT_TRANSLATE_NOOP("RecordField", "Email"),
    "CustomerRef": QT_TRANSLATE_NOOP("RecordField", "Customer"), "Active": QT_TRANSLATE_NOOP("RecordField", "Active"),
    "CompanyName": QT_TRANSLATE_NOOP("RecordField", "Company"),
    "GivenName": QT_TRANSLATE_NOOP("RecordField", "First name"),
    "FamilyName": QT_TRANSLATE_NOOP("RecordField", "Last name"),
    "BillAddr": QT_TRANSLATE_NOOP("RecordField", "Address"),
    "email": QT_TRANSLATE_NOOP("RecordField", "Email"), "firstname": QT_TRANSLATE_NOOP("RecordField", "First name"),
    "lastname": QT_TRANSLATE_NOOP("RecordField", "Last name"), "company": QT_TRANSLATE_NOOP("RecordField", "Company"),
}


def field_word(name: str) -> str:
    """A record's API field name in words ('DueDate' → "Due date"); other names (already words) as they are."""
    source = FIELD_WORDS.get(name)
    return QCoreApplication.translate("RecordField", source) if source else name


# ---- results of an apply ---------------------------------------------------------------------------------

STATE_WORDS = {EntryState.PENDING: QT_TRANSLATE_NOOP("ChangeState", "Not sent"),
               EntryState.SENT: QT_TRANSLATE_NOOP("ChangeState", "Sent, no reply yet"),
               EntryState.DONE: QT_TRANSLATE_NOOP("ChangeState", "Done"),
               EntryState.FAILED: QT_TRANSLATE_NOOP("ChangeState", "Refused"),
               EntryState.CONFLICT: QT_TRANSLATE_NOOP("ChangeState", "Changed by someone else — not written"),
               EntryState.UNDONE: QT_TRANSLATE_NOOP("ChangeState", "Undone")}


def state_text(state: EntryState, error: str = "") -> str:
    """A change's state in words, with the service's reason when there is one: 'Refused: …'."""
    source = STATE_WORDS.get(state)
    text = QCoreApplication.translate("ChangeState", source) if source else str(state)
    return f"{text}: {error}" if error else text


