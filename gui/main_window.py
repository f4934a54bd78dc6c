"""The main window: verdict banner, refresh row, cause cards, filters, the failure table and the invoice card.

All core work goes through the task bridge on the session's cache key; the window only reacts to the Task
signals (bound methods, never lambdas). Widget building lives in gui.panel_layout and the invoice card's
handling in gui.panel_card (MainWindow's bases, one over the other). Widgets built by others hang off
`top_row`, `snapshot_changed`, `export_requested` and `set_connection_warning`.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from functools import partial

from PySide6.QtCore import QDateTime, QEvent, QItemSelectionModel, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from core.errors import UserError
from core.failures.base import LANGUAGES
from core.panel import PanelSummary
from core.progress import REQUESTS, TIME_LEFT
from core.services import panel
from core.services.entries import ATTENTION, IGNORED, InvoiceEntry, blocked_amounts, cause_counts, summary_counts
from gui import gc_policy, i18n, window_geometry
from gui.banner import MessageLevel
from gui.cache_rescue import CacheRescue
from gui.failures_model import FailuresModel, Filter, format_amount
from gui.panel_layout import HEADER_KEY, LANGUAGE_KEY, PanelLayout, settings
from gui.progress_text import ProgressText
from gui.session import Session
from gui.style import STYLE_SHEET
from gui.tasks import Task, TaskBridge

__all__ = ["HEADER_KEY", "LANGUAGE_KEY", "MainWindow", "RefreshOutcome", "default_lang", "settings"]

log = logging.getLogger(__name__)


def default_lang() -> str:
    saved = str(settings().value(LANGUAGE_KEY, "") or "")
    lang = saved or QLocale().name()[:2]
    return lang if lang in LANGUAGES else "en"


class RefreshOutcome(StrEnum):
    OK = "ok"
    ERROR = "error"
    CANCELLED = "cancelled"


class MainWindow(PanelLayout):
    refresh_finished = Signal(str)   # a RefreshOutcome value, after the window has been updated
    snapshot_changed = Signal()      # new rows shown (from the cache or a refresh)
    summary_shown = Signal()         # at start: the cache's banner and cause counts shown, its rows still loading
    card_loaded = Signal(str)        # the invoice card's side-by-side arrived for this invoice id
    ignores_changed = Signal()       # an Ignore/Unignore was stored and shown
    export_requested = Signal()      # Ctrl+E; the export dialog listens
    wizard_opened = Signal(object)   # the QWizard just shown by open_fix_wizard

    def __init__(self, session: Session, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang or default_lang()
        self.bridge = TaskBridge(self)
        self.rescue = CacheRescue(self)
        self.model = FailuresModel(self, lang=self.lang)
        self.last_refreshed: str | None = None
        self.snapshot: panel.Snapshot | None = None
        self._by_id: dict[str, InvoiceEntry] = {}
        self._card_qbo_id: str | None = None
        self._counts_fresh = False
        self._refresh_task: Task | None = None
        self._read: dict[str, int] = {}   # records read per step, and requests sent, by the running refresh
        self._step = ""
        self._sized = False   # the running refresh reported its size: the bar is a percentage, not busy
        self._progress_text = ProgressText(self)
        self._outcome = RefreshOutcome.OK
        sandbox_state = getattr(session.sandbox, "state", None)   # the demo knows its own portal id
        self._portal_hint: str | None = sandbox_state.hubspot.portal_id if sandbox_state is not None else None
        self._build_ui()
        self._build_actions()
        window_geometry.restore(self)   # inside the screen it opens on, where it was left
        self.remember_geometry = True   # False for a window that is not the user's (a screenshot's)
        self.setWindowTitle(self.tr("Sync Doctor — {profile}").format(profile=session.profile))
        if not session.online:
            self.show_message(self.tr(
                "No connection is configured, so Refresh is unavailable. Showing the invoices saved on this "
                "computer for profile “{profile}”.").format(profile=session.profile), MessageLevel.INFO)
        self._update_controls()

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return i18n.tr_along(self, source, disambiguation, n)   # its bases' plurals too (gui.i18n.tr_along)

    @property
    def cache_key(self) -> tuple[str, str]:
        """Every job that reads or writes this profile's cache runs in this one serial queue."""
        return (self.session.profile, "cache")

    # ---- commands -------------------------------------------------------------------------------------
    def load_cache(self) -> Task:
        """Show what the cache already holds (in the background; queued before any refresh). The first time,
        the banner and cause counts come first, counted in SQL; the rows (seconds at 50,000) follow."""
        if self.snapshot is None:
            self.bridge.submit(self.cache_key, partial(panel.load_summary, self.session.db_path),
                               name="load summary", succeeded=self.show_summary, failed=self._on_load_failed)
        return self.bridge.submit(self.cache_key, partial(panel.load_cached, self.session.db_path),
                                  name="load cache", succeeded=self.show_snapshot, failed=self._on_load_failed)

    def refresh(self) -> Task | None:
        """Refresh + diagnose in the background. None when offline or already refreshing."""
        endpoints = self.session.endpoints
        if endpoints is None or self.is_refreshing():
            return None
        if self.messages.level is MessageLevel.ERROR:
            self.messages.clear()  # the old error is about the old attempt
        self._outcome = RefreshOutcome.OK
        job = partial(panel.refresh_and_diagnose, endpoints, self.session.db_path)
        self._refresh_task = self.bridge.submit(
            self.cache_key, job, name="refresh",
            progress=self._on_progress, succeeded=self._on_refreshed, failed=self._on_refresh_failed,
            cancelled=self._on_refresh_cancelled, finished=self._on_refresh_finished)
        self.progress.setRange(0, 0)
        self._read, self._step, self._sized = {}, self.tr("Starting…"), False
        self.progress_step.setText(self._step)
        self._update_controls()
        return self._refresh_task

    def retry(self) -> Task | None:
        """Re-check now: the card's Re-check is a refresh + diagnosis (the only way to know for sure)."""
        return self.refresh()

    def cancel_refresh(self) -> None:
        if self._refresh_task is not None:
            self.progress_step.setText(self.tr("Cancelling…"))
            self._refresh_task.cancel()

    def is_refreshing(self) -> bool:
        return self._refresh_task is not None

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def show_details(self) -> None:
        """The banner's Details: every failing invoice, the first one open."""
        self.filter_bar.clear()
        self.cause_cards.select(None)
        self.table.setFocus()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def set_lang(self, lang: str) -> None:
        """Switch the cause texts live (titles, explanations, cards) and remember the choice."""
        lang = lang if lang in LANGUAGES else "en"
        self.lang = lang
        settings().setValue(LANGUAGE_KEY, lang)
        self.model.set_lang(lang)
        self.cause_cards.set_lang(lang)
        self.filter_bar.set_lang(lang)
        if lang in self.language_actions:
            self.language_actions[lang].setChecked(True)
        if self.snapshot is not None:
            self._show_connection_problems(self.snapshot)
        self._show_card()

    def set_connection_warning(self, text: str | None) -> None:
        """A connection problem (unreachable service, expired login), apart from the verdict; None hides it."""
        self.connection_strip.set_text(text)

    def selected_entries(self) -> list[InvoiceEntry]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.entry_at(r) for r in rows if r < self.model.rowCount()]

    def current_entry(self) -> InvoiceEntry | None:
        return self.card.entry if self.card.isVisible() else None

    def select_invoice(self, invoice_id: str) -> bool:
        row = self.model.row_of(invoice_id)
        if row >= 0:
            # Not selectRow(): it reads the keyboard's modifiers, so a held Ctrl would toggle the row off.
            index = self.model.index(row, 0)
            selection = self.table.selectionModel()
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            selection.select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                             | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
            self._show_card()   # also when the row was already selected (no selectionChanged then)
        return row >= 0

    # ---- showing --------------------------------------------------------------------------------------
    def show_snapshot(self, snapshot: panel.Snapshot) -> None:
        """Replace the panel with `snapshot` (also called directly by screenshot())."""
        keep = self.card.entry.id if self.card.entry is not None and self.card.isVisible() else None
        self._close_card()   # its entry belongs to the old snapshot; reopened below from the new one
        self.snapshot = snapshot
        self._counts_fresh = bool(snapshot.counts) or not snapshot.entries
        self._by_id = {e.id: e for e in snapshot.entries}
        self.model.set_entries(snapshot.entries)
        self.last_refreshed = snapshot.last_refreshed
        self._show_counts()
        self._show_last_refreshed()
        self._show_connection_problems(snapshot)
        if snapshot.entries:
            self.show_rows_or_quiet()
            QTimer.singleShot(0, self.table, self.table.viewport)   # its first call costs ~20 ms: not on a keystroke
            if not self._layout_restored:
                self._fit_columns()
        else:
            self._show_empty_state(checked=snapshot.last_refreshed is not None)
        if keep is not None:
            self.select_invoice(keep)
        self.snapshot_changed.emit()

    def show_summary(self, summary: PanelSummary | None) -> None:
        """The verdict and the cause cards before the rows arrive (ignored once rows are shown)."""
        if summary is None or self.snapshot is not None:
            return
        counts = summary_counts(summary)
        if summary.last_refreshed is None and not summary.invoices:
            self.banner.show_unknown()
        else:
            failing_kinds = {c.kind for c in counts if c.severity == "failure"}
            self.banner.show_result(summary.failing, len(failing_kinds), summary.ignored,
                                    self._blocked_text(summary.blocked))
        self.cause_cards.set_counts(counts, summary.invoices)
        self.filter_bar.set_kinds([c.kind for c in counts])
        self.last_refreshed = summary.last_refreshed
        self._show_last_refreshed()
        if summary.invoices:
            self.empty_label.setText(self.tr("Loading %n invoices…", "", summary.invoices))
            self.table_stack.setCurrentWidget(self.empty_label)
        self.summary_shown.emit()

    def _show_counts(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        entries = snapshot.entries
        counts = snapshot.counts if self._counts_fresh else cause_counts(entries)
        self._counts_fresh = False   # an ignore changes them: recount then
        if snapshot.last_refreshed is None and not entries:
            self.banner.show_unknown()
        else:
            ignored = sum(1 for e in entries if e.status == IGNORED)
            failing_kinds = {c.kind for c in counts if c.severity == "failure"}
            self.banner.show_result(self.model.invoice_count(), len(failing_kinds), ignored,
                                    self._blocked_text(blocked_amounts(entries)))
        self.cause_cards.set_counts(counts, sum(1 for e in entries if e.rows))   # those with a cause
        self.filter_bar.set_kinds([c.kind for c in counts])

    def _blocked_text(self, totals: dict[str, float]) -> str:
        """"28,593.00 USD · 1,200.00 EUR": the amounts held back, one per currency, largest first."""
        ranked = sorted(totals.items(), key=lambda item: -item[1])
        return " · ".join(format_amount(amount, currency, self.lang) for currency, amount in ranked)

    def _show_connection_problems(self, snapshot: panel.Snapshot) -> None:
        lines = []
        for notice in snapshot.connection_problems:
            words = panel.notice_texts(notice.kind, self.lang)
            system = "HubSpot" if notice.evidence.get("system") == "hubspot" else "QuickBooks"
            lines.append(f"{words.title} ({system}): {notice.summary or words.explanation}")
        self.set_connection_warning("\n".join(lines) or None)

    def show_message(self, text: str, level: MessageLevel = MessageLevel.ERROR) -> None:
        self.messages.show_message(text, level)

    def show_error(self, err: BaseException) -> None:
        """A UserError's own words; anything else is a bug: a generic line here, the traceback in the log."""
        if isinstance(err, UserError):
            self.show_message(i18n.error_words(err), MessageLevel.ERROR)
            return
        log.error("unexpected error in a background task", exc_info=(type(err), err, err.__traceback__))
        self.show_message(self.tr("Something went wrong. The details were written to the log."),
                          MessageLevel.ERROR)

    def show_rows_or_quiet(self) -> None:
        """The table; or, when the default view (what needs attention) is empty while other invoices exist,
        words saying so and where the others are."""
        quiet = not self.model.rowCount() and self.model.filter() == Filter(status=ATTENTION)
        if quiet:
            self.empty_label.setText(self.tr("No invoice needs attention. Choose another status in the filter "
                                             "above to see the others."))
        self.table_stack.setCurrentWidget(self.empty_label if quiet else self.table)

    def _show_empty_state(self, checked: bool) -> None:
        if checked:
            text = self.tr("No invoice needs attention. New failures appear here after the next refresh.")
        elif self.session.online:
            text = self.tr("Press Refresh (F5) to check your invoices.")
        else:
            text = self.tr("No invoices are saved on this computer for this profile yet.")
        self.empty_label.setText(text)
        self.table_stack.setCurrentWidget(self.empty_label)

    def _show_last_refreshed(self) -> None:
        when = _format_timestamp(self.last_refreshed)
        text = self.tr("Last refreshed {when}").format(when=when) if when else self.tr("Never refreshed")
        if not self.session.online:
            text += " · " + self.tr("offline: showing saved data")
        self.last_refreshed_label.setText(text)

    def _offline_reason(self) -> str:
        return self.tr("Needs a connection: no connection is configured for profile “{profile}”.").format(
            profile=self.session.profile)

    def _update_controls(self) -> None:
        running, online = self.is_refreshing(), self.session.online
        self.refresh_button.setEnabled(online and not running)
        self.refresh_action.setEnabled(online and not running)
        tip = self.tr("Fetch both systems again and re-check every invoice (F5)")
        self.refresh_button.setToolTip(tip if online else self._offline_reason())
        self.card.set_online(online and not running,
                             self._offline_reason() if not online else self.tr("A refresh is running"))
        self.cancel_action.setEnabled(running)
        for widget in (self.progress_step, self.progress, self.cancel_button):
            widget.setVisible(running)

    # ---- task signals (GUI thread) --------------------------------------------------------------------
    def _on_progress(self, step: str, done: int, total: int) -> None:
        if self._refresh_task is not None and self._refresh_task.is_cancelled():
            return  # keep "Cancelling…" on screen
        if step in (REQUESTS, TIME_LEFT):
            self._read[step] = done
            if step == REQUESTS and total > 0:   # a full refresh knows its size: the bar counts requests
                self._sized = True
                self.progress.setRange(0, total)
                self.progress.setValue(min(done, total))
                self.progress.setFormat("%p%")
        else:
            self._step = _humanize_step(step)
            if step.startswith(("HubSpot ", "QuickBooks ")) and "→" not in step:
                self._read[step] = done   # records of that kind read so far
            if total > 0:
                self.progress.setRange(0, total)
                self.progress.setValue(min(done, total))
                self.progress.setFormat(self.tr("{done} of {total}").format(done=done, total=total))
            elif not self._sized:
                self.progress.setRange(0, 0)  # busy indicator: core does not know the size yet
        self.progress_step.setText(self._progress_text.line(self._step, self._read))

    def _on_refreshed(self, snapshot: panel.Snapshot | None) -> None:
        if snapshot is not None:
            self.show_snapshot(snapshot)

    def _on_refresh_failed(self, err: BaseException) -> None:
        self._outcome = RefreshOutcome.ERROR
        if not self.rescue.handles(err):
            self.show_error(err)

    def _on_refresh_cancelled(self) -> None:
        self._outcome = RefreshOutcome.CANCELLED
        self.show_message(self.tr("Refresh cancelled. The table shows the data from before."),
                          MessageLevel.INFO)

    def _on_refresh_finished(self) -> None:
        self._refresh_task = None
        self._update_controls()
        self.refresh_finished.emit(self._outcome.value)

    def _on_load_failed(self, err: BaseException) -> None:
        if not self.rescue.handles(err):
            self.show_error(err)

    # ---- lifetime -------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ThemeChange):
            self.setStyleSheet(STYLE_SHEET)   # palette(...) in a sheet is resolved when it is set
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """A closed window is finished: its work stops and Qt deletes it on the GUI thread (gui.gc_policy)."""
        self.shutdown()
        super().closeEvent(event)
        if event.isAccepted():
            if self.remember_geometry:
                window_geometry.save(self)
            gc_policy.retire(self)

    def shutdown(self) -> None:
        """Stop background work, then what the session owns (the sandbox). Safe to call twice."""
        self.bridge.shutdown()
        self.session.close()


def _humanize_step(step: str) -> str:
    text = step.replace("_", " ").strip()
    return (text[:1].upper() + text[1:] + "…") if text else ""


def _format_timestamp(iso: str | None) -> str:
    """ISO time from core -> local "24 Nov 2026, 16:20"; unparsable text is shown as it is."""
    if not iso:
        return ""
    stamp = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not stamp.isValid():
        return iso
    local = stamp.toLocalTime()
    loc = QLocale()
    return f"{loc.toString(local.date(), 'd MMM yyyy')}, {loc.toString(local.time(), QLocale.FormatType.ShortFormat)}"
