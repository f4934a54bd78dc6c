"""The history chart: two stored diagnoses → two points per cause, painted, with values on hover."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from gui.history_chart import HistoryChart
from tests.helpers.demo import REVREC, two_runs

pytestmark = pytest.mark.gui


def colour_pixels(image: QImage, colour: QColor, tolerance: int = 40) -> int:
    """How many pixels are close to `colour`."""
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if abs(c.red() - colour.red()) + abs(c.green() - colour.green()) + abs(c.blue() - colour.blue()) \
                    < tolerance:
                count += 1
    return count


def test_two_runs_give_two_points_per_cause(qtbot: QtBot, tmp_path: Path) -> None:
    db_path = tmp_path / "cache.db"
    two_runs(db_path)
    chart = HistoryChart()
    qtbot.addWidget(chart)
    chart.resize(560, 260)
    chart.load(db_path)
    chart.show()
    qtbot.waitExposed(chart)

    assert len(chart.times) == 2
    kinds = {s.kind: s.values for s in chart.series}
    assert len(kinds) == 5 and all(len(v) == 2 for v in kinds.values())
    assert kinds[REVREC] == (14, 0)

    image = chart.grab().toImage()
    image.save(str(tmp_path / "chart.png"))
    assert QImage(str(tmp_path / "chart.png")).width() == 560
    assert len(chart._points) == 2 * len(kinds)  # every point was painted
    for index in range(len(kinds)):  # each series' colour shows (line, points, legend swatch)
        assert colour_pixels(image, chart.colour(index)) > 30

    first_revrec = next(p for p, tip in chart._points if "revenue recognition" in tip and tip.endswith(": 14"))
    tip = chart.tooltip_at(first_revrec + QPointF(2, 1))
    assert "Service date required (revenue recognition): 14" in tip
    assert chart.tooltip_at(QPointF(1, 1)) == ""
    assert chart.accessibleName() == "Failures per cause over time"
    assert "2 checks" in chart.accessibleDescription()
    assert "Service date required (revenue recognition): 0" in chart.accessibleDescription()


def test_empty_chart_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    chart = HistoryChart()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.load(tmp_path / "none.db")
    assert chart.times == [] and chart.series == []
    assert chart.accessibleDescription() == "No checks yet."
    image = chart.grab().toImage()
    base = chart.palette().color(chart.palette().ColorRole.Base)
    assert colour_pixels(image, base, 1) < image.width() * image.height() - 50  # the message is painted
