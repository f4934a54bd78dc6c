"""Plain words for the errors a bookkeeper can act on that arrive as library exceptions (SQLite, the file
system), so the command line prints one `error: …` line and the window one dialog instead of a traceback.

Anything not recognised here is a bug: it is reported as such, with the details in the log.

The words are messages (core.i18n), so the window shows them in its language (`plain_message`,
`sqlite_message`); `plain` and `sqlite_text` give the English text the command line prints.
"""

from __future__ import annotations

import errno
import sqlite3

from core.errors import UserError
from core.i18n import N_, Message, verbatim

DISK_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG)
NO_PERMISSION = (errno.EACCES, errno.EPERM, errno.EROFS)


def plain(exc: BaseException) -> str | None:
    """A one-sentence explanation of `exc` for the user (English), or None when it is not something they can
    act on."""
    message = plain_message(exc)
    return None if message is None else str(message)


def plain_message(exc: BaseException) -> Message | None:
    """plain() as a message, for a reader in any language."""
    if isinstance(exc, UserError):
        return exc.message
    if isinstance(exc, sqlite3.Error):
        return sqlite_message(exc)
    if isinstance(exc, MemoryError):
        return OUT_OF_MEMORY
    if isinstance(exc, OSError):
        return _os(exc)
    return None


OUT_OF_MEMORY = N_("Errors", "Sync Doctor ran out of memory. Close other programs and try again; nothing was "
                             "changed in the local copy.")
# {where} is " (the file's path)" or nothing; it follows the word it explains, without a space before it.
IN_USE = N_("Errors", "Sync Doctor's local files{where} are in use by another program. Close it (or wait until "
                      "it finishes) and try again.")
DISK_FULL_WRITE = N_("Errors", "Sync Doctor could not write its local files{where}: the disk is full (or the file "
                               "may not grow). Free some space and try again; nothing was changed.")
READ_ONLY = N_("Errors", "Sync Doctor may not write to its data folder{where} (read-only, or no permission). "
                         "Check the folder's permissions, or set SYNCDOCTOR_HOME to a folder you can write to.")
DAMAGED = N_("Errors", "A local file{where} is damaged. Nothing in HubSpot or QuickBooks is affected. A damaged "
                       "cache.db can be moved aside and rebuilt by a refresh; keep journal.sqlite (the record of "
                       "every fix) and contact support if it is the damaged one.")
UNUSABLE = N_("Errors", "Sync Doctor's local files{where} could not be used: {reason}.")
OS_DISK_FULL = N_("Errors", "The disk is full, so Sync Doctor could not save its files{where}. Free some space and "
                            "try again.")
OS_NO_PERMISSION = N_("Errors", "Sync Doctor may not write where it keeps its files{where}. Check the folder's "
                                "permissions, or set SYNCDOCTOR_HOME to a folder you can write to.")
OS_OTHER = N_("Errors", "Sync Doctor could not use a file{where}: {reason}.")


def _where(path: object) -> Message:
    # verbatim: an empty one renders as nothing (a plain "" argument would render as a dash)
    return verbatim(f" ({path})" if path else "")


# SQLite's extended result codes for a write the file system refused (a full disk shows up as these too).
_WRITE_FAILED = {sqlite3.SQLITE_IOERR_WRITE, sqlite3.SQLITE_IOERR_FSYNC, sqlite3.SQLITE_IOERR_TRUNCATE,
                 sqlite3.SQLITE_IOERR_SHMSIZE, sqlite3.SQLITE_IOERR_SHMMAP, sqlite3.SQLITE_IOERR_DIR_FSYNC}


def sqlite_text(exc: sqlite3.Error, path: object = None) -> str:
    """Plain words for a SQLite error on one of the local files (`path`, when known), in English."""
    return str(sqlite_message(exc, path))


def sqlite_message(exc: sqlite3.Error, path: object = None) -> Message:
    """sqlite_text() as a message, for a reader in any language."""
    code = getattr(exc, "sqlite_errorcode", -1)
    primary = code & 0xFF if code >= 0 else -1
    text = str(exc).lower()
    where = _where(path)
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        return IN_USE.format(where=where)
    if primary == sqlite3.SQLITE_FULL or code in _WRITE_FAILED or "full" in text:
        return DISK_FULL_WRITE.format(where=where)
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM) or "readonly" in text:
        return READ_ONLY.format(where=where)
    if is_damage(exc):
        return DAMAGED.format(where=where)
    return UNUSABLE.format(where=where, reason=verbatim(str(exc)))   # SQLite's own words: never translated


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether SQLite found the file itself damaged (not busy, full or forbidden)."""
    code = getattr(exc, "sqlite_errorcode", -1)
    primary = code & 0xFF if code >= 0 else -1
    text = str(exc).lower()
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_FULL) or code in _WRITE_FAILED:
        return False
    return (primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_IOERR)
            or "malformed" in text or "not a database" in text)


def _os(exc: OSError) -> Message:
    where = _where(exc.filename)
    if exc.errno in DISK_FULL:
        return OS_DISK_FULL.format(where=where)
    if exc.errno in NO_PERMISSION:
        return OS_NO_PERMISSION.format(where=where)
    return OS_OTHER.format(where=where, reason=verbatim(str(exc.strerror or exc)))
