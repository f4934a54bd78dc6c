"""The page that writes: Apply (journaled changes, per-change results). Verify lives in page_verify."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtWidgets import QProgressBar, QPushButton, QVBoxLayout

from core.fixes.model import EntryState
from core.services import fixes
from gui.i18n import text
from gui.tasks import Task
from gui.wizards.host import PageId, WizardHost
from gui.wizards.page_widgets import (
    Outcome,
    ResultList,
    outcomes,
    paragraph,
    run_id_of,
)
from gui.wizards.pages_plan import WizardPage


class ApplyPage(WizardPage):
    def __init__(self, wizard: WizardHost) -> None:
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
        job = partial(fixes.apply, self.fw.session.profile, self.fw.session.endpoints, plan)
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
        return int(PageId.CONFLICT if self.has_conflict() else PageId.VERIFY)
