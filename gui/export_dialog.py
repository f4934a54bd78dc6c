"""Export dialog: failures and/or fixes to CSV, an Excel workbook or a PDF report for the accountant.

The report is built and written on a worker thread (TaskBridge); the dialog only collects choices and shows
the outcome. Files are written by core.report (CSV, XLSX) and gui.pdf_report (PDF).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import report as core_report
from core.errors import CacheError
from gui.i18n import error_text, error_words
from gui.tasks import Progress, TaskBridge

FORMATS = ("csv", "xlsx", "pdf")
WHATS: tuple[core_report.What, ...] = ("failures", "fixes", "both")


@dataclass(frozen=True)
class ExportResult:
    paths: tuple[Path, ...]
    pages: int = 0          # PDF only
    invoices: int = 0
    fixes: int = 0


def export(db_path: Path, profile: str, lang: str, fmt: str, what: core_report.What, path: Path,
           start: date | None = None, end: date | None = None) -> ExportResult:
    """Build the report and write it in `fmt`; blocking (call it on a worker thread)."""
    report = core_report.build_report(db_path, profile, lang, start=start, end=end)
    pages = 0
    if fmt == "csv":
        paths = core_report.write_csv(path, report, what)
    elif fmt == "xlsx":
        paths = core_report.write_xlsx(path, report, what)
    elif fmt == "pdf":
        from gui import pdf_report  # Qt's printing code loads only when a PDF is asked for

        pages = pdf_report.write_pdf(path, report, what)
        paths = [path]
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    return ExportResult(tuple(paths), pages, len(report.rows), len(report.fixes))


def _job(db_path: Path, profile: str, lang: str, fmt: str, what: core_report.What, path: Path,
         start: date | None, end: date | None, progress: Progress, cancel: threading.Event) -> ExportResult:
    del cancel  # one short write; nothing to stop halfway
    progress("export", 0, 0)
    return export(db_path, profile, lang, fmt, what, path, start, end)


class ExportDialog(QDialog):
    exported = Signal(object)      # ExportResult
    export_failed = Signal(str)    # the message shown

    def __init__(self, db_path: Path, profile: str, lang: str = "en", parent: QWidget | None = None,
                 bridge: TaskBridge | None = None) -> None:
        super().__init__(parent)
        self.db_path, self.profile, self.lang = db_path, profile, lang
        self.last_result: ExportResult | None = None
        self._own_bridge = bridge is None   # the window's bridge when it hands one over; else one of its own
        self.bridge: TaskBridge = bridge if bridge is not None else TaskBridge(self)
        self.setWindowTitle(self.tr("Export"))
        self.setAccessibleName(self.tr("Export failures and fixes"))
        self._build()
        self._on_format_changed()

    # ---- layout -----------------------------------------------------------------------------------------
    def _build(self) -> None:
        form = QFormLayout()
        self.format_combo = QComboBox(self)
        for fmt, text in zip(FORMATS, (self.tr("Spreadsheet, plain (CSV)"), self.tr("Excel workbook (XLSX)"),
                                       self.tr("Printable report (PDF)")), strict=True):
            self.format_combo.addItem(text, fmt)
        self.format_combo.setAccessibleName(self.tr("File format"))
        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        form.addRow(self.tr("&Format:"), self.format_combo)

        self.what_combo = QComboBox(self)
        for what, text in zip(WHATS, (self.tr("Invoices that do not sync"), self.tr("Fixes made"),
                                      self.tr("Both")), strict=True):
            self.what_combo.addItem(text, what)
        self.what_combo.setCurrentIndex(WHATS.index("both"))
        self.what_combo.setAccessibleName(self.tr("What to export"))
        self.what_combo.currentIndexChanged.connect(self._on_format_changed)
        form.addRow(self.tr("&Include:"), self.what_combo)

        self.range_check = QCheckBox(self.tr("Only invoices and fixes dated between"), self)
        self.range_check.setAccessibleName(self.tr("Limit to a date range"))
        self.range_check.toggled.connect(self._on_range_toggled)
        today = QDate.currentDate()
        self.from_edit = self._date_edit(today.addMonths(-3), self.tr("From date"))
        self.to_edit = self._date_edit(today, self.tr("To date"))
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel(self.tr("and"), self))
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        form.addRow(self.range_check)
        form.addRow("", dates)

        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("File to save"))
        self.path_edit.setPlaceholderText(self.tr("Choose where to save the file"))
        self.path_edit.textChanged.connect(self._update_buttons)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setAccessibleName(self.tr("Choose the file to save"))
        self.browse_button.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.browse_button)
        where_label = QLabel(self.tr("&Save to:"), self)
        where_label.setBuddy(self.path_edit)  # a row holding a layout gets no buddy (nor mnemonic) by itself
        form.addRow(where_label, where)

        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("exportNote")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Exporting"))
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("exportStatus")
        self.status.setAccessibleName(self.tr("Export result"))

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.open_button = self.buttons.addButton(self.tr("&Open file"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_result)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._on_range_toggled(False)
        self.path_edit.setText(self._suggested_name())
        self.setMinimumWidth(520)
        self._update_buttons()

    def reopen(self, lang: str) -> None:
        """Shown again by its window: the choices stay, the last outcome goes unless an export is still running."""
        self.lang = lang
        if not self.bridge.is_busy(self._key):
            self.status.clear()
            self.last_result = None
            self.open_button.setEnabled(False)
        self._update_buttons()

    def _date_edit(self, value: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        return edit

    # ---- choices ----------------------------------------------------------------------------------------
    @property
    def fmt(self) -> str:
        return str(self.format_combo.currentData())

    @property
    def what(self) -> core_report.What:
        value: core_report.What = self.what_combo.currentData()
        return value

    def date_range(self) -> tuple[date | None, date | None]:
        if not self.range_check.isChecked():
            return None, None
        start, end = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        return (start, end) if start <= end else (end, start)

    def _on_format_changed(self) -> None:
        text = self.path_edit.text().strip()
        if text:  # keep the chosen name, follow the format's extension
            self.path_edit.setText(str(Path(text).with_suffix("." + self.fmt)))
        if self.fmt == "csv" and self.what == "both":
            self.note.setText(self.tr("A CSV file holds one table: the fixes go to a second file ending in "
                                      "“-fixes.csv”."))
        else:
            self.note.clear()
        self.note.setVisible(bool(self.note.text()))

    def _on_range_toggled(self, on: bool) -> None:
        self.from_edit.setEnabled(on)
        self.to_edit.setEnabled(on)

    def _update_buttons(self) -> None:
        busy = self.bridge.is_busy(self._key)
        self.export_button.setEnabled(bool(self.path_edit.text().strip()) and not busy)

    @property
    def _key(self) -> tuple[str, str]:
        return (self.profile, "export")

    def file_dialog(self) -> QFileDialog:
        """The non-native chooser (so tests, and every platform, get the same dialog)."""
        filters = {"csv": self.tr("CSV files (*.csv)"), "xlsx": self.tr("Excel workbooks (*.xlsx)"),
                   "pdf": self.tr("PDF documents (*.pdf)")}
        chooser = QFileDialog(self, self.tr("Save the export as"))
        chooser.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setFileMode(QFileDialog.FileMode.AnyFile)
        chooser.setNameFilter(filters[self.fmt])
        chooser.setDefaultSuffix(self.fmt)
        current = self.path_edit.text().strip()
        chooser.selectFile(current or self._suggested_name())
        return chooser

    def _suggested_name(self) -> str:
        stem = self.tr("sync-doctor-report")
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(folder or Path.home()) / f"{stem}-{self.profile}-{date.today().isoformat()}.{self.fmt}")

    def browse(self) -> None:
        chooser = self.file_dialog()
        if chooser.exec() == QDialog.DialogCode.Accepted and chooser.selectedFiles():
            self.path_edit.setText(chooser.selectedFiles()[0])

    # ---- running ----------------------------------------------------------------------------------------
    def start_export(self) -> None:
        text = self.path_edit.text().strip()
        if not text or self.bridge.is_busy(self._key):
            return
        path = Path(text).expanduser()
        if path.suffix.lower() != "." + self.fmt:
            path = path.with_name(path.name + "." + self.fmt)
        start, end = self.date_range()
        job = partial(_job, self.db_path, self.profile, self.lang, self.fmt, self.what, path, start, end)
        self.status.clear()
        self.progress.show()
        self.open_button.setEnabled(False)
        self.bridge.submit(self._key, job, name="export", succeeded=self._on_succeeded, failed=self._on_failed,
                           finished=self._on_finished)
        self._update_buttons()

    def _on_succeeded(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self.last_result = result
        names = ", ".join(p.name for p in result.paths)
        if result.pages:
            text = self.tr("Saved {names} ({pages} pages).").format(names=names, pages=result.pages)
        else:
            text = self.tr("Saved {names}.").format(names=names)
        self.status.setText(text)
        self.open_button.setEnabled(True)
        self.exported.emit(result)

    def _on_failed(self, error: object) -> None:
        if isinstance(error, CacheError):
            text = error_words(error, self.lang)
        elif isinstance(error, OSError):
            text = self.tr("The file could not be written: {reason}").format(
                reason=error.strerror or str(error))
        else:
            reason = error_text(error, self.lang) if isinstance(error, BaseException) else None
            text = self.tr("The export failed: {reason}").format(reason=reason or str(error))
        self.status.setText(text)
        self.export_failed.emit(text)

    def _on_finished(self) -> None:
        self.progress.hide()
        self._update_buttons()

    def _open_result(self) -> None:
        if self.last_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_result.paths[0])))

    def done(self, code: int) -> None:
        if self._own_bridge:
            self.bridge.shutdown()
        super().done(code)
