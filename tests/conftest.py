"""Shared test setup. Qt must be told to render offscreen before anything imports it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # imports after the Qt platform is chosen

import pytest


@pytest.fixture(autouse=True)
def syncdoctor_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder: caches and profiles never leak between tests or into $HOME."""
    home = tmp_path / "syncdoctor-home"
    home.mkdir()
    monkeypatch.setenv("SYNCDOCTOR_HOME", str(home))
    return home
