"""QBO writes on the in-memory company: create, full and sparse update, void and delete of Customer, Invoice and
CreditMemo. Plain functions over QboState, shared by the single-object endpoints and by batch items; they
return the reply's `{Entity: object}` part or raise QboFault, and change nothing when they raise.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from core.digits import ascii_digits
from core.sandbox import qbo_rules as rules
from core.sandbox.qbo_store import (
    current,
    invalid_property,
    is_empty,
    new_id,
    required,
    stamp,
    touch,
    unsupported,
    without_empty,
)
from core.sandbox.state import JSON, QboState

WRITABLE = ("Customer", "Invoice", "CreditMemo")
TXNS = rules.SALES_FORMS
# Set by the service alone: a value a client sends is ignored.
SERVER_FIELDS = frozenset({"Id", "SyncToken", "MetaData", "domain", "sparse", "status"})
COMPUTED = {"Customer": frozenset({"Balance", "BalanceWithJobs", "FullyQualifiedName"}),
            "Invoice": frozenset({"TotalAmt", "Balance", "HomeTotalAmt", "HomeBalance"}),
            "CreditMemo": frozenset({"TotalAmt", "Balance", "HomeTotalAmt", "HomeBalance", "RemainingCredit"})}
# What a full update keeps when the body omits it (every other omitted writable field is cleared).
KEPT_ON_FULL_UPDATE = {"Customer": ("CurrencyRef",),
                       "Invoice": ("DocNumber", "TxnDate", "CurrencyRef", "LinkedTxn"),
                       "CreditMemo": ("DocNumber", "TxnDate", "CurrencyRef", "LinkedTxn")}


@dataclass
class WriteOptions:
    allow_duplicate_doc_number: bool = False  # ?include=allowduplicatedocnum
    # (entity, Id) created earlier in the same batch: invisible to later items, as on the service.
    hidden: set[tuple[str, str]] = field(default_factory=set)


def perform(qbo: QboState, entity: str, operation: str, body: JSON, options: WriteOptions) -> JSON:
    """One write; `operation` is "", "create", "update", "void" or "delete"."""
    if entity not in WRITABLE:
        raise unsupported(f"{operation or 'Create'} on {entity}")
    # A field sent empty is absent; on a sparse update it is cleared (the service keeps no empty values).
    cleared = frozenset(k for k, v in body.items() if is_empty(v)) - SERVER_FIELDS
    body = without_empty(body)
    operation = operation.lower()
    if operation == "create":
        body = {k: v for k, v in body.items() if k != "Id"}
    elif operation == "update" and not str(body.get("Id", "")).strip():
        raise required("Id")
    if operation in ("", "create", "update"):
        return save(qbo, entity, body, options, cleared)
    if operation == "void":
        return void(qbo, entity, body, options)
    if operation == "delete":
        return delete(qbo, entity, body, options)
    raise unsupported(operation)


def _is_true(value: Any) -> bool:
    return value is True or str(value).lower() == "true"


def save(qbo: QboState, entity: str, body: JSON, options: WriteOptions,
         cleared: frozenset[str] = frozenset()) -> JSON:
    """Create (no Id) or update (Id + SyncToken; `"sparse": true` merges, otherwise omitted fields clear).
    `cleared`: top-level fields sent empty, which a sparse update removes."""
    updating = body.get("Id") is not None and str(body.get("Id")).strip() != ""
    old = current(qbo, entity, body, options.hidden) if updating else None
    sent = {k: copy.deepcopy(v) for k, v in body.items() if k not in SERVER_FIELDS | COMPUTED[entity]}
    if old is None:
        obj = sent
    elif _is_true(body.get("sparse")):
        obj = {k: copy.deepcopy(v) for k, v in old.items() if k not in SERVER_FIELDS}
        obj.update(sent)  # top-level fields replace whole; a supplied Line array replaces every line
        for key in cleared - COMPUTED[entity]:
            obj.pop(key, None)
    else:
        obj = sent
        for key in (*KEPT_ON_FULL_UPDATE[entity], *COMPUTED[entity]):
            if key not in obj and key in old:
                obj[key] = copy.deepcopy(old[key])
    if entity == "Customer":
        _prepare_customer(qbo, obj, old)
    else:
        _prepare_txn(qbo, entity, obj, old, options)
    # Every rule passed: store it.
    when = stamp(qbo)
    if old is None:
        obj = {"Id": new_id(qbo, entity), **obj}
        touch(obj, when, created=True)
        if entity in TXNS:
            obj.setdefault("TxnDate", when[:10])
    else:
        obj = {"Id": old["Id"], **obj, "SyncToken": old.get("SyncToken", "0"), "MetaData": old.get("MetaData")}
        touch(obj, when)
    obj["domain"], obj["sparse"] = "QBO", False
    qbo.entities[entity][obj["Id"]] = obj
    return {entity: copy.deepcopy(obj)}


def _prepare_customer(qbo: QboState, obj: JSON, old: JSON | None) -> None:
    name = rules.display_name(obj)
    rules.check_name_fields({**obj, "DisplayName": name})  # before trimming: a trailing line break is refused too
    name = name.strip()  # stored trimmed, as it is compared
    obj["DisplayName"] = name
    if old is None or rules.norm(name) != rules.norm(old.get("DisplayName")):  # checked on create and rename
        rules.check_unique_name(qbo, name, "Customer", None if old is None else str(old["Id"]))
    parent = obj.get("ParentRef") if isinstance(obj.get("ParentRef"), dict) else None
    parent_obj = qbo.entities["Customer"].get(str(parent.get("value"))) if parent else None
    obj["FullyQualifiedName"] = f"{parent_obj.get('FullyQualifiedName', parent_obj.get('DisplayName'))}:{name}" \
        if parent_obj else name
    obj.setdefault("PrintOnCheckName", name)
    obj.setdefault("Active", True)
    obj.setdefault("Balance", 0)


def _prepare_txn(qbo: QboState, entity: str, obj: JSON, old: JSON | None, options: WriteOptions) -> None:
    if not isinstance(obj.get("Line"), list) or not obj["Line"]:
        raise required("Line")
    if not obj.get("CustomerRef"):
        raise required("CustomerRef")
    rules.check_doc_number_length(obj)
    rules.check_ref(qbo, "Customer", obj["CustomerRef"], "CustomerRef", options.hidden)
    rules.check_lines(qbo, obj, options.hidden)
    rules.check_service_dates(qbo, obj)
    doc = rules.text(obj, "DocNumber").strip()
    if "DocNumber" in obj:
        obj["DocNumber"] = doc  # stored trimmed, as it is compared
    custom = rules.custom_txn_numbers(qbo)
    if doc == rules.AUTO_GENERATE or (old is None and not doc and not custom):
        obj["DocNumber"] = rules.next_doc_number(qbo)
    elif doc and custom and not options.allow_duplicate_doc_number and (
            old is None or rules.norm(doc) != rules.norm(old.get("DocNumber"))):
        rules.check_duplicate_doc_number(qbo, entity, None if old is None else str(old["Id"]), doc)
    _number_lines(obj, old)
    total = round(sum(float(line["Amount"]) for line, detail in rules.sales_lines(obj) if "ItemRef" in detail), 2)
    # Payments are not modelled: what was paid before (TotalAmt - Balance) stays paid.
    paid = 0.0 if old is None else float(old.get("TotalAmt") or 0) - float(old.get("Balance", old.get("TotalAmt")) or 0)
    obj["TotalAmt"] = total
    obj["Balance"] = round(max(total - paid, 0.0), 2)
    obj.setdefault("CurrencyRef", {"value": qbo.preferences["CurrencyPrefs"]["HomeCurrency"]["value"]})


def _number_lines(obj: JSON, old: JSON | None) -> None:
    """Line Ids: an existing Id (> 0) keeps updating its line; anything else becomes a new line with the next Id."""
    known = {str(line.get("Id")) for line in (old or {}).get("Line") or [] if isinstance(line, dict)}
    ids = [int(i) for i in known if ascii_digits(i)]
    next_id = max(ids, default=0)
    for position, line in enumerate(obj["Line"], start=1):
        line_id = str(line.get("Id", "")).strip()
        if not (line_id in known and ascii_digits(line_id) and int(line_id) > 0):
            next_id += 1
            line["Id"] = str(next_id)
        line["LineNum"] = position


def void(qbo: QboState, entity: str, body: Mapping[str, Any], options: WriteOptions) -> JSON:
    """Amounts and quantities to 0 and PrivateNote "Voided"; the DocNumber and the lines stay."""
    if entity not in TXNS:
        raise unsupported("Void")
    obj = current(qbo, entity, body, options.hidden)
    for line in obj.get("Line") or []:
        if isinstance(line, dict) and "Amount" in line:
            line["Amount"] = 0
        detail = line.get("SalesItemLineDetail") if isinstance(line, dict) else None
        if isinstance(detail, dict) and "Qty" in detail:
            detail["Qty"] = 0
    obj.update(TotalAmt=0, Balance=0, PrivateNote="Voided")
    touch(obj, stamp(qbo))
    return {entity: copy.deepcopy(obj)}


def delete(qbo: QboState, entity: str, body: Mapping[str, Any], options: WriteOptions) -> JSON:
    """Transactions go, leaving a tombstone for CDC; name-list objects cannot be deleted (make them inactive)."""
    if entity not in TXNS:
        raise unsupported("Delete")
    obj = current(qbo, entity, body, options.hidden)
    oid = str(obj["Id"])
    del qbo.entities[entity][oid]
    qbo.deleted[entity][oid] = {"Id": oid, "status": "Deleted", "MetaData": {"LastUpdatedTime": stamp(qbo)}}
    return {entity: {"Id": oid, "status": "Deleted", "domain": "QBO"}}


def check_entity_body(entity: str, body: Any) -> JSON:
    if not isinstance(body, dict):
        raise invalid_property(f"{entity}; the object must be a JSON object", entity)
    return body
