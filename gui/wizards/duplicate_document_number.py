"""Another QuickBooks document has the invoice's number: the colliding documents, and a free number to give."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from core.failures.duplicate_document_number import DuplicateDocumentNumber
from core.fixes.model import Choice
from core.fixes.params import DOC_NUMBER_MAX, doc_number_problem
from gui.failures_model import format_date
from gui.wizards.base import FixWizard
from gui.wizards.page_widgets import ParamEditor, Table
from gui.wizards.words import document_name, show_value

Fix = DuplicateDocumentNumber.Option


class CollisionsTable(Table):
    """The QuickBooks documents that already carry the number."""

    def __init__(self, wizard: FixWizard, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Invoice"), self.tr("Used by"), self.tr("Number"), self.tr("Customer"),
                          self.tr("Date"), self.tr("Total")], parent, "collisionsTable")
        self.setAccessibleName(self.tr("QuickBooks documents with the same number"))
        self.stretch(3)
        for f in wizard.failures:
            for c in f.evidence.get("collisions") or []:
                self.add_row([f.invoice_number, document_name(c.get("txn_type"), c.get("id"), c.get("customer_name")),
                              str(f.evidence.get("doc_number") or f.invoice_number),
                              str(c.get("customer_name") or ""), format_date(str(c.get("date") or "")),
                              show_value(c.get("total"))])
        self.fit_height(10)


class NumbersEditor(ParamEditor):
    """One editable number per record, prefilled with the free number core suggests; `labels` name each field."""

    def __init__(self, suggestions: Mapping[str, str], labels: Mapping[str, str], param: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.param = param
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 4, 0, 0)
        for key, number in suggestions.items():
            edit = QLineEdit(str(number), self)
            edit.setObjectName(f"number_{key}")
            edit.setMaxLength(DOC_NUMBER_MAX)
            label = labels.get(key) or self.tr("New number for {what}").format(what=key)
            edit.setAccessibleName(label)
            edit.textChanged.connect(self.changed)
            self.edits[key] = edit
            form.addRow(label, edit)

    def params(self) -> dict[str, Any]:
        numbers = {key: edit.text().strip() for key, edit in self.edits.items()}
        if self.param == "new_number":
            return {"new_number": next(iter(numbers.values()), "")}
        return {"new_numbers": numbers}

    def is_valid(self) -> bool:
        # the plan's own check; a number already used is the plan's to say (it knows every number)
        return all(doc_number_problem(edit.text()) is None for edit in self.edits.values())

    def needs(self) -> str:
        return "" if self.is_valid() else self.tr(
            "Type a number of at most {n} characters for each record.").format(n=DOC_NUMBER_MAX)


class DocumentNumberWizard(FixWizard):
    KIND = DuplicateDocumentNumber.id

    def evidence_widget(self, parent: QWidget) -> QWidget | None:
        return CollisionsTable(self, parent)

    def param_editor(self, option: Choice, parent: QWidget) -> ParamEditor | None:
        suggestions = {str(k): str(v) for k, v in (option.params.get("new_numbers") or {}).items()}
        if self.bulk or not suggestions:
            return None   # many invoices: core's free numbers, shown in the Preview
        if option.id == Fix.RENUMBER_QBO:
            labels = {f"{c.get('txn_type')}:{c.get('id')}": self._new_number_label(c.get("txn_type"), c.get("id"),
                                                                                 c.get("customer_name"))
                      for c in option.params.get("collisions") or []}
            return NumbersEditor(suggestions, labels, "new_numbers", parent)
        if option.id == Fix.RENUMBER_COPY:
            return NumbersEditor(suggestions, {k: self.tr("New number for this invoice in QuickBooks")
                                               for k in suggestions}, "new_number", parent)
        return None

    def _new_number_label(self, txn_type: object, doc_id: object, customer: object = "") -> str:
        if customer and txn_type == "CreditMemo":
            return self.tr("New number for the QuickBooks credit memo of {customer}").format(customer=customer)
        if customer and txn_type == "Invoice":
            return self.tr("New number for the QuickBooks invoice of {customer}").format(customer=customer)
        return self.tr("New number for {what}").format(what=document_name(txn_type, doc_id))
