"""Where tokens live: refresh tokens and app client secrets in the OS keychain, access tokens in memory only.

The OS store is used only when `keyring` picked a real backend (priority >= 1, not the `fail` backend, not a
`keyrings.alt`/plaintext one). Otherwise nothing is written to disk: tokens are kept for this session only and
`TokenStore.status_message()` tells the user so. No method ever puts a token value in a message or a log line.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
import uuid
from collections.abc import Callable
from typing import TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from core.errors import ConfigError, UserError
from core.i18n import N_, Message

log = logging.getLogger(__name__)
T = TypeVar("T")

SERVICE = "SyncDoctor"
# Windows' Credential Manager rejects secrets over ~1280 characters (2560 bytes as UTF-16); keep a margin.
MAX_SECRET_CHARS = 1200

_KEYRING_FAILURES = (keyring.errors.KeyringLocked, keyring.errors.KeyringError, keyring.errors.InitError)

# {backend} is the keyring backend's class name, shown as it is.
LOCKED = N_("Keychain", "The system keychain ({backend}) is locked. Unlock it (for example by logging in again or "
                        "opening your keychain app), then try again.")
UNAVAILABLE = N_("Keychain", "The system keychain ({backend}) cannot be used right now. Unlock it or check that it "
                             "is running, then try again.")
NOT_RETURNED = N_("Keychain", "The system keychain ({backend}) did not return what was saved in it. Unlock it or "
                              "check its settings, then try again.")
SECRET_TOO_LONG = N_("Keychain", "This secret is {length} characters long; Sync Doctor refuses secrets over {max} "
                                 "characters because Windows' Credential Manager cannot store them (its limit is "
                                 "about 1280 characters).")


class KeyringLockedError(UserError):
    """The OS keychain is locked or cannot be reached, so tokens cannot be saved or read."""


def _unsafe_reason(backend: KeyringBackend) -> str | None:
    """Why `backend` must not hold tokens, or None when it is a real OS store."""
    cls = type(backend)
    module = cls.__module__
    if module.startswith("keyring.backends.chainer"):
        inner: list[KeyringBackend] = list(getattr(backend, "backends", []))
        if not inner:
            return "no usable keychain backend"
        for sub in inner:
            reason = _unsafe_reason(sub)
            if reason:
                return reason
        return None
    if module.startswith("keyring.backends.fail") or module.startswith("keyring.backends.null"):
        return "no keychain is available on this computer"
    if module.startswith("keyrings.alt") or "plaintext" in f"{module}.{cls.__name__}".lower():
        return "the only keychain found stores passwords in a plain file"
    try:
        priority = float(backend.priority)
    except Exception:  # a backend that is not viable raises from its priority
        return "the keychain backend is not usable here"
    if priority < 1:
        return "the keychain backend is not a secure store"
    return None


def _key(provider: str, account: str) -> str:
    return f"{provider}:{account}"


class TokenStore:
    """Refresh tokens and client secrets in the OS keychain (when safe), access tokens in memory."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend if backend is not None else keyring.get_keyring()
        self._reason = _unsafe_reason(self._backend)
        self.persistent = self._reason is None
        self._memory: dict[str, str] = {}  # secrets kept for the session when the OS store is not used
        self._access: dict[str, str] = {}  # access tokens: never persisted
        self._access_expiry: dict[str, float | None] = {}
        self._lock = threading.Lock()
        if not self.persistent:
            log.warning("Keychain not used (%s, backend %s); tokens stay in memory for this session",
                        self._reason, type(self._backend).__name__)

    @property
    def backend_name(self) -> str:
        return type(self._backend).__name__

    def status_message(self) -> str:
        if self.persistent:
            return f"Your QuickBooks and HubSpot connections are saved in the system keychain ({self.backend_name})."
        return (f"Your connections cannot be saved: {self._reason}. Sync Doctor keeps them in memory until you "
                "close it, so you will need to connect again next time.")

    # --- probing ------------------------------------------------------------------------------------------
    def check(self) -> None:
        """Write, read back and delete a throw-away secret; raise KeyringLockedError when any step fails."""
        if not self.persistent:
            return
        name = f"probe:{uuid.uuid4().hex}"
        value = uuid.uuid4().hex
        try:
            self._backend.set_password(SERVICE, name, value)
            read = self._backend.get_password(SERVICE, name)
            self._backend.delete_password(SERVICE, name)
        except keyring.errors.KeyringLocked:
            raise KeyringLockedError(self._locked_message()) from None
        except _KEYRING_FAILURES as err:
            raise KeyringLockedError(self._unavailable_message(err)) from None
        if read != value:
            raise KeyringLockedError(NOT_RETURNED.format(backend=self.backend_name))

    def _locked_message(self) -> Message:
        return LOCKED.format(backend=self.backend_name)

    def _unavailable_message(self, err: BaseException) -> Message:
        log.info("keychain %s failed: %s", self.backend_name, type(err).__name__)
        return UNAVAILABLE.format(backend=self.backend_name)

    # --- secrets in the keychain ---------------------------------------------------------------------------
    def set_secret(self, provider: str, account: str, value: str) -> None:
        """Save a long-lived secret (refresh token, client secret) under SyncDoctor/"provider:account"."""
        if len(value) > MAX_SECRET_CHARS:
            # counts as text: the limit reads "1200" like the 1280 beside it, in any language
            raise ConfigError(SECRET_TOO_LONG.format(length=str(len(value)), max=str(MAX_SECRET_CHARS)))
        key = _key(provider, account)
        if not self.persistent:
            with self._lock:
                self._memory[key] = value
            return
        self._call(lambda: self._backend.set_password(SERVICE, key, value))

    def get_secret(self, provider: str, account: str) -> str | None:
        """The saved secret, read from the keychain every time (another process may have rotated it)."""
        key = _key(provider, account)
        if not self.persistent:
            with self._lock:
                return self._memory.get(key)
        return self._call(lambda: self._backend.get_password(SERVICE, key))

    def delete_secret(self, provider: str, account: str) -> None:
        """Forget a secret; deleting one that is not there is not an error."""
        key = _key(provider, account)
        with self._lock:
            self._memory.pop(key, None)
            self._access.pop(key, None)
            self._access_expiry.pop(key, None)
        if not self.persistent:
            return

        def delete() -> None:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):  # already gone
                self._backend.delete_password(SERVICE, key)

        self._call(delete)

    def _call(self, action: Callable[[], T]) -> T:
        try:
            return action()
        except keyring.errors.KeyringLocked:
            raise KeyringLockedError(self._locked_message()) from None
        except _KEYRING_FAILURES as err:
            raise KeyringLockedError(self._unavailable_message(err)) from None

    # Named helpers for the two kinds of long-lived secret.
    def set_refresh_token(self, provider: str, account: str, token: str) -> None:
        self.set_secret(provider, account, token)

    def get_refresh_token(self, provider: str, account: str) -> str | None:
        return self.get_secret(provider, account)

    def delete_refresh_token(self, provider: str, account: str) -> None:
        self.delete_secret(provider, account)

    def set_client_secret(self, provider: str, client_id: str, secret: str) -> None:
        self.set_secret(f"{provider}-app", client_id, secret)

    def get_client_secret(self, provider: str, client_id: str) -> str | None:
        return self.get_secret(f"{provider}-app", client_id)

    def delete_client_secret(self, provider: str, client_id: str) -> None:
        self.delete_secret(f"{provider}-app", client_id)

    # --- access tokens: memory only ------------------------------------------------------------------------
    def set_access_token(self, provider: str, account: str, token: str, expires_at: float | None = None) -> None:
        """Keep an access token for this session; `expires_at` (epoch seconds) lets readers skip a stale one."""
        with self._lock:
            self._access[_key(provider, account)] = token
            self._access_expiry[_key(provider, account)] = expires_at

    def get_access_token(self, provider: str, account: str, min_left: float = 0.0) -> str | None:
        """The access token, or None when there is none or it has less than `min_left` seconds to live."""
        key = _key(provider, account)
        with self._lock:
            token = self._access.get(key)
            expires_at = self._access_expiry.get(key)
        if token is not None and expires_at is not None and expires_at - time.time() <= min_left:
            return None
        return token

    def forget_access_token(self, provider: str, account: str) -> None:
        """Drop the in-memory access token (e.g. after the service answered 401 to it)."""
        with self._lock:
            self._access.pop(_key(provider, account), None)
            self._access_expiry.pop(_key(provider, account), None)

    def __repr__(self) -> str:  # never shows a value
        return f"TokenStore(backend={self.backend_name}, persistent={self.persistent})"
