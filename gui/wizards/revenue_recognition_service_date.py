"""Revenue recognition needs a service date on every line: send the invoice with one, or turn the setting off.

The "turn off" path is a guide: Sync Doctor does not change QuickBooks' settings, it opens the right page
(through QDesktopServices, so tests can intercept it) and checks again when the user comes back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QButtonGroup, QDateEdit, QHBoxLayout, QPushButton, QRadioButton, QVBoxLayout, QWidget

from core.failures.revenue_recognition_service_date import SETTINGS_LINK, RevenueRecognitionServiceDate
from core.fixes.model import Choice, Plan
from gui.wizards.base import FixWizard
from gui.wizards.page_widgets import ParamEditor

Fix = RevenueRecognitionServiceDate.Option


class RuleEditor(ParamEditor):
    """Which date every line gets: the invoice date, the due date, or one the user picks."""

    def __init__(self, default: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = {"invoice_date": QRadioButton(self.tr("The invoice date"), self),
                        "due_date": QRadioButton(self.tr("The due date"), self),
                        "custom": QRadioButton(self.tr("This date:"), self)}
        group = QButtonGroup(self)
        for rule, button in self.buttons.items():
            button.setObjectName(f"rule_{rule}")
            button.setAccessibleName(button.text().rstrip(":"))
            group.addButton(button)
            button.toggled.connect(self._on_rule)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setObjectName("serviceDate")
        self.date.setAccessibleName(self.tr("Service date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.dateChanged.connect(self.changed)
        self.buttons.get(default, self.buttons["invoice_date"]).setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.buttons["custom"])
        row.addWidget(self.date)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.buttons["invoice_date"])
        layout.addWidget(self.buttons["due_date"])
        layout.addLayout(row)
        self._on_rule()

    def _on_rule(self) -> None:
        self.date.setEnabled(self.buttons["custom"].isChecked())
        self.changed.emit()

    def rule(self) -> str:
        return next(rule for rule, button in self.buttons.items() if button.isChecked())

    def params(self) -> dict[str, Any]:
        rule = self.rule()
        return {"rule": rule, "date": self.date.date().toString("yyyy-MM-dd") if rule == "custom" else ""}


class SettingsLink(QWidget):
    """A button that opens QuickBooks' advanced settings in the browser."""

    def __init__(self, link: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link = link
        self.button = QPushButton(self.tr("Open QuickBooks settings"), self)
        self.button.setObjectName("openQuickBooksSettings")
        self.button.setAccessibleName(self.tr("Open QuickBooks settings in the browser"))
        self.button.setToolTip(link)
        self.button.clicked.connect(self.open)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addStretch(1)

    def open(self) -> bool:
        return QDesktopServices.openUrl(QUrl(self.link))


class ServiceDateWizard(FixWizard):
    KIND = RevenueRecognitionServiceDate.id

    def param_editor(self, option: Choice, parent: QWidget) -> ParamEditor | None:
        if option.id == Fix.PUSH_WITH_SERVICE_DATE:
            return RuleEditor(str(option.params.get("rule") or "invoice_date"), parent)
        return None

    def notes_widget(self, plan: Plan, parent: QWidget) -> QWidget | None:
        if plan.option != Fix.TURN_OFF:
            return None
        option = next((o for o in self.choices if o.id == Fix.TURN_OFF), None)
        link = str(option.params.get("link") or SETTINGS_LINK) if option else SETTINGS_LINK
        return SettingsLink(link, parent)
