"""Plain words for the errors a bookkeeper can act on that arrive as library exceptions (SQLite, the file
system), so the command line prints one `error: …` line and the window one dialog instead of a traceback.

Anything not recognised here is a bug: it is reported as such, with the details in the log.
"""

from __future__ import annotations

import errno
import sqlite3

from core.errors import UserError

DISK_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG)
NO_PERMISSION = (errno.EACCES, errno.EPERM, errno.EROFS)


def plain(exc: BaseException) -> str | None:
    """A one-sentence explanation of `exc` for the user, or None when it is not something they can act on."""
    if isinstance(exc, UserError):
        return str(exc)
    if isinstance(exc, sqlite3.Error):
        return sqlite_text(exc)
    if isinstance(exc, MemoryError):
        return ("Sync Doctor ran out of memory. Close other programs and try again; nothing was changed in the "
                "local copy.")
    if isinstance(exc, OSError):
        return _os(exc)
    return None


# SQLite's extended result codes for a write the file system refused (a full disk shows up as these too).
_WRITE_FAILED = {sqlite3.SQLITE_IOERR_WRITE, sqlite3.SQLITE_IOERR_FSYNC, sqlite3.SQLITE_IOERR_TRUNCATE,
                 sqlite3.SQLITE_IOERR_SHMSIZE, sqlite3.SQLITE_IOERR_SHMMAP, sqlite3.SQLITE_IOERR_DIR_FSYNC}


def sqlite_text(exc: sqlite3.Error, path: object = None) -> str:
    """Plain words for a SQLite error on one of the local files (`path`, when known)."""
    code = getattr(exc, "sqlite_errorcode", -1)
    primary = code & 0xFF if code >= 0 else -1
    text = str(exc).lower()
    where = f" ({path})" if path else ""
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        return (f"Sync Doctor's local files{where} are in use by another program. Close it (or wait until it "
                "finishes) and try again.")
    if primary == sqlite3.SQLITE_FULL or code in _WRITE_FAILED or "full" in text:
        return (f"Sync Doctor could not write its local files{where}: the disk is full (or the file may not grow). "
                "Free some space and try again; nothing was changed.")
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM) or "readonly" in text:
        return (f"Sync Doctor may not write to its data folder{where} (read-only, or no permission). Check the "
                "folder's permissions, or set SYNCDOCTOR_HOME to a folder you can write to.")
    if is_damage(exc):
        return (f"A local file{where} is damaged. Nothing in HubSpot or QuickBooks is affected. A damaged "
                "cache.db can be moved aside and rebuilt by a refresh; keep journal.sqlite (the record of every "
                "fix) and contact support if it is the damaged one.")
    return f"Sync Doctor's local files{where} could not be used: {exc}."


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether SQLite found the file itself damaged (not busy, full or forbidden)."""
    code = getattr(exc, "sqlite_errorcode", -1)
    primary = code & 0xFF if code >= 0 else -1
    text = str(exc).lower()
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_FULL) or code in _WRITE_FAILED:
        return False
    return (primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_IOERR)
            or "malformed" in text or "not a database" in text)


def _os(exc: OSError) -> str:
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno in DISK_FULL:
        return f"The disk is full, so Sync Doctor could not save its files{where}. Free some space and try again."
    if exc.errno in NO_PERMISSION:
        return (f"Sync Doctor may not write where it keeps its files{where}. Check the folder's permissions, or set "
                "SYNCDOCTOR_HOME to a folder you can write to.")
    return f"Sync Doctor could not use a file{where}: {exc.strerror or exc}."
