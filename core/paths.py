"""Where Sync Doctor keeps its files: SYNCDOCTOR_HOME, else the per-OS user data folder.

On POSIX the data folder, `profiles/` and each profile folder are private to the user (0700), and the files
that hold company data (caches, journals, the log, profiles.json) are 0600, whatever the umask. Folders and
files that already exist are tightened when they are next used. On Windows the user profile's ACLs already
keep other users out, so modes are left alone there.
"""

from __future__ import annotations

import logging
import os
import re
import stat
from pathlib import Path

import platformdirs

from core.errors import ConfigError
from core.i18n import N_

log = logging.getLogger(__name__)

APP_NAME = "SyncDoctor"
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
POSIX = os.name == "posix"
DIR_MODE = 0o700
FILE_MODE = 0o600


# What Sync Doctor itself keeps directly in its data folder (besides ".profiles-*" temporary files).
OWN_ENTRIES = frozenset({"profiles", "profiles.json", "profiles.json.lock", "logs", "locks", "settings.ini",
                         "settings.ini.lock"})


BAD_HOME_NAME = N_("Settings", "The data folder {folder} has a name that is not valid text (UTF-8). Set "
                               "SYNCDOCTOR_HOME to a folder whose name is.")


def home() -> Path:
    """The data folder (created on first use, private to the user). An existing folder that holds anything else
    (SYNCDOCTOR_HOME=/ or /tmp or $HOME, run as root) is used as it is: making it 0700 would lock everyone else out
    of it. Sync Doctor's own folders and files inside it are private all the same."""
    env = os.environ.get("SYNCDOCTOR_HOME")
    path = Path(env) if env else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    try:
        str(path).encode("utf-8")   # SQLite takes UTF-8 names: bytes that are not (LANG=C, a Latin-1 disk) fail late
    except UnicodeEncodeError:
        shown = str(path).encode("utf-8", "backslashreplace").decode("ascii", "replace")
        raise ConfigError(BAD_HOME_NAME.format(folder=shown)) from None
    if path.is_dir() and not _only_ours(path):
        return path
    return private_dir(path)


def _only_ours(folder: Path) -> bool:
    try:
        return all(name in OWN_ENTRIES or name.startswith(".profiles-") for name in os.listdir(folder))
    except OSError:   # unreadable: private_dir says so as before
        return True


def profile_dir(profile: str) -> Path:
    """One folder per profile (client company); the name is reduced to safe file-name characters."""
    return private_dir(private_dir(home() / "profiles") / folder_name(profile))


def folder_name(profile: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", profile).strip("._") or "default"


def cache_path(profile: str) -> Path:
    return profile_dir(profile) / "cache.db"


def private_dir(path: Path) -> Path:
    """`path` as a folder only its owner can enter (0700 on POSIX), created with its parents if missing."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    _tighten(path, DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """`path` as a file only its owner can read (0600 on POSIX): created empty if missing — never readable by
    others, not even for a moment — else its mode is tightened. The folder must exist."""
    if POSIX:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        except FileExistsError:
            _tighten(path, FILE_MODE)
        else:
            os.close(fd)
            _tighten(path, FILE_MODE)  # the umask may have taken bits away, never added: this is exact
    else:
        path.touch(exist_ok=True)
    return path


def _tighten(path: Path, mode: int) -> None:
    if not POSIX:
        return
    try:
        if stat.S_IMODE(path.stat().st_mode) != mode:
            os.chmod(path, mode)
    except OSError as err:  # e.g. a folder owned by someone else: still usable, but say so
        log.warning("Could not make %s private (%s)", path, type(err).__name__)


def scenario_path(name: str) -> Path:
    """A bundled scenario by name (`demo`), or a file path as given."""
    bundled = RESOURCES / "scenarios" / f"{name}.json"
    return bundled if bundled.exists() else Path(name)

