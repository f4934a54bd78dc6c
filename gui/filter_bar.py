"""Search and filters over the failure table: free text (number, name, email), cause, status, dates, amount.

Emits a complete `Filter` on every change; the model re-filters its precomputed keys (no debounce needed).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QDoubleSpinBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from gui import icons
from gui.failures_model import Filter, kind_title, status_text
from gui.jobs import FAILING, IGNORED, WARNING

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
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._emit)

        self.cause = QComboBox(self)
        self.cause.setObjectName("causeFilter")
        self.cause.setAccessibleName(self.tr("Filter by cause"))
        self.cause.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.cause.currentIndexChanged.connect(self._emit)

        self.status = QComboBox(self)
        self.status.setObjectName("statusFilter")
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.status.addItem(self.tr("Any status"), None)
        for value in (FAILING, WARNING, IGNORED):
            self.status.addItem(status_text(value), value)
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
        self.clear_button.setToolTip(self.tr("Show every invoice again"))
        self.clear_button.clicked.connect(self.clear)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.cause, 2)
        layout.addWidget(self.status, 1)
        layout.addWidget(self._label(self.tr("Date"), self.date_from))
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel("–", self))
        layout.addWidget(self.date_to)
        layout.addWidget(self._label(self.tr("Amount"), self.amount_min))
        layout.addWidget(self.amount_min)
        layout.addWidget(QLabel("–", self))
        layout.addWidget(self.amount_max)
        layout.addWidget(self.clear_button)
        self.set_kinds([])

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

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit(self.current())
