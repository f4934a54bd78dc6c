"""QuickBooks Online v3 reads as the real service serves them: query, read by id, preferences, companyinfo."""

from __future__ import annotations

import copy
from collections.abc import Callable

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from core.sandbox import qbo_query
from core.sandbox.replies import json_reply, qbo_fault, qbo_now
from core.sandbox.state import QBO_ENTITIES, QboState

# URL segment (lowercase, as Intuit's reference writes it) → entity name.
ENTITY_PATHS = {name.lower(): name for name in QBO_ENTITIES}


def query(qbo: QboState, request: Request, xml: bool, realm: str) -> Response:
    text = request.get_data(as_text=True) if request.method == "POST" else request.args.get("query", "")
    if not text.strip():
        return qbo_fault(400, "4000", "Error parsing query", "QueryParserError: Encountered \"<EOF>\"", xml=xml)
    try:
        body = qbo_query.run(text, qbo.entities, now=qbo_now())
    except qbo_query.QueryError as err:
        return qbo_fault(400, err.code, err.message, err.detail, xml=xml)
    return json_reply(body)


def read(qbo: QboState, request: Request, xml: bool, realm: str, entity: str, oid: str) -> Response:
    entity_path = entity
    entity = ENTITY_PATHS.get(entity_path.lower(), "")
    if not entity:
        return qbo_fault(400, "2010", "Request has invalid or unsupported property",
                         f"Unsupported entity: {entity_path}", xml=xml)
    obj = qbo.entities[entity].get(oid)
    if obj is None:
        return qbo_fault(400, "610", "Object Not Found",
                         f"Object Not Found : Something you're trying to use has been made inactive. "
                         f"Check the fields with accounts, customers, items, vendors or employees. "
                         f"({entity} Id={oid})", xml=xml)
    return json_reply({entity: copy.deepcopy(obj), "time": qbo_now()})


def preferences(qbo: QboState, request: Request, xml: bool, realm: str) -> Response:
    return json_reply({"Preferences": copy.deepcopy(qbo.preferences), "time": qbo_now()})


def company_info(qbo: QboState, request: Request, xml: bool, realm: str, oid: str) -> Response:
    info = {"CompanyName": qbo.company_name, "LegalName": qbo.company_name, "Id": "1", "SyncToken": "0",
            "Country": "US", "SupportedLanguages": "en", "domain": "QBO", "sparse": False}
    return json_reply({"CompanyInfo": info, "time": qbo_now()})


COMPANY = "/v3/company/<realm>"


def rules() -> list[Rule]:
    return [
        Rule(f"{COMPANY}/query", endpoint="qbo_query", methods=["GET", "POST"]),
        Rule(f"{COMPANY}/preferences", endpoint="qbo_preferences", methods=["GET"]),
        Rule(f"{COMPANY}/companyinfo/<oid>", endpoint="qbo_companyinfo", methods=["GET"]),
        Rule(f"{COMPANY}/<entity>/<oid>", endpoint="qbo_read", methods=["GET"]),
    ]


# Every handler takes (qbo, request, xml=..., realm=..., **route arguments).
HANDLERS: dict[str, Callable[..., Response]] = {
    "qbo_query": query, "qbo_preferences": preferences, "qbo_companyinfo": company_info, "qbo_read": read,
}
