"""When the local copy is damaged: say so plainly and offer to move it aside and rebuild it from both systems.

The copy holds nothing that HubSpot and QuickBooks do not, so rebuilding loses nothing; the journal of fixes is a
separate file and stays where it is. The question is a window-modal box opened without blocking, so a refresh or
a test keeps running while it waits for an answer.
"""

from __future__ import annotations

from collections.abc import Hashable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from core.store.db import DamagedCache
from gui.banner import MessageLevel
from gui.i18n import error_words

if TYPE_CHECKING:
    from gui.session import Session
    from gui.tasks import Task, TaskBridge


class Panel(Protocol):
    """What the rescue needs of the panel window that owns it (gui.main_window.MainWindow)."""

    bridge: TaskBridge
    session: Session
    snapshot: Any

    @property
    def cache_key(self) -> Hashable: ...
    def show_message(self, text: str, level: MessageLevel = ...) -> None: ...
    def show_error(self, err: BaseException) -> None: ...
    def load_cache(self) -> Task: ...
    def refresh(self) -> Task | None: ...

DIALOG_NAME = "damagedCacheDialog"


def _set_aside(db_path: Path, _progress: object, _cancel: object) -> Path:
    from core.store.set_aside import set_aside  # lazy: start-up time (only ever needed after damage)

    return set_aside(db_path)


class CacheRescue(QObject):
    """Owned by the panel window; asks at most once at a time."""

    def __init__(self, window: QObject) -> None:
        super().__init__(window)
        self._box: QMessageBox | None = None

    @property
    def window(self) -> Panel:
        return cast("Panel", self.parent())   # through Qt, not a stored reference: no cycle

    def handles(self, err: BaseException) -> bool:
        """Offer the rebuild when `err` says the cache file is damaged; False for every other error."""
        if not isinstance(err, DamagedCache):
            return False
        self.window.show_message(error_words(err), MessageLevel.ERROR)
        if self._box is None:
            self._ask()
        return True

    def _ask(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The local copy is damaged"),
                          self.tr("Sync Doctor's copy of this client company on this computer is damaged and "
                                  "cannot be read. Nothing in HubSpot or QuickBooks is affected, and the record of "
                                  "your fixes is kept apart.\n\nMove the damaged copy aside and rebuild it with a "
                                  "refresh?"),
                          QMessageBox.StandardButton.NoButton, cast("QWidget", self.parent()))
        box.setObjectName(DIALOG_NAME)
        rebuild = box.addButton(self.tr("Move aside and rebuild"), QMessageBox.ButtonRole.AcceptRole)
        rebuild.setObjectName("rebuildCache")
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole).setObjectName("keepCache")
        box.setDefaultButton(rebuild)
        box.buttonClicked.connect(self._on_answer)
        self._box = box
        box.open()

    def _on_answer(self, button: object) -> None:
        box, self._box = self._box, None
        if box is None:
            return
        del button
        chosen = box.buttonRole(box.clickedButton())
        box.deleteLater()
        if chosen != QMessageBox.ButtonRole.AcceptRole:
            return
        window = self.window
        window.bridge.submit(window.cache_key, partial(_set_aside, window.session.db_path), name="set aside",
                             succeeded=self._on_set_aside, failed=window.show_error)

    def _on_set_aside(self, moved_to: Path) -> None:
        window = self.window
        window.snapshot = None
        window.load_cache()
        if window.refresh() is not None:
            text = self.tr("The damaged copy was moved to {path}. A refresh is rebuilding it now.")
        else:
            text = self.tr("The damaged copy was moved to {path}. Refresh once connected to rebuild it.")
        window.show_message(text.format(path=str(moved_to)), MessageLevel.INFO)
