"""One writer per client company, across threads and processes: refresh, push, apply, finish and undo.

The lock is an OS file lock on `writer.lock` in the profile's folder (filelock: flock on POSIX, LockFileEx on
Windows), so a killed holder releases it with its last file descriptor and no stale lock can survive a crash.
It is re-entrant within one thread (a push holds it while its apply takes it again) and exclusive between
threads of one process as between processes. Who holds it is written to `writer.lock.json` beside it, only to
name the holder in the message a second writer gets after waiting briefly.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import filelock

from core.error_text import NO_PERMISSION, plain_message
from core.errors import UserError, seconds_setting
from core.i18n import N_, Message, verbatim

LOCK_FILE = "writer.lock"
OWNER_FILE = "writer.lock.json"
WAIT = seconds_setting("SYNCDOCTOR_LOCK_WAIT", 5.0)   # seconds a second writer waits before giving up

_held = threading.local()   # folder -> depth held by this thread, so re-entry does not touch the owner file


class Busy(UserError):
    """Another Sync Doctor process or task is writing to the same client company."""


# {who} is one of the three phrases after it; {what} one of ACTIVITIES (read from the owner file).
BUSY = N_("Lock", "This client company is busy: {who} is writing to it. Wait until it finishes, then try again.")
OTHER_PROCESS = N_("Lock", "process {pid} ({what}, since {since})")
THIS_WINDOW = N_("Lock", "another task of this window ({what})")
SOMEONE = N_("Lock", "another Sync Doctor process")
ACTIVITIES = {"refresh": N_("Lock", "refresh"), "push": N_("Lock", "push"), "apply": N_("Lock", "apply"),
              "finish": N_("Lock", "finish"), "set aside a damaged cache": N_("Lock", "set aside a damaged cache"),
              "working": N_("Lock", "working")}
NO_LOCK = N_("Lock", "Sync Doctor cannot lock the folder {folder} ({reason}). Check that it exists and that you "
                     "may write to it.")


@contextmanager
def hold(folder: Path, what: str, wait: float | None = None) -> Iterator[None]:
    """Hold the profile folder's writer lock for `what` ("refresh", "push", "apply", …); Busy after `wait` s."""
    folder = Path(folder)
    key = str(folder.resolve())
    depth: dict[str, int] = getattr(_held, "depth", None) or {}
    _held.depth = depth
    lock = filelock.FileLock(folder / LOCK_FILE, is_singleton=True, mode=0o600)
    try:
        lock.acquire(timeout=WAIT if wait is None else wait)
    except filelock.Timeout:
        raise Busy(_busy_message(folder)) from None
    except OSError as exc:
        if exc.errno in NO_PERMISSION:   # a read-only or foreign folder: the same words as any refused write
            raise UserError(plain_message(exc) or str(exc)) from exc
        raise UserError(NO_LOCK.format(folder=str(folder), reason=verbatim(str(exc.strerror or exc)))) from exc
    first = depth.get(key, 0) == 0
    depth[key] = depth.get(key, 0) + 1
    try:
        if first:
            _write_owner(folder, what)
        yield
    finally:
        depth[key] -= 1
        if depth[key] == 0:
            del depth[key]
            with contextlib.suppress(OSError):
                (folder / OWNER_FILE).unlink()
        lock.release()


def _write_owner(folder: Path, what: str) -> None:
    owner = {"pid": os.getpid(), "what": what, "since": time.strftime("%H:%M:%S"), "host": socket.gethostname(),
             "command": " ".join(os.path.basename(a) for a in sys.argv[:2])}
    with contextlib.suppress(OSError):   # only ever used to word a message
        path = folder / OWNER_FILE
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(owner, fh)


def _busy_message(folder: Path) -> Message:
    who: Message
    try:
        owner = json.loads((folder / OWNER_FILE).read_text(encoding="utf-8"))
        what = _activity(owner.get("what", "working"))
        # the pid as text: a number would be grouped ("12,345") and no longer match ps or the task manager
        who = (OTHER_PROCESS.format(pid=str(int(owner["pid"])), what=what, since=verbatim(str(owner.get("since", "?"))))
               if owner.get("pid") != os.getpid() else THIS_WINDOW.format(what=what))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        who = SOMEONE
    return BUSY.format(who=who)


def _activity(what: object) -> Message:
    """The holder's activity in the reader's language; one this version does not know is shown as it is."""
    return ACTIVITIES.get(str(what)) or verbatim(str(what))
