"""What a person reads: every visible text of a widget tree, a PDF's pages, and English left in a Spanish window."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QAbstractButton, QHeaderView, QLabel, QLineEdit, QTableWidget, QTreeWidget, QWidget

ENGLISH = re.compile(r"invoice id|\bYes\b|Due date|\bNumber\b|\bCustomer\b|Email\b|Currency|Contact's email|"
                     r"Name the new customer|Already used by|QuickBooks invoice|credit memo|Total in|Lines in|"
                     r"\b(New|Change|Link|Unlink|Send invoice|Delete): |differs from|already used|The invoice|"
                     r"\((in)?active\)|Not sent|Refused|Changed by someone|\bdays?\b|differences|selected|"
                     r"No QuickBooks|ProductAndServicesPrefs")


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person sees (or hears, for accessible names) in `root`: labels, buttons, line edits,
    table cells and headers, tree rows and headers."""
    out = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        out.append(w.accessibleName())
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        if isinstance(w, QLineEdit):
            out += [w.text(), w.placeholderText()]
        if isinstance(w, QTableWidget):
            out += [w.horizontalHeaderItem(c).text() for c in range(w.columnCount()) if w.horizontalHeaderItem(c)]
            out += [w.item(r, c).text() for r in range(w.rowCount()) for c in range(w.columnCount()) if w.item(r, c)]
        if isinstance(w, QTreeWidget):
            items = [w.headerItem(), *(w.topLevelItem(i) for i in range(w.topLevelItemCount()))]
            out += [i.text(c) for i in items for c in range(w.columnCount())]
        if isinstance(w, QHeaderView) and w.model() is not None:
            out += [str(w.model().headerData(s, w.orientation())) for s in range(w.count())]
    return [s for s in out if s]


def english_in(texts: list[str]) -> list[str]:
    return [s for s in texts if ENGLISH.search(s)]


def pdf_text(path: Path) -> list[str]:
    """Each page's text, with ligatures unfolded and whitespace collapsed (pypdf spaces words with tabs)."""
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split()) for page in PdfReader(path).pages]
