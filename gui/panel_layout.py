"""Builds the main window's widgets, menus and shortcuts, and keeps the table's column layout in the settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import paths
from gui import i18n, icons
from gui.banner import Banner, ConnectionStrip, MessageLevel, MessageStrip
from gui.cause_cards import CauseCards
from gui.failures_model import Column
from gui.filter_bar import FilterBar
from gui.invoice_card import InvoiceCardPanel
from gui.panel_card import CardActions
from gui.style import STYLE_SHEET

if TYPE_CHECKING:
    from gui.tasks import Task

_MAX_FITTED_WIDTH = 220   # px; a long customer name must not push the cause column off screen
_MIN_CUSTOMER_WIDTH = 160  # px; how far the customer column narrows when the card opens (tooltips say the rest)
_CAUSE_ROOM = 140          # px; what the cause column keeps in view then
HEADER_KEY = "panel/header/v2"   # bump when the columns change: an old layout would misplace them
LANGUAGE_KEY = "ui/language"


def settings() -> QSettings:
    """Per-user settings in the data folder (SYNCDOCTOR_HOME in tests: never the real user's)."""
    return QSettings(str(paths.home() / "settings.ini"), QSettings.Format.IniFormat)


if TYPE_CHECKING:
    class _Window(CardActions):
        """Typing only: what MainWindow defines."""

        export_requested = Signal()

        def refresh(self) -> Task | None: ...
        def retry(self) -> Task | None: ...
        def cancel_refresh(self) -> None: ...
        def focus_search(self) -> None: ...
        def show_details(self) -> None: ...
        def set_lang(self, lang: str) -> None: ...
        def show_message(self, text: str, level: MessageLevel = MessageLevel.ERROR) -> None: ...
        def _show_empty_state(self, checked: bool) -> None: ...
        def _show_last_refreshed(self) -> None: ...
else:
    _Window = CardActions


class PanelLayout(_Window):
    """MainWindow's widget building: the window's second base, over the card handling it wires up."""

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
        self.cause_cards.fix_all_requested.connect(self.fix_all)
        self.filter_bar = FilterBar(self)
        self.filter_bar.set_lang(self.lang)
        self.filter_bar.changed.connect(self._on_filter_changed)
        self.model.set_filter(self.filter_bar.current())   # what needs attention, until the user asks for more

        self.table = QTableView(self)
        self.table.setObjectName("failuresTable")
        self.table.setAccessibleName(self.tr("Invoices"))
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
        for strip in (self.banner, self.connection_strip, self.messages):
            layout.addWidget(strip)
        layout.addLayout(row)
        layout.addWidget(self.cause_cards)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
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

    # ---- column layout and language -------------------------------------------------------------------
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

    def _keep_columns_in_view(self) -> None:
        """The card opened beside the table: columns this session fitted (not a layout the user set) give the
        customer column's width up, down to _MIN_CUSTOMER_WIDTH, so status and cause stay in view."""
        if self._layout_restored or not self.card.isVisible():
            return
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in Column if c is not Column.CAUSE)
        excess = others + _CAUSE_ROOM - self.table.viewport().width()
        customer = header.sectionSize(Column.CUSTOMER)
        if excess > 0 and customer > _MIN_CUSTOMER_WIDTH:
            header.resizeSection(Column.CUSTOMER, max(_MIN_CUSTOMER_WIDTH, customer - excess))

    def _save_layout(self) -> None:
        settings().setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    def _on_language_action(self, action: QAction) -> None:
        lang = str(action.data())
        self.set_lang(lang)                # cause texts switch now (and the choice is saved)
        if i18n.set_lang(lang):            # menus and buttons follow at the next start
            self.show_message(i18n.restart_note(lang), MessageLevel.INFO)
