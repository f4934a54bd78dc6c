"""The first page a new user sees (no client company saved yet): try the demo, or connect a client company.

The page only asks; the window opens the demo or adds the company (signals `demo_requested`,
`connect_requested`).
"""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

_STYLE = """
#welcomeTitle { font-size: 20pt; font-weight: 600; }
#welcomeIntro, QLabel[role="choiceHint"] { color: palette(placeholder-text); }
QPushButton[role="choice"] { padding: 10px 18px; font-size: 12pt; font-weight: 600; text-align: left; }
#welcomeBox { border: 1px solid palette(mid); border-radius: 10px; background: palette(base); }
"""


class WelcomePage(QWidget):
    demo_requested = Signal()
    connect_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setStyleSheet(_STYLE)
        box = QFrame(self)
        box.setObjectName("welcomeBox")
        box.setFixedWidth(600)   # a fixed width gives the wrapped texts one height: nothing is cut short
        title = QLabel(self.tr("Welcome to Sync Doctor"), box)
        title.setObjectName("welcomeTitle")
        intro = QLabel(self.tr(
            "Sync Doctor finds the HubSpot invoices that did not reach QuickBooks, explains why in plain words, "
            "and helps you fix the cause. Nothing is changed in either system until you confirm a fix."), box)
        intro.setObjectName("welcomeIntro")
        intro.setWordWrap(True)
        self.demo_button = self._choice(box, self.tr("Try the demo company"), self.demo_requested)
        demo_hint = self._hint(box, self.tr(
            "A made-up company with typical sync problems, on this computer only. Nothing real is touched."))
        self.connect_button = self._choice(box, self.tr("Connect a client company…"), self.connect_requested)
        connect_hint = self._hint(box, self.tr(
            "Give the company a name, then sign in to its HubSpot account and its QuickBooks company. Sync Doctor "
            "then checks every invoice."))
        inner = QVBoxLayout(box)
        inner.setContentsMargins(28, 24, 28, 28)
        inner.setSpacing(10)
        for label in (title, intro):
            inner.addWidget(label)
        inner.addSpacing(12)
        for widget in (self.demo_button, demo_hint, self.connect_button, connect_hint):
            inner.addWidget(widget)
            if widget is demo_hint:
                inner.addSpacing(8)
        row = QHBoxLayout()   # centred by stretches, not alignment: an aligned item would get its size hint,
        row.addStretch(1)     # which ignores the height the wrapped texts need at this width
        row.addWidget(box)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _choice(self, parent: QWidget, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text, parent)
        button.setProperty("role", "choice")
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(signal)
        return button

    def _hint(self, parent: QWidget, text: str) -> QLabel:
        label = QLabel(text, parent)
        label.setProperty("role", "choiceHint")
        label.setWordWrap(True)
        return label
