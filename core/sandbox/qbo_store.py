"""Plumbing shared by the sandbox's QBO writes: faults as exceptions, ids, change times, SyncTokens, requestid
replay and the query runner that both `/query` and batch Query items use."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from werkzeug.wrappers import Request, Response

from core.sandbox import qbo_query
from core.sandbox.replies import json_reply, qbo_now
from core.sandbox.state import JSON, QboState

# Who "finished first" in a 5010 Detail; the real service names the other user.
OTHER_USER = "Sandbox User"
NOT_FOUND_DETAIL = ("Object Not Found : Something you're trying to use has been made inactive. Check the fields "
                    "with accounts, customers, items, vendors or employees.")
REQUEST_ID_MAX = 50  # Intuit answers a longer requestid with a 6000 (QuickBooks-V3-Java-SDK#180)


class QboFault(Exception):
    """One QBO error; raised by the write rules, rendered as an HTTP fault or as a batch item's Fault."""

    def __init__(self, code: str, message: str, detail: str, element: str = "", *, status: int = 400,
                 fault_type: str = "ValidationFault") -> None:
        super().__init__(f"{code} {message}: {detail}")
        self.code, self.message, self.detail, self.element = code, message, detail, element
        self.status, self.fault_type = status, fault_type

    def fault(self) -> JSON:
        error = {"Message": self.message, "Detail": self.detail, "code": self.code, "element": self.element}
        return {"Error": [error], "type": self.fault_type}

    def reply(self, xml: bool) -> Response:
        """The HTTP reply; replies.qbo_fault has no `element`, which the real service fills for field errors."""
        if not xml:
            return json_reply({"Fault": self.fault(), "time": qbo_now()}, self.status)
        body = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<IntuitResponse xmlns="http://schema.intuit.com/finance/v3" time="{qbo_now()}">'
                f"<Fault type={quoteattr(self.fault_type)}>"
                f"<Error code={quoteattr(self.code)} element={quoteattr(self.element)}>"
                f"<Message>{escape(self.message)}</Message><Detail>{escape(self.detail)}</Detail>"
                "</Error></Fault></IntuitResponse>")
        return Response(body, status=self.status, content_type="application/xml")


# ---- the faults several modules raise --------------------------------------------------------------------
def required(name: str) -> QboFault:
    return QboFault("2020", "Required param missing, need to supply the required value for the API",
                    f"Required parameter {name} is missing in the request", name)


def invalid_property(detail: str, element: str = "") -> QboFault:
    return QboFault("2010", "Request has invalid or unsupported property", f"Property Name:{detail}", element)


def unsupported(operation: str) -> QboFault:
    return QboFault("500", "Unsupported Operation", f"Operation {operation} is not supported.")


def not_found(entity: str, oid: str) -> QboFault:
    return QboFault("610", "Object Not Found", f"{NOT_FOUND_DETAIL} ({entity} Id={oid})")


def too_long(element: str, limit: int, value: str) -> QboFault:
    """Code 2050 with the texts the service sends (consolibyte/quickbooks-php#79); the field is in `element`."""
    return QboFault("2050", "String length is either shorter or longer than supported by specification",
                    f"String length specified does not match the supported length. Min:0 Max:{limit} supported. "
                    f"Supplied length:{len(value)}", element)


def business(detail: str, element: str = "") -> QboFault:
    return QboFault("6000", "A business validation error has occurred while processing your request",
                    f"Business Validation Error: {detail}", element)


# ---- ids, times and SyncTokens ---------------------------------------------------------------------------
def format_time(moment: datetime) -> str:
    """QBO's -07:00 style (as state.qbo_time) but with milliseconds, so changes within a second stay ordered."""
    pacific = moment.astimezone(UTC) - timedelta(hours=7)
    return pacific.strftime("%Y-%m-%dT%H:%M:%S.") + f"{pacific.microsecond // 1000:03d}-07:00"


def stamp(qbo: QboState) -> str:
    """A change time strictly later than every earlier one: CDC and `LastUpdatedTime >=` bookmarks rely on it."""
    now = datetime.now(UTC)
    now = now.replace(microsecond=now.microsecond // 1000 * 1000)
    if qbo.last_change is not None and now <= qbo.last_change:
        now = qbo.last_change + timedelta(milliseconds=1)
    qbo.last_change = now
    return format_time(now)


def new_id(qbo: QboState, entity: str) -> str:
    """The next free Id: scenario files may already use some, and deleted Ids are never reused."""
    while True:
        qbo.next_id += 1
        oid = str(qbo.next_id)
        if oid not in qbo.entities[entity] and oid not in qbo.deleted[entity]:
            return oid


def current(qbo: QboState, entity: str, body: Mapping[str, Any], hidden: set[tuple[str, str]]) -> JSON:
    """The stored object a body's Id names, after the SyncToken check (610, 2020, 5010)."""
    oid = str(body.get("Id", "")).strip()
    if not oid:
        raise required("Id")
    obj = qbo.entities[entity].get(oid)
    if obj is None or (entity, oid) in hidden:
        raise not_found(entity, oid)
    check_token(obj, body)
    return obj


def check_token(obj: Mapping[str, Any], body: Mapping[str, Any]) -> None:
    token = body.get("SyncToken")
    if token is None or str(token).strip() == "":
        raise required("SyncToken")
    if str(token).strip() != str(obj.get("SyncToken", "0")):
        raise QboFault("5010", "Stale Object Error",
                       f"Stale Object Error : You and {OTHER_USER} were working on this at the same time. "
                       f"{OTHER_USER} finished before you did, so your work was not saved.", "SyncToken")


def touch(obj: JSON, when: str, *, created: bool = False) -> None:
    """A new SyncToken (a string, +1) and LastUpdatedTime; CreateTime only on creation."""
    if created:
        obj["SyncToken"] = "0"
        obj["MetaData"] = {"CreateTime": when, "LastUpdatedTime": when}
        return
    try:
        obj["SyncToken"] = str(int(str(obj.get("SyncToken", "0"))) + 1)
    except ValueError:
        obj["SyncToken"] = "1"
    meta = obj.get("MetaData")
    meta = meta if isinstance(meta, dict) else {}
    obj["MetaData"] = {"CreateTime": meta.get("CreateTime", when), "LastUpdatedTime": when}


def ensure_preferences_meta(qbo: QboState) -> JSON:
    """Scenario preferences carry no Id/SyncToken/MetaData; the service always sends them (full updates need
    the SyncToken), so they are filled on first use."""
    prefs = qbo.preferences
    if "SyncToken" not in prefs:
        when = stamp(qbo)
        prefs.update({"Id": "1", "SyncToken": "0", "domain": "QBO", "sparse": False,
                      "MetaData": {"CreateTime": when, "LastUpdatedTime": when}})
    return prefs


# ---- request plumbing ------------------------------------------------------------------------------------
def parse_json(request: Request) -> JSON:
    """The JSON object a write sends; the sandbox speaks JSON only (the service also accepts XML bodies)."""
    if request.mimetype != "application/json":
        raise QboFault("1050", "Invalid Content Type",
                       f"Content-Type {request.mimetype or '(none)'} is not supported here; send application/json")
    try:
        body = json.loads(request.get_data(as_text=True) or "null")
    except ValueError as exc:
        raise invalid_property(f"failed to parse json object; {exc}") from exc
    if not isinstance(body, dict):
        raise invalid_property("failed to parse json object; the body must be a JSON object")
    return body


def is_empty(value: Any) -> bool:
    """No value as the service reads a body: null, "" or a container holding only such values."""
    return value is None or value == "" or (isinstance(value, dict | list) and not without_empty(value))


def without_empty(value: Any) -> Any:
    """A body with its empty values removed at every depth. Clients such as python-quickbooks send every field
    they know, unset ones as "" or [] (`"DueDate": ""`, `"ItemRef": {"name": "", "value": "1"}`); the service
    treats them as absent and, answering only properties that have values, never returns them."""
    if isinstance(value, dict):
        kept = {k: without_empty(v) for k, v in value.items()}
        return {k: v for k, v in kept.items() if not _hollow(v)}
    if isinstance(value, list):
        return [v for v in (without_empty(item) for item in value) if not _hollow(v)]
    return value


def _hollow(value: Any) -> bool:
    """Empty once cleaned (the value is already cleaned)."""
    return value is None or value == "" or (isinstance(value, dict | list) and not value)


def allow_duplicate_doc_number(request: Request) -> bool:
    values = ",".join(request.args.getlist("include")).lower().split(",")
    return "allowduplicatedocnum" in (v.strip() for v in values)


def replay(qbo: QboState, request: Request, produce: Callable[[], Response], xml: bool) -> Response:
    """requestid idempotency: the first reply to a requestid (success or fault) is stored and sent again for any
    later request with the same id in this company, without running it. Throttles and auth failures happen
    before this point, so a retry after them really runs."""
    rid = request.args.get("requestid", "")
    if not rid:
        return produce()
    if len(rid) > REQUEST_ID_MAX:
        return business(f"You cannot enter more than {REQUEST_ID_MAX} characters in the request_id field. "
                        f"You tried entering {rid[:10]}..., which is {len(rid)} characters.").reply(xml)
    if rid in qbo.replies_by_request_id:
        status, text = qbo.replies_by_request_id[rid]
        ctype = "application/xml" if text.startswith("<") else "application/json;charset=UTF-8"
        return Response(text, status=status, content_type=ctype)
    response = produce()
    qbo.replies_by_request_id[rid] = (response.status_code, response.get_data(as_text=True))
    return response


def company_info(qbo: QboState) -> JSON:
    """The company's one CompanyInfo object (read by id, or queried: `SELECT * FROM CompanyInfo`)."""
    return {"CompanyName": qbo.company_name, "LegalName": qbo.company_name, "Id": "1", "SyncToken": "0",
            "Country": "US", "SupportedLanguages": "en", "domain": "QBO", "sparse": False}


def run_query(qbo: QboState, text: str, hidden: set[tuple[str, str]] | None = None) -> JSON:
    """A query's body; QboFault 4000/4001. Preferences and CompanyInfo are queryable too, as on the service."""
    if not text.strip():
        raise QboFault("4000", "Error parsing query", 'QueryParserError: Encountered "<EOF>"')
    sources: dict[str, Sequence[JSON] | Mapping[str, JSON]] = dict(qbo.entities)
    sources["Preferences"] = [ensure_preferences_meta(qbo)]
    sources["CompanyInfo"] = [company_info(qbo)]
    try:  # batch items do not see objects created earlier in the same batch (`hidden`)
        return qbo_query.run(text, sources, now=qbo_now(), hidden=hidden or ())
    except qbo_query.QueryError as err:
        raise QboFault(err.code, err.message, err.detail) from err
