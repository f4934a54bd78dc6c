"""The pages off the main path: Conflict (someone changed a record; re-plan) and Error (only Back/Cancel)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from core.fixes.model import EntryState
from core.services import fixes
from gui.wizards.host import WizardHost
from gui.wizards.page_widgets import Table, heading, paragraph
from gui.wizards.pages_plan import WizardPage
from gui.wizards.words import field_word, show_value, system_name

_IGNORED_KEYS = {"MetaData", "SyncToken", "updatedAt", "sparse", "domain"}


def _primary(text: str, page: WizardPage, name: str) -> QPushButton:
    button = QPushButton(text, page)
    button.setObjectName("primaryAction")
    button.setAccessibleName(name)
    return button


def server_changes(before: Mapping[str, Any], current: Mapping[str, Any]) -> list[tuple[str, Any, Any]]:
    """(field, as previewed, as the service has it now) for every top-level field someone else changed."""
    if "properties" in current or "properties" in before:   # HubSpot records keep their fields one level down
        before, current = before.get("properties") or {}, current.get("properties") or {}
    keys = [k for k in dict.fromkeys([*before, *current]) if k not in _IGNORED_KEYS]
    return [(k, before.get(k), current.get(k)) for k in keys if before.get(k) != current.get(k)]


class ConflictPage(WizardPage):
    """Someone changed a record between Preview and Apply: show what, write nothing, offer a fresh plan."""

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Someone changed this record"))
        self.setSubTitle(self.tr("Nothing was overwritten."))
        self.text = paragraph(self.tr(
            "Since you previewed the fix, the record below was changed in HubSpot or QuickBooks. Sync Doctor did "
            "not write over that change. Re-plan to fetch the record again and see a fresh preview."),
            self, "conflictText")
        self.table = Table([self.tr("Record"), self.tr("Field"), self.tr("When you previewed"),
                            self.tr("Now")], self, "conflictTable")
        self.table.setAccessibleName(self.tr("What changed on the server"))
        self.replan_button = _primary(self.tr("Re-plan"), self, self.tr("Re-plan"))
        self.replan_button.setToolTip(self.tr("Fetch both systems again and prepare a new preview"))
        self.replan_button.clicked.connect(self.replan)
        self.status = paragraph("", self, "muted")
        row = QHBoxLayout()
        row.addWidget(self.replan_button)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self._busy = False

    def initializePage(self) -> None:
        self.table.setRowCount(0)
        self.status.clear()
        self.replan_button.setEnabled(True)
        for o in self.fw.apply_page.items:
            if o.state is not EntryState.CONFLICT or o.change is None:
                continue
            rows = server_changes(o.change.before, o.current or {})
            for n, (name, was, now) in enumerate(rows or [("", "", o.error)]):
                self.table.add_row([f"{system_name(o.system)}: {o.label}" if n == 0 else "",
                                    field_word(name),
                                    show_value(was), show_value(now)], changed=(3,))
        self.table.fit()

    def replan(self) -> None:
        option = self.fw.choose_page.selected()
        endpoints = self.fw.session.endpoints
        if option is None or endpoints is None or self._busy:
            return
        self._busy = True
        self.replan_button.setEnabled(False)
        self.status.setText(self.tr("Fetching both systems again…"))
        job = partial(fixes.refresh_and_plan, endpoints, self.fw.session.db_path, self.fw.kind,
                      self.fw.invoice_ids, option.id, self.fw.choose_page.params())
        self.fw.submit(self.fw.cache_key, job, "re-plan", succeeded=self._on_replanned, failed=self._on_failed)

    def _on_replanned(self, result: fixes.Replanned) -> None:
        self._busy = False
        self.fw.cache_changed.emit()
        if result.plan is None:
            self.status.setText(self.tr("After the refresh this problem is gone: nothing is left to fix."))
            return
        self.fw.failures = result.failures
        self.fw.go_back_to_preview(result.plan)

    def _on_failed(self, err: BaseException) -> None:
        self._busy = False
        self.replan_button.setEnabled(True)
        self.fw.fail(err)

    def isComplete(self) -> bool:
        return False   # only Re-plan or Cancel leave this page


class ErrorPage(WizardPage):
    """What went wrong, in words; only Back (to try again) and Cancel."""

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("This step did not work"))
        self.setSubTitle(self.tr("Go Back to try again, or Cancel to close."))
        self.text = paragraph("", self, "errorText")
        self.text.setAccessibleName(self.tr("Error"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("What happened"), self))
        layout.addWidget(self.text)
        layout.addWidget(paragraph(self.tr("Any change already made is listed in the Activity tab, where it can "
                                           "be undone."), self, "muted"))
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.text.setText(self.fw.error_text)

    def cleanupPage(self) -> None:
        self.fw.error_text = ""   # Back: the previous page is usable again

    def isComplete(self) -> bool:
        return False

    def nextId(self) -> int:
        return -1
