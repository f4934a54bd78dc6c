"""Table model over the panel's invoices: one row per invoice, every cause it fails for in one column.

Filtering and sorting happen here over a pre-filtered index list, not in a QSortFilterProxyModel: with 50,000
rows a Python `filterAcceptsRow`/`lessThan` per row is far too slow, while one list comprehension over
precomputed lowercase keys re-filters in a few milliseconds. Typing narrows: when the new search text contains
the previous one (and nothing else changed), only the rows shown already are searched again. A cell's text is
formatted once per row on first paint and kept until the row changes (data() is called per cell and role).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import IntEnum
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from core import formatting
from core.failures import registry
from core.panel import OUT_OF_SCOPE, READY, SYNCED
from core.services.entries import ATTENTION, FAILING, IGNORED, WARNING, InvoiceEntry, fold, natural
from gui import i18n

SORT_ROLE = Qt.ItemDataRole.UserRole + 1   # raw values, so amounts sort as numbers and dates as dates
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2  # the InvoiceEntry itself, for views that show details
ROW_ROLE = ENTRY_ROLE

_Index = QModelIndex | QPersistentModelIndex
_STATUS_ORDER = {FAILING: 0, WARNING: 1, IGNORED: 2, READY: 3, SYNCED: 4, OUT_OF_SCOPE: 5}
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_SORT = int(SORT_ROLE)
_ENTRY = int(ENTRY_ROLE)
_STATUS = attrgetter("status")
_NUMBER_KEY = attrgetter("number_key")
_ROLES = frozenset((_DISPLAY, _ALIGN, _TOOLTIP, _FOREGROUND, _FONT, _SORT, _ENTRY))   # the view asks for more


class Column(IntEnum):
    INVOICE = 0
    DATE = 1
    CUSTOMER = 2
    AMOUNT = 3
    STATUS = 4
    CAUSE = 5


def _headers() -> dict[Column, str]:
    # Translated at call time (not import time) so a translator installed later still applies.
    return {
        Column.INVOICE: QCoreApplication.translate("FailuresModel", "Invoice"),
        Column.DATE: QCoreApplication.translate("FailuresModel", "Date"),
        Column.CUSTOMER: QCoreApplication.translate("FailuresModel", "Customer / contact"),
        Column.AMOUNT: QCoreApplication.translate("FailuresModel", "Amount"),
        Column.STATUS: QCoreApplication.translate("FailuresModel", "Status"),
        Column.CAUSE: QCoreApplication.translate("FailuresModel", "Cause"),
    }


def status_text(status: str) -> str:
    return {FAILING: QCoreApplication.translate("FailuresModel", "Cannot sync"),
            WARNING: QCoreApplication.translate("FailuresModel", "Warning"),
            IGNORED: QCoreApplication.translate("FailuresModel", "Ignored"),
            READY: QCoreApplication.translate("FailuresModel", "Ready to sync"),
            SYNCED: QCoreApplication.translate("FailuresModel", "Synced"),
            OUT_OF_SCOPE: QCoreApplication.translate("FailuresModel", "Out of scope")}.get(status, status)


_TITLES: dict[tuple[str, str, str], str] = {}   # (kind, lang, installed translators' lang) → title


def kind_title(kind: str, lang: str) -> str:
    """A cause's title in `lang` (asked once per row when sorting by cause: kept once rendered)."""
    key = (kind, lang, i18n.installed_lang())
    if key not in _TITLES:
        known = registry.get(kind)
        _TITLES[key] = i18n.text(known.title, lang) if known else kind
    return _TITLES[key]


def summary_text(kind: str, summary: str, evidence: dict[str, Any], lang: str) -> str:
    """What was found on one invoice, in `lang`: the kind's summary message (the stored English text for a kind
    this version does not know)."""
    known = registry.get(kind)
    return i18n.text(known.summary(evidence), lang) if known else summary


def format_amount(amount: float | None, currency: str, lang: str | None = None) -> str:
    """An amount in the interface's number format with its currency's ISO code ("1,234.50 USD"): bookkeepers
    handle several currencies, and "$" alone would be ambiguous between USD, CAD, AUD...)."""
    if amount is None:
        return ""
    return formatting.money(amount, formatting.language(lang or i18n.installed_lang()), currency)


def format_date(iso: str, lang: str | None = None) -> str:
    """"2026-10-01" -> "1 Oct 2026": day-month order is never ambiguous, month names are localized."""
    return formatting.day(iso, formatting.language(lang or i18n.installed_lang()))


@dataclass(frozen=True)
class Filter:
    """What the table shows; None/"" = no restriction. Dates are ISO text, compared as text."""

    text: str = ""
    kind: str | None = None
    status: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    amount_min: float | None = None
    amount_max: float | None = None

    def predicate(self) -> Callable[[InvoiceEntry], bool] | None:
        tests: list[Callable[[InvoiceEntry], bool]] = []
        needle = fold(self.text.strip())
        if needle:
            tests.append(lambda e: needle in e.search)
        if self.kind:
            kind = self.kind
            tests.append(lambda e: any(r.kind == kind for r in e.rows))
        if self.status == ATTENTION:
            tests.append(lambda e: e.status == FAILING or e.status == WARNING)
        elif self.status:
            status = self.status
            tests.append(lambda e: e.status == status)
        if self.date_from:
            lo = self.date_from
            tests.append(lambda e: e.date[:10] >= lo)
        if self.date_to:
            hi = self.date_to
            tests.append(lambda e: e.date[:10] <= hi)
        if self.amount_min is not None:
            a_min = self.amount_min
            tests.append(lambda e: e.amount is not None and e.amount >= a_min)
        if self.amount_max is not None:
            a_max = self.amount_max
            tests.append(lambda e: e.amount is not None and e.amount <= a_max)
        if not tests:
            return None
        if len(tests) == 1:
            return tests[0]
        return lambda e: all(t(e) for t in tests)


class FailuresModel(QAbstractTableModel):
    """Read-only; replaced wholesale after each refresh (a diagnosis is a new snapshot, not an edit)."""

    filtered = Signal()   # the visible rows changed (filter, sort or new data)

    def __init__(self, parent: QObject | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        self._entries: list[InvoiceEntry] = []
        self._ordered: list[InvoiceEntry] = []   # all entries in the current sort order
        self._keys: list[str] = []               # their search keys, in the same order (one `in` per row)
        self._visible: list[InvoiceEntry] = []   # the ordered entries the filter accepts
        self._cells: dict[int, tuple[str, ...]] = {}   # id(entry) -> its display texts, filled on first paint
        self._filter = Filter()
        self._stale = False   # entries changed in place since the status filter was applied
        self._sort: tuple[int, Qt.SortOrder] = (Column.INVOICE, Qt.SortOrder.AscendingOrder)
        self.lang = lang

    # ---- data in ----------------------------------------------------------------------------------------
    def set_entries(self, entries: list[InvoiceEntry]) -> None:
        self._entries = list(entries)
        for entry in self._entries:
            if not entry.number_key:   # group_rows computes it in the worker; anything else gets it here
                entry.number_key = natural(entry.number)
        self.beginResetModel()
        self._cells = {}
        self._set_ordered(self._sorted(self._entries))
        self._visible, self._stale = self._apply(self._ordered), False
        self.endResetModel()
        self.filtered.emit()

    def set_filter(self, spec: Filter) -> None:
        if spec == self._filter and not self._stale:
            return
        before, self._filter, stale, self._stale = self._filter, spec, self._stale, False
        old, new = fold(before.text.strip()), fold(spec.text.strip())
        narrow = not stale and bool(old) and old in new and replace(before, text="") == replace(spec, text="")
        self.beginResetModel()
        self._visible = self._apply(self._ordered, self._visible if narrow else None)
        self.endResetModel()
        self.filtered.emit()

    def filter(self) -> Filter:
        return self._filter

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self._cells = {}
        if self._sort[0] == Column.CAUSE:
            self.sort(*self._sort)
        elif self._visible:
            self.dataChanged.emit(self.index(0, Column.CAUSE), self.index(len(self._visible) - 1, Column.CAUSE))

    def entries_changed(self, ids: set[str]) -> None:
        """Some entries changed in place (ignored/unignored): repaint them. They stay listed even when the status
        filter would now drop them (the default view drops an ignored invoice), so the card the user acted in
        stays open; the next filter change or refresh applies the filter to them."""
        for entry in self._entries:
            if entry.id in ids:
                self._cells.pop(id(entry), None)
        self._stale = bool(self._filter.status)   # the same filter chosen again applies to them
        for row, entry in enumerate(self._visible):
            if entry.id in ids:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    # ---- reading ----------------------------------------------------------------------------------------
    def entries(self) -> list[InvoiceEntry]:
        return list(self._entries)

    def visible_entries(self) -> list[InvoiceEntry]:
        """What the table shows, in its order (for export and bulk actions)."""
        return list(self._visible)

    def hidden_matches(self) -> int:
        """How many invoices the search finds under other statuses, when under the chosen one it finds none."""
        spec = self._filter
        if self._visible or not spec.status or not spec.text.strip():
            return 0
        accept = replace(spec, status=None).predicate()
        return len(self._ordered) if accept is None else sum(1 for e in self._ordered if accept(e))

    def entry_at(self, row: int) -> InvoiceEntry:
        return self._visible[row]

    def row_of(self, invoice_id: str) -> int:
        visible = self._visible
        for i in range(len(visible)):   # ~2x faster than enumerate() over 50,000 rows
            if visible[i].id == invoice_id:
                return i
        return -1

    def invoice_count(self) -> int:
        """Invoices that cannot sync (ignored and warning-only ones are listed but not counted)."""
        return list(map(_STATUS, self._entries)).count(FAILING)   # C loops: ~2 ms over 50,000

    # ---- filtering and sorting --------------------------------------------------------------------------
    def _set_ordered(self, ordered: list[InvoiceEntry]) -> None:
        self._ordered = ordered
        self._keys = [e.search for e in ordered]

    def _apply(self, ordered: list[InvoiceEntry], shown: list[InvoiceEntry] | None = None) -> list[InvoiceEntry]:
        """The rows the filter accepts, in order. `shown`: the rows accepted by a filter that differs only by a
        shorter search text contained in this one, so only they need searching again."""
        spec = self._filter
        needle = fold(spec.text.strip())
        if needle and shown is not None:
            return [e for e in shown if needle in e.search]
        rows = [e for e, key in zip(ordered, self._keys, strict=True) if needle in key] if needle else ordered
        accept = replace(spec, text="").predicate()
        return list(rows) if accept is None else [e for e in rows if accept(e)]

    def _key(self, column: int) -> Callable[[InvoiceEntry], Any]:
        lang = self.lang
        keys: dict[int, Callable[[InvoiceEntry], Any]] = {
            Column.INVOICE: _NUMBER_KEY,   # filled in by set_entries
            Column.DATE: lambda e: e.date,
            Column.CUSTOMER: lambda e: fold(e.customer),
            Column.AMOUNT: lambda e: e.amount if e.amount is not None else float("-inf"),
            Column.STATUS: lambda e: _STATUS_ORDER.get(e.status, 9),
            Column.CAUSE: lambda e: fold(kind_title(e.rows[0].kind, lang)) if e.rows else "",
        }
        return keys.get(column, keys[Column.INVOICE])

    def _sorted(self, entries: list[InvoiceEntry]) -> list[InvoiceEntry]:
        column, order = self._sort
        out = sorted(entries, key=self._key(Column.INVOICE))  # the tie-break (timsort: ~free when pre-sorted)
        if column != Column.INVOICE or order == Qt.SortOrder.DescendingOrder:
            out.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        return out

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._set_ordered(self._sorted(self._entries))
        self._visible, self._stale = self._apply(self._ordered), False
        self.layoutChanged.emit()
        self.filtered.emit()

    # ---- Qt model API -----------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:   # a narrowed one elides
            return _headers()[Column(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(Column(section))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:   # decoration, check state, size hint...: asked per cell, never answered
            return None
        row, col = index.row(), index.column()
        if not 0 <= row < len(self._visible) or not 0 <= col < len(Column) or not index.isValid():
            return None
        entry = self._visible[row]
        if role == _DISPLAY:
            cells = self._cells.get(id(entry))
            if cells is None:
                cells = self._cells[id(entry)] = self._texts(entry)
            return cells[col]
        if role == _ALIGN:
            return _RIGHT if col == Column.AMOUNT else _LEFT
        if role == _FOREGROUND:
            if entry.status != IGNORED and entry.status != OUT_OF_SCOPE:
                return None
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == _FONT:
            return _bold() if col == Column.STATUS and entry.status == FAILING else None
        if role == _TOOLTIP:
            return self._tooltip(entry, Column(col))
        if role == _SORT:
            return self._key(col)(entry)
        return entry   # ENTRY_ROLE

    def _texts(self, entry: InvoiceEntry) -> tuple[str, ...]:
        return tuple(self._display(entry, col) for col in Column)

    def _display(self, entry: InvoiceEntry, col: Column) -> str:
        if col is Column.INVOICE:
            return entry.number
        if col is Column.CUSTOMER:
            return entry.customer
        if col is Column.AMOUNT:
            return format_amount(entry.amount, entry.currency, self.lang)
        if col is Column.DATE:
            return format_date(entry.date, self.lang)
        if col is Column.STATUS:
            return status_text(entry.status)
        return "; ".join(kind_title(k, self.lang) for k in entry.kinds)

    def _tooltip(self, entry: InvoiceEntry, col: Column) -> str:
        # Each tooltip starts with the cell's own text: a narrow column elides it, the tooltip shows it whole.
        if col is Column.CUSTOMER:
            return "\n".join(x for x in (entry.customer, entry.email) if x)
        if col is Column.CAUSE:
            said = [summary_text(r.kind, r.summary, r.evidence, self.lang) for r in entry.rows]
            return "\n".join([self._display(entry, col), *(s for s in said if s)])
        return self._display(entry, col)


_BOLD: list[QFont] = []


def _bold() -> QFont:
    if not _BOLD:
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]


def _alignment(col: Column) -> Qt.AlignmentFlag:
    horizontal = Qt.AlignmentFlag.AlignRight if col is Column.AMOUNT else Qt.AlignmentFlag.AlignLeft
    return horizontal | Qt.AlignmentFlag.AlignVCenter


_LEFT, _RIGHT = _alignment(Column.INVOICE), _alignment(Column.AMOUNT)
