"""The business rules QBO enforces on the writes the sandbox serves (QBO_API.md §1-§4).

Each check raises a QboFault with the service's code and texts; docs/qbo.md lists the codes chosen where the
service's own is not documented. Checks run on the object as it would be saved (after a sparse merge), in the
order a client most needs to hear about them: required fields, lengths, references, amounts, business rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from core.digits import ascii_digits
from core.sandbox.qbo_store import QboFault, business, invalid_property, required, too_long
from core.sandbox.state import JSON, QboState

NAME_LISTS = ("Customer", "Vendor", "Employee")  # one shared DisplayName namespace
SALES_FORMS = ("Invoice", "CreditMemo")           # one shared DocNumber namespace
TXN_TYPE = {"Invoice": "Invoice", "CreditMemo": "Credit Memo"}  # as the 6140 Detail writes them
# Name parts a DisplayName is generated from, in this order (CustRef).
NAME_PARTS = ("Title", "GivenName", "MiddleName", "FamilyName", "Suffix")
# Fields that may not hold ':', tab or a line break (CustRef business rules); ':' separates FullyQualifiedName.
NAME_FIELDS = ("DisplayName", *NAME_PARTS, "PrintOnCheckName")
BAD_NAME_CHARS = {":": "a colon (:)", "\t": "a tab", "\n": "a line break", "\r": "a line break"}
# Maximum lengths from the current Customer reference (QBO_API.md §2).
CUSTOMER_LIMITS = {"DisplayName": 500, "Title": 16, "GivenName": 100, "MiddleName": 100, "FamilyName": 100,
                   "Suffix": 16, "PrintOnCheckName": 110, "CompanyName": 100, "Notes": 2000}
DOC_NUMBER_MAX = 21
AUTO_GENERATE = "AUTO_GENERATE"
_TRAILING_DIGITS = re.compile(r"^(.*?)(\d+)$")
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def norm(value: Any) -> str:
    """Names and document numbers compare trimmed and case-insensitively (the sandbox's documented choice)."""
    return str(value or "").strip().casefold()


def text(obj: Mapping[str, Any], key: str) -> str:
    value = obj.get(key)
    return value if isinstance(value, str) else "" if value is None else str(value)


# ---- names -----------------------------------------------------------------------------------------------
def display_name(obj: Mapping[str, Any]) -> str:
    """DisplayName as sent, or generated from the name parts as the service does; 6080 when there is none."""
    name = text(obj, "DisplayName")
    if name.strip():
        return name
    generated = " ".join(text(obj, part).strip() for part in NAME_PARTS if text(obj, part).strip())
    if not generated:
        raise QboFault("6080", "No Name Provided",
                       "Title, GivenName, MiddleName, FamilyName, DisplayName, Suffix - one of these must be "
                       "non-empty")
    return generated


def check_name_fields(obj: Mapping[str, Any]) -> None:
    """Forbidden characters first (code 6000, see docs/qbo.md), then lengths (2050)."""
    for field in NAME_FIELDS:
        value = text(obj, field)
        for char, label in BAD_NAME_CHARS.items():
            if char in value:
                raise business(f"{field} cannot contain {label}. Remove the character and try again.", field)
    for field, limit in CUSTOMER_LIMITS.items():
        value = text(obj, field)
        if len(value) > limit:
            raise too_long(field, limit, value)


def check_unique_name(qbo: QboState, name: str, entity: str, oid: str | None) -> None:
    """6240 when a Customer, Vendor or Employee, active or not, already uses the name (not the object itself)."""
    wanted = norm(name)
    for other_entity in NAME_LISTS:
        for other_id, other in qbo.entities[other_entity].items():
            if norm(other.get("DisplayName")) == wanted and not (other_entity == entity and other_id == oid):
                raise QboFault("6240", "Duplicate Name Exists Error",
                               "The name supplied already exists. : Another customer, vendor or employee is "
                               "already using this name. Please use a different name.")


# ---- references ------------------------------------------------------------------------------------------
def check_ref(qbo: QboState, entity: str, ref: Any, element: str, hidden: set[tuple[str, str]]) -> None:
    """2500 for a reference to a missing or inactive object; on success the ref gets its `name`, as QBO fills."""
    if not isinstance(ref, dict) or not str(ref.get("value", "")).strip():
        raise required(element)
    oid = str(ref["value"]).strip()
    target = qbo.entities[entity].get(oid)
    if target is None or (entity, oid) in hidden:
        raise QboFault("2500", "Invalid Reference Id",
                       f"Invalid Reference Id : {element} ({entity} Id={oid} does not exist)", element)
    if target.get("Active") is False or str(target.get("Active")).lower() == "false":
        name = target.get("DisplayName") or target.get("Name") or ""
        raise QboFault("2500", "Invalid Reference Id",
                       f"Invalid Reference Id : {element} ({entity} Id={oid} \"{name}\" is inactive)", element)
    ref["value"] = oid
    ref["name"] = target.get("DisplayName") or target.get("Name") or ""


def instant(value: Any) -> datetime:
    """An ISO date-time as an aware datetime (naive taken as UTC); the epoch when absent or unreadable."""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return EPOCH
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# ---- transactions ----------------------------------------------------------------------------------------
def number(value: Any, element: str) -> float:
    if isinstance(value, bool):
        raise invalid_property(f"{element}; not a number: {value!r}", element)
    try:
        return float(value)
    except (TypeError, ValueError):
        raise invalid_property(f"{element}; not a number: {value!r}", element) from None


def sales_lines(obj: Mapping[str, Any]) -> Iterator[tuple[JSON, JSON]]:
    """(line, SalesItemLineDetail) for every sales item line."""
    for line in obj.get("Line") or []:
        if isinstance(line, dict) and line.get("DetailType") == "SalesItemLineDetail":
            detail = line.get("SalesItemLineDetail")
            yield line, detail if isinstance(detail, dict) else {}


def check_lines(qbo: QboState, obj: JSON, hidden: set[tuple[str, str]]) -> None:
    lines = obj.get("Line")
    if not isinstance(lines, list) or not lines:
        raise required("Line")
    for line in lines:
        if not isinstance(line, dict):
            raise invalid_property("Line; every line must be an object", "Line")
        if not line.get("DetailType"):
            raise required("Line.DetailType")
    for line, detail in sales_lines(obj):
        if line.get("Amount") is None:
            raise required("Line.Amount")
        amount = number(line["Amount"], "Line.Amount")
        if "ItemRef" in detail:
            check_ref(qbo, "Item", detail["ItemRef"], "Line.SalesItemLineDetail.ItemRef", hidden)
        qty, price = detail.get("Qty"), detail.get("UnitPrice")
        if qty is not None and price is not None:
            expected = round(number(qty, "Line.SalesItemLineDetail.Qty")
                             * number(price, "Line.SalesItemLineDetail.UnitPrice"), 2)
            if abs(expected - round(amount, 2)) > 0.0001:
                raise QboFault("6070", "Amount calculation incorrect in the request",
                               f"Amount is not equal to Qty * UnitPrice. Supplied value:{line['Amount']}",
                               "Line.Amount")


def revenue_recognition_on(prefs: Mapping[str, Any]) -> bool:
    """Either name of the flag (QBO_API.md §4 [CONFLICT]) turns the rule on."""
    block = prefs.get("ProductAndServicesPrefs") or {}
    return any(block.get(key) is True or str(block.get(key)).lower() == "true"
               for key in ("RevenueRecognitionEnabled", "RevenueRecognition"))


def check_service_dates(qbo: QboState, obj: JSON) -> None:
    if not revenue_recognition_on(qbo.preferences):
        return
    for _, detail in sales_lines(obj):
        if not str(detail.get("ServiceDate") or "").strip():
            raise business("Enter a service date for the revenue recognition line item.",
                           "Line.SalesItemLineDetail.ServiceDate")


def custom_txn_numbers(qbo: QboState) -> bool:
    value = (qbo.preferences.get("SalesFormsPrefs") or {}).get("CustomTxnNumbers")
    return value is True or str(value).lower() == "true"


def check_doc_number_length(obj: Mapping[str, Any]) -> None:
    doc = text(obj, "DocNumber").strip()
    if doc != AUTO_GENERATE and len(doc) > DOC_NUMBER_MAX:
        raise too_long("DocNumber", DOC_NUMBER_MAX, doc)


def check_duplicate_doc_number(qbo: QboState, entity: str, oid: str | None, doc: str) -> None:
    """6140 naming the first other sales form (Invoices before Credit Memos, then by Id) with the number."""
    wanted = norm(doc)
    for other_entity in SALES_FORMS:
        clashes = [other_id for other_id, other in qbo.entities[other_entity].items()
                   if norm(other.get("DocNumber")) == wanted and not (other_entity == entity and other_id == oid)]
        if clashes:
            txn_id = min(clashes, key=lambda i: (len(i), i))
            raise QboFault("6140", "Duplicate Document Number Error",
                           f"Duplicate Document Number Error : You must specify a different number. This number "
                           f"has already been used. DocNumber={doc} is assigned to "
                           f"TxnType={TXN_TYPE[other_entity]} with TxnId={txn_id}", "DocNumber")


def next_doc_number(qbo: QboState) -> str:
    """The sales-form sequence: the most recently created Invoice or Credit Memo whose number ends in digits,
    plus one, keeping its prefix and zero padding (App_1000 → App_1001); "1001" in a company without one.
    Numbers already taken are skipped."""
    forms: list[JSON] = [obj for entity in SALES_FORMS for obj in qbo.entities[entity].values()]
    taken = {norm(obj.get("DocNumber")) for obj in forms}

    def created(obj: JSON) -> tuple[datetime, int]:
        oid = str(obj.get("Id", ""))
        return instant((obj.get("MetaData") or {}).get("CreateTime")), int(oid) if ascii_digits(oid) else 0

    numbered: list[JSON] = [obj for obj in forms if _TRAILING_DIGITS.match(text(obj, "DocNumber").strip())]
    prefix, digits = "", "1000"
    if numbered:
        latest: JSON = max(numbered, key=created)
        match = _TRAILING_DIGITS.match(text(latest, "DocNumber").strip())
        assert match is not None
        prefix, digits = match.group(1), match.group(2)
    value = int(digits)
    while True:
        value += 1
        candidate = f"{prefix}{value:0{len(digits)}d}"
        if norm(candidate) not in taken:
            return candidate
