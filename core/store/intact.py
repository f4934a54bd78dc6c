"""Read the whole cache through once before a command relies on it, but only when it may have changed.

SQLite's quick_check reads every page (0.4 s at 100k invoices): worth it once after anything else touched the
file, wasted when the file is exactly as this app last left it. A small side file keeps the size and modification
time (in nanoseconds) of the cache and its WAL as the app last saw them intact; damage from outside (a disk fault,
a copy cut short, another program) changes one of them, so it is checked again.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from core.paths import private_file
from core.store.db import check_intact, open_db

Fingerprint = list[list[int] | None]


def _mark(path: Path) -> Path:
    return path.with_name(path.name + ".intact")


def fingerprint(path: Path) -> Fingerprint:
    out: Fingerprint = []
    for part in (path, Path(f"{path}-wal")):
        try:
            st = part.stat()
        except FileNotFoundError:
            out.append(None)
        else:
            out.append([st.st_size, st.st_mtime_ns])
    return out


def verify(path: Path) -> None:
    """CacheError (DamagedCache) when the cache at `path` is damaged; reads it through only if it changed since
    the app last vouched for it."""
    if not path.exists():
        return
    mark = _mark(path)
    with contextlib.suppress(OSError, ValueError):
        if json.loads(mark.read_text(encoding="utf-8")) == fingerprint(path):
            return
    db = open_db(path)
    try:
        check_intact(db, path)
    finally:
        db.close()
    vouch(path)


def vouch(path: Path) -> None:
    """Record the cache as intact as it is now: called after a check, or after the app's own completed writes to a
    file it had checked (SQLite's writes keep an intact file intact). Closed connections only: a WAL checkpoint
    on close changes the file's time."""
    mark = _mark(path)
    tmp = mark.with_name(mark.name + ".tmp")
    with contextlib.suppress(OSError):
        private_file(tmp)
        tmp.write_text(json.dumps(fingerprint(path)), encoding="utf-8")
        os.replace(tmp, mark)
