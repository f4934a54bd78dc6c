"""The main window: verdict banner, refresh row, table of failing invoices.

All core work goes through the task bridge on the session's cache key; the window only reacts to the
Task signals. Later panels (cause cards, invoice card) hang off `snapshot_changed` and the table selection.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from functools import partial

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.errors import UserError
from gui import jobs
from gui.banner import Banner, MessageLevel, MessageStrip
from gui.failures_model import Column, FailuresModel, FailuresSortProxy
from gui.session import Session
from gui.style import STYLE_SHEET
from gui.tasks import Task, TaskBridge

log = logging.getLogger(__name__)

_MAX_FITTED_WIDTH = 340  # px; a long customer name must not push the cause off screen


class RefreshOutcome(StrEnum):
    OK = "ok"
    ERROR = "error"
    CANCELLED = "cancelled"


class MainWindow(QMainWindow):
    refresh_finished = Signal(str)   # a RefreshOutcome value, after the window has been updated
    snapshot_changed = Signal()      # new rows shown (from the cache or a refresh)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.bridge = TaskBridge(self)
        self.model = FailuresModel(self)
        self.proxy = FailuresSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.last_refreshed: str | None = None
        self._refresh_task: Task | None = None
        self._outcome = RefreshOutcome.OK
        self._build_ui()
        self._build_actions()
        self.setWindowTitle(self.tr("Sync Doctor — {profile}").format(profile=session.profile))
        if not session.online:
            self.show_message(self.tr(
                "No connection is configured, so Refresh is unavailable. Showing the invoices saved on this "
                "computer for profile “{profile}”.").format(profile=session.profile), MessageLevel.INFO)
        self._update_controls()

    @property
    def cache_key(self) -> tuple[str, str]:
        """Every job that reads or writes this profile's cache runs in this one serial queue."""
        return (self.session.profile, "cache")

    # ---- building -------------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.setStyleSheet(STYLE_SHEET)
        self.banner = Banner(self)
        self.messages = MessageStrip(self)

        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.refresh_button.setAccessibleDescription(
            self.tr("Fetch invoices from HubSpot and QuickBooks and check them again"))
        self.refresh_button.setToolTip(self.tr("Fetch both systems again and re-check every invoice (F5)"))
        self.refresh_button.clicked.connect(self.refresh)

        self.progress_step = QLabel(self)
        self.progress_step.setObjectName("progressStep")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("refreshProgress")
        self.progress.setAccessibleName(self.tr("Refresh progress"))
        self.progress.setMinimumWidth(260)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel refresh"))
        self.cancel_button.setToolTip(self.tr("Stop the refresh; the saved data stays as it was (Esc)"))
        self.cancel_button.clicked.connect(self.cancel_refresh)

        self.last_refreshed_label = QLabel(self)
        self.last_refreshed_label.setObjectName("lastRefreshed")
        self.last_refreshed_label.setAccessibleName(self.tr("Last refreshed"))

        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.refresh_button)
        row.addWidget(self.progress_step)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        row.addWidget(self.last_refreshed_label)

        self.table = QTableView(self)
        self.table.setObjectName("failuresTable")
        self.table.setAccessibleName(self.tr("Invoices that cannot sync"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.INVOICE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setResizeContentsPrecision(500)  # fit widths on a sample: failures may run to thousands

        # An empty table with bare headers reads as "broken"; say in words why there is nothing to show.
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.table_stack = QStackedWidget(self)
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty_label)
        self._show_empty_state(checked=False)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(12)
        layout.addWidget(self.banner)
        layout.addWidget(self.messages)
        layout.addLayout(row)
        layout.addWidget(self.table_stack, 1)
        self.setCentralWidget(central)
        self.resize(1200, 760)
        self._show_last_refreshed()

    def _build_actions(self) -> None:
        self.refresh_action = QAction(self.tr("Refresh"), self)
        keys = [QKeySequence(Qt.Key.Key_F5)]
        native = QKeySequence(QKeySequence.StandardKey.Refresh)  # Ctrl+R / Cmd+R where that is the norm
        if not native.isEmpty() and native not in keys:
            keys.append(native)
        self.refresh_action.setShortcuts(keys)
        self.refresh_action.triggered.connect(self.refresh)
        self.cancel_action = QAction(self.tr("Cancel refresh"), self)
        self.cancel_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_action.triggered.connect(self.cancel_refresh)
        self.addAction(self.refresh_action)
        self.addAction(self.cancel_action)

    # ---- commands -------------------------------------------------------------------------------------
    def load_cache(self) -> Task:
        """Show what the cache already holds (in the background; queued before any refresh)."""
        return self.bridge.submit(self.cache_key, partial(jobs.load_cached, self.session.db_path),
                                  name="load cache", succeeded=self.show_snapshot, failed=self._on_load_failed)

    def refresh(self) -> Task | None:
        """Refresh + diagnose in the background. None when offline or already refreshing."""
        endpoints = self.session.endpoints
        if endpoints is None or self.is_refreshing():
            return None
        if self.messages.level is MessageLevel.ERROR:
            self.messages.clear()  # the old error is about the old attempt
        self._outcome = RefreshOutcome.OK
        job = partial(jobs.refresh_and_diagnose, endpoints, self.session.db_path)
        self._refresh_task = self.bridge.submit(
            self.cache_key, job, name="refresh",
            progress=self._on_progress, succeeded=self._on_refreshed, failed=self._on_refresh_failed,
            cancelled=self._on_refresh_cancelled, finished=self._on_refresh_finished)
        self.progress.setRange(0, 0)
        self.progress_step.setText(self.tr("Starting…"))
        self._update_controls()
        return self._refresh_task

    def cancel_refresh(self) -> None:
        if self._refresh_task is not None:
            self.progress_step.setText(self.tr("Cancelling…"))
            self._refresh_task.cancel()

    def is_refreshing(self) -> bool:
        return self._refresh_task is not None

    # ---- showing --------------------------------------------------------------------------------------
    def show_snapshot(self, snapshot: jobs.Snapshot) -> None:
        """Replace the table and banner with `snapshot` (also called directly by screenshot())."""
        self.model.set_rows(snapshot.rows)
        self.last_refreshed = snapshot.last_refreshed
        if snapshot.last_refreshed is None and not snapshot.rows:
            self.banner.show_unknown()
        else:
            self.banner.show_result(self.model.invoice_count(), len({r.kind for r in snapshot.rows}))
        self._show_last_refreshed()
        if snapshot.rows:
            self.table_stack.setCurrentWidget(self.table)
            self._fit_columns()
        else:
            self._show_empty_state(checked=snapshot.last_refreshed is not None)
        self.snapshot_changed.emit()

    def show_message(self, text: str, level: MessageLevel = MessageLevel.ERROR) -> None:
        self.messages.show_message(text, level)

    def show_error(self, err: BaseException) -> None:
        """A UserError's own words; anything else is a bug: a generic line here, the traceback in the log."""
        if isinstance(err, UserError):
            self.show_message(str(err), MessageLevel.ERROR)
            return
        log.error("unexpected error in a background task", exc_info=(type(err), err, err.__traceback__))
        self.show_message(self.tr("Something went wrong. The details were written to the log."),
                          MessageLevel.ERROR)

    def _show_empty_state(self, checked: bool) -> None:
        if checked:
            text = self.tr("No invoice needs attention. New failures appear here after the next refresh.")
        elif self.session.online:
            text = self.tr("Press Refresh (F5) to check your invoices.")
        else:
            text = self.tr("No invoices are saved on this computer for this profile yet.")
        self.empty_label.setText(text)
        self.table_stack.setCurrentWidget(self.empty_label)

    def _show_last_refreshed(self) -> None:
        when = _format_timestamp(self.last_refreshed)
        self.last_refreshed_label.setText(
            self.tr("Last refreshed {when}").format(when=when) if when else self.tr("Never refreshed"))

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for col in Column:
            if col is not Column.CAUSE:
                header.resizeSection(col, min(header.sectionSize(col) + 24, _MAX_FITTED_WIDTH))

    def _update_controls(self) -> None:
        running = self.is_refreshing()
        self.refresh_button.setEnabled(self.session.online and not running)
        self.refresh_action.setEnabled(self.session.online and not running)
        self.cancel_action.setEnabled(running)
        for widget in (self.progress_step, self.progress, self.cancel_button):
            widget.setVisible(running)

    # ---- task signals (GUI thread) --------------------------------------------------------------------
    def _on_progress(self, step: str, done: int, total: int) -> None:
        if self._refresh_task is not None and self._refresh_task.is_cancelled():
            return  # keep "Cancelling…" on screen
        self.progress_step.setText(_humanize_step(step))
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.progress.setFormat(self.tr("{done} of {total}").format(done=done, total=total))
        else:
            self.progress.setRange(0, 0)  # busy indicator: core does not know the size yet

    def _on_refreshed(self, snapshot: jobs.Snapshot | None) -> None:
        if snapshot is not None:
            self.show_snapshot(snapshot)

    def _on_refresh_failed(self, err: BaseException) -> None:
        self._outcome = RefreshOutcome.ERROR
        self.show_error(err)

    def _on_refresh_cancelled(self) -> None:
        self._outcome = RefreshOutcome.CANCELLED
        self.show_message(self.tr("Refresh cancelled. The table shows the data from before."),
                          MessageLevel.INFO)

    def _on_refresh_finished(self) -> None:
        self._refresh_task = None
        self._update_controls()
        self.refresh_finished.emit(self._outcome.value)

    def _on_load_failed(self, err: BaseException) -> None:
        self.show_error(err)

    # ---- lifetime -------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop background work, then what the session owns (the sandbox). Safe to call twice."""
        self.bridge.shutdown()
        self.session.close()


def _humanize_step(step: str) -> str:
    text = step.replace("_", " ").strip()
    return (text[:1].upper() + text[1:] + "…") if text else ""


def _format_timestamp(iso: str | None) -> str:
    """ISO time from core -> local "24 Nov 2026, 16:20"; unparsable text is shown as it is."""
    if not iso:
        return ""
    stamp = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not stamp.isValid():
        return iso
    local = stamp.toLocalTime()
    loc = QLocale()
    return f"{loc.toString(local.date(), 'd MMM yyyy')}, {loc.toString(local.time(), QLocale.FormatType.ShortFormat)}"
