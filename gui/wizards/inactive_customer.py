"""The only customers with the contact's email are inactive: make one active again, or bill another contact."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from core.failures.inactive_customer import InactiveCustomer
from core.fixes.model import Choice
from gui.wizards.base import FixWizard
from gui.wizards.missing_customer import CandidatesEditor
from gui.wizards.page_widgets import ParamEditor

Fix = InactiveCustomer.Option


class InactiveCustomerWizard(FixWizard):
    KIND = InactiveCustomer.id

    def param_editor(self, option: Choice, parent: QWidget) -> ParamEditor | None:
        if option.id == Fix.REASSIGN:   # which contact to bill: the plan has no default
            mine = [c for c in option.params.get("candidates") or []
                    if c.get("invoice_id") in (None, self.failures[0].hubspot_invoice_id)]
            return CandidatesEditor(mine, "", parent)
        return None
