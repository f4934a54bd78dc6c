"""The Preview asks for an explicit yes before renumbering another client's sent or paid invoice (issue 15, point 3):
the row names the client and the invoice's state, and Apply stays off until the box is ticked."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from core.sandbox.server import Sandbox
from gui.main_window import MainWindow
from gui.wizards.base import FixWizard, PageId
from gui.wizards.pages_preview import PreviewPage
from tests.gui.wizard_steps import click, commit, loaded_window, next_button, open_at_choose, qbo, wait_page

pytestmark = pytest.mark.gui
INVOICE = "9031"   # INV-1031: QuickBooks invoice 340 of Tech Hub Coworking has the number


def _preview(qtbot: QtBot, window: MainWindow) -> tuple[FixWizard, PreviewPage]:
    loaded_window(qtbot, window)
    wizard = open_at_choose(qtbot, window, "duplicate_document_number", INVOICE)
    click(qtbot, wizard.choose_page.radios["renumber_quickbooks"])
    click(qtbot, next_button(wizard))
    wait_page(qtbot, wizard, PageId.PREVIEW)
    qtbot.waitUntil(lambda: wizard.plan is not None)
    return wizard, wizard.preview_page


def test_another_clients_paid_invoice_needs_the_box_ticked(qtbot: QtBot, window: MainWindow,
                                                          sandbox: Sandbox) -> None:
    with sandbox.state.lock:   # Tech Hub Coworking was emailed its INV-1031 and paid it
        sandbox.state.qbo.entities["Invoice"]["340"].update(EmailStatus="EmailSent", Balance=0)
    wizard, page = _preview(qtbot, window)
    assert next(o for o in wizard.choices if o.recommended).id == "renumber_hubspot_copy"   # theirs keeps its number
    record = page.table.cell_text(0, 1)
    assert 'Invoice "INV-1031" of Tech Hub Coworking' in record and "(sent, paid)" in record
    assert page.confirm.isVisible() and not page.confirm.isChecked()
    assert "of Tech Hub Coworking belongs to another client" in page.confirm_text.text()
    assert not commit(wizard).isEnabled()
    page.confirm.setChecked(True)
    assert commit(wizard).isEnabled()
    page.confirm.setChecked(False)
    assert not commit(wizard).isEnabled()
    assert next(i for i in qbo(sandbox, "Invoice") if i["Id"] == "340")["DocNumber"] == "INV-1031"


def test_an_unsent_unpaid_invoice_shows_its_state_and_needs_no_box(qtbot: QtBot, window: MainWindow) -> None:
    wizard, page = _preview(qtbot, window)
    assert "(not sent, unpaid, balance 900.00)" in page.table.cell_text(0, 1)
    assert not page.confirm.isVisible()
    qtbot.waitUntil(commit(wizard).isEnabled)
    reasons = [page.table.cell_text(r, 5) for r in range(page.table.rowCount())]
    assert any("revenue recognition is on" in r for r in reasons)   # the service date added says why
