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

from core.fixes.model import Change, EntryState, FieldChange

CHANGED_BG = QColor("#FFF4D6")   # amber wash: "this cell differs"
DONE_FG = QColor("#1E5B2C")
BAD_FG = QColor("#A4262C")
MUTED_FG = QColor("#5E6A75")

SYSTEM_NAMES = {"quickbooks": "QuickBooks", "hubspot": "HubSpot"}


def system_name(system: str) -> str:
    return SYSTEM_NAMES.get(system, system)


def show_value(value: Any) -> str:
    """A field value as a bookkeeper reads it: blank for nothing, plain text for records."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {show_value(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return "; ".join(show_value(v) for v in value)
    return str(value)


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
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
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


ACTION_WORDS = {"create": "New", "update": "Change", "associate": "Link", "dissociate": "Unlink",
                "push": "Send invoice", "delete": "Delete"}


class DiffTable(Table):
    """Every record a plan changes, field by field: before → after. Nothing here is written yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("System"), self.tr("Record"), self.tr("Field"), self.tr("Now"),
                          self.tr("After the fix")], parent, "previewTable")
        self.setAccessibleName(self.tr("Changes that will be made"))
        self.stretch(1, 3, 4)

    def show_changes(self, changes: Sequence[Change]) -> None:
        self.setRowCount(0)
        for change in changes:
            action = ACTION_WORDS.get(str(change.action), str(change.action))
            fields: Sequence[FieldChange] = change.fields or (FieldChange("", "", ""),)
            for n, f in enumerate(fields):
                first = n == 0
                self.add_row([system_name(change.system) if first else "",
                              f"{action}: {change.label}" if first else "",
                              f.field, show_value(f.before), show_value(f.after)],
                             bold=first and not f.field, changed=(4,) if f.before != f.after else ())
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


# Evidence keys in a bookkeeper's words; ids and line signatures are left to the kinds' own views.
EVIDENCE_LABELS = {
    "contact_email": "Contact's email", "would_be_display_name": "Name the new customer would get",
    "display_name": "Name the new customer would get", "conflicts": "Already used by",
    "qbo_invoice_id": "QuickBooks invoice", "qbo_total": "Total in QuickBooks", "hubspot_total": "Total in HubSpot",
    "hubspot_line_count": "Lines in HubSpot", "qbo_line_count": "Lines in QuickBooks", "doc_number": "Number",
    "collisions": "Already used by", "setting": "QuickBooks setting",
    "lines_without_service_date": "Lines without a service date",
}
HIDDEN_EVIDENCE = {"contact_id", "hubspot_lines", "qbo_lines"}


def _holder(record: Any) -> Any:
    """A name holder from the evidence ({'entity', 'display_name', 'active'}) as 'Vendor “Acme” (inactive)'."""
    if not isinstance(record, Mapping) or "display_name" not in record:
        return record
    inactive = " (inactive)" if record.get("active") is False else ""
    return f"{record.get('entity', '')} “{record['display_name']}”{inactive}".strip()


def evidence_rows(evidence: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """Evidence keys in words: 'contact_email' → "Contact's email"; internal ids left out."""
    rows = []
    for key, value in evidence.items():
        if key in HIDDEN_EVIDENCE:
            continue
        if isinstance(value, list):
            value = [_holder(v) for v in value]
        rows.append((EVIDENCE_LABELS.get(key, key.replace("_", " ").capitalize()), value))
    return rows


# ---- results of an apply ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Outcome:
    """One change's result, whatever shape core's ApplyResult gives it."""

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
        label = getattr(change, "label", None) or getattr(item, "label", "")
        system = getattr(change, "system", None) or getattr(item, "system", "")
        out.append(Outcome(label, system, state, str(getattr(item, "error", "") or ""), change,
                           getattr(item, "current", None)))
    return out


def run_id_of(result: Any) -> str:
    return str(getattr(result, "run_id", "") or "")


STATE_WORDS = {EntryState.PENDING: "Not sent", EntryState.SENT: "Sent, no reply yet", EntryState.DONE: "Done",
               EntryState.FAILED: "Refused", EntryState.CONFLICT: "Changed by someone else — not written",
               EntryState.UNDONE: "Undone"}


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
            text = STATE_WORDS.get(o.state, str(o.state))
            if o.error:
                text = f"{text}: {o.error}"
            fg = DONE_FG if o.state is EntryState.DONE else BAD_FG if o.state in (
                EntryState.FAILED, EntryState.CONFLICT) else None
            invoices = ", ".join(self.numbers.get(i, i) for i in (o.change.invoice_ids if o.change else ()))
            self.add_row([system_name(o.system), o.label, invoices, text], fg=fg)
        self.fit()


class ParamEditor(QWidget):
    """Extra input an option needs (a name, an email, a date). Subclasses emit `changed` on every edit."""

    changed = Signal()

    def params(self) -> dict[str, Any]:
        return {}

    def is_valid(self) -> bool:
        return True
