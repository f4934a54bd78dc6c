"""Profiles: one per client company (a HubSpot portal + a QuickBooks company), with what is NOT secret about
their connections, kept in `paths.home()/profiles.json`.

Secrets never come here: refresh tokens and client secrets live in the keyring (core.secrets), access tokens in
memory. Each change is a locked read-modify-write followed by an atomic file replace, so two Sync Doctor windows
never lose each other's changes and a crash never leaves half a file.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from core import paths
from core.auth.filelock import file_lock
from core.errors import ConfigError
from core.i18n import N_, verbatim
from core.types import DEFAULT_HUBSPOT_API

FILE_NAME = "profiles.json"
VERSION = 1
ENVIRONMENTS = ("sandbox", "production")
QBO_API = {"sandbox": "https://sandbox-quickbooks.api.intuit.com", "production": "https://quickbooks.api.intuit.com"}
HUBSPOT_APP = "hubspot"
_NAME_MAX = 60
_TIMES = ("hubspot_connected_at", "qbo_consent_at", "qbo_refreshed_at", "qbo_refresh_expires_at")

# What the window says when a name or the profile list is refused (messages: shown in the window's language).
NO_NAME = N_("Profiles", "Give the client company a name, for example its own name.")
NAME_TOO_LONG = N_("Profiles", "Client company names can be at most {max} characters long.")
UNREADABLE = N_("Profiles", "The profile list ({path}) cannot be read ({error}). Restore it from a backup or delete "
                            "it to start over.")
DAMAGED = N_("Profiles", "The profile list ({path}) is damaged. Delete it to start over.")
NO_SUCH_PROFILE = N_("Profiles", "There is no profile named \"{name}\".")
BAD_ENVIRONMENT = N_("Profiles", "The QuickBooks environment must be sandbox or production.")
NAME_TAKEN = N_("Profiles", "A client company named \"{name}\" already exists. Choose another name.")
NAME_TOO_CLOSE = N_("Profiles", "\"{name}\" is too close to the name of another client company. Choose another.")
FOLDER_TAKEN = N_("Profiles", "A folder for \"{name}\" already exists in {folder}. Choose another.")
WARN_DAYS = N_("Profiles", "Warn between 1 and 90 days before a connection expires.")


def qbo_app_key(environment: str) -> str:
    """Intuit issues separate development and production keys, so each environment has its own app settings."""
    return f"qbo-{environment}"


@dataclass
class Profile:
    """One client company. Addresses default to the real services; the sandbox overrides them."""

    name: str
    id: str = field(default_factory=lambda: uuid.uuid4().hex)  # stable across renames: keys the keyring entry
    # HubSpot
    hubspot_portal_id: str = ""
    hubspot_auth: str = ""                   # "oauth", "private_app" or "" (not connected)
    hubspot_scopes: list[str] = field(default_factory=list)
    hubspot_api: str = DEFAULT_HUBSPOT_API
    hubspot_oauth_base: str = ""             # "" = HubSpot's own OAuth hosts
    hubspot_connected_at: datetime | None = None
    hubspot_reconnect_needed: bool = False
    # QuickBooks
    qbo_realm: str = ""
    qbo_environment: str = "sandbox"         # "sandbox" (development keys) or "production"
    qbo_api: str = ""                        # "" = the environment's API host
    qbo_oauth_base: str = ""                 # "" = Intuit's own OAuth hosts
    qbo_consent_at: datetime | None = None   # first consent: the 5-year cap counts from here
    qbo_refreshed_at: datetime | None = None
    qbo_refresh_expires_at: datetime | None = None  # what Intuit last reported
    qbo_reconnect_needed: bool = False

    @property
    def qbo_api_base(self) -> str:
        return self.qbo_api or QBO_API.get(self.qbo_environment, QBO_API["production"])

    @property
    def qbo_app(self) -> str:
        return qbo_app_key(self.qbo_environment)

    @property
    def cache_path(self) -> Path:
        return paths.cache_path(self.name)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in _TIMES:
            value = getattr(self, key)
            data[key] = value.isoformat() if value else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Profile:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}  # a newer version's extra keys are ignored
        for key in _TIMES:
            raw = values.get(key)
            values[key] = datetime.fromisoformat(raw) if isinstance(raw, str) and raw else None
        return cls(**values)


@dataclass
class AppSettings:
    """An OAuth app's non-secret settings, entered once per installation (its secret is in the keyring)."""

    client_id: str = ""
    redirect_uri: str = ""  # an HTTPS redirect registered with the app ("" = loopback on this computer)


@dataclass
class _Document:
    current: str | None = None
    profiles: list[Profile] = field(default_factory=list)
    apps: dict[str, AppSettings] = field(default_factory=dict)
    warn_days: int = 14


def check_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ConfigError(NO_NAME)
    if len(cleaned) > _NAME_MAX:
        raise ConfigError(NAME_TOO_LONG.format(max=_NAME_MAX))
    return cleaned


def _same(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


class ProfileStore:
    """profiles.json: the profiles, the current one, app settings. Every call reads the file afresh."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else paths.home() / FILE_NAME
        self._lock_path = self.path.with_name(self.path.name + ".lock")
        if self.path.exists():  # a file from before modes were enforced: make it private now
            paths.private_file(self.path)

    # --- reading ---------------------------------------------------------------------------------------
    def _read(self) -> _Document:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return _Document()
        except (OSError, ValueError) as err:
            raise ConfigError(UNREADABLE.format(path=str(self.path), error=type(err).__name__)) from None
        damaged = ConfigError(DAMAGED.format(path=str(self.path)))
        if not isinstance(raw, dict):
            raise damaged
        try:
            doc = _Document(
                current=raw.get("current"),
                profiles=[Profile.from_json(p) for p in raw.get("profiles", []) if isinstance(p, dict)],
                apps={k: AppSettings(**{f.name: v.get(f.name, "") for f in fields(AppSettings)})
                      for k, v in (raw.get("apps") or {}).items() if isinstance(v, dict)},
                warn_days=int(raw.get("warn_days", 14)),
            )
        except (TypeError, ValueError, AttributeError):   # right JSON, wrong shapes: {"profiles": 5}
            raise damaged from None
        if not all(isinstance(p.name, str) for p in doc.profiles) or not isinstance(doc.current, str | None):
            raise damaged
        return doc

    def _write(self, doc: _Document) -> None:
        data = {"version": VERSION, "current": doc.current, "warn_days": doc.warn_days,
                "profiles": [p.to_json() for p in doc.profiles],
                "apps": {k: asdict(v) for k, v in sorted(doc.apps.items())}}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # mkstemp creates the file 0600, and os.replace keeps that mode: profiles.json is never readable by others.
        fd, tmp = tempfile.mkstemp(prefix=".profiles-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out, indent=2, ensure_ascii=False)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)  # atomic: readers see the old file or the new one, never half
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    @contextmanager
    def _editing(self) -> Iterator[_Document]:
        with file_lock(self._lock_path, timeout=10):
            doc = self._read()
            yield doc
            self._write(doc)

    # --- profiles --------------------------------------------------------------------------------------
    def all(self) -> list[Profile]:
        return self._read().profiles

    def names(self) -> list[str]:
        return [p.name for p in self.all()]

    def get(self, name: str) -> Profile:
        for profile in self.all():
            if _same(profile.name, name):
                return profile
        raise ConfigError(NO_SUCH_PROFILE.format(name=verbatim(name)))

    def current(self) -> Profile | None:
        """The profile last switched to (or the first one), None when there is none."""
        doc = self._read()
        for profile in doc.profiles:
            if doc.current is not None and _same(profile.name, doc.current):
                return profile
        return doc.profiles[0] if doc.profiles else None

    def add(self, profile: Profile) -> Profile:
        profile = replace(profile, name=check_name(profile.name))
        if profile.qbo_environment not in ENVIRONMENTS:
            raise ConfigError(BAD_ENVIRONMENT)
        with self._editing() as doc:
            if any(_same(p.name, profile.name) for p in doc.profiles):
                raise ConfigError(NAME_TAKEN.format(name=profile.name))
            if any(_safe(p.name) == _safe(profile.name) for p in doc.profiles):
                raise ConfigError(NAME_TOO_CLOSE.format(name=profile.name))
            doc.profiles.append(profile)
            if doc.current is None:
                doc.current = profile.name
        return profile

    def update(self, name: str, change: Callable[[Profile], Profile] | None = None, **values: Any) -> Profile:
        """Save changed non-secret fields of a profile (the name stays; use rename for that)."""
        with self._editing() as doc:
            for index, profile in enumerate(doc.profiles):
                if _same(profile.name, name):
                    updated = change(profile) if change is not None else profile
                    updated = replace(updated, name=profile.name, id=profile.id, **values)
                    doc.profiles[index] = updated
                    return updated
        raise ConfigError(NO_SUCH_PROFILE.format(name=verbatim(name)))

    def rename(self, old: str, new: str) -> Profile:
        """Rename a profile; its cache folder moves with it (keyring entries are keyed by id, not name)."""
        new = check_name(new)
        with self._editing() as doc:
            target = next((p for p in doc.profiles if _same(p.name, old)), None)
            if target is None:
                raise ConfigError(NO_SUCH_PROFILE.format(name=verbatim(old)))
            if any(p is not target and (_same(p.name, new) or _safe(p.name) == _safe(new)) for p in doc.profiles):
                raise ConfigError(NAME_TAKEN.format(name=new))
            old_dir, new_dir = paths.profile_dir(target.name), paths.home() / "profiles" / _safe(new)
            if old_dir != new_dir:
                if new_dir.exists() and any(new_dir.iterdir()):
                    raise ConfigError(FOLDER_TAKEN.format(name=new, folder=str(new_dir.parent)))
                shutil.rmtree(new_dir, ignore_errors=True)
                old_dir.rename(new_dir)
            if doc.current is not None and _same(doc.current, target.name):
                doc.current = new
            renamed = replace(target, name=new)
            doc.profiles[doc.profiles.index(target)] = renamed
        return renamed

    def remove(self, name: str, delete_cache: bool = True) -> Profile:
        """Forget a profile (disconnect it first: that clears its keyring entries)."""
        with self._editing() as doc:
            target = next((p for p in doc.profiles if _same(p.name, name)), None)
            if target is None:
                raise ConfigError(NO_SUCH_PROFILE.format(name=verbatim(name)))
            doc.profiles.remove(target)
            if doc.current is not None and _same(doc.current, target.name):
                doc.current = doc.profiles[0].name if doc.profiles else None
        if delete_cache:
            shutil.rmtree(paths.home() / "profiles" / _safe(target.name), ignore_errors=True)
        return target

    def switch(self, name: str) -> Profile:
        with self._editing() as doc:
            target = next((p for p in doc.profiles if _same(p.name, name)), None)
            if target is None:
                raise ConfigError(NO_SUCH_PROFILE.format(name=verbatim(name)))
            doc.current = target.name
        return target

    # --- installation-wide settings ----------------------------------------------------------------------
    def app(self, key: str) -> AppSettings:
        """An OAuth app's settings (`hubspot`, `qbo-sandbox`, `qbo-production`); empty when never entered."""
        return self._read().apps.get(key, AppSettings())

    def set_app(self, key: str, settings: AppSettings) -> None:
        with self._editing() as doc:
            doc.apps[key] = settings

    @property
    def warn_days(self) -> int:
        return self._read().warn_days

    def set_warn_days(self, days: int) -> None:
        if not 1 <= days <= 90:
            raise ConfigError(WARN_DAYS)
        with self._editing() as doc:
            doc.warn_days = days


def _safe(name: str) -> str:
    """The folder name core.paths uses for a profile (two names may not share one)."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("._") or "default"
