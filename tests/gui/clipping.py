"""A walk over a widget tree that lists every visible text cut short without a tooltip carrying it.

Measured with each widget's own font metrics and style: a label that does not wrap must be as wide as its
size hint; a wrapped one as tall as its text needs at its width; a button as wide as its size hint; a tab, a
header section or a table cell as wide as its text plus the padding the style adds. A text that does not fit
passes when the widget's (or the cell's) tooltip carries it: the full text is one hover away.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

CELL_PADDING = 20        # the failure table's style sheet pads items 10 px each side


def clipped(root: QWidget) -> list[str]:
    """One line per text cut short: `Class#objectName "text": needs N px, has M px`."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        found.extend(_check(widget))
    return found


def carried(tip: object, text: str) -> bool:
    """Whether a tooltip holds the whole of `text` (each of its lines; mnemonics and spacing aside)."""
    if not isinstance(tip, str) or not tip:
        return False
    flat = " ".join(tip.replace("&", "").split())
    return all(" ".join(line.replace("&", "").split()) in flat for line in text.split("\n"))


def _name(widget: QWidget, text: str) -> str:
    short = text.replace("\n", "⏎")
    return f'{type(widget).__name__}#{widget.objectName() or "-"} "{short[:80]}"'


def _check(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return _label(widget)
    if isinstance(widget, QAbstractButton) and widget.text():
        need = widget.sizeHint().width()
        if need > widget.width() and not carried(widget.toolTip(), widget.text()):
            return [f"{_name(widget, widget.text())}: needs {need} px, has {widget.width()}"]
        return []
    if isinstance(widget, QTabBar):
        return _tabs(widget)
    if isinstance(widget, QLineEdit):
        return _placeholder(widget)
    if isinstance(widget, QComboBox):
        return _combo(widget)
    if isinstance(widget, QHeaderView):
        return _sections(widget)
    if isinstance(widget, QAbstractItemView):
        return _cells(widget)
    return []


def _label(label: QLabel) -> list[str]:
    text = label.text()
    if not text or carried(label.toolTip(), text):
        return []
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + 1:
            return [f"{_name(label, text)}: needs {need} px high, has {label.height()}"]
        return []
    need = label.sizeHint().width()
    if need > label.width() + 1:
        return [f"{_name(label, text)}: needs {need} px, has {label.width()}"]
    return []


def _tabs(bar: QTabBar) -> list[str]:
    out = []
    metrics = bar.fontMetrics()
    for i in range(bar.count()):
        text = bar.tabText(i).replace("&", "")
        if carried(bar.tabToolTip(i), text):
            continue
        need = metrics.horizontalAdvance(text) + 8
        if need > bar.tabRect(i).width():
            out.append(f"{_name(bar, text)}: needs {need} px, has {bar.tabRect(i).width()}")
    return out


def _placeholder(edit: QLineEdit) -> list[str]:
    text = edit.placeholderText()
    if edit.text() or not text or carried(edit.toolTip(), text):
        return []
    room = edit.contentsRect()
    margins = edit.textMargins()
    left, right = room.left() + margins.left(), room.right() - margins.right()
    for child in edit.findChildren(QWidget):   # the leading/trailing action buttons take their room
        if child.isVisibleTo(edit):
            if child.geometry().center().x() < edit.width() // 2:
                left = max(left, child.geometry().right())
            else:
                right = min(right, child.geometry().left())
    has = right - left - 4   # the frame's inner margin (QLineEdit's horizontalMargin, 2 px each side)
    need = edit.fontMetrics().horizontalAdvance(text)
    return [f"{_name(edit, text)}: needs {need} px, has {has}"] if need > has else []


def _combo(combo: QComboBox) -> list[str]:
    text = combo.currentText()
    if not text or carried(combo.toolTip(), text):
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    need = combo.fontMetrics().horizontalAdvance(text)
    return [f"{_name(combo, text)}: needs {need} px, has {field.width()}"] if need > field.width() else []


def _sections(header: QHeaderView) -> list[str]:
    """Each shown section at least as wide as the header itself would make it for its text (style sheet
    padding and font included: QHeaderView.sectionSizeFromContents)."""
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    out = []
    last = header.logicalIndex(header.count() - 1)
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = str(model.headerData(logical, Qt.Orientation.Horizontal) or "")
        tip = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if not text or carried(tip, text):
            continue
        need = header.sectionSizeFromContents(logical).width()
        has = header.sectionSize(logical)
        if logical == last and header.stretchLastSection():   # stretched: as wide as the view leaves it
            has = max(has, header.viewport().width() - header.sectionViewportPosition(logical))
        if need > has:
            out.append(f"{_name(header, text)}: needs {need} px, has {has}")
    return out


def _cells(view: QAbstractItemView) -> list[str]:
    """The cells of the rows in view: a text wider than its column needs a tooltip, or a wrapped row tall enough."""
    model = view.model()
    if model is None or not hasattr(view, "columnWidth"):
        return []
    viewport: QRect = view.viewport().rect()
    out = []
    metrics = view.fontMetrics()
    wrap = bool(getattr(view, "wordWrap", lambda: False)())
    for row in range(model.rowCount()):
        first = view.visualRect(model.index(row, 0))
        if first.top() > viewport.bottom():
            break
        if first.bottom() < viewport.top():
            continue
        for col in range(model.columnCount()):
            index: QModelIndex = model.index(row, col)
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if not text or carried(index.data(Qt.ItemDataRole.ToolTipRole), text):
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            cell_metrics = QFontMetrics(font) if isinstance(font, QFont) else metrics
            rect = view.visualRect(index)
            need = max(cell_metrics.horizontalAdvance(line) for line in text.split("\n")) + CELL_PADDING
            if need <= rect.width():
                continue
            if wrap:
                words = max(cell_metrics.horizontalAdvance(w) for w in text.split()) + CELL_PADDING
                high = cell_metrics.boundingRect(QRect(0, 0, rect.width() - CELL_PADDING, 10_000),
                                                 int(Qt.TextFlag.TextWordWrap), text).height()
                if words <= rect.width() and high <= rect.height():
                    continue
            out.append(f"{_name(view, text)} (row {row}, column {col}): needs {need} px, has {rect.width()}")
    return out
