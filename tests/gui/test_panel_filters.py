"""The failure panel over the demo company: cause cards filter the table, search and filters, keyboard,
language, the remembered column layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from pytestqt.qtbot import QtBot

import core.app as core_app
from gui.failures_model import Column
from gui.main_window import MainWindow
from gui.session import Session
from tests.gui.helpers import refresh_and_wait

pytestmark = pytest.mark.gui


def _numbers(win: MainWindow) -> list[str]:
    return [e.number for e in win.model.visible_entries()]


def test_cards_count_and_filter_the_table(qtbot: QtBot, window: MainWindow, session: Session) -> None:
    assert refresh_and_wait(qtbot, window) == "ok"
    rows = core_app.load_failure_rows(session.db_path)
    cards = window.cause_cards.cards
    assert set(cards) == {r.kind for r in rows}
    kinds = list(cards)
    # Root causes first: a kind that is never the root of an invoice comes after those that are.
    roots = {r.kind for r in rows if r.root}
    assert [k in roots for k in kinds] == sorted((k in roots for k in kinds), reverse=True)

    kind = "duplicate_display_name"
    expected = sorted({r.invoice_number for r in rows if r.kind == kind})
    assert f"{len(expected)} invoices" in cards[kind].text()
    assert "customers" in cards[kind].text() and cards[kind].accessibleName()
    qtbot.mouseClick(cards[kind], Qt.MouseButton.LeftButton)
    assert sorted(_numbers(window)) == expected
    assert cards[kind].isChecked() and window.filter_bar.cause.currentData() == kind
    qtbot.mouseClick(cards[kind], Qt.MouseButton.LeftButton)        # again: the filter clears
    assert window.model.rowCount() == len({r.hubspot_invoice_id for r in rows})
    assert window.cause_cards.all_button.isChecked()
    qtbot.mouseClick(cards[kind], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.cause_cards.all_button, Qt.MouseButton.LeftButton)   # "All" clears too
    assert window.filter_bar.cause.currentData() is None and window.model.filter().kind is None


def test_search_and_filters(qtbot: QtBot, window: MainWindow) -> None:
    assert refresh_and_wait(qtbot, window) == "ok"
    total = window.model.rowCount()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)   # Ctrl+F: to the search box
    assert window.filter_bar.search.hasFocus()
    qtbot.keyClicks(window.filter_bar.search, "FOTOGRAFICO PENA")  # accents and case do not matter
    assert _numbers(window) == ["INV-1012"]
    window.filter_bar.search.clear()
    qtbot.keyClicks(window.filter_bar.search, "burbujas-lavanderia.test")   # an email
    assert _numbers(window) == ["INV-1026"]
    window.filter_bar.search.setText("inv-103")
    assert _numbers(window) == [f"INV-{n}" for n in (1031, 1033, 1034, 1036, 1037, 1038, 1039)]
    window.filter_bar.search.clear()

    bar = window.filter_bar
    bar.cause.setCurrentIndex(bar.cause.findData("edited_in_quickbooks"))
    assert _numbers(window) == ["INV-1016", "INV-1020", "INV-1027"]
    assert window.cause_cards.cards["edited_in_quickbooks"].isChecked()   # the cards follow the combo
    bar.amount_min.setValue(1000)
    assert _numbers(window) == ["INV-1016", "INV-1020"]
    bar.amount_max.setValue(2000)
    assert _numbers(window) == ["INV-1016"]
    bar.clear()
    assert window.model.rowCount() == total
    bar.date_from.setDate(QDate(2026, 10, 1))
    bar.date_to.setDate(QDate(2026, 10, 31))
    assert all("2026-10-01" <= e.date <= "2026-10-31" for e in window.model.visible_entries())
    assert 0 < window.model.rowCount() < total
    bar.clear()
    bar.status.setCurrentIndex(bar.status.findData("ignored"))
    assert window.model.rowCount() == 0
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.model.rowCount() == total


def test_table_sorts_and_multiselects(qtbot: QtBot, window: MainWindow) -> None:
    assert refresh_and_wait(qtbot, window) == "ok"
    window.table.sortByColumn(Column.AMOUNT, Qt.SortOrder.DescendingOrder)
    amounts = [e.amount or 0.0 for e in window.model.visible_entries()]
    assert amounts == sorted(amounts, reverse=True)
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(window.selected_entries()) == 2


def test_language_menu_switches_the_cause_texts_live(qtbot: QtBot, window: MainWindow) -> None:
    assert refresh_and_wait(qtbot, window) == "ok"
    card = window.cause_cards.cards["missing_customer"]
    assert card.text().startswith("No matching customer in QuickBooks")
    window.language_actions["es"].trigger()
    assert window.lang == "es"
    assert card.text().startswith("Sin cliente equivalente en QuickBooks")
    row = window.model.row_of(window.model.visible_entries()[0].id)
    assert "Sin cliente equivalente" in str(window.model.index(row, Column.CAUSE).data())
    assert window.filter_bar.cause.findText("Sin cliente equivalente en QuickBooks") >= 0
    window.language_actions["en"].trigger()
    assert card.text().startswith("No matching customer")


def test_export_shortcut_and_column_layout_are_kept(qtbot: QtBot, window: MainWindow, session: Session) -> None:
    with qtbot.waitSignal(window.export_requested, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    header = window.table.horizontalHeader()
    header.resizeSection(Column.CUSTOMER, 333)
    header.moveSection(header.visualIndex(Column.STATUS), 0)
    again = MainWindow(Session(session.profile, session.db_path, None))
    qtbot.addWidget(again)
    other = again.table.horizontalHeader()
    assert other.sectionSize(Column.CUSTOMER) == 333
    assert other.visualIndex(Column.STATUS) == 0


def test_controls_have_accessible_names(window: MainWindow) -> None:
    bar = window.filter_bar
    for widget in (bar.search, bar.cause, bar.status, bar.date_from, bar.date_to, bar.amount_min, bar.amount_max,
                   bar.clear_button, window.cause_cards, window.cause_cards.all_button, window.banner.details_button,
                   window.card, window.card.retry_button, window.card.hubspot_button, window.card.qbo_button):
        assert widget.accessibleName(), widget.objectName()


def test_dates_and_amounts_sit_behind_more_filters(qtbot: QtBot, window: MainWindow) -> None:
    """The filter row fits a laptop screen: the date and amount filters open from "More filters", which counts
    the ones in use."""
    assert refresh_and_wait(qtbot, window) == "ok"
    bar = window.filter_bar
    menu = bar.more_button.menu()
    assert menu is not None and bar.more_button.text() == "More filters"
    for edit in (bar.date_from, bar.date_to, bar.amount_min, bar.amount_max):
        assert menu.isAncestorOf(edit) and not edit.isVisible()
    # As the button's click does, without its modal loop (which would wait for a human to close the menu).
    menu.popup(bar.more_button.mapToGlobal(QPoint(0, bar.more_button.height())))
    qtbot.waitUntil(menu.isVisible)
    assert bar.amount_min.isVisible() and bar.date_from.isVisible()
    bar.amount_min.setValue(1000)
    bar.date_to.setDate(QDate(2026, 10, 31))
    menu.close()
    assert bar.more_button.text() == "More filters (2)"
    assert all(e.amount is not None and e.amount >= 1000 and e.date[:10] <= "2026-10-31"
               for e in window.model.visible_entries())
    bar.clear()
    assert bar.more_button.text() == "More filters"


def test_a_filter_that_hides_the_open_invoice_closes_its_card(qtbot: QtBot, window: MainWindow) -> None:
    assert refresh_and_wait(qtbot, window) == "ok"
    invoice_id = next(e.id for e in window.model.entries() if e.number == "INV-1016")
    window.select_invoice(invoice_id)
    qtbot.waitUntil(lambda: window.card.isVisible() and window.card.card is not None, timeout=5000)
    window.filter_bar.search.setText("1017")             # INV-1016 is no longer in the table
    qtbot.waitUntil(lambda: not window.card.isVisible(), timeout=3000)
    window.filter_bar.search.setText("101")              # shown again, but nothing is selected: no card
    assert "INV-1016" in _numbers(window) and not window.card.isVisible()
