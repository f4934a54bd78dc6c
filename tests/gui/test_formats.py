"""Amounts, dates and core's messages read the same in the window, through Qt, and in core's own outputs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication

from core import formatting
from core.failures import registry
from gui import i18n

pytestmark = pytest.mark.gui


def test_the_window_s_locale_formats_as_core_does(qapp: QApplication) -> None:
    """Date pickers and charts use QLocale, everything else core.formatting: in Spanish both write 1.234,50 and
    "10 sept 2026", whatever Spanish the system has (es_ES would not group 1234)."""
    before = QLocale()
    for system in ("en_US", "es_ES", "es_MX"):
        QLocale.setDefault(QLocale(system))
        try:
            i18n.install(qapp, "es")
            assert i18n.agrees(QLocale(), "es"), system
            for month in range(1, 13):
                day = QDate(2026, month, 3)
                assert QLocale().toString(day, "d MMM yyyy") == formatting.day(date(2026, month, 3), "es")
            assert QLocale().toString(1234.5, "f", 2) == formatting.money(1234.5, "es")
        finally:
            i18n.uninstall(qapp)
            QLocale.setDefault(before)
    assert i18n.agrees(QLocale("en_US"), "en")


def test_core_messages_read_the_same_through_qt_and_through_core(spanish: None) -> None:
    """The GUI renders core's messages with Qt's translator (.qm), core with its reader of the .ts: same words."""
    messages = [kind.title for kind in registry.KINDS] + [kind.summary({"qbo_invoice_id": "7", "length": 30,
                                                                       "max_length": 21}) for kind in registry.KINDS]
    for message in messages:
        assert i18n.text(message) == message.render("es"), message.source
