"""Small real helpers for GUI tests (no mocks): waiting on a refresh, recording task signals."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow


def refresh_and_wait(qtbot: QtBot, win: MainWindow, timeout: int = 8000) -> str:
    """Start a refresh from code; return its outcome once the window has shown it."""
    with qtbot.waitSignal(win.refresh_finished, timeout=timeout) as blocker:
        assert win.refresh() is not None
    return str(blocker.args[0])


class Recorder(QObject):
    """A GUI-thread receiver for Task signals that writes down what arrived, and on which thread."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[tuple[str, object]] = []
        self.threads: set[int] = set()

    def _note(self, name: str, value: object = None) -> None:
        self.events.append((name, value))
        self.threads.add(threading.get_ident())

    def on_started(self) -> None:
        self._note("started")

    def on_progress(self, step: str, done: int, total: int) -> None:
        self._note("progress", (step, done, total))

    def on_succeeded(self, result: object) -> None:
        self._note("succeeded", result)

    def on_failed(self, err: object) -> None:
        self._note("failed", err)

    def on_cancelled(self) -> None:
        self._note("cancelled")

    def on_finished(self) -> None:
        self._note("finished")

    def names(self) -> list[str]:
        return [name for name, _ in self.events]
