"""Offline: the wizard still explains and previews from the cache; Apply is disabled with the reason; Save plan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from core import paths
from core.sandbox.server import Sandbox
from gui.main_window import MainWindow
from gui.session import DEMO_PROFILE, Session
from gui.wizards.base import PageId
from tests.gui.helpers import refresh_and_wait
from tests.gui.wizard_steps import click, commit

pytestmark = pytest.mark.gui


def test_offline_previews_and_saves_the_plan_but_cannot_apply(qtbot: QtBot, sandbox: Sandbox, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    online = MainWindow(Session(DEMO_PROFILE, paths.cache_path(DEMO_PROFILE), sandbox.endpoints()))
    qtbot.addWidget(online)
    assert refresh_and_wait(qtbot, online) == "ok"   # fill the cache once
    online.shutdown()

    window = MainWindow(Session(DEMO_PROFILE, paths.cache_path(DEMO_PROFILE), None))
    qtbot.addWidget(window)
    window.show()
    window.load_cache()   # app.py does this at start-up
    qtbot.waitUntil(lambda: window.model.row_of("9031") >= 0, timeout=10_000)
    wizard = window.open_fix_wizard("duplicate_document_number", ["9031"])
    assert wizard is not None and wizard.currentId() == PageId.EXPLAIN
    recommended = wizard.explain_page.recommended
    qtbot.waitUntil(recommended.isEnabled)
    click(qtbot, recommended)
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)
    assert wizard.currentId() == PageId.PREVIEW
    assert ("Number", "INV-1031", "INV-1031-1") in wizard.preview_page.table.field_rows()
    assert not commit(wizard).isEnabled()
    assert wizard.preview_page.offline.isVisible() and "offline" in wizard.preview_page.offline.text()

    target = tmp_path / "plan.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    click(qtbot, wizard.preview_page.save_button)
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["format"] == "syncdoctor-plan/2"
    plan = saved["plan"]
    assert plan["kind"] == "duplicate_document_number" and plan["option"] == "renumber_quickbooks"
    assert plan["changes"][0]["body"]["DocNumber"] == "INV-1031-1" and plan["changes"][0]["action"] == "update"
    assert "Saved to" in wizard.preview_page.saved.text()
