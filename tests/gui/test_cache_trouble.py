"""The window when the local copy cannot be trusted: a damaged file is offered for rebuilding, an interrupted first
refresh never reads as an all-clear, and a client company another process is writing to is named, not hung on."""

from __future__ import annotations

import os
import signal
import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from core import writer_lock
from core.sandbox.server import Sandbox
from core.store.stage import stage_path
from gui.banner import BannerState, MessageLevel
from gui.cache_rescue import DIALOG_NAME
from gui.main_window import MainWindow
from gui.session import Session
from tests.gui.helpers import refresh_and_wait
from tests.helpers.cli import sandbox_env, start_main
from tests.helpers.locks import held_elsewhere

pytestmark = pytest.mark.gui


def _open(qtbot: QtBot, session: Session) -> MainWindow:
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _damage(path: Path) -> None:
    """Random bytes over everything but the header page: what a failing disk or a crashed copy leaves."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.seek(4096)
        f.write(os.urandom(size - 4096))


def test_a_damaged_cache_is_moved_aside_and_rebuilt(qtbot: QtBot, window: MainWindow, session: Session) -> None:
    assert refresh_and_wait(qtbot, window) == "ok"
    invoices = window.model.invoice_count()
    assert invoices > 0
    journal = session.db_path.with_name("journal.sqlite")
    journal_before = journal.read_bytes() if journal.exists() else None
    window.shutdown()
    _damage(session.db_path)

    win = _open(qtbot, session)
    win.load_cache()
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, DIALOG_NAME) is not None, timeout=5000)
    box = win.findChild(QMessageBox, DIALOG_NAME)
    assert box.isVisible() and "damaged" in box.text()
    assert win.messages.level is MessageLevel.ERROR and "damaged" in win.messages.text()
    assert win.banner.state is not BannerState.CLEAN   # never an all-clear from a file that cannot be read

    with qtbot.waitSignal(win.refresh_finished, timeout=15000) as done:
        qtbot.mouseClick(box.findChild(QPushButton, "rebuildCache"), Qt.MouseButton.LeftButton)
    assert done.args == ["ok"]
    qtbot.waitUntil(lambda: win.model.invoice_count() == invoices, timeout=5000)
    assert win.banner.state is BannerState.FAILING
    aside = [p for p in session.db_path.parent.iterdir() if ".damaged-" in p.name]
    assert ".db" in {p.suffix for p in aside} <= {".db", ".db-wal", ".db-shm"}, aside   # kept for support, its
    # WAL and shared-memory companions moved with it (a stale WAL beside the new file would be replayed into it)
    with sqlite3.connect(session.db_path) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    assert (journal.read_bytes() if journal.exists() else None) == journal_before   # fixes' record untouched


def test_not_now_keeps_the_file_and_offers_again_later(qtbot: QtBot, window: MainWindow, session: Session) -> None:
    assert refresh_and_wait(qtbot, window) == "ok"
    window.shutdown()
    _damage(session.db_path)
    damaged = session.db_path.read_bytes()

    win = _open(qtbot, session)
    win.load_cache()
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, DIALOG_NAME) is not None, timeout=5000)
    box = win.findChild(QMessageBox, DIALOG_NAME)
    qtbot.mouseClick(box.findChild(QPushButton, "keepCache"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
    assert session.db_path.read_bytes() == damaged
    win.load_cache()
    qtbot.waitUntil(lambda: any(b.isVisible() for b in win.findChildren(QMessageBox, DIALOG_NAME)), timeout=5000)


def test_a_first_refresh_killed_midway_is_not_an_all_clear(qtbot: QtBot, sandbox: Sandbox, session: Session,
                                                           syncdoctor_home: Path) -> None:
    env = sandbox_env(sandbox, syncdoctor_home)
    env["SYNCDOCTOR_PROFILE"] = session.profile
    sandbox.app.options.latency_ms = 300
    child = start_main(["--profile", session.profile, "refresh"], env)
    deadline = time.monotonic() + 20
    while not (stage_path(session.db_path).exists() and len(sandbox.app.requests) > 3):
        assert child.poll() is None, child.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    sandbox.app.options.latency_ms = 0

    win = _open(qtbot, Session(session.profile, session.db_path, None))   # offline: only what is on disk
    with qtbot.waitSignal(win.snapshot_changed, timeout=5000):
        win.load_cache()
    assert win.banner.state is BannerState.UNKNOWN and win.model.invoice_count() == 0
    assert "can sync" not in win.banner.title.text()


def test_a_client_company_busy_in_another_process_is_named(qtbot: QtBot, window: MainWindow, session: Session,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer_lock, "WAIT", 0.3)
    folder = session.db_path.parent
    with held_elsewhere(folder) as pid:
        assert refresh_and_wait(qtbot, window) == "error"
        text = window.messages.text()
        assert window.messages.level is MessageLevel.ERROR
        assert str(pid) in text and "push" in text, text
    assert refresh_and_wait(qtbot, window) == "ok"   # free again: the next refresh goes through
