"""Acceptance 2: with the sandbox stopped (no network at all) the app starts from the cache and shows everything:
banner, cards, table, filters, the invoice card with its side-by-side, ignores; connection-only actions are
disabled and say why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.sandbox.server import Sandbox
from core.services.entries import IGNORED
from gui.banner import BannerState, MessageLevel
from gui.main_window import MainWindow
from gui.session import Session
from tests.gui.helpers import refresh_and_wait

pytestmark = pytest.mark.gui


def test_offline_start_shows_the_cache_and_everything_works(qtbot: QtBot, window: MainWindow, session: Session,
                                                            sandbox: Sandbox) -> None:
    assert refresh_and_wait(qtbot, window) == "ok"
    title, rows = window.banner.title.text(), window.model.rowCount()
    cards = {kind: card.text() for kind, card in window.cause_cards.cards.items()}
    window.shutdown()
    sandbox.stop()                                   # from here on nothing answers on the network

    offline = MainWindow(Session(session.profile, session.db_path, None))
    qtbot.addWidget(offline)
    offline.show()
    with qtbot.waitSignal(offline.snapshot_changed, timeout=5000):
        offline.load_cache()
    assert offline.banner.state is BannerState.FAILING and offline.banner.title.text() == title
    assert offline.model.rowCount() == rows
    assert {kind: card.text() for kind, card in offline.cause_cards.cards.items()} == cards
    assert offline.messages.level is MessageLevel.INFO and "No connection" in offline.messages.text()
    assert "offline" in offline.last_refreshed_label.text()

    # Connection-only actions are disabled, with the reason in their tooltip.
    assert not offline.refresh_button.isEnabled() and "Needs a connection" in offline.refresh_button.toolTip()
    assert offline.refresh() is None

    # The card works from the cache, side-by-side included; Retry is off.
    invoice_id = next(e.id for e in offline.model.entries() if e.number == "INV-1016")
    offline.select_invoice(invoice_id)
    qtbot.waitUntil(lambda: offline.card.card is not None, timeout=5000)
    assert offline.card.diff_table is not None and offline.card.diff_table.rowCount() > 0
    assert not offline.card.retry_button.isEnabled()
    assert "Needs a connection" in offline.card.retry_button.toolTip()

    # Filters and search work; so does Ignore (it is local).
    qtbot.mouseClick(offline.cause_cards.cards["edited_in_quickbooks"], Qt.MouseButton.LeftButton)
    assert [e.number for e in offline.model.visible_entries()] == ["INV-1016", "INV-1020", "INV-1027"]
    offline.filter_bar.search.setText("1020")
    assert [e.number for e in offline.model.visible_entries()] == ["INV-1020"]
    assert not offline.card.isVisible()   # the search hid INV-1016: its card closed with it
    offline.filter_bar.clear()
    offline.select_invoice(invoice_id)
    qtbot.waitUntil(lambda: offline.card.entry is not None, timeout=5000)
    with qtbot.waitSignal(offline.ignores_changed, timeout=3000):
        offline.ignore("edited_in_quickbooks", [invoice_id], "offline check")
    assert offline.card.entry is not None and offline.card.entry.status == IGNORED
