"""TokenStore (keychain policy, limits, locked keychains) and Intuit refresh-token rotation across processes."""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import keyring
import keyring.backends.fail
import keyring.errors
import pytest
import requests
from keyring.backend import KeyringBackend

from core.auth.rotation import refresh_qbo
from core.errors import AuthError, ConfigError
from core.sandbox.server import Sandbox
from core.secrets import SERVICE, KeyringLockedError, TokenStore

# The real default backend, detected before any test backend existed (tests.helpers.keyrings says why).
from tests.helpers.keyrings import DEFAULT_BACKEND as _DEFAULT_BACKEND
from tests.helpers.keyrings import LockedKeyring, MemoryKeyring

CLIENT = ("sandbox-intuit-client", "sandbox-intuit-secret")
REDIRECT = "http://localhost:8766/callback"
REALM = "9130357992221046"
ACCOUNT = REALM


class BrokenKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.InitError("no D-Bus")


class PlaintextKeyring(MemoryKeyring):
    """Looks like keyrings.alt's plaintext file store: must never be used."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


class JsonFileKeyring(KeyringBackend):
    """A keychain shared between processes: one JSON file, re-read on every call, replaced atomically."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = Path(path)

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def _save(self, data: dict[str, str]) -> None:
        tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data))
        os.replace(tmp, self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}/{username}", None) is None:
            raise keyring.errors.PasswordDeleteError("not found")
        self._save(data)


@pytest.fixture
def use_backend() -> Iterator[Any]:
    previous = keyring.get_keyring()

    def use(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield use
    keyring.set_keyring(previous)


# --- (a) policy and behaviour with test backends ------------------------------------------------------------


def test_memory_backend_set_get_delete(use_backend: Any) -> None:
    backend = use_backend(MemoryKeyring())
    store = TokenStore()
    assert store.persistent
    assert "keychain" in store.status_message()
    store.check()
    assert backend.items == {}  # the probe cleaned up after itself
    store.set_refresh_token("qbo", "123", "rt-1")
    assert backend.items == {(SERVICE, "qbo:123"): "rt-1"}
    assert store.get_refresh_token("qbo", "123") == "rt-1"
    assert TokenStore().get_refresh_token("qbo", "123") == "rt-1"  # persisted, not per instance
    store.set_client_secret("qbo", "client-1", "app-secret")
    assert store.get_client_secret("qbo", "client-1") == "app-secret"
    store.set_access_token("qbo", "123", "at-1")
    assert store.get_access_token("qbo", "123") == "at-1"
    assert "at-1" not in backend.items.values()  # access tokens never reach the keychain
    assert TokenStore().get_access_token("qbo", "123") is None
    store.delete_refresh_token("qbo", "123")
    assert store.get_refresh_token("qbo", "123") is None and store.get_access_token("qbo", "123") is None
    store.delete_refresh_token("qbo", "123")  # deleting twice is fine


def test_secrets_over_1200_characters_are_refused(use_backend: Any) -> None:
    backend = use_backend(MemoryKeyring())
    store = TokenStore()
    store.set_refresh_token("qbo", "1", "x" * 1200)
    secret = "s" * 1201
    with pytest.raises(ConfigError, match="Windows' Credential Manager") as info:
        store.set_refresh_token("qbo", "2", secret)
    assert secret not in str(info.value)
    assert (SERVICE, "qbo:2") not in backend.items


def test_locked_keychain_is_reported_clearly(use_backend: Any) -> None:
    use_backend(LockedKeyring())
    store = TokenStore()
    assert store.persistent
    with pytest.raises(KeyringLockedError, match=r"locked\. Unlock it") as info:
        store.check()
    assert "LockedKeyring" in str(info.value)
    with pytest.raises(KeyringLockedError):
        store.set_refresh_token("qbo", "1", "secret-value")
    with pytest.raises(KeyringLockedError):
        store.get_refresh_token("qbo", "1")


def test_unavailable_keychain_is_reported(use_backend: Any) -> None:
    use_backend(BrokenKeyring())
    store = TokenStore()
    with pytest.raises(KeyringLockedError, match=r"cannot be used right now\. Unlock it") as first:
        store.check()
    assert "Error" not in str(first.value)   # plain words: the exception's class goes to the log only
    with pytest.raises(KeyringLockedError) as info:
        store.set_refresh_token("qbo", "1", "secret-value")
    assert "secret-value" not in str(info.value)


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring(), PlaintextKeyring()],
                         ids=["fail", "plaintext"])
def test_no_safe_keychain_means_memory_only(use_backend: Any, backend: KeyringBackend) -> None:
    use_backend(backend)
    store = TokenStore()
    assert not store.persistent
    assert "in memory" in store.status_message() and "connect again" in store.status_message()
    store.check()  # nothing to probe
    store.set_refresh_token("qbo", "1", "rt-1")
    assert store.get_refresh_token("qbo", "1") == "rt-1"
    assert TokenStore().get_refresh_token("qbo", "1") is None  # only for this session
    if isinstance(backend, PlaintextKeyring):
        assert backend.items == {}  # never a silent plaintext fallback
    store.delete_refresh_token("qbo", "1")
    assert store.get_refresh_token("qbo", "1") is None
    with pytest.raises(ConfigError):
        store.set_refresh_token("qbo", "1", "x" * 1201)


# --- (b) the real Secret Service ----------------------------------------------------------------------------


@pytest.mark.skipif(os.environ.get("SYNCDOCTOR_TEST_KEYRING") != "secretservice",
                    reason="needs a real Secret Service (run through tests/run.sh with gnome-keyring)")
def test_real_secret_service_round_trip() -> None:
    backend = keyring.get_keyring()
    assert backend is _DEFAULT_BACKEND
    assert type(backend).__module__ == "keyring.backends.SecretService", type(backend)
    store = TokenStore()
    assert store.persistent, store.status_message()
    store.check()
    account = f"test-{os.getpid()}"
    try:
        store.set_refresh_token("qbo", account, "rt-real-" + "z" * 100)
        assert store.get_refresh_token("qbo", account) == "rt-real-" + "z" * 100
        assert TokenStore().get_refresh_token("qbo", account) == "rt-real-" + "z" * 100
    finally:
        store.delete_refresh_token("qbo", account)
    assert store.get_refresh_token("qbo", account) is None


# --- (c) rotation against the sandbox, two processes at once ------------------------------------------------


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox({"qbo": {"realm": REALM}}) as sb:
        yield sb


def first_refresh_token(sb: Sandbox) -> str:
    reply = requests.get(f"{sb.base_url}/connect/oauth2", allow_redirects=False, timeout=10,
                         params={"client_id": CLIENT[0], "response_type": "code", "redirect_uri": REDIRECT,
                                 "scope": "com.intuit.quickbooks.accounting", "state": "s"})
    assert reply.status_code == 302, reply.text
    code = parse_qs(urlsplit(reply.headers["Location"]).query)["code"][0]
    tokens = requests.post(f"{sb.base_url}/oauth2/v1/tokens/bearer", auth=CLIENT, timeout=10,
                           data={"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT})
    assert tokens.status_code == 200, tokens.text
    token = tokens.json()["refresh_token"]
    assert isinstance(token, str)
    return token


def api_status(sb: Sandbox, access: str) -> int:
    reply = requests.get(f"{sb.base_url}/v3/company/{REALM}/companyinfo/{REALM}", timeout=10,
                         headers={"Authorization": f"Bearer {access}", "Accept": "application/json"})
    return reply.status_code


def _child_refresh(keyring_file: str, token_url: str, lock_dir: str, barrier: Any, results: Any) -> None:
    keyring.set_keyring(JsonFileKeyring(keyring_file))
    store = TokenStore()
    barrier.wait(timeout=30)
    try:
        access = refresh_qbo(store, ACCOUNT, token_url, CLIENT[0], CLIENT[1], Path(lock_dir))
        results.put(("ok", access))
    except Exception as err:
        results.put(("error", f"{type(err).__name__}: {err}"))


@pytest.mark.slow
def test_two_processes_refresh_at_once_without_invalid_grant(sandbox: Sandbox, tmp_path: Path,
                                                            use_backend: Any) -> None:
    keyring_file = tmp_path / "keyring.json"
    backend = use_backend(JsonFileKeyring(str(keyring_file)))
    store = TokenStore()
    assert store.persistent
    initial = first_refresh_token(sandbox)
    store.set_refresh_token("qbo", ACCOUNT, initial)
    token_url = f"{sandbox.base_url}/oauth2/v1/tokens/bearer"
    lock_dir = tmp_path / "locks"

    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    results = ctx.Queue()
    children = [ctx.Process(target=_child_refresh, args=(str(keyring_file), token_url, str(lock_dir), barrier,
                                                         results)) for _ in range(2)]
    for child in children:
        child.start()
    outcomes = [results.get(timeout=60) for _ in children]
    for child in children:
        child.join(timeout=30)
        assert child.exitcode == 0
    assert [kind for kind, _ in outcomes] == ["ok", "ok"], outcomes  # no invalid_grant in either child
    accesses = [value for _, value in outcomes]
    assert accesses[0] != accesses[1]
    assert all(api_status(sandbox, access) == 200 for access in accesses)

    # Exactly one refresh token is saved, and it is the live one.
    stored = json.loads(keyring_file.read_text())
    assert list(stored) == [f"{SERVICE}/qbo:{ACCOUNT}"]
    saved = backend.get_password(SERVICE, f"qbo:{ACCOUNT}")
    assert saved and saved != initial
    third = refresh_qbo(store, ACCOUNT, token_url, CLIENT[0], CLIENT[1], lock_dir)
    assert api_status(sandbox, third) == 200
    assert store.get_access_token("qbo", ACCOUNT) == third
    newest = store.get_refresh_token("qbo", ACCOUNT)
    assert newest and newest != saved  # rotated again and saved

    # The token saved before the third refresh is dead now: using it means reconnecting.
    store.set_refresh_token("qbo", ACCOUNT, saved)
    with pytest.raises(AuthError, match="QuickBooks needs you to reconnect") as info:
        refresh_qbo(store, ACCOUNT, token_url, CLIENT[0], CLIENT[1], lock_dir)
    assert saved not in str(info.value)


def test_refresh_without_saved_token_asks_to_reconnect(sandbox: Sandbox, tmp_path: Path, use_backend: Any) -> None:
    use_backend(MemoryKeyring())
    with pytest.raises(AuthError, match="reconnect"):
        refresh_qbo(TokenStore(), ACCOUNT, f"{sandbox.base_url}/oauth2/v1/tokens/bearer", CLIENT[0], CLIENT[1],
                    tmp_path)
