"""The invoice card's status lines: what an invoice without a failure is at (synced, ready, out of scope); when
a failure was first seen and last checked, and QuickBooks' own words when it refused a write about the
invoice (code and message as QuickBooks sent them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

from core.failure_history import FailureHistory
from core.panel import OUT_OF_SCOPE, READY, SYNCED


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


def status_note(status: str) -> str:
    """For an invoice nothing is wrong with: where it stands ("" for the statuses the causes explain)."""
    if status == SYNCED:
        return QCoreApplication.translate("InvoiceCard", "This invoice is in QuickBooks, and the last check found "
                                          "nothing wrong with it.")
    if status == READY:
        return QCoreApplication.translate("InvoiceCard", "Nothing stops this invoice from syncing: it is ready "
                                          "to be sent to QuickBooks.")
    if status == OUT_OF_SCOPE:
        return QCoreApplication.translate("InvoiceCard", "Only open and paid invoices are synced, so this one "
                                          "is not checked.")
    return ""
