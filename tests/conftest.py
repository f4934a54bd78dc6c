"""Shared test setup. Qt must be told to render offscreen before anything imports it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":   # a desktop's 1920×1080 screen, not the plugin's 800×800 one
    _SCREEN = os.path.join(os.path.dirname(__file__), "offscreen_screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

from collections.abc import Iterator  # imports after the Qt platform is chosen
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from core.secrets import TokenStore


GUI_TESTS = Path(__file__).resolve().parent / "gui"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/gui gets the `gui` marker, so `-m "not gui"` leaves out all of Qt."""
    for item in items:
        if item.path.is_relative_to(GUI_TESTS) and item.get_closest_marker("gui") is None:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def syncdoctor_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder: caches and profiles never leak between tests or into $HOME."""
    home = tmp_path / "syncdoctor-home"
    home.mkdir()
    monkeypatch.setenv("SYNCDOCTOR_HOME", str(home))
    return home


@pytest.fixture
def token_store() -> Iterator[TokenStore]:
    """The OS keychain when a real Secret Service runs (tests/run.sh), else test_secrets' in-process backend.
    Tests delete what they store, so a real keychain is left as it was."""
    import keyring

    from core.secrets import TokenStore
    from tests.helpers.keyrings import MemoryKeyring

    previous = keyring.get_keyring()
    if os.environ.get("SYNCDOCTOR_TEST_KEYRING") != "secretservice":
        keyring.set_keyring(MemoryKeyring())
    store = TokenStore()
    assert store.persistent, store.status_message()
    yield store
    keyring.set_keyring(previous)
