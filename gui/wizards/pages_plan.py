"""The wizard's first pages: Explain (why) and Choose (how). Nothing is written here."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from core.fixes.model import Choice
from core.services import fixes
from gui.failures_model import summary_text
from gui.i18n import text
from gui.widgets import Owner
from gui.wizards.host import PageId, WizardHost
from gui.wizards.page_widgets import EvidenceView, ParamEditor, Table, heading, paragraph
from gui.wizards.words import evidence_rows


class WizardPage(QWizardPage):
    """A page that knows its FixWizard and routes to the Error page while an error is pending."""

    fw: Owner[WizardHost] = Owner()   # weak: the wizard owns this widget

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__()   # no parent yet: the wizard's setPage() takes the page
        self.fw = wizard

    def nextId(self) -> int:
        return int(PageId.ERROR) if self.fw.error_text else self.next_page()

    def next_page(self) -> int:
        return -1


class ExplainPage(WizardPage):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("What is wrong"))
        n = len(wizard.invoice_ids)
        self.setSubTitle(self.tr("Invoice {number}").format(number=wizard.failures[0].invoice_number) if n == 1
                         else self.tr("%n invoice(s)", "", n))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(text(wizard.title, wizard.lang), self, "causeTitle"))
        layout.addWidget(paragraph(text(wizard.explanation, wizard.lang), self, "explanation"))
        layout.addWidget(heading(self.tr("What we found"), self))
        self.evidence = wizard.evidence_widget(self) or self._default_evidence()
        layout.addWidget(self.evidence)
        layout.addWidget(heading(self.tr("What will happen"), self))
        if wizard.has_planner:
            what = self.tr("Next you choose how to fix it. Sync Doctor then shows every record it will change, "
                           "field by field. Nothing is written to HubSpot or QuickBooks until you press "
                           "“Apply changes”, and every change can be undone afterwards.")
        else:
            steps = "".join(f"<li>{text(s, wizard.lang)}</li>" for s in wizard.fix_steps)
            what = self.tr("Sync Doctor cannot make this change for you. Do one of these, then refresh:") + \
                f"<ol>{steps}</ol>"
        self.what_next = paragraph(what, self, "muted")
        layout.addWidget(self.what_next)
        # The express path: straight to the Preview of the first (recommended) fix; Back still reaches Choose.
        self.recommended = QPushButton(self.tr("Loading the fixes…"), self)
        self.recommended.setObjectName("primaryAction")
        self.recommended.setAccessibleName(self.tr("Preview the recommended fix"))
        self.recommended.setEnabled(False)
        self.recommended.setVisible(wizard.has_planner)
        self.recommended.clicked.connect(self.use_recommended)
        self.express_option: Choice | None = None
        row = QHBoxLayout()
        row.addWidget(self.recommended)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        wizard.options_loaded.connect(self._on_options_loaded)

    def initializePage(self) -> None:
        if self.fw.has_planner:
            self.fw.choose_page.load()

    def _on_options_loaded(self) -> None:
        """The express path previews the first fix that needs nothing typed; when every fix needs input, it
        leads to the first one on the Choose page, which says what to type."""
        available = [o for o in self.fw.choices if o.available]
        option = next((o for o in available if o.recommended), None)
        ready = option if option is not None and not self.fw.choose_page.option_needs(option.id) else None
        self.express_option = option
        self.recommended.setEnabled(option is not None)
        if option is None and available:   # nothing convincing: the bookkeeper chooses, with the evidence shown
            self.recommended.setText(self.tr("No fix is clearly right: choose one"))
            self.recommended.setEnabled(True)
        elif option is None:
            self.recommended.setText(self.tr("No fix can be made automatically"))
        elif ready is not None:
            label = text(option.label, self.fw.lang)
            self.recommended.setText(self.tr("Preview the recommended fix: {label}").format(label=label))
        else:
            label = text(option.label, self.fw.lang)
            self.recommended.setText(self.tr("Fill in the recommended fix: {label}").format(label=label))
            self.recommended.setToolTip(self.fw.choose_page.option_needs(option.id))

    def use_recommended(self) -> None:
        if self.fw.currentId() != self.fw.startId() or not self.recommended.isEnabled():
            return
        self.fw.next()
        if self.express_option is not None:
            self.fw.choose_page.select(self.express_option.id)
        self.fw.choose_page.express()

    def _default_evidence(self) -> QWidget:
        if self.fw.bulk:
            table = Table([self.tr("Invoice"), self.tr("Why it fails")], self, "evidenceTable")
            table.stretch(1)
            for f in self.fw.failures:
                table.add_row([f.invoice_number, summary_text(f.kind, f.summary, f.evidence, self.fw.lang)])
            table.fit_height()
            return table
        view = EvidenceView(self)
        failure = self.fw.failures[0]
        view.show_evidence([(self.tr("Problem"), summary_text(failure.kind, failure.summary, failure.evidence,
                                                              self.fw.lang)),
                            *evidence_rows(failure.kind, failure.evidence)])
        return view

    def next_page(self) -> int:
        return int(PageId.CHOOSE) if self.fw.has_planner else -1


class ChoosePage(WizardPage):
    """A radio button per option; unavailable ones disabled with the reason as tooltip; parameters under each."""

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose a fix"))
        self.setSubTitle(self.tr("Pick how to fix it. You will see every change before anything is written."))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idToggled.connect(self._on_toggled)
        self.radios: dict[str, QRadioButton] = {}
        self.editors: dict[str, ParamEditor] = {}
        self._loading = False
        self._go_on = False   # the express path waits here for a proposal, then moves on by itself
        self.status = paragraph(self.tr("Loading the choices…"), self, "muted")
        self.needed = paragraph("", self, "choiceNeeds")   # what to type before Next, when anything
        self.needed.hide()
        self.list_widget = QWidget(self)
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 8, 0)
        self.list_layout.setSpacing(2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.list_widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.needed)

    def initializePage(self) -> None:
        self.load()

    def cleanupPage(self) -> None:
        self._go_on = False

    def load(self) -> None:
        """Ask core for the options once (the Explain page starts this, so they are ready on arrival)."""
        if self.fw.choices or self._loading:
            return
        self._loading = True
        job = partial(fixes.load_options, self.fw.session.db_path, self.fw.kind, self.fw.failures)
        self.fw.submit(self.fw.cache_key, job, "fix options", succeeded=self._on_options, failed=self._on_failed)

    def _on_failed(self, err: BaseException) -> None:
        self._loading = False
        self.status.setText(self.tr("The choices could not be loaded."))
        self.fw.fail(err)

    def _on_options(self, options: list[Choice]) -> None:
        self._loading = False
        self.fw.choices = list(options)
        available = any(o.available for o in options)
        unsure = available and not any(o.recommended and o.available for o in options)
        self.status.setVisible(not options or unsure)
        self.status.setText(self.tr("No fix is clearly right for this invoice: read the evidence under each fix, "
                                    "then choose one.") if unsure
                            else self.tr("Sync Doctor has no automatic fix for this case."))
        for n, option in enumerate(options):
            self._add_option(n, option)
        self.list_layout.addStretch(1)
        best = next((o for o in options if o.available and o.recommended), None)
        if best is not None:
            self.radios[best.id].setChecked(True)   # pre-selected only when the evidence is convincing
        self._changed()
        self.fw.options_loaded.emit()

    def _add_option(self, n: int, option: Choice) -> None:
        label = text(option.label, self.fw.lang)
        radio = QRadioButton(label, self.list_widget)
        radio.setObjectName(f"option_{option.id}")
        radio.setAccessibleName(label)
        radio.setAccessibleDescription(text(option.description, self.fw.lang))
        radio.setEnabled(option.available)
        self.group.addButton(radio, n)
        self.radios[option.id] = radio
        self.list_layout.addWidget(radio)
        box = QVBoxLayout()
        box.setContentsMargins(26, 0, 0, 12)
        box.setSpacing(4)
        box.addWidget(paragraph(text(option.description, self.fw.lang), self.list_widget, "optionDescription"))
        if option.why is not None:
            why = paragraph(text(option.why, self.fw.lang), self.list_widget,
                            "optionRecommended" if option.recommended else "optionWhy")
            radio.setAccessibleDescription(f"{radio.accessibleDescription()} {why.text()}")
            box.addWidget(why)
        if not option.available:
            reason = (text(option.reason, self.fw.lang) if option.reason is not None
                      else self.tr("Not possible for this invoice."))
            radio.setToolTip(reason)
            box.addWidget(paragraph(self.tr("Not available: {reason}").format(reason=reason), self.list_widget,
                                    "optionReason"))
        else:
            editor = self.fw.param_editor(option, self.list_widget)
            if editor is not None:
                editor.setEnabled(False)
                editor.changed.connect(self._on_params_changed)
                self.editors[option.id] = editor
                box.addWidget(editor)
        self.list_layout.addLayout(box)

    def _on_toggled(self, button_id: int, checked: bool) -> None:
        option = self.fw.choices[button_id]
        editor = self.editors.get(option.id)
        if editor is not None:
            editor.setEnabled(checked)
        if checked:
            self._go_on = False   # another fix picked: no moving on by itself (express() sets it after select())
        self._changed()

    def _on_params_changed(self) -> None:
        self._changed()

    def _changed(self) -> None:
        needs = self.needs()
        self.needed.setText(self.tr("To continue: {what}").format(what=needs) if needs else "")
        self.needed.setVisible(bool(needs))
        self.completeChanged.emit()
        if self._go_on and self.isComplete() and self.fw.currentPage() is self:
            self._go_on = False
            self.fw.next()

    def option_needs(self, option_id: str) -> str:
        """What `option_id`'s inputs still need, in words; "" when nothing must be typed or picked."""
        editor = self.editors.get(option_id)
        return editor.needs() if editor is not None else ""

    def needs(self) -> str:
        option = self.selected()
        if option is None:
            return self.tr("Pick one of the fixes.") if self.fw.choices else ""
        return self.option_needs(option.id)

    def express(self) -> None:
        """The express path arrived: on to the Preview when the choice is complete; if a proposal is still
        being worked out, as soon as it is; otherwise stay, with the hint saying what to type and the cursor in
        the field."""
        if self.isComplete():
            self.fw.next()
            return
        if self.needs():
            choice = self.selected()
            editor = self.editors.get(choice.id) if choice is not None else None
            if editor is not None:
                editor.focus_input()
            return
        self._go_on = True

    def selected(self) -> Choice | None:
        n = self.group.checkedId()
        return self.fw.choices[n] if 0 <= n < len(self.fw.choices) else None

    def params(self) -> dict[str, Any]:
        option = self.selected()
        editor = self.editors.get(option.id) if option else None
        return editor.params() if editor is not None else {}

    def select(self, option_id: str) -> None:
        self.radios[option_id].setChecked(True)

    def isComplete(self) -> bool:
        option = self.selected()
        if option is None or not option.available:
            return False
        editor = self.editors.get(option.id)
        return editor is None or editor.is_valid()

    def next_page(self) -> int:
        return int(PageId.PREVIEW)
