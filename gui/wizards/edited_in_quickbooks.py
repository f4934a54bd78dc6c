"""The QuickBooks copy was edited: a line-by-line diff, HubSpot beside QuickBooks; revert, or keep QuickBooks'."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.card import InvoiceCard
from core.failures.edited_in_quickbooks import EditedInQuickBooks
from core.fixes.words import quantity
from core.services import fixes
from core.sync.payload import Line, LineRow
from gui.i18n import error_words, text
from gui.widgets import Owner
from gui.wizards.base import FixWizard
from gui.wizards.page_widgets import MUTED_FG, Table, paragraph


def _line(line: Line | None, lang: str) -> list[str]:
    if line is None:
        return ["", "", "", ""]
    return [line.name, text(quantity(line.qty), lang), text(line.unit_price, lang), text(line.amount, lang)]


class LineDiffView(QWidget):
    """Lines paired by core.sync.payload.pair_lines: identical ones first, then in order; differing cells marked."""

    fw: Owner[FixWizard] = Owner()   # weak: the wizard owns this widget

    def __init__(self, wizard: FixWizard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fw = wizard
        self.status = paragraph(self.tr("Loading the lines…"), self, "muted")
        self.table = Table([self.tr("HubSpot item"), self.tr("Qty"), self.tr("Price"), self.tr("Amount"),
                            self.tr("QuickBooks item"), self.tr("Qty"), self.tr("Price"), self.tr("Amount")],
                           self, "lineDiff")
        self.table.setAccessibleName(self.tr("Lines in HubSpot and in QuickBooks"))
        self.table.stretch(0, 4)
        self.totals = QLabel(self)
        self.totals.setObjectName("wizardHeading")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.table)
        layout.addWidget(self.totals)
        self.rows: list[LineRow] = []
        job = partial(fixes.load_card, wizard.session.db_path, wizard.failures[0].hubspot_invoice_id)
        wizard.submit(wizard.cache_key, job, "invoice lines", succeeded=self.show_card, failed=self._on_failed)

    def show_card(self, card: InvoiceCard) -> None:
        self.rows = list(card.lines)
        self.table.setRowCount(0)
        fields = {"qty": (1, 5), "unit_price": (2, 6), "amount": (3, 7)}
        for row in self.rows:
            changed: set[int] = set()
            if "missing" in row.differs:
                changed = {4, 5, 6, 7} if row.quickbooks is not None else {0, 1, 2, 3}
            for name in row.differs:
                changed |= set(fields.get(name, ()))
            self.table.add_row(_line(row.hubspot, self.fw.lang) + _line(row.quickbooks, self.fw.lang),
                               changed=changed)
        self.table.fit_height(8)
        different = sum(1 for r in self.rows if r.differs)
        self.status.setText(self.tr("Lines that differ: {n} of %n (marked). HubSpot's lines are the ones the "
                                    "invoice should have.", "", len(self.rows)).format(n=different))
        total = next((f for f in card.fields if f.key == "total"), None)
        if total is not None:
            self.totals.setText(self.tr("Total: HubSpot {hs} · QuickBooks {qbo}").format(
                hs=text(total.hubspot, self.fw.lang), qbo=text(total.quickbooks, self.fw.lang)))

    def _on_failed(self, err: BaseException) -> None:
        self.status.setText(self.tr("The lines could not be loaded: {why}").format(
            why=error_words(err, self.fw.lang)))
        self.status.setStyleSheet(f"color: {MUTED_FG.name()};")

    def differing(self) -> list[tuple[Any, Any]]:
        return [(r.hubspot, r.quickbooks) for r in self.rows if r.differs]


class EditedInQuickBooksWizard(FixWizard):
    KIND = EditedInQuickBooks.id
    line_diff: LineDiffView | None = None

    def evidence_widget(self, parent: QWidget) -> QWidget | None:
        if self.bulk:
            return None
        self.line_diff = LineDiffView(self, parent)
        return self.line_diff
