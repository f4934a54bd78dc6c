"""The table model and the banner on hand-made rows: formatting, counting, sorting, the three verdicts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from core.app import FailureRow
from gui.banner import Banner, BannerState
from gui.failures_model import (
    SORT_ROLE,
    Column,
    FailuresModel,
    FailuresSortProxy,
    format_amount,
    format_date,
)

pytestmark = pytest.mark.gui

US = QLocale("en_US")


def _row(inv_id: str, number: str, kind: str = "missing_customer", amount: float | None = 10.0,
         customer: str = "Ana", date: str = "2026-10-01", currency: str = "USD") -> FailureRow:
    return FailureRow(kind=kind, title=f"title of {kind}", hubspot_invoice_id=inv_id, invoice_number=number,
                      customer=customer, amount=amount, currency=currency, invoice_date=date,
                      summary=f"why {number} fails", evidence={})


def test_amounts_dates_and_alignment() -> None:
    assert format_amount(1234.5, "USD", US) == "$1,234.50"
    assert format_amount(1234.5, "EUR", US) == "EUR\u00a01,234.50"  # a foreign currency says which one
    assert format_amount(None, "USD", US) == ""
    assert format_amount(3.0, "", US) == "3.00"
    assert format_date("2026-10-01", US) == "1 Oct 2026"
    assert format_date("not a date", US) == "not a date"

    model = FailuresModel()
    model.set_rows([_row("1", "INV-1", amount=99.0)])
    amount = model.index(0, Column.AMOUNT)
    assert amount.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert amount.data(SORT_ROLE) == 99.0
    assert model.index(0, Column.CAUSE).data() == "title of missing_customer"
    assert model.index(0, Column.CAUSE).data(Qt.ItemDataRole.ToolTipRole) == "why INV-1 fails"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == \
        ["Invoice", "Customer", "Amount", "Date", "Cause"]


def test_invoice_count_is_distinct_invoices() -> None:
    model = FailuresModel()
    model.set_rows([_row("1", "INV-1"), _row("1", "INV-1", kind="duplicate_display_name"), _row("2", "INV-2")])
    assert model.rowCount() == 3
    assert model.invoice_count() == 2


def test_proxy_sorts_numbers_naturally_and_amounts_numerically() -> None:
    model = FailuresModel()
    model.set_rows([_row("1", "INV-1000", amount=5.0), _row("2", "INV-999", amount=40.0),
                    _row("3", "INV-10000", amount=None)])
    proxy = FailuresSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.INVOICE, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, Column.INVOICE).data() for r in range(3)] == ["INV-999", "INV-1000", "INV-10000"]
    proxy.sort(Column.AMOUNT, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, Column.INVOICE).data() for r in range(3)] == ["INV-999", "INV-1000", "INV-10000"]


def test_banner_verdicts(qtbot: QtBot) -> None:
    banner = Banner()
    qtbot.addWidget(banner)
    assert banner.state is BannerState.UNKNOWN
    banner.show_result(1, 1)
    assert (banner.state, banner.title.text()) == (BannerState.FAILING, "1 invoice cannot sync")
    banner.show_result(17, 5)
    assert banner.title.text() == "17 invoices cannot sync"
    assert banner.accessibleName() == "17 invoices cannot sync"
    banner.show_result(0, 0)
    assert (banner.state, banner.title.text()) == (BannerState.CLEAN, "All in-scope invoices can sync")
