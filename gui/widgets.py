"""Small widget helpers every window and dialog uses: re-polishing after a style property changes, form rows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


def repolish(widget: QWidget, children: bool = False) -> None:
    """Style sheets read dynamic properties (e.g. [level="error"]) only when a widget is polished."""
    style = widget.style()
    for target in (widget, *(widget.findChildren(QWidget) if children else ())):
        style.unpolish(target)
        style.polish(target)


def named_label(parent: QWidget, name: str, accessible: str, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    label.setWordWrap(True)
    return label


def hint(text: str, parent: QWidget) -> QLabel:
    """A wrapped secondary line (style: QLabel[role="hint"])."""
    label = QLabel(text, parent)
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    return label


def field(parent: QWidget, name: str, placeholder: str = "", secret: bool = False) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def left(widget: QWidget) -> QHBoxLayout:
    """A row holding `widget` at its natural width, on the left."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


def button(parent: QWidget, text: str, slot: Callable[[], None]) -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setAccessibleName(text.rstrip("…"))
    widget.clicked.connect(slot)
    return widget
