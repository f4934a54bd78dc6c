"""The Verify page: re-check the invoices, say plainly "fixed" or "still blocked by <cause>", offer "Fix the next
cause", Check again, and Undo (through the one undo entry point, gui.undo_dialog.undo_run)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from core.failures import registry
from core.fixes.model import EntryState
from core.services import fixes
from gui.failures_model import kind_title
from gui.widgets import repolish
from gui.wizards.host import WizardHost
from gui.wizards.page_widgets import ResultList, heading, paragraph
from gui.wizards.pages_plan import WizardPage

if TYPE_CHECKING:
    from core.fixes.undo_plan import UndoOutcome


def still_failing(result: Any) -> dict[str, list[str]]:
    """Invoice id → the kinds it still fails with, whatever shape core's VerifyResult uses."""
    still = getattr(result, "still_failing", {}) or {}
    out: dict[str, list[str]] = {}
    items: Iterable[Any] = still.items() if isinstance(still, Mapping) else still
    for item in items:
        if isinstance(item, tuple) and len(item) == 2:
            inv, kinds = item
            out[str(inv)] = [getattr(k, "kind", str(k)) for k in (kinds if isinstance(kinds, list | tuple | set)
                                                                 else [kinds])]
        elif hasattr(item, "hubspot_invoice_id"):
            out.setdefault(item.hubspot_invoice_id, []).append(item.kind)
        else:
            out.setdefault(str(item), [])
    return out


class VerifyPage(WizardPage):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check the invoice"))
        self.setSubTitle(self.tr("Sync Doctor fetches both systems again and re-checks."))
        self.setFinalPage(True)
        self.verdict = paragraph("", self, "verdict")
        self.verdict.setMargin(10)
        self.details = paragraph("", self, "muted")
        self.changes = ResultList(self)
        self.changes.numbers = {f.hubspot_invoice_id: f.invoice_number for f in wizard.failures}
        self.next_button = QPushButton(self.tr("Fix the next cause"), self)
        self.next_button.setObjectName("fixNextCause")
        self.next_button.clicked.connect(self.fix_next_cause)
        self.next_button.hide()
        self.retry_button = QPushButton(self.tr("Check again"), self)
        self.retry_button.setObjectName("retryVerify")
        self.retry_button.setAccessibleName(self.tr("Check again"))
        self.retry_button.clicked.connect(self.run_check)
        self.undo_button = QPushButton(self.tr("Undo this fix"), self)
        self.undo_button.setObjectName("undoFix")
        self.undo_button.setAccessibleName(self.tr("Undo this fix"))
        self.undo_button.setToolTip(self.tr("Preview what undoing this fix puts back, then confirm"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_status = paragraph("", self, "verdict")   # the undo's result, as plainly as the check's
        self.undo_status.setObjectName("verdict")
        self.undo_status.setAccessibleName(self.tr("Result of the undo"))
        self.undo_status.setMargin(10)
        self.undo_status.hide()
        self.fixed_ids: list[str] = []
        self.still: dict[str, list[str]] = {}
        self.next_cause: tuple[str, list[str]] | None = None
        self._busy = False
        self._undone = False
        row = QHBoxLayout()
        row.addWidget(self.next_button)
        row.addWidget(self.retry_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details)
        layout.addLayout(row)
        layout.addWidget(self.undo_status)
        self.changes_heading = heading(self.tr("What was changed"), self)
        layout.addWidget(self.changes_heading)
        layout.addWidget(self.changes, 1)

    def initializePage(self) -> None:
        self._undone = False
        self._set_undo_status("", "")
        items = self.fw.apply_page.items if self.fw.plan is not None and self.fw.plan.changes else []
        self.changes.show_outcomes(items)
        self.changes.setVisible(bool(items))
        self.changes_heading.setVisible(bool(items))
        self.run_check()

    def _set_verdict(self, state: str, sentence: str) -> None:
        self.verdict.setText(sentence)
        self.verdict.setProperty("state", state)
        repolish(self.verdict)

    def _set_undo_status(self, state: str, sentence: str) -> None:
        self.undo_status.setText(sentence)
        self.undo_status.setProperty("state", state)
        repolish(self.undo_status)
        self.undo_status.setVisible(bool(sentence))

    def run_check(self) -> None:
        endpoints = self.fw.session.endpoints
        if endpoints is None or self._busy:
            return
        self._busy = True
        self._set_verdict("busy", self.tr("Checking…"))
        self.details.clear()
        self.next_button.hide()
        self._update_buttons()
        job = partial(fixes.verify, self.fw.session.db_path, endpoints, self.fw.invoice_ids,
                      self.fw.apply_result)
        self.fw.submit(self.fw.cache_key, job, "verify fix", succeeded=self._on_checked, failed=self._on_failed)

    def _causes(self, kinds: Iterable[str]) -> str:
        return ", ".join(kind_title(k, self.fw.lang) for k in sorted(set(kinds), key=registry.rank))

    def _on_checked(self, result: Any) -> None:
        self._busy = False
        self.still = still_failing(result)
        self.fixed_ids = [i for i in self.fw.invoice_ids if i not in self.still]
        self.fw.cache_changed.emit()
        total, kind, number = len(self.fw.invoice_ids), self.fw.kind, self.fw.invoice_number
        unfixed = [i for i, kinds in self.still.items() if kind in kinds or not kinds]
        if not self.still:
            self._set_verdict("fixed", self.tr("✓ Fixed: invoice {number} can now sync to QuickBooks.").format(
                number=number(self.fixed_ids[0])) if total == 1 else
                self.tr("✓ Fixed: all %n invoice(s) can now sync to QuickBooks.", "", total))
        elif not unfixed:   # this cause is gone; another one was waiting behind it
            self._set_verdict("fixed", self.tr("✓ Fixed. Invoice {number} is still blocked by {causes}.").format(
                number=number(next(iter(self.still))), causes=self._causes(next(iter(self.still.values()))))
                if total == 1 else
                self.tr("✓ Fixed on %n invoice(s); {still} of them still blocked by another cause.", "", total)
                .format(still=len(self.still)))
        else:
            self._set_verdict("failing", self.tr("Not fixed: invoice {number} is still blocked by {causes}.").format(
                number=number(unfixed[0]), causes=self._causes(self.still[unfixed[0]]) or self.tr("not yet"))
                if total == 1 else
                self.tr("{fixed} of %n invoice(s) can now sync; {n} still cannot.", "", total).format(
                    fixed=len(self.fixed_ids), n=len(self.still)))
        if total > 1 and self.still:
            lines = [self.tr("{number}: still blocked by {causes}").format(
                number=number(i), causes=self._causes(kinds) or self.tr("not yet")) for i, kinds in self.still.items()]
            self.details.setText("<br>".join(lines[:20]))
        self.next_cause = self._find_next_cause() if not unfixed else None
        self.next_button.setVisible(self.next_cause is not None)
        if self.next_cause is not None:
            self.next_button.setToolTip(self.tr("Open the fix for: {cause}").format(
                cause=kind_title(self.next_cause[0], self.fw.lang)))
        if self.fixed_ids:
            self.fw.fixed.emit(self.fixed_ids)
        self._update_buttons()

    def _find_next_cause(self) -> tuple[str, list[str]] | None:
        """What still blocks these invoices, root cause first; else the panel's next cause."""
        kinds = {k for ks in self.still.values() for k in ks if k != self.fw.kind and registry.get(k) is not None}
        if kinds:
            kind = min(kinds, key=registry.rank)
            return kind, [i for i, ks in self.still.items() if kind in ks]
        window = self.fw.parentWidget()
        finder = getattr(window, "next_cause", None)
        found = finder(self.fw.kind) if callable(finder) else None
        return found if isinstance(found, tuple) else None

    def fix_next_cause(self) -> None:
        window = self.fw.parentWidget()
        opener = getattr(window, "open_fix_wizard", None)
        if self.next_cause is None or not callable(opener):
            return
        kind, ids = self.next_cause
        if opener(kind, ids) is not None:
            self.fw.accept()

    def _on_failed(self, err: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        self.fw.fail(err)

    # ---- undo ------------------------------------------------------------------------------------------
    def can_undo(self) -> bool:
        return bool(self.fw.run_id) and not self._undone and any(
            o.state is EntryState.DONE for o in self.fw.apply_page.items)

    def undo(self) -> Any:
        """Open the undo preview (nothing is written until it is confirmed there); returns the dialog."""
        from gui.undo_dialog import undo_run

        if not self.can_undo() or self.fw.session.endpoints is None or self._busy:
            return None
        dialog = undo_run(self.fw.run_id, self.fw.session, self.fw.bridge, self.wizard())
        dialog.undone.connect(self._on_undone)
        dialog.refused.connect(self._on_undo_refused)
        return dialog

    def _on_undone(self, outcome: UndoOutcome, state: str, sentence: str) -> None:
        del outcome
        self._undone = state == "done"
        self._set_undo_status("fixed" if state == "done" else "failing", sentence)
        if state != "refused":   # something was put back: the check above is no longer true
            self._set_verdict("busy", self.tr("The fix was undone. The invoice is back to how it was.")
                              if state == "done" else
                              self.tr("Part of the fix was undone. Check again to see where the invoice stands."))
            self.next_button.hide()
        self._update_buttons()

    def _on_undo_refused(self, sentence: str) -> None:
        self._set_undo_status("failing", sentence)
        self._update_buttons()

    def _update_buttons(self) -> None:
        online = self.fw.session.endpoints is not None
        self.retry_button.setEnabled(online and not self._busy)
        self.undo_button.setVisible(bool(self.fw.run_id))
        self.undo_button.setEnabled(online and not self._busy and self.can_undo())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._busy
