"""Table model over core's FailureRow list: one row per (invoice, cause)."""

from __future__ import annotations

import re
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from core.app import FailureRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1   # raw values, so amounts sort as numbers and dates as dates
ROW_ROLE = Qt.ItemDataRole.UserRole + 2    # the FailureRow itself, for views that show details

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    INVOICE = 0
    CUSTOMER = 1
    AMOUNT = 2
    DATE = 3
    CAUSE = 4


def _headers() -> dict[Column, str]:
    # Translated at call time (not import time) so a translator installed later still applies.
    tr = QCoreApplication.translate
    return {
        Column.INVOICE: tr("FailuresModel", "Invoice"),
        Column.CUSTOMER: tr("FailuresModel", "Customer"),
        Column.AMOUNT: tr("FailuresModel", "Amount"),
        Column.DATE: tr("FailuresModel", "Date"),
        Column.CAUSE: tr("FailuresModel", "Cause"),
    }


def format_amount(amount: float | None, currency: str, locale: QLocale | None = None) -> str:
    """Amount in the user's number format: the home currency with its symbol, any other with its ISO code
    (bookkeepers handle several currencies; "$" alone would be ambiguous between USD, CAD, AUD...)."""
    if amount is None:
        return ""
    loc = locale or QLocale()
    code = currency.strip().upper()
    if not code:
        return loc.toString(amount, "f", 2)
    if code == loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode):
        return loc.toCurrencyString(amount, loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol))
    text = loc.toCurrencyString(amount, code)
    return re.sub(re.escape(code) + r"(?=[\d(-])", code + "\u00a0", text)  # "USD1.00" -> "USD 1.00"


def format_date(iso: str, locale: QLocale | None = None) -> str:
    """"2026-10-01" -> "1 Oct 2026": day-month order is never ambiguous, month names are localized."""
    date = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return (locale or QLocale()).toString(date, "d MMM yyyy") if date.isValid() else iso


class FailuresModel(QAbstractTableModel):
    """Read-only; replaced wholesale after each refresh (a diagnosis is a new snapshot, not an edit)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FailureRow] = []

    # ---- data in ----------------------------------------------------------------------------------------
    def set_rows(self, rows: list[FailureRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[FailureRow]:
        return list(self._rows)

    def row_at(self, row: int) -> FailureRow:
        return self._rows[row]

    def invoice_count(self) -> int:
        """Invoices that cannot sync: one invoice may fail for several causes, so count distinct ids;
        warnings (which may not block the sync) are listed but not counted."""
        return len({r.hubspot_invoice_id for r in self._rows if r.severity == "failure"})

    # ---- Qt model API -----------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _headers()[Column(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(Column(section))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, col)
        if role == SORT_ROLE:
            return _sort_key(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.summary or row.title
        if role == ROW_ROLE:
            return row
        return None


def _display(row: FailureRow, col: Column) -> str:
    if col is Column.INVOICE:
        return row.invoice_number
    if col is Column.CUSTOMER:
        return row.customer
    if col is Column.AMOUNT:
        return format_amount(row.amount, row.currency)
    if col is Column.DATE:
        return format_date(row.invoice_date)
    return row.title


def _sort_key(row: FailureRow, col: Column) -> Any:
    if col is Column.AMOUNT:
        return row.amount if row.amount is not None else float("-inf")
    if col is Column.DATE:
        return row.invoice_date  # ISO text sorts chronologically
    return _display(row, col)


class FailuresSortProxy(QSortFilterProxyModel):
    """Sorts on SORT_ROLE; text the way people read it: "INV-999" before "INV-1000", accents and case
    ignored by the user's collation."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._collator = QCollator(QLocale())
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, str) and isinstance(b, str):
            return self._collator.compare(_natural(a), _natural(b)) < 0
        return bool(a < b)


def _natural(text: str) -> str:
    # Zero-padded digit runs sort by value under any collation (QCollator's numeric mode needs ICU).
    return re.sub(r"\d+", lambda m: m.group().rjust(20, "0"), text)


def _alignment(col: Column) -> Qt.AlignmentFlag:
    horizontal = Qt.AlignmentFlag.AlignRight if col is Column.AMOUNT else Qt.AlignmentFlag.AlignLeft
    return horizontal | Qt.AlignmentFlag.AlignVCenter
