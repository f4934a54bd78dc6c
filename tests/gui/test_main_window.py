"""The main window over the real pipeline: sandbox (HTTP) -> refresh -> cache -> diagnose -> table."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import core.app as core_app
from core import paths
from core.sandbox.server import Options, Sandbox
from gui import app as gui_app
from gui import window_geometry
from gui.banner import BannerState, MessageLevel
from gui.failures_model import SORT_ROLE, Column
from gui.main_window import MainWindow, settings
from gui.session import DEMO_PROFILE, Session
from tests.gui.helpers import refresh_and_wait

pytestmark = pytest.mark.gui

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _column(win: MainWindow, col: Column, role: int = Qt.ItemDataRole.DisplayRole) -> list[object]:
    view = win.table.model()
    return [view.index(r, col).data(role) for r in range(view.rowCount())]


def _click_header(qtbot: QtBot, win: MainWindow, col: Column) -> None:
    header = win.table.horizontalHeader()
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_demo_shows_banner_count_and_one_row_per_invoice(qtbot: QtBot, window: MainWindow,
                                                          session: Session) -> None:
    assert window.banner.state is BannerState.UNKNOWN  # nothing fetched yet: no verdict
    assert refresh_and_wait(qtbot, window) == "ok"

    rows = core_app.load_failure_rows(session.db_path)
    invoices = len({r.hubspot_invoice_id for r in rows})
    assert invoices > 0, "the demo company is meant to have failing invoices"
    assert window.banner.state is BannerState.FAILING
    assert window.banner.title.text() == f"{invoices} invoices cannot sync"
    assert window.table.model().rowCount() == invoices   # one row per invoice, all its causes in one cell
    causes = dict(zip(_column(window, Column.INVOICE), _column(window, Column.CAUSE), strict=True))
    assert sorted(causes) == sorted({r.invoice_number for r in rows})
    for r in rows:
        assert r.title in str(causes[r.invoice_number])
    assert window.last_refreshed_label.text().startswith("Last refreshed ")

    _click_header(qtbot, window, Column.AMOUNT)  # a new column sorts ascending first
    amounts = _column(window, Column.AMOUNT, SORT_ROLE)
    assert amounts == sorted(amounts) and amounts[0] != amounts[-1]
    _click_header(qtbot, window, Column.AMOUNT)
    assert _column(window, Column.AMOUNT, SORT_ROLE) == sorted(amounts, reverse=True)
    _click_header(qtbot, window, Column.CUSTOMER)
    customers = [str(c) for c in _column(window, Column.CUSTOMER)]
    assert customers == sorted(customers, key=str.casefold)  # demo names differ beyond accents and case


def test_refresh_button_works_in_the_background(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    # A little latency per request keeps the refresh running long enough to see it in flight.
    with Sandbox("demo", options=Options(latency_ms=15)) as slow:
        win = MainWindow(Session(DEMO_PROFILE, paths.cache_path(DEMO_PROFILE), slow.endpoints()))
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        assert not win.progress.isVisible()  # hidden when idle

        worker_threads: set[int] = set()
        real_refresh = core_app.refresh

        def spying_refresh(endpoints: core_app.Endpoints, db_path: Path, progress: core_app.Progress,
                           cancel: threading.Event) -> object:
            def noting_progress(step: str, done: int, total: int) -> None:
                worker_threads.add(threading.get_ident())
                progress(step, done, total)
            return real_refresh(endpoints, db_path, noting_progress, cancel)

        monkeypatch.setattr(core_app, "refresh", spying_refresh)
        with qtbot.waitSignal(win.refresh_finished, timeout=8000) as blocker:
            qtbot.mouseClick(win.refresh_button, Qt.MouseButton.LeftButton)
            # The click returned while the work is still going: nothing shown yet, progress visible.
            assert win.progress.isVisible() and win.cancel_button.isVisible()
            assert not win.refresh_button.isEnabled()
            assert win.table.model().rowCount() == 0
        assert blocker.args == ["ok"]
        assert worker_threads and threading.get_ident() not in worker_threads
        assert not win.progress.isVisible() and not win.cancel_button.isVisible()
        assert win.refresh_button.isEnabled()
        assert win.table.model().rowCount() > 0
        win.shutdown()  # before the sandbox stops


def test_user_error_shows_message_and_keeps_rows(qtbot: QtBot, window: MainWindow,
                                                 sandbox: Sandbox) -> None:
    assert refresh_and_wait(qtbot, window) == "ok"
    before_rows = window.table.model().rowCount()
    before_title = window.banner.title.text()
    assert not window.messages.isVisible()

    sandbox.stop()  # connection refused from now on: core raises NetworkError, a UserError
    # after its network retries (6 attempts with backoff, up to ~16 s in all)
    assert refresh_and_wait(qtbot, window, timeout=30000) == "error"

    assert window.messages.isVisible() and window.messages.level is MessageLevel.ERROR
    text = window.messages.text()
    assert "Cannot reach" in text and "Something went wrong" not in text and "Traceback" not in text
    assert window.table.model().rowCount() == before_rows
    assert window.banner.title.text() == before_title
    assert window.refresh_button.isEnabled() and not window.progress.isVisible()


def test_unexpected_error_is_reported_as_a_bug(qtbot: QtBot, window: MainWindow,
                                               monkeypatch: pytest.MonkeyPatch,
                                               caplog: pytest.LogCaptureFixture) -> None:
    def broken_diagnose(db_path: Path) -> list[object]:
        raise RuntimeError("rule crashed")

    monkeypatch.setattr(core_app, "diagnose", broken_diagnose)
    with caplog.at_level(logging.ERROR, logger="gui.main_window"):
        assert refresh_and_wait(qtbot, window) == "error"
    assert window.messages.text().startswith("Something went wrong")
    assert "rule crashed" not in window.messages.text()
    assert any(rec.exc_info and "rule crashed" in str(rec.exc_info[1]) for rec in caplog.records)


def test_cancel_keeps_previous_rows(qtbot: QtBot) -> None:
    with Sandbox("demo", options=Options(latency_ms=40)) as slow:
        win = MainWindow(Session(DEMO_PROFILE, paths.cache_path(DEMO_PROFILE), slow.endpoints()))
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        with qtbot.waitSignal(win.refresh_finished, timeout=8000) as blocker:
            win.refresh()
            qtbot.mouseClick(win.cancel_button, Qt.MouseButton.LeftButton)
        assert blocker.args == ["cancelled"]
        assert win.table.model().rowCount() == 0
        assert win.messages.level is MessageLevel.INFO and "cancelled" in win.messages.text()
        assert win.refresh_button.isEnabled()
        win.shutdown()


def test_cached_rows_show_before_refresh(qtbot: QtBot, window: MainWindow, session: Session) -> None:
    assert refresh_and_wait(qtbot, window) == "ok"
    count = window.table.model().rowCount()
    again = MainWindow(Session(DEMO_PROFILE, session.db_path, None))  # offline: cache only
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.snapshot_changed, timeout=5000):
        again.load_cache()
    assert again.table.model().rowCount() == count
    assert again.banner.title.text() == window.banner.title.text()
    assert again.messages.level is MessageLevel.INFO and "No connection" in again.messages.text()
    assert again.refresh() is None and not again.refresh_button.isEnabled()


def test_f5_refreshes(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.refresh_finished, timeout=8000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.table.model().rowCount() > 0


def test_controls_have_accessible_names(window: MainWindow) -> None:
    for widget in (window.refresh_button, window.cancel_button, window.progress, window.table,
                   window.last_refreshed_label):
        assert widget.accessibleName()


def test_screenshot_writes_png_of_the_demo(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    assert gui_app.screenshot(str(out), demo=True) == 0
    data = out.read_bytes()
    assert data.startswith(PNG_SIGNATURE) and len(data) > 10_000
    image = QImage(str(out))
    assert not image.isNull() and image.width() > 800
    # the demo run filled the demo cache: the picture shows real failures
    assert core_app.load_failure_rows(paths.cache_path(DEMO_PROFILE))
    welcome = QImage(str(tmp_path / "shot-welcome.png"))   # and the first-run page beside it, for the README
    assert not welcome.isNull() and welcome.width() == 1280
    # the picture's size is not remembered as the user's window size
    assert settings().value(window_geometry.GEOMETRY_KEY) is None


def test_screenshot_without_demo_uses_the_offline_cache(tmp_path: Path) -> None:
    out = tmp_path / "offline.png"
    assert gui_app.screenshot(str(out), demo=False) == 0
    assert out.read_bytes().startswith(PNG_SIGNATURE)


class _CloseWhenRefreshed(QObject):
    """Polls for run()'s window; closes it once the demo refresh has landed (like a user quitting)."""

    def __init__(self) -> None:
        super().__init__()
        self.window: MainWindow | None = None
        self.rows_seen = 0
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        self.timer.start(50)
        self.deadline = QTimer(self)
        self.deadline.setSingleShot(True)
        self.deadline.timeout.connect(self.give_up)
        self.deadline.start(8000)

    def poll(self) -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not found:
            return
        self.window = found[0]
        if self.window.last_refreshed and not self.window.is_refreshing():
            self.rows_seen = self.window.table.model().rowCount()
            self.timer.stop()
            self.window.close()

    def give_up(self) -> None:
        QApplication.closeAllWindows()


def test_run_demo_refreshes_then_stops_the_sandbox_on_close(qapp: QApplication) -> None:
    closer = _CloseWhenRefreshed()
    assert gui_app.run(demo=True) == 0
    assert closer.window is not None and closer.rows_seen > 0
    assert closer.window.session.sandbox is None  # stopped by the close
