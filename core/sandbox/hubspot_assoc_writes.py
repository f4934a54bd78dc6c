"""Association writes of the v4 API: default and labeled PUT, DELETE of a pair, batch create/default/archive.

Every write goes through `link`, which enforces what the sandbox treats as HubSpot's rules:
- only HUBSPOT_DEFINED types valid for the pair (the sandbox has no custom labels);
- a labeled association implies the unlabeled one (deleting the pair removes both, as HubSpot documents);
- a contact has one primary company, mirrored in its `associatedcompanyid`;
- an invoice has exactly one contact (typeId 177). A second contact is refused with 400 rather than
  replacing the first: our choice, UNVERIFIED against a live portal (HUBSPOT_API.md §2.3), so clients
  must delete the old association before creating the new one (§4.3).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from werkzeug.wrappers import Request, Response

from core.digits import ascii_digits
from core.sandbox.hubspot_common import TYPE_IDS, json_any, json_body, live, not_found, object_type
from core.sandbox.replies import hs_error, json_reply
from core.sandbox.state import ASSOC_LABELS, ASSOC_TYPES, JSON, REVERSE_TYPE, HubSpotState, iso_ms

PRIMARY = (1, 2)          # contact→company "Primary" and its reverse
BATCH_WRITE_MAX = 1000    # inputs per batch write [UNVERIFIED: the documented cap is for batch/read]


class AssocError(Exception):
    def __init__(self, status: int, category: str, message: str) -> None:
        super().__init__(message)
        self.status, self.category, self.message = status, category, message


def allowed_types(from_type: str, to_type: str) -> set[int]:
    types = {ASSOC_TYPES[(from_type, to_type)]} if (from_type, to_type) in ASSOC_TYPES else set()
    if (from_type, to_type) == ("contacts", "companies"):
        types.add(PRIMARY[0])
    elif (from_type, to_type) == ("companies", "contacts"):
        types.add(PRIMARY[1])
    return types


def resolve(hs: HubSpotState, from_name: str, to_name: str) -> tuple[str, str]:
    from_type, to_type = object_type(from_name), object_type(to_name)
    if from_type is None or to_type is None:
        raise AssocError(400, "VALIDATION_ERROR", f"Unable to infer object type from: "
                                                  f"{from_name if from_type is None else to_name}")
    if not allowed_types(from_type, to_type):
        raise AssocError(400, "VALIDATION_ERROR", f"{from_type} cannot be associated with {to_type}")
    return from_type, to_type


def _require(hs: HubSpotState, otype: str, oid: str) -> None:
    if live(hs.objects[otype], oid) is None:
        raise AssocError(404, "OBJECT_NOT_FOUND", f"No {otype} with id {oid} exists")


def link(hs: HubSpotState, from_type: str, from_id: str, to_type: str, to_id: str, type_id: int) -> None:
    """Create one association (and its reverse) after checking the rules in the module docstring."""
    _require(hs, from_type, from_id)
    _require(hs, to_type, to_id)
    if type_id not in allowed_types(from_type, to_type):
        raise AssocError(400, "VALIDATION_ERROR",
                         f"{type_id} is not a valid association type between {from_type} and {to_type}")
    if {from_type, to_type} == {"invoices", "contacts"}:
        invoice_id, contact_id = (from_id, to_id) if from_type == "invoices" else (to_id, from_id)
        others = [c for c in hs.links("invoices", invoice_id, "contacts") if c != contact_id]
        if others:
            raise AssocError(400, "VALIDATION_ERROR",
                             f"Invoice {invoice_id} is already associated with contact {others[0]}; an invoice "
                             "can have only one contact. Delete that association first.")
    if type_id in PRIMARY:
        contact_id, company_id = (from_id, to_id) if from_type == "contacts" else (to_id, from_id)
        for old in list(hs.links("contacts", contact_id, "companies")):
            if old != company_id:
                hs.dissociate("contacts", contact_id, "companies", old, [PRIMARY[0]])
        hs.associate("contacts", contact_id, "companies", company_id, ASSOC_TYPES[("contacts", "companies")])
        hs.associate("contacts", contact_id, "companies", company_id, PRIMARY[0])
        hs.objects["contacts"][contact_id]["properties"]["associatedcompanyid"] = company_id
        return
    hs.associate(from_type, from_id, to_type, to_id, type_id)


def unlink(hs: HubSpotState, from_type: str, from_id: str, to_type: str, to_id: str) -> None:
    """Remove every association between two records, both directions (keeps associatedcompanyid true)."""
    types = hs.links(from_type, from_id, to_type).get(to_id, [])
    hs.dissociate(from_type, from_id, to_type, to_id)
    if set(types) & set(PRIMARY):
        contact_id = from_id if from_type == "contacts" else to_id
        hs.objects["contacts"][contact_id]["properties"].pop("associatedcompanyid", None)


def _spec(from_id: str, to_id: str, type_id: int) -> JSON:
    return {"from": {"id": from_id}, "to": {"id": to_id},
            "associationSpec": {"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": type_id}}


def _pair(hs: HubSpotState, from_type: str, from_id: str, to_type: str, to_id: str) -> JSON:
    """LabelsBetweenObjectPair: the labels now between the two records (unlabeled types have none)."""
    types = hs.links(from_type, from_id, to_type).get(to_id, [])
    return {"fromObjectTypeId": TYPE_IDS[from_type], "fromObjectId": _num(from_id),
            "toObjectTypeId": TYPE_IDS[to_type], "toObjectId": _num(to_id),
            "labels": [label for t in types if (label := ASSOC_LABELS.get(t))]}


def _num(oid: str) -> int | str:
    return int(oid) if ascii_digits(oid) else oid


def _types(raw: Any) -> list[int]:
    """The typeIds of a `[{associationCategory, associationTypeId}]` list; only HUBSPOT_DEFINED exist here."""
    if not isinstance(raw, list) or not raw:
        raise AssocError(400, "VALIDATION_ERROR", "Expected a non-empty list of association types")
    out = []
    for item in raw:
        if not isinstance(item, dict) or "associationTypeId" not in item:
            raise AssocError(400, "VALIDATION_ERROR", "Each association type needs an associationTypeId")
        category = str(item.get("associationCategory", "HUBSPOT_DEFINED"))
        if category != "HUBSPOT_DEFINED":
            raise AssocError(400, "VALIDATION_ERROR", f"No {category} association labels exist in this portal")
        try:
            out.append(int(item["associationTypeId"]))
        except (TypeError, ValueError):
            raise AssocError(400, "VALIDATION_ERROR", "associationTypeId must be an integer") from None
    return out


def _fail(err: AssocError) -> Response:
    return hs_error(err.status, err.category, err.message)


def put_default(hs: HubSpotState, request: Request, otype: str, oid: str, to: str, to_id: str) -> Response:
    started = iso_ms(datetime.now(UTC))
    try:
        from_type, to_type = resolve(hs, otype, to)
        type_id = ASSOC_TYPES[(from_type, to_type)]
        link(hs, from_type, oid, to_type, to_id, type_id)
    except AssocError as err:
        return _fail(err)
    # Both directions come back, as HubSpot stores (and reports) the pair twice.
    return json_reply({"status": "COMPLETE",
                       "results": [_spec(oid, to_id, type_id), _spec(to_id, oid, REVERSE_TYPE[type_id])],
                       "startedAt": started, "completedAt": iso_ms(datetime.now(UTC))})


def put_labeled(hs: HubSpotState, request: Request, otype: str, oid: str, to: str, to_id: str) -> Response:
    body = json_any(request)
    if isinstance(body, Response):
        return body
    try:
        from_type, to_type = resolve(hs, otype, to)
        for type_id in _types(body):
            link(hs, from_type, oid, to_type, to_id, type_id)
    except AssocError as err:
        return _fail(err)
    return json_reply(_pair(hs, from_type, oid, to_type, to_id), 201)


def delete_pair(hs: HubSpotState, request: Request, otype: str, oid: str, to: str, to_id: str) -> Response:
    try:
        from_type, to_type = resolve(hs, otype, to)
    except AssocError as err:
        return _fail(err)
    for kind, ident in ((from_type, oid), (to_type, to_id)):
        if live(hs.objects[kind], ident) is None:
            return not_found(kind, ident)
    unlink(hs, from_type, oid, to_type, to_id)
    return Response(status=204)


def _inputs(request: Request) -> list[Any] | Response:
    body = json_body(request)
    if isinstance(body, Response):
        return body
    inputs = body.get("inputs")
    if not isinstance(inputs, list):
        return hs_error(400, "VALIDATION_ERROR", "Invalid input JSON: 'inputs' must be a list")
    if len(inputs) > BATCH_WRITE_MAX:
        return hs_error(400, "VALIDATION_ERROR", f"Batch input size {len(inputs)} exceeds the limit of "
                                                 f"{BATCH_WRITE_MAX}")
    return inputs


def _ids(item: Any) -> tuple[str, str]:
    if not isinstance(item, dict) or not isinstance(item.get("from"), dict) or not isinstance(item.get("to"), dict):
        raise AssocError(400, "VALIDATION_ERROR", "Each input needs from.id and to.id")
    return str(item["from"].get("id", "")), str(item["to"].get("id", ""))


def _batch(hs: HubSpotState, request: Request, from_name: str, to_name: str, labeled: bool) -> Response:
    """batch/create (labeled, 201) and batch/associate/default (200); per-input failures give 207."""
    started = iso_ms(datetime.now(UTC))
    try:
        from_type, to_type = resolve(hs, from_name, to_name)
    except AssocError as err:
        return _fail(err)
    inputs = _inputs(request)
    if isinstance(inputs, Response):
        return inputs
    results: list[JSON] = []
    errors: list[JSON] = []
    for item in inputs:
        try:
            from_id, to_id = _ids(item)
            types = _types(item.get("types")) if labeled else [ASSOC_TYPES[(from_type, to_type)]]
            for type_id in types:
                link(hs, from_type, from_id, to_type, to_id, type_id)
            results += ([_pair(hs, from_type, from_id, to_type, to_id)] if labeled else
                        [_spec(from_id, to_id, types[0]), _spec(to_id, from_id, REVERSE_TYPE[types[0]])])
        except AssocError as err:
            errors.append({"status": "error", "category": err.category, "message": err.message,
                           "context": {"input": [str(item)]}})
    reply: JSON = {"status": "COMPLETE", "results": results, "startedAt": started,
                   "completedAt": iso_ms(datetime.now(UTC))}
    if errors:
        reply.update(numErrors=len(errors), errors=errors)
        return json_reply(reply, 207)
    return json_reply(reply, 201 if labeled else 200)


def batch_create(hs: HubSpotState, request: Request, from_name: str, to_name: str) -> Response:
    return _batch(hs, request, from_name, to_name, labeled=True)


def batch_default(hs: HubSpotState, request: Request, from_name: str, to_name: str) -> Response:
    return _batch(hs, request, from_name, to_name, labeled=False)


def batch_archive(hs: HubSpotState, request: Request, from_name: str, to_name: str) -> Response:
    """`{inputs:[{from:{id}, to:[{id}]}]}` → 204; pairs that are not associated are skipped silently."""
    try:
        from_type, to_type = resolve(hs, from_name, to_name)
    except AssocError as err:
        return _fail(err)
    inputs = _inputs(request)
    if isinstance(inputs, Response):
        return inputs
    pairs = []
    for item in inputs:
        targets = item.get("to") if isinstance(item, dict) else None
        if not isinstance(targets, list) or not isinstance(item.get("from"), dict):
            return hs_error(400, "VALIDATION_ERROR", "Each input needs from.id and a 'to' list of {id}")
        pairs += [(str(item["from"].get("id", "")), str(t.get("id", ""))) for t in targets if isinstance(t, dict)]
    for from_id, to_id in pairs:  # validated first, so a bad input archives nothing
        if live(hs.objects[from_type], from_id) is not None and live(hs.objects[to_type], to_id) is not None:
            unlink(hs, from_type, from_id, to_type, to_id)
    return Response(status=204)
