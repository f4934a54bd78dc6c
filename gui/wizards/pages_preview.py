"""The Preview page: every record a fix will change, before → after; notes for guides; Save plan. Nothing written."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, QWizard

from core.errors import UserError
from core.fixes import preview
from core.fixes.model import Plan
from core.services import fixes
from gui.i18n import error_words, text
from gui.wizards.host import PageId, WizardHost
from gui.wizards.page_widgets import DiffTable, paragraph
from gui.wizards.pages_plan import WizardPage


class PreviewPage(WizardPage):
    """Every record that will change, before → after. A commit page: after Apply there is no way back."""

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check the changes"))
        self.setSubTitle(self.tr("Nothing has been written yet."))
        self.setCommitPage(True)
        self._busy = False
        self.summary = paragraph("", self, "wizardHeading")
        self.custom = wizard.plan_view(self)
        self.table = DiffTable(self)
        self.notes = paragraph("", self, "notes")
        self.notes_box = QVBoxLayout()
        self.extra: QWidget | None = None   # the kind's controls for a guide (e.g. "Open QuickBooks settings")
        # Another client's sent or paid document changes: Apply waits for an explicit yes (Change.confirm).
        self.confirm = QCheckBox(self)
        self.confirm.setObjectName("confirmOthers")
        self.confirm.setAccessibleName(self.tr("Confirm changing another client's document"))
        self.confirm.toggled.connect(self.completeChanged)
        self.confirm.hide()
        self.confirm_text = paragraph("", self, "optionReason")
        self.confirm_text.hide()
        self.problems = paragraph("", self, "offlineReason")
        self.offline = paragraph(wizard.offline_reason(), self, "offlineReason")
        self.save_button = QPushButton(self.tr("Save plan…"), self)
        self.save_button.setObjectName("savePlan")
        self.save_button.setAccessibleName(self.tr("Save plan"))
        self.save_button.setToolTip(self.tr("Save these changes to a file and apply them later"))
        self.save_button.clicked.connect(self.save_plan)
        self.saved = QLabel(self)
        self.saved.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        if self.custom is not None:
            layout.addWidget(self.custom, 2)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.notes)
        layout.addLayout(self.notes_box)
        layout.addWidget(self.confirm_text)
        layout.addWidget(self.confirm)
        layout.addWidget(self.problems)
        layout.addWidget(self.offline)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved, 1)
        layout.addLayout(row)

    def initializePage(self) -> None:
        option = self.fw.choose_page.selected()
        if option is None:
            return
        self._busy = True
        self.fw.plan = None
        self._render(None)
        job = partial(fixes.build_plan, self.fw.session.db_path, self.fw.kind, self.fw.failures, option.id,
                      self.fw.choose_page.params())
        self.fw.submit(self.fw.cache_key, job, "fix plan", succeeded=self._on_plan, failed=self._on_failed)

    def _on_plan(self, plan: Plan) -> None:
        self._busy = False
        self.show_plan(plan)

    def _on_failed(self, err: BaseException) -> None:
        self._busy = False
        self.fw.fail(err)

    def show_plan(self, plan: Plan) -> None:
        self.fw.plan = plan
        self._render(plan)
        self.fw.show_plan(plan)
        self.completeChanged.emit()

    def _render(self, plan: Plan | None) -> None:
        self.table.show_changes(plan.changes if plan else ())
        self.table.setVisible(plan is None or bool(plan.changes))
        self.save_button.setEnabled(plan is not None and not plan.empty)
        self.saved.clear()
        while self.notes_box.count():
            item = self.notes_box.takeAt(0)
            note = item.widget() if item is not None else None
            if note is not None:   # hidden now, deleted later: findChild must not find it meanwhile
                note.hide()
                note.setObjectName("")
                note.deleteLater()
        self.extra = None
        if plan is None:
            self.confirm.hide()
            self.confirm_text.hide()
            self.summary.setText(self.tr("Preparing the preview…"))
            self.notes.hide()
            self.problems.hide()
            return
        counts = preview.counts(plan)   # created and changed records counted apart
        if counts:
            parts = ", ".join(text(c, self.fw.lang) for c in counts)
            self.summary.setText(self.tr("Records: {parts}.").format(parts=parts))
        else:
            self.summary.setText(self.tr("This fix is done outside Sync Doctor. Sync Doctor will not change any "
                                         "record; follow the steps below, then check again."))
        self.notes.setText("<br>".join(text(note, self.fw.lang) for note in plan.notes))
        self.notes.setVisible(bool(plan.notes))
        self.extra = self.fw.notes_widget(plan, self)
        if self.extra is not None:
            self.notes_box.addWidget(self.extra)
            self.extra.show()   # a layout shows a new child only on a queued event; show it with the plan
        asks = [text(c.confirm, self.fw.lang) for c in plan.changes if c.confirm is not None]
        self.confirm_text.setText("<br>".join(asks))
        self.confirm.setText(self.tr("I understand: change it anyway"))
        self.confirm.setChecked(False)
        self.confirm.setVisible(bool(asks))
        self.confirm_text.setVisible(bool(asks))
        self.problems.setText(self.tr("Cannot be fixed this way:") + "<br>" + "<br>".join(
            f"{self.fw.invoice_number(inv)}: {text(why, self.fw.lang)}" for inv, why in plan.problems))
        self.problems.setVisible(bool(plan.problems))
        self.setButtonText(QWizard.WizardButton.CommitButton,
                           self.tr("Apply changes") if plan.changes else self.tr("I did it — check again"))
        self.offline.setVisible(bool(self.fw.offline_reason()))

    def busy(self) -> bool:
        return self._busy

    def isComplete(self) -> bool:
        plan = self.fw.plan
        if self._busy or plan is None or self.fw.offline_reason():
            return False
        if any(c.confirm is not None for c in plan.changes) and not self.confirm.isChecked():
            return False
        return bool(plan.changes or plan.notes)

    def save_plan(self) -> Path | None:
        if self.fw.plan is None:
            return None
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save plan"), f"{self.fw.kind}-plan.json",
                                              self.tr("Sync Doctor plan (*.json)"))
        if not name:
            return None
        try:   # the versioned plan file, with the profile and company it was made for (core.fixes.plan_file)
            path = fixes.save_plan(self.fw.plan, Path(name), profile=self.fw.session.profile,
                                      db_path=self.fw.session.db_path)
        except UserError as err:
            self.saved.setText(error_words(err, self.fw.lang))
            return None
        self.saved.setText(self.tr("Saved to {path}").format(path=path))
        return path

    def next_page(self) -> int:
        return int(PageId.APPLY if self.fw.plan is not None and self.fw.plan.changes else PageId.VERIFY)
