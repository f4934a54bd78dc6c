"""Applying a Plan: every change journaled before it is sent, its outcome journaled after.

Under the profile's writer lock, and only once every earlier write with an unknown outcome is settled
(outcomes.settle). Per change: PENDING (all journaled up front, so a crash leaves the whole plan visible) →
concurrency check → SENT (committed before the network call) → DONE / FAILED / CONFLICT. One failed or conflicting
change does not stop the others. `cancel` stops between changes (the rest become FAILED "cancelled", never sent).
A lost login or connection, or an answer that does not say whether the write landed, stops the run with the rest
PENDING and the current one SENT: `recovery.resume` finishes it, settling the SENT one first and looking each
create up before sending it, so a finish is never blind.

A push is never sent for a HubSpot invoice that another push already copied (journal), whatever the plan says.

References between changes of one plan: a string "$ref:N" anywhere in a body (or as a record_id) stands for
the Id of the record change N of the same plan created, e.g. a pushed Invoice's `{"CustomerRef":
{"value": "$ref:0"}}` after change 0 created the Customer. If change N did not succeed, the change that needs
it FAILS without being sent.

Undo runs: `plan.params["undo_of"]` lists, per change, the journal entry it reverses; when the change is DONE
the original entry becomes UNDONE.

Test hook (never set outside tests): SYNCDOCTOR_TEST_CRASH_AFTER_SENT=N kills this process with SIGKILL right
after change N (0-based) was journaled SENT and its request answered, before the reply is journaled — the
worst moment for a crash. `N:before` kills it before the request goes out.
"""

from __future__ import annotations

import os
import signal
import threading
from dataclasses import dataclass, field
from typing import Any

from core import writer_lock
from core.digits import ascii_digits
from core.errors import ApiError, AuthError, NetworkError
from core.fixes import outcomes
from core.fixes import send as sender
from core.fixes.clients import Clients
from core.fixes.errors import StaleRecordError
from core.fixes.model import JSON, Action, Change, EntryState, Plan
from core.journal import Journal, StoredEntry
from core.types import Progress as Progress

REF = "$ref:"
CRASH_HOOK = "SYNCDOCTOR_TEST_CRASH_AFTER_SENT"
FINAL = (EntryState.DONE, EntryState.FAILED, EntryState.CONFLICT, EntryState.UNDONE)


@dataclass(frozen=True)
class ChangeResult:
    change: Change
    entry_id: int
    status: EntryState
    message: str = ""
    record_id: str = ""                                  # the record written; the new Id after a create/push
    current: JSON = field(default_factory=dict)          # CONFLICT: the record as it is now, to re-plan
    after: JSON = field(default_factory=dict)            # DONE: the record the service returned


@dataclass(frozen=True)
class ApplyResult:
    run_id: str
    results: tuple[ChangeResult, ...]
    cancelled: bool = False
    interrupted: str = ""   # why the run stopped with changes left PENDING/SENT (resume it later)

    def with_status(self, status: EntryState) -> list[ChangeResult]:
        return [r for r in self.results if r.status == status]

    @property
    def ok(self) -> bool:
        return all(r.status == EntryState.DONE for r in self.results)


class MissingRef(Exception):
    def __init__(self, index: int) -> None:
        super().__init__(index)
        self.index = index


def resolve(value: Any, created: dict[int, str]) -> Any:
    """`value` with every "$ref:N" string replaced by the Id change N created."""
    if isinstance(value, str) and value.startswith(REF) and ascii_digits(value[len(REF):]):
        index = int(value[len(REF):])
        if not created.get(index):
            raise MissingRef(index)
        return created[index]
    if isinstance(value, dict):
        return {k: resolve(v, created) for k, v in value.items()}
    if isinstance(value, list):
        return [resolve(v, created) for v in value]
    return value


def apply_plan(plan: Plan, journal: Journal, clients: Clients, *, user: str | None = None,
               progress: Progress | None = None, cancel: threading.Event | None = None) -> ApplyResult:
    if plan.empty:
        return ApplyResult("", ())
    with writer_lock.hold(journal.path.parent, "apply"):
        outcomes.settle(journal, clients)   # raises before anything new is journaled
        run_id = journal.begin_run(plan, user)
        undo_of = list(plan.params.get("undo_of") or ())
        for index, change in enumerate(plan.changes):
            journal.add(run_id, change, seq=index, undo_of=int(undo_of[index]) if index < len(undo_of) else None)
        return run_entries(run_id, journal, clients, progress=progress, cancel=cancel)


def run_entries(run_id: str, journal: Journal, clients: Clients, *, progress: Progress | None = None,
                cancel: threading.Event | None = None, resumed: bool = False) -> ApplyResult:
    """Send every PENDING entry of a run and settle every SENT one; report all of them. `resumed`: the run was
    cut short earlier, so each create is looked up before it is sent."""
    stored = journal.run_entries(run_id)
    created = {s.seq: s.created_id or s.change.record_id for s in stored if s.entry.state == EntryState.DONE}
    results: list[ChangeResult] = []
    cancelled, interrupted = False, ""
    for index, entry in enumerate(stored):
        state = entry.entry.state
        if state in FINAL:
            results.append(_from_journal(entry))
            continue
        if interrupted:  # left PENDING/SENT for resume
            results.append(ChangeResult(entry.change, entry.entry.id, state, interrupted))
            continue
        if cancel is not None and cancel.is_set():
            cancelled = True
            results.append(_failed(journal, entry, "Cancelled before it was sent."))
            continue
        if progress:
            progress(str(entry.change.label), index, len(stored))   # English: progress steps are for logs
        try:
            result = _one(entry, journal, clients, created, resumed)
        except (AuthError, NetworkError) as exc:
            interrupted = str(exc)
            journal.note_error(entry.entry.id, interrupted)
            result = ChangeResult(entry.change, entry.entry.id, journal.stored(entry.entry.id).entry.state,
                                  interrupted)
        if result.status == EntryState.DONE:
            created[entry.seq] = result.record_id
            if entry.entry.undo_of is not None:
                journal.mark_undone(entry.entry.undo_of)
        results.append(result)
    if progress:
        progress("", len(stored), len(stored))
    return ApplyResult(run_id, tuple(results), cancelled, interrupted)


def _one(entry: StoredEntry, journal: Journal, clients: Clients, created: dict[int, str],
         resumed: bool) -> ChangeResult:
    change = entry.change
    if entry.entry.state == EntryState.SENT:
        try:
            state, record, message = outcomes.resolve(entry, journal, clients)
        except ApiError as exc:   # the record could not be read back to compare
            return _refused(journal, entry, exc)
        record_id = str(record.get("Id") or "") if change.action in outcomes.CREATES else change.record_id
        return ChangeResult(change, entry.entry.id, state, message, record_id or change.record_id,
                            current=record if state == EntryState.CONFLICT else {},
                            after=record if state == EntryState.DONE else {})
    try:
        body = resolve(change.body, created)
        record_id = str(resolve(change.record_id, created))
    except MissingRef as missing:
        return _failed(journal, entry, f"Not sent: it needs the record change {missing.index + 1} was to create, "
                                       "which failed.")
    if change.action == Action.PUSH:
        copied = outcomes.pushed_elsewhere(journal, entry)
        if copied:
            return _failed(journal, entry, f"Not sent: this HubSpot invoice is already in QuickBooks as invoice "
                                           f"{copied} (pushed by an earlier run).")
    if change.system == "quickbooks":
        body = sender.qbo_body(change, body)
    try:
        if resumed and change.system == "quickbooks" and change.action in outcomes.CREATES:
            found = outcomes.find_created(entry, clients, body)
            if found is not None:
                outcomes.done(journal, entry, found, str(found.get("Id", "")))
                return ChangeResult(change, entry.entry.id, EntryState.DONE, "Already in QuickBooks; not sent again.",
                                    str(found.get("Id", "")), after=found)
        sender.check(change, record_id, clients)
    except ApiError as exc:
        return _refused(journal, entry, exc)
    journal.mark_sent(entry.entry.id, body, record_id)
    _crash_hook(entry.seq, "before")
    try:
        sent = sender.send(change, body, record_id, entry.entry.request_id, clients)
    except ApiError as exc:  # AuthError and NetworkError interrupt the run, the entry left SENT
        if outcomes.is_unknown(exc) and not isinstance(exc, StaleRecordError):
            journal.note_error(entry.entry.id, str(exc))
            raise outcomes.UnknownOutcome(f"{change.label}: no usable answer came back ({exc}), so whether it was "
                                          "saved is not known yet. Finish the run once the service answers.") from exc
        return _refused(journal, entry, exc)
    _crash_hook(entry.seq, "after")
    return _done(journal, entry, sent)


def _done(journal: Journal, entry: StoredEntry, sent: sender.Sent) -> ChangeResult:
    creates = entry.change.action in (Action.CREATE, Action.PUSH)
    journal.mark_done(entry.entry.id, sent.after, sent.new_version, sent.record_id if creates else "")
    message = f"Created {entry.change.entity} {sent.record_id}." if creates else "Saved."
    return ChangeResult(entry.change, entry.entry.id, EntryState.DONE, message, sent.record_id, after=sent.after)


def _failed(journal: Journal, entry: StoredEntry, message: str) -> ChangeResult:
    journal.mark_failed(entry.entry.id, message)
    return ChangeResult(entry.change, entry.entry.id, EntryState.FAILED, message)


def _refused(journal: Journal, entry: StoredEntry, exc: ApiError) -> ChangeResult:
    """A service refused to read or write the change's record: a conflict when the record changed since the
    plan, else a failure with the service's message."""
    if isinstance(exc, StaleRecordError):
        return _conflict(journal, entry, exc)
    return _failed(journal, entry, str(exc))


def _conflict(journal: Journal, entry: StoredEntry, exc: StaleRecordError) -> ChangeResult:
    journal.mark_conflict(entry.entry.id, str(exc), exc.current)
    return ChangeResult(entry.change, entry.entry.id, EntryState.CONFLICT, str(exc), entry.change.record_id,
                        current=exc.current)


def _from_journal(entry: StoredEntry) -> ChangeResult:
    e = entry.entry
    return ChangeResult(entry.change, e.id, e.state, e.error, entry.created_id or entry.change.record_id,
                        current=entry.current, after=entry.after)


def _crash_hook(seq: int, moment: str) -> None:
    """The kill -9 test hook (see the module docstring)."""
    wanted = os.environ.get(CRASH_HOOK, "")
    if not wanted:
        return
    index, _, when = wanted.partition(":")
    if index == str(seq) and (when or "after") == moment:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
        os._exit(137)  # in case the signal is not delivered at once (Windows has no SIGKILL)
