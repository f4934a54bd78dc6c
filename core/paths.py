"""Where Sync Doctor keeps its files: SYNCDOCTOR_HOME, else the per-OS user data folder."""

from __future__ import annotations

import os
import re
from pathlib import Path

import platformdirs

APP_NAME = "SyncDoctor"
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def home() -> Path:
    """The data folder (created on first use)."""
    env = os.environ.get("SYNCDOCTOR_HOME")
    path = Path(env) if env else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def profile_dir(profile: str) -> Path:
    """One folder per profile (client company); the name is reduced to safe file-name characters."""
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", profile).strip("._") or "default"
    path = home() / "profiles" / safe
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_path(profile: str) -> Path:
    return profile_dir(profile) / "cache.db"


def scenario_path(name: str) -> Path:
    """A bundled scenario by name (`demo`), or a file path as given."""
    bundled = RESOURCES / "scenarios" / f"{name}.json"
    return bundled if bundled.exists() else Path(name)


def private_file(path: Path) -> Path:
    """The file, created readable by its owner only when missing (it holds a company's books)."""
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    return path
