"""Service date required, from the panel: the invoice sent with service dates, or the settings guide."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from core.sandbox.server import Sandbox
from gui.main_window import MainWindow
from gui.wizards.revenue_recognition_service_date import SettingsLink
from tests.gui.wizard_steps import (
    apply_until_fixed,
    click,
    commit,
    commit_until_fixed,
    express_to_preview,
    from_the_banner,
    loaded_window,
    next_to_preview,
    open_at_choose,
    previewed,
    qbo,
)

pytestmark = pytest.mark.gui
INVOICE = "9038"   # INV-1038: fails only because revenue recognition is on


def test_send_with_service_dates_from_the_banner_in_five_clicks(qtbot: QtBot, window: MainWindow,
                                                                sandbox: Sandbox) -> None:
    wizard, clicks = from_the_banner(qtbot, window, sandbox, "revenue_recognition_service_date", INVOICE,
                                     revenue_recognition=True)
    express_to_preview(qtbot, wizard, clicks)
    rows = dict((f, after) for f, _before, after in previewed(wizard))
    date = rows["Service date (every line)"]
    assert rows["Number"] == "INV-1038" and len(date) == 10
    assert not [i for i in qbo(sandbox, "Invoice") if i.get("DocNumber") == "INV-1038"]

    apply_until_fixed(qtbot, wizard, clicks)
    assert clicks.count <= 5, clicks.log
    pushed = [i for i in qbo(sandbox, "Invoice") if i.get("DocNumber") == "INV-1038"]
    assert len(pushed) == 1
    lines = [ln for ln in pushed[0]["Line"] if ln.get("DetailType") == "SalesItemLineDetail"]
    assert lines and all(ln["SalesItemLineDetail"]["ServiceDate"] == date for ln in lines)


def test_turn_off_guide_opens_quickbooks_and_checks_again(qtbot: QtBot, window: MainWindow, sandbox: Sandbox,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []

    def fake_open(url: QUrl) -> bool:
        opened.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake_open))
    loaded_window(qtbot, window)
    wizard = open_at_choose(qtbot, window, "revenue_recognition_service_date", INVOICE)
    rule = wizard.choose_page.editors["push_with_service_date"]
    click(qtbot, rule.buttons["custom"])
    assert rule.date.isEnabled() and rule.params()["rule"] == "custom"
    click(qtbot, wizard.choose_page.radios["turn_off_in_quickbooks"])
    assert not rule.isEnabled()
    next_to_preview(qtbot, wizard)
    assert not wizard.preview_page.table.isVisibleTo(wizard)   # nothing to change in Sync Doctor
    assert "Revenue recognition" in wizard.preview_page.notes.text()
    assert commit(wizard).text() == "I did it — check again"
    link = wizard.preview_page.extra
    assert isinstance(link, SettingsLink)
    click(qtbot, link.button)
    assert opened == ["https://app.qbo.intuit.com/app/settings?panel=advanced"]

    with sandbox.state.lock:   # the user turns the setting off in QuickBooks
        sandbox.state.qbo.preferences["ProductAndServicesPrefs"]["RevenueRecognitionEnabled"] = False
    commit_until_fixed(qtbot, wizard)
    assert not wizard.verify_page.undo_button.isVisible()   # nothing was written, nothing to undo
