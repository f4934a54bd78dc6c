"""Undo of a run: the inverse changes, newest first, built from the journal's before-images.

| original                      | inverse                                                                |
|-------------------------------|------------------------------------------------------------------------|
| QBO update                    | update back to the before-values, with the CURRENT SyncToken           |
| QBO create of a name (Customer)| sparse update `Active: false` (QBO cannot delete names)               |
| QBO create/push of a document | delete (`?operation=delete`)                                           |
| HubSpot PATCH                 | PATCH the before-values back (a value that was empty is cleared)       |
| association ↔ dissociation    | the opposite association write                                         |

Undo is refused (UndoRefused) rather than overwrite a later edit: when the record's SyncToken is no longer the
one our write left (QBO), or its updatedAt moved past our write (HubSpot). The plan is applied with
apply_plan like any other (kind "undo"); each DONE inverse marks its original entry UNDONE.
"""

from __future__ import annotations

from core.errors import ApiError
from core.fixes.clients import Clients
from core.fixes.errors import UndoRefused
from core.fixes.model import JSON, Action, Change, EntryState, FieldChange, Plan
from core.fixes.send import hubspot_properties, newer
from core.fixes.words import FIELD, UNDO, entity, field, field_value
from core.i18n import N_, verbatim
from core.journal import Journal, StoredEntry
from core.qbo.client import NAME_LISTS

NO_RECORD = N_("Undo", "The journal has no record of that run.")
UNDO_OF_UNDO = N_("Undo", "This run was itself an undo. Apply the fix again instead of undoing the undo.")
UNFINISHED = N_("Undo", "This run did not finish. Resume it first, then undo it.")
NOTHING_DONE = N_("Undo", "Nothing in this run was applied (or it was already undone), so there is nothing to undo.")
UNREADABLE_QBO = N_("Undo", "{label} cannot be read back from QuickBooks ({error}), so it cannot be restored.")
CHANGED_IN_QBO = N_("Undo", "{label} was changed in QuickBooks after the fix. Undo would overwrite that change, so "
                            "it was not planned; restore it by hand if needed.")
DELETED = N_("Undo", "{label} was deleted in QuickBooks; a deleted record cannot be brought back.")
NO_BEFORE = N_("Undo", "The journal has no copy of {label} from before the fix, so it cannot be restored.")
CANNOT = N_("Undo", "{label} cannot be undone by Sync Doctor.")
UNREADABLE_HUBSPOT = N_("Undo", "{label} cannot be read back from HubSpot ({error}).")
CHANGED_IN_HUBSPOT = N_("Undo", "{label} was changed in HubSpot after the fix. Undo would overwrite that change, so "
                                "it was not planned; restore it by hand if needed.")

QBO_KEYS = {"Id", "SyncToken", "sparse"}
READ_ONLY = {"MetaData", "domain"}   # QuickBooks keeps these itself: never put back, never shown


def undo_plan(journal: Journal, run_id: str, clients: Clients) -> Plan:
    try:
        run = journal.run(run_id)
    except KeyError:
        raise UndoRefused(NO_RECORD) from None
    if run.kind == "undo":
        raise UndoRefused(UNDO_OF_UNDO)
    if run.unfinished:
        raise UndoRefused(UNFINISHED)
    done = [s for s in reversed(journal.run_entries(run_id)) if s.entry.state == EntryState.DONE]
    if not done:
        raise UndoRefused(NOTHING_DONE)
    changes = tuple(_inverse(s, clients) for s in done)
    return Plan(kind="undo", option=run_id, invoice_ids=run.invoice_ids, changes=changes,
                params={"undo_of": tuple(s.entry.id for s in done), "undo_of_run": run_id})


def _inverse(s: StoredEntry, clients: Clients) -> Change:
    if s.change.system == "quickbooks":
        return _inverse_qbo(s, clients)
    return _inverse_hubspot(s, clients)


def _undo(s: StoredEntry, action: Action, record_id: str, fields: tuple[FieldChange, ...], body: JSON,
          version: str = "", before: JSON | None = None) -> Change:
    c = s.change
    return Change(c.system, c.entity, action, record_id, UNDO.format(label=c.label), fields, body, version,
                  before or {}, c.invoice_ids)


def _current_qbo(s: StoredEntry, record_id: str, clients: Clients) -> JSON:
    try:
        current = clients.qbo.read(s.change.entity, record_id)
    except ApiError as exc:
        raise UndoRefused(UNREADABLE_QBO.format(label=s.change.label, error=verbatim(str(exc)))) from exc
    if str(current.get("SyncToken", "")) != s.new_version:
        raise UndoRefused(CHANGED_IN_QBO.format(label=s.change.label))
    return current


def _inverse_qbo(s: StoredEntry, clients: Clients) -> Change:
    c = s.change
    record_id = s.created_id or c.record_id
    if c.action == Action.DELETE:
        raise UndoRefused(DELETED.format(label=c.label))
    current = _current_qbo(s, record_id or "1", clients)
    token = str(current.get("SyncToken", ""))
    if c.action in (Action.CREATE, Action.PUSH):
        if c.entity in NAME_LISTS:  # QBO keeps names forever: the closest to "not created" is inactive
            return _undo(s, Action.UPDATE, record_id, (FieldChange(FIELD["Active"], True, False),),
                         {"Id": record_id, "SyncToken": token, "sparse": True, "Active": False}, token, current)
        return _undo(s, Action.DELETE, record_id, (FieldChange(entity(c.entity), record_id, None),),
                     {"Id": record_id, "SyncToken": token}, token, current)
    if not c.before:
        raise UndoRefused(NO_BEFORE.format(label=c.label))
    keys = [k for k in c.body if k not in QBO_KEYS]
    # what the undo puts back, in words: the fields whose value differs now (a full update sends them all)
    fields = tuple(FieldChange(field(k), field_value(k, current.get(k)), field_value(k, c.before.get(k)))
                   for k in keys if k not in READ_ONLY and current.get(k) != c.before.get(k))
    if c.body.get("sparse") and all(k in c.before for k in keys):
        body: JSON = {"sparse": True, **{k: c.before[k] for k in keys}}
    else:  # a full update, or a field that did not exist before: send the whole before-image back
        body = {k: v for k, v in c.before.items() if k not in ("MetaData", "domain")}
        body.pop("sparse", None)
    if c.entity != "Preferences":
        body["Id"] = record_id
    body["SyncToken"] = token
    return _undo(s, Action.UPDATE, record_id, fields, body, token, current)


def _inverse_hubspot(s: StoredEntry, clients: Clients) -> Change:
    c = s.change
    if c.action == Action.ASSOCIATE:
        return _undo(s, Action.DISSOCIATE, c.record_id, tuple(FieldChange(f.field, f.after, f.before)
                                                               for f in c.fields), {})
    if c.action == Action.DISSOCIATE:
        type_id = c.before.get("associationTypeId") or c.body.get("associationTypeId")
        return _undo(s, Action.ASSOCIATE, c.record_id, tuple(FieldChange(f.field, f.after, f.before)
                                                              for f in c.fields),
                     {"associationTypeId": int(type_id)} if type_id else {})
    if c.action != Action.UPDATE:
        raise UndoRefused(CANNOT.format(label=c.label))
    sent = hubspot_properties(c.body)
    try:
        current = clients.hubspot.read_object(c.entity, c.record_id, list(sent) or None)
    except ApiError as exc:
        raise UndoRefused(UNREADABLE_HUBSPOT.format(label=c.label, error=verbatim(str(exc)))) from exc
    updated = str(current.get("updatedAt", ""))
    if s.new_version and newer(updated, s.new_version):
        raise UndoRefused(CHANGED_IN_HUBSPOT.format(label=c.label))
    nested = c.before.get("properties")
    before: JSON = nested if isinstance(nested, dict) else c.before  # an API object, or flat properties
    now = current.get("properties") or {}
    props = {k: before.get(k) if before.get(k) is not None else "" for k in sent}
    fields = tuple(FieldChange(field(k), now.get(k), props[k] or None) for k in sent if now.get(k) != props[k])
    return _undo(s, Action.UPDATE, c.record_id, fields, {"properties": props}, updated, current)
