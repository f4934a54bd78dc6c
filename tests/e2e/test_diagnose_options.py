"""Acceptance 5 of issue 15: `main.py diagnose --json` lists each failure's fix options with the exact changes, and
they are what the wizard previews for the same failure and option (both read core.fixes.preview.rows)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from core.sandbox.server import Sandbox
from gui.main_window import MainWindow
from gui.wizards.base import FixWizard, PageId
from tests.gui.conftest import (  # noqa: F401  (the GUI's fixtures, for this one end-to-end test)
    collect_qt_garbage,
    english_plurals,
    gc_on_the_gui_thread,
    sandbox,
    session,
    window,
)
from tests.gui.wizard_steps import click, loaded_window, next_button, open_at_choose, wait_page
from tests.helpers.cli import run_main, sandbox_env

pytestmark = pytest.mark.gui
NOTHING = "—"
CASES = [("missing_customer", "9012"), ("missing_customer", "9029"), ("duplicate_display_name", "9017"),
         ("duplicate_document_number", "9031"), ("edited_in_quickbooks", "9016")]


def _diagnosed(sandbox: Sandbox, home: Path) -> dict[str, Any]:   # noqa: F811
    env = sandbox_env(sandbox, home)
    refreshed = run_main(["refresh"], env)
    assert refreshed.returncode == 0, refreshed.stderr
    diagnosed = run_main(["diagnose", "--json"], env)
    assert diagnosed.returncode == 0, diagnosed.stderr
    return dict(json.loads(diagnosed.stdout))


def _json_rows(option: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """Per row: the record (with its QuickBooks state) where a record starts, the field, before, after."""
    out = []
    for n, c in enumerate(option["changes"]):
        first = n == 0 or (option["changes"][n - 1]["record"], option["changes"][n - 1]["record_id"]) != \
            (c["record"], c["record_id"])
        record = (c["record"] + (f" ({c['state']})" if c["state"] else "")) if first else ""
        out.append((record, c["field"] or "", c["before"] if c["before"] is not None else NOTHING,
                    c["after"] if c["after"] is not None else NOTHING))
    return out


def _wizard_rows(wizard: FixWizard) -> list[tuple[str, str, str, str]]:
    """The Preview table's rows; the record cell without its action word ("Change: ", "New: "…)."""
    table = wizard.preview_page.table
    return [(table.cell_text(r, 1).split(": ", 1)[1] if table.cell_text(r, 1) else "", table.cell_text(r, 2),
             table.cell_text(r, 3), table.cell_text(r, 4)) for r in range(table.rowCount())]


def test_the_json_options_are_what_the_wizard_previews(qtbot: QtBot, window: MainWindow,  # noqa: F811
                                                       sandbox: Sandbox, tmp_path: Path) -> None:  # noqa: F811
    document = _diagnosed(sandbox, tmp_path / "cli-home")
    loaded_window(qtbot, window)
    compared = 0
    for kind, invoice_id in CASES:
        (failure,) = [f for f in document["failures"]
                      if f["kind"] == kind and f["hubspot_invoice_id"] == invoice_id]
        options = failure["options"]
        recommended = [o["id"] for o in options if o["recommended"]]
        assert len(recommended) <= 1 and all(o["why"] for o in options if o["recommended"])
        wizard = open_at_choose(qtbot, window, kind, invoice_id)
        chosen = wizard.choose_page.selected()
        assert ([chosen.id] if chosen is not None else []) == recommended   # the wizard pre-selects the same one
        for option in options:
            if not option["available"] or option["needs_input"]:
                continue
            click(qtbot, wizard.choose_page.radios[option["id"]])
            click(qtbot, next_button(wizard))
            wait_page(qtbot, wizard, PageId.PREVIEW)
            qtbot.waitUntil(lambda w=wizard: w.plan is not None and not w.preview_page.busy())  # type: ignore[misc]
            assert _wizard_rows(wizard) == _json_rows(option), (kind, invoice_id, option["id"])
            compared += 1
            click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
            wait_page(qtbot, wizard, PageId.CHOOSE)
        wizard.close()
    assert compared >= 8


def test_no_options_leaves_only_the_options_out(sandbox: Sandbox, tmp_path: Path) -> None:   # noqa: F811
    """`--no-options` is the same document without the plans: for scripts that only need the list, at scale."""
    full = _diagnosed(sandbox, tmp_path)
    lean = run_main(["diagnose", "--json", "--no-options"], sandbox_env(sandbox, tmp_path))
    assert lean.returncode == 0, lean.stderr
    document = json.loads(lean.stdout)
    assert all("options" in f for f in full["failures"]) and full["failures"]
    assert not any("options" in f for f in document["failures"])
    strip = [{k: v for k, v in f.items() if k != "options"} for f in full["failures"]]
    assert document["failures"] == strip
    assert {k: v for k, v in document.items() if k != "failures"} == \
        {k: v for k, v in full.items() if k != "failures"}
