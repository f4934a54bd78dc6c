"""Edit ▸ Undo last fix…: the most recent fix that can be undone, opened in the Activity tab's own undo preview
(ActivityView.undo_selected): the person sees what goes back and confirms there, as from Activity."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject

from gui.banner import MessageLevel
from gui.widgets import Owner

if TYPE_CHECKING:
    from gui.window_api import TabsWindow


class UndoLast(QObject):
    window: Owner[TabsWindow] = Owner()

    def __init__(self, window: TabsWindow) -> None:
        super().__init__(cast(QObject, window))
        self.window = window
        self.run_id = ""
        self._waiting = False

    def ask(self) -> None:
        """Show the Activity tab with the journal read afresh, then offer to undo its newest undoable fix."""
        window = self.window
        if not window.session.online:
            window.show_message(self.tr("You are offline, so nothing can be undone now."), MessageLevel.INFO)
            return
        activity = window.activity
        if not self._waiting:
            self._waiting = True
            activity.loaded.connect(self._on_loaded)
        already = window.tabs.currentWidget() is window.activity_tab
        window.show_activity()   # reloads the journal when the tab changes; _on_loaded follows
        if already:
            activity.reload()

    def _on_loaded(self) -> None:
        activity = self.window.activity
        activity.loaded.disconnect(self._on_loaded)
        self._waiting = False
        self.run_id = next((r for r in activity.run_ids() if activity.can_undo(r)[0]), "")
        if not self.run_id:
            self.window.show_message(self.tr("There is no fix to undo."), MessageLevel.INFO)
            return
        activity.select_run(self.run_id)
        activity.undo_selected()   # its preview is the question: nothing is written before its Undo is clicked

