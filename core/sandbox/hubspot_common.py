"""Helpers every HubSpot module of the sandbox shares: object type names, projections, bodies, timestamps."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from werkzeug.wrappers import Request, Response

from core.digits import ascii_digits
from core.sandbox.replies import hs_error
from core.sandbox.state import HUBSPOT_TYPE_IDS, HUBSPOT_TYPES, JSON, iso_ms

# What a GET returns when `properties` is not given (SPEC info tables).
DEFAULT_PROPERTIES = {
    "contacts": ("firstname", "lastname", "email"),
    "companies": ("name", "domain"),
    "invoices": ("hs_number", "hs_invoice_status", "hs_currency"),
    "line_items": ("name", "quantity", "price", "amount"),
}
ALWAYS = ("hs_object_id", "createdate", "hs_createdate", "hs_lastmodifieddate", "lastmodifieddate")
ASSOC_NAMES = {"contacts": "contact", "companies": "company", "invoices": "invoice", "line_items": "line_item"}
# objectTypeIds as the v4 labeled-association replies name them.
TYPE_IDS = {name: tid for tid, name in HUBSPOT_TYPE_IDS.items()}


def object_type(name: str) -> str | None:
    """The canonical plural name for a path segment (names, singulars and objectTypeIds are all accepted)."""
    name = HUBSPOT_TYPE_IDS.get(name, name)
    aliases = {"contact": "contacts", "company": "companies", "invoice": "invoices", "line_item": "line_items",
               "lineitems": "line_items", "line-items": "line_items"}
    name = aliases.get(name, name)
    return name if name in HUBSPOT_TYPES else None


def unknown_type(name: str) -> Response:
    return hs_error(400, "VALIDATION_ERROR", f"Unable to infer object type from: {name}")


def not_found(otype: str, oid: str) -> Response:
    return hs_error(404, "OBJECT_NOT_FOUND", "Object not found.  objectId are usually numeric.",
                    context={"id": [oid], "objectType": [otype]})


def project(obj: JSON, otype: str, properties: list[str] | None, history: list[str] | None = None) -> JSON:
    """A SimplePublicObject with the requested properties (or the type's defaults) plus the ones always sent;
    `history` names the properties whose `propertiesWithHistory` is asked for."""
    wanted = properties if properties else list(DEFAULT_PROPERTIES[otype])
    props = obj["properties"]
    out_props = {k: props.get(k) for k in wanted if k}
    for key in ALWAYS:
        if key in props and (key != "lastmodifieddate" or otype == "contacts"):
            out_props.setdefault(key, props[key])
    out = {"id": obj["id"], "properties": out_props, "createdAt": obj["createdAt"],
           "updatedAt": obj["updatedAt"], "archived": obj["archived"]}
    if history:
        out["propertiesWithHistory"] = {name: _history(obj, name) for name in history
                                        if props.get(name) not in (None, "")}
    return out


def _history(obj: JSON, name: str) -> list[JSON]:
    """The sandbox keeps no past values: the history is the current value alone, stamped with the record's
    last change (its creation for the creation properties) [simplified, docs/hubspot.md]."""
    created = name in ("hs_object_id", "createdate", "hs_createdate")
    return [{"value": obj["properties"][name], "timestamp": obj["createdAt" if created else "updatedAt"],
             "sourceType": "API", "sourceId": "sandbox"}]


def read_options(request: Request) -> tuple[list[str], list[str], bool]:
    """`properties`, `propertiesWithHistory` (repeated or comma lists) and `archived` of a GET or batch read."""
    args = request.args
    return (split(args.getlist("properties")), split(args.getlist("propertiesWithHistory")),
            args.get("archived", "false").strip().lower() == "true")


def find(objects: dict[str, JSON], oid: str, id_property: str | None, archived: bool = False) -> JSON | None:
    """A record by id, or by the value of `idProperty` (compared case-insensitively, as emails are), among the
    archived records or the live ones."""
    if not id_property or id_property == "hs_object_id":
        obj = objects.get(oid)
        return obj if obj is not None and obj["archived"] == archived else None
    wanted = oid.casefold()
    return next((o for o in objects.values() if o["archived"] == archived
                 and (o["properties"].get(id_property) or "").casefold() == wanted), None)


def split(values: list[str]) -> list[str]:
    """`properties=a,b&properties=c` and every mix of the two are accepted."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def id_key(oid: str) -> tuple[int, str]:
    """Sort key putting numeric ids in numeric order (HubSpot ids are numeric strings)."""
    return (int(oid), oid) if ascii_digits(oid) else (1 << 62, oid)


def json_body(request: Request) -> JSON | Response:
    """The request's JSON object, or the 400 HubSpot sends for anything else."""
    parsed = json_any(request)
    if isinstance(parsed, Response):
        return parsed
    if not isinstance(parsed, dict):
        return hs_error(400, "VALIDATION_ERROR", "Invalid input JSON: expected an object")
    return parsed


def json_any(request: Request) -> object:
    try:
        return json.loads(request.get_data(as_text=True) or "{}")
    except json.JSONDecodeError as exc:
        return hs_error(400, "VALIDATION_ERROR", f"Invalid input JSON on line {exc.lineno}, column {exc.colno}")


def live(objects: dict[str, JSON], oid: str) -> JSON | None:
    """The object with that id unless it is missing or archived (archived objects answer 404 like missing)."""
    obj = objects.get(oid)
    return None if obj is None or obj["archived"] else obj


def parse_time_ms(value: str) -> int | None:
    """Epoch milliseconds from HubSpot's accepted date forms: epoch ms, ISO-8601 (with Z or offset), YYYY-MM-DD."""
    text = value.strip()
    if ascii_digits(text.lstrip("-")):
        return int(text)
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


def touch(obj: JSON, otype: str) -> None:
    """Stamp a write: updatedAt and the last-modified properties move strictly forward, even within one ms,
    because incremental syncs use them as a cursor and two writes must never share a stamp."""
    now = datetime.now(UTC)
    previous = parse_time_ms(str(obj.get("updatedAt") or "")) or 0
    now_ms = max(int(now.timestamp() * 1000), previous + 1)
    stamp = iso_ms(datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=now_ms))
    obj["updatedAt"] = stamp
    obj["properties"]["hs_lastmodifieddate"] = stamp
    if otype == "contacts" or "lastmodifieddate" in obj["properties"]:
        obj["properties"]["lastmodifieddate"] = stamp
