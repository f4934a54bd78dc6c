"""Undo a fix like any other: preview what it puts back (later fixes that depend on it included), confirm, apply
through the journal, and say honestly how it went: done, refused with the service's words, or partly done.

`undo_run` is the one way in: the wizard's Verify page, the Activity tab and any menu call it. The dialog reads
the records on the service queue, writes nothing until "Undo" is clicked, and cannot be closed while it writes
(the result must reach whoever opened it: `undone` with core's UndoOutcome, or `refused` with the reason an undo
cannot even be planned).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from core.fixes.errors import UndoRefused
from core.fixes.model import Change
from core.fixes.undo_plan import UndoOutcome, UndoProposal
from core.i18n import Message
from core.services import fixes
from gui.i18n import error_words, text
from gui.session import Session
from gui.tasks import TaskBridge
from gui.widgets import repolish
from gui.wizards.page_widgets import DiffTable, ResultList, outcomes, paragraph
from gui.wizards.style import WIZARD_STYLE
from gui.wizards.words import system_name


def undo_run(run_id: str, session: Session, bridge: TaskBridge, parent: QWidget | None = None) -> UndoDialog:
    """Open the undo preview of a journaled run; nothing is written until the user confirms there."""
    dialog = UndoDialog(run_id, session, bridge, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog


def record_of(change: Change) -> str:
    """The record an undo change puts back, without the "Undo:" its label carries."""
    inner = change.label.arguments.get("label") if isinstance(change.label, Message) else None
    return text(inner if isinstance(inner, Message) else change.label)


class UndoDialog(QDialog):
    undone = Signal(object, str, str)   # core's UndoOutcome once applied, its state and the sentence saying it
    refused = Signal(str)      # why nothing can be undone (said before anything is written)
    proposed = Signal()        # the preview (or the reason there is none) is on screen

    def __init__(self, run_id: str, session: Session, bridge: TaskBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run_id, self.session, self.bridge = run_id, session, bridge
        self.proposal: UndoProposal | None = None
        self.outcome: UndoOutcome | None = None
        self._busy = True
        self.setObjectName("undoDialog")
        self.setWindowTitle(self.tr("Undo a fix"))
        self.setStyleSheet(WIZARD_STYLE)
        self.setMinimumSize(820, 480)
        self.summary = paragraph(self.tr("Reading the records the fix wrote…"), self, "wizardHeading")
        self.dependents = paragraph("", self, "undoDependents")
        self.dependents.hide()
        self.table = DiffTable(self)
        self.table.setHorizontalHeaderLabels([self.tr("System"), self.tr("Record"), self.tr("Field"),
                                              self.tr("Now"), self.tr("After the undo")])
        self.table.setAccessibleName(self.tr("What the undo would put back"))
        self.verdict = paragraph("", self, "verdict")
        self.verdict.setMargin(10)
        self.verdict.hide()
        self.results = ResultList(self)
        self.results.hide()
        self.confirm_button = QPushButton(self.tr("Undo"), self)
        self.confirm_button.setObjectName("confirmUndo")
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.confirm)
        self.close_button = QPushButton(self.tr("Cancel"), self)
        self.close_button.setObjectName("closeUndo")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.dependents)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.verdict)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)
        self._propose()

    def _key(self) -> tuple[str, str]:
        return (self.session.profile, "quickbooks")   # the service queue: reads records, later writes them

    def _propose(self) -> None:
        endpoints = self.session.endpoints
        if endpoints is None:
            self._refuse(self.tr("You are offline, so nothing can be undone now."))
            return
        job = partial(fixes.propose_undo, self.session.profile, endpoints, self.run_id)
        self.bridge.submit(self._key(), job, name="undo preview", succeeded=self._on_proposed,
                           failed=self._on_propose_failed)

    def _on_proposed(self, proposal: UndoProposal) -> None:
        self._busy = False
        self.proposal = proposal
        self.table.show_changes(proposal.changes)
        self.summary.setText(self.tr("Undo puts %n record(s) back as they were. Nothing is written until you "
                                     "click Undo.", "", len({record_of(c) for c in proposal.changes})))
        if proposal.dependents:
            reasons = "".join(f"<li>{text(d.reason)}</li>" for d in proposal.dependents)
            self.dependents.setText(self.tr("Later fixes depend on this one, so they are undone with it, newest "
                                            "first:") + f"<ul>{reasons}</ul>")
            self.dependents.show()
        self.confirm_button.setText(self.tr("Undo %n fix(es)", "", len(proposal.run_ids)))
        self.confirm_button.setEnabled(True)
        self.confirm_button.setDefault(True)
        self.proposed.emit()

    def _on_propose_failed(self, err: BaseException) -> None:
        self._busy = False
        reason = (text(err.reason) if isinstance(err, UndoRefused)
                  else error_words(err) or self.tr("Something went wrong."))
        self._refuse(self.tr("Undo is not possible: {reason}").format(reason=reason))

    def _refuse(self, sentence: str) -> None:
        self._busy = False
        self.table.hide()
        self.summary.setText(self.tr("Nothing was changed."))
        self._set_verdict("refused", sentence)
        self.close_button.setText(self.tr("Close"))
        self.refused.emit(sentence)
        self.proposed.emit()

    def confirm(self) -> None:
        if self.proposal is None or self._busy or self.session.endpoints is None:
            return
        self._busy = True
        self.confirm_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.summary.setText(self.tr("Undoing…"))
        job = partial(fixes.apply_undo, self.session.profile, self.session.endpoints, self.proposal)
        self.bridge.submit(self._key(), job, name="undo", succeeded=self._on_undone, failed=self._on_apply_failed)

    def _on_undone(self, outcome: UndoOutcome) -> None:
        self._busy = False
        self.outcome = outcome
        state, sentence = self.describe(outcome)
        self.summary.setText(self.tr("Finished."))
        self._set_verdict(state, sentence)
        self.results.show_outcomes(outcomes(_AllResults(outcome)))
        self.table.hide()
        self.results.show()
        self._finish_buttons()
        self.undone.emit(outcome, state, sentence)

    def describe(self, outcome: UndoOutcome) -> tuple[str, str]:
        """(state, sentence) of an undo's outcome: "done", "refused" (with the service's own words) or "partly"
        (naming what was put back and what was not)."""
        if outcome.state == "done":
            return "done", self.tr("Undone: %n record(s) put back as they were.", "", len(outcome.undone))
        refusals = [f"{record_of(r.change)}: {r.message}" for r in outcome.not_undone]
        if self.proposal is not None:
            for run_id, plan in zip(self.proposal.run_ids, self.proposal.plans, strict=True):
                if run_id in outcome.not_tried:
                    refusals += [record_of(c) for c in plan.changes]
        if outcome.refused is not None:
            refusals.append(text(outcome.refused))
        if outcome.state == "refused":
            first = outcome.not_undone[0].change.system if outcome.not_undone else "quickbooks"
            return "refused", self.tr("Not undone: {system} refused, so the fix is still in place.").format(
                system=system_name(first)) + " " + "; ".join(refusals)
        put_back = ", ".join(dict.fromkeys(record_of(r.change) for r in outcome.undone))
        return "partly", self.tr("Partly undone. Put back: {done}. Not put back: {left}").format(
            done=put_back, left="; ".join(refusals))

    def _on_apply_failed(self, err: BaseException) -> None:
        self._busy = False
        self._set_verdict("refused", self.tr("The undo stopped: {reason}").format(
            reason=error_words(err) or self.tr("Something went wrong.")))
        self._finish_buttons()
        self.refused.emit(self.verdict.text())

    def _finish_buttons(self) -> None:
        self.confirm_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setEnabled(True)

    def _set_verdict(self, state: str, sentence: str) -> None:
        self.verdict.setText(sentence)
        self.verdict.setProperty("state", {"done": "fixed", "partly": "failing", "refused": "failing"}[state])
        self.verdict.setProperty("outcome", state)
        repolish(self.verdict)
        self.verdict.show()

    def reject(self) -> None:
        if self._busy and self.proposal is not None:   # writing: the result must be seen
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy and self.proposal is not None:
            event.ignore()
            return
        super().closeEvent(event)


class _AllResults:
    """Every change result of an undo, for page_widgets.outcomes."""

    def __init__(self, outcome: UndoOutcome) -> None:
        self.results: tuple[Any, ...] = outcome.items
