"""The export dialog, driven like a user: each format written off the GUI thread, then read back."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from core import report as core_report
from core.sandbox import scale
from gui.export_dialog import FORMATS, WHATS, ExportDialog, ExportResult
from tests.gui.texts import pdf_text
from tests.helpers.demo import COMPANY, refreshed_cache

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("export") / "cache.db"
    refreshed_cache(path)
    yield path


def run_export(qtbot: QtBot, dialog: ExportDialog, fmt: str, what: str, target: Path) -> ExportResult:
    dialog.format_combo.setCurrentIndex(FORMATS.index(fmt))
    dialog.what_combo.setCurrentIndex(WHATS.index(what))
    dialog.path_edit.setText(str(target))
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert isinstance(result, ExportResult)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled())
    assert target.name in dialog.status.text() and dialog.open_button.isEnabled()
    return result


def make_dialog(qtbot: QtBot, db_path: Path, lang: str = "en") -> ExportDialog:
    dialog = ExportDialog(db_path, "demo", lang, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_csv_both_writes_failures_and_fixes(qtbot: QtBot, demo_db: Path, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, demo_db)
    dialog.format_combo.setCurrentIndex(FORMATS.index("csv"))
    assert dialog.note.isVisible()  # says where the fixes go
    result = run_export(qtbot, dialog, "csv", "both", tmp_path / "export.csv")
    assert result.paths == (tmp_path / "export.csv", tmp_path / "export-fixes.csv")
    with open(result.paths[0], encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "Invoice" and len(rows) - 1 == result.invoices == 17
    assert result.paths[1].exists()


def test_xlsx_in_spanish(qtbot: QtBot, demo_db: Path, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, demo_db, "es")
    result = run_export(qtbot, dialog, "xlsx", "both", tmp_path / "informe.xlsx")
    book = load_workbook(result.paths[0])
    assert book.sheetnames == ["Errores", "Correcciones"]
    assert book["Errores"].max_row - 1 == result.invoices == 17


def test_pdf_of_the_demo_names_the_company_and_every_cause(qtbot: QtBot, demo_db: Path, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, demo_db)
    result = run_export(qtbot, dialog, "pdf", "both", tmp_path / "report.pdf")
    pages = pdf_text(result.paths[0])
    assert result.pages == len(pages) >= 1
    text = " ".join(pages)
    assert COMPANY in text
    report = core_report.build_report(demo_db, "demo", "en")
    assert len(report.counts) == 5
    for count in report.counts:
        assert f"{count.title} {count.invoices}" in text  # the counts table: cause, then its number
    for row in report.rows:
        assert row.invoice_number in text
    assert all(f"Page {i} of {len(pages)}" in page for i, page in enumerate(pages, start=1))


def test_pdf_for_a_date_range_fits_one_page(qtbot: QtBot, demo_db: Path, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, demo_db)
    dialog.range_check.setChecked(True)
    dialog.from_edit.setDate(QDate(2026, 9, 1))
    dialog.to_edit.setDate(QDate(2026, 9, 15))
    assert dialog.date_range() == (date(2026, 9, 1), date(2026, 9, 15))
    result = run_export(qtbot, dialog, "pdf", "failures", tmp_path / "september.pdf")
    (page,) = pdf_text(result.paths[0])
    assert result.pages == 1 and result.invoices == 3
    assert "INV-1012" in page and "INV-1020" not in page and "Page 1 of 1" in page


def test_pdf_of_a_large_company_runs_over_many_pages(qtbot: QtBot, tmp_path: Path) -> None:
    db_path = tmp_path / "big.db"
    diagnosis = refreshed_cache(db_path, scale.generate(600))
    failing = {f.invoice_number for f in diagnosis.failures}
    dialog = make_dialog(qtbot, db_path)
    result = run_export(qtbot, dialog, "pdf", "failures", tmp_path / "big.pdf")
    pages = pdf_text(result.paths[0])
    assert result.pages == len(pages) > 1
    assert result.invoices == len(failing)
    text = " ".join(pages)
    assert all(number in text for number in failing)
    assert all(page.count("Invoice Date Customer") == 1 for page in pages[1:])  # the header row repeats


def test_browse_uses_the_file_chooser(qtbot: QtBot, demo_db: Path, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, demo_db)
    dialog.format_combo.setCurrentIndex(FORMATS.index("xlsx"))
    target = tmp_path / "chosen.xlsx"
    seen: list[QFileDialog] = []

    def answer() -> None:
        chooser = dialog.findChild(QFileDialog)
        if chooser is None or not chooser.isVisible():
            QTimer.singleShot(20, answer)
            return
        seen.append(chooser)
        chooser.selectFile(str(target))
        chooser.accept()

    QTimer.singleShot(0, answer)
    dialog.browse()
    assert seen and seen[0].testOption(QFileDialog.Option.DontUseNativeDialog)
    assert Path(dialog.path_edit.text()) == target
    dialog.format_combo.setCurrentIndex(FORMATS.index("pdf"))  # the extension follows the format
    assert Path(dialog.path_edit.text()) == tmp_path / "chosen.pdf"


def test_a_write_error_is_shown_not_raised(qtbot: QtBot, demo_db: Path, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, demo_db)
    dialog.path_edit.setText(str(tmp_path / "no-such-folder" / "x.csv"))
    with qtbot.waitSignal(dialog.export_failed, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "could not be written" in str(blocker.args[0])
    assert dialog.status.text() == blocker.args[0]
    assert dialog.accessibleName() and dialog.format_combo.accessibleName()


def test_a_pdf_export_frees_its_writer(qtbot: QtBot, demo_db: Path, tmp_path: Path) -> None:
    """Each PDF export used to keep its QPdfWriter (fonts, buffers) for the life of the app."""
    import gc

    import shiboken6
    from PySide6.QtGui import QPdfWriter

    def writers() -> int:
        gc.collect()
        return sum(1 for o in gc.get_objects() if isinstance(o, QPdfWriter) and shiboken6.isValid(o))

    dialog = make_dialog(qtbot, demo_db)
    before = writers()
    for n in range(3):
        run_export(qtbot, dialog, "pdf", "both", tmp_path / f"report-{n}.pdf")
    assert writers() == before == 0
