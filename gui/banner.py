"""The two strips at the top of the window: the verdict banner and a non-modal message line.

Colours come from the style sheet (gui/style.py) through a dynamic `state`/`level` property, so a theme
change touches one file.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget


class BannerState(StrEnum):
    UNKNOWN = "unknown"    # never refreshed: no verdict yet
    FAILING = "failing"
    CLEAN = "clean"


def _repolish(widget: QWidget) -> None:
    """Style sheets read dynamic properties only when a widget is polished."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    for child in widget.findChildren(QWidget):
        style.unpolish(child)
        style.polish(child)


class Banner(QFrame):
    """"N invoices cannot sync" (amber), "All in-scope invoices can sync" (green) or "not checked" (grey)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.badge = QLabel(self)
        self.badge.setObjectName("bannerBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setFixedSize(40, 40)
        self.badge.setAccessibleName(self.tr("Status"))
        self.title = QLabel(self)
        self.title.setObjectName("bannerTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("bannerSubtitle")
        self.subtitle.setWordWrap(True)

        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.subtitle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(14)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(texts, 1)
        self.state = BannerState.UNKNOWN
        self.show_unknown()

    def show_result(self, invoices: int, causes: int) -> None:
        """The verdict of a diagnosis: how many distinct invoices fail, over how many distinct causes."""
        if invoices == 0:
            self._set(BannerState.CLEAN, "\u2713", self.tr("All in-scope invoices can sync"),
                      self.tr("Every open and paid HubSpot invoice has what QuickBooks needs."))
            return
        # The singular is its own string: without a loaded .qm, "%n" forms cannot pluralize English.
        title = (self.tr("1 invoice cannot sync") if invoices == 1
                 else self.tr("%n invoices cannot sync", "", invoices))
        subtitle = (self.tr("One cause found. Each row below is one reason QuickBooks would reject an invoice.")
                    if causes == 1 else
                    self.tr("%n different causes found. Each row below is one reason QuickBooks would "
                            "reject an invoice.", "", causes))
        self._set(BannerState.FAILING, "!", title, subtitle)

    def show_unknown(self) -> None:
        self._set(BannerState.UNKNOWN, "?", self.tr("Not checked yet"),
                  self.tr("Refresh to compare your HubSpot invoices with QuickBooks."))

    def _set(self, state: BannerState, glyph: str, title: str, subtitle: str) -> None:
        self.state = state
        self.badge.setText(glyph)
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.setAccessibleName(title)
        self.setAccessibleDescription(subtitle)
        self.setProperty("state", state.value)
        _repolish(self)


class MessageLevel(StrEnum):
    INFO = "info"
    ERROR = "error"


class MessageStrip(QFrame):
    """A message that stays until dismissed or replaced; never a modal box (the user may be mid-task)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageStrip")
        self.label = QLabel(self)
        self.label.setObjectName("messageText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("messageClose")
        self.close_button.setText("\u00d7")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.level = MessageLevel.INFO
        self.hide()

    def show_message(self, text: str, level: MessageLevel) -> None:
        self.level = level
        self.label.setText(text)
        self.label.setAccessibleName(self.tr("Error") if level is MessageLevel.ERROR else self.tr("Note"))
        self.setProperty("level", level.value)
        _repolish(self)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def clear(self) -> None:
        self.label.clear()
        self.hide()
