"""Every kind's options in its wizard: an editor for each option that takes parameters, or the kind says plainly
that the option needs none; and an editor accepts exactly what the plan accepts (one check per kind of value)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.failures import registry
from core.failures.base import Failure
from core.fixes.params import doc_number_problem, valid_email
from core.fixes.plans import options_for, plan_for
from gui.session import Session
from gui.tasks import TaskBridge
from gui.wizards import wizard_for
from gui.wizards.base import FixWizard
from gui.wizards.duplicate_display_name import PatternEditor
from gui.wizards.duplicate_document_number import NumbersEditor
from gui.wizards.missing_customer import EmailEditor
from tests.helpers import fixes
from tests.helpers.scenarios import every_kind_scenario

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def company(tmp_path_factory: pytest.TempPathFactory) -> fixes.Cached:
    return fixes.cached_company(every_kind_scenario(), tmp_path_factory.mktemp("editors") / "cache.db")


def first_failures(company: fixes.Cached) -> Iterator[tuple[str, list[Failure]]]:
    seen: set[str] = set()
    for failure in company[1].failures + company[1].warnings:
        if failure.kind not in seen:
            seen.add(failure.kind)
            yield failure.kind, [failure]


@pytest.fixture
def bridge(qtbot: QtBot) -> Iterator[TaskBridge]:
    """One task bridge for every wizard of a test, as a window lends its own: stopped (every job done) before
    the wizards go, so no answer arrives for a wizard being torn down."""
    shared = TaskBridge()
    yield shared
    shared.shutdown()


def wizard_of(qtbot: QtBot, company: fixes.Cached, kind: str, failures: list[Failure],
              bridge: TaskBridge) -> FixWizard:
    cls = wizard_for(kind)
    assert cls is not None, kind
    wizard = cls(failures, Session("kinds", company[0], None), bridge, kind=kind)
    qtbot.addWidget(wizard)
    return wizard


def test_every_option_has_an_editor_or_needs_no_parameters(qtbot: QtBot, company: fixes.Cached,
                                                           bridge: TaskBridge) -> None:
    editors = 0
    for kind_id, failures in first_failures(company):
        kind = registry.BY_ID[kind_id]
        with fixes.opened(company[0]) as db:
            choices = options_for(db, kind_id, failures)
        assert {c.id for c in choices} == set(kind.Option)
        edited = [c for c in choices if c.id not in kind.without_parameters]
        if not edited:
            continue   # nothing to fill in: the kind says so for every option
        wizard = wizard_of(qtbot, company, kind_id, failures, bridge)
        for choice in edited:
            # names already planned: a name pattern's editor shows them rather than planning in the background
            choice = replace(choice, params={"names": {"x": "Preview"}, **choice.params})
            editor = wizard.param_editor(choice, QWidget(wizard))
            assert editor is not None, f"{kind_id}: {choice.id} takes parameters but its wizard has no editor"
            assert not isinstance(editor, PatternEditor) or editor._task is None
            editors += 1
    assert editors >= 6   # reassign (twice), correct_email, create_named, rename_existing, renumber…, dates


def test_an_email_the_editor_accepts_is_one_the_plan_accepts(qtbot: QtBot, company: fixes.Cached) -> None:
    """Once the wizard let "a@@b.co" through and the plan refused it: now both use core.fixes.params."""
    failure = next(f for f in company[1].failures if f.kind == "missing_customer" and f.evidence.get("contact_email"))
    editor = EmailEditor({"target": "quickbooks", "customer_id": "1", "customers": [
        {"customer_id": "1", "customer_name": "Clean Uno", "email": "ana@clean.example"}]}, "", None)
    qtbot.addWidget(editor)
    with fixes.opened(company[0]) as db:
        for email in ("a@@b.co", "ana@", "ana smith@x.example", "", "ana@x.example", " ana@x.example "):
            editor.email.setText(email)
            plan = plan_for(db, "missing_customer", [failure], "correct_email",
                            {"target": "quickbooks", "customer_id": "1", "email": email or "none"})
            assert editor.is_valid() == valid_email(email) == bool(plan.changes), email


def test_a_number_the_editor_accepts_is_one_the_plan_accepts(qtbot: QtBot) -> None:
    editor = NumbersEditor({"CreditMemo:130": "T-021-1"}, {}, "new_numbers")
    qtbot.addWidget(editor)
    edit = editor.edits["CreditMemo:130"]
    for number, ok in (("T-021-1", True), ("", False), ("   ", False), ("N" * 21, True)):
        edit.setText(number)
        assert editor.is_valid() == ok == (doc_number_problem(number) is None), number
    edit.setMaxLength(100)   # typed past the field's own limit: the shared check still says no
    edit.setText("N" * 22)
    assert not editor.is_valid() and doc_number_problem("N" * 22) is not None
