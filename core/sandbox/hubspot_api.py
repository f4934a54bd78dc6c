"""HubSpot CRM as the real API serves it: objects v3 (and the dated 2026-03 family), associations v4, search,
properties and writes. This module holds the reads and the routing table; the rest lives in hubspot_*.py.

Paths, query parameters, envelopes and error bodies follow HUBSPOT_API.md; docs/hubspot.md lists every route
with its version family.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from core.digits import ascii_digits
from core.sandbox import hubspot_assoc_writes, hubspot_pages, hubspot_properties, hubspot_search, hubspot_writes
from core.sandbox.hubspot_common import ASSOC_NAMES, find, json_body, object_type, read_options, unknown_type
from core.sandbox.hubspot_common import id_key as _id_key
from core.sandbox.hubspot_common import project as _project
from core.sandbox.hubspot_common import split as _split
from core.sandbox.replies import hs_error, json_reply
from core.sandbox.state import ASSOC_LABELS, JSON, PRIMARY_TYPES, HubSpotState, iso_ms
from core.sandbox.tables import table_of

LIST_MAX = 100           # list pages: larger limits are capped, as the service does
BATCH_READ_MAX = 100     # objects batch/read inputs
ASSOC_BATCH_MAX = 1000   # v4 associations batch/read inputs (since 2025-02-10)
ASSOC_PAGE = 500         # associations per record per page


def list_objects(hs: HubSpotState, request: Request, otype: str) -> Response:
    otype_name, found = otype, object_type(otype)
    if found is None:
        return unknown_type(otype_name)
    otype = found
    try:
        limit = int(request.args.get("limit", "10"))
    except ValueError:
        return hs_error(400, "VALIDATION_ERROR", "limit must be an integer")
    if limit < 1:
        return hs_error(400, "VALIDATION_ERROR", "limit must be at least 1")
    limit = min(limit, LIST_MAX)
    after = request.args.get("after")
    properties, history, archived = read_options(request)
    assoc_types = [t for t in (object_type(a) for a in _split(request.args.getlist("associations"))) if t]
    if after and not ascii_digits(after):
        return hs_error(400, "VALIDATION_ERROR", f"Invalid 'after' value: {after}")
    page, nxt = hubspot_pages.list_page(table_of(hs.objects, otype), after, limit, archived)
    results = []
    for obj in page:
        item = _project(obj, otype, properties, history)
        assoc = _list_associations(hs, otype, obj["id"], assoc_types)
        if assoc:
            item["associations"] = assoc
        results.append(item)
    body: JSON = {"results": results}
    if nxt is not None:
        link = f"{request.host_url.rstrip('/')}{request.path}?after={nxt}"
        body["paging"] = {"next": {"after": nxt, "link": link}}
    return json_reply(body)


def _list_associations(hs: HubSpotState, otype: str, oid: str, to_types: list[str]) -> JSON:
    """The v3-style `associations` block of a list/get result (ids as strings, type names)."""
    out: JSON = {}
    for to in to_types:
        links = hs.links(otype, oid, to)
        if not links:
            continue
        results = []
        for to_id, types in sorted(links.items(), key=lambda kv: _id_key(kv[0])):
            results += [{"id": to_id, "type": _inline_name(otype, to, type_id)} for type_id in types]
        out[to] = {"results": results}
    return out


def _inline_name(otype: str, to: str, type_id: int) -> str:
    """How v3 names a type inline: `contact_to_company` is the Primary one where the pair has a Primary type
    (contact ↔ company), its default type then being `contact_to_company_unlabeled`; elsewhere the default
    type has the plain name, and a label is named by itself."""
    plain = f"{ASSOC_NAMES[otype]}_to_{ASSOC_NAMES[to]}"
    label = ASSOC_LABELS.get(type_id)
    if label == "Primary":
        return plain
    if label:
        return label.lower().replace(" ", "_")
    return f"{plain}_unlabeled" if (otype, to) in PRIMARY_TYPES else plain


def get_object(hs: HubSpotState, request: Request, otype: str, oid: str) -> Response:
    found = object_type(otype)
    if found is None:
        return unknown_type(otype)
    otype = found
    properties, history, archived = read_options(request)
    obj = find(hs.objects[otype], oid, request.args.get("idProperty"), archived)
    if obj is None:
        return hs_error(404, "OBJECT_NOT_FOUND", "Object not found.  objectId are usually numeric.")
    item = _project(obj, otype, properties, history)
    assoc_types = [t for t in (object_type(a) for a in _split(request.args.getlist("associations"))) if t]
    assoc = _list_associations(hs, otype, obj["id"], assoc_types)
    if assoc:
        item["associations"] = assoc
    return json_reply(item)


def batch_read(hs: HubSpotState, request: Request, otype: str) -> Response:
    found = object_type(otype)
    if found is None:
        return unknown_type(otype)
    otype = found
    body = json_body(request)
    if isinstance(body, Response):
        return body
    inputs = body.get("inputs") or []
    if len(inputs) > BATCH_READ_MAX:
        return hs_error(400, "VALIDATION_ERROR",
                        f"Batch input size {len(inputs)} exceeds the limit of {BATCH_READ_MAX}")
    properties = _strings(body.get("properties"))
    history = _strings(body.get("propertiesWithHistory"))
    _, _, archived = read_options(request)
    id_property = body.get("idProperty") if isinstance(body.get("idProperty"), str) else None
    by_value = _index_by(hs.objects[otype], id_property, archived)
    started = iso_ms(datetime.now(UTC))
    results, missing = [], []
    for item in inputs:
        oid = str(item.get("id", "")) if isinstance(item, dict) else ""
        obj = by_value.get(oid.casefold()) if by_value is not None else find(hs.objects[otype], oid, None, archived)
        if obj is None:
            missing.append(oid)
        else:
            results.append(_project(obj, otype, properties, history))
    reply: JSON = {"status": "COMPLETE", "results": results, "startedAt": started,
                   "completedAt": iso_ms(datetime.now(UTC))}
    if missing:
        reply["numErrors"] = 1
        reply["errors"] = [{"status": "error", "category": "OBJECT_NOT_FOUND",
                            "message": f"Could not get some {otype} objects, they may be deleted or not exist. "
                                       "Check that ids are valid.", "context": {"ids": missing}}]
        return json_reply(reply, 207)
    return json_reply(reply)


def _strings(value: Any) -> list[str]:
    """A body's list of names; null (sent for an unset field) is an empty list."""
    return [p for p in value if isinstance(p, str)] if isinstance(value, list) else []


def _index_by(objects: dict[str, JSON], id_property: str | None, archived: bool) -> dict[str, JSON] | None:
    """Records by the casefolded value of `idProperty` (one pass for a whole batch); None for plain ids."""
    if not id_property or id_property == "hs_object_id":
        return None
    out: dict[str, JSON] = {}
    for obj in objects.values():
        value = obj["properties"].get(id_property)
        if obj["archived"] == archived and value:
            out.setdefault(value.casefold(), obj)
    return out


def _assoc_types(type_ids: list[int]) -> list[JSON]:
    return [{"category": "HUBSPOT_DEFINED", "typeId": t, "label": ASSOC_LABELS.get(t)} for t in type_ids]


def _page_links(links: dict[str, list[int]], after: str | None) -> tuple[list[JSON], str | None]:
    ordered = sorted(links.items(), key=lambda kv: _id_key(kv[0]))
    start = int(after) if after and ascii_digits(after) else 0
    chunk = ordered[start:start + ASSOC_PAGE]
    rows = [{"toObjectId": int(k) if ascii_digits(k) else k, "associationTypes": _assoc_types(v)} for k, v in chunk]
    nxt = str(start + ASSOC_PAGE) if start + ASSOC_PAGE < len(ordered) else None
    return rows, nxt


def assoc_batch_read(hs: HubSpotState, request: Request, from_name: str, to_name: str) -> Response:
    from_type, to_type = object_type(from_name), object_type(to_name)
    if from_type is None or to_type is None:
        return unknown_type(from_name if from_type is None else to_name)
    body = json_body(request)
    if isinstance(body, Response):
        return body
    inputs = body.get("inputs") or []
    if len(inputs) > ASSOC_BATCH_MAX:
        return hs_error(400, "VALIDATION_ERROR",
                        f"Batch input size {len(inputs)} exceeds the limit of {ASSOC_BATCH_MAX}")
    started = iso_ms(datetime.now(UTC))
    results, empty = [], []
    for item in inputs:
        oid = str(item.get("id", "")) if isinstance(item, dict) else ""
        links = hs.links(from_type, oid, to_type)
        if not links:
            empty.append(oid)
            continue
        rows, nxt = _page_links(links, item.get("after") if isinstance(item, dict) else None)
        result: JSON = {"from": {"id": oid}, "to": rows}
        if nxt:
            result["paging"] = {"next": {"after": nxt, "link": None}}
        results.append(result)
    reply: JSON = {"status": "COMPLETE", "results": results, "startedAt": started,
                   "completedAt": iso_ms(datetime.now(UTC))}
    if empty:
        reply["numErrors"] = len(empty)
        reply["errors"] = [{"status": "error", "category": "OBJECT_NOT_FOUND",
                            "subCategory": "crm.associations.NO_ASSOCIATIONS_FOUND",
                            "message": f"No {to_type} is associated with {from_type} {oid}.",
                            "context": {"fromObjectId": [oid], "toObjectType": [to_type]}} for oid in empty]
        return json_reply(reply, 207)
    return json_reply(reply)


def assoc_list(hs: HubSpotState, request: Request, otype: str, oid: str, to: str) -> Response:
    otype_name, to_name = otype, to
    from_type, to_type = object_type(otype_name), object_type(to_name)
    if from_type is None or to_type is None:
        return unknown_type(otype_name if from_type is None else to_name)
    if oid not in hs.objects[from_type]:
        return hs_error(404, "OBJECT_NOT_FOUND", f"No {from_type} with id {oid}")
    rows, nxt = _page_links(hs.links(from_type, oid, to_type), request.args.get("after"))
    body: dict[str, Any] = {"results": rows}
    if nxt:
        body["paging"] = {"next": {"after": nxt, "link": None}}
    return json_reply(copy.deepcopy(body))


OBJECTS = ("/crm/v3/objects", "/crm/objects/2026-03")
ASSOCIATIONS = ("/crm/v4/associations", "/crm/associations/2026-03")
V4_OBJECTS = ("/crm/v4/objects", "/crm/objects/2026-03")
PROPERTIES = ("/crm/v3/properties", "/crm/properties/2026-03")
_SEARCH_PATH = re.compile(r"^/crm/(?:v3/objects|objects/2026-03)/[^/]+/search/?$")


_ASSOCIATION_BATCH_PATH = re.compile(r"^/crm/(?:v4/associations|associations/2026-03)/[^/]+/[^/]+/batch/.+$")


def is_association_batch(path: str) -> bool:
    """Whether a path is a v4 association batch call: exempt from the ten-secondly bucket (SPEC
    `x-hubspot-rate-limit-exemptions` on those operations). The spec names no other limit for them, and none is
    applied here (docs/hubspot.md, Associations)."""
    return bool(_ASSOCIATION_BATCH_PATH.match(path))


def is_search(path: str) -> bool:
    """Whether a path is a CRM search: those are exempt from the ten-secondly bucket (SPEC
    `x-hubspot-rate-limit-exemptions`) and limited by their own per-second bucket in hubspot_search."""
    return bool(_SEARCH_PATH.match(path))


def rules() -> list[Rule]:
    """HubSpot's routes in both version families (v3/v4 and the dated 2026-03)."""
    out = []
    for p in OBJECTS:
        out += [Rule(f"{p}/<otype>", endpoint="hs_list", methods=["GET"]),
                Rule(f"{p}/<otype>/batch/read", endpoint="hs_batch_read", methods=["POST"]),
                Rule(f"{p}/<otype>/search", endpoint="hs_search", methods=["POST"]),
                Rule(f"{p}/<otype>/<oid>", endpoint="hs_get", methods=["GET"]),
                Rule(f"{p}/<otype>/<oid>", endpoint="hs_patch", methods=["PATCH"])]
    for p in V4_OBJECTS:
        out += [Rule(f"{p}/<otype>/<oid>/associations/<to>", endpoint="hs_assoc_list", methods=["GET"]),
                Rule(f"{p}/<otype>/<oid>/associations/default/<to>/<to_id>", endpoint="hs_assoc_default",
                     methods=["PUT"]),
                Rule(f"{p}/<otype>/<oid>/associations/<to>/<to_id>", endpoint="hs_assoc_labeled",
                     methods=["PUT"]),
                Rule(f"{p}/<otype>/<oid>/associations/<to>/<to_id>", endpoint="hs_assoc_delete",
                     methods=["DELETE"])]
    for p in ASSOCIATIONS:
        out += [Rule(f"{p}/<from_name>/<to_name>/batch/read", endpoint="hs_assoc_read", methods=["POST"]),
                Rule(f"{p}/<from_name>/<to_name>/batch/create", endpoint="hs_assoc_batch_create",
                     methods=["POST"]),
                Rule(f"{p}/<from_name>/<to_name>/batch/associate/default", endpoint="hs_assoc_batch_default",
                     methods=["POST"]),
                Rule(f"{p}/<from_name>/<to_name>/batch/archive", endpoint="hs_assoc_batch_archive",
                     methods=["POST"])]
    for p in PROPERTIES:
        out += [Rule(f"{p}/<otype>", endpoint="hs_properties", methods=["GET"]),
                Rule(f"{p}/<otype>/<name>", endpoint="hs_property", methods=["GET"])]
    return out


# Every handler takes (hs, request, **route arguments); endpoint names start with "hs_".
HANDLERS: dict[str, Callable[..., Response]] = {
    "hs_list": list_objects, "hs_get": get_object, "hs_batch_read": batch_read,
    "hs_assoc_read": assoc_batch_read, "hs_assoc_list": assoc_list,
    "hs_search": hubspot_search.search, "hs_patch": hubspot_writes.patch_object,
    "hs_assoc_default": hubspot_assoc_writes.put_default, "hs_assoc_labeled": hubspot_assoc_writes.put_labeled,
    "hs_assoc_delete": hubspot_assoc_writes.delete_pair,
    "hs_assoc_batch_create": hubspot_assoc_writes.batch_create,
    "hs_assoc_batch_default": hubspot_assoc_writes.batch_default,
    "hs_assoc_batch_archive": hubspot_assoc_writes.batch_archive,
    "hs_properties": hubspot_properties.list_properties, "hs_property": hubspot_properties.get_property,
}
