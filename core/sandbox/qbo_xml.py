"""QBO replies in XML, for requests that do not ask for JSON (QBO_API.md §0: without `Accept: application/json`
the service answers in XML, its historical default).

The JSON the service sends is a mapping of its XML schema, so the reverse is mechanical: a key that starts with
a lower-case letter and holds a scalar was an attribute (`domain`, `sparse`, `status`, `startPosition`,
`maxResults`, `totalCount`, `bId`, a fault's `type`, `code` and `element`, a reference's `name` and `type`), a
reference's `value` was its text (`<CustomerRef name="Acme">12</CustomerRef>`), a list was a repeated element,
and everything else was a child element. `time` is the root's attribute.
"""

from __future__ import annotations

import json
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from werkzeug.wrappers import Request, Response

NAMESPACE = "http://schema.intuit.com/finance/v3"
XML_TYPE = "application/xml"


def wants_json(request: Request) -> bool:
    """Whether the client named application/json among the types it accepts (a wildcard does not count)."""
    return any(mimetype == "application/json" and quality > 0 for mimetype, quality in request.accept_mimetypes)


def as_xml(response: Response) -> Response:
    """The same reply in XML, status and headers kept; a reply that is not JSON passes unchanged."""
    if response.mimetype != "application/json" or response.is_streamed:
        return response
    try:
        body = json.loads(response.get_data(as_text=True))
    except ValueError:
        return response
    if not isinstance(body, dict):
        return response
    response.set_data(document(body))
    response.content_type = XML_TYPE
    return response


def document(body: dict[str, Any]) -> str:
    """An `IntuitResponse` document for a JSON reply body."""
    time = body.get("time")
    attrs = f' time={quoteattr(_text(time))}' if time is not None and not isinstance(time, dict | list) else ""
    inner = "".join(_element(key, value) for key, value in body.items() if key != "time")
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<IntuitResponse xmlns="{NAMESPACE}"{attrs}>{inner}</IntuitResponse>')


def _is_attribute(key: str, value: Any) -> bool:
    return key[:1].islower() and key != "value" and not isinstance(value, dict | list) and value is not None


def _element(name: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "".join(_element(name, item) for item in value)
    if not isinstance(value, dict):
        return f"<{name}>{escape(_text(value))}</{name}>"
    attrs = "".join(f" {key}={quoteattr(_text(item))}" for key, item in value.items() if _is_attribute(key, item))
    inner = value.get("value")
    has_text = inner is not None and not isinstance(inner, dict | list)
    text = escape(_text(inner)) if has_text else ""
    children = "".join(_element(key, item) for key, item in value.items()
                       if not _is_attribute(key, item) and not (key == "value" and has_text))
    return f"<{name}{attrs}>{text}{children}</{name}>" if text or children else f"<{name}{attrs}/>"


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
