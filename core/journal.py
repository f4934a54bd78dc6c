"""The write-ahead journal: every change is recorded before it is sent, and its outcome after.

One SQLite file per profile (`journal.sqlite` next to the cache, so a cache rebuild never loses it), WAL mode
with `synchronous=FULL`: each state change is committed (and fsynced) before the network call it precedes, so
after a crash the journal tells exactly what may have reached a service. Entry states: PENDING → SENT →
DONE / FAILED / CONFLICT, and DONE → UNDONE when an undo run restores the before-image.
Only API record JSON is stored (bodies, before/after images); never a token. A change's label and field names
are stored as messages (catalogue key and arguments, JSON in `label_json` and `fields`), so an entry reads in
whatever language the reader uses today; `label` keeps the English text for older versions and for support.
Entries written before messages existed hold plain text there, and are shown as they were written.
"""

from __future__ import annotations

import getpass
import json
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from core import paths
from core.error_text import is_damage, sqlite_message
from core.errors import UserError
from core.fixes.model import JSON, Action, Change, EntryState, FieldChange, JournalEntry, Plan
from core.i18n import N_, Message, verbatim

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL, kind TEXT NOT NULL, option TEXT NOT NULL,
    invoice_ids TEXT NOT NULL, params TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT NOT NULL REFERENCES runs(run_id), seq INTEGER NOT NULL,
    at TEXT NOT NULL, updated TEXT NOT NULL, system TEXT NOT NULL, entity TEXT NOT NULL, action TEXT NOT NULL,
    record_id TEXT NOT NULL, label TEXT NOT NULL, fields TEXT NOT NULL, body TEXT NOT NULL,
    version TEXT NOT NULL, before TEXT NOT NULL, invoice_ids TEXT NOT NULL, request_id TEXT NOT NULL,
    state TEXT NOT NULL, error TEXT NOT NULL DEFAULT '', after TEXT NOT NULL DEFAULT '{}',
    new_version TEXT NOT NULL DEFAULT '', created_id TEXT NOT NULL DEFAULT '',
    current TEXT NOT NULL DEFAULT '{}', undo_of INTEGER REFERENCES entries(id),
    label_json TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS entries_run ON entries(run_id, seq);
CREATE INDEX IF NOT EXISTS entries_state ON entries(state);
"""

ENTRY_COLUMNS = ("e.id, e.run_id, e.seq, e.at, e.system, e.entity, e.action, e.record_id, e.label, e.fields, e.body,"
                 " e.version, e.before, e.invoice_ids, e.request_id, e.state, e.error, e.after, e.new_version,"
                 " e.created_id, e.current, e.undo_of, r.user, r.kind, r.option, e.label_json")


@dataclass(frozen=True)
class StoredEntry:
    """An entry with everything apply, resume and undo need: the change as sent and what came back."""

    entry: JournalEntry
    change: Change            # body = exactly what was (or will be) sent
    seq: int                  # the change's index in its plan ($ref:N placeholders point here)
    after: JSON               # the record the service returned (DONE)
    new_version: str          # its SyncToken / updatedAt after our write
    created_id: str           # Id of the record a create/push made
    current: JSON             # CONFLICT: the record as it was when we found it changed


@dataclass(frozen=True)
class RunSummary:
    run_id: str
    at: str
    user: str
    kind: str
    option: str
    invoice_ids: tuple[str, ...]
    counts: dict[EntryState, int]
    params: JSON

    @property
    def unfinished(self) -> bool:
        return bool(self.counts.get(EntryState.PENDING) or self.counts.get(EntryState.SENT))


class JournalError(UserError):
    """The journal file is damaged, locked or unreadable; it is never rewritten or removed on our own."""


# {detail} is SQLite's own verdict on the file.
DAMAGED = N_("Journal", "The fix journal {path} is damaged or unreadable ({detail}). It was left exactly as it is, "
                        "and nothing was sent. Keep the file (it records every change made) and contact support.")


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Journal:
    def __init__(self, path: Path, clock: Callable[[], datetime] = _utc_now) -> None:
        self.path = path
        self.clock = clock
        path.parent.mkdir(parents=True, exist_ok=True)
        paths.private_file(path)   # SQLite gives its -wal and -shm files the same mode
        # Apply runs off the GUI thread; one lock serialises every statement on the shared connection.
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._lock = threading.RLock()
        try:
            self._db.execute("PRAGMA busy_timeout = 10000")
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")  # a commit is on disk before we go on to the network
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.executescript(SCHEMA)
            # Small, and the record of every write: read it through once so damage anywhere stops us here.
            verdict = str(self._db.execute("PRAGMA quick_check(1)").fetchone()[0])
            self._columns = ENTRY_COLUMNS if verdict != "ok" or _add_label_json(self._db) else \
                ENTRY_COLUMNS.replace("e.label_json", "'' AS label_json")
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):   # held by another program, read-only, a full disk: say that, not "damaged"
                self._db.close()
                raise JournalError(sqlite_message(exc, path)) from None
            verdict = str(exc)
        if verdict != "ok":
            self._db.close()
            raise JournalError(DAMAGED.format(path=str(path), detail=verbatim(" ".join(verdict.split())[:120])))

    @classmethod
    def for_profile(cls, profile: str) -> Journal:
        return cls(paths.profile_dir(profile) / "journal.sqlite")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def _now(self) -> str:
        return self.clock().astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")

    def _write(self, sql: str, args: Iterable[Any]) -> int:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                cursor = self._db.execute(sql, tuple(args))
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:   # Ctrl-C may land just after COMMIT: nothing is left to undo then
                    self._db.execute("ROLLBACK")
                raise
            return int(cursor.lastrowid or 0) if sql.lstrip().upper().startswith("INSERT") else cursor.rowcount

    # ---- writing ---------------------------------------------------------------------------------------
    def begin_run(self, plan: Plan, user: str | None = None) -> str:
        run_id = str(uuid.uuid4())
        self._write("INSERT INTO runs (run_id, at, user, kind, option, invoice_ids, params) VALUES (?,?,?,?,?,?,?)",
                    [run_id, self._now(), user or _os_user(), plan.kind, plan.option, _dump(list(plan.invoice_ids)),
                     _dump(dict(plan.params))])
        return run_id

    def add(self, run_id: str, change: Change, *, seq: int | None = None, undo_of: int | None = None) -> int:
        """Journal a change as PENDING with a fresh requestid; returns the entry id."""
        if seq is None:
            with self._lock:
                row = self._db.execute("SELECT count(*) FROM entries WHERE run_id = ?", [run_id]).fetchone()
            seq = int(row[0])
        now = self._now()
        return self._write(
            "INSERT INTO entries (run_id, seq, at, updated, system, entity, action, record_id, label, fields, body,"
            " version, before, invoice_ids, request_id, state, undo_of, label_json)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [run_id, seq, now, now, change.system, change.entity, str(change.action), change.record_id,
             str(change.label), _dump([[f.field.to_json(), _value(f.before), _value(f.after)] for f in change.fields]),
             _dump(change.body), change.version, _dump(change.before), _dump(list(change.invoice_ids)),
             uuid.uuid4().hex, EntryState.PENDING, undo_of, _dump(change.label.to_json())])

    def _set(self, entry_id: int, **values: Any) -> None:
        values["updated"] = self._now()
        columns = ", ".join(f"{name} = ?" for name in values)
        self._write(f"UPDATE entries SET {columns} WHERE id = ?", [*values.values(), entry_id])

    def mark_sent(self, entry_id: int, body: JSON | None = None, record_id: str | None = None) -> None:
        """About to go on the wire; `body`/`record_id` are exactly what is sent ($ref placeholders resolved)."""
        values: dict[str, Any] = {"state": EntryState.SENT}
        if body is not None:
            values["body"] = _dump(body)
        if record_id is not None:
            values["record_id"] = record_id
        self._set(entry_id, **values)

    def mark_done(self, entry_id: int, after_json: JSON, new_version: str, created_id: str = "") -> None:
        self._set(entry_id, state=EntryState.DONE, after=_dump(after_json), new_version=new_version,
                  created_id=created_id, error="")

    def mark_failed(self, entry_id: int, error: str) -> None:
        self._set(entry_id, state=EntryState.FAILED, error=error)

    def mark_conflict(self, entry_id: int, error: str, current: JSON | None = None) -> None:
        self._set(entry_id, state=EntryState.CONFLICT, error=error, current=_dump(current or {}))

    def mark_undone(self, entry_id: int) -> None:
        self._set(entry_id, state=EntryState.UNDONE)

    def note_error(self, entry_id: int, error: str) -> None:
        """Record why a SENT entry's outcome is unknown (e.g. the network dropped); the state stays."""
        self._set(entry_id, error=error)

    # ---- reading ---------------------------------------------------------------------------------------
    def _select(self, where: str, args: list[Any], order: str, limit: int | None = None) -> list[StoredEntry]:
        sql = f"SELECT {self._columns} FROM entries e JOIN runs r USING (run_id) {where} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._lock:
            rows = self._db.execute(sql, args).fetchall()
        return [_stored(row) for row in rows]

    def entries(self, run_id: str | None = None, limit: int | None = None) -> list[JournalEntry]:
        """Newest first."""
        where, args = ("WHERE e.run_id = ?", [run_id]) if run_id else ("", [])
        return [s.entry for s in self._select(where, args, "e.id DESC", limit)]

    def run_entries(self, run_id: str) -> list[StoredEntry]:
        """A run's entries in plan order."""
        return self._select("WHERE e.run_id = ?", [run_id], "e.seq, e.id")

    def done_since(self, entry_id: int) -> list[StoredEntry]:
        """Entries after `entry_id` still in place (DONE) from runs that were fixes, not undos; oldest first."""
        return self._select("WHERE e.id > ? AND e.state = ? AND r.kind <> 'undo'", [entry_id, EntryState.DONE],
                            "e.id")

    def stored(self, entry_id: int) -> StoredEntry:
        found = self._select("WHERE e.id = ?", [entry_id], "e.id")
        if not found:
            raise KeyError(entry_id)
        return found[0]

    def change_of(self, entry_id: int) -> Change:
        return self.stored(entry_id).change

    def runs(self, limit: int | None = None) -> list[RunSummary]:
        """Newest first, with the number of entries in each state."""
        sql = "SELECT run_id, at, user, kind, option, invoice_ids, params FROM runs ORDER BY at DESC, rowid DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._lock:
            rows = self._db.execute(sql).fetchall()
            counts: dict[str, dict[EntryState, int]] = {}
            for run_id, state, n in self._db.execute(
                    "SELECT run_id, state, count(*) FROM entries GROUP BY run_id, state"):
                counts.setdefault(run_id, {})[EntryState(state)] = int(n)
        return [RunSummary(r[0], r[1], r[2], r[3], r[4], tuple(json.loads(r[5])), counts.get(r[0], {}),
                           json.loads(r[6])) for r in rows]

    def run(self, run_id: str) -> RunSummary:
        found = next((r for r in self.runs() if r.run_id == run_id), None)
        if found is None:
            raise KeyError(run_id)
        return found

    def unfinished(self) -> list[str]:
        """Runs with entries still PENDING or SENT (a crash or a lost connection interrupted them)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT DISTINCT e.run_id FROM entries e JOIN runs r USING (run_id) WHERE e.state IN (?, ?)"
                " ORDER BY r.at", [EntryState.PENDING, EntryState.SENT]).fetchall()
        return [str(r[0]) for r in rows]

    def unknown(self) -> list[StoredEntry]:
        """Entries sent without a known outcome (SENT), oldest first, across every run."""
        return self._select("WHERE e.state = ?", [EntryState.SENT], "e.id")

    def pushed_invoice(self, hubspot_invoice_id: str) -> str:
        """The QBO Invoice Id a DONE, not undone, push of this HubSpot invoice created; "" if none."""
        with self._lock:
            row = self._db.execute(
                "SELECT created_id FROM entries WHERE action = ? AND state = ? AND created_id <> ''"
                " AND EXISTS (SELECT 1 FROM json_each(entries.invoice_ids) WHERE value = ?) ORDER BY id DESC"
                " LIMIT 1", [Action.PUSH, EntryState.DONE, hubspot_invoice_id]).fetchone()
        return str(row[0]) if row else ""


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (containers, services)
        return "unknown"


def _add_label_json(db: sqlite3.Connection) -> bool:
    """Journals made before labels were messages lack the column: it is added (their entries keep their plain
    text). False when it cannot be (a read-only folder): such a journal is read as plain text throughout."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(entries)")}
    if "label_json" in columns:
        return True
    try:
        db.execute("ALTER TABLE entries ADD COLUMN label_json TEXT NOT NULL DEFAULT ''")
    except sqlite3.OperationalError:
        return False
    return True


def _value(value: Any) -> Any:
    """A field's value as stored: a message (a line in words, say) as its JSON, anything else as it is."""
    return {"message": value.to_json()} if isinstance(value, Message) else value


def _read_value(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"message"} and isinstance(value["message"], dict):
        return Message.from_json(value["message"])
    return value


def _stored(row: tuple[Any, ...]) -> StoredEntry:
    (eid, run_id, seq, at, system, entity, action, record_id, text, fields, body, version, before, invoice_ids,
     request_id, state, error, after, new_version, created_id, current, undo_of, user, kind, option,
     label_json) = row
    label = Message.from_json(json.loads(label_json)) if label_json else verbatim(text)
    field_changes = tuple(FieldChange(Message.from_json(f), _read_value(b), _read_value(a))
                          for f, b, a in json.loads(fields))
    invoices = tuple(json.loads(invoice_ids))
    change = Change(system=system, entity=entity, action=Action(action), record_id=record_id, label=label,
                    fields=field_changes, body=json.loads(body), version=version, before=json.loads(before),
                    invoice_ids=invoices)
    entry = JournalEntry(id=eid, run_id=run_id, at=at, user=user, kind=kind, option=option, system=system,
                         entity=entity, action=Action(action), record_id=created_id or record_id, label=label,
                         fields=field_changes, request_id=request_id, state=EntryState(state), error=error,
                         invoice_ids=invoices, undo_of=undo_of)
    return StoredEntry(entry, change, int(seq), json.loads(after), new_version, created_id, json.loads(current))
