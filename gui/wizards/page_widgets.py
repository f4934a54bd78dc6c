"""Widgets the wizard pages share: the before → after table, evidence lists, results, parameter editors."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from core.fixes import preview
from core.fixes.model import Change, EntryState
from gui.i18n import text
from gui.wizards.words import action_word, show_value, state_text, system_name

CHANGED_BG = QColor("#FFF4D6")   # amber wash: "this cell differs"
DONE_FG = QColor("#1E5B2C")
BAD_FG = QColor("#A4262C")
MUTED_FG = QColor("#5E6A75")

def heading(text: str, parent: QWidget, name: str = "wizardHeading") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def paragraph(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if name:
        label.setObjectName(name)
    return label


class Table(QTableWidget):
    """A read-only, roomy table with the house look."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(0, len(headers), parent)
        self.setObjectName(name or "wizardTable")
        self.setAccessibleName(name)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def add_row(self, cells: Sequence[str], *, bold: bool = False, changed: Iterable[int] = (),
                fg: QColor | None = None) -> int:
        row = self.rowCount()
        self.insertRow(row)
        changed = set(changed)
        for col, cell in enumerate(cells):
            item = QTableWidgetItem(cell)
            item.setToolTip(cell)
            if bold:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            if col in changed:
                item.setBackground(QBrush(CHANGED_BG))
            if fg is not None:
                item.setForeground(QBrush(fg))
            self.setItem(row, col, item)
        return row

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if getattr(self, "_fit_rows", 0):   # wrapped rows change height with the width: fit again
            rows = sum(self.rowHeight(r) for r in range(min(self.rowCount(), self._fit_rows)))
            self.resizeRowsToContents()
            if rows != sum(self.rowHeight(r) for r in range(min(self.rowCount(), self._fit_rows))):
                self.fit_height(self._fit_rows)

    def cell_text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text() if item is not None else ""

    def stretch(self, *columns: int) -> None:
        """These columns share the width left over (and wrap); the others fit their contents."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        for col in range(self.columnCount()):
            mode = QHeaderView.ResizeMode.Stretch if col in columns else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(col, mode)

    def fit(self, max_width: int = 360) -> None:
        header = self.horizontalHeader()
        if header.stretchLastSection():
            self.resizeColumnsToContents()
            for col in range(self.columnCount() - 1):
                header.resizeSection(col, min(header.sectionSize(col) + 16, max_width))
        self.resizeRowsToContents()

    def fit_height(self, max_rows: int = 12) -> None:
        """As tall as its rows (up to max_rows), so a short list does not leave a blank box."""
        self._fit_rows = max_rows
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(r) for r in range(min(self.rowCount(), max_rows)))
        self.setMaximumHeight(rows + self.horizontalHeader().height() + 2 * self.frameWidth() + 4)


class DiffTable(Table):
    """Every record a plan changes, field by field: before → after, whose record it is and its state in
    QuickBooks, and why a side effect is needed. The rows are core.fixes.preview's, the ones `diagnose --json`
    lists. Nothing here is written yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("System"), self.tr("Record"), self.tr("Field"), self.tr("Now"),
                          self.tr("After the fix"), self.tr("Why")], parent, "previewTable")
        self.setAccessibleName(self.tr("Changes that will be made"))
        self.stretch(1, 3, 4, 5)

    def show_changes(self, changes: Sequence[Change]) -> None:
        self.setRowCount(0)
        for row in preview.rows(changes):
            change = row.change
            record = ""
            if row.first:
                record = f"{action_word(change.action)}: {text(change.label)}"
                if change.state is not None:
                    record += f" ({text(change.state)})"
            name = text(row.field) if row.field is not None else ""
            self.add_row([system_name(change.system) if row.first else "", record, name, show_value(row.before),
                          show_value(row.after), text(row.reason) if row.reason is not None else ""],
                         bold=row.first and not name, changed=(4,) if row.before != row.after else ())
        self.fit()

    def field_rows(self) -> list[tuple[str, str, str]]:
        """(field, before, after) of every row, for tests and the saved summary."""
        return [(self.cell_text(r, 2), self.cell_text(r, 3), self.cell_text(r, 4)) for r in range(self.rowCount())]


class EvidenceView(Table):
    """The facts behind a failure as two columns; nested records become one line each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Detail"), self.tr("Value")], parent, "evidenceTable")
        self.setAccessibleName(self.tr("Evidence"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stretch(1)

    def show_evidence(self, rows: Sequence[tuple[str, Any]]) -> None:
        self.setRowCount(0)
        for label, value in rows:
            self.add_row([label, show_value(value)])
        self.fit_height()


@dataclass(frozen=True)
class Outcome:
    """One change's result, whatever shape core's ApplyResult gives it; `label` in the interface's language."""

    label: str
    system: str
    state: EntryState
    error: str
    change: Change | None
    current: Mapping[str, Any] | None   # the server's record now, for a CONFLICT


def outcomes(result: Any) -> list[Outcome]:
    items = next((getattr(result, name) for name in ("results", "outcomes", "changes", "entries")
                  if isinstance(getattr(result, name, None), list | tuple)), ())
    out = []
    for item in items:
        change = getattr(item, "change", None)
        state = EntryState(str(getattr(item, "state", None) or getattr(item, "status", EntryState.PENDING)))
        label = text(getattr(change, "label", None) or getattr(item, "label", ""))
        system = str(getattr(change, "system", None) or getattr(item, "system", ""))
        out.append(Outcome(label, system, state, _reason(item, state), change, getattr(item, "current", None)))
    return out


def _reason(item: Any, state: EntryState) -> str:
    """Why a change did not go through, in the service's words: journal entries call it `error`, apply results
    `message` (which, for a change that went through, only says "Saved.")."""
    reason = getattr(item, "error", None) or (getattr(item, "message", "") if state is not EntryState.DONE else "")
    return str(reason or "")


def run_id_of(result: Any) -> str:
    return str(getattr(result, "run_id", "") or "")


# Marked for lupdate here, translated where shown (state_text): how one change went.
class ResultList(Table):
    """One row per change: what, where, and how it went."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("System"), self.tr("Record"), self.tr("Invoices"), self.tr("Result")], parent,
                         "resultTable")
        self.setAccessibleName(self.tr("Results of each change"))
        self.stretch(1, 3)
        self.numbers: Mapping[str, str] = {}   # invoice id → number, when the owner knows them

    def show_outcomes(self, items: Sequence[Outcome]) -> None:
        self.setRowCount(0)
        for o in items:
            result = state_text(o.state, o.error)
            fg = DONE_FG if o.state is EntryState.DONE else BAD_FG if o.state in (
                EntryState.FAILED, EntryState.CONFLICT) else None
            invoices = ", ".join(self.numbers.get(i, i) for i in (o.change.invoice_ids if o.change else ()))
            self.add_row([system_name(o.system), o.label, invoices, result], fg=fg)
        self.fit()


class ParamEditor(QWidget):
    """Extra input an option needs (a name, an email, a date). Subclasses emit `changed` on every edit."""

    changed = Signal()

    def params(self) -> dict[str, Any]:
        return {}

    def is_valid(self) -> bool:
        return True

    def needs(self) -> str:
        """What the person must still type or pick, in words; "" when nothing (the input may still be invalid
        for a moment while a proposal is worked out in the background)."""
        return "" if self.is_valid() else self.tr("Complete the details of this fix.")

    def focus_input(self) -> None:
        """Put the cursor where typing is needed: the first enabled input."""
        for child in self.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus and child.isEnabled():
                child.setFocus(Qt.FocusReason.OtherFocusReason)
                return
