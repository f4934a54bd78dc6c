"""Object updates (`PATCH /crm/v3/objects/{objectType}/{objectId}`) validated against the property catalogue.

Like HubSpot, every bad property in a request is reported at once (400 VALIDATION_ERROR with an `errors`
list) and nothing is written unless all are valid. Calculated values follow the write: a line item's
`amount`, and its invoice's `hs_amount_billed`/`hs_balance_due`.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from werkzeug.wrappers import Request, Response

from core.sandbox.hubspot_common import (
    DEFAULT_PROPERTIES,
    json_body,
    live,
    not_found,
    object_type,
    parse_time_ms,
    project,
    touch,
    unknown_type,
)
from core.sandbox.hubspot_properties import Prop, catalogue
from core.sandbox.replies import hs_error, json_reply
from core.sandbox.state import JSON, HubSpotState, iso_ms

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PRIMARY = 1  # contact→company "Primary"
LINE_INPUTS = ("quantity", "price", "discount", "hs_discount_percentage")


def number_text(value: float) -> str:
    """HubSpot writes numbers back without a trailing .0."""
    return str(int(value)) if value == int(value) else repr(value)


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return number_text(float(value))
    return str(value)


def _error(name: str, code: str, message: str) -> JSON:
    return {"message": message, "code": code, "context": {"propertyName": [name]}}


def check(hs: HubSpotState, otype: str, oid: str, name: str, text: str | None,
          props: dict[str, Prop]) -> tuple[str | None, JSON | None]:
    """The value to store (None clears it) or the error detail HubSpot would give for this property."""
    prop = props.get(name)
    if prop is None:
        return None, _error(name, "PROPERTY_DOESNT_EXIST", f'Property "{name}" does not exist')
    if prop.read_only:
        kind = "calculated" if prop.calculated else "read only"
        return None, _error(name, "READ_ONLY_VALUE", f'"{name}" is a {kind} property; its value cannot be set')
    if text is None or text == "":
        return None, None
    if prop.type == "number":
        try:
            return number_text(float(text)), None
        except ValueError:
            return None, _error(name, "INVALID_FLOAT", f"{text} was not a valid number.")
    if prop.type == "enumeration" and text not in prop.options:
        return None, _error(name, "INVALID_OPTION",
                            f"{text} was not one of the allowed options: {', '.join(prop.options)}")
    if prop.type in ("date", "datetime"):
        ms = parse_time_ms(text)
        if ms is None:
            return None, _error(name, "INVALID_DATE", f"{text} is not a valid date")
        moment = datetime.fromtimestamp(ms / 1000, UTC)
        if prop.type == "datetime":
            return iso_ms(moment), None
        if ms % 86_400_000:
            return None, _error(name, "INVALID_DATE", f"{text} is not at midnight UTC, as date values must be")
        return moment.strftime("%Y-%m-%dT00:00:00Z"), None  # the form scenario.py gives date properties
    if name == "email" and otype == "contacts" and not EMAIL.match(text):
        return None, _error(name, "INVALID_EMAIL", f"Email address {text} is invalid")
    if name == "email" and otype == "contacts":
        other = next((o for o in hs.objects[otype].values() if o["id"] != oid and not o["archived"]
                      and (o["properties"].get("email") or "").casefold() == text.casefold()), None)
        if other is not None:
            return None, {"message": f"Contact already exists. Existing ID: {other['id']}", "code": "CONFLICT",
                          "context": {"existingId": [other["id"]]}}
    return text, None


def _find(hs: HubSpotState, otype: str, oid: str, id_property: str | None) -> JSON | None:
    if not id_property or id_property == "hs_object_id":
        return live(hs.objects[otype], oid)
    return next((o for o in hs.objects[otype].values() if not o["archived"]
                 and (o["properties"].get(id_property) or "").casefold() == oid.casefold()), None)


def patch_object(hs: HubSpotState, request: Request, otype: str, oid: str) -> Response:
    found = object_type(otype)
    if found is None:
        return unknown_type(otype)
    obj = _find(hs, found, oid, request.args.get("idProperty"))
    if obj is None:
        return not_found(found, oid)
    body = json_body(request)
    if isinstance(body, Response):
        return body
    updates = body.get("properties")
    if not isinstance(updates, dict):
        return hs_error(400, "VALIDATION_ERROR", "Invalid input JSON: 'properties' must be an object")
    props = catalogue(hs, found)
    values: dict[str, str | None] = {}
    errors: list[JSON] = []
    for name, raw in updates.items():
        value, error = check(hs, found, obj["id"], str(name), _as_text(raw), props)
        if error is None and name == "associatedcompanyid" and value and value not in hs.objects["companies"]:
            error = _error(name, "INVALID_OBJECT_ID", f"Company {value} does not exist")
        if error is not None:
            errors.append(error)
        values[str(name)] = value
    conflict = next((e for e in errors if e["code"] == "CONFLICT"), None)
    if conflict is not None:
        return hs_error(409, "CONFLICT", conflict["message"])
    if errors:
        # The message embeds the per-property list, as HubSpot's does; `errors` carries it structured.
        return hs_error(400, "VALIDATION_ERROR", f"Property values were not valid: {json.dumps(errors)}",
                        errors=errors)
    apply(hs, found, obj, values)
    wanted = list(dict.fromkeys([*DEFAULT_PROPERTIES[found], *values]))
    return json_reply(project(obj, found, wanted))


def apply(hs: HubSpotState, otype: str, obj: JSON, values: dict[str, str | None]) -> None:
    """Write validated values and everything HubSpot recalculates from them."""
    for name, value in values.items():
        if value is None:
            obj["properties"].pop(name, None)
        else:
            obj["properties"][name] = value
    if otype == "contacts" and "associatedcompanyid" in values:
        _move_primary(hs, obj["id"], values["associatedcompanyid"])
    touch(obj, otype)
    if otype == "line_items" and any(k in values for k in LINE_INPUTS):
        _recalculate_line(obj)
        for invoice_id in hs.links("line_items", obj["id"], "invoices"):
            invoice = live(hs.objects["invoices"], invoice_id)
            if invoice is not None:
                recalculate_invoice(hs, invoice)


def _move_primary(hs: HubSpotState, contact_id: str, company_id: str | None) -> None:
    """`associatedcompanyid` mirrors the contact's one primary company: moving it moves the label."""
    for old in list(hs.links("contacts", contact_id, "companies")):
        hs.dissociate("contacts", contact_id, "companies", old, [PRIMARY])
    if company_id:
        hs.associate("contacts", contact_id, "companies", company_id, PRIMARY)


def _number(props: dict[str, str], name: str, default: float = 0.0) -> float:
    try:
        return float(props.get(name) or default)
    except ValueError:
        return default


def _recalculate_line(line: JSON) -> None:
    props = line["properties"]
    qty, price = _number(props, "quantity", 1.0), _number(props, "price")
    unit = price - _number(props, "discount")
    unit *= 1 - _number(props, "hs_discount_percentage") / 100
    props["amount"] = number_text(round(qty * unit, 2))


def recalculate_invoice(hs: HubSpotState, invoice: JSON) -> None:
    """hs_amount_billed is the sum of the line amounts; the balance moves by the same difference, so any
    payment already applied stays applied."""
    props = invoice["properties"]
    lines = [live(hs.objects["line_items"], lid) for lid in hs.links("invoices", invoice["id"], "line_items")]
    billed = round(sum(_number(line["properties"], "amount") for line in lines if line is not None), 2)
    old_billed = _number(props, "hs_amount_billed")
    if billed == old_billed:
        return
    balance = max(0.0, round(_number(props, "hs_balance_due", old_billed) + billed - old_billed, 2))
    props["hs_amount_billed"] = number_text(billed)
    props["hs_balance_due"] = number_text(balance)
    touch(invoice, "invoices")
