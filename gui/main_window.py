"""The main window: verdict banner, refresh row, cause cards, filters, the failure table and the invoice card.

All core work goes through the task bridge on the session's cache key; the window only reacts to the Task
signals (bound methods, never lambdas). Widgets built by others hang off `top_row`, `snapshot_changed`,
`export_requested` and `set_connection_warning`.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QDateTime,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QSettings,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from core import links, paths
from core.errors import UserError
from core.failures.base import LANGUAGES
from core.panel import PanelSummary
from gui import i18n, icons, jobs
from gui.banner import Banner, ConnectionStrip, MessageLevel, MessageStrip
from gui.cause_cards import CauseCards, cause_counts, summary_counts
from gui.failures_model import Column, FailuresModel, Filter
from gui.filter_bar import FilterBar
from gui.invoice_card import InvoiceCardPanel
from gui.session import Session
from gui.style import STYLE_SHEET
from gui.tasks import Task, TaskBridge

log = logging.getLogger(__name__)

_MAX_FITTED_WIDTH = 240   # px; a long customer name must not push the cause column off screen
HEADER_KEY = "panel/header/v2"   # bump when the columns change: an old layout would misplace them
LANGUAGE_KEY = "ui/language"


def settings() -> QSettings:
    """Per-user settings in the data folder (SYNCDOCTOR_HOME in tests: never the real user's)."""
    return QSettings(str(paths.home() / "settings.ini"), QSettings.Format.IniFormat)


def default_lang() -> str:
    saved = str(settings().value(LANGUAGE_KEY, "") or "")
    lang = saved or QLocale().name()[:2]
    return lang if lang in LANGUAGES else "en"


class RefreshOutcome(StrEnum):
    OK = "ok"
    ERROR = "error"
    CANCELLED = "cancelled"


class MainWindow(QMainWindow):
    refresh_finished = Signal(str)   # a RefreshOutcome value, after the window has been updated
    snapshot_changed = Signal()      # new rows shown (from the cache or a refresh)
    summary_shown = Signal()         # at start: the cache's banner and cause counts shown, its rows still loading
    card_loaded = Signal(str)        # the invoice card's side-by-side arrived for this invoice id
    ignores_changed = Signal()       # an Ignore/Unignore was stored and shown
    export_requested = Signal()      # Ctrl+E; the export dialog listens
    wizard_opened = Signal(object)   # the QWizard just shown by open_fix_wizard

    def __init__(self, session: Session, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang or default_lang()
        self.bridge = TaskBridge(self)
        self.model = FailuresModel(self, lang=self.lang)
        self.last_refreshed: str | None = None
        self.snapshot: jobs.Snapshot | None = None
        self._by_id: dict[str, jobs.InvoiceEntry] = {}
        self._card_qbo_id: str | None = None
        self._counts_fresh = False
        self._refresh_task: Task | None = None
        self._outcome = RefreshOutcome.OK
        sandbox_state = getattr(session.sandbox, "state", None)   # the demo knows its own portal id
        self._portal_hint: str | None = sandbox_state.hubspot.portal_id if sandbox_state is not None else None
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
        self.top_row = QHBoxLayout()   # the profile switcher and connection status go here
        self.banner = Banner(self)
        self.banner.details_requested.connect(self.show_details)
        self.connection_strip = ConnectionStrip(self)
        self.messages = MessageStrip(self)

        self.refresh_button = QPushButton(icons.icon("refresh"), self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.refresh_button.setAccessibleDescription(
            self.tr("Fetch invoices from HubSpot and QuickBooks and check them again"))
        self.refresh_button.clicked.connect(self.refresh)
        self.progress_step = QLabel(self)
        self.progress_step.setObjectName("progressStep")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("refreshProgress")
        self.progress.setAccessibleName(self.tr("Refresh progress"))
        self.progress.setMinimumWidth(260)
        self.cancel_button = QPushButton(icons.icon("cancel"), self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel refresh"))
        self.cancel_button.setToolTip(self.tr("Stop the refresh; the saved data stays as it was (Esc)"))
        self.cancel_button.clicked.connect(self.cancel_refresh)
        self.last_refreshed_label = QLabel(self)
        self.last_refreshed_label.setObjectName("lastRefreshed")
        self.last_refreshed_label.setAccessibleName(self.tr("Last refreshed"))
        row = QHBoxLayout()
        row.setSpacing(10)
        for widget, stretch in ((self.refresh_button, 0), (self.progress_step, 0), (self.progress, 1),
                                (self.cancel_button, 0)):
            row.addWidget(widget, stretch)
        row.addStretch(0)
        row.addWidget(self.last_refreshed_label)

        self.cause_cards = CauseCards(self)
        self.cause_cards.set_lang(self.lang)
        self.cause_cards.kind_selected.connect(self._on_card_kind)
        self.filter_bar = FilterBar(self)
        self.filter_bar.set_lang(self.lang)
        self.filter_bar.changed.connect(self._on_filter_changed)

        self.table = QTableView(self)
        self.table.setObjectName("failuresTable")
        self.table.setAccessibleName(self.tr("Invoices that cannot sync"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.INVOICE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setResizeContentsPrecision(100)  # fit widths on a sample: failures may run to thousands
        self._layout_restored = bool(header.restoreState(settings().value(HEADER_KEY, b"")))  # type: ignore[arg-type]
        header.sectionMoved.connect(self._save_layout)
        header.sectionResized.connect(self._save_layout)
        header.sortIndicatorChanged.connect(self._save_layout)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        # An empty table with bare headers reads as "broken"; say in words why there is nothing to show.
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.table_stack = QStackedWidget(self)
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty_label)
        self._show_empty_state(checked=False)

        self.card = InvoiceCardPanel(self)
        self.card.fix_requested.connect(self._on_fix_requested)
        self.card.ignore_requested.connect(self._on_ignore_requested)
        self.card.unignore_requested.connect(self._on_unignore_requested)
        self.card.retry_requested.connect(self.retry)
        self.card.open_hubspot_requested.connect(self.open_in_hubspot)
        self.card.open_qbo_requested.connect(self.open_in_quickbooks)
        self.card.hide()
        self.model.filtered.connect(self._on_rows_filtered)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table_stack)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(10)
        layout.addLayout(self.top_row)
        for widget in (self.banner, self.connection_strip, self.messages):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.cause_cards)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.resize(1280, 800)
        self._show_last_refreshed()

    def _build_actions(self) -> None:
        self.refresh_action = self._action(self.tr("&Refresh"), self.refresh, QKeySequence(Qt.Key.Key_F5),
                                           QKeySequence(QKeySequence.StandardKey.Refresh))
        self.cancel_action = self._action(self.tr("Cancel refresh"), self.cancel_refresh,
                                          QKeySequence(Qt.Key.Key_Escape))
        self.search_action = self._action(self.tr("&Find…"), self.focus_search,
                                          QKeySequence(QKeySequence.StandardKey.Find))
        self.export_action = self._action(self.tr("&Export…"), self.export_requested,
                                          QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        self.clear_action = self._action(self.tr("Clear &filters"), self.filter_bar.clear,
                                         QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_L))
        self.fix_action = self._action(self.tr("&Fix root cause…"), self.fix_current,
                                       QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return))
        self.hubspot_action = self._action(self.tr("Open in &HubSpot"), self.open_in_hubspot,
                                           QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_H))
        self.qbo_action = self._action(self.tr("Open in &QuickBooks"), self.open_in_quickbooks,
                                       QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Q))
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addActions([self.refresh_action, self.cancel_action, self.export_action])
        edit_menu = menus.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.search_action, self.clear_action])
        self.invoice_menu = invoice_menu = menus.addMenu(self.tr("&Invoice"))
        invoice_menu.addActions([self.fix_action, self.hubspot_action, self.qbo_action])
        self.view_menu = view_menu = menus.addMenu(self.tr("&View"))
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("en", "English"), ("es", "Español")):
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self.lang)
            action.setData(code)
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.language_group.triggered.connect(self._on_language_action)

    def _action(self, text: str, slot: Any, *keys: QKeySequence) -> QAction:
        action = QAction(text, self)
        shortcuts: list[QKeySequence] = []
        for key in keys:
            if not key.isEmpty() and key not in shortcuts:
                shortcuts.append(key)
        action.setShortcuts(shortcuts)
        action.triggered.connect(slot)
        self.addAction(action)   # shortcuts work even with the menu bar hidden
        return action

    # ---- commands -------------------------------------------------------------------------------------
    def load_cache(self) -> Task:
        """Show what the cache already holds (in the background; queued before any refresh). The first time,
        the banner and cause counts come first, counted in SQL; the rows (seconds at 50,000) follow."""
        if self.snapshot is None:
            self.bridge.submit(self.cache_key, partial(jobs.load_summary, self.session.db_path),
                               name="load summary", succeeded=self.show_summary, failed=self._on_load_failed)
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

    def retry(self) -> Task | None:
        """Re-check now: the card's Retry is a refresh + diagnosis (the only way to know for sure)."""
        return self.refresh()

    def cancel_refresh(self) -> None:
        if self._refresh_task is not None:
            self.progress_step.setText(self.tr("Cancelling…"))
            self._refresh_task.cancel()

    def is_refreshing(self) -> bool:
        return self._refresh_task is not None

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def show_details(self) -> None:
        """The banner's Details: every failing invoice, the first one open."""
        self.filter_bar.clear()
        self.cause_cards.select(None)
        self.table.setFocus()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def set_lang(self, lang: str) -> None:
        """Switch the cause texts live (titles, explanations, cards) and remember the choice."""
        lang = lang if lang in LANGUAGES else "en"
        self.lang = lang
        settings().setValue(LANGUAGE_KEY, lang)
        self.model.set_lang(lang)
        self.cause_cards.set_lang(lang)
        self.filter_bar.set_lang(lang)
        if lang in self.language_actions:
            self.language_actions[lang].setChecked(True)
        if self.snapshot is not None:
            self._show_connection_problems(self.snapshot)
        self._show_card()

    def set_connection_warning(self, text: str | None) -> None:
        """A connection problem (unreachable service, expired login), apart from the verdict; None hides it."""
        self.connection_strip.set_text(text)

    def selected_entries(self) -> list[jobs.InvoiceEntry]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.entry_at(r) for r in rows if r < self.model.rowCount()]

    def current_entry(self) -> jobs.InvoiceEntry | None:
        return self.card.entry if self.card.isVisible() else None

    def select_invoice(self, invoice_id: str) -> bool:
        row = self.model.row_of(invoice_id)
        if row >= 0:
            # Not selectRow(): it reads the keyboard's modifiers, so a held Ctrl would toggle the row off.
            index = self.model.index(row, 0)
            selection = self.table.selectionModel()
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            selection.select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                             | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
            self._show_card()   # also when the row was already selected (no selectionChanged then)
        return row >= 0

    # ---- fix, ignore, links ---------------------------------------------------------------------------
    def wizard_class(self, kind: str) -> Any:
        """The registered wizard for `kind`, or None (the registry may not exist yet, or lack the kind)."""
        import gui.wizards  # the fix machinery loads when a card first asks, not before the window shows

        lookup = getattr(gui.wizards, "wizard_for", None)
        if not callable(lookup):
            return None
        try:
            return lookup(kind)
        except ImportError:   # a registered wizard module that is missing or broken: Fix stays disabled
            log.warning("the wizard for %s cannot be loaded", kind, exc_info=True)
            return None

    def open_fix_wizard(self, kind: str, invoice_ids: list[str]) -> QWizard | None:
        """Open `kind`'s wizard over those invoices' failures of that kind; None when there is none."""
        factory = self.wizard_class(kind)
        wanted = set(invoice_ids)
        failures = [r for e in self._by_id.values() if e.id in wanted for r in e.rows if r.kind == kind]
        if factory is None or not failures:
            return None
        wizard: QWizard = factory(failures, self.session, self.bridge, self, kind=kind, lang=self.lang)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        cache_changed = getattr(wizard, "cache_changed", None)
        if cache_changed is not None:
            cache_changed.connect(self.load_cache)   # a fix re-diagnosed the cache: show the new verdict
        wizard.show()
        self.wizard_opened.emit(wizard)
        return wizard

    def fix_current(self) -> QWizard | None:
        entry = self.current_entry()
        return self._on_fix_requested(entry.rows[0].kind) if entry and entry.rows else None

    def ignore(self, kind: str, invoice_ids: list[str], reason: str) -> Task:
        job = partial(jobs.set_ignored, self.session.db_path, list(invoice_ids), kind, reason)
        return self.bridge.submit(self.cache_key, job, name="ignore", succeeded=self._on_ignores_stored,
                                  failed=self.show_error)

    def unignore(self, kind: str, invoice_ids: list[str]) -> Task:
        job = partial(jobs.set_ignored, self.session.db_path, list(invoice_ids), kind, None)
        return self.bridge.submit(self.cache_key, job, name="unignore", succeeded=self._on_ignores_stored,
                                  failed=self.show_error)

    def open_url(self, url: str) -> bool:
        """The one place a browser is launched (tests replace QDesktopServices.openUrl)."""
        return bool(QDesktopServices.openUrl(QUrl(url)))

    def open_in_hubspot(self) -> bool:
        entry, portal = self.current_entry(), self._portal()
        return bool(entry and portal) and self.open_url(links.hubspot_invoice_url(str(portal), entry.id))

    def open_in_quickbooks(self) -> bool:
        return bool(self._card_qbo_id) and self.open_url(links.qbo_invoice_url(str(self._card_qbo_id)))

    def _portal(self) -> str | None:
        return (self.snapshot.portal_id if self.snapshot else None) or self._portal_hint

    def _targets(self, kind: str) -> list[str]:
        """The invoices an action on `kind` applies to: the selected ones with that cause, else the open one."""
        ids = [e.id for e in self.selected_entries() if kind in e.kinds]
        entry = self.current_entry()
        return ids or ([entry.id] if entry else [])

    def _on_fix_requested(self, kind: str) -> QWizard | None:
        return self.open_fix_wizard(kind, self._targets(kind))

    def _on_ignore_requested(self, kind: str, reason: str) -> None:
        self.ignore(kind, self._targets(kind), reason)

    def _on_unignore_requested(self, kind: str) -> None:
        self.unignore(kind, self._targets(kind))

    def _on_ignores_stored(self, result: jobs.IgnoreResult) -> None:
        made = {x.hubspot_invoice_id: x for x in result.made}
        for inv in result.invoice_ids:
            entry = self._by_id.get(inv)
            if entry is None:
                continue
            if inv in made:
                entry.ignored[result.kind] = made[inv]
            else:
                entry.ignored.pop(result.kind, None)
            entry.update_status()
        self.model.entries_changed(set(result.invoice_ids))
        self._show_counts()
        self._show_card()
        self.ignores_changed.emit()

    # ---- showing --------------------------------------------------------------------------------------
    def show_snapshot(self, snapshot: jobs.Snapshot) -> None:
        """Replace the panel with `snapshot` (also called directly by screenshot())."""
        keep = self.card.entry.id if self.card.entry is not None and self.card.isVisible() else None
        self._close_card()   # its entry belongs to the old snapshot; reopened below from the new one
        self.snapshot = snapshot
        self._counts_fresh = bool(snapshot.counts) or not snapshot.entries
        self._by_id = {e.id: e for e in snapshot.entries}
        self.model.set_entries(snapshot.entries)
        self.last_refreshed = snapshot.last_refreshed
        self._show_counts()
        self._show_last_refreshed()
        self._show_connection_problems(snapshot)
        if snapshot.entries:
            self.table_stack.setCurrentWidget(self.table)
            QTimer.singleShot(0, self.table, self.table.viewport)   # its first call costs ~20 ms: not on a keystroke
            if not self._layout_restored:
                self._fit_columns()
        else:
            self._show_empty_state(checked=snapshot.last_refreshed is not None)
        if keep is not None:
            self.select_invoice(keep)
        self.snapshot_changed.emit()

    def show_summary(self, summary: PanelSummary | None) -> None:
        """The verdict and the cause cards before the rows arrive (ignored once rows are shown)."""
        if summary is None or self.snapshot is not None:
            return
        counts = summary_counts(summary)
        if summary.last_refreshed is None and not summary.invoices:
            self.banner.show_unknown()
        else:
            failing_kinds = {c.kind for c in counts if c.severity == "failure"}
            self.banner.show_result(summary.failing, len(failing_kinds), summary.ignored)
        self.cause_cards.set_counts(counts, summary.invoices)
        self.filter_bar.set_kinds([c.kind for c in counts])
        self.last_refreshed = summary.last_refreshed
        self._show_last_refreshed()
        if summary.invoices:
            self.empty_label.setText(self.tr("Loading %n invoices…", "", summary.invoices))
            self.table_stack.setCurrentWidget(self.empty_label)
        self.summary_shown.emit()

    def _show_counts(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        entries = snapshot.entries
        counts = snapshot.counts if self._counts_fresh else cause_counts(entries)
        self._counts_fresh = False   # an ignore changes them: recount then
        if snapshot.last_refreshed is None and not entries:
            self.banner.show_unknown()
        else:
            ignored = sum(1 for e in entries if e.status == jobs.IGNORED)
            failing_kinds = {c.kind for c in counts if c.severity == "failure"}
            self.banner.show_result(self.model.invoice_count(), len(failing_kinds), ignored)
        self.cause_cards.set_counts(counts, len(entries))
        self.filter_bar.set_kinds([c.kind for c in counts])

    def _show_connection_problems(self, snapshot: jobs.Snapshot) -> None:
        lines = []
        for notice in snapshot.connection_problems:
            words = jobs.notice_texts(notice.kind, self.lang)
            system = "HubSpot" if notice.evidence.get("system") == "hubspot" else "QuickBooks"
            lines.append(f"{words.title} ({system}): {notice.summary or words.explanation}")
        self.set_connection_warning("\n".join(lines) or None)

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
        text = self.tr("Last refreshed {when}").format(when=when) if when else self.tr("Never refreshed")
        if not self.session.online:
            text += " · " + self.tr("offline: showing saved data")
        self.last_refreshed_label.setText(text)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.sectionResized.disconnect(self._save_layout)   # one settings write, not one per resize
        try:
            for col in Column:
                if col is not Column.CAUSE:   # the last section stretches: measuring it is wasted
                    self.table.resizeColumnToContents(col)
                    header.resizeSection(col, min(header.sectionSize(col) + 16, _MAX_FITTED_WIDTH))
        finally:
            header.sectionResized.connect(self._save_layout)
        self._save_layout()

    def _offline_reason(self) -> str:
        return self.tr("Needs a connection: no connection is configured for profile “{profile}”.").format(
            profile=self.session.profile)

    def _update_controls(self) -> None:
        running, online = self.is_refreshing(), self.session.online
        self.refresh_button.setEnabled(online and not running)
        self.refresh_action.setEnabled(online and not running)
        tip = self.tr("Fetch both systems again and re-check every invoice (F5)")
        self.refresh_button.setToolTip(tip if online else self._offline_reason())
        self.card.set_online(online and not running,
                             self._offline_reason() if not online else self.tr("A refresh is running"))
        self.cancel_action.setEnabled(running)
        for widget in (self.progress_step, self.progress, self.cancel_button):
            widget.setVisible(running)

    # ---- table, filters and the card ------------------------------------------------------------------
    def _on_card_kind(self, kind: object) -> None:
        self.filter_bar.set_kind(kind if isinstance(kind, str) else None)

    def _on_filter_changed(self, spec: Filter) -> None:
        self.model.set_filter(spec)
        self.cause_cards.select(spec.kind)

    def _on_rows_filtered(self) -> None:
        """After a re-filter or re-sort the view lost its selection: put the open invoice back, if shown."""
        entry = self.card.entry if self.card.isVisible() else None
        if entry is not None:
            row = self.model.row_of(entry.id)
            if row >= 0:
                self.table.selectionModel().blockSignals(True)   # same invoice: no reload of its card
                self.table.selectRow(row)
                self.table.selectionModel().blockSignals(False)
                self.table.viewport().update()

    def _on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        del selected, deselected
        self._show_card()

    def _show_card(self) -> None:
        current = self.table.currentIndex()
        chosen = self.selected_entries()
        entry = None
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row()):
            entry = self.model.entry_at(current.row())
        elif chosen:
            entry = chosen[0]
        if entry is None:
            self._close_card()
            return
        reload = self.card.entry is None or self.card.entry.id != entry.id or not self.card.isVisible()
        self.card.show_entry(entry, self.lang, max(len(chosen), 1))
        self.card.set_fix_state({kind: self._fix_state(kind) for kind in entry.kinds})
        if reload:
            self._card_qbo_id = None
            self.bridge.submit(self.cache_key, partial(jobs.load_card, self.session.db_path, entry.id, entry.status),
                               name="invoice card", succeeded=self._on_card_result, failed=self.show_error)
        self._show_link_state()
        if not self.card.isVisible():
            self.card.show()
            width = self.splitter.width()
            self.splitter.setSizes([width - min(560, width * 2 // 5), min(560, width * 2 // 5)])

    def _close_card(self) -> None:
        self.card.show_entry(None, self.lang)
        self.card.hide()

    def _fix_state(self, kind: str) -> tuple[bool, str]:
        import gui.wizards

        if not gui.wizards.has_wizard(kind):
            return False, self.tr("No guided fix for this cause yet: follow the steps in its explanation.")
        return True, self.tr("Open the guided fix for this cause")

    def _show_link_state(self) -> None:
        hubspot = "" if self._portal() else self.tr("The HubSpot account id of this profile is not known yet, "
                                                     "so a link cannot be built.")
        if self.card.card is None:
            qbo = self.tr("Loading…")
        else:
            qbo = "" if self._card_qbo_id else self.tr("This invoice is not in QuickBooks yet.")
        self.card.set_links(hubspot, qbo)
        self.hubspot_action.setEnabled(not hubspot and self.card.entry is not None)
        self.qbo_action.setEnabled(not qbo)

    def _on_card_result(self, result: jobs.CardResult) -> None:
        if self.card.entry is None or self.card.entry.id != result.invoice_id:
            return
        self._card_qbo_id = result.card.qbo_invoice_id if result.card else None
        self.card.set_card(result.card, result.invoice_id, result.error)
        self._show_link_state()
        self.card_loaded.emit(result.invoice_id)

    def _save_layout(self) -> None:
        settings().setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    def _on_language_action(self, action: QAction) -> None:
        lang = str(action.data())
        self.set_lang(lang)                # cause texts switch now (and the choice is saved)
        if i18n.set_lang(lang):            # menus and buttons follow at the next start
            self.show_message(i18n.restart_note(lang), MessageLevel.INFO)

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
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ThemeChange):
            self.setStyleSheet(STYLE_SHEET)   # palette(...) in a sheet is resolved when it is set
        super().changeEvent(event)

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
