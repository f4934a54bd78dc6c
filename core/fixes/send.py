"""Sending one Change to its service, with the optimistic-concurrency check that must come first.

- QBO update/delete: the body's SyncToken is the plan's `version`; QBO itself refuses a stale one (5010), which
  the writer turns into StaleRecordError with the current record. Nothing is overwritten.
- HubSpot PATCH and association writes: the object is read first; an `updatedAt` newer than `version` means
  someone edited it since the plan, so we stop with StaleRecordError before writing (`check`).
`already_applied` answers, for a HubSpot write whose reply was lost, whether it reached the service (QBO creates:
core.fixes.outcomes.find_created).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from core.digits import ascii_digits
from core.errors import ApiError
from core.fixes.clients import Clients
from core.fixes.errors import StaleRecordError
from core.fixes.model import JSON, Action, Change
from core.i18n import N_

# {label} names the record; {updated} and {version} are HubSpot's timestamps as it sent them.
STALE_IN_HUBSPOT = N_("Send", "{label} was changed in HubSpot at {updated}, after the plan was made ({version}), so "
                              "nothing was written.")
# {action} is the plan's own verb (create, update, delete, associate, dissociate); {entity} the record type.
NO_QBO_WRITE = N_("Send", "QuickBooks has no {action} write for {entity}.")
NO_HUBSPOT_WRITE = N_("Send", "Sync Doctor does not {action} HubSpot {entity}.")


@dataclass(frozen=True)
class Sent:
    after: JSON          # the record (or association pair) the service returned
    new_version: str     # QBO SyncToken / HubSpot updatedAt after the write; "" when the write has none
    record_id: str       # the record written; the new Id for a create or push


def association_ids(record_id: str) -> tuple[str, str, str, str]:
    """`invoices/1/contacts/2` → (from_type, from_id, to_type, to_id)."""
    parts = record_id.split("/")
    if len(parts) != 4 or not all(parts):
        raise ValueError(f"An association is written as from_type/from_id/to_type/to_id, not {record_id!r}")
    return parts[0], parts[1], parts[2], parts[3]


def qbo_body(change: Change, body: JSON) -> JSON:
    """An update's body with the Id and the SyncToken the plan was made against."""
    out = dict(body)
    if change.action in (Action.UPDATE, Action.DELETE):
        if change.record_id and "Id" not in out and change.entity != "Preferences":
            out["Id"] = change.record_id
        if change.version:
            out["SyncToken"] = change.version
    return out


def hubspot_properties(body: JSON) -> JSON:
    props = body.get("properties", body)
    return dict(props) if isinstance(props, dict) else {}


def newer(current: str, version: str) -> bool:
    """Whether HubSpot's `current` updatedAt is later than the plan's `version` (ISO 8601, or epoch ms)."""
    a, b = _moment(current), _moment(version)
    if a is None or b is None:
        return current != version
    return a > b


def _moment(value: str) -> datetime | None:
    value = value.strip()
    if ascii_digits(value):
        return datetime.fromtimestamp(int(value) / 1000, UTC)
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # HubSpot dates are midnight UTC


def check(change: Change, record_id: str, clients: Clients) -> None:
    """HubSpot's concurrency check before writing; QBO does its own with the SyncToken."""
    if change.system != "hubspot" or not change.version:
        return
    if change.action in (Action.ASSOCIATE, Action.DISSOCIATE):
        object_type, object_id = association_ids(record_id)[:2]
        props: list[str] = []
    else:
        object_type, object_id = change.entity, record_id
        props = list(hubspot_properties(change.body))
    current = clients.hubspot.read_object(object_type, object_id, props or None)
    updated = str(current.get("updatedAt") or "")
    if updated and newer(updated, change.version):
        raise StaleRecordError(STALE_IN_HUBSPOT.format(label=change.label, updated=updated, version=change.version),
                               current, status=409, code="CONFLICT")


def send(change: Change, body: JSON, record_id: str, request_id: str, clients: Clients) -> Sent:
    """One write. Raises StaleRecordError (5010), ApiError (refused), AuthError/NetworkError (not known)."""
    if change.system == "quickbooks":
        return _send_qbo(change, body, record_id, request_id, clients)
    return _send_hubspot(change, body, record_id, clients)


def _send_qbo(change: Change, body: JSON, record_id: str, request_id: str, clients: Clients) -> Sent:
    qbo = clients.qbo
    if change.action in (Action.CREATE, Action.PUSH):
        record = qbo.create(change.entity, body, request_id)
        return Sent(record, str(record.get("SyncToken", "")), str(record.get("Id", "")))
    if change.action == Action.UPDATE:
        record = qbo.update(change.entity, body, request_id)
        return Sent(record, str(record.get("SyncToken", "")), str(record.get("Id", record_id)))
    if change.action == Action.DELETE:
        reply = qbo.delete(change.entity, record_id, str(body.get("SyncToken", "")), request_id)
        return Sent(reply, "", record_id)
    raise ApiError(NO_QBO_WRITE.format(action=str(change.action), entity=change.entity), 0)


def _send_hubspot(change: Change, body: JSON, record_id: str, clients: Clients) -> Sent:
    hs = clients.hubspot
    if change.action == Action.UPDATE:
        record = hs.patch_object(change.entity, record_id, hubspot_properties(body))
        return Sent(record, str(record.get("updatedAt", "")), record_id)
    if change.action in (Action.ASSOCIATE, Action.DISSOCIATE):
        from_type, from_id, to_type, to_id = association_ids(record_id)
        if change.action == Action.DISSOCIATE:
            hs.dissociate(from_type, from_id, to_type, to_id)
            return Sent({}, "", record_id)
        type_id = body.get("associationTypeId")
        return Sent(hs.associate(from_type, from_id, to_type, to_id, int(type_id) if type_id else None), "",
                    record_id)
    raise ApiError(NO_HUBSPOT_WRITE.format(action=str(change.action), entity=change.entity), 0)


def already_applied(change: Change, body: JSON, record_id: str, clients: Clients) -> Sent | None:
    """For a HubSpot write journaled SENT whose reply was lost: the result if the service already has it."""
    hs = clients.hubspot
    if change.action == Action.UPDATE:
        wanted = hubspot_properties(body)
        current = hs.read_object(change.entity, record_id, list(wanted) or None)
        have = current.get("properties") or {}
        if all(same_value(have.get(name), value) for name, value in wanted.items()):
            return Sent(current, str(current.get("updatedAt", "")), record_id)
        return None
    if change.action in (Action.ASSOCIATE, Action.DISSOCIATE):
        from_type, from_id, to_type, to_id = association_ids(record_id)
        linked = to_id in hs.associations(from_type, from_id, to_type)
        return Sent({}, "", record_id) if linked == (change.action == Action.ASSOCIATE) else None
    return None


def same_value(have: Any, want: Any) -> bool:
    """HubSpot stores every value as a string: 2 == "2" == "2.0"; "2026-10-01" == "2026-10-01T00:00:00Z"."""
    a = "" if have is None else str(have)
    b = "" if want is None else (("true" if want else "false") if isinstance(want, bool) else str(want))
    if a == b:
        return True
    try:
        return float(a) == float(b)
    except ValueError:
        pass
    ma, mb = _moment(a), _moment(b)
    return ma is not None and ma == mb
