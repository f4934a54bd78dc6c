"""Small widget helpers every window and dialog uses: re-polishing after a style property changes, form rows, and
weak back-references from a child widget to its owner."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any, Generic, TypeVar

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


T = TypeVar("T")


class Owner(Generic[T]):
    """A class attribute that stores its value weakly: `self.fw = wizard` in a child widget then reaches the
    owner without making a reference cycle through both (gui.gc_policy, rule 3)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = f"_owner_{name}"

    def __get__(self, obj: Any, objtype: type | None = None) -> T:
        ref = obj.__dict__.get(self.slot)
        value = ref() if ref is not None else None
        if value is None:
            raise RuntimeError(f"the owner behind {self.slot[7:]} is gone")
        return value  # type: ignore[no-any-return]

    def __set__(self, obj: Any, value: T) -> None:
        obj.__dict__[self.slot] = weakref.ref(value)
