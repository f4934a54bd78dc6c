"""The printable report for the accountant: a QTextDocument paginated onto a QPdfWriter, page numbers drawn.

The same painting code draws onto a QImage (`render_page`), so a page can be previewed or checked in a test
without a PDF rasteriser (PySide6-Essentials has no QtPdf). Safe off the GUI thread: QPdfWriter, QImage and
QTextDocument need no widgets.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, datetime
from html import escape
from pathlib import Path

import shiboken6
from PySide6.QtCore import QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextTable,
)

from core import formatting
from core.report import Report, What

RESOLUTION = 300                 # dpi of the PDF's coordinate system; text stays vector either way
MARGINS_MM = QMarginsF(15, 15, 15, 15)
FOOTER_PT = 8
# Where Letter is the usual paper; everywhere else A4.
LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
    QLocale.Country.Philippines, QLocale.Country.Chile, QLocale.Country.Colombia,
    QLocale.Country.Venezuela, QLocale.Country.CostaRica, QLocale.Country.Guatemala,
    QLocale.Country.Panama, QLocale.Country.DominicanRepublic, QLocale.Country.PuertoRico,
    QLocale.Country.ElSalvador,
}
_CSS = """
body { font-family: 'DejaVu Sans', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif; font-size: 9pt; color: #1f2933; }
h1 { font-size: 17pt; font-weight: 600; color: #12344d; margin-bottom: 2pt; }
h2 { font-size: 11.5pt; font-weight: 600; color: #12344d; }
p.meta { margin: 0; color: #3e4c59; }
table.grid th { background-color: #dde7ef; color: #12344d; font-weight: 600; text-align: left; }
tr.alt td { background-color: #f5f7fa; }
span.bad { color: #9b1c1c; }
span.warn { color: #8a5a00; }
span.muted { color: #616e7c; }
"""


def page_size_for(locale: QLocale | None = None) -> QPageSize:
    loc = locale or QLocale()
    letter = loc.territory() in LETTER_TERRITORIES
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def _page_layout(page_size: QPageSize | None) -> QPageLayout:
    return QPageLayout(page_size or page_size_for(), QPageLayout.Orientation.Portrait, MARGINS_MM,
                       QPageLayout.Unit.Millimeter)


def write_pdf(path: Path, report: Report, what: What = "both", page_size: QPageSize | None = None) -> int:
    """Write the report to `path`; return the number of pages written."""
    writer = QPdfWriter(str(path))
    doc: QTextDocument | None = None
    try:
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(_page_layout(page_size))
        writer.setTitle(f"{report.label('title')} — {report.company}")
        writer.setCreator("Sync Doctor")
        body = QRectF(writer.pageLayout().paintRectPixels(RESOLUTION))
        doc = build_document(report, what, writer, body.width())
        pages = paginate(doc, body.height() - _footer_height(writer))
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"Cannot write {path}")
        try:
            for index, bands in enumerate(pages):
                if index:
                    writer.newPage()
                _paint_page(doc, painter, body.size(), bands, report, index, len(pages))
        finally:
            painter.end()
        return len(pages)
    finally:
        _free(doc, writer)


def render_page(report: Report, what: What = "both", page: int = 0, dpi: int = 96,
                page_size: QPageSize | None = None) -> QImage:
    """One page as an image, laid out exactly as write_pdf lays it out (for previews and checks)."""
    layout = _page_layout(page_size)
    image = QImage(layout.fullRectPixels(dpi).size(), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    body = QRectF(layout.paintRectPixels(dpi))
    doc = build_document(report, what, image, body.width())
    try:
        pages = paginate(doc, body.height() - _footer_height(image))
        painter = QPainter(image)
        try:
            painter.translate(body.topLeft())
            _paint_page(doc, painter, body.size(), pages[page], report, page, len(pages))
        finally:
            painter.end()
        return image.copy()   # the caller's own copy: the one the layout saw is freed below
    finally:
        _free(doc, image)


def _free(doc: QTextDocument | None, device: QPaintDevice) -> None:
    """Delete the document and its paint device now, on this thread. The binding keeps a reference to any device
    given to a document layout and never drops it, so without this every export kept its writer (and its fonts
    and buffers) until the app closed; what is left is an empty Python wrapper."""
    if doc is not None:
        shiboken6.delete(doc)
    shiboken6.delete(device)


def _footer_height(device: QPaintDevice) -> float:
    return FOOTER_PT * 2.6 * device.logicalDpiY() / 72


# ---- pagination ----------------------------------------------------------------------------------------
# Qt's own pagination splits a table row across two pages. Instead the document is laid out once as one
# long page, and pages are cut between rows and paragraphs; a page that continues a table starts with a
# copy of that table's header row.
Band = tuple[float, float]   # a horizontal slice of the long layout: [top, bottom)


def paginate(doc: QTextDocument, page_h: float) -> list[list[Band]]:
    """The bands each page shows, top to bottom."""
    layout = doc.documentLayout()
    height = layout.documentSize().height()
    cuts: dict[float, Band | None] = {}   # where a page may start → header band to repeat there
    block = doc.begin()
    while block.isValid():
        if QTextCursor(block).currentTable() is None:
            cuts[layout.blockBoundingRect(block).top()] = None
        block = block.next()
    for frame in doc.rootFrame().childFrames():
        if isinstance(frame, QTextTable) and frame.rows() > 1:
            bounds = _row_bounds(frame, layout)
            cuts.pop(bounds[0], None)  # the table itself starts with its heading, never alone at a page top
            for y in bounds[2:-1]:
                cuts[y] = (bounds[0], bounds[1])
    pages: list[list[Band]] = []
    header: Band | None
    top, header = 0.0, None  # header: the band to repeat at the top of the page being cut
    positions = sorted(cuts)
    while top < height - 0.5:
        bands: list[Band] = [header] if header else []
        room = page_h - sum(b - a for a, b in bands)
        last = bisect_right(positions, top + room) - 1   # the lowest cut that still fits
        fits = last >= 0 and positions[last] > top
        end = positions[last] if fits and top + room < height else min(top + room, height)
        bands.append((top, end))
        pages.append(bands)
        top, header = end, cuts.get(end)
    return pages or [[(0.0, 0.0)]]


def _row_bounds(table: QTextTable, layout: object) -> list[float]:
    """The y of each row boundary: the table top, between rows (midway through the padding), the bottom."""
    get_rect = layout.blockBoundingRect  # type: ignore[attr-defined]
    tops, bottoms = [], []
    for r in range(table.rows()):
        cells = [table.cellAt(r, c) for c in range(table.columns())]
        tops.append(min(get_rect(cell.firstCursorPosition().block()).top() for cell in cells))
        bottoms.append(max(get_rect(cell.lastCursorPosition().block()).bottom() for cell in cells))
    frame = layout.frameBoundingRect(table)  # type: ignore[attr-defined]
    return [frame.top()] + [(bottoms[r - 1] + tops[r]) / 2 for r in range(1, len(tops))] + [frame.bottom()]


def _paint_page(doc: QTextDocument, painter: QPainter, body: QSizeF, bands: list[Band], report: Report,
                index: int, pages: int) -> None:
    y = 0.0
    for top, bottom in bands:
        painter.save()
        painter.translate(0, y - top)
        doc.drawContents(painter, QRectF(0, top, body.width(), bottom - top))
        painter.restore()
        y += bottom - top
    footer_h = _footer_height(painter.device())
    font = QFont(doc.defaultFont())
    font.setPointSizeF(FOOTER_PT)
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#616e7c"))
    line_y = body.height() - footer_h * 0.65
    painter.drawLine(QPointF(0, line_y), QPointF(body.width(), line_y))
    text_rect = QRectF(0, line_y, body.width(), body.height() - line_y)
    align = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | align, f"{report.company} — {report.label('title')}")
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | align,
                     report.label("page", page=index + 1, pages=pages))
    painter.restore()


def build_document(report: Report, what: What, device: QPaintDevice, width: float) -> QTextDocument:
    """The report as one long QTextDocument, `width` wide, laid out for `device` (its resolution scales fonts)."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(9)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(_CSS)
    doc.setHtml(report_html(report, what))
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, report.label("title"))
    doc.setTextWidth(width)
    return doc


def report_html(report: Report, what: What = "both") -> str:
    lang = report.lang
    lab = report.label
    meta = [(lab("company"), report.company), (lab("period"), _period(report, lang)),
            (lab("generated"), _when(report.generated_at, lang))]
    if report.diagnosed_at:
        meta.append((lab("diagnosed"), _when(report.diagnosed_at, lang)))
    parts = [f"<h1>{escape(lab('title'))}</h1>"]
    parts += [f"<p class='meta'><b>{escape(k)}:</b> {escape(v)}</p>" for k, v in meta]
    if what in ("failures", "both"):
        parts.append(_counts_html(report))
        parts.append(_invoices_html(report, lang))
    if what in ("fixes", "both"):
        parts.append(_fixes_html(report, lang))
    return "<html><body>" + "".join(parts) + "</body></html>"


def _table(headers: list[tuple[str, bool]], rows: list[list[str]], widths: list[int],
           nowrap: tuple[int, ...] = ()) -> str:
    """A grid with a header row repeated on every page (<thead>), numeric columns right-aligned."""
    def attrs(col: int) -> str:
        return (" align='right'" if headers[col][1] else "") + (" style='white-space: nowrap'" if col in nowrap else "")

    head = "".join(f"<th width='{w}%'{attrs(i)}>{escape(h)}</th>" for i, ((h, _), w) in enumerate(
        zip(headers, widths, strict=True)))
    body = []
    for i, row in enumerate(rows):
        cells = "".join(f"<td{attrs(c)}>{cell}</td>" for c, cell in enumerate(row))
        body.append(f"<tr class='{'alt' if i % 2 else ''}'>{cells}</tr>")
    return ("<table class='grid' width='100%' cellspacing='0' cellpadding='3' border='0'>"
            f"<thead><tr>{head}</tr></thead>{''.join(body)}</table>")


def _h2(text: str) -> str:
    return f"<h2 style='margin-top: 18px'>{escape(text)}</h2>"  # Qt reads px (1/96 in), not pt, here


def _counts_html(report: Report) -> str:
    lab = report.label
    rows = [[escape(c.title) + (f" <span class='muted'>{escape(lab('may_not'))}</span>" if c.warning else ""),
             str(c.invoices)] for c in report.counts]
    rows.append([f"<b>{escape(lab('total'))}</b>", f"<b>{len(report.rows)}</b>"])
    return (_h2(lab("counts"))
            + _table([(lab("cause"), False), (lab("invoices"), True)], rows, [80, 20]))


def _invoices_html(report: Report, lang: str) -> str:
    lab = report.label
    if not report.rows:
        return _h2(lab("invoices")) + f"<p>{escape(lab('no_rows'))}</p>"
    # One currency (the usual case): say it once in the header instead of on every row.
    currencies = {r.currency for r in report.rows}
    single = currencies.pop() if len(currencies) == 1 else None
    rows = []
    for r in report.rows:
        css = "muted" if r.ignored else "warn" if r.status == lab("warning") else "bad"
        causes = "<br/>".join(escape(c) for c in r.causes)
        money = _money(r.amount, "" if single is not None else r.currency, lang)
        rows.append([escape(r.invoice_number), escape(_day(r.invoice_date, lang)), escape(r.customer),
                     escape(money), f"<span class='{css}'>{escape(r.status)}</span>", causes])
    amount = f"{lab('amount')} ({single})" if single else lab("amount")
    headers = [(lab("invoice"), False), (lab("date"), False), (lab("customer"), False), (amount, True),
               (lab("status"), False), (lab("causes"), False)]
    return _h2(lab("invoices")) + _table(headers, rows, [10, 12, 22, 12, 14, 30], nowrap=(0, 1, 3, 4))


def _fixes_html(report: Report, lang: str) -> str:
    lab = report.label
    if not report.fixes:
        return _h2(lab("fixes")) + f"<p>{escape(lab('no_fixes'))}</p>"
    rows = [[escape(_when(f.at, lang)), escape(f.invoices), escape(f.cause),
             escape(f.change) + (f"<br/><span class='muted'>{escape(f.details)}</span>" if f.details else ""),
             escape(f.result) + (f"<br/><span class='bad'>{escape(f.error)}</span>" if f.error else "")]
            for f in report.fixes]
    headers = [(lab("when"), False), (lab("invoices"), False), (lab("cause"), False), (lab("change"), False),
               (lab("result"), False)]
    return _h2(lab("fixes")) + _table(headers, rows, [15, 13, 22, 32, 18], nowrap=(0,))


def _period(report: Report, lang: str) -> str:
    if report.period_start is None or report.period_end is None:
        return report.label("no_period")
    return f"{_day(report.period_start, lang)} – {_day(report.period_end, lang)}"


# Amounts and dates as the window and the wizards show them: core.formatting, in the report's language.
def _day(day: date | None, lang: str) -> str:
    return formatting.day(day, formatting.language(lang)) if day else ""


def _when(moment: datetime | None, lang: str) -> str:
    return formatting.moment(moment, formatting.language(lang))


def _money(amount: float | None, currency: str, lang: str) -> str:
    return "" if amount is None else formatting.money(amount, formatting.language(lang), currency)
