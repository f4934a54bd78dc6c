"""The window's size and place: it opens inside the screen's available area and comes back where it was left.

Saved in the settings file (gui.panel_layout.settings) as plain numbers, not Qt's opaque saveGeometry() blob:
a blob restores onto a monitor that is gone, or larger than the laptop screen it is now opened on. Here the
saved rectangle is checked against the screens there are now; one that no longer fits is fitted again.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow

from gui.panel_layout import settings

GEOMETRY_KEY = "window/geometry"     # x, y, width, height of the normal (not maximised) window
MAXIMISED_KEY = "window/maximised"
PREFERRED = QSize(1280, 800)         # the first size on a screen that has room for it
# Title bar and borders the window manager adds around the window: unknown before the first show, so a
# window placed before it is shown keeps this much room (the common title bar is 30–40 px).
FRAME_ALLOWANCE = QSize(16, 48)


def _screens() -> list[QScreen]:
    return list(QGuiApplication.screens())


def _screen_for(rect: QRect) -> QScreen | None:
    """The screen holding most of `rect`, or None when no screen shows a usable part of it."""
    best, area = None, 0
    for screen in _screens():
        part = screen.availableGeometry().intersected(rect)
        if part.width() * part.height() > area:
            best, area = screen, part.width() * part.height()
    # At least a title bar's worth must be visible, or the window could not be grabbed and moved back.
    return best if best is not None and area >= 200 * 40 else None


def fitted(available: QRect, size: QSize | None = None, frame: QSize = FRAME_ALLOWANCE) -> QRect:
    """A client rectangle of `size` (the preferred size by default), shrunk to fit `available` with its frame,
    centred in it."""
    want = size if size is not None else PREFERRED
    width = min(want.width(), available.width() - frame.width())
    height = min(want.height(), available.height() - frame.height())
    rect = QRect(0, 0, max(width, 200), max(height, 150))
    rect.moveCenter(available.center())
    rect.moveTop(max(rect.top(), available.top() + frame.height() - frame.width() // 2))
    return rect


def restore(window: QMainWindow) -> None:
    """Give `window` its saved size, place and maximised state; the preferred size centred on the primary
    screen the first time, or when the screen it was on is gone or too small for it now."""
    stored = settings()
    values = stored.value(GEOMETRY_KEY)
    rect = _rect(values)
    screen = _screen_for(rect) if rect is not None else None
    if rect is None or screen is None:
        primary = QGuiApplication.primaryScreen()
        available = primary.availableGeometry() if primary is not None else QRect(0, 0, 1280, 800)
        window.setGeometry(fitted(available))
    else:
        available = screen.availableGeometry()
        if not available.contains(rect):   # another resolution now: same size if it fits, moved inside
            rect = fitted(available, rect.size()) if not _fits(rect.size(), available) else _inside(rect, available)
        window.setGeometry(rect)
    if str(stored.value(MAXIMISED_KEY, "false")).lower() == "true":
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def save(window: QMainWindow) -> None:
    """Remember the normal geometry (also while maximised, so un-maximising goes back to it) and the state."""
    maximised = window.isMaximized()
    rect = window.normalGeometry() if maximised or window.isFullScreen() else window.geometry()
    if not rect.isValid():
        rect = window.geometry()
    stored = settings()
    stored.setValue(GEOMETRY_KEY, [rect.x(), rect.y(), rect.width(), rect.height()])
    stored.setValue(MAXIMISED_KEY, "true" if maximised else "false")


def _rect(values: object) -> QRect | None:
    if not isinstance(values, list | tuple) or len(values) != 4:
        return None
    try:
        x, y, w, h = (int(str(v)) for v in values)
    except ValueError:
        return None
    return QRect(x, y, w, h) if w > 0 and h > 0 else None


def _fits(size: QSize, available: QRect) -> bool:
    return (size.width() + FRAME_ALLOWANCE.width() <= available.width()
            and size.height() + FRAME_ALLOWANCE.height() <= available.height())


def _inside(rect: QRect, available: QRect) -> QRect:
    """`rect` moved (not resized) so that it and its frame lie inside `available`."""
    frame_top = FRAME_ALLOWANCE.height() - FRAME_ALLOWANCE.width() // 2
    side = FRAME_ALLOWANCE.width() // 2
    x = min(max(rect.x(), available.left() + side), available.right() - side - rect.width() + 1)
    y = min(max(rect.y(), available.top() + frame_top), available.bottom() - side - rect.height() + 1)
    return QRect(QPoint(x, y), rect.size())
