"""The pages that act: Apply (writes, per-change results), Conflict (re-plan), Verify (check, undo), Error."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout

from core.fixes.errors import UndoRefused
from core.fixes.model import EntryState
from gui.failures_model import kind_title
from gui.i18n import text
from gui.tasks import Task
from gui.widgets import repolish
from gui.wizards import fix_jobs
from gui.wizards.page_widgets import (
    Outcome,
    ResultList,
    heading,
    outcomes,
    paragraph,
    run_id_of,
)
from gui.wizards.pages_plan import WizardPage

if TYPE_CHECKING:
    from gui.wizards.base import FixWizard

class ApplyPage(WizardPage):
    def __init__(self, wizard: FixWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Applying the changes"))
        self.setSubTitle(self.tr("Each change is written to the journal before it is sent, so it can be undone."))
        self.step = paragraph("", self, "muted")
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress of the changes"))
        self.summary = paragraph("", self, "wizardHeading")
        self.results = ResultList(self)
        self.results.numbers = {f.hubspot_invoice_id: f.invoice_number for f in wizard.failures}
        self.retry_button = QPushButton(self.tr("Try again"), self)
        self.retry_button.setObjectName("retryApply")
        self.retry_button.setAccessibleName(self.tr("Try applying again"))
        self.retry_button.clicked.connect(self.initializePage)
        self.retry_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.step)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.retry_button)
        self._task: Task | None = None
        self.items: list[Outcome] = []

    def initializePage(self) -> None:
        plan = self.fw.plan
        if plan is None or self.fw.session.endpoints is None:
            return
        self.items = []
        self.fw.apply_result = None
        self.retry_button.hide()
        self.results.show_outcomes([])
        self.summary.clear()
        self.progress.setRange(0, len(plan.changes))
        self.progress.setValue(0)
        self.step.setText(self.tr("Starting…"))
        job = partial(fix_jobs.apply, self.fw.session.profile, self.fw.session.endpoints, plan)
        self._task = self.fw.submit(self.fw.write_key(plan), job, "apply fix", progress=self._on_progress,
                                    succeeded=self._on_applied, failed=self._on_failed, finished=self._on_finished)
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        self.items = []
        self.results.show_outcomes([])

    def busy(self) -> bool:
        return self._task is not None

    def stop(self) -> None:
        if self._task is not None:
            self.step.setText(self.tr("Stopping after the current change…"))
            self._task.cancel()

    def _on_progress(self, step: str, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        changes = self.fw.plan.changes if self.fw.plan is not None else ()
        if 0 <= done < len(changes) and str(changes[done].label) == step:   # core reports the English label
            step = text(changes[done].label, self.fw.lang)
        if step:
            self.step.setText(self.tr("Writing {what}…").format(what=step))

    def _on_applied(self, result: Any) -> None:
        self.fw.apply_result = result
        self.fw.run_id = run_id_of(result)
        self.items = outcomes(result)
        self.results.show_outcomes(self.items)
        self.fw.show_outcomes(self.items)
        done = sum(1 for o in self.items if o.state is EntryState.DONE)
        self.step.setText(self.tr("Finished."))
        self.summary.setText(self.tr("{done} of {total} changes made.").format(done=done, total=len(self.items)))
        interrupted = str(getattr(result, "interrupted", "") or "")
        if interrupted:
            self.summary.setText(self.tr("Stopped: {why} The rest can be finished from the Activity tab.")
                                 .format(why=interrupted))

    def _on_failed(self, err: BaseException) -> None:
        self._task = None
        self.step.setText(self.tr("The changes could not be applied."))
        self.retry_button.show()   # Back from the Error page lands here; Preview lies behind the commit
        self.fw.fail(err)

    def _on_finished(self) -> None:
        if self._task is None:   # failed: already on the Error page
            return
        self._task = None
        self.completeChanged.emit()
        # Nothing to read when all went well, and a conflict needs a decision: move on by ourselves.
        if self.fw.apply_result is not None and (self.has_conflict() or self.all_done()):
            self.fw.next()

    def has_conflict(self) -> bool:
        return any(o.state is EntryState.CONFLICT for o in self.items)

    def all_done(self) -> bool:
        return bool(self.items) and all(o.state is EntryState.DONE for o in self.items)

    def isComplete(self) -> bool:
        return self._task is None and self.fw.apply_result is not None

    def next_page(self) -> int:
        from gui.wizards.base import PageId

        return int(PageId.CONFLICT if self.has_conflict() else PageId.VERIFY)


def _still_failing(result: Any) -> dict[str, list[str]]:
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
    """Re-check the invoices against fresh data; say plainly whether they now sync; offer Retry and Undo."""

    def __init__(self, wizard: FixWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check the invoice"))
        self.setSubTitle(self.tr("Sync Doctor fetches both systems again and re-checks."))
        self.setFinalPage(True)
        self.verdict = paragraph("", self, "verdict")
        self.verdict.setMargin(10)
        self.details = paragraph("", self, "muted")
        self.changes = ResultList(self)
        self.changes.numbers = {f.hubspot_invoice_id: f.invoice_number for f in wizard.failures}
        self.retry_button = QPushButton(self.tr("Check again"), self)
        self.retry_button.setObjectName("retryVerify")
        self.retry_button.setAccessibleName(self.tr("Check again"))
        self.retry_button.clicked.connect(self.run_check)
        self.undo_button = QPushButton(self.tr("Undo this fix"), self)
        self.undo_button.setObjectName("undoFix")
        self.undo_button.setAccessibleName(self.tr("Undo this fix"))
        self.undo_button.setToolTip(self.tr("Put every record this fix changed back as it was"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_status = paragraph("", self, "muted")
        self.fixed_ids: list[str] = []
        self.still: dict[str, list[str]] = {}
        self._busy = False
        self._undone = False
        row = QHBoxLayout()
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
        self.undo_status.clear()
        items = self.fw.apply_page.items if self.fw.plan is not None and self.fw.plan.changes else []
        self.changes.show_outcomes(items)
        self.changes.setVisible(bool(items))
        self.changes_heading.setVisible(bool(items))
        self.run_check()

    def _set_verdict(self, state: str, text: str) -> None:
        self.verdict.setText(text)
        self.verdict.setProperty("state", state)
        repolish(self.verdict)

    def run_check(self) -> None:
        endpoints = self.fw.session.endpoints
        if endpoints is None or self._busy:
            return
        self._busy = True
        self._set_verdict("busy", self.tr("Checking…"))
        self.details.clear()
        self._update_buttons()
        job = partial(fix_jobs.verify, self.fw.session.db_path, endpoints, self.fw.invoice_ids,
                      self.fw.apply_result)
        self.fw.submit(self.fw.cache_key, job, "verify fix", succeeded=self._on_checked, failed=self._on_failed)

    def _on_checked(self, result: Any) -> None:
        self._busy = False
        self.still = _still_failing(result)
        self.fixed_ids = [i for i in self.fw.invoice_ids if i not in self.still]
        self.fw.cache_changed.emit()
        numbers = [self.fw.invoice_number(i) for i in self.fixed_ids]
        if not self.still:
            verdict = (self.tr("✓ Invoice {number} can now sync to QuickBooks.").format(number=numbers[0])
                       if len(numbers) == 1 else
                       self.tr("✓ All {n} invoices can now sync to QuickBooks.").format(n=len(numbers)))
            self._set_verdict("fixed", verdict)
        else:
            def title(kind: str) -> str:
                return kind_title(kind, self.fw.lang)

            lines = [f"{self.fw.invoice_number(i)}: " + (", ".join(title(k) for k in kinds) or self.tr("not yet"))
                     for i, kinds in self.still.items()]
            head = (self.tr("Invoice {number} still cannot sync.").format(number=self.fw.invoice_number(
                next(iter(self.still)))) if len(self.fw.invoice_ids) == 1 else
                self.tr("{fixed} of {total} invoices can now sync; {n} still cannot.").format(
                    fixed=len(self.fixed_ids), total=len(self.fw.invoice_ids), n=len(self.still)))
            self._set_verdict("failing", head)
            self.details.setText(self.tr("What still stops them:") + "<br>" + "<br>".join(lines[:20]))
        if self.fixed_ids:
            self.fw.fixed.emit(self.fixed_ids)
        self._update_buttons()

    def _on_failed(self, err: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        self.fw.fail(err)

    def can_undo(self) -> bool:
        return bool(self.fw.run_id) and not self._undone and any(
            o.state is EntryState.DONE for o in self.fw.apply_page.items)

    def undo(self) -> None:
        endpoints = self.fw.session.endpoints
        if not self.can_undo() or endpoints is None or self._busy:
            return
        self._busy = True
        self._update_buttons()
        self.undo_status.setText(self.tr("Undoing…"))
        job = partial(fix_jobs.undo, self.fw.session.profile, endpoints, self.fw.run_id)
        self.fw.submit(self.fw.write_key(self.fw.plan), job, "undo fix", succeeded=self._on_undone,
                       failed=self._on_undo_failed)

    def _on_undone(self, result: Any) -> None:
        self._busy = False
        items = outcomes(result)
        bad = [o for o in items if o.state is not EntryState.DONE]
        self._undone = not bad
        if bad:
            self.undo_status.setText(self.tr("Undo was not complete: {what}").format(
                what="; ".join(f"{o.label}: {o.error}" for o in bad)))
        else:
            self.undo_status.setText(self.tr("Undone: %n record(s) put back as they were.", "", len(items)))
        self._set_verdict("busy", self.tr("The fix was undone. The invoice is back to how it was."))
        self._update_buttons()

    def _on_undo_failed(self, err: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        if isinstance(err, UndoRefused):   # not a failure of the app: a reason to show in plain words
            self.undo_status.setText(self.tr("Undo is not possible: {reason}").format(
                reason=text(err.reason, self.fw.lang)))
            return
        self.fw.fail(err)

    def _update_buttons(self) -> None:
        online = self.fw.session.endpoints is not None
        self.retry_button.setEnabled(online and not self._busy)
        self.undo_button.setVisible(bool(self.fw.run_id))
        self.undo_button.setEnabled(online and not self._busy and self.can_undo())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._busy
