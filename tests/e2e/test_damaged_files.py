"""Damaged, locked, read-only and full-disk caches and journals through the command line: one `error:` line,
exit 2, nothing on stdout, and nothing lost — the files are exactly as they were, or the cache as the last
finished refresh left it."""

from __future__ import annotations

import hashlib
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from core.sandbox.server import Sandbox
from tests.helpers.cli import ROOT, cache_of, rows, run_main, sandbox_env
from tests.helpers.fix_helpers import scenario


@pytest.fixture(scope="module")
def sb() -> Iterator[Sandbox]:
    with Sandbox(scenario()) as sandbox:
        yield sandbox


@pytest.fixture(scope="module")
def good(sb: Sandbox, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with a refreshed cache and a journal holding one push (kept as the template)."""
    home = tmp_path_factory.mktemp("good")
    env = sandbox_env(sb, home)
    assert run_main(["refresh"], env).returncode == 0
    assert run_main(["push", "9003"], env).returncode in (0, 1)
    assert (cache_of(home).parent / "journal.sqlite").exists()
    return home


@pytest.fixture
def home(good: Path) -> Iterator[Path]:
    """A copy of the good data folder in a place any user may enter (the read-only case drops root)."""
    parent = Path(tempfile.mkdtemp(prefix="sd-damaged-"))
    parent.chmod(0o755)
    shutil.copytree(good, parent / "home")
    yield parent / "home"
    shutil.rmtree(parent, ignore_errors=True)


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def one_error_line(out: subprocess.CompletedProcess[str]) -> str:
    assert out.returncode == 2, (out.returncode, out.stdout, out.stderr)
    assert out.stdout == ""
    (line,) = out.stderr.strip().splitlines()
    assert line.startswith("error: ") and "Traceback" not in out.stderr
    return line


def scribble(path: Path, share: float = 0.3, seed: int = 4) -> None:
    """Random bytes over the middle of the file, leaving its first page (the header) alone."""
    data = bytearray(path.read_bytes())
    start, length = len(data) // 3, int(len(data) * share)
    rng = random.Random(seed)
    data[start:start + length] = bytes(rng.randrange(256) for _ in range(length))
    path.write_bytes(bytes(data))


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2])


def empty(path: Path) -> None:
    path.write_bytes(b"")


DAMAGE: dict[str, Callable[[Path], None]] = {"random bytes mid-file": scribble, "truncated": truncate,
                                             "0 bytes": empty}


@pytest.mark.parametrize("damage", DAMAGE)
@pytest.mark.parametrize("command", [["diagnose"], ["diagnose", "--json"], ["push", "--dry-run"], ["refresh"]])
def test_a_damaged_cache(sb: Sandbox, home: Path, damage: str, command: list[str]) -> None:
    DAMAGE[damage](cache_of(home))
    folder = cache_of(home).parent
    before = digest(folder)
    out = run_main(command, sandbox_env(sb, home))
    after = digest(folder)
    assert after["journal.sqlite"] == before["journal.sqlite"]
    if damage == "0 bytes":   # nothing to lose: an empty file is a cache no refresh has finished yet
        if command == ["refresh"]:
            assert out.returncode == 0, out.stderr
        else:
            assert "incomplete" in one_error_line(out)
        return
    assert "damaged" in one_error_line(out)
    assert after["cache.db"] == before["cache.db"]


@pytest.mark.parametrize("damage", ["random bytes mid-file", "truncated"])
@pytest.mark.parametrize("command", [["diagnose"], ["push", "--dry-run"], ["push"], ["finish"]])
def test_a_damaged_journal_is_left_alone(sb: Sandbox, home: Path, damage: str, command: list[str]) -> None:
    journal = cache_of(home).parent / "journal.sqlite"
    for extra in ("-wal", "-shm"):
        Path(f"{journal}{extra}").unlink(missing_ok=True)
    DAMAGE[damage](journal)
    before = journal.read_bytes()
    posts = len([r for r in sb.app.requests if r["method"] == "POST"])
    one_error_line(run_main(command, sandbox_env(sb, home)))
    assert journal.read_bytes() == before
    assert len([r for r in sb.app.requests if r["method"] == "POST"]) == posts   # nothing was sent


def test_a_cache_locked_by_another_program(sb: Sandbox, home: Path) -> None:
    before = rows(cache_of(home))
    holder = sqlite3.connect(cache_of(home), timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        line = one_error_line(run_main(["diagnose"], sandbox_env(sb, home)))
    finally:
        holder.rollback()
        holder.close()
    assert "in use" in line
    assert rows(cache_of(home)) == before


def read_only(home: Path, args: list[str]) -> list[str]:
    """The command with `home` read-only: a read-only bind mount in a private mount namespace when root (file
    modes do not stop root), the files' modes otherwise."""
    if os.geteuid() != 0:
        for path in [home, *home.rglob("*")]:
            path.chmod(0o555 if path.is_dir() else 0o444)
        return args
    if not shutil.which("unshare"):
        pytest.skip("root without unshare(1): no way to make a folder read-only here")
    script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
    return ["unshare", "-m", "sh", "-c", script, str(home), *args]


@pytest.mark.parametrize("command", [["diagnose"], ["refresh"], ["push"]])
def test_a_read_only_data_folder(sb: Sandbox, home: Path, command: list[str]) -> None:
    folder = cache_of(home).parent
    before = digest(folder)
    args = read_only(home, [sys.executable, str(ROOT / "main.py"), *command])
    try:
        out = subprocess.run(args, env=sandbox_env(sb, home), cwd=ROOT, text=True, capture_output=True, timeout=60)
    finally:
        for path in [home, *home.rglob("*")]:
            path.chmod(0o700 if path.is_dir() else 0o600)
    line = one_error_line(out)
    assert "may not write" in line
    assert digest(folder) == before


def file_size_limit(limit: int) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))   # writes past it fail: a full disk
    return apply


@pytest.mark.parametrize("command", [["refresh", "--full"], ["push"]])
def test_a_full_disk(sb: Sandbox, home: Path, command: list[str]) -> None:
    folder = cache_of(home).parent
    for extra in ("-wal", "-shm"):
        for name in ("cache.db", "journal.sqlite"):
            Path(f"{folder / name}{extra}").unlink(missing_ok=True)
    before = digest(folder)
    cache_rows = rows(cache_of(home))
    posts = len([r for r in sb.app.requests if r["method"] == "POST"])
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), *command], env=sandbox_env(sb, home), cwd=ROOT,
                         text=True, capture_output=True, timeout=60, preexec_fn=file_size_limit(16 * 1024))
    line = one_error_line(out)
    assert "disk is full" in line
    assert rows(cache_of(home)) == cache_rows
    assert digest(folder)["journal.sqlite"] == before["journal.sqlite"]
    if command == ["push"]:
        assert len([r for r in sb.app.requests if r["method"] == "POST"]) == posts   # nothing was sent
