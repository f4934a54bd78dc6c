"""The accountant's export: the demo company refreshed over HTTP from the sandbox, diagnosed, written to CSV and
XLSX, and read back: every failing invoice, its causes and the counts per cause match the diagnosis."""

from __future__ import annotations

import csv
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from core import app, diagnose, ignores
from core.failures import registry
from core.fixes.model import Action, Change, FieldChange, Plan
from core.fixes.words import FIELD, entity_label
from core.journal import Journal
from core.report import Report, build_report, write_csv, write_xlsx
from tests.helpers.demo import COMPANY, refreshed_cache


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, diagnose.Diagnosis]]:
    path = tmp_path_factory.mktemp("report") / "cache.db"
    yield path, refreshed_cache(path)


@pytest.fixture
def demo(demo_master: tuple[Path, diagnose.Diagnosis], tmp_path: Path) -> tuple[Path, diagnose.Diagnosis]:
    """A private copy of the refreshed demo cache (tests may add ignores to it)."""
    src, diagnosis = demo_master
    dst = tmp_path / "cache.db"
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    return dst, diagnosis


def expected(diagnosis: diagnose.Diagnosis, lang: str = "en") -> dict[str, list[str]]:
    """Invoice number → cause titles, root cause first (the diagnosis's own order)."""
    out: dict[str, list[str]] = {}
    for f in diagnosis.failures + diagnosis.warnings:
        out.setdefault(f.invoice_number, []).append(registry.BY_ID[f.kind].title.render(lang))
    return out


def journal_a_fix() -> None:
    """One real journaled fix in the demo profile's journal: create the missing customer of INV-1012."""
    change = Change("quickbooks", "Customer", Action.CREATE, "", entity_label("Customer", "Estudio Fotográfico Peña"),
                    (FieldChange(FIELD["DisplayName"], None, "Estudio Fotográfico Peña"),), invoice_ids=("9012",))
    with Journal.for_profile("demo") as journal:
        run_id = journal.begin_run(Plan("missing_customer", "create", ("9012",), (change,)), user="ana")
        entry = journal.add(run_id, change)
        journal.mark_sent(entry)
        journal.mark_done(entry, {"Id": "99"}, "0", "99")


def test_csv_has_every_failing_invoice_with_its_causes(demo: tuple[Path, diagnose.Diagnosis],
                                                       tmp_path: Path) -> None:
    db_path, diagnosis = demo
    report = build_report(db_path, "demo", "en")
    out = tmp_path / "failures.csv"
    assert write_csv(out, report) == [out]
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read accents right
    with open(out, encoding="utf-8-sig", newline="") as fh:
        header, *rows = list(csv.reader(fh))
    assert header == ["Invoice", "Date", "Customer", "Amount", "Currency", "Status", "Causes", "Ignored"]
    want = expected(diagnosis)
    assert {r[0]: r[6].split("; ") for r in rows} == want
    assert len(rows) == len(want) == 17
    by_number = {r[0]: r for r in rows}
    cached = {f.invoice_number: f for f in app.load_failure_rows(db_path)}
    for number, row in by_number.items():
        assert date.fromisoformat(row[1]) == date.fromisoformat(cached[number].invoice_date)
        assert float(row[3]) == cached[number].amount
        assert row[2] == cached[number].customer and row[4] == "USD"
        assert row[5] == "Does not sync" and row[7] == "No"
    assert "Estudio Fotográfico Peña" in {r[2] for r in rows}  # accents survive
    counts = {c.kind: c.invoices for c in report.counts}
    assert counts == dict(Counter(f.kind for f in diagnosis.failures + diagnosis.warnings))
    assert counts["revenue_recognition_service_date"] == 14
    assert report.company == COMPANY
    assert (report.period_start, report.period_end) == (date(2026, 9, 2), date(2026, 11, 5))


def test_xlsx_has_failures_and_fixes_sheets_with_real_types(demo: tuple[Path, diagnose.Diagnosis],
                                                            tmp_path: Path) -> None:
    db_path, diagnosis = demo
    journal_a_fix()
    report = build_report(db_path, "demo", "en")
    out = tmp_path / "report.xlsx"
    write_xlsx(out, report)
    book = load_workbook(out)
    assert book.sheetnames == ["Failures", "Fixes"]
    sheet = book["Failures"]
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert [c.value for c in sheet[1]][:4] == ["Invoice", "Date", "Customer", "Amount"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert {r[0]: str(r[6]).split("; ") for r in rows} == expected(diagnosis)
    assert all(isinstance(r[1], datetime) and isinstance(r[3], int | float) for r in rows)  # numbers, not text
    assert sheet["D2"].number_format == "#,##0.00"
    assert sheet.column_dimensions["C"].width > sheet.column_dimensions["A"].width >= 10

    fixes = book["Fixes"]
    assert fixes.freeze_panes == "A2" and fixes["A1"].font.bold
    (fix,) = list(fixes.iter_rows(min_row=2, values_only=True))
    when, invoices, cause, change, details, where, result, error, user = fix
    assert isinstance(when, datetime) and abs((datetime.now() - when).total_seconds()) < 300
    assert (invoices, cause, where, result, error, user) == (
        "INV-1012", "No matching customer in QuickBooks", "QuickBooks", "Done", None, "ana")
    assert change == 'Customer "Estudio Fotográfico Peña"'
    assert details == "Name: — → Estudio Fotográfico Peña"


def test_spanish_headings_titles_and_sheets(demo: tuple[Path, diagnose.Diagnosis], tmp_path: Path) -> None:
    db_path, diagnosis = demo
    report = build_report(db_path, "demo", "es")
    write_xlsx(tmp_path / "informe.xlsx", report)
    book = load_workbook(tmp_path / "informe.xlsx")
    assert book.sheetnames == ["Errores", "Correcciones"]
    sheet = book["Errores"]
    assert [c.value for c in sheet[1]] == ["Factura", "Fecha", "Cliente", "Importe", "Moneda", "Estado", "Causas",
                                           "Ignorada"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert {r[0]: str(r[6]).split("; ") for r in rows} == expected(diagnosis, "es")
    assert {r[5] for r in rows} == {"No se sincroniza"}
    assert "Sin cliente equivalente en QuickBooks" in {c.title for c in report.counts}


def test_date_range_limits_rows_and_sets_the_period(demo: tuple[Path, diagnose.Diagnosis]) -> None:
    db_path, _ = demo
    start, end = date(2026, 10, 1), date(2026, 10, 31)
    report = build_report(db_path, "demo", "en", start=start, end=end)
    assert report.rows and all(r.invoice_date and start <= r.invoice_date <= end for r in report.rows)
    everything = build_report(db_path, "demo", "en")
    assert len(report.rows) == sum(1 for r in everything.rows if r.invoice_date and start <= r.invoice_date <= end)
    assert sum(c.invoices for c in report.counts) == sum(len(r.kinds) for r in report.rows)
    assert (report.period_start, report.period_end) == (start, end)


def test_ignored_invoice_is_marked(demo: tuple[Path, diagnose.Diagnosis], tmp_path: Path) -> None:
    db_path, diagnosis = demo
    kinds = [f.kind for f in diagnosis.failures if f.invoice_number == "INV-1016"]
    invoice_id = next(f.hubspot_invoice_id for f in diagnosis.failures if f.invoice_number == "INV-1016")
    for kind in kinds:
        ignores.ignore_at(db_path, [invoice_id], kind, "Billed by hand")
    report = build_report(db_path, "demo", "en")
    row = next(r for r in report.rows if r.invoice_number == "INV-1016")
    assert row.ignored and row.status == "Ignored by you"
    assert row.causes == ("Changed in QuickBooks (ignored)",)
    write_csv(tmp_path / "f.csv", report)
    with open(tmp_path / "f.csv", encoding="utf-8-sig", newline="") as fh:
        got = {r[0]: r for r in csv.reader(fh)}
    assert got["INV-1016"][7] == "Yes" and got["INV-1012"][7] == "No"


def test_both_in_csv_writes_a_second_file_for_fixes(demo: tuple[Path, diagnose.Diagnosis], tmp_path: Path) -> None:
    db_path, _ = demo
    journal_a_fix()
    paths = write_csv(tmp_path / "export.csv", build_report(db_path, "demo", "en"), "both")
    assert paths == [tmp_path / "export.csv", tmp_path / "export-fixes.csv"]
    with open(paths[1], encoding="utf-8-sig", newline="") as fh:
        header, fix = list(csv.reader(fh))
    assert header[:3] == ["When", "Invoices", "Cause"] and fix[1] == "INV-1012"


def test_text_that_looks_like_a_formula_stays_text(demo: tuple[Path, diagnose.Diagnosis], tmp_path: Path) -> None:
    db_path, _ = demo
    report = build_report(db_path, "demo", "en")
    evil = "=HYPERLINK(\"http://x.example\",\"click\")"
    report = Report(**{**vars(report), "rows": (replace(report.rows[0], customer=evil), *report.rows[1:])})
    write_csv(tmp_path / "f.csv", report)
    write_xlsx(tmp_path / "f.xlsx", report, "failures")
    with open(tmp_path / "f.csv", encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh))[1][2] == "'" + evil
    cell = load_workbook(tmp_path / "f.xlsx")["Failures"]["C2"]
    assert cell.value == evil and cell.data_type == "s"
