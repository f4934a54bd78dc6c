"""Qt objects die on the GUI thread (gui.gc_policy): the PySide crash the policy prevents, the collector on a timer,
retire(), and the tools the soak uses to check the rules on a running app."""

from __future__ import annotations

import gc
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QTableView
from pytestqt.qtbot import QtBot

from gui import gc_policy
from gui.tasks import Progress, Task, TaskBridge

pytestmark = pytest.mark.gui
PROGRAM = Path(__file__).with_name("cycle_program.py")


def run_program(mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(PROGRAM), mode, "30"], capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_a_window_in_a_cycle_collected_on_a_worker_crashes_the_old_way_and_not_with_the_policy() -> None:
    """A main window with a table and a Python model in a reference cycle, closed, dropped and collected from a
    background thread: Qt destroys the view off the GUI thread and the process dies. With the policy it lives."""
    old = run_program("old")
    assert old.returncode != 0 and "survived" not in old.stdout, "the unprotected pattern should crash"
    policy = run_program("policy")
    assert policy.returncode == 0 and "survived" in policy.stdout, policy.stderr[-2000:]


class CycleWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.table = QTableView(self)
        self.me = self   # a cycle through the window itself


def test_cyclic_qt_garbage_finds_a_live_window_that_only_a_cycle_holds(qtbot: QtBot) -> None:
    del qtbot
    CycleWindow()   # dropped at once: only its own cycle holds it
    assert gc_policy.cyclic_qt_garbage() == ["CycleWindow"]
    assert gc_policy.cyclic_qt_garbage() == []   # the first call freed it (here, on the GUI thread)


def test_a_retired_window_is_deleted_by_qt_and_held_until_then(qtbot: QtBot) -> None:
    window = CycleWindow()
    window.show()
    window.close()
    gc_policy.retire(window)
    table = window.table
    del window
    assert gc_policy.retiring() == 1 and gc_policy.cyclic_qt_garbage() == []   # held, so no collection frees it
    qtbot.waitUntil(lambda: not shiboken6.isValid(table))   # Qt deleted it, from the event loop
    assert gc_policy.retiring() == 0
    worker = threading.Thread(target=gc.collect)   # what is left is Python memory, safe on any thread
    worker.start()
    worker.join()


def test_automatic_collection_is_off_and_the_timer_collects_what_is_due(qtbot: QtBot) -> None:
    collector = gc_policy.collector()
    assert collector is not None and not gc.isenabled()   # installed for every GUI test by conftest
    before = list(collector.runs)
    junk = [[] for _ in range(collector.thresholds[0] * 3)]
    for item in junk:
        item.append(item)   # cycles, so only the collector frees them
    del junk
    assert collector.due() >= 0
    qtbot.waitUntil(lambda: collector.runs != before, timeout=5000)
    assert collector.due() == -1


def test_live_qobjects_counts_trees_without_making_wrappers(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    before = gc_policy.live_qobjects()
    QTableView(window)
    after = gc_policy.live_qobjects()
    assert after["QTableView"] == before["QTableView"] + 1
    assert sum(after.values()) - sum(before.values()) > 5   # its viewport, scroll bars, headers…
    wrappers = sum(1 for o in gc.get_objects() if type(o).__name__ == "QScrollBar")
    gc_policy.live_qobjects()
    assert sum(1 for o in gc.get_objects() if type(o).__name__ == "QScrollBar") == wrappers


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.finished = 0

    def on_finished(self) -> None:
        self.finished += 1


def test_finished_tasks_are_deleted_on_the_gui_thread(qtbot: QtBot) -> None:
    """A task lives until its job has ended, then Qt deletes it on the GUI thread; none pile up in the bridge."""
    def job(progress: Progress, cancel: threading.Event) -> int:
        progress("x", 1, 1)
        return 1

    bridge = TaskBridge()
    receiver = Receiver()
    destroyed_on: list[int] = []
    first = bridge.submit(("k", 0), job, finished=receiver.on_finished)
    first.destroyed.connect(lambda *_: destroyed_on.append(threading.get_ident()))
    for n in range(200):
        bridge.submit(("k", n % 3), job, finished=receiver.on_finished)
    qtbot.waitUntil(lambda: receiver.finished == 201 and bridge.idle(), timeout=20_000)
    qtbot.waitUntil(lambda: gc_policy.object_tree(bridge)["Task"] == 0, timeout=5000)
    assert destroyed_on == [threading.get_ident()]
    assert not shiboken6.isValid(first) and first.worker_thread_id is not None
    assert not [o for o in gc.get_objects() if isinstance(o, Task) and shiboken6.isValid(o)]
    bridge.shutdown()
