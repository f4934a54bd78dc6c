"""Three client companies for the soak: each its own embedded sandbox (the demo company under another name,
portal and realm) over real HTTP, each a saved profile signed in to both services through the real OAuth flows."""

from __future__ import annotations

import copy
import json
import threading
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import requests

from core.auth.connect import Connections
from core.profiles import Profile, ProfileStore, qbo_app_key
from core.sandbox.oauth_store import DEFAULT_APPS
from core.sandbox.scenario import scenario_path
from core.sandbox.server import Sandbox
from core.secrets import TokenStore

NAMES = ("Estudio Brisa LLC", "Borealis Bakery", "Cedar & Stone Co")


def _follow_consent(url: str) -> None:
    """The user's browser: the sandbox approves at once and redirects to the app's loopback listener."""
    def visit() -> None:
        reply = requests.get(url, allow_redirects=False, timeout=10)
        if reply.status_code == 302:
            requests.get(reply.headers["Location"], timeout=10)

    threading.Thread(target=visit, name="browser", daemon=True).start()


@dataclass
class Companies:
    connections: Connections
    sandboxes: dict[str, Sandbox]   # profile name -> its company's sandbox

    @property
    def names(self) -> list[str]:
        return list(self.sandboxes)

    def close(self, store: TokenStore) -> None:
        """Stop the sandboxes and forget every login and app secret (a real keychain is left as it was)."""
        for name, sandbox in self.sandboxes.items():
            profile = self.connections.profiles.get(name)
            for provider in ("hubspot", "qbo"):
                account = self.connections.account(profile, provider)
                if account:
                    store.delete_refresh_token(provider, account)
            sandbox.stop()
        for key, app in (("hubspot", DEFAULT_APPS["hubspot"]), (qbo_app_key("sandbox"), DEFAULT_APPS["intuit"])):
            with suppress(Exception):   # already gone: nothing to leave behind
                store.delete_client_secret(key, app["client_id"])


def open_companies(store: TokenStore, lock_dir: Path, names: tuple[str, ...] = NAMES) -> Companies:
    """Start one sandbox per company, save a profile for each and sign it in to HubSpot and QuickBooks."""
    with open(scenario_path("demo"), encoding="utf-8") as fh:
        demo = json.load(fh)
    connections = Connections(ProfileStore(), store, lock_dir=lock_dir)
    connections.save_app_credentials("hubspot", DEFAULT_APPS["hubspot"]["client_id"],
                                     DEFAULT_APPS["hubspot"]["client_secret"])
    connections.save_app_credentials(qbo_app_key("sandbox"), DEFAULT_APPS["intuit"]["client_id"],
                                     DEFAULT_APPS["intuit"]["client_secret"])
    sandboxes: dict[str, Sandbox] = {}
    for n, name in enumerate(names):
        data = copy.deepcopy(demo)
        data["name"] = name
        data["hubspot"]["portal_id"] = str(int(data["hubspot"].get("portal_id", "24681357")) + n)
        data["qbo"]["realm"] = str(int(data["qbo"].get("realm", "9130357992221046")) + n)
        sandbox = sandboxes[name] = Sandbox(data).start()
        url = sandbox.base_url
        connections.profiles.add(Profile(name, hubspot_api=url, hubspot_oauth_base=url, qbo_api=url,
                                         qbo_oauth_base=url, qbo_environment="sandbox"))
        connections.connect_hubspot(name, _follow_consent, timeout=20)
        connections.connect_qbo(name, _follow_consent, timeout=20)
    connections.profiles.switch(names[0])
    return Companies(connections, sandboxes)
