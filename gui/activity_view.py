"""The Activity tab: the journal of fixes, newest first, with Undo, and Finish for runs a crash interrupted.

One row per run (when, who, cause, records, what changed, state), its changes as child rows. The journal is
read on a worker thread; finish goes through the same service queue as the wizards' writes, and Undo opens the
undo preview (gui.undo_dialog.undo_run), which writes only once confirmed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import formatting
from core.failures import registry
from core.fixes.model import EntryState
from core.services import fixes
from gui import i18n
from gui.i18n import text
from gui.session import Session
from gui.tasks import TaskBridge
from gui.wizards.page_widgets import BAD_FG, DONE_FG, outcomes
from gui.wizards.style import WIZARD_STYLE
from gui.wizards.words import state_text

RUN_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (QT_TRANSLATE_NOOP("ActivityView", "When"), QT_TRANSLATE_NOOP("ActivityView", "Who"),
           QT_TRANSLATE_NOOP("ActivityView", "Cause"), QT_TRANSLATE_NOOP("ActivityView", "Record"),
           QT_TRANSLATE_NOOP("ActivityView", "What changed"), QT_TRANSLATE_NOOP("ActivityView", "State"))


def _when(iso: str, lang: str) -> str:
    """A journal time in local time, as the exports write it (core.formatting)."""
    try:
        stamp = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    local = (stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)).astimezone().replace(tzinfo=None)
    return formatting.moment(local, formatting.language(lang))


def _fields(entry: Any, lang: str) -> str:
    return "; ".join(f"{text(f.field, lang)}: {_value(f.before, lang)} → {_value(f.after, lang)}"
                     for f in entry.fields)


def _value(value: Any, lang: str) -> str:
    return "; ".join(_value(v, lang) for v in value) if isinstance(value, list | tuple) else text(value, lang)


class ActivityView(QWidget):
    records_changed = Signal()   # an undo or a finish wrote to the services: the panel should refresh
    loaded = Signal()            # the list shows the journal as it is now

    def __init__(self, session: Session, bridge: TaskBridge, parent: QWidget | None = None,
                 lang: str | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang or i18n.current_lang()   # for the causes' titles (core texts)
        self.bridge = bridge
        self.view: fixes.JournalView | None = None
        self._busy = False
        self.setObjectName("activityView")
        self.setStyleSheet(WIZARD_STYLE)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("activityTree")
        self.tree.setAccessibleName(self.tr("Fixes made, newest first"))
        self.tree.setHeaderLabels([QCoreApplication.translate("ActivityView", str(c)) for c in COLUMNS])
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for col in range(len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col in (3, 4)
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("No fixes yet. Fixes you apply appear here, and can be undone from here."), self)
        self.empty.setObjectName("muted")
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setObjectName("activityUndo")
        self.undo_button.setAccessibleName(self.tr("Undo the selected fix"))
        self.undo_button.clicked.connect(self.undo_selected)
        self.finish_button = QPushButton(self.tr("Finish"), self)
        self.finish_button.setObjectName("activityFinish")
        self.finish_button.setAccessibleName(self.tr("Finish the interrupted fix"))
        self.finish_button.setToolTip(self.tr("Send what the interrupted fix had not sent yet"))
        self.finish_button.clicked.connect(self.finish_selected)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setAccessibleName(self.tr("Reload the list of fixes"))
        self.reload_button.clicked.connect(self.reload)
        self.message = QLabel(self)
        self.message.setObjectName("activityMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Activity message"))
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addWidget(self.finish_button)
        row.addStretch(1)
        row.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self._update_buttons()

    @property
    def journal_key(self) -> tuple[str, str]:
        return (self.session.profile, "journal")

    # ---- reading ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.bridge.submit(self.journal_key, partial(fixes.load_journal, self.session.profile),
                           name="activity", succeeded=self.show_journal, failed=self._on_failed)

    def show_journal(self, view: fixes.JournalView) -> None:
        selected = self.selected_run()
        self.view = view
        self.tree.clear()
        for run in view.runs:
            item = self._run_item(run, view.entries.get(run.run_id, []), run.run_id in view.unfinished)
            self.tree.addTopLevelItem(item)
            if run.run_id == selected:
                item.setSelected(True)
        self.empty.setVisible(not view.runs)
        self._update_buttons()
        self.loaded.emit()

    def _run_item(self, run: Any, entries: Sequence[Any], unfinished: bool) -> QTreeWidgetItem:
        known = registry.get(run.kind)
        cause = self.tr("Undo of an earlier fix") if run.kind == "undo" else (
            text(known.title, self.lang) if known else run.kind)
        records = ", ".join(dict.fromkeys(text(e.label, self.lang) for e in entries))
        changed = " · ".join(filter(None, (_fields(e, self.lang) for e in entries)))
        item = QTreeWidgetItem([_when(run.at, self.lang), run.user, cause, records, changed,
                                self._run_state(run, unfinished)])
        item.setData(0, RUN_ROLE, run.run_id)
        item.setToolTip(4, changed)
        for entry in entries:
            child = QTreeWidgetItem(["", "", "", text(entry.label, self.lang), _fields(entry, self.lang),
                                     state_text(entry.state, entry.error)])
            child.setData(0, RUN_ROLE, run.run_id)
            child.setToolTip(5, entry.error)
            colour = DONE_FG if entry.state is EntryState.DONE else BAD_FG if entry.state in (
                EntryState.FAILED, EntryState.CONFLICT) else None
            if colour is not None:
                child.setForeground(5, colour)
            item.addChild(child)
        return item

    def _run_state(self, run: Any, unfinished: bool) -> str:
        counts = {EntryState(k): v for k, v in run.counts.items()}
        total = sum(counts.values())
        if unfinished:
            return self.tr("Interrupted — not finished")
        if run.kind == "undo" and not counts.get(EntryState.DONE):
            return self.tr("Undo refused")
        if counts.get(EntryState.UNDONE) == total:
            return self.tr("Undone")
        if counts.get(EntryState.DONE) == total:
            return self.tr("Done")
        if counts.get(EntryState.DONE) or counts.get(EntryState.UNDONE):
            return self.tr("Partly done")
        return self.tr("Not done")

    def _top(self, index: int) -> QTreeWidgetItem:
        item = self.tree.topLevelItem(index)
        assert item is not None   # index < topLevelItemCount()
        return item

    def run_ids(self) -> list[str]:
        return [str(self._top(i).data(0, RUN_ROLE)) for i in range(self.tree.topLevelItemCount())]

    def row_text(self, run_id: str, column: int) -> str:
        return self._top(self.run_ids().index(run_id)).text(column)

    def select_run(self, run_id: str) -> None:
        self.tree.clearSelection()
        self._top(self.run_ids().index(run_id)).setSelected(True)

    def selected_run(self) -> str:
        items = self.tree.selectedItems()
        return str(items[0].data(0, RUN_ROLE)) if items else ""

    def _run(self, run_id: str) -> Any:
        return next((r for r in (self.view.runs if self.view else []) if r.run_id == run_id), None)

    # ---- acting -------------------------------------------------------------------------------------------
    def can_undo(self, run_id: str) -> tuple[bool, str]:
        run = self._run(run_id)
        if run is None:
            return False, self.tr("Select a fix in the list.")
        if self.session.endpoints is None:
            return False, self.tr("You are offline, so nothing can be undone now.")
        if run.kind == "undo":
            return False, self.tr("This was itself an undo. Apply the fix again instead.")
        if self.view is not None and run_id in self.view.unfinished:
            return False, self.tr("This fix was interrupted. Finish it first, then undo it.")
        if not any(EntryState(k) is EntryState.DONE and v for k, v in run.counts.items()):
            return False, self.tr("Nothing of this fix is in place (it failed, or was undone already).")
        return True, self.tr("Put every record this fix changed back as it was")

    def undo_selected(self) -> Any:
        """Open the undo preview of the selected fix (nothing is written until it is confirmed there)."""
        from gui.undo_dialog import undo_run

        run_id = self.selected_run()
        if not run_id or self._busy or not self.can_undo(run_id)[0]:
            return None
        dialog = undo_run(run_id, self.session, self.bridge, self.window())
        dialog.undone.connect(self._on_undone)
        dialog.refused.connect(self._on_undo_refused)
        return dialog

    def _on_undone(self, outcome: Any, state: str, sentence: str) -> None:
        del outcome
        self._show_message(state, sentence)
        self.records_changed.emit()
        self.reload()

    def _on_undo_refused(self, sentence: str) -> None:
        self._show_message("refused", sentence)
        self.reload()

    def _show_message(self, state: str, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.setProperty("outcome", state)
        self.message.setStyleSheet("" if state in ("", "done") else f"color: {BAD_FG.name()};")

    def finish_selected(self) -> None:
        run_id = self.selected_run()
        endpoints = self.session.endpoints
        if not run_id or self._busy or self.view is None or run_id not in self.view.unfinished or endpoints is None:
            return
        self._start(partial(fixes.resume, self.session.profile, endpoints, run_id), "finish",
                    self.tr("Finishing…"))

    def _start(self, job: Any, name: str, text: str) -> None:
        self._busy = True
        self.message.setText(text)
        self._update_buttons()
        self.bridge.submit((self.session.profile, "quickbooks"), job, name=name, succeeded=self._on_done,
                           failed=self._on_failed)

    def _on_done(self, result: Any) -> None:
        self._busy = False
        items = outcomes(result)
        bad = [o for o in items if o.state is not EntryState.DONE]
        self._show_message("done" if not bad else "partly",
                           self.tr("Done: %n record(s) written.", "", len(items)) if not bad else
                           self.tr("Not complete: {what}").format(what="; ".join(f"{o.label}: {o.error}"
                                                                                 for o in bad)))
        self.records_changed.emit()
        self.reload()

    def _on_failed(self, err: BaseException) -> None:
        self._busy = False
        self.message.setText(i18n.error_words(err, self.lang) or self.tr("Something went wrong."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        run_id = self.selected_run()
        can, why = self.can_undo(run_id)
        self.undo_button.setEnabled(can and not self._busy)
        self.undo_button.setToolTip(why)
        unfinished = bool(self.view and run_id in self.view.unfinished)
        self.finish_button.setVisible(unfinished)
        self.finish_button.setEnabled(unfinished and not self._busy and self.session.endpoints is not None)
