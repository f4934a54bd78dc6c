"""The firm's OAuth apps, from the build or from a file the firm's administrator hands out (README: "Connect your
own companies").

A bookkeeper should never type a client id: the apps are registered once per firm with HubSpot and Intuit, and
their settings reach each computer in `oauth-apps.json`. Looked for, first found wins:
1. the file named by SYNCDOCTOR_OAUTH_APPS;
2. `oauth-apps.json` in the data folder (core.paths.home());
3. `resources/oauth-apps.json` shipped in the build.

    {
      "hubspot":    {"client_id": "…", "client_secret": "…"},
      "quickbooks": {"client_id": "…", "client_secret": "…", "environment": "production",
                     "redirect_uri": "https://…/callback"}
    }

`environment` is "production" (the default: real companies) or "sandbox" (Intuit development keys).
`redirect_uri` is needed only for production keys (Intuit accepts a localhost redirect for development keys
only). `loopback_port` (a number) fixes the port of the `http://localhost:PORT/callback` redirect registered with
the provider; without it a free port is used (for providers that accept any localhost port). Optional
`oauth_base` / `api_base` point a service at other hosts, e.g. `main.py sandbox` for training.
Keys typed under the Connect dialog's "Advanced" win over the file.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core import paths
from core.auth import words
from core.errors import ConfigError
from core.i18n import Message

ENV_VAR = "SYNCDOCTOR_OAUTH_APPS"
FILE_NAME = "oauth-apps.json"
SERVICES = ("hubspot", "quickbooks")


@dataclass(frozen=True)
class FirmApp:
    """One service's app as the firm set it up."""

    client_id: str
    client_secret: str
    redirect_uri: str = ""
    environment: str = "production"   # QuickBooks only
    oauth_base: str = ""
    api_base: str = ""
    loopback_port: int = 0            # the port of the registered http://localhost:PORT/callback (0 = any free one)


def candidates() -> list[Path]:
    found = [Path(env)] if (env := os.environ.get(ENV_VAR)) else []
    return [*found, paths.home() / FILE_NAME, paths.RESOURCES / FILE_NAME]


def location() -> Path | None:
    """The file in use, None when there is none."""
    return next((p for p in candidates() if p.is_file()), None)


def firm_apps() -> dict[str, FirmApp]:
    """The apps of the file in use, by service ("hubspot", "quickbooks"); {} without a file.
    A file that cannot be read raises ConfigError in words an administrator can act on."""
    path = location()
    if path is None:
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ConfigError(words.FIRM_FILE_UNREADABLE.format(path=str(path), reason=_why(err))) from None
    if not isinstance(raw, dict):
        raise ConfigError(words.FIRM_FILE_FORM.format(path=str(path)))
    return {name: _app(path, name, raw[name]) for name in SERVICES if name in raw}


def _app(path: Path, name: str, data: Any) -> FirmApp:
    port = data.pop("loopback_port", 0) if isinstance(data, dict) else 0
    if not isinstance(port, int) or isinstance(port, bool) or not (port == 0 or 1024 <= port <= 65535):
        raise ConfigError(words.FIRM_BAD_PORT.format(name=name, path=str(path)))
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise ConfigError(words.FIRM_TEXT_ONLY.format(name=name, path=str(path)))
    if not data.get("client_id") or not data.get("client_secret"):
        raise ConfigError(words.FIRM_NO_SECRET.format(name=name, path=str(path)))
    environment = data.get("environment", "production")
    if environment not in ("production", "sandbox"):
        raise ConfigError(words.FIRM_ENVIRONMENT.format(path=str(path)))
    return FirmApp(data["client_id"].strip(), data["client_secret"].strip(), data.get("redirect_uri", "").strip(),
                   environment, data.get("oauth_base", "").strip(), data.get("api_base", "").strip(), port)


def _why(err: BaseException) -> Message:
    if isinstance(err, FileNotFoundError | PermissionError):
        return words.FIRM_FILE_MISSING
    if isinstance(err, ValueError):
        return words.FIRM_FILE_NOT_JSON
    return words.FIRM_FILE_DISK
