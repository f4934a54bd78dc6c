"""Widgets the wizard pages share: the before → after table, evidence lists, results, parameter editors."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
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
    if value is True:
        return QCoreApplication.translate("Value", "Yes")
    if value is False:
        return QCoreApplication.translate("Value", "No")
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


# Marked for lupdate here, translated where shown (action_word): a change's action in a bookkeeper's words.
ACTION_WORDS = {"create": QT_TRANSLATE_NOOP("ChangeAction", "New"),
                "update": QT_TRANSLATE_NOOP("ChangeAction", "Change"),
                "associate": QT_TRANSLATE_NOOP("ChangeAction", "Link"),
                "dissociate": QT_TRANSLATE_NOOP("ChangeAction", "Unlink"),
                "push": QT_TRANSLATE_NOOP("ChangeAction", "Send invoice"),
                "delete": QT_TRANSLATE_NOOP("ChangeAction", "Delete")}


def action_word(action: object) -> str:
    source = ACTION_WORDS.get(str(action))
    return QCoreApplication.translate("ChangeAction", source) if source else str(action)


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
            action = action_word(change.action)
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


# Evidence keys (and the keys of the records inside) in a bookkeeper's words, marked for lupdate here and
# translated where shown (evidence_label). Internal ids and line signatures are left to the kinds' own views.
EVIDENCE_LABELS = {
    "contact_email": QT_TRANSLATE_NOOP("Evidence", "Contact's email"),
    "contact_name": QT_TRANSLATE_NOOP("Evidence", "Contact"),
    "would_be_display_name": QT_TRANSLATE_NOOP("Evidence", "Name the new customer would get"),
    "display_name": QT_TRANSLATE_NOOP("Evidence", "Name the new customer would get"),
    "conflicts": QT_TRANSLATE_NOOP("Evidence", "Already used by"),
    "collisions": QT_TRANSLATE_NOOP("Evidence", "Already used by"),
    "customers": QT_TRANSLATE_NOOP("Evidence", "QuickBooks customers with this email"),
    "qbo_invoice_id": QT_TRANSLATE_NOOP("Evidence", "QuickBooks invoice"),
    "qbo_total": QT_TRANSLATE_NOOP("Evidence", "Total in QuickBooks"),
    "hubspot_total": QT_TRANSLATE_NOOP("Evidence", "Total in HubSpot"),
    "hubspot_line_count": QT_TRANSLATE_NOOP("Evidence", "Number of lines in HubSpot"),
    "qbo_line_count": QT_TRANSLATE_NOOP("Evidence", "Number of lines in QuickBooks"),
    "hubspot_lines": QT_TRANSLATE_NOOP("Evidence", "Lines in HubSpot (quantity × price = amount)"),
    "qbo_lines": QT_TRANSLATE_NOOP("Evidence", "Lines in QuickBooks (quantity × price = amount)"),
    "doc_number": QT_TRANSLATE_NOOP("Evidence", "Number"),
    "number": QT_TRANSLATE_NOOP("Evidence", "Number"),
    "length": QT_TRANSLATE_NOOP("Evidence", "Characters"),
    "max_length": QT_TRANSLATE_NOOP("Evidence", "Most QuickBooks allows"),
    "setting": QT_TRANSLATE_NOOP("Evidence", "QuickBooks setting"),
    "lines_without_service_date": QT_TRANSLATE_NOOP("Evidence", "Lines without a service date"),
    "lines": QT_TRANSLATE_NOOP("Evidence", "Lines without a QuickBooks item"),
    "invoice_date": QT_TRANSLATE_NOOP("Evidence", "Invoice date"),
    "book_close_date": QT_TRANSLATE_NOOP("Evidence", "Books closed up to"),
    "invoice_currency": QT_TRANSLATE_NOOP("Evidence", "Invoice currency"),
    "home_currency": QT_TRANSLATE_NOOP("Evidence", "Company's home currency"),
    "customer_currency": QT_TRANSLATE_NOOP("Evidence", "Customer's currency in QuickBooks"),
    "multicurrency": QT_TRANSLATE_NOOP("Evidence", "Multicurrency on"),
    "has_colon": QT_TRANSLATE_NOOP("Evidence", "Contains a colon"),
    "has_tab_or_newline": QT_TRANSLATE_NOOP("Evidence", "Contains a tab or line break"),
    "contact_id": QT_TRANSLATE_NOOP("Evidence", "HubSpot contact id"),
}
HIDDEN_EVIDENCE = {"contact_id", "hubspot_lines", "qbo_lines"}
SETTING_WORDS = {"ProductAndServicesPrefs.RevenueRecognitionEnabled":
                 QT_TRANSLATE_NOOP("Evidence", "Revenue recognition (Account and settings → Advanced)")}


def evidence_label(key: str) -> str:
    """An evidence key in words ('contact_email' → "Contact's email"); a key not listed is only tidied up."""
    source = EVIDENCE_LABELS.get(key)
    return QCoreApplication.translate("Evidence", source) if source else key.replace("_", " ").capitalize()


def document_name(txn_type: object, doc_id: object) -> str:
    """A QuickBooks document in words: "QuickBooks invoice 340", "QuickBooks credit memo 12"."""
    if txn_type == "Invoice":
        return QCoreApplication.translate("Evidence", "QuickBooks invoice {id}").format(id=doc_id)
    if txn_type == "CreditMemo":
        return QCoreApplication.translate("Evidence", "QuickBooks credit memo {id}").format(id=doc_id)
    return QCoreApplication.translate("Evidence", "QuickBooks document {id}").format(id=doc_id)


def holder_text(record: Mapping[str, Any]) -> str:
    """A name holder ({'entity', 'display_name', 'active'}) as 'Vendor “Acme” (inactive)'."""
    name, inactive = record.get("display_name", ""), record.get("active") is False
    texts = {
        ("Customer", False): QCoreApplication.translate("Evidence", "Customer “{name}”"),
        ("Customer", True): QCoreApplication.translate("Evidence", "Customer “{name}” (inactive)"),
        ("Vendor", False): QCoreApplication.translate("Evidence", "Vendor “{name}”"),
        ("Vendor", True): QCoreApplication.translate("Evidence", "Vendor “{name}” (inactive)"),
        ("Employee", False): QCoreApplication.translate("Evidence", "Employee “{name}”"),
        ("Employee", True): QCoreApplication.translate("Evidence", "Employee “{name}” (inactive)"),
    }
    text = texts.get((str(record.get("entity", "Customer")), inactive)) or (
        QCoreApplication.translate("Evidence", "“{name}” (inactive)") if inactive else "“{name}”")
    return text.format(name=name)


def record_text(value: Any) -> str:
    """One record of an evidence list in words: a name holder, a QuickBooks document, a line; else its values."""
    if not isinstance(value, Mapping):
        return show_value(value)
    if "txn_type" in value:
        details = (value.get("customer_name"), value.get("date"),
                   show_value(value["total"]) if value.get("total") is not None else "")
        return " · ".join([document_name(value["txn_type"], value.get("id")), *(str(d) for d in details if d)])
    if "display_name" in value:
        return holder_text(value)
    if "name" in value or "sku" in value:
        name, sku = str(value.get("name") or ""), str(value.get("sku") or "")
        return f"{name} ({sku})" if name and sku else name or sku
    return show_value(value)


def evidence_value(key: str, value: Any) -> Any:
    """A value of the evidence as shown: records in words, settings by their name in QuickBooks."""
    if isinstance(value, list):
        return [record_text(v) for v in value]
    if key == "setting" and str(value) in SETTING_WORDS:
        return QCoreApplication.translate("Evidence", SETTING_WORDS[str(value)])
    return value


def evidence_rows(evidence: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """Evidence keys in words: 'contact_email' → "Contact's email"; internal ids left out."""
    return [(evidence_label(key), evidence_value(key, value)) for key, value in evidence.items()
            if key not in HIDDEN_EVIDENCE]


# API field names in a bookkeeper's words (QuickBooks first, then HubSpot properties), marked for lupdate here
# and translated where shown (field_word).
FIELD_WORDS = {
    "PrivateNote": QT_TRANSLATE_NOOP("RecordField", "Private note"),
    "CustomerMemo": QT_TRANSLATE_NOOP("RecordField", "Message on invoice"),
    "DocNumber": QT_TRANSLATE_NOOP("RecordField", "Number"), "TxnDate": QT_TRANSLATE_NOOP("RecordField", "Date"),
    "DueDate": QT_TRANSLATE_NOOP("RecordField", "Due date"), "Line": QT_TRANSLATE_NOOP("RecordField", "Lines"),
    "TotalAmt": QT_TRANSLATE_NOOP("RecordField", "Total"), "Balance": QT_TRANSLATE_NOOP("RecordField", "Balance"),
    "DisplayName": QT_TRANSLATE_NOOP("RecordField", "Name"),
    "PrimaryEmailAddr": QT_TRANSLATE_NOOP("RecordField", "Email"),
    "CustomerRef": QT_TRANSLATE_NOOP("RecordField", "Customer"), "Active": QT_TRANSLATE_NOOP("RecordField", "Active"),
    "CompanyName": QT_TRANSLATE_NOOP("RecordField", "Company"),
    "GivenName": QT_TRANSLATE_NOOP("RecordField", "First name"),
    "FamilyName": QT_TRANSLATE_NOOP("RecordField", "Last name"),
    "BillAddr": QT_TRANSLATE_NOOP("RecordField", "Address"),
    "email": QT_TRANSLATE_NOOP("RecordField", "Email"), "firstname": QT_TRANSLATE_NOOP("RecordField", "First name"),
    "lastname": QT_TRANSLATE_NOOP("RecordField", "Last name"), "company": QT_TRANSLATE_NOOP("RecordField", "Company"),
}


def field_word(name: str) -> str:
    """A record's API field name in words ('DueDate' → "Due date"); other names (already words) as they are."""
    source = FIELD_WORDS.get(name)
    return QCoreApplication.translate("RecordField", source) if source else name


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


# Marked for lupdate here, translated where shown (state_text): how one change went.
STATE_WORDS = {EntryState.PENDING: QT_TRANSLATE_NOOP("ChangeState", "Not sent"),
               EntryState.SENT: QT_TRANSLATE_NOOP("ChangeState", "Sent, no reply yet"),
               EntryState.DONE: QT_TRANSLATE_NOOP("ChangeState", "Done"),
               EntryState.FAILED: QT_TRANSLATE_NOOP("ChangeState", "Refused"),
               EntryState.CONFLICT: QT_TRANSLATE_NOOP("ChangeState", "Changed by someone else — not written"),
               EntryState.UNDONE: QT_TRANSLATE_NOOP("ChangeState", "Undone")}


def state_text(state: EntryState, error: str = "") -> str:
    """A change's state in words, with the service's reason when there is one: 'Refused: …'."""
    source = STATE_WORDS.get(state)
    text = QCoreApplication.translate("ChangeState", source) if source else str(state)
    return f"{text}: {error}" if error else text


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
            text = state_text(o.state, o.error)
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
