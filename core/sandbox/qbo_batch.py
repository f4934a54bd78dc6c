"""`POST /batch`: up to 30 items, run one after another, each answered on its own (QBO_API.md §7).

An item is `{"bId", "operation": "create|update|delete", "<Entity>": {...}}` (`"optionsData": "void"` with
update voids) or `{"bId", "Query": "select ..."}`. A failing item gets a `Fault` and does not stop the others;
the HTTP status is 200 whenever the envelope itself is valid. As on the service, an item does not see objects
created by earlier items of the same batch (they are neither referable, updatable nor returned by a query).
"""

from __future__ import annotations

from typing import Any

from werkzeug.wrappers import Request, Response

from core.sandbox import qbo_writes
from core.sandbox.qbo_store import (
    QboFault,
    allow_duplicate_doc_number,
    invalid_property,
    parse_json,
    replay,
    required,
    run_query,
)
from core.sandbox.replies import json_reply, qbo_now
from core.sandbox.state import JSON, QBO_ENTITIES, QboState

MAX_ITEMS = 30
OPERATIONS = ("create", "update", "delete")


def batch(qbo: QboState, request: Request, xml: bool, realm: str) -> Response:
    return replay(qbo, request, lambda: _run(qbo, request, xml), xml)


def _run(qbo: QboState, request: Request, xml: bool) -> Response:
    try:
        items = parse_json(request).get("BatchItemRequest")
        if not isinstance(items, list) or not items:
            raise required("BatchItemRequest")
        if len(items) > MAX_ITEMS:
            # Code and Message from a third-party code list (UNVERIFIED, QBO_API.md §1); see docs/qbo.md.
            raise QboFault("1040", "Batch size exceeds allowed limit",
                           f"Batch size exceeds allowed limit. At most {MAX_ITEMS} BatchItemRequest items are "
                           f"allowed; {len(items)} were supplied.", "BatchItemRequest")
    except QboFault as fault:
        return fault.reply(xml)
    options = qbo_writes.WriteOptions(allow_duplicate_doc_number=allow_duplicate_doc_number(request))
    answers = [_item(qbo, item, options) for item in items]
    return json_reply({"BatchItemResponse": answers, "time": qbo_now()})


def _item(qbo: QboState, item: Any, options: qbo_writes.WriteOptions) -> JSON:
    bid = str(item.get("bId", "")) if isinstance(item, dict) else ""
    try:
        if not isinstance(item, dict):
            raise invalid_property("BatchItemRequest; every item must be an object", "BatchItemRequest")
        if "Query" in item:
            return {"bId": bid, "QueryResponse": run_query(qbo, str(item["Query"] or ""), options.hidden)
                    ["QueryResponse"]}
        entity = next((key for key in item if key in QBO_ENTITIES), "")
        if not entity:
            raise required("Query or an entity object")
        operation = str(item.get("operation", "")).lower()
        if operation not in OPERATIONS:
            raise invalid_property(f"operation; expected one of {', '.join(OPERATIONS)}", "operation")
        if operation == "update" and str(item.get("optionsData", "")).lower() == "void":
            operation = "void"
        body = qbo_writes.check_entity_body(entity, item[entity])
        result = qbo_writes.perform(qbo, entity, operation, body, options)
        if operation == "create":
            options.hidden.add((entity, str(result[entity]["Id"])))
        return {"bId": bid, **result}
    except QboFault as fault:
        return {"bId": bid, "Fault": fault.fault()}
