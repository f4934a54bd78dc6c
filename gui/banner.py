"""The strips at the top of the window: the verdict banner, a connection warning and a non-modal message line.

Colours come from the style sheet (gui/style.py) through a dynamic `state`/`level` property, so a theme
change touches one file.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from gui import icons
from gui.widgets import repolish


class BannerState(StrEnum):
    UNKNOWN = "unknown"    # never refreshed: no verdict yet
    FAILING = "failing"
    CLEAN = "clean"


class Banner(QFrame):
    """"N invoices cannot sync" (amber) with a Details action, "All in-scope invoices can sync" (green) or
    "not checked" (grey)."""

    details_requested = Signal()

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

        self.amount = QLabel(self)   # beside the count: what the failing invoices add up to, per currency
        self.amount.setObjectName("bannerAmount")
        self.amount.setWordWrap(True)
        self.amount.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = QHBoxLayout()
        heading.setSpacing(12)
        heading.addWidget(self.title)
        heading.addWidget(self.amount, 1, Qt.AlignmentFlag.AlignBaseline)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addLayout(heading)
        texts.addWidget(self.subtitle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(14)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(texts, 1)
        self.details_button = QPushButton(self.tr("Details"), self)
        self.details_button.setObjectName("bannerDetails")
        self.details_button.setIcon(icons.icon("details"))
        self.details_button.setAccessibleName(self.tr("Details of the sync failures"))
        self.details_button.setToolTip(self.tr("Show every failing invoice and why it fails"))
        self.details_button.clicked.connect(self.details_requested)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.state = BannerState.UNKNOWN
        self.show_unknown()

    def show_result(self, invoices: int, causes: int, ignored: int = 0, blocked: str = "") -> None:
        """The verdict of a diagnosis: how many distinct invoices fail, over how many distinct causes, and the
        amount they hold back (`blocked`, already formatted); invoices whose every cause was ignored are not
        counted, only mentioned."""
        self.amount.setText(self.tr("{amount} blocked").format(amount=blocked) if invoices and blocked else "")
        self.amount.setVisible(bool(invoices and blocked))
        note = "" if not ignored else " " + (self.tr("1 invoice is ignored.") if ignored == 1
                                              else self.tr("%n invoices are ignored.", "", ignored))
        if invoices == 0:
            self._set(BannerState.CLEAN, "\u2713", self.tr("All in-scope invoices can sync"),
                      self.tr("Every open and paid HubSpot invoice has what QuickBooks needs.") + note)
            return
        # The singular is its own string: without a loaded .qm, "%n" forms cannot pluralize English.
        title = (self.tr("1 invoice cannot sync") if invoices == 1
                 else self.tr("%n invoices cannot sync", "", invoices))
        subtitle = (self.tr("One cause found. Pick an invoice below to see why QuickBooks would reject it.")
                    if causes == 1 else
                    self.tr("%n different causes found. Pick a cause to see its invoices, or an invoice to see "
                            "why QuickBooks would reject it.", "", causes))
        self._set(BannerState.FAILING, "!", title, subtitle + note)

    def show_unknown(self) -> None:
        self.amount.hide()
        self._set(BannerState.UNKNOWN, "?", self.tr("Not checked yet"),
                  self.tr("Refresh to compare your HubSpot invoices with QuickBooks."))

    def _set(self, state: BannerState, glyph: str, title: str, subtitle: str) -> None:
        self.state = state
        self.badge.setText(glyph)
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.setAccessibleName(f"{title} ({self.amount.text()})" if self.amount.isVisibleTo(self) else title)
        self.setAccessibleDescription(subtitle)
        self.setProperty("state", state.value)
        self.details_button.setVisible(state is BannerState.FAILING)
        repolish(self, children=True)


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
        repolish(self, children=True)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def clear(self) -> None:
        self.label.clear()
        self.hide()


class ConnectionStrip(QFrame):
    """Connection problems (a service unreachable, a login expired): separate from the verdict and from
    passing messages, because they say the verdict itself may be out of date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionStrip")
        self.icon = QLabel(self)
        self.icon.setPixmap(icons.icon("warning").pixmap(20, 20))
        self.label = QLabel(self)
        self.label.setObjectName("connectionText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Connection problem"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.hide()

    def set_text(self, text: str | None) -> None:
        self.label.setText(text or "")
        self.setAccessibleDescription(text or "")
        self.setVisible(bool(text))

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()
