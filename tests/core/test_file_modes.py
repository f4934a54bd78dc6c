"""Private files on POSIX: the data folder, profiles/ and each profile folder are 0700; the log and
profiles.json are 0600 — when created, and when found looser than that."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from core import logs, paths
from core.profiles import Profile, ProfileStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX; Windows uses the profile's ACLs")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    """The most permissive umask: whatever is private below is private because the code made it so."""
    previous = os.umask(0)
    yield
    os.umask(previous)


def test_the_data_folder_is_created_private(syncdoctor_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = syncdoctor_home.parent / "fresh" / "home"
    monkeypatch.setenv("SYNCDOCTOR_HOME", str(fresh))
    assert paths.home() == fresh and mode(fresh) == 0o700


def test_an_existing_data_folder_is_tightened(syncdoctor_home: Path) -> None:
    syncdoctor_home.chmod(0o755)
    assert mode(paths.home()) == 0o700


def test_a_shared_folder_given_as_data_folder_keeps_its_mode(syncdoctor_home: Path) -> None:
    """SYNCDOCTOR_HOME=/ (or /tmp, or $HOME) as root once made "/" 0700, locking every other user out."""
    (syncdoctor_home / "bin").mkdir()
    syncdoctor_home.chmod(0o755)
    for _ in range(2):   # the second time its profiles/ folder exists too
        folder = paths.profile_dir("Acme")
        assert mode(syncdoctor_home) == 0o755
        assert mode(folder) == 0o700 and mode(folder.parent) == 0o700   # what is ours stays private


def test_profile_folders_are_private_even_when_they_existed(syncdoctor_home: Path) -> None:
    (syncdoctor_home / "profiles" / "Acme_Ltd").mkdir(parents=True, mode=0o777)
    (syncdoctor_home / "profiles").chmod(0o777)
    folder = paths.profile_dir("Acme Ltd")
    assert folder == syncdoctor_home / "profiles" / "Acme_Ltd"
    assert mode(folder) == 0o700 and mode(folder.parent) == 0o700
    assert mode(paths.profile_dir("Beta & Co").parent) == 0o700


def test_private_file_creates_0600_and_tightens_without_touching_content(tmp_path: Path) -> None:
    new = paths.private_file(tmp_path / "cache.db")
    assert new.read_bytes() == b"" and mode(new) == 0o600
    old = tmp_path / "journal.sqlite"
    old.write_bytes(b"keep me")
    old.chmod(0o644)
    assert paths.private_file(old) == old and mode(old) == 0o600 and old.read_bytes() == b"keep me"


def test_the_log_file_is_private_and_stays_so_after_rollover(syncdoctor_home: Path) -> None:
    path = logs.setup(to_file=True)
    try:
        assert path is not None and mode(path) == 0o600 and mode(path.parent) == 0o700
    finally:
        logs.reset()
    handler = logs.PrivateRotatingFileHandler(path, maxBytes=200, backupCount=2, encoding="utf-8")
    try:
        record = logging.LogRecord("t", logging.INFO, __file__, 1, "x" * 150, None, None)
        for _ in range(4):
            handler.emit(record)
    finally:
        handler.close()
    rotated = sorted(path.parent.glob(f"{logs.LOG_FILE}*"))
    assert len(rotated) == 3 and all(mode(p) == 0o600 for p in rotated)


def test_profiles_json_is_private_from_the_first_write(syncdoctor_home: Path) -> None:
    store = ProfileStore()
    store.add(Profile("Acme Ltd"))
    assert mode(store.path) == 0o600
    assert not list(syncdoctor_home.glob(".profiles-*"))  # no temp file left behind


def test_a_loose_profiles_json_is_tightened_when_opened(syncdoctor_home: Path) -> None:
    ProfileStore().add(Profile("Acme Ltd"))
    target = syncdoctor_home / "profiles.json"
    target.chmod(0o644)
    assert ProfileStore().names() == ["Acme Ltd"] and mode(target) == 0o600
