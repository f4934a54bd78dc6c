"""Profiles: add, rename, remove, switch; non-secret JSON replaced atomically; one cache per profile."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from core import paths
from core.errors import ConfigError
from core.profiles import FILE_NAME, AppSettings, Profile, ProfileStore


def test_add_list_switch_and_the_file_lives_in_home(syncdoctor_home: Path) -> None:
    store = ProfileStore()
    assert store.path == syncdoctor_home / FILE_NAME
    assert store.all() == [] and store.current() is None
    store.add(Profile("Acme Ltd", qbo_realm="9130357992221046", hubspot_portal_id="24681357"))
    store.add(Profile("  Beta   Co  ", qbo_environment="production"))
    assert store.names() == ["Acme Ltd", "Beta Co"]
    assert store.current() is not None and store.current().name == "Acme Ltd"  # type: ignore[union-attr]
    store.switch("beta co")
    assert ProfileStore().current().name == "Beta Co"  # type: ignore[union-attr]
    beta = store.get("Beta Co")
    assert beta.qbo_api_base == "https://quickbooks.api.intuit.com"
    assert store.get("Acme Ltd").qbo_api_base == "https://sandbox-quickbooks.api.intuit.com"
    assert beta.cache_path == paths.cache_path("Beta Co") and beta.cache_path.parent.name == "Beta_Co"
    assert store.get("Acme Ltd").cache_path != beta.cache_path


def test_names_must_be_unique_and_sane() -> None:
    store = ProfileStore()
    store.add(Profile("Acme"))
    for bad in ("acme", "ACME ", "", "   ", "x" * 61):
        with pytest.raises(ConfigError):
            store.add(Profile(bad))
    with pytest.raises(ConfigError, match="sandbox or production"):
        store.add(Profile("Other", qbo_environment="staging"))
    with pytest.raises(ConfigError, match="no profile"):
        store.switch("nobody")


def test_update_and_timestamps_round_trip() -> None:
    store = ProfileStore()
    added = store.add(Profile("Acme"))
    when = datetime(2026, 5, 1, 12, 30, tzinfo=UTC)
    store.update("Acme", qbo_realm="123", qbo_consent_at=when, qbo_refreshed_at=when, hubspot_scopes=["oauth"])
    again = ProfileStore().get("Acme")
    assert again.id == added.id and again.qbo_realm == "123"
    assert again.qbo_consent_at == when and again.qbo_refreshed_at == when and again.hubspot_scopes == ["oauth"]


def test_rename_moves_the_cache_and_keeps_the_id_and_current() -> None:
    store = ProfileStore()
    added = store.add(Profile("Acme"))
    cache = paths.cache_path("Acme")
    cache.write_bytes(b"sqlite")
    renamed = store.rename("Acme", "Acme Holdings")
    assert renamed.id == added.id
    assert store.names() == ["Acme Holdings"] and store.current().name == "Acme Holdings"  # type: ignore[union-attr]
    assert paths.cache_path("Acme Holdings").read_bytes() == b"sqlite"
    store.add(Profile("Beta"))
    with pytest.raises(ConfigError, match="already exists"):
        store.rename("Beta", "acme holdings")


def test_remove_forgets_profile_and_cache() -> None:
    store = ProfileStore()
    store.add(Profile("Acme"))
    store.add(Profile("Beta"))
    cache = paths.cache_path("Acme")
    cache.write_bytes(b"x")
    store.remove("Acme")
    assert store.names() == ["Beta"] and store.current().name == "Beta"  # type: ignore[union-attr]
    assert not cache.exists()
    store.remove("Beta")
    assert store.current() is None


def test_file_holds_no_secrets_and_is_replaced_atomically(syncdoctor_home: Path) -> None:
    store = ProfileStore()
    store.add(Profile("Acme", qbo_realm="123"))
    store.set_app("qbo-sandbox", AppSettings("client-id-1", "https://example.com/cb"))
    data = json.loads((syncdoctor_home / FILE_NAME).read_text())
    assert data["version"] == 1 and data["apps"]["qbo-sandbox"] == {"client_id": "client-id-1",
                                                                     "redirect_uri": "https://example.com/cb"}
    text = json.dumps(data).lower()
    assert "secret" not in text and "token\"" not in text
    assert not [p for p in syncdoctor_home.iterdir() if p.suffix == ".tmp"]  # no leftovers
    assert store.app("hubspot") == AppSettings()
    assert store.warn_days == 14
    store.set_warn_days(30)
    assert ProfileStore().warn_days == 30
    with pytest.raises(ConfigError):
        store.set_warn_days(0)


def test_damaged_file_is_reported_plainly(syncdoctor_home: Path) -> None:
    (syncdoctor_home / FILE_NAME).write_text("{not json")
    with pytest.raises(ConfigError, match="cannot be read"):
        ProfileStore().all()


def test_unknown_keys_from_a_newer_version_are_ignored(syncdoctor_home: Path) -> None:
    (syncdoctor_home / FILE_NAME).write_text(json.dumps(
        {"version": 2, "current": "Acme", "profiles": [{"name": "Acme", "id": "abc", "future_field": 1}]}))
    assert ProfileStore().get("Acme").id == "abc"
