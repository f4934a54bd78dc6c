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

Undoing several runs together (core.fixes.undo_plan, newest first) needs two more things: `expected`, the
version an earlier undo of the same record just left (ours too, so not "changed after the fix"), and, for the
preview before anything is sent, `will_be`: the record as the newer runs' undo will leave it (no read, no check).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field

from core.errors import ApiError
from core.fixes.clients import Clients
from core.fixes.errors import UndoRefused
from core.fixes.model import JSON, Action, Change, EntryState, FieldChange, Plan
from core.fixes.send import hubspot_properties, newer
from core.fixes.txn_words import customer_of
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
UNNUMBERED = N_("Record", "no number, {customer}, total {total}")
NO_BEFORE = N_("Undo", "The journal has no copy of {label} from before the fix, so it cannot be restored.")
CANNOT = N_("Undo", "{label} cannot be undone by Sync Doctor.")
UNREADABLE_HUBSPOT = N_("Undo", "{label} cannot be read back from HubSpot ({error}).")
CHANGED_IN_HUBSPOT = N_("Undo", "{label} was changed in HubSpot after the fix. Undo would overwrite that change, so "
                                "it was not planned; restore it by hand if needed.")

QBO_KEYS = {"Id", "SyncToken", "sparse"}
READ_ONLY = {"MetaData", "domain"}   # QuickBooks keeps these itself: never put back, never shown
Key = tuple[str, str, str]   # (system, entity, record id): one record


def key_of(s: StoredEntry) -> Key:
    return (s.change.system, s.change.entity, s.created_id or s.change.record_id)


@dataclass(frozen=True)
class _Context:
    clients: Clients
    expected: Mapping[Key, str] = dc_field(default_factory=dict)
    will_be: Mapping[Key, JSON] = dc_field(default_factory=dict)


def undo_plan(journal: Journal, run_id: str, clients: Clients, *, expected: Mapping[Key, str] | None = None,
              will_be: Mapping[Key, JSON] | None = None) -> Plan:
    done = undoable(journal, run_id)
    run = journal.run(run_id)
    ctx = _Context(clients, expected or {}, will_be or {})
    changes = tuple(_inverse(s, ctx) for s in done)
    return Plan(kind="undo", option=run_id, invoice_ids=run.invoice_ids, changes=changes,
                params={"undo_of": tuple(s.entry.id for s in done), "undo_of_run": run_id})


def undoable(journal: Journal, run_id: str) -> list[StoredEntry]:
    """The entries an undo of the run reverses, newest first; UndoRefused when the run cannot be undone."""
    try:
        run = journal.run(run_id)
    except KeyError:
        raise UndoRefused(NO_RECORD) from None
    if run.kind == "undo":
        raise UndoRefused(UNDO_OF_UNDO)
    if run.unfinished:
        raise UndoRefused(UNFINISHED)
    done = done_entries(journal, run_id)
    if not done:
        raise UndoRefused(NOTHING_DONE)
    return done


def done_entries(journal: Journal, run_id: str) -> list[StoredEntry]:
    """The run's entries in place (DONE), newest first: what its undo reverses."""
    return [s for s in reversed(journal.run_entries(run_id)) if s.entry.state == EntryState.DONE]


def _inverse(s: StoredEntry, ctx: _Context) -> Change:
    if s.change.system == "quickbooks":
        return _inverse_qbo(s, ctx)
    return _inverse_hubspot(s, ctx)


def _undo(s: StoredEntry, action: Action, record_id: str, fields: tuple[FieldChange, ...], body: JSON,
          version: str = "", before: JSON | None = None) -> Change:
    c = s.change
    return Change(c.system, c.entity, action, record_id, UNDO.format(label=c.label), fields, body, version,
                  before or {}, c.invoice_ids)


def _current_qbo(s: StoredEntry, record_id: str, ctx: _Context) -> JSON:
    key = key_of(s)
    if key in ctx.will_be:
        return dict(ctx.will_be[key])
    try:
        current = ctx.clients.qbo.read(s.change.entity, record_id)
    except ApiError as exc:
        raise UndoRefused(UNREADABLE_QBO.format(label=s.change.label, error=verbatim(str(exc)))) from exc
    if str(current.get("SyncToken", "")) not in (s.new_version, ctx.expected.get(key)):
        raise UndoRefused(CHANGED_IN_QBO.format(label=s.change.label))
    return current


def _inverse_qbo(s: StoredEntry, ctx: _Context) -> Change:
    c = s.change
    record_id = s.created_id or c.record_id
    if c.action == Action.DELETE:
        raise UndoRefused(DELETED.format(label=c.label))
    current = _current_qbo(s, record_id or "1", ctx)
    token = str(current.get("SyncToken", ""))
    if c.action in (Action.CREATE, Action.PUSH):
        if c.entity in NAME_LISTS:  # QBO keeps names forever: the closest to "not created" is inactive
            return _undo(s, Action.UPDATE, record_id, (FieldChange(FIELD["Active"], True, False),),
                         {"Id": record_id, "SyncToken": token, "sparse": True, "Active": False}, token, current)
        shown = current.get("DocNumber") or UNNUMBERED.format(   # a bookkeeper knows it by number, else this
            customer=customer_of(current) or "?", total=f"{float(current.get('TotalAmt') or 0):.2f}")
        return _undo(s, Action.DELETE, record_id, (FieldChange(entity(c.entity), shown, None),),
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


def _inverse_hubspot(s: StoredEntry, ctx: _Context) -> Change:
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
    key = key_of(s)
    if key in ctx.will_be:
        current, updated = dict(ctx.will_be[key]), ""
    else:
        current, updated = _current_hubspot(s, list(sent), ctx)
    nested = c.before.get("properties")
    before: JSON = nested if isinstance(nested, dict) else c.before  # an API object, or flat properties
    now = current.get("properties") or {}
    props = {k: before.get(k) if before.get(k) is not None else "" for k in sent}
    fields = tuple(FieldChange(field(k), now.get(k), props[k] or None) for k in sent if now.get(k) != props[k])
    return _undo(s, Action.UPDATE, c.record_id, fields, {"properties": props}, updated, current)


def _current_hubspot(s: StoredEntry, properties: list[str], ctx: _Context) -> tuple[JSON, str]:
    c = s.change
    try:
        current = ctx.clients.hubspot.read_object(c.entity, c.record_id, properties or None)
    except ApiError as exc:
        raise UndoRefused(UNREADABLE_HUBSPOT.format(label=c.label, error=verbatim(str(exc)))) from exc
    updated = str(current.get("updatedAt", ""))
    version = ctx.expected.get(key_of(s)) or s.new_version
    if version and newer(updated, version):
        raise UndoRefused(CHANGED_IN_HUBSPOT.format(label=c.label))
    return current, updated
