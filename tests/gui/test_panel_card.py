"""The invoice card over the demo company: causes with evidence, HubSpot beside QuickBooks, and its actions
(Fix…, Ignore/Unignore, Retry, Open in HubSpot / QuickBooks)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

import gui.wizards
from core import ignores, links
from core.services.entries import IGNORED
from core.store.db import open_db
from gui.banner import BannerState
from gui.invoice_card import DIFFERS_ROLE
from gui.main_window import MainWindow
from gui.session import Session
from tests.gui.helpers import refresh_and_wait

pytestmark = pytest.mark.gui


def _open(qtbot: QtBot, win: MainWindow, number: str) -> str:
    invoice_id = next(e.id for e in win.model.entries() if e.number == number)
    assert win.select_invoice(invoice_id)

    def loaded() -> bool:
        return win.card.entry is not None and win.card.entry.id == invoice_id and win.card.card is not None

    qtbot.waitUntil(loaded, timeout=5000)
    return invoice_id


def _texts(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_card_shows_explanation_evidence_and_the_differences(qtbot: QtBot, window: MainWindow) -> None:
    assert refresh_and_wait(qtbot, window) == "ok"
    _open(qtbot, window, "INV-1016")     # quantity 10 in HubSpot, 8 in QuickBooks
    card = window.card
    assert card.isVisible() and card.entry is not None and card.entry.number == "INV-1016"
    text = _texts(card)
    assert "Changed in QuickBooks" in text and "cannot flow back to HubSpot" in text   # the explanation
    assert "10 × 125.00 = 1,250.00" in text and "8 × 125.00 = 1,000.00" in text       # the evidence
    table = card.diff_table
    assert table is not None and table.isVisible()
    rows = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text(),
                                      table.item(r, 0).data(DIFFERS_ROLE)) for r in range(table.rowCount())}
    assert rows["≠ Total"] == ("1,250.00", "1,000.00", True)   # the one amount format (core.formatting)
    assert rows["Number"] == ("INV-1016", "INV-1016", False)
    assert any(label.startswith("≠ Line") for label in rows)

    _open(qtbot, window, "INV-1017")     # two causes: the taken name first (the root), then the service date
    text = _texts(window.card)
    assert text.index("Customer name already taken") < text.index("Service date required")
    assert "Panadería La Espiga" in text and "— fix this first" in text
    assert list(window.card.fix_buttons) == ["duplicate_display_name", "revenue_recognition_service_date"]


def test_open_in_hubspot_and_quickbooks(qtbot: QtBot, window: MainWindow, session: Session,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []

    def fake_open(url: QUrl) -> bool:   # the browser launch is the one thing not run for real
        opened.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", fake_open)
    assert refresh_and_wait(qtbot, window) == "ok"
    invoice_id = _open(qtbot, window, "INV-1016")
    assert not window.card.hubspot_button.isEnabled()   # the fixture's session does not know the portal
    assert "account id" in window.card.hubspot_button.toolTip()
    links.remember_hubspot_portal_id(session.db_path, "24681357")
    assert refresh_and_wait(qtbot, window) == "ok"
    _open(qtbot, window, "INV-1016")
    qtbot.mouseClick(window.card.hubspot_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.card.qbo_button, Qt.MouseButton.LeftButton)
    assert opened == [f"https://app.hubspot.com/contacts/24681357/record/0-53/{invoice_id}",
                      "https://app.qbo.intuit.com/app/invoice?txnId=315"]
    _open(qtbot, window, "INV-1012")    # not in QuickBooks yet: nothing to open there
    assert not window.card.qbo_button.isEnabled() and "not in QuickBooks" in window.card.qbo_button.toolTip()


class _StubWizard(QWizard):
    """Stands in for a registered wizard: records how the window built it."""

    def __init__(self, failures: list[Any], session: Session, bridge: object, parent: QWidget | None = None, *,
                 kind: str = "", lang: str = "en") -> None:
        super().__init__(parent)
        self.failures, self.kind, self.lang = failures, kind, lang


def test_fix_opens_the_registered_wizard_or_is_disabled(qtbot: QtBot, window: MainWindow,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    assert refresh_and_wait(qtbot, window) == "ok"
    monkeypatch.setattr(gui.wizards, "wizard_for", lambda kind: _StubWizard if kind == "missing_customer" else None)
    monkeypatch.setattr(gui.wizards, "has_wizard", lambda kind: kind == "missing_customer")
    invoice_id = _open(qtbot, window, "INV-1012")   # missing customer + service date
    fix = window.card.fix_buttons
    assert not fix["revenue_recognition_service_date"].isEnabled()
    assert "No guided fix" in fix["revenue_recognition_service_date"].toolTip()
    with qtbot.waitSignal(window.wizard_opened, timeout=2000) as blocker:
        qtbot.mouseClick(fix["missing_customer"], Qt.MouseButton.LeftButton)
    wizard = blocker.args[0]
    assert isinstance(wizard, _StubWizard) and wizard.kind == "missing_customer"
    assert [f.hubspot_invoice_id for f in wizard.failures] == [invoice_id]
    wizard.close()
    assert window.open_fix_wizard("revenue_recognition_service_date", [invoice_id]) is None


def test_fix_with_the_real_registry(qtbot: QtBot, window: MainWindow) -> None:
    assert refresh_and_wait(qtbot, window) == "ok"
    _open(qtbot, window, "INV-1016")
    kind = "edited_in_quickbooks"
    cls = window.wizard_class(kind)
    button = window.card.fix_buttons[kind]
    assert cls is not None and button.isEnabled()
    with qtbot.waitSignal(window.wizard_opened, timeout=5000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wizard = blocker.args[0]
    assert isinstance(wizard, cls) and wizard.isVisible()
    wizard.close()


def test_ignore_with_a_reason_survives_refresh_and_unignore(qtbot: QtBot, window: MainWindow,
                                                            session: Session) -> None:
    assert refresh_and_wait(qtbot, window) == "ok"
    before = window.model.invoice_count()
    invoice_id = _open(qtbot, window, "INV-1016")
    card = window.card
    qtbot.mouseClick(card.ignore_buttons["edited_in_quickbooks"], Qt.MouseButton.LeftButton)
    confirm = card.confirm_buttons["edited_in_quickbooks"]
    assert not confirm.isEnabled()                        # a reason is required
    qtbot.keyClicks(card.reason_edits["edited_in_quickbooks"], "Credit agreed with the client")
    with qtbot.waitSignal(window.ignores_changed, timeout=3000):
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    entry = window.card.entry
    assert entry is not None and entry.status == IGNORED
    assert "Credit agreed with the client" in _texts(window.card)
    assert window.model.invoice_count() == before - 1
    assert "1 invoice is ignored" in window.banner.subtitle.text()
    assert "Changed in QuickBooks" in window.cause_cards.cards["edited_in_quickbooks"].text()
    assert "2 invoices" in window.cause_cards.cards["edited_in_quickbooks"].text()
    db = open_db(session.db_path)
    stored = ignores.load(db)[(invoice_id, "edited_in_quickbooks")]
    db.close()
    assert stored.reason == "Credit agreed with the client" and stored.at

    assert refresh_and_wait(qtbot, window) == "ok"        # the diagnosis is replaced; the ignore is not
    assert window.model.invoice_count() == before - 1
    assert window.banner.state is BannerState.FAILING
    assert window.model.row_of(invoice_id) < 0   # an ignored invoice leaves the default view (needs attention)...
    window.filter_bar.show_every_status()          # ...and is one choice away
    _open(qtbot, window, "INV-1016")
    assert window.card.entry is not None and window.card.entry.status == IGNORED
    with qtbot.waitSignal(window.ignores_changed, timeout=3000):
        qtbot.mouseClick(window.card.ignore_buttons["edited_in_quickbooks"], Qt.MouseButton.LeftButton)  # Unignore
    assert window.card.entry is not None and window.card.entry.status != IGNORED
    assert window.model.invoice_count() == before


def test_rendering_the_card_leaves_no_layout_item_wrappers(qtbot: QtBot, window: MainWindow) -> None:
    """The card keeps Retry and the two links across renders, moving them out of the old body. A Python wrapper
    of their old layout items would outlive the items, and the next object Qt put at that address came back as
    a layout item (`horizontalHeader()` returning a QWidgetItem). The card makes no such wrapper."""
    import gc

    from PySide6.QtWidgets import QHeaderView, QLayoutItem

    def item_wrappers() -> int:
        return sum(1 for o in gc.get_objects() if isinstance(o, QLayoutItem) and type(o).__name__ == "QWidgetItem")

    assert refresh_and_wait(qtbot, window) == "ok"
    before = item_wrappers()
    for entry in window.model.visible_entries()[:8] * 2:
        _open(qtbot, window, entry.number)
        assert window.card.diff_table is not None
        assert isinstance(window.card.diff_table.horizontalHeader(), QHeaderView)
    assert item_wrappers() == before
