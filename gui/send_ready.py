"""Invoice ▸ Send ready invoices to QuickBooks…: the own sync engine from the window.

Ready = in scope, not in QuickBooks yet, no problem found. The window asks once (with the count), then every
push is journaled and sent with a requestid (core.sync.engine), and the panel reloads with the new links.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from gui.banner import MessageLevel

if TYPE_CHECKING:
    from core.fixes.model import Plan
    from core.sync.engine import PushOutcome
    from core.types import Endpoints
    from gui.main_window import MainWindow


def _ready_plan(db_path: Path, _progress: object, _cancel: object) -> Plan:
    """What a push would send now (no network: the cache and the journal beside it)."""
    from core.journal import Journal
    from core.store.db import open_db
    from core.sync import engine, push

    ids = engine.ready_invoices(db_path)
    with Journal(db_path.parent / "journal.sqlite") as journal:
        db = open_db(db_path)
        try:
            return push.push_plan(db, ids, journal=journal)
        finally:
            db.close()


def _send(endpoints: Endpoints, db_path: Path, invoice_ids: list[str], progress: object,
          cancel: object) -> PushOutcome:
    from core.sync import engine

    return engine.push(endpoints, db_path, db_path.parent / "journal.sqlite", invoice_ids,
                       progress=progress, cancel=cancel)  # type: ignore[arg-type]


class SendReady(QObject):
    """Owns the action and the two background steps (plan, then send) for one window."""

    sent = Signal(object)   # the PushOutcome, after the window has shown it

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.action = window._action(self.tr("&Send ready invoices to QuickBooks…"), self.start,
                                     QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_S))
        self.action.setToolTip(self.tr("Create the QuickBooks copy of every invoice with no problem found"))
        window.invoice_menu.addSeparator()
        window.invoice_menu.addAction(self.action)
        self.update()

    @property
    def window(self) -> MainWindow:
        """The owner, reached through Qt rather than a stored reference (no cycle through the window)."""
        return cast("MainWindow", self.parent())

    @property
    def key(self) -> tuple[str, str]:
        # The cache's queue: a push diagnoses and re-reads into the cache, so it runs after (never beside) a
        # refresh or a reload of the panel.
        return self.window.cache_key

    def update(self) -> None:
        online = self.window.session.online
        self.action.setEnabled(online)
        self.action.setStatusTip("" if online else self.tr("Needs a connection to QuickBooks."))

    def start(self) -> None:
        if not self.window.session.online:
            return
        self.window.bridge.submit(self.key, partial(_ready_plan, self.window.session.db_path), name="ready invoices",
                                  succeeded=self._on_plan, failed=self.window.show_error)

    def confirm(self, count: int) -> bool:
        """Ask before writing to QuickBooks (tests answer for the user)."""
        answer = QMessageBox.question(
            self.window, self.tr("Send to QuickBooks"),
            self.tr("Create %n invoice(s) in QuickBooks now? Each one is recorded in Activity first.", "", count))
        return answer == QMessageBox.StandardButton.Yes

    def _on_plan(self, plan: Plan) -> None:
        ids = [c.invoice_ids[0] for c in plan.changes]
        if not ids:
            self.window.show_message(self.tr("No invoice is ready to send: each one is in QuickBooks already or "
                                             "has a problem to fix first."), MessageLevel.INFO)
            return
        endpoints = self.window.session.endpoints
        if endpoints is None or not self.confirm(len(ids)):
            return
        self.action.setEnabled(False)
        self.window.bridge.submit(self.key, partial(_send, endpoints, self.window.session.db_path, ids),
                                  name="send ready invoices", succeeded=self._on_sent, failed=self._on_failed)

    def _on_sent(self, outcome: PushOutcome) -> None:
        self.update()
        refused = [r for r in (outcome.result.results if outcome.result else []) if r.status != "done"]
        text = self.tr("%n invoice(s) sent to QuickBooks.", "", len(outcome.synced))
        if refused:
            text += " " + self.tr("QuickBooks refused %n; see Activity.", "", len(refused))
        self.window.show_message(text, MessageLevel.ERROR if refused else MessageLevel.INFO)
        self.window.load_cache()
        self.sent.emit(outcome)

    def _on_failed(self, err: BaseException) -> None:
        self.update()
        self.window.show_error(err)
