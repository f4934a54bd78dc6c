"""The crash behind issue 12 in a few lines of PySide, run as its own process by test_gc_policy.py.

A main window with a table view and a Python model that points back at the window (a reference cycle) is closed
and dropped, and the cycle is collected by gc.collect() on a background thread. `python cycle_program.py old` does
what the app did (close, nothing else): the window's C++ destructor runs on that thread and the process dies.
`python cycle_program.py policy` follows gui.gc_policy (the policy installed, the model parented, the closed window
retired): the same collections free only Python memory, and the program exits 0.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

Index = QModelIndex | QPersistentModelIndex


class Model(QAbstractTableModel):
    def __init__(self, window: QMainWindow, parent: QObject | None) -> None:
        super().__init__(parent)
        self.window = window   # the back-reference that closes the cycle

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 40

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return f"{index.row()}:{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None


class Window(QMainWindow):
    def __init__(self, parented_model: bool) -> None:
        super().__init__()
        self.table = QTableView(self)
        self.model = Model(self, self if parented_model else None)
        self.table.setModel(self.model)
        self.setCentralWidget(self.table)


def collect_on_a_worker() -> None:
    worker = threading.Thread(target=gc.collect)
    worker.start()
    worker.join()


def main(mode: str, rounds: int) -> int:
    app = QApplication(sys.argv[:1])
    gc.disable()   # the collections below are the only ones, and they run on a worker
    if mode == "policy":
        from gui import gc_policy

        gc_policy.install()
    for _ in range(rounds):
        window = Window(parented_model=mode == "policy")
        window.show()
        app.processEvents()
        window.close()
        if mode == "policy":
            from gui import gc_policy

            gc_policy.retire(window)
        del window
        collect_on_a_worker()   # before Qt has deleted anything
        QTest.qWait(5)          # the event loop runs: a retired window is deleted here, on the GUI thread
        collect_on_a_worker()
    print("survived", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 30))
