"""Search and filters over the invoice table: free text (number, name, email), cause, status, dates, amount.

Emits a complete `Filter` on every change; the model re-filters its precomputed keys (no debounce needed).
The status filter starts on what needs attention (cannot sync, warning); every other status is one choice
away, and a search that finds nothing there but finds invoices under another status says so. Dates and
amounts sit behind "More filters", so the row fits a laptop screen.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from core.panel import OUT_OF_SCOPE, READY, SYNCED
from core.services.entries import ATTENTION, FAILING, IGNORED, WARNING
from gui import icons
from gui.failures_model import Filter, kind_title, status_text

_NO_DATE = QDate(2000, 1, 1)  # the minimum, shown as "Any"


class FilterBar(QWidget):
    changed = Signal(object)   # Filter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._quiet = False
        self.lang = "en"
        self._kinds: list[str] = []

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search number, name or email (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search invoices"))
        self.search.setToolTip(self.search.placeholderText())   # a narrow window cuts the placeholder short
        self.search.setMinimumWidth(160)
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._emit)

        self.cause = QComboBox(self)
        self.cause.setObjectName("causeFilter")
        self.cause.setAccessibleName(self.tr("Filter by cause"))
        # As wide as a short title, not the longest one: the search box keeps its room on a laptop screen; the
        # chosen cause, elided, is whole in the tooltip.
        self.cause.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.cause.setMinimumContentsLength(14)
        self.cause.currentIndexChanged.connect(self._on_cause_changed)

        self.status = QComboBox(self)
        self.status.setObjectName("statusFilter")
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.status.addItem(self.tr("Needs attention"), ATTENTION)   # the default: index 0
        for value in (FAILING, WARNING, IGNORED, READY, SYNCED, OUT_OF_SCOPE):
            self.status.addItem(status_text(value), value)
        self.status.addItem(self.tr("Every invoice"), None)
        self.status.setToolTip(self.tr("Which invoices to list: those that need attention (cannot sync or "
                                       "warning), one status, or every invoice"))
        self.status.currentIndexChanged.connect(self._emit)

        self.date_from = self._date_edit("dateFrom", self.tr("Invoice date from"))
        self.date_to = self._date_edit("dateTo", self.tr("Invoice date to"))
        self.amount_min = self._amount_edit("amountMin", self.tr("Minimum amount"))
        self.amount_max = self._amount_edit("amountMax", self.tr("Maximum amount"))

        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setIcon(icons.icon("clear"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Back to the invoices that need attention, with no other filter"))
        self.clear_button.clicked.connect(self.clear)

        self.more_button = QToolButton(self)
        self.more_button.setObjectName("moreFilters")
        self.more_button.setIcon(icons.icon("details"))
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setAccessibleName(self.tr("Filter by date and amount"))
        self.more_button.setToolTip(self.tr("Filter by invoice date and amount"))
        menu = QMenu(self.more_button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self._more_panel(menu))
        menu.addAction(action)
        self.more_button.setMenu(menu)

        self.elsewhere = QLabel(self)   # "nothing here, but found under another status"
        self.elsewhere.setObjectName("searchElsewhere")
        self.elsewhere.setWordWrap(True)
        self.show_all_button = QPushButton(self.tr("Show every invoice"), self)
        self.show_all_button.setObjectName("showEveryStatus")
        self.show_all_button.clicked.connect(self.show_every_status)

        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.search, 3)
        row.addWidget(self.cause, 2)
        row.addWidget(self.status, 1)
        row.addWidget(self.more_button)
        row.addWidget(self.clear_button)
        hint = QHBoxLayout()
        hint.addWidget(self.elsewhere, 1)
        hint.addWidget(self.show_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addLayout(hint)
        self.show_elsewhere(0)
        self.set_kinds([])
        self._retitle_more()

    def _more_panel(self, parent: QWidget) -> QWidget:
        panel = QWidget(parent)
        grid = QGridLayout(panel)
        grid.setContentsMargins(10, 8, 10, 8)
        for row, (label, low, high) in enumerate(((self.tr("Invoice date"), self.date_from, self.date_to),
                                                  (self.tr("Amount"), self.amount_min, self.amount_max))):
            low.setParent(panel)
            high.setParent(panel)
            grid.addWidget(self._label(label, low), row, 0)
            grid.addWidget(low, row, 1)
            grid.addWidget(QLabel("–", panel), row, 2)
            grid.addWidget(high, row, 3)
        return panel

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(self.tr("Any"))
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(_NO_DATE)
        edit.dateChanged.connect(self._emit)
        return edit

    def _amount_edit(self, name: str, accessible: str) -> QDoubleSpinBox:
        edit = QDoubleSpinBox(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setRange(0, 1e9)
        edit.setDecimals(2)
        edit.setSingleStep(100)
        edit.setSpecialValueText(self.tr("Any"))  # 0 = no limit
        edit.setGroupSeparatorShown(True)
        edit.valueChanged.connect(self._emit)
        return edit

    # ---- from the window --------------------------------------------------------------------------------
    def set_kinds(self, kinds: list[str]) -> None:
        """The causes present in the data, in card order; keeps the current choice when it still exists."""
        current = self.cause.currentData()
        self._kinds = list(kinds)
        self._quiet = True
        self.cause.clear()
        self.cause.addItem(self.tr("Any cause"), None)
        for kind in kinds:
            self.cause.addItem(kind_title(kind, self.lang), kind)
        index = self.cause.findData(current) if current else 0
        self.cause.setCurrentIndex(max(index, 0))
        self._quiet = False

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.set_kinds(self._kinds)

    def set_kind(self, kind: str | None) -> None:
        index = self.cause.findData(kind) if kind else 0
        self.cause.setCurrentIndex(max(index, 0))   # emits when it changed

    def show_elsewhere(self, count: int) -> None:
        """Say that the search finds `count` invoices under statuses the status filter hides (0: say nothing)."""
        if count:
            self.elsewhere.setText(self.tr("No invoice with this status matches the search; %n invoice(s) with "
                                           "another status do.", "", count))
        self.elsewhere.setVisible(bool(count))
        self.show_all_button.setVisible(bool(count))

    def show_every_status(self) -> None:
        self.status.setCurrentIndex(self.status.count() - 1)   # "Every invoice"

    def _retitle_more(self) -> None:
        active = sum(1 for on in (self.date_from.date() != _NO_DATE, self.date_to.date() != _NO_DATE,
                                  bool(self.amount_min.value()), bool(self.amount_max.value())) if on)
        self.more_button.setText(self.tr("More filters (%n)", "", active) if active else self.tr("More filters"))

    def clear(self) -> None:
        self._quiet = True
        self.search.clear()
        self.cause.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self.date_from.setDate(_NO_DATE)
        self.date_to.setDate(_NO_DATE)
        self.amount_min.setValue(0)
        self.amount_max.setValue(0)
        self._quiet = False
        self._emit()

    def current(self) -> Filter:
        def date(edit: QDateEdit) -> str | None:
            return None if edit.date() == _NO_DATE else edit.date().toString(Qt.DateFormat.ISODate)

        return Filter(text=self.search.text(), kind=self.cause.currentData(), status=self.status.currentData(),
                      date_from=date(self.date_from), date_to=date(self.date_to),
                      amount_min=self.amount_min.value() or None, amount_max=self.amount_max.value() or None)

    def _on_cause_changed(self) -> None:
        self.cause.setToolTip(self.cause.currentText())
        self._emit()

    def _emit(self) -> None:
        self._retitle_more()
        if not self._quiet:
            self.changed.emit(self.current())
