"""Refreshing a connection safely across threads and processes, saving a rotated refresh token at once.

Intuit may return a new refresh token on any refresh and invalidates the old one (the sandbox does so on every
refresh). Two Sync Doctor processes refreshing at once with the same old token would leave one of them with
`invalid_grant`, so each refresh holds a per-account file lock, re-reads the newest token from the store inside
it, and saves the rotated token before letting go (QBO_API.md §9). HubSpot's tokens do not rotate, but the same
path stores "whatever comes back" (HUBSPOT_API.md §8.1). The exchange itself is requests-oauthlib's
(core.auth.oauth).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from pathlib import Path

from core.auth import oauth, words
from core.auth.filelock import file_lock
from core.secrets import TokenStore

log = logging.getLogger(__name__)

PROVIDER = oauth.QBO


def lock_path(lock_dir: Path, account: str, provider: str = PROVIDER) -> Path:
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", account).strip("._") or "default"
    return lock_dir / f"{provider}-{safe}.lock"


def refresh_locked(store: TokenStore, provider: oauth.Provider, account: str, creds: oauth.AppCredentials,
                   lock_dir: Path, timeout: float = oauth.TIMEOUT) -> oauth.TokenSet:
    """Exchange the newest saved refresh token for a fresh access token; save the (rotated) refresh token
    before the lock is released. Raises oauth.ReconnectNeeded when the provider refuses the saved token."""
    with file_lock(lock_path(Path(lock_dir), account, provider.key)):
        saved = store.get_refresh_token(provider.key, account)  # re-read inside the lock: it may have rotated
        if not saved:
            raise oauth.ReconnectNeeded(words.NOTHING_SAVED.format(service=provider.label))
        tokens = oauth.refresh(provider, creds, saved, timeout=timeout)
        if tokens.refresh_token != saved:
            store.set_refresh_token(provider.key, account, tokens.refresh_token)
        store.set_access_token(provider.key, account, tokens.access_token, tokens.expires_at)
        log.info("%s connection for %s renewed (refresh token %s)", provider.label, account,
                 "rotated" if tokens.refresh_token != saved else "unchanged")
        return tokens


def refresh_qbo(store: TokenStore, account: str, token_url: str, client_id: str, client_secret: str,
                lock_dir: Path, timeout: float = 30.0) -> str:
    """QuickBooks refresh by token URL; returns the new access token (the rotated refresh token is saved)."""
    provider = replace(oauth.qbo_provider(), token_url=token_url)
    tokens = refresh_locked(store, provider, account, oauth.AppCredentials(client_id, client_secret), lock_dir,
                            timeout)
    return tokens.access_token
