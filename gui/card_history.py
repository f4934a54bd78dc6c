"""The invoice card's history line: when the failure was first seen and last checked, and QuickBooks' own words
when it refused a write about the invoice (code and message as QuickBooks sent them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

from core.failure_history import FailureHistory


def when(iso: str | None) -> str:
    """ISO time -> local "7 Dec 2026, 18:20"; unreadable text as it is."""
    if not iso:
        return ""
    stamp = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not stamp.isValid():
        return iso
    local, loc = stamp.toLocalTime(), QLocale()
    return f"{loc.toString(local.date(), 'd MMM yyyy')}, {loc.toString(local.time(), QLocale.FormatType.ShortFormat)}"


def history_lines(history: FailureHistory | None, failing: bool) -> list[str]:
    """What the card says about the failure's history (nothing for an invoice without a failure)."""
    if history is None:
        return []
    lines = []
    if failing and history.first_seen:
        lines.append(QCoreApplication.translate("InvoiceCard", "First seen {first}; last checked {last}.").format(
            first=when(history.first_seen), last=when(history.last_checked)))
    if history.reply is not None:
        reply = history.reply
        lines.append(QCoreApplication.translate("InvoiceCard", "QuickBooks replied on {when}: error {code}: {text}")
                     .format(when=when(reply.at), code=reply.code, text=reply.text) if reply.code else
                     QCoreApplication.translate("InvoiceCard", "QuickBooks replied on {when}: {text}")
                     .format(when=when(reply.at), text=reply.text))
    return lines
