"""Move a damaged cache out of the way so the next refresh rebuilds it from both systems.

The cache is only a copy of HubSpot and QuickBooks, so a damaged one loses nothing that a refresh cannot bring
back; it is renamed rather than deleted so support can still look at it. The journal of fixes is a separate file
and is never touched here.
"""

from __future__ import annotations

import time
from pathlib import Path

from core import writer_lock
from core.errors import UserError
from core.i18n import N_, verbatim

SIDE_FILES = ("-wal", "-shm", "-journal")   # SQLite's companions: they belong to the damaged file
# {path} is the cache file; {reason} the system's own words, shown as they are.
NOT_MOVED = N_("Cache", "The damaged local copy {path} could not be moved aside ({reason}). Close other programs "
                        "using it, or move it by hand, then refresh.")


def set_aside(db_path: Path) -> Path:
    """Rename `db_path` (and its companions) to `<name>.damaged-<time>`; returns the new path of the main file.
    Holds the profile's writer lock, so no refresh or fix is writing while the file moves."""
    db_path = Path(db_path)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.stem}.damaged-{stamp}{db_path.suffix}")
    with writer_lock.hold(db_path.parent, "set aside a damaged cache"):
        try:
            for suffix in SIDE_FILES:
                side = Path(f"{db_path}{suffix}")
                if side.exists():
                    side.rename(Path(f"{target}{suffix}"))
            if db_path.exists():
                db_path.rename(target)
        except OSError as exc:
            raise UserError(NOT_MOVED.format(path=str(db_path), reason=verbatim(str(exc.strerror or exc)))) from exc
    return target
