"""The firm's app settings file and client companies: which app is used, what a new company is set up for, and
what removing one deletes (and what it must leave for the others)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core import paths
from core.auth import app_file
from core.auth.companies import new_profile, remove_profile
from core.auth.connect import Connections
from core.errors import ConfigError
from core.profiles import ProfileStore
from core.secrets import TokenStore


@pytest.fixture
def conn(token_store: TokenStore, syncdoctor_home: Path) -> Connections:
    return Connections(ProfileStore(), token_store, lock_dir=syncdoctor_home / "locks")


def creds(conn: Connections, key: str) -> tuple[str, str] | None:
    found = conn.app_credentials(key)
    return (found.client_id, found.client_secret) if found is not None else None


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_firms_file_is_found_and_typed_keys_win(conn: Connections, syncdoctor_home: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert app_file.firm_apps() == {} and conn.app_credentials("hubspot") is None
    write(syncdoctor_home / app_file.FILE_NAME, {"hubspot": {"client_id": "home", "client_secret": "h"}})
    assert creds(conn, "hubspot") == ("home", "h")
    named = write(tmp_path / "apps.json", {"hubspot": {"client_id": "named", "client_secret": "n"},
                                           "quickbooks": {"client_id": "q", "client_secret": "qs",
                                                          "environment": "sandbox"}})
    monkeypatch.setenv(app_file.ENV_VAR, str(named))
    assert app_file.location() == named and creds(conn, "hubspot") == ("named", "n")
    assert creds(conn, "qbo-sandbox") == ("q", "qs") and conn.app_credentials("qbo-production") is None
    assert conn.loopback_port("hubspot") == 0   # any free port unless the firm registered one
    write(named, {"hubspot": {"client_id": "named", "client_secret": "n", "loopback_port": 8765}})
    assert conn.loopback_port("hubspot") == 8765 and conn.loopback_port("qbo-sandbox") == 0
    conn.save_app_credentials("hubspot", "typed", "t")   # Advanced, on this computer
    try:
        assert creds(conn, "hubspot") == ("typed", "t")
    finally:
        conn.store.delete_client_secret("hubspot", "typed")


@pytest.mark.parametrize(("content", "words"), [
    ("{not json", "is not valid JSON"),
    ('{"hubspot": {"client_id": "x"}}', "needs a client_id and a client_secret"),
    ('{"quickbooks": {"client_id": "x", "client_secret": "y", "environment": "dev"}}', "must be \"production\""),
    ('["hubspot"]', "is not in the expected form"),
    ('{"hubspot": {"client_id": "x", "client_secret": "y", "loopback_port": "8765"}}', "must be a port number"),
    ('{"hubspot": {"client_id": "x", "client_secret": "y", "loopback_port": 80}}', "must be a port number"),
])
def test_a_bad_file_is_explained(content: str, words: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "apps.json"
    path.write_text(content, encoding="utf-8")
    monkeypatch.setenv(app_file.ENV_VAR, str(path))
    with pytest.raises(ConfigError, match=words):
        app_file.firm_apps()


def test_a_new_company_gets_the_firms_set_up(conn: Connections, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    assert new_profile(conn, "Plain").qbo_environment == "production"   # no file: real companies
    monkeypatch.setenv(app_file.ENV_VAR, str(write(tmp_path / "a.json", {
        "hubspot": {"client_id": "h", "client_secret": "s", "oauth_base": "http://127.0.0.1:8", "api_base":
                    "http://127.0.0.1:8"},
        "quickbooks": {"client_id": "q", "client_secret": "s", "environment": "sandbox"}})))
    profile = new_profile(conn, "Training")
    assert profile.qbo_environment == "sandbox" and profile.hubspot_oauth_base == "http://127.0.0.1:8"
    assert profile.hubspot_api == "http://127.0.0.1:8" and profile.qbo_oauth_base == ""
    with pytest.raises(ConfigError, match="already exists"):
        new_profile(conn, "training")


def test_remove_keeps_a_quickbooks_company_another_profile_uses(conn: Connections, syncdoctor_home: Path) -> None:
    store = conn.store
    shared = "9130000000000009"
    a = new_profile(conn, "A Ltd")
    b = new_profile(conn, "B Ltd")
    for p in (a, b):
        conn.profiles.update(p.name, qbo_realm=shared)
        store.set_refresh_token("hubspot", p.id, f"hub-{p.name}")
        conn.profiles.update(p.name, hubspot_auth="private_app")
    store.set_refresh_token("qbo", shared, "rt")
    (paths.cache_path("A Ltd")).write_bytes(b"x")
    try:
        removed = remove_profile(conn, "A Ltd")
        assert removed.name == "A Ltd"
        assert not (syncdoctor_home / "profiles" / "A_Ltd").exists()
        assert store.get_refresh_token("hubspot", a.id) is None
        assert store.get_refresh_token("qbo", shared) == "rt"          # B still uses that company
        assert store.get_refresh_token("hubspot", b.id) == "hub-B Ltd"
        assert conn.profiles.names() == ["B Ltd"]
        remove_profile(conn, "B Ltd")
        assert store.get_refresh_token("qbo", shared) is None          # the last one takes it along
    finally:
        for key, account in (("hubspot", a.id), ("hubspot", b.id), ("qbo", shared)):
            store.delete_refresh_token(key, account)
