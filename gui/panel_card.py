"""The invoice card beside the table: selection, filters, guided fixes, ignores and links to both systems."""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QWizard

from core import links
from core.services import panel
from core.services.entries import InvoiceEntry
from gui.failures_model import Filter
from gui.tasks import Task

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QSplitter, QTableView

    from gui.cause_cards import CauseCards
    from gui.failures_model import FailuresModel
    from gui.filter_bar import FilterBar
    from gui.invoice_card import InvoiceCardPanel
    from gui.session import Session
    from gui.tasks import TaskBridge

log = logging.getLogger("gui.main_window")   # the window's logger, as before these methods moved here


if TYPE_CHECKING:
    class _Window(QMainWindow):
        """Typing only: what MainWindow holds and does, and the widgets PanelLayout builds (lupdate misreads such stubs
        inside the class itself, so they live here)."""

        card_loaded = Signal(str)
        ignores_changed = Signal()
        wizard_opened = Signal(object)
        session: Session
        lang: str
        bridge: TaskBridge
        model: FailuresModel
        snapshot: panel.Snapshot | None
        _by_id: dict[str, InvoiceEntry]
        _card_qbo_id: str | None
        _portal_hint: str | None
        card: InvoiceCardPanel
        table: QTableView
        splitter: QSplitter
        filter_bar: FilterBar
        cause_cards: CauseCards
        hubspot_action: QAction
        qbo_action: QAction

        @property
        def cache_key(self) -> tuple[str, str]: ...
        def load_cache(self) -> Task: ...
        def show_error(self, err: BaseException) -> None: ...
        def show_rows_or_quiet(self) -> None: ...
        def selected_entries(self) -> list[InvoiceEntry]: ...
        def current_entry(self) -> InvoiceEntry | None: ...
        def _show_counts(self) -> None: ...
        def _keep_columns_in_view(self) -> None: ...
else:
    _Window = QMainWindow


class CardActions(_Window):
    """MainWindow's card, fix, ignore and link handling: the first of its bases (PanelLayout builds on it)."""

    # ---- fix, ignore, links ---------------------------------------------------------------------------
    def wizard_class(self, kind: str) -> Any:
        """The registered wizard for `kind`, or None (the registry may not exist yet, or lack the kind)."""
        import gui.wizards  # the fix machinery loads when a card first asks, not before the window shows

        lookup = getattr(gui.wizards, "wizard_for", None)
        if not callable(lookup):
            return None
        try:
            return lookup(kind)
        except ImportError:   # a registered wizard module that is missing or broken: Fix stays disabled
            log.warning("the wizard for %s cannot be loaded", kind, exc_info=True)
            return None

    def open_fix_wizard(self, kind: str, invoice_ids: list[str]) -> QWizard | None:
        """Open `kind`'s wizard over those invoices' failures of that kind; None when there is none."""
        factory = self.wizard_class(kind)
        wanted = set(invoice_ids)
        failures = [r for e in self._by_id.values() if e.id in wanted for r in e.rows if r.kind == kind]
        if factory is None or not failures:
            return None
        wizard: QWizard = factory(failures, self.session, self.bridge, self, kind=kind, lang=self.lang)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        cache_changed = getattr(wizard, "cache_changed", None)
        if cache_changed is not None:
            cache_changed.connect(self.load_cache)   # a fix re-diagnosed the cache: show the new verdict
        wizard.show()
        self.wizard_opened.emit(wizard)
        return wizard

    def fix_all(self, kind: str) -> QWizard | None:
        """The bulk wizard over every invoice failing for `kind` (those ignored for it left out)."""
        ids = [e.id for e in self._by_id.values() if kind in e.kinds and kind not in e.ignored]
        return self.open_fix_wizard(kind, ids)

    def next_cause(self, after: str) -> tuple[str, list[str]] | None:
        """The cause to fix after `after`, as the cards order them (root causes first), with its invoices."""
        for count in self.cause_cards.counts():
            if count.kind != after and count.severity == "failure" and self.wizard_class(count.kind) is not None:
                ids = [e.id for e in self._by_id.values() if count.kind in e.kinds and count.kind not in e.ignored]
                if ids:
                    return count.kind, ids
        return None

    def fix_current(self) -> QWizard | None:
        entry = self.current_entry()
        return self._on_fix_requested(entry.rows[0].kind) if entry and entry.rows else None

    def ignore(self, kind: str, invoice_ids: list[str], reason: str) -> Task:
        job = partial(panel.set_ignored, self.session.db_path, list(invoice_ids), kind, reason)
        return self.bridge.submit(self.cache_key, job, name="ignore", succeeded=self._on_ignores_stored,
                                  failed=self.show_error)

    def unignore(self, kind: str, invoice_ids: list[str]) -> Task:
        job = partial(panel.set_ignored, self.session.db_path, list(invoice_ids), kind, None)
        return self.bridge.submit(self.cache_key, job, name="unignore", succeeded=self._on_ignores_stored,
                                  failed=self.show_error)

    def open_url(self, url: str) -> bool:
        """The one place a browser is launched (tests replace QDesktopServices.openUrl)."""
        return bool(QDesktopServices.openUrl(QUrl(url)))

    def open_in_hubspot(self) -> bool:
        entry, portal = self.current_entry(), self._portal()
        return entry is not None and bool(portal) and self.open_url(links.hubspot_invoice_url(str(portal), entry.id))

    def open_in_quickbooks(self) -> bool:
        return bool(self._card_qbo_id) and self.open_url(links.qbo_invoice_url(str(self._card_qbo_id)))

    def _portal(self) -> str | None:
        return (self.snapshot.portal_id if self.snapshot else None) or self._portal_hint

    def _targets(self, kind: str) -> list[str]:
        """The invoices an action on `kind` applies to: the selected ones with that cause, else the open one."""
        ids = [e.id for e in self.selected_entries() if kind in e.kinds]
        entry = self.current_entry()
        return ids or ([entry.id] if entry else [])

    def _on_fix_requested(self, kind: str) -> QWizard | None:
        return self.open_fix_wizard(kind, self._targets(kind))

    def _on_ignore_requested(self, kind: str, reason: str) -> None:
        self.ignore(kind, self._targets(kind), reason)

    def _on_unignore_requested(self, kind: str) -> None:
        self.unignore(kind, self._targets(kind))

    def _on_ignores_stored(self, result: panel.IgnoreResult) -> None:
        made = {x.hubspot_invoice_id: x for x in result.made}
        for inv in result.invoice_ids:
            entry = self._by_id.get(inv)
            if entry is None:
                continue
            if inv in made:
                entry.ignore(result.kind, made[inv])
            else:
                entry.ignore(result.kind, None)
            entry.update_status()
        self.model.entries_changed(set(result.invoice_ids))
        self._show_counts()
        self._show_card()
        self.ignores_changed.emit()

    # ---- table, filters and the card ------------------------------------------------------------------
    def _on_card_kind(self, kind: object) -> None:
        self.filter_bar.set_kind(kind if isinstance(kind, str) else None)

    def _on_filter_changed(self, spec: Filter) -> None:
        self.model.set_filter(spec)
        self.cause_cards.select(spec.kind)

    def _on_rows_filtered(self) -> None:
        """After a re-filter or re-sort the view lost its selection: put the open invoice back, if shown. A
        search that finds nothing under the chosen status but finds invoices under another one says so."""
        self.filter_bar.show_elsewhere(self.model.hidden_matches())
        if self.snapshot is not None and self.snapshot.entries:
            self.show_rows_or_quiet()
        entry = self.card.entry if self.card.isVisible() else None
        if entry is not None:
            row = self.model.row_of(entry.id)
            if row >= 0:
                self.table.selectionModel().blockSignals(True)   # same invoice: no reload of its card
                self.table.selectRow(row)
                self.table.selectionModel().blockSignals(False)
                self.table.viewport().update()
            else:   # the filter hid it: a card for an invoice the table no longer shows would mislead
                self._close_card()

    def _on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        del selected, deselected
        self._show_card()

    def _show_card(self) -> None:
        current = self.table.currentIndex()
        chosen = self.selected_entries()
        entry = None
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row()):
            entry = self.model.entry_at(current.row())
        elif chosen:
            entry = chosen[0]
        if entry is None:
            self._close_card()
            return
        reload = self.card.entry is None or self.card.entry.id != entry.id or not self.card.isVisible()
        self.card.show_entry(entry, self.lang, max(len(chosen), 1))
        self.card.set_fix_state({kind: self._fix_state(kind) for kind in entry.kinds})
        if reload:
            self._card_qbo_id = None
            self.bridge.submit(self.cache_key, partial(panel.load_card, self.session.db_path, entry.id, entry.status),
                               name="invoice card", succeeded=self._on_card_result, failed=self.show_error)
        self._show_link_state()
        if not self.card.isVisible():
            self.card.show()
            width = self.splitter.width()
            self.splitter.setSizes([width - min(560, width * 2 // 5), min(560, width * 2 // 5)])
            QTimer.singleShot(0, self._keep_columns_in_view)   # once the table has its new width

    def _close_card(self) -> None:
        self.card.show_entry(None, self.lang)
        self.card.hide()

    def _fix_state(self, kind: str) -> tuple[bool, str]:
        import gui.wizards

        if not gui.wizards.has_wizard(kind):
            return False, self.tr("No guided fix for this cause yet: follow the steps in its explanation.")
        return True, self.tr("Open the guided fix for this cause")

    def _show_link_state(self) -> None:
        hubspot = "" if self._portal() else self.tr("The HubSpot account id of this profile is not known yet, "
                                                     "so a link cannot be built.")
        if self.card.card is None:
            qbo = self.tr("Loading…")
        else:
            qbo = "" if self._card_qbo_id else self.tr("This invoice is not in QuickBooks yet.")
        self.card.set_links(hubspot, qbo)
        self.hubspot_action.setEnabled(not hubspot and self.card.entry is not None)
        self.qbo_action.setEnabled(not qbo)

    def _on_card_result(self, result: panel.CardResult) -> None:
        if self.card.entry is None or self.card.entry.id != result.invoice_id:
            return
        self._card_qbo_id = result.card.qbo_invoice_id if result.card else None
        self.card.set_card(result.card, result.invoice_id, result.error, result.history)
        self._show_link_state()
        self.card_loaded.emit(result.invoice_id)
