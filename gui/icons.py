"""SVG icons from resources/icons, tinted with the palette's text colour and rendered at every size the
screen may ask for (sharp on high-DPI, readable in light and dark themes)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from core.paths import RESOURCES

ICONS = RESOURCES / "icons"
_SIZES = (16, 20, 24, 32, 40, 48, 64, 96)


def icon(name: str, role: QPalette.ColorRole = QPalette.ColorRole.WindowText) -> QIcon:
    """The icon `name` (file stem) in the current palette's colour for `role`; empty if the file is missing."""
    colour = QGuiApplication.palette().color(role) if QGuiApplication.instance() else QColor("black")
    return _render(name, colour.name())


@cache
def _render(name: str, colour: str) -> QIcon:
    path = ICONS / f"{name}.svg"
    if not path.exists():
        return QIcon()
    svg = path.read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result
