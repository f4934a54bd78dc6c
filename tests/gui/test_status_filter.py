"""Every invoice is visible (issue 13): the status filter lists synced, ready and out-of-scope invoices beside
the failing ones; after a fix and the re-check, searching the fixed invoice finds it with its new status (the
default view, what needs attention, says where it went). The banner shows the amount held back."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from core.panel import OUT_OF_SCOPE, READY, SYNCED, load_panel_summary
from core.sandbox.server import Sandbox
from core.services.entries import ATTENTION, FAILING, WARNING
from gui.failures_model import Column, format_amount
from gui.main_window import MainWindow
from tests.gui.wizard_steps import (
    click,
    commit_until_fixed,
    loaded_window,
    next_to_preview,
    open_at_choose,
    turn_off_revenue_recognition,
)

pytestmark = pytest.mark.gui
INVOICE = "9012"   # INV-1012: no QuickBooks customer has its contact's email


def _choose(window: MainWindow, status: str | None) -> None:
    combo = window.filter_bar.status
    combo.setCurrentIndex(combo.findData(status) if status else combo.count() - 1)


def _statuses(window: MainWindow) -> set[str]:
    return {window.model.entry_at(r).status for r in range(window.model.rowCount())}


def test_the_status_filter_lists_every_invoice(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    turn_off_revenue_recognition(sandbox)   # the invoices that only lacked a service date are ready to sync
    loaded_window(qtbot, window)
    assert window.filter_bar.status.currentData() == ATTENTION   # the default view: what needs attention
    attention = window.model.rowCount()
    assert attention and _statuses(window) <= {FAILING, WARNING}
    every = {e.status for e in window.model.entries()}
    assert {SYNCED, READY, OUT_OF_SCOPE} <= every, every
    for status, words in ((SYNCED, "Synced"), (READY, "Ready to sync"), (OUT_OF_SCOPE, "Out of scope")):
        _choose(window, status)
        assert window.model.rowCount() and _statuses(window) == {status}
        assert window.model.index(0, Column.STATUS).data() == words
        assert window.model.index(0, Column.CAUSE).data() == ""   # nothing is wrong with it
    _choose(window, None)
    assert window.model.rowCount() == len(window.model.entries()) > attention
    window.filter_bar.clear()   # back to what needs attention
    assert window.model.rowCount() == attention


def test_a_fixed_invoice_is_found_with_its_new_status(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    turn_off_revenue_recognition(sandbox)   # INV-1012's only cause is then its missing customer
    loaded_window(qtbot, window)
    bar = window.filter_bar
    bar.search.setText("INV-1012")
    assert window.model.rowCount() == 1 and window.model.entry_at(0).status == FAILING
    assert bar.elsewhere.isHidden()

    wizard = open_at_choose(qtbot, window, "missing_customer", INVOICE)
    click(qtbot, wizard.choose_page.radios["create_customer"])
    next_to_preview(qtbot, wizard)
    commit_until_fixed(qtbot, wizard)
    qtbot.waitUntil(lambda: window.model.row_of(INVOICE) < 0, timeout=10_000)   # the panel re-read the cache

    # Under "needs attention" the search finds nothing now, and says the invoice is under another status.
    assert bar.search.text() == "INV-1012" and window.model.rowCount() == 0
    assert bar.elsewhere.isVisible() and "1 invoice with another status" in bar.elsewhere.text()
    click(qtbot, bar.show_all_button)
    assert window.model.rowCount() == 1 and bar.elsewhere.isHidden()
    fixed = window.model.entry_at(0)
    assert fixed.id == INVOICE and fixed.status in (READY, SYNCED) and not fixed.rows
    assert window.model.index(0, Column.STATUS).data() in ("Ready to sync", "Synced")
    window.select_invoice(INVOICE)   # its card opens, with no cause and the side-by-side
    qtbot.waitUntil(lambda: window.card.card is not None, timeout=5000)
    assert window.card.card.hubspot_invoice_id == INVOICE
    note = window.card.findChild(QLabel, "statusNote")
    assert note is not None and ("ready to be sent" in note.text() or "is in QuickBooks" in note.text())
    assert not window.card.fix_buttons   # nothing to fix


def test_the_banner_shows_the_amount_blocked(qtbot: QtBot, window: MainWindow) -> None:
    loaded_window(qtbot, window)
    with sqlite3.connect(window.session.db_path) as db:   # counted here independently of the app's queries
        expected = dict(db.execute(
            "SELECT upper(currency), sum(amount) FROM (SELECT DISTINCT hubspot_invoice_id, currency, amount "
            "FROM failures WHERE severity = 'failure') GROUP BY 1"))
    assert expected and window.model.invoice_count() > 0
    text = " · ".join(format_amount(a, c, "en") for c, a in sorted(expected.items(), key=lambda x: -x[1]))
    assert window.banner.amount.isVisible() and window.banner.amount.text() == f"{text} blocked"
    assert "20,548.00" in window.banner.amount.text()   # the demo's 17 failing invoices
    summary = load_panel_summary(window.session.db_path)   # the start-up banner, counted in SQL, agrees
    assert summary is not None and summary.blocked == pytest.approx(expected)


def test_when_nothing_needs_attention_the_panel_says_where_the_others_are(qtbot: QtBot, window: MainWindow) -> None:
    loaded_window(qtbot, window)
    for kind in list(window.cause_cards.cards):   # every cause ignored on every invoice
        ids = [e.id for e in window.model.entries() if kind in e.kinds]
        with qtbot.waitSignal(window.ignores_changed, timeout=5000):
            window.ignore(kind, ids, "checked with the client")
    # Ignored from their cards, they stay listed until the filter is chosen again.
    assert window.model.rowCount() and _statuses(window) == {"ignored"}
    window.filter_bar.clear()   # the same default view, applied afresh
    assert window.model.rowCount() == 0
    assert window.table_stack.currentWidget() is window.empty_label
    assert "No invoice needs attention" in window.empty_label.text()
    _choose(window, "ignored")
    assert window.table_stack.currentWidget() is window.table and window.model.rowCount() == 17
    assert not window.banner.amount.isVisible()   # nothing is blocked any more
