"""Keychains for tests: one in memory, one that is locked. The real Secret Service runs under tests/run.sh;
these stand in where a test needs the keychain's contents or its failures.

Every KeyringBackend subclass registers itself with keyring, and one with priority >= 1 takes part in keyring's
default detection: the default is detected here first, before the classes below exist, as DEFAULT_BACKEND.
"""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

DEFAULT_BACKEND = keyring.get_keyring()


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


class LockedKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("collection is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("collection is locked")
