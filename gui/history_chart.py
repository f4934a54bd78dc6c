"""A small line chart of failing invoices per cause, one point per stored diagnosis, painted with QPainter
(PySide6-Essentials has no QtCharts). Runs are spaced evenly: the order matters to a bookkeeper, not the gap.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QPointF, QRectF, QSize, Qt, QTime
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from core import history

# Okabe–Ito: told apart by most colour-blind readers, and readable on light and dark bases.
SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#B8A000", "#7F7F7F")
MAX_RUNS = 30     # the chart is small; older runs would be a few pixels apart
HIT_RADIUS = 8.0  # px around a point that shows its tooltip


class HistoryChart(QWidget):
    def __init__(self, parent: QWidget | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.lang = lang
        self.times: list[datetime] = []
        self.series: list[history.Series] = []
        self._points: list[tuple[QPointF, str]] = []   # painted points and their tooltips, for hover
        self.setAccessibleName(self.tr("Failures per cause over time"))
        self.setMouseTracking(True)
        self.setMinimumSize(320, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(520, 240)

    # ---- data -------------------------------------------------------------------------------------------
    def load(self, db_path: Path) -> None:
        """Read the stored runs (a small table: fine on the GUI thread) and show them."""
        runs = history.load_runs(db_path, limit=MAX_RUNS)
        self.set_series([r.at for r in runs], history.series(runs, self.lang))

    def set_series(self, times: list[datetime], series: list[history.Series]) -> None:
        if any(len(s.values) != len(times) for s in series):
            raise ValueError("every series needs one value per run")
        self.times, self.series = list(times), list(series)
        self._describe()
        self.update()

    def _describe(self) -> None:
        """What a screen reader says: the newest count of each cause."""
        if not self.times:
            self.setAccessibleDescription(self.tr("No checks yet."))
            return
        latest = "; ".join(f"{s.title}: {s.values[-1]}" for s in self.series) or self.tr("no failures")
        self.setAccessibleDescription(self.tr("{runs} checks. Latest: {latest}.").format(
            runs=len(self.times), latest=latest))

    # ---- painting ---------------------------------------------------------------------------------------
    def colour(self, index: int) -> QColor:
        return QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        fm = QFontMetricsF(self.font())
        self._points = []
        if not self.times:
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No checks yet: the chart fills in as you check invoices."))
            return
        legend_h = self._paint_legend(painter, fm)
        top = max((max(s.values) for s in self.series), default=0)
        y_max = max(1, _nice(top))
        left = fm.horizontalAdvance(str(y_max)) + 12
        plot = QRectF(left, fm.height(), self.width() - left - 14, self.height() - legend_h - fm.height() * 2.8)
        self._paint_axes(painter, fm, plot, y_max)
        self._paint_lines(painter, plot, y_max)
        painter.end()

    def _x(self, plot: QRectF, i: int) -> float:
        n, pad = len(self.times), 24.0  # keep the end points and their date labels off the edges
        return plot.center().x() if n == 1 else plot.left() + pad + (plot.width() - 2 * pad) * i / (n - 1)

    def _paint_axes(self, painter: QPainter, fm: QFontMetricsF, plot: QRectF, y_max: int) -> None:
        pal = self.palette()
        grid = QColor(pal.color(QPalette.ColorRole.Mid))
        grid.setAlpha(90)
        text = pal.color(QPalette.ColorRole.Text)
        steps = y_max if y_max <= 5 else 5 if y_max % 5 == 0 else 4
        for k in range(steps + 1):
            y = plot.bottom() - plot.height() * k / steps
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(y_max * k // steps))
        # Date labels: first, last, and the middle when there is room; times when all runs share a day.
        loc = QLocale()
        n = len(self.times)
        picks = sorted({0, n - 1} | ({(n - 1) // 2} if n > 4 else set()))
        one_day = self.times[0].date() == self.times[-1].date()
        painter.setPen(text)
        for i in picks:
            moment = _qdatetime(self.times[i])
            label = (loc.toString(moment.time(), QLocale.FormatType.ShortFormat) if one_day
                     else loc.toString(moment.date(), QLocale.FormatType.ShortFormat))
            width = fm.horizontalAdvance(label) + 4
            x = min(max(self._x(plot, i) - width / 2, 0.0), self.width() - width)
            painter.drawText(QRectF(x, plot.bottom() + 4, width, fm.height()), Qt.AlignmentFlag.AlignCenter, label)

    def _paint_lines(self, painter: QPainter, plot: QRectF, y_max: int) -> None:
        loc = QLocale()
        dodge = self._dodge()
        for index, s in enumerate(self.series):
            colour = self.colour(index)
            points = [QPointF(self._x(plot, i), plot.bottom() - plot.height() * v / y_max + dodge[index][i])
                      for i, v in enumerate(s.values)]
            painter.setPen(QPen(colour, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            painter.drawPolyline(points)
            painter.setBrush(colour)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Base), 1.5))
            for i, point in enumerate(points):
                painter.drawEllipse(point, 4.0, 4.0)
                when = loc.toString(_qdatetime(self.times[i]), QLocale.FormatType.ShortFormat)
                self._points.append((point, f"{when}\n{s.title}: {s.values[i]}"))
            painter.setBrush(Qt.BrushStyle.NoBrush)

    def _dodge(self) -> list[list[float]]:
        """Vertical pixel offsets so series with equal values lie side by side instead of hiding each other."""
        offsets = [[0.0] * len(self.times) for _ in self.series]
        for i in range(len(self.times)):
            groups: dict[int, list[int]] = {}
            for index, s in enumerate(self.series):
                groups.setdefault(s.values[i], []).append(index)
            for members in groups.values():
                for j, index in enumerate(members):
                    offsets[index][i] = (j - (len(members) - 1) / 2) * 3.0
        return offsets

    def _paint_legend(self, painter: QPainter, fm: QFontMetricsF) -> float:
        """Legend rows at the bottom, wrapping as needed; returns the height used."""
        entries = [(self.colour(i), s.title) for i, s in enumerate(self.series)]
        if not entries:
            entries = [(self.palette().color(QPalette.ColorRole.Mid), self.tr("No failures"))]
        rows: list[list[tuple[QColor, str, float]]] = [[]]
        x = 0.0
        for colour, title in entries:
            width = 18 + fm.horizontalAdvance(title) + 16
            if rows[-1] and x + width > self.width() - 16:
                rows.append([])
                x = 0.0
            rows[-1].append((colour, title, width))
            x += width
        line_h = fm.height() + 4
        y = self.height() - line_h * len(rows) - 4
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        for row in rows:
            x = 8.0
            for colour, title, width in row:
                painter.fillRect(QRectF(x, y + line_h / 2 - 5, 12, 10), colour)
                painter.drawText(QRectF(x + 18, y, width - 18, line_h), Qt.AlignmentFlag.AlignVCenter, title)
                x += width
            y += line_h
        return line_h * len(rows) + 8

    # ---- tooltips ---------------------------------------------------------------------------------------
    def tooltip_at(self, pos: QPointF) -> str:
        """The values at the painted point nearest `pos` (several series may share it), or ""."""
        near = [(abs(p.x() - pos.x()) + abs(p.y() - pos.y()), tip) for p, tip in self._points
                if abs(p.x() - pos.x()) <= HIT_RADIUS and abs(p.y() - pos.y()) <= HIT_RADIUS]
        if not near:
            return ""
        best = min(d for d, _ in near)
        tips = [tip for d, tip in near if d == best]
        head = tips[0].split("\n", 1)[0]
        return head + "\n" + "\n".join(tip.split("\n", 1)[1] for tip in tips)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


def _nice(value: int) -> int:
    """A round axis top at or above value: 1, 2, 4, 5, 8, 10, 20, 40, 50, 100..."""
    if value <= 5:
        return max(value, 1) if value != 3 else 4
    base = int(10 ** (len(str(value)) - 1))
    for step in (1, 2, 4, 5, 10):
        if value <= step * base:
            return step * base
    return 10 * base


def _qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
