"""Intuit refresh-token rotation, safe across threads and processes.

Intuit may return a new refresh token on any refresh and invalidates the old one (the sandbox does so on every
refresh). Two Sync Doctor processes refreshing at once with the same old token would leave one of them with
`invalid_grant`, so each refresh holds a per-account file lock, re-reads the newest token from the store inside
it, and saves the rotated token before letting go (QBO_API.md §9).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import requests

from core.auth.filelock import file_lock
from core.errors import ApiError, AuthError, ConfigError, MalformedReplyError, NetworkError
from core.secrets import TokenStore

log = logging.getLogger(__name__)

PROVIDER = "qbo"
RECONNECT = "QuickBooks needs you to reconnect: the saved connection was refused. Connect QuickBooks again."


def lock_path(lock_dir: Path, account: str) -> Path:
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", account).strip("._") or "default"
    return lock_dir / f"{PROVIDER}-{safe}.lock"


def refresh_qbo(store: TokenStore, account: str, token_url: str, client_id: str, client_secret: str,
                lock_dir: Path, timeout: float = 30.0) -> str:
    """Exchange the newest saved refresh token for a fresh access token; save the rotated refresh token."""
    with file_lock(lock_path(Path(lock_dir), account)):
        refresh_token = store.get_refresh_token(PROVIDER, account)  # re-read inside the lock: it may have rotated
        if not refresh_token:
            raise AuthError("QuickBooks needs you to reconnect: no saved connection was found. Connect QuickBooks.")
        try:
            reply = requests.post(token_url, data={"grant_type": "refresh_token", "refresh_token": refresh_token},
                                  auth=(client_id, client_secret), headers={"Accept": "application/json"},
                                  timeout=timeout)
        except requests.RequestException as err:
            raise NetworkError(f"Could not reach QuickBooks to renew the connection ({type(err).__name__}). "
                               "Check your internet connection and try again.") from None
        body = _json(reply)
        if reply.status_code != 200:
            error = str(body.get("error", "")) if body else ""
            if error == "invalid_grant":
                log.info("QBO refresh for %s refused: invalid_grant", account)
                raise AuthError(RECONNECT)
            if error == "invalid_client" or reply.status_code == 401:
                raise ConfigError("QuickBooks did not accept this app's client id and secret. "
                                  "Check the app settings.")
            code = error or "no error code"
            raise ApiError(f"QuickBooks answered {reply.status_code} when renewing the connection ({code}).",
                           reply.status_code, code=error)
        access = body.get("access_token") if body else None
        rotated = body.get("refresh_token") if body else None
        if not isinstance(access, str) or not access or not isinstance(rotated, str) or not rotated:
            raise MalformedReplyError("QuickBooks answered the token renewal without the expected tokens.",
                                      reply.status_code)
        store.set_refresh_token(PROVIDER, account, rotated)  # saved before the lock is released
        store.set_access_token(PROVIDER, account, access)
        log.info("QBO connection for %s renewed (refresh token %s)", account,
                 "rotated" if rotated != refresh_token else "unchanged")
        return access


def _json(reply: requests.Response) -> dict[str, object] | None:
    try:
        data = reply.json()
    except ValueError:
        return None
    return data if isinstance(data, dict) else None
