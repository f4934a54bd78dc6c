"""What one window works on: a profile's cache, how to reach the services, and the sandbox it may own.

No Qt here: app.py builds a Session, the window only reads it, and closing it stops the sandbox.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from core import paths

if TYPE_CHECKING:
    import core.app as core_app
    from core.auth.connect import Connections
    from core.sandbox.server import Sandbox

DEMO_PROFILE = "demo"
DEFAULT_PROFILE = "default"


@dataclass
class Session:
    profile: str
    db_path: Path
    endpoints: core_app.Endpoints | None   # None = offline: show the cache, refresh is unavailable
    sandbox: Sandbox | None = None         # owned: stopped by close()

    @property
    def online(self) -> bool:
        return self.endpoints is not None

    def close(self) -> None:
        """Stop what the session owns. Idempotent: window close and app exit both call it."""
        sandbox, self.sandbox = self.sandbox, None
        if sandbox is not None:
            sandbox.stop()


def welcome_session() -> Session:
    """What the first-run window stands on: no company yet, nothing to load."""
    return Session(DEFAULT_PROFILE, paths.home() / "profiles" / DEFAULT_PROFILE / "cache.db", None)


def demo_session() -> Session:
    """The embedded sandbox with the demo company, started; its own cache so real profiles stay untouched."""
    from core.sandbox.server import Sandbox  # werkzeug and the scenario only load for the demo

    sandbox = Sandbox(DEMO_PROFILE).start()
    return Session(DEMO_PROFILE, paths.cache_path(DEMO_PROFILE), sandbox.endpoints(), sandbox)


def env_session(profile: str | None) -> Session:
    """Settings from the environment; without any, the profile's cache offline.
    A ConfigError (half-set variables) propagates: the caller shows it."""
    import core.app as core_app  # requests and the rules: not on the start path

    return replace(offline_session(profile), endpoints=core_app.endpoints_from_env())


def offline_session(profile: str | None) -> Session:
    name = profile or DEFAULT_PROFILE
    return Session(name, paths.cache_path(name), None)


def profile_session(profile_name: str, connections: Connections | None = None) -> Session:
    """A saved profile's session: its cache, its addresses, and fresh access tokens from the keyring.

    Refreshing tokens is network work: call this off the GUI thread (a TaskBridge job). Errors propagate as
    UserErrors (ReconnectNeeded, NetworkError, KeyringLockedError, ConfigError when a service is not connected);
    the caller shows them and falls back to offline_session(profile_name)."""
    from core.auth.connect import Connections  # keyring and requests-oauthlib load only for real profiles

    conn = connections if connections is not None else Connections()
    profile = conn.profiles.get(profile_name)
    conn.check_keyring()
    return Session(profile.name, profile.cache_path, conn.endpoints(profile.name))
