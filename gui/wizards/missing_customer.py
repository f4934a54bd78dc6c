"""No QuickBooks customer has the contact's email: bill another contact, correct an email, or create the customer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.failures.missing_customer import MissingCustomer
from core.fixes.model import Choice
from core.fixes.params import valid_email
from gui.i18n import text
from gui.wizards.base import FixWizard
from gui.wizards.page_widgets import ParamEditor

Fix = MissingCustomer.Option
_ID_ROLE = Qt.ItemDataRole.UserRole


class CandidatesEditor(ParamEditor):
    """Contacts whose email a QuickBooks customer already uses, best evidence first, each with its evidence; one is
    pre-selected only when core recommends it (never a contact of another company)."""

    def __init__(self, candidates: list[Mapping[str, Any]], chosen: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("candidateList")
        self.list.setAccessibleName(self.tr("Contacts to bill instead"))
        for c in candidates:
            extra = self.tr(" · another company") if c.get("other_company") else ""
            line = self.tr("{name} <{email}> — QuickBooks customer “{customer}”{extra}").format(
                name=c.get("name") or "", email=c.get("email") or "", customer=c.get("customer_name") or "",
                extra=extra)
            evidence = c.get("evidence")
            item = QListWidgetItem(f"{line}\n    {text(evidence)}" if evidence is not None else line, self.list)
            item.setData(_ID_ROLE, str(c.get("contact_id")))
            if str(c.get("contact_id")) == chosen:
                self.list.setCurrentItem(item)
        self.list.setMaximumHeight(40 * min(max(len(candidates), 2), 5) + 8)
        self.list.currentRowChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.list)

    def params(self) -> dict[str, Any]:
        item = self.list.currentItem()
        return {"contact_id": item.data(_ID_ROLE)} if item is not None else {}

    def is_valid(self) -> bool:
        return self.list.currentItem() is not None

    def needs(self) -> str:
        return "" if self.is_valid() else self.tr("Pick the contact to bill instead.")


class EmailEditor(ParamEditor):
    """Which side to correct, which QuickBooks customer, and the email to give it."""

    def __init__(self, defaults: Mapping[str, Any], contact_email: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact_email = contact_email
        self.customers = list(defaults.get("customers") or [])
        self.on_qbo = QRadioButton(self.tr("On the QuickBooks customer"), self)
        self.on_hubspot = QRadioButton(self.tr("On the HubSpot contact"), self)
        group = QButtonGroup(self)
        group.addButton(self.on_qbo)
        group.addButton(self.on_hubspot)
        (self.on_hubspot if defaults.get("target") == "hubspot" else self.on_qbo).setChecked(True)
        self.customer = QComboBox(self)
        self.customer.setObjectName("customerChoice")
        self.customer.setAccessibleName(self.tr("QuickBooks customer"))
        # No customer is chosen for the bookkeeper unless core recommends one: a first entry asks for a choice.
        self.customer.addItem(self.tr("Choose a customer…"), "")
        for c in self.customers:
            state = "" if c.get("active", True) else self.tr(" (inactive)")
            other = self.tr(" · another company") if c.get("other_company") else ""
            self.customer.addItem(f"{c.get('customer_name')} <{c.get('email') or '—'}>{state}{other}",
                                  str(c.get("customer_id")))
            if c.get("evidence") is not None:
                self.customer.setItemData(self.customer.count() - 1, text(c["evidence"]),
                                          Qt.ItemDataRole.ToolTipRole)
        wanted = str(defaults.get("customer_id") or "")
        if wanted and self.customer.findData(wanted) >= 0:
            self.customer.setCurrentIndex(self.customer.findData(wanted))
        self.email = QLineEdit(str(defaults.get("email") or contact_email), self)
        self.email.setObjectName("emailEdit")
        self.email.setAccessibleName(self.tr("New email"))
        self.email.setPlaceholderText("name@example.com")
        row = QHBoxLayout()
        row.addWidget(self.on_qbo)
        row.addWidget(self.on_hubspot)
        row.addStretch(1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 4, 0, 0)
        form.addRow(self.tr("Change it"), row)
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow(self.tr("New email"), self.email)
        self.on_qbo.toggled.connect(self._on_target)
        self.customer.currentIndexChanged.connect(self._on_target)
        self.email.textChanged.connect(self.changed)

    def _on_target(self) -> None:
        # The email to type is the other side's: the contact's on QuickBooks, the customer's on HubSpot.
        if self.on_qbo.isChecked():
            self.email.setText(self.contact_email)
        else:
            n = self.customer.currentIndex() - 1   # the first entry is "Choose a customer…"
            self.email.setText(str(self.customers[n].get("email") or "") if 0 <= n < len(self.customers) else "")
        self.changed.emit()

    def params(self) -> dict[str, Any]:
        return {"target": "quickbooks" if self.on_qbo.isChecked() else "hubspot",
                "customer_id": self.customer.currentData() or "", "email": self.email.text().strip()}

    def is_valid(self) -> bool:
        return not self.needs()

    def needs(self) -> str:
        if not valid_email(self.email.text()):   # the plan's own check: what it accepts, and nothing else
            return self.tr("Type the email address both systems should use, like name@example.com.")
        if self.on_qbo.isChecked() and not self.customer.currentData():
            if not self.customers:
                return self.tr("No QuickBooks customer looks like this contact: choose “On the HubSpot contact” "
                               "and type the email the right QuickBooks customer uses, or pick another fix.")
            return self.tr("Pick the QuickBooks customer to change.")
        return ""

    def focus_input(self) -> None:
        self.email.setFocus()
        self.email.selectAll()


class NewCustomerNote(ParamEditor):
    """The customer that would be created, in one line (the Preview shows it field by field)."""

    def __init__(self, names: Mapping[str, str], email: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        shown = ", ".join(dict.fromkeys(names.values()))
        label = QLabel(self.tr("New QuickBooks customer: “{name}” with email {email}").format(
            name=shown, email=email or "—"), self)
        label.setObjectName("muted")
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.addWidget(label)


class MissingCustomerWizard(FixWizard):
    KIND = MissingCustomer.id

    def param_editor(self, option: Choice, parent: QWidget) -> ParamEditor | None:
        email = str(self.failures[0].evidence.get("contact_email") or "")
        if option.id == Fix.REASSIGN:
            mine = [c for c in option.params.get("candidates") or []
                    if c.get("invoice_id") in (None, self.failures[0].hubspot_invoice_id)]
            return CandidatesEditor(mine, str(option.params.get("contact_id") or ""), parent)
        if option.id == Fix.CORRECT_EMAIL and not self.bulk:
            return EmailEditor(option.params, email, parent)
        if option.id == Fix.CREATE_CUSTOMER:
            return NewCustomerNote(option.params.get("names") or {}, "" if self.bulk else email, parent)
        return None
