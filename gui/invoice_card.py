"""The invoice card (side panel): each cause in plain words with its evidence, HubSpot beside QuickBooks with
differing fields marked, and the actions: Fix…, Ignore…/Unignore per cause; Retry and the two browser links.

The causes come from the table's entry (in memory, shown at once); the side-by-side comes from core/card.py
through a background job and fills in when it arrives. The card only emits requests; the window acts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import formatting
from core.card import DATES, FieldRow, InvoiceCard
from core.failure_history import FailureHistory
from core.failures import evidence as core_evidence
from core.failures import registry
from core.fixes.words import line_message
from core.services.entries import InvoiceEntry
from gui import icons
from gui.card_history import history_lines, status_note
from gui.failures_model import format_amount, format_date, status_text
from gui.i18n import text

DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 10


def evidence_lines(kind: str, evidence: dict[str, Any], lang: str | None = None) -> list[tuple[str, str]]:
    """Evidence as "Label: value" pairs a bookkeeper can read (keys in words, nested records in words, line
    signatures as "qty × price = amount", one pair per record of a list), in `lang`."""
    known = registry.get(kind)
    if known is None:
        return [(key, str(value)) for key, value in evidence.items()]
    out: list[tuple[str, str]] = []
    for label, value in core_evidence.rows(known, evidence):
        items = value if isinstance(value, tuple) else (value,)
        out.extend((text(label, lang), text(item, lang)) for item in items)
    return out


def field_value(row: FieldRow, side: str, lang: str | None = None) -> str:
    """A card value as shown: dates and the total in the interface's format, text as it is."""
    value = row.hubspot if side == "hubspot" else row.quickbooks
    if row.key in DATES:
        return formatting.day(str(value or ""), formatting.language(lang)) if value else ""
    if row.key == "total":
        return "" if value is None else formatting.money(float(value), formatting.language(lang))
    return str(value or "")


class InvoiceCardPanel(QScrollArea):
    fix_requested = Signal(str)             # kind
    ignore_requested = Signal(str, str)     # kind, reason
    unignore_requested = Signal(str)        # kind
    retry_requested = Signal()
    open_hubspot_requested = Signal()
    open_qbo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceCard")
        self.setAccessibleName(self.tr("Invoice card"))
        self.setWidgetResizable(True)
        self.setMinimumWidth(380)
        self.entry: InvoiceEntry | None = None
        self.card: InvoiceCard | None = None
        self.history: FailureHistory | None = None
        self.history_label = QLabel(self)   # replaced by the body's own at each render
        self.history_label.hide()
        self.lang = "en"
        self.selected_count = 1
        self.fix_buttons: dict[str, QPushButton] = {}
        self.ignore_buttons: dict[str, QPushButton] = {}
        self.reason_edits: dict[str, QLineEdit] = {}
        self.confirm_buttons: dict[str, QPushButton] = {}
        self.diff_table: QTableWidget | None = None
        self.diff_note = QLabel(self)   # replaced by the body's own note at each render
        self.diff_note.hide()
        self._online: tuple[bool, str] = (True, "")
        self._fix_state: dict[str, tuple[bool, str]] = {}
        self._links: tuple[str, str] = ("", "")   # why each browser link is unavailable ("" = available)
        self.retry_button = self._action_button("retry", self.tr("Re-check"), "cardRetry", self.retry_requested)
        self.hubspot_button = self._action_button("open-external", self.tr("Open in HubSpot"), "openHubSpot",
                                                  self.open_hubspot_requested)
        self.qbo_button = self._action_button("open-external", self.tr("Open in QuickBooks"), "openQuickBooks",
                                              self.open_qbo_requested)

    def _action_button(self, icon_name: str, text: str, name: str, signal: Any) -> QPushButton:
        button = QPushButton(icons.icon(icon_name), text, self)
        button.hide()   # shown in the card body by _render
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.clicked.connect(signal)
        return button

    # ---- state from the window --------------------------------------------------------------------------
    def set_online(self, online: bool, reason: str) -> None:
        self._online = (online, reason)
        self.retry_button.setEnabled(online)
        self.retry_button.setToolTip(self.tr("Fetch both systems again and re-check now") if online else reason)

    def set_fix_state(self, state: dict[str, tuple[bool, str]]) -> None:
        """kind -> (a wizard exists, tooltip)."""
        self._fix_state = state
        for kind, button in self.fix_buttons.items():
            enabled, tip = state.get(kind, (False, ""))
            button.setEnabled(enabled)
            button.setToolTip(tip)

    def set_links(self, hubspot_problem: str, qbo_problem: str) -> None:
        self._links = (hubspot_problem, qbo_problem)
        for button, problem, tip in ((self.hubspot_button, hubspot_problem, self.tr("Open this invoice in HubSpot")),
                                     (self.qbo_button, qbo_problem, self.tr("Open this invoice in QuickBooks"))):
            button.setEnabled(not problem)
            button.setToolTip(problem or tip)

    # ---- showing ----------------------------------------------------------------------------------------
    def show_entry(self, entry: InvoiceEntry | None, lang: str, selected_count: int = 1) -> None:
        """Render `entry`'s causes now; the side-by-side waits for `set_card`."""
        if self.entry is None or entry is None or entry.id != (self.entry.id if self.entry else None):
            self.card, self.history = None, None
        self.entry, self.lang, self.selected_count = entry, lang, selected_count
        self._render()

    def set_card(self, card: InvoiceCard | None, invoice_id: str, error: str = "",
                 history: FailureHistory | None = None) -> None:
        if self.entry is None or self.entry.id != invoice_id:
            return   # an answer for an invoice the user has already left
        self.card, self.history = card, history
        self._show_history()
        self._render_diff(error)

    def _show_history(self) -> None:
        label = self.history_label
        lines = history_lines(self.history, bool(self.entry and self.entry.rows)) if self.card else []
        label.setText("\n".join(lines))
        label.setVisible(bool(lines))

    def _render(self) -> None:
        for button in (self.retry_button, self.hubspot_button, self.qbo_button):
            # Kept across renders: parked on the panel itself, so the old body (deleted below) does not take them
            # and they never become parentless windows that only Python owns (gui.gc_policy, rule 3).
            button.setParent(self)
            button.hide()
        body = QWidget()
        body.setObjectName("invoiceCardBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        self.fix_buttons, self.ignore_buttons, self.reason_edits, self.confirm_buttons = {}, {}, {}, {}
        entry = self.entry
        if entry is None:
            empty = QLabel(self.tr("Select an invoice to see why it cannot sync."))
            empty.setWordWrap(True)
            layout.addWidget(empty)
            layout.addStretch(1)
            self.setWidget(body)
            return
        heading = QLabel(f"{entry.number} · {entry.customer}")
        heading.setObjectName("cardHeading")
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(heading)
        facts = QLabel(" · ".join(x for x in (format_amount(entry.amount, entry.currency), format_date(entry.date),
                                               status_text(entry.status), entry.email) if x))
        facts.setObjectName("cardFacts")
        facts.setWordWrap(True)
        layout.addWidget(facts)
        self.history_label = QLabel()   # first seen, last checked, QuickBooks' own reply: filled by set_card
        self.history_label.setObjectName("cardHistory")
        self.history_label.setWordWrap(True)
        self.history_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.history_label)
        self._show_history()
        # The row joins the body before the buttons join the row: adding a filled layout makes the binding wrap
        # each layout item, and these buttons leave their row at the next render, which deletes the item under
        # its wrapper; the next object Qt allocates there (once, the diff table's header) came back as that item.
        actions = QHBoxLayout()
        layout.addLayout(actions)
        for button in (self.retry_button, self.hubspot_button, self.qbo_button):
            actions.addWidget(button)
            button.show()   # a widget taken out of its parent is hidden until shown again
        actions.addStretch(1)
        if self.selected_count > 1:
            many = QLabel(self.tr("%n invoices are selected: Fix and Ignore apply to each selected invoice "
                                  "with that cause.", "", self.selected_count))
            many.setWordWrap(True)
            layout.addWidget(many)
        for row in entry.rows:
            layout.addWidget(self._cause_section(entry, row.kind, row.summary, row.evidence, row.root))
        if not entry.rows:   # synced, ready or out of scope: say so where the causes would be
            note = QLabel(status_note(entry.status))
            note.setObjectName("statusNote")
            note.setWordWrap(True)
            layout.addWidget(note)
        diff_title = QLabel(self.tr("HubSpot and QuickBooks side by side"))
        diff_title.setObjectName("cardSection")
        layout.addWidget(diff_title)
        self.diff_note = QLabel(self.tr("Loading…"))
        self.diff_note.setWordWrap(True)
        layout.addWidget(self.diff_note)
        self.diff_table = QTableWidget(0, 3)
        self.diff_table.setObjectName("diffTable")
        self.diff_table.setAccessibleName(self.tr("HubSpot and QuickBooks compared"))
        self.diff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diff_table.verticalHeader().hide()
        self.diff_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Wrapped rows need their height again whenever the columns' width changes (the card is resized).
        self.diff_table.horizontalHeader().sectionResized.connect(self._fit_diff_height)
        self.diff_table.setWordWrap(True)
        layout.addWidget(self.diff_table)
        layout.addStretch(1)
        self.setWidget(body)
        self.set_online(*self._online)
        self.set_fix_state(self._fix_state)
        self.set_links(*self._links)
        self._render_diff("")

    def _cause_section(self, entry: InvoiceEntry, kind: str, summary: str, evidence: dict[str, Any],
                       root: bool) -> QFrame:
        known = registry.get(kind)
        title_text = text(known.title, self.lang) if known else kind
        box = QFrame()
        box.setObjectName("causeSection")
        box.setProperty("root", root)
        col = QVBoxLayout(box)
        col.setContentsMargins(12, 10, 12, 10)
        title = QLabel(title_text + ("" if not root or len(entry.rows) == 1 else "  " + self.tr("— fix this first")))
        title.setObjectName("causeTitle")
        title.setWordWrap(True)
        col.addWidget(title)
        if known:
            explanation = QLabel(text(known.explanation, self.lang))
            explanation.setWordWrap(True)
            col.addWidget(explanation)
        said = text(known.summary(evidence), self.lang) if known else summary
        found = [("", said)] if said else []
        lines = "".join(f"<li>{_html(label)}{': ' if label else ''}{_html(value)}</li>"
                        for label, value in found + evidence_lines(kind, evidence, self.lang))
        if lines:
            evidence_label = QLabel(self.tr("What we found:") + f"<ul style='margin:2px 0 0 -20px'>{lines}</ul>")
            evidence_label.setObjectName("evidence")
            evidence_label.setWordWrap(True)
            evidence_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            col.addWidget(evidence_label)
        ignored = entry.ignored.get(kind)
        if ignored is not None:
            note = QLabel(self.tr("Ignored by {who} on {when}: {reason}").format(
                who=ignored.who or self.tr("someone"), when=format_date(ignored.at), reason=ignored.reason))
            note.setObjectName("ignoredNote")
            note.setWordWrap(True)
            col.addWidget(note)
        buttons = QHBoxLayout()
        col.addLayout(buttons)   # before it is filled (see _render)
        fix = QPushButton(icons.icon("fix"), self.tr("Fix…"))
        fix.setObjectName("fixButton")
        fix.setAccessibleName(self.tr("Fix: {title}").format(title=title_text))
        fix.setProperty("kind", kind)
        fix.clicked.connect(self._on_fix)
        self.fix_buttons[kind] = fix
        buttons.addWidget(fix)
        toggle = QPushButton(icons.icon("unignore" if ignored else "ignore"),
                             self.tr("Unignore") if ignored else self.tr("Ignore…"))
        toggle.setObjectName("unignoreButton" if ignored else "ignoreButton")
        toggle.setAccessibleName(toggle.text())
        toggle.setProperty("kind", kind)
        toggle.clicked.connect(self._on_toggle_ignore)
        self.ignore_buttons[kind] = toggle
        buttons.addWidget(toggle)
        buttons.addStretch(1)
        reason = QLineEdit()
        reason.setObjectName("ignoreReason")
        reason.setPlaceholderText(self.tr("Why ignore it? (required)"))
        reason.setAccessibleName(self.tr("Reason for ignoring"))
        confirm = QPushButton(self.tr("Ignore"))
        confirm.setObjectName("confirmIgnore")
        confirm.setProperty("kind", kind)
        confirm.setEnabled(False)
        confirm.clicked.connect(self._on_confirm_ignore)
        reason.textChanged.connect(self._on_reason_edited)
        reason.returnPressed.connect(confirm.click)
        editor = QHBoxLayout()
        col.addLayout(editor)
        editor.addWidget(reason, 1)
        editor.addWidget(confirm)
        reason.hide()
        confirm.hide()
        self.reason_edits[kind], self.confirm_buttons[kind] = reason, confirm
        return box

    def _render_diff(self, error: str) -> None:
        table, card = self.diff_table, self.card
        if table is None:
            return
        if card is None:
            table.setRowCount(0)
            table.hide()
            self.diff_note.setText(self.tr("This invoice is no longer in the saved data.") if error else
                                   self.tr("Loading…"))
            return
        right = self.tr("QuickBooks\n(preview)") if card.is_preview else self.tr("QuickBooks")   # fits a narrow card
        table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("HubSpot"), right])
        for c in range(3):   # a narrow card elides a header: its tooltip says it whole
            header_item = table.horizontalHeaderItem(c)
            if header_item is not None:
                header_item.setToolTip(header_item.text().replace("\n", " "))
        rows: list[tuple[str, str, str, bool]] = [
            (text(f.label, self.lang), field_value(f, "hubspot", self.lang), field_value(f, "quickbooks", self.lang),
             f.differs) for f in card.fields]
        for n, line in enumerate(card.lines, 1):
            rows.append((self.tr("Line {n}").format(n=n), _line(line.hubspot, self.lang),
                         _line(line.quickbooks, self.lang), bool(line.differs)))
        table.setRowCount(len(rows))
        emphasis = self.palette().color(QPalette.ColorRole.Highlight)
        emphasis.setAlpha(60)
        bold = QFont(self.font())
        bold.setBold(True)
        for r, (label, left, right_value, differs) in enumerate(rows):
            for c, cell in enumerate(("\u2260 " + label if differs else label, left, right_value)):
                item = QTableWidgetItem(cell)
                item.setToolTip(cell)   # an address or a line too long to wrap is elided
                item.setData(DIFFERS_ROLE, differs)
                if differs:   # colour plus a mark and bold type: never colour alone
                    item.setBackground(emphasis)
                    item.setFont(bold)
                table.setItem(r, c, item)
        self._fit_diff_height()
        table.show()
        count = sum(1 for row in rows if row[3])
        said = (self.tr("Nothing differs.") if not count else
                self.tr("%n differences, marked ≠.", "", count) if count > 1 else self.tr("1 difference, marked ≠."))
        preview = self.tr("QuickBooks does not have this invoice yet: its column shows what a sync would send.")
        self.diff_note.setText(f"{preview} {said}" if card.is_preview else said)

    def _fit_diff_height(self) -> None:
        """As tall as its rows (no scroll bar inside the card's own scrolling), the header's lines included."""
        table = self.diff_table
        if table is None:
            return
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(rows + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth())

    # ---- user input ---------------------------------------------------------------------------------------
    def _on_fix(self) -> None:
        self.fix_requested.emit(str(self.sender().property("kind")))

    def _on_toggle_ignore(self) -> None:
        kind = str(self.sender().property("kind"))
        if self.entry is not None and kind in self.entry.ignored:
            self.unignore_requested.emit(kind)
            return
        self.reason_edits[kind].show()
        self.confirm_buttons[kind].show()
        self.reason_edits[kind].setFocus()

    def _on_reason_edited(self, text: str) -> None:
        for kind, edit in self.reason_edits.items():
            if edit is self.sender():
                self.confirm_buttons[kind].setEnabled(bool(text.strip()))

    def _on_confirm_ignore(self) -> None:
        kind = str(self.sender().property("kind"))
        reason = self.reason_edits[kind].text().strip()
        if reason:
            self.ignore_requested.emit(kind, reason)


def _line(line: Any, lang: str) -> str:
    if line is None:
        return "—"
    return f"{line.name}: {text(line_message(line.qty, line.unit_price, line.amount), lang)}"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
