"""Bulk where the bookkeeper looks: "Fix all N…" under a cause card reaches a verified bulk fix in ≤ 4 clicks;
Verify says plainly what is fixed and what still blocks, and "Fix the next cause" opens that cause's wizard."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
from pytestqt.qtbot import QtBot

from core.sandbox.server import Sandbox
from gui.main_window import MainWindow
from gui.wizards.base import FixWizard, PageId
from tests.gui.wizard_steps import (
    TIMEOUT,
    Clicks,
    apply_until_fixed,
    click,
    express_to_preview,
    from_the_banner,
    loaded_window,
    qbo_record,
    sales_lines,
    shoot,
    turn_off_revenue_recognition,
)

pytestmark = pytest.mark.gui
EDITED = {"9016": "315", "9020": "319", "9027": "326"}   # HubSpot invoice → its QuickBooks copy, edited there


def test_fix_all_reaches_a_verified_bulk_fix_in_four_clicks(qtbot: QtBot, window: MainWindow, sandbox: Sandbox,
                                                            tmp_path: Path) -> None:
    turn_off_revenue_recognition(sandbox)
    loaded_window(qtbot, window)
    clicks = Clicks(qtbot)
    clicks.button(window.banner.details_button)
    cards = window.cause_cards
    fix_all = cards.fix_all_buttons["edited_in_quickbooks"]
    assert fix_all.text() == "Fix all 3…"
    assert fix_all.accessibleName() == "Fix all 3 invoices: Changed in QuickBooks"
    assert set(cards.fix_all_buttons) == {k for k in cards.cards if cards.cards[k].property("severity") == "failure"}
    shoot(cards, tmp_path / "cards.png")
    with qtbot.waitSignal(window.wizard_opened, timeout=TIMEOUT) as opened:
        clicks.button(fix_all)
    wizard = cast(FixWizard, opened.args[0])
    assert wizard.bulk and sorted(wizard.invoice_ids) == sorted(EDITED)
    qtbot.waitExposed(wizard)

    express_to_preview(qtbot, wizard, clicks)
    apply_until_fixed(qtbot, wizard, clicks)
    assert clicks.count <= 4, clicks.log
    assert wizard.verify_page.verdict.text() == "✓ Fixed: all 3 invoices can now sync to QuickBooks."
    for qbo_id in EDITED.values():
        assert len(sales_lines(qbo_record(sandbox, "Invoice", qbo_id))) >= 1
    assert sales_lines(qbo_record(sandbox, "Invoice", "315")) == [(10, 1250.0)]
    page = wizard.verify_page   # nothing blocks these any more: the panel's next cause is offered
    assert page.next_button.isVisible() and page.next_cause is not None
    assert page.next_cause[0] == "duplicate_display_name" and len(page.next_cause[1]) == 4
    with qtbot.waitSignal(window.wizard_opened, timeout=TIMEOUT) as opened:
        click(qtbot, page.next_button)
    assert cast(FixWizard, opened.args[0]).kind == "duplicate_display_name"


def test_one_invoice_fixed_but_blocked_by_another_cause_offers_the_next_one(
        qtbot: QtBot, window: MainWindow, sandbox: Sandbox, tmp_path: Path) -> None:
    """INV-1017 (revenue recognition on): its taken customer name fixed, QuickBooks' service date rule is next."""
    wizard, clicks = from_the_banner(qtbot, window, sandbox, "duplicate_display_name", "9017",
                                     revenue_recognition=True)
    express_to_preview(qtbot, wizard, clicks)
    apply_until_fixed(qtbot, wizard, clicks)   # "fixed": this cause is gone, green, not an amber "still cannot"
    page = wizard.verify_page
    shoot(page, tmp_path / "verify-next.png")
    assert page.verdict.text() == ("✓ Fixed. Invoice INV-1017 is still blocked by Service date required (revenue "
                                   "recognition).")
    assert page.verdict.property("state") == "fixed" and not page.details.text()
    assert page.next_button.isVisible() and page.next_cause == ("revenue_recognition_service_date", ["9017"])
    with qtbot.waitSignal(window.wizard_opened, timeout=TIMEOUT) as opened:
        click(qtbot, page.next_button)
    following = cast(FixWizard, opened.args[0])
    assert following.kind == "revenue_recognition_service_date" and following.invoice_ids == ["9017"]
    assert following.currentId() == PageId.EXPLAIN
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=TIMEOUT)   # the finished one made way
