"""The table model and the banner on hand-made rows: formatting, grouping, counting, sorting, filtering; the
SQL summary shown at start against the rows."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core import ignores
from core.ignores import Ignore
from core.panel import PanelRow, load_panel_rows, load_panel_summary
from core.services.entries import FAILING, IGNORED, WARNING, cause_counts, fold, group_rows, summary_counts
from core.store.db import open_db
from gui.banner import Banner, BannerState
from gui.failures_model import ENTRY_ROLE, SORT_ROLE, Column, FailuresModel, Filter, format_amount, format_date

pytestmark = pytest.mark.gui



def _row(inv_id: str, number: str, kind: str = "missing_customer", amount: float | None = 10.0,
         customer: str = "Ana", date: str = "2026-10-01", currency: str = "USD", severity: str = "failure",
         root: bool = True, email: str = "", evidence: str = "{}") -> PanelRow:
    return PanelRow(kind, inv_id, number, customer, amount, currency, date, f"why {number} fails", evidence, severity,
                    root, email)


def _model(rows: list[PanelRow], ignored: dict[tuple[str, str], Ignore] | None = None) -> FailuresModel:
    model = FailuresModel()
    model.set_entries(group_rows(rows, ignored or {}))
    return model


def _numbers(model: FailuresModel) -> list[str]:
    return [model.index(r, Column.INVOICE).data() for r in range(model.rowCount())]


def test_amounts_dates_and_alignment() -> None:
    # Every currency says which one ("$" alone is USD, CAD, AUD…), after the amount as the exports write it.
    assert format_amount(1234.5, "USD", "en") == "1,234.50\u00a0USD"
    assert format_amount(1234.5, "eur", "es") == "1.234,50\u00a0EUR"
    assert format_amount(None, "USD", "en") == ""
    assert format_amount(3.0, "", "en") == "3.00"
    assert format_date("2026-10-01", "en") == "1 Oct 2026"
    assert format_date("2026-10-01", "es") == "1 oct 2026"
    assert format_date("not a date", "en") == "not a date"

    model = _model([_row("1", "INV-1", amount=99.0, evidence='{"contact_email": "ana@x.example"}')])
    amount = model.index(0, Column.AMOUNT)
    assert amount.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert amount.data(SORT_ROLE) == 99.0
    assert model.index(0, Column.CAUSE).data() == "No matching customer in QuickBooks"  # core TEXTS, English
    # the cause in full (the column may elide it), then what was found: the kind's summary of the evidence
    assert model.index(0, Column.CAUSE).data(Qt.ItemDataRole.ToolTipRole) == (
        "No matching customer in QuickBooks\nNo QuickBooks customer has the email ana@x.example")
    assert model.index(0, Column.STATUS).data() == "Cannot sync"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == \
        ["Invoice", "Date", "Customer / contact", "Amount", "Status", "Cause"]


def test_one_row_per_invoice_with_its_causes_root_first() -> None:
    model = _model([_row("1", "INV-1", kind="revenue_recognition_service_date", root=False),
                    _row("1", "INV-1", kind="duplicate_display_name"), _row("2", "INV-2")])
    assert model.rowCount() == 2
    assert model.invoice_count() == 2
    assert model.entry_at(0).kinds == ["duplicate_display_name", "revenue_recognition_service_date"]
    assert model.index(0, Column.CAUSE).data() == \
        "Customer name already taken; Service date required (revenue recognition)"
    model.set_lang("es")   # live: the same rows, the cause titles in Spanish
    assert model.index(0, Column.CAUSE).data() == \
        "Nombre de cliente ya en uso; Falta la fecha de servicio (reconocimiento de ingresos)"


def test_statuses_warning_and_ignored_are_not_counted() -> None:
    ignored = {("2", "missing_customer"): Ignore("2", "missing_customer", "test data", "ana", "2026-11-01")}
    model = _model([_row("1", "INV-1"), _row("2", "INV-2"), _row("3", "INV-3", kind="unknown_item",
                                                                   severity="warning")], ignored=ignored)
    assert [e.status for e in model.entries()] == [FAILING, IGNORED, WARNING]
    assert model.invoice_count() == 1
    assert model.index(1, Column.STATUS).data() == "Ignored"
    model.set_filter(Filter(status=IGNORED))
    assert _numbers(model) == ["INV-2"]


def test_sorts_numbers_naturally_and_amounts_numerically() -> None:
    model = _model([_row("1", "INV-1000", amount=5.0), _row("2", "INV-999", amount=40.0),
                    _row("3", "INV-10000", amount=None)])
    model.sort(Column.INVOICE, Qt.SortOrder.AscendingOrder)
    assert _numbers(model) == ["INV-999", "INV-1000", "INV-10000"]
    model.sort(Column.AMOUNT, Qt.SortOrder.DescendingOrder)
    assert _numbers(model) == ["INV-999", "INV-1000", "INV-10000"]


def test_filters_search_number_name_email_accents_dates_amounts() -> None:
    model = _model([_row("1", "INV-1", customer="Estudio Peña", amount=100.0, date="2026-01-05"),
                    _row("2", "INV-2", customer="Bob", amount=900.0, date="2026-03-01", kind="unknown_item",
                         severity="warning", email="bob@Example.com"),
                    _row("3", "INV-30", customer="Carla", amount=50.0, date="2026-06-01")])
    model.set_filter(Filter(text="pena"))               # accents and case ignored
    assert _numbers(model) == ["INV-1"]
    model.set_filter(Filter(text="EXAMPLE.COM"))        # the contact's email
    assert _numbers(model) == ["INV-2"]
    model.set_filter(Filter(text="inv-3"))
    assert _numbers(model) == ["INV-30"]
    model.set_filter(Filter(kind="unknown_item"))
    assert _numbers(model) == ["INV-2"]
    model.set_filter(Filter(date_from="2026-02-01", date_to="2026-05-31"))
    assert _numbers(model) == ["INV-2"]
    model.set_filter(Filter(amount_min=60.0, amount_max=500.0))
    assert _numbers(model) == ["INV-1"]
    model.set_filter(Filter())
    assert model.rowCount() == 3


def test_banner_verdicts(qtbot: QtBot) -> None:
    banner = Banner()
    qtbot.addWidget(banner)
    assert banner.state is BannerState.UNKNOWN
    assert banner.details_button.isHidden()
    banner.show_result(1, 1)
    assert (banner.state, banner.title.text()) == (BannerState.FAILING, "1 invoice cannot sync")
    assert not banner.details_button.isHidden()
    banner.show_result(17, 5, ignored=2)
    assert banner.title.text() == "17 invoices cannot sync"
    assert banner.accessibleName() == "17 invoices cannot sync"
    assert "2 invoices are ignored" in banner.subtitle.text()
    banner.show_result(0, 0)
    assert (banner.state, banner.title.text()) == (BannerState.CLEAN, "All in-scope invoices can sync")


def test_typing_narrows_the_rows_shown_and_matches_a_fresh_filter() -> None:
    rows = [_row(str(i), f"INV-{i}", customer=name, email=f"{name.split()[0].lower()}{i}@mail.example")
            for i, name in enumerate(["Lucía Morales", "Luis Peña", "Ana Lucena", "LUCÍA MOLINA", "Bob"] * 3)]
    model = _model(rows)
    for text in ("l", "lu", "luc", "lucia", "lucía m", "lucía mo", "lucía m", "", "peña", "PENA", "inv-1", "inv-12"):
        model.set_filter(Filter(text=text))
        fresh = _model(rows)
        fresh.set_filter(Filter(text=text))
        assert _numbers(model) == _numbers(fresh), text
    model.set_filter(Filter(text="inv-1"))
    model.set_filter(Filter(text="inv-1", status=IGNORED))   # another field changed: a full pass, not a narrowing
    assert _numbers(model) == []
    model.set_filter(Filter(text="inv-1"))
    assert _numbers(model) == ["INV-1", "INV-10", "INV-11", "INV-12", "INV-13", "INV-14"]


def test_cells_are_formatted_once_and_refreshed_when_an_entry_changes() -> None:
    model = _model([_row("1", "INV-1"), _row("2", "INV-2")])
    assert model.index(0, Column.STATUS).data() == "Cannot sync"
    entry = model.entry_at(0)
    entry.ignore("missing_customer", Ignore("1", "missing_customer", "test", "ana", "2026-11-01"))
    entry.update_status()
    model.entries_changed({"1"})
    assert model.index(0, Column.STATUS).data() == "Ignored"
    assert model.index(0, Column.INVOICE).data(ENTRY_ROLE) is entry
    assert model.index(0, Column.INVOICE).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.invoice_count() == 1


def test_fold_drops_accents_and_case_like_before() -> None:
    def old_fold(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text)
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()

    for text in ("Peña", "ÁNGEL Ibáñez", "Straße", "Björn Øster", "plain ascii", "ﬁne", "Ǆemal"):
        assert fold(text) == old_fold(text), text


def test_summary_counts_match_the_rows(tmp_path: Path) -> None:
    """The SQL summary shown at start says what the rows will say: same cards, same banner numbers."""
    path = tmp_path / "cache.db"
    db = open_db(path)
    db.execute("CREATE TABLE facts_invoices (id TEXT, email TEXT)")
    facts = [("1", "ana@mail.example"), ("2", "ANA@mail.example"), ("3", ""), ("4", ""), ("5", "bo@x.example"),
             ("6", "")]
    db.conn.executemany("INSERT INTO facts_invoices VALUES (?, ?)", facts)
    failures = [  # id, kind, severity, root, customer
        ("1", "missing_customer", "failure", 1, "Ana"), ("1", "revenue_recognition_service_date", "failure", 0, "Ana"),
        ("2", "missing_customer", "failure", 1, "Ana B"), ("3", "duplicate_display_name", "failure", 1, "PEÑA"),
        ("4", "duplicate_display_name", "failure", 1, "peña"), ("5", "unknown_item", "warning", 1, "Bo"),
        ("6", "edited_in_quickbooks", "failure", 1, "Straße"), ("6", "unknown_item", "warning", 0, "Straße"),
    ]
    db.conn.executemany("INSERT INTO failures (hubspot_invoice_id, kind, severity, root, invoice_number, customer, "
                   "evidence) VALUES (?, ?, ?, ?, 'INV-' || ?, ?, '{}')",
                   [(i, k, s, r, i, c) for i, k, s, r, c in failures])
    db.conn.commit()
    ignores.ignore(db, ["2"], "missing_customer", "test")
    ignores.ignore(db, ["6"], "edited_in_quickbooks", "test")
    db.close()

    entries = group_rows(load_panel_rows(path), ignores.load_at(path))
    summary = load_panel_summary(path)
    assert summary is not None
    assert summary_counts(summary) == cause_counts(entries)
    assert summary.invoices == len(entries) == 6
    assert summary.failing == sum(e.status == FAILING for e in entries) == 3
    assert summary.ignored == sum(e.status == IGNORED for e in entries) == 1
    assert summary.last_refreshed is None
    assert load_panel_summary(tmp_path / "missing.db") is None
