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
        return _sqlite(exc)
    if isinstance(exc, MemoryError):
        return ("Sync Doctor ran out of memory. Close other programs and try again; nothing was changed in the "
                "local copy.")
    if isinstance(exc, OSError):
        return _os(exc)
    return None


def _sqlite(exc: sqlite3.Error) -> str:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return ("Sync Doctor's local files are in use by another program. Close it (or wait until it finishes) "
                "and try again.")
    if "full" in text or "too large" in text:
        return "The disk is full, so Sync Doctor could not save its local copy. Free some space and try again."
    if "readonly" in text or "read-only" in text or "permission" in text or "unable to open" in text:
        return ("Sync Doctor may not write to its data folder (read-only or no permission). Check the folder's "
                "permissions, or set SYNCDOCTOR_HOME to a folder you can write to.")
    if "malformed" in text or "not a database" in text or "corrupt" in text or "disk i/o" in text:
        return ("One of Sync Doctor's local files is damaged. Nothing in HubSpot or QuickBooks is affected. Move "
                "the profile's cache.db aside and refresh to rebuild it; keep journal.sqlite (the record of every "
                "fix) and contact support if it is the damaged one.")
    return f"Sync Doctor's local files could not be used: {exc}."


def _os(exc: OSError) -> str:
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno in DISK_FULL:
        return f"The disk is full, so Sync Doctor could not save its files{where}. Free some space and try again."
    if exc.errno in NO_PERMISSION:
        return (f"Sync Doctor may not write where it keeps its files{where}. Check the folder's permissions, or set "
                "SYNCDOCTOR_HOME to a folder you can write to.")
    return f"Sync Doctor could not use a file{where}: {exc.strerror or exc}."
