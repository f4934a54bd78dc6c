"""The shared fix wizard: Explain → Choose → Preview → Apply → Verify, plus Conflict and Error pages.

Each failure kind subclasses FixWizard and only adds what is particular to it (an evidence view, the editors
for its options' parameters, a bulk table). Page ids are an IntEnum so tests and code speak of pages by name;
every page gates Next through isComplete(); the Error page leaves only Back and Cancel. Core work runs on the
task bridge: planning and verifying on the profile's cache queue, writes on the profile's service queue.

A wizard can also start from a saved plan (core.fixes.plan_file): FixWizard.from_saved / open_saved_plan open it on
the Preview page with exactly the saved changes; Back leads to Choose, which re-plans on the current cache.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from core.errors import UserError
from core.failures import registry
from core.failures.base import Failure
from core.fixes.model import Choice, Plan
from core.fixes.plan_file import SavedPlan
from core.i18n import Message, verbatim
from core.services import fixes
from gui.i18n import error_words, installed_lang, text
from gui.session import Session
from gui.tasks import Job, Task, TaskBridge
from gui.wizards.host import PageId
from gui.wizards.page_verify import VerifyPage
from gui.wizards.page_widgets import Outcome, ParamEditor
from gui.wizards.pages_other import ConflictPage, ErrorPage
from gui.wizards.pages_plan import ChoosePage, ExplainPage
from gui.wizards.pages_preview import PreviewPage
from gui.wizards.pages_run import ApplyPage
from gui.wizards.style import WIZARD_STYLE


class FixWizard(QWizard):
    """One guided fix for one kind, over one invoice or many (bulk)."""

    KIND: ClassVar[str] = ""
    fixed = Signal(list)          # HubSpot invoice ids that now sync (after Verify)
    cache_changed = Signal()      # the cache was refreshed and re-diagnosed: the panel should reload
    options_loaded = Signal()     # core's options arrived (wizard.choices)

    def __init__(self, failures: Sequence[Any], session: Session, bridge: TaskBridge | None = None,
                 parent: QWidget | None = None, *, kind: str = "", lang: str | None = None) -> None:
        super().__init__(parent)
        self.kind = kind or self.KIND
        self.failures: list[Failure] = fixes.as_failures(failures)
        if not self.failures:
            raise ValueError("a fix wizard needs at least one failure")
        self.session = session
        self.lang = lang or installed_lang()   # the language core's texts are shown in
        self._own_bridge = bridge is None
        self.bridge = bridge or TaskBridge(self)
        known = registry.get(self.kind)
        self.title: Message = known.title if known else verbatim(self.kind)
        self.explanation: Message = known.explanation if known else verbatim("")
        self.fix_steps: tuple[Message, ...] = known.fix_steps if known else ()
        self.has_planner = fixes.has_planner(self.kind)
        # What the pages produce, in order; a page reads only what earlier pages wrote.
        self.choices: list[Choice] = []   # not `options`: QWizard.options() is taken
        self.plan: Plan | None = None
        self.apply_result: Any = None
        self.run_id = ""
        self.error_text = ""
        self.saved_plan: SavedPlan | None = None   # set when the wizard was opened on a saved plan
        self.setObjectName(f"fixWizard_{self.kind}")
        self.setWindowTitle(self.tr("Fix: {title}").format(title=text(self.title, self.lang)))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setStyleSheet(WIZARD_STYLE)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Apply changes"))
        self.setMinimumSize(860, 620)
        self._build_pages()
        self._default_layout = [QWizard.WizardButton.Stretch, QWizard.WizardButton.BackButton,
                                QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton,
                                QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton]
        self.currentIdChanged.connect(self._on_page_changed)
        for button, name in ((QWizard.WizardButton.NextButton, QT_TRANSLATE_NOOP("FixWizard", "Next")),
                             (QWizard.WizardButton.BackButton, QT_TRANSLATE_NOOP("FixWizard", "Back")),
                             (QWizard.WizardButton.CommitButton, QT_TRANSLATE_NOOP("FixWizard", "Apply changes")),
                             (QWizard.WizardButton.FinishButton, QT_TRANSLATE_NOOP("FixWizard", "Finish")),
                             (QWizard.WizardButton.CancelButton, QT_TRANSLATE_NOOP("FixWizard", "Cancel"))):
            self.button(button).setAccessibleName(QCoreApplication.translate("FixWizard", str(name)))

    def _build_pages(self) -> None:
        self.explain_page = ExplainPage(self)
        self.choose_page = ChoosePage(self)
        self.preview_page = PreviewPage(self)
        self.apply_page = ApplyPage(self)
        self.conflict_page = ConflictPage(self)
        self.verify_page = VerifyPage(self)
        self.error_page = ErrorPage(self)
        for page_id, page in ((PageId.EXPLAIN, self.explain_page), (PageId.CHOOSE, self.choose_page),
                              (PageId.PREVIEW, self.preview_page), (PageId.APPLY, self.apply_page),
                              (PageId.CONFLICT, self.conflict_page), (PageId.VERIFY, self.verify_page),
                              (PageId.ERROR, self.error_page)):
            self.setPage(page_id, page)
        self.setStartId(PageId.EXPLAIN)

    # ---- what subclasses add ------------------------------------------------------------------------------
    def evidence_widget(self, parent: QWidget) -> QWidget | None:
        """A view of the facts behind the failure for the Explain page; None = the generic evidence table."""
        del parent
        return None

    def param_editor(self, option: Choice, parent: QWidget) -> ParamEditor | None:
        """The inputs `option` needs, shown under its radio button; None = none."""
        del option, parent
        return None

    def plan_view(self, parent: QWidget) -> QWidget | None:
        """A kind's own preview (e.g. one row per invoice in bulk) shown above the field-by-field table."""
        del parent
        return None

    def show_plan(self, plan: Plan) -> None:
        """Called with each new plan (first preview and every re-plan), for the widget from plan_view()."""

    def show_outcomes(self, items: Sequence[Outcome]) -> None:
        """Called with the per-change results of an apply, for kinds that show them per invoice."""

    def notes_widget(self, plan: Plan, parent: QWidget) -> QWidget | None:
        """Extra controls for a guide-only plan (e.g. a button that opens QuickBooks' settings)."""
        del plan, parent
        return None

    # ---- starting from a saved plan ----------------------------------------------------------------------
    @classmethod
    def from_saved(cls, saved: SavedPlan, session: Session, bridge: TaskBridge | None, parent: QWidget | None = None, *,
                   lang: str | None = None, failures: Sequence[Any] | None = None) -> FixWizard:
        """The wizard for a saved plan, at its Preview page showing exactly the saved changes (no re-planning).

        Apply is enabled only online; Back goes to Choose (the saved option selected once the options load) and
        re-plans on the current cache. Applying goes through the usual checks: a record changed since the plan
        was saved stops on the Conflict page. Not shown yet: the caller shows it."""
        wizard = cls(failures or fixes.saved_failures(session.db_path, saved), session, bridge, parent,
                     kind=saved.plan.kind, lang=lang)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        wizard.start_at_preview(saved)
        return wizard

    def start_at_preview(self, saved: SavedPlan) -> None:
        """Walk Explain → Choose → Preview before the user sees anything, so Back works as usual; the Preview
        page plans nothing on the way (no option is chosen yet: the options are still loading) and shows the
        saved plan instead."""
        self.saved_plan = saved
        self.options_loaded.connect(self._select_saved_option)
        self.restart()          # Explain: starts loading the options
        self.next()             # Choose
        self.next()             # Preview
        self.preview_page.show_plan(saved.plan)

    def _select_saved_option(self) -> None:
        saved = self.saved_plan
        radio = self.choose_page.radios.get(saved.plan.option) if saved is not None else None
        if saved is not None and radio is not None and radio.isEnabled():
            self.choose_page.select(saved.plan.option)

    # ---- shared plumbing ----------------------------------------------------------------------------------
    @property
    def invoice_ids(self) -> list[str]:
        return list(dict.fromkeys(f.hubspot_invoice_id for f in self.failures))

    def invoice_number(self, invoice_id: str) -> str:
        return next((f.invoice_number for f in self.failures if f.hubspot_invoice_id == invoice_id), invoice_id)

    @property
    def bulk(self) -> bool:
        return len(self.invoice_ids) > 1

    @property
    def cache_key(self) -> Hashable:
        return (self.session.profile, "cache")

    def write_key(self, plan: Plan | None = None) -> Hashable:
        """The serial queue for writes: the plan's service (QuickBooks when it touches both)."""
        systems = {c.system for c in plan.changes} if plan is not None else {"quickbooks"}
        return (self.session.profile, "quickbooks" if "quickbooks" in systems or not systems else "hubspot")

    def offline_reason(self) -> str:
        if self.session.endpoints is None:
            return self.tr("You are offline (no connection is set up for this profile), so the changes cannot "
                           "be applied now. Save the plan to apply it later.")
        return ""

    def submit(self, key: Hashable, job: Job, name: str, **receivers: Callable[..., Any]) -> Task:
        return self.bridge.submit(key, job, name=name, **receivers)

    def fail(self, err: BaseException) -> None:
        """Show a failed step on the Error page: a UserError in its own words, anything else as a bug."""
        if isinstance(err, UserError):
            self.error_text = error_words(err, self.lang)
        else:
            import logging

            logging.getLogger(__name__).error("fix wizard step failed", exc_info=(type(err), err, err.__traceback__))
            self.error_text = self.tr("Something went wrong. The details were written to the log.")
        self.next()   # every page's nextId() leads to the Error page while error_text is set

    def go_back_to_preview(self, plan: Plan) -> None:
        """Re-plan after a conflict: back through Apply to Preview (already met, so not re-initialized)."""
        self.plan = plan
        while self.currentId() not in (PageId.PREVIEW, -1):
            self.back()
        self.preview_page.show_plan(plan)

    def _on_page_changed(self, page_id: int) -> None:
        # The Error and Conflict pages offer only what makes sense there (securedrop's "only Back/Cancel");
        # Verify is the end: Finish, no Cancel (the Error page counts as "last" too, but must keep Cancel).
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, page_id == PageId.VERIFY)
        if page_id == PageId.ERROR:
            self.setButtonLayout([QWizard.WizardButton.Stretch, QWizard.WizardButton.BackButton,
                                  QWizard.WizardButton.CancelButton])
        elif page_id == PageId.CONFLICT:
            self.setButtonLayout([QWizard.WizardButton.Stretch, QWizard.WizardButton.CancelButton])
        elif page_id == PageId.VERIFY:   # behind it lies only a commit: Back would lead nowhere useful
            self.setButtonLayout([QWizard.WizardButton.Stretch, QWizard.WizardButton.FinishButton])
        else:
            self.setButtonLayout(self._default_layout)

    # ---- lifetime -----------------------------------------------------------------------------------------
    def reject(self) -> None:
        """Cancel while writing stops after the current change instead of leaving a half-known state."""
        if self.apply_page.busy():
            self.apply_page.stop()
            return
        super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        if self._own_bridge:
            self.bridge.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.apply_page.busy():
            self.apply_page.stop()
            event.ignore()
            return
        super().closeEvent(event)


