"""Client companies as a bookkeeper manages them: add one (set up for the firm's apps), remove one with
everything Sync Doctor kept for it. Renaming and switching are core.profiles' own (ProfileStore)."""

from __future__ import annotations

import contextlib
import logging
import shutil
from dataclasses import dataclass

from core import paths
from core.auth import app_file
from core.auth.connect import Connections, Disconnected
from core.auth.oauth import HUBSPOT, QBO
from core.auth.rotation import lock_path
from core.i18n import Message
from core.profiles import Profile

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Removed:
    name: str
    notes: list[Message]   # what the services could not be told (their connected-apps settings may still list it)


def new_profile(conn: Connections, name: str) -> Profile:
    """Save a new client company, set up for the firm's apps (core.auth.app_file): QuickBooks production keys
    unless the firm's file chose development keys, and the services' own hosts unless it named others."""
    apps = app_file.firm_apps()
    hubspot, qbo = apps.get("hubspot"), apps.get("quickbooks")
    profile = Profile(name, qbo_environment=qbo.environment if qbo is not None else "production")
    if hubspot is not None:
        profile.hubspot_oauth_base = hubspot.oauth_base
        profile.hubspot_api = hubspot.api_base or profile.hubspot_api
    if qbo is not None:
        profile.qbo_oauth_base, profile.qbo_api = qbo.oauth_base, qbo.api_base
    return conn.profiles.add(profile)


def remove_profile(conn: Connections, name: str) -> Removed:
    """Forget a client company: its connections (told to the services when they can be reached), its keyring
    entries, its data folder (cache, journal and their -wal/-shm files) and its lock files. A QuickBooks company
    another profile also uses keeps its shared connection. Network: run off the GUI thread."""
    profile = conn.profiles.get(name)
    others = [p for p in conn.profiles.all() if p.id != profile.id]
    shared_realm = bool(profile.qbo_realm) and any(p.qbo_realm == profile.qbo_realm for p in others)
    notes: list[Message] = []
    for key, connected in ((HUBSPOT, bool(profile.hubspot_auth)), (QBO, bool(profile.qbo_realm) and
                                                                   not shared_realm)):
        if connected:
            result: Disconnected = conn.disconnect(profile.name, key)
            if result.note is not None:
                notes.append(result.note)
    conn.store.delete_refresh_token(HUBSPOT, profile.id)   # also when a half-made connection left one behind
    if profile.qbo_realm and not shared_realm:
        conn.store.delete_refresh_token(QBO, profile.qbo_realm)
    conn.profiles.remove(profile.name, delete_cache=False)
    folder = paths.home() / "profiles" / paths.profile_dir(profile.name).name
    shutil.rmtree(folder, ignore_errors=True)
    locks = [lock_path(conn.lock_dir, profile.id, HUBSPOT)]
    if profile.qbo_realm and not shared_realm:
        locks.append(lock_path(conn.lock_dir, profile.qbo_realm, QBO))
    for lock in locks:
        with contextlib.suppress(OSError):
            lock.unlink(missing_ok=True)
    log.info("client company %s removed", profile.name)
    return Removed(profile.name, notes)
