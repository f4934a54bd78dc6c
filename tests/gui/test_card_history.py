"""The invoice card says when the failure was first seen and last checked, and QuickBooks' own error code and
text when it refused a write about the invoice (issue 13)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from core.sandbox.server import Sandbox
from core.sync import engine
from gui.main_window import MainWindow
from tests.gui.wizard_steps import loaded_window

pytestmark = pytest.mark.gui


def _open_card(qtbot: QtBot, window: MainWindow, invoice_id: str) -> str:
    with qtbot.waitSignal(window.card_loaded, timeout=5000) as loaded:
        assert window.select_invoice(invoice_id)
    assert loaded.args == [invoice_id]
    label = window.card.history_label
    return label.text() if label.isVisible() else ""


def test_the_card_shows_first_seen_and_quickbooks_reply(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    loaded_window(qtbot, window)
    text = _open_card(qtbot, window, "9012")
    assert text.startswith("First seen ") and "; last checked " in text
    assert "QuickBooks replied" not in text   # nothing was sent yet

    db_path = window.session.db_path
    engine.push(sandbox.endpoints(), db_path, db_path.parent / "journal.sqlite", ["9012"])   # refused: 2020
    window.card.hide()   # reopened: the card's job reads the journal again
    text = _open_card(qtbot, window, "9012")
    assert "QuickBooks replied on " in text and "error 2020: Required param missing" in text
    assert "CustomerRef" in text
