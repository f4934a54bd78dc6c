"""Reply builders in each service's own error and envelope shapes (QBO_API.md §1, HUBSPOT_API.md §7)."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape

from werkzeug.wrappers import Response

from core.sandbox.state import qbo_time

# nginx's error page for a failed upstream: what a client meets when a proxy answers instead of the service.
BAD_GATEWAY_PAGE = ("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                    "</body>\r\n</html>\r\n")


def json_reply(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(body, ensure_ascii=False), status=status, headers=headers or {},
                    content_type="application/json;charset=UTF-8")


def qbo_now() -> str:
    return qbo_time(datetime.now(UTC))[:19] + ".000-07:00"


# ---- HubSpot -----------------------------------------------------------------------------------------
def hs_error(status: int, category: str, message: str, headers: dict[str, str] | None = None,
             **extra: Any) -> Response:
    body = {"status": "error", "message": message, "correlationId": str(uuid.uuid4()), "category": category}
    body.update(extra)
    return json_reply(body, status, headers)


# ---- QuickBooks Online -------------------------------------------------------------------------------
def qbo_fault(status: int, code: str, message: str, detail: str, fault_type: str = "ValidationFault",
              *, xml: bool = False, headers: dict[str, str] | None = None) -> Response:
    """The capitalised JSON fault (or its XML twin, which the real service sometimes sends)."""
    if xml:
        return qbo_xml_fault(status, code, message, detail, fault_type, headers)
    body = {"Fault": {"Error": [{"Message": message, "Detail": detail, "code": code, "element": ""}],
                      "type": fault_type}, "time": qbo_now()}
    return json_reply(body, status, headers)


def qbo_xml_fault(status: int, code: str, message: str, detail: str, fault_type: str,
                  headers: dict[str, str] | None = None) -> Response:
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           f'<IntuitResponse xmlns="http://schema.intuit.com/finance/v3" time="{qbo_now()}">'
           f'<Fault type="{escape(fault_type)}"><Error code="{escape(code)}">'
           f"<Message>{escape(message)}</Message><Detail>{escape(detail)}</Detail>"
           "</Error></Fault></IntuitResponse>")
    return Response(xml, status=status, headers=headers or {}, content_type="application/xml")


def qbo_auth_fault(detail: str, *, xml: bool = False) -> Response:
    """401 in the lowercase shape the authentication layer uses (code 3200)."""
    message = "message=AuthenticationFailed; errorCode=003200; statusCode=401"
    if xml:
        return qbo_xml_fault(401, "3200", message, detail, "AUTHENTICATION")
    body: dict[str, Any] = {"warnings": None, "intuitObject": None,
            "fault": {"error": [{"message": message, "detail": detail, "code": "3200", "element": None}],
                      "type": "AUTHENTICATION"},
            "report": None, "queryResponse": None, "batchItemResponse": [], "attachableResponse": [],
            "syncErrorResponse": None, "requestId": None,
            "time": int(datetime.now(UTC).timestamp() * 1000), "status": None, "cdcresponse": []}
    return json_reply(body, 401)


def qbo_throttled(*, xml: bool = False) -> Response:
    return qbo_fault(429, "3001", "message=ThrottleExceeded; errorCode=003001; statusCode=429",
                     "The request limit was reached.  Try again later", "SERVICE", xml=xml)
