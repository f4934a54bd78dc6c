"""One wizard per failure kind, found by kind id: the panel's "Fix…" is a registry lookup.

A kind needs its own wizard module (and a line in _WIZARDS) only when an option takes parameters a person
fills in, or its evidence wants its own view; the others get the generic one (gui/wizards/guide.py): the kind's
data fixes when it has them, else a guide made of its fix steps.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from core.failures import registry

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from gui.session import Session
    from gui.tasks import TaskBridge
    from gui.wizards.base import FixWizard

_WIZARDS = {  # kind → "module:class"; imported on first use so the main window opens without them
    "missing_customer": "gui.wizards.missing_customer:MissingCustomerWizard",
    "duplicate_display_name": "gui.wizards.duplicate_display_name:DuplicateDisplayNameWizard",
    "revenue_recognition_service_date": "gui.wizards.revenue_recognition_service_date:ServiceDateWizard",
    "edited_in_quickbooks": "gui.wizards.edited_in_quickbooks:EditedInQuickBooksWizard",
    "duplicate_document_number": "gui.wizards.duplicate_document_number:DocumentNumberWizard",
    "inactive_customer": "gui.wizards.inactive_customer:InactiveCustomerWizard",
}
_GENERIC = "gui.wizards.guide:GuideWizard"


def has_wizard(kind: str) -> bool:
    """Whether Fix… can open a wizard for the kind, without importing it (the card asks on every show)."""
    return registry.get(kind) is not None


def wizard_for(kind: str) -> type[FixWizard] | None:
    """The wizard class for a failure kind; None for a kind core does not know."""
    if registry.get(kind) is None:
        return None
    module_name, _, class_name = _WIZARDS.get(kind, _GENERIC).partition(":")
    cls: type[FixWizard] = getattr(importlib.import_module(module_name), class_name)
    return cls


def open_saved_plan(path: Path, session: Session, bridge: TaskBridge | None,
                    parent: QWidget | None = None) -> FixWizard:
    """Open a plan saved from a wizard's Preview page: its kind's wizard, shown at Preview with the saved changes.
    Raises a UserError (plan_file.PlanFileError) when the file is not a plan, is too new, is for another
    QuickBooks company, or fixes a kind this version does not know."""
    # lazy for start-up time: the plan machinery loads when a plan is first opened
    from core.fixes.plan_file import UNKNOWN_KIND, PlanFileError
    from core.i18n import verbatim
    from core.services import fixes

    realm = session.endpoints.qbo_realm if session.endpoints is not None else None
    saved = fixes.load_plan(Path(path), session.db_path, realm)
    cls = wizard_for(saved.plan.kind)
    if cls is None:
        raise PlanFileError(UNKNOWN_KIND.format(kind=verbatim(saved.plan.kind)))
    lang = getattr(parent, "lang", None)
    wizard = cls.from_saved(saved, session, bridge, parent, lang=lang if isinstance(lang, str) else None)
    wizard.show()
    return wizard
