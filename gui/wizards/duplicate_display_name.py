"""The customer's name is taken in QuickBooks: a new name from a pattern (live preview), rename the holder, or map.

Bulk (many invoices at once): the Preview page gets one row per invoice with the name each will get, and the
same rows later show each one's result.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from core.failures.duplicate_display_name import DuplicateDisplayName
from core.fixes.model import Choice, EntryState, Plan
from core.services import fixes
from gui.i18n import error_words, text
from gui.widgets import Owner
from gui.wizards.base import FixWizard
from gui.wizards.page_widgets import DONE_FG, Outcome, ParamEditor, Table

if TYPE_CHECKING:
    from gui.tasks import Task

Fix = DuplicateDisplayName.Option
_DEBOUNCE_MS = 250   # re-plan once typing pauses, not on every key


def _new_names(plan: Plan) -> dict[str, str]:
    """Invoice id → the name its customer gets (a create's DisplayName, or the holder's new name)."""
    out: dict[str, str] = {}
    for change in plan.changes:
        name = change.body.get("DisplayName")
        if name is None:
            continue
        for inv in change.invoice_ids:
            out.setdefault(inv, str(name))
    return out


class PatternEditor(ParamEditor):
    """A naming pattern (editable) and the name(s) it gives, planned by core as you type."""

    fw: Owner[FixWizard] = Owner()   # weak: the wizard owns this widget

    def __init__(self, wizard: FixWizard, option: Choice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fw = wizard
        self.option_id = option.id
        self.pattern = QComboBox(self)
        self.pattern.setObjectName(f"pattern_{option.id}")
        self.pattern.setEditable(True)
        self.pattern.setAccessibleName(self.tr("Name pattern"))
        patterns = [str(p) for p in option.params.get("patterns") or []]
        default = str(option.params.get("pattern") or (patterns[0] if patterns else "{company} ({first} {last})"))
        self.pattern.addItems(list(dict.fromkeys([default, *patterns])))
        hint = ", ".join(option.params.get("placeholders") or ["{company}", "{first}", "{last}", "{email}"])
        self.pattern.setToolTip(self.tr("You can use: {hint}").format(hint=hint))
        self.proposed = QLabel(self)
        self.proposed.setObjectName("proposedName")
        self.proposed.setAccessibleName(self.tr("Proposed name"))
        self.proposed.setWordWrap(True)
        self.names: dict[str, str] = {}
        self.error = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._task: Task | None = None
        self.pattern.currentTextChanged.connect(self._on_edited)
        form = QFormLayout(self)
        form.setContentsMargins(0, 4, 0, 0)
        form.addRow(self.tr("Pattern"), self.pattern)
        form.addRow(self.tr("New name") if option.id == Fix.CREATE_NAMED else self.tr("Its new name"), self.proposed)
        names = option.params.get("names")
        if isinstance(names, Mapping) and names:
            self._show({str(k): str(v) for k, v in names.items()}, "")
        else:
            self.refresh_preview()

    def _on_edited(self) -> None:
        self.proposed.setText(self.tr("…"))
        self.names = {}
        self._timer.start()
        self.changed.emit()

    def refresh_preview(self) -> None:
        job = partial(fixes.build_plan, self.fw.session.db_path, self.fw.kind, self.fw.failures, self.option_id,
                      self.params())
        self._task = self.fw.submit(self.fw.cache_key, job, "name preview", succeeded=self._on_plan,
                                    failed=self._on_failed)

    def _on_plan(self, plan: Plan) -> None:
        self._task = None
        if plan.params.get("pattern") != self.params()["pattern"]:
            return   # an older pattern's answer; the newer one is on its way
        self._show(_new_names(plan), "; ".join(text(why, self.fw.lang) for _, why in plan.problems[:1]))

    def _on_failed(self, err: BaseException) -> None:
        self._task = None
        self._show({}, error_words(err, self.fw.lang))

    def _show(self, names: dict[str, str], error: str) -> None:
        self.names, self.error = names, error
        if error and not names:
            self.proposed.setText(self.tr("Not possible: {why}").format(why=error))
        elif len(names) == 1 or not self.fw.bulk:
            self.proposed.setText(f"“{next(iter(names.values()), '')}”")
        else:
            sample = ", ".join(f"“{n}”" for n in list(names.values())[:3])
            self.proposed.setText(self.tr("{n} names, e.g. {sample}").format(n=len(names), sample=sample))
        self.changed.emit()

    def params(self) -> dict[str, Any]:
        return {"pattern": self.pattern.currentText().strip()}

    def is_valid(self) -> bool:
        return bool(self.pattern.currentText().strip()) and bool(self.names) and not self._timer.isActive()

    def needs(self) -> str:
        if not self.pattern.currentText().strip():
            return self.tr("Type a name pattern.")
        if self.error and not self.names and not self._timer.isActive():
            return self.tr("Change the pattern: {why}").format(why=self.error)
        return ""   # the proposed name is on its way


class BulkTable(Table):
    """One row per invoice: the name that was taken, the name it gets, and how it went."""

    fw: Owner[FixWizard] = Owner()   # weak: the wizard owns this widget

    def __init__(self, wizard: FixWizard, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Invoice"), self.tr("Name already used"), self.tr("New name"), self.tr("Result")],
                         parent, "bulkTable")
        self.setAccessibleName(self.tr("One row per invoice"))
        self.stretch(1, 2, 3)
        self.fw = wizard
        self.rows: dict[str, int] = {}

    def show_plan(self, plan: Plan) -> None:
        self.setRowCount(0)
        names = _new_names(plan)
        problems = {inv: text(why, self.fw.lang) for inv, why in plan.problems}
        for f in self.fw.failures:
            inv = f.hubspot_invoice_id
            self.rows[inv] = self.add_row([f.invoice_number, str(f.evidence.get("display_name") or ""),
                                           names.get(inv, "—"), problems.get(inv, self.tr("Ready"))],
                                          changed=(2,) if inv in names else ())

    def show_outcomes(self, items: Sequence[Outcome]) -> None:
        for o in items:
            for inv in o.change.invoice_ids if o.change else ():
                row = self.rows.get(inv)
                if row is None:
                    continue
                ok = o.state is EntryState.DONE
                cell = self.item(row, 3)
                if cell is None:
                    continue
                cell.setText(self.tr("Done") if ok else f"{self.tr('Not done')}: {o.error}")
                cell.setForeground(DONE_FG if ok else cell.foreground())

    def results(self) -> dict[str, str]:
        return {inv: self.cell_text(row, 3) for inv, row in self.rows.items()}


class DuplicateDisplayNameWizard(FixWizard):
    KIND = DuplicateDisplayName.id
    bulk_table: BulkTable | None = None

    def param_editor(self, option: Choice, parent: QWidget) -> ParamEditor | None:
        if option.id in (Fix.CREATE_NAMED, Fix.RENAME_EXISTING):
            return PatternEditor(self, option, parent)
        return None

    def plan_view(self, parent: QWidget) -> QWidget | None:
        if not self.bulk:
            return None
        self.bulk_table = BulkTable(self, parent)
        return self.bulk_table

    def show_plan(self, plan: Plan) -> None:
        if self.bulk_table is not None:
            self.bulk_table.show_plan(plan)

    def show_outcomes(self, items: Sequence[Outcome]) -> None:
        if self.bulk_table is not None:
            self.bulk_table.show_outcomes(items)
