"""QuickBooks Online v3 as the real service serves it: reads (query, read by id, preferences, companyinfo, CDC)
and writes (create/update/void/delete, preferences, batch). Routes and handlers are listed at the end;
docs/qbo.md lists every route and every choice made where Intuit's documentation is silent.

Every handler runs under the QuickBooks lock (state.qbo_lock) and takes (qbo, request, xml=..., realm=...,
**route arguments).
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from core.sandbox import qbo_prefs, qbo_writes
from core.sandbox.qbo_batch import batch
from core.sandbox.qbo_cdc import cdc
from core.sandbox.qbo_store import (
    NOT_FOUND_DETAIL,
    QboFault,
    allow_duplicate_doc_number,
    ensure_preferences_meta,
    invalid_property,
    parse_json,
    replay,
    run_query,
    unsupported,
)
from core.sandbox.qbo_store import (
    company_info as company_info_object,
)
from core.sandbox.replies import json_reply, qbo_fault, qbo_now
from core.sandbox.state import JSON, QBO_ENTITIES, QboState

# URL segment (lowercase, as Intuit's reference writes it) → entity name.
ENTITY_PATHS = {name.lower(): name for name in QBO_ENTITIES}


# ---- reads -----------------------------------------------------------------------------------------------
def query(qbo: QboState, request: Request, xml: bool, realm: str) -> Response:
    text = request.get_data(as_text=True) if request.method == "POST" else request.args.get("query", "")
    try:
        return json_reply(run_query(qbo, text))
    except QboFault as fault:
        return fault.reply(xml)


def read(qbo: QboState, request: Request, xml: bool, realm: str, entity: str, oid: str) -> Response:
    entity_path = entity
    entity = ENTITY_PATHS.get(entity_path.lower(), "")
    if not entity:
        return qbo_fault(400, "2010", "Request has invalid or unsupported property",
                         f"Unsupported entity: {entity_path}", xml=xml)
    obj = qbo.entities[entity].get(oid)
    if obj is None:  # deleted objects too: their tombstones are for CDC only
        return qbo_fault(400, "610", "Object Not Found", f"{NOT_FOUND_DETAIL} ({entity} Id={oid})", xml=xml)
    return json_reply({entity: copy.deepcopy(obj), "time": qbo_now()})


def preferences(qbo: QboState, request: Request, xml: bool, realm: str) -> Response:
    return json_reply({"Preferences": copy.deepcopy(ensure_preferences_meta(qbo)), "time": qbo_now()})


def company_info(qbo: QboState, request: Request, xml: bool, realm: str, oid: str) -> Response:
    return json_reply({"CompanyInfo": company_info_object(qbo), "time": qbo_now()})


# ---- writes ----------------------------------------------------------------------------------------------
def _written(qbo: QboState, request: Request, xml: bool, write: Callable[[JSON], JSON]) -> Response:
    """requestid replay around one write: parse the JSON body, run it, wrap the result or the fault."""
    def produce() -> Response:
        try:
            result = write(parse_json(request))
        except QboFault as fault:
            return fault.reply(xml)
        return json_reply({**result, "time": qbo_now()})

    return replay(qbo, request, produce, xml)


def write(qbo: QboState, request: Request, xml: bool, realm: str, entity: str) -> Response:
    """POST /<entity>[?operation=void|delete]: create without Id, update with Id and SyncToken."""
    name = ENTITY_PATHS.get(entity.lower(), "")
    operation = request.args.get("operation", "")

    def run(body: JSON) -> JSON:
        if not name:
            raise invalid_property(f"Unsupported entity: {entity}")
        if name not in qbo_writes.WRITABLE:
            raise unsupported(f"{operation or 'write'} on {name} (the sandbox writes {', '.join(qbo_writes.WRITABLE)})")
        options = qbo_writes.WriteOptions(allow_duplicate_doc_number=allow_duplicate_doc_number(request))
        return qbo_writes.perform(qbo, name, operation, body, options)

    return _written(qbo, request, xml, run)


def update_preferences(qbo: QboState, request: Request, xml: bool, realm: str) -> Response:
    return _written(qbo, request, xml, lambda body: qbo_prefs.update_preferences(qbo, body))


# ---- routes ----------------------------------------------------------------------------------------------
COMPANY = "/v3/company/<realm>"


def rules() -> list[Rule]:
    # werkzeug ranks static segments above converters, so /query, /batch, /cdc and /preferences win over
    # /<entity>; /<entity> takes POST only and /<entity>/<oid> GET only, so writes and reads never collide.
    return [
        Rule(f"{COMPANY}/query", endpoint="qbo_query", methods=["GET", "POST"]),
        Rule(f"{COMPANY}/preferences", endpoint="qbo_preferences", methods=["GET"]),
        Rule(f"{COMPANY}/preferences", endpoint="qbo_preferences_update", methods=["POST"]),
        Rule(f"{COMPANY}/companyinfo/<oid>", endpoint="qbo_companyinfo", methods=["GET"]),
        Rule(f"{COMPANY}/cdc", endpoint="qbo_cdc", methods=["GET"]),
        Rule(f"{COMPANY}/batch", endpoint="qbo_batch", methods=["POST"]),
        Rule(f"{COMPANY}/<entity>", endpoint="qbo_write", methods=["POST"]),
        Rule(f"{COMPANY}/<entity>/<oid>", endpoint="qbo_read", methods=["GET"]),
    ]


# Every handler takes (qbo, request, xml=..., realm=..., **route arguments).
HANDLERS: dict[str, Callable[..., Response]] = {
    "qbo_query": query, "qbo_preferences": preferences, "qbo_preferences_update": update_preferences,
    "qbo_companyinfo": company_info, "qbo_cdc": cdc, "qbo_batch": batch, "qbo_write": write, "qbo_read": read,
}
