"""The task bridge: off the GUI thread, serial per key, parallel across keys, cancel, receiver rule."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from gui.tasks import Progress, TaskBridge
from tests.gui.helpers import Recorder

pytestmark = pytest.mark.gui


@pytest.fixture
def bridge(qtbot: QtBot) -> Iterator[TaskBridge]:
    del qtbot  # only for the QApplication it guarantees
    b = TaskBridge()
    yield b
    b.shutdown()


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot, bridge: TaskBridge) -> None:
    def job(progress: Progress, cancel: threading.Event) -> int:
        progress("counting", 1, 1)
        return threading.get_ident()

    rec = Recorder()
    task = bridge.submit("k", job, started=rec.on_started, progress=rec.on_progress,
                         succeeded=rec.on_succeeded, finished=rec.on_finished)
    # Wait on the recorder, not on task.finished: the job may end before a late connect (why submit
    # takes the receivers).
    qtbot.waitUntil(lambda: "finished" in rec.names(), timeout=5000)
    assert rec.names() == ["started", "progress", "succeeded", "finished"]
    worker = rec.events[2][1]
    assert worker == task.worker_thread_id != threading.get_ident()
    assert rec.threads == {threading.get_ident()}


def test_same_key_runs_serially(qtbot: QtBot, bridge: TaskBridge) -> None:
    inside = threading.Lock()
    overlaps: list[str] = []

    def job(progress: Progress, cancel: threading.Event) -> None:
        if not inside.acquire(blocking=False):
            overlaps.append("two jobs of one key ran at once")
            return
        time.sleep(0.05)
        inside.release()

    tasks = [bridge.submit(("p", "cache"), job) for _ in range(4)]
    qtbot.waitUntil(lambda: not bridge.is_busy(("p", "cache")), timeout=5000)
    assert not overlaps
    assert all(t.worker_thread_id is not None for t in tasks)


def test_different_keys_run_side_by_side(qtbot: QtBot, bridge: TaskBridge) -> None:
    met = threading.Barrier(2, timeout=5)

    def job(progress: Progress, cancel: threading.Event) -> str:
        met.wait()  # raises BrokenBarrierError if the other key's job never starts alongside
        return "met"

    rec_a, rec_b = Recorder(), Recorder()
    bridge.submit(("a", "cache"), job, succeeded=rec_a.on_succeeded, failed=rec_a.on_failed)
    bridge.submit(("b", "cache"), job, succeeded=rec_b.on_succeeded, failed=rec_b.on_failed)
    qtbot.waitUntil(lambda: bool(rec_a.events and rec_b.events), timeout=6000)
    assert rec_a.events == rec_b.events == [("succeeded", "met")]


def test_cancel_running_and_pending(qtbot: QtBot, bridge: TaskBridge) -> None:
    started = threading.Event()

    def slow(progress: Progress, cancel: threading.Event) -> str:
        started.set()
        cancel.wait(5)
        return "stopped early"

    never_ran: list[bool] = []

    def later(progress: Progress, cancel: threading.Event) -> None:
        never_ran.append(False)

    running, pending = Recorder(), Recorder()
    first = bridge.submit("k", slow, succeeded=running.on_succeeded, cancelled=running.on_cancelled,
                          finished=running.on_finished)
    bridge.submit("k", later, cancelled=pending.on_cancelled, finished=pending.on_finished)
    assert started.wait(5)
    with qtbot.waitSignal(first.finished, timeout=5000):
        bridge.cancel("k")
    assert running.names() == ["cancelled", "finished"]
    assert pending.names() == ["cancelled", "finished"]
    assert not never_ran and not bridge.is_busy("k")


def test_errors_are_delivered_not_raised(qtbot: QtBot, bridge: TaskBridge) -> None:
    def broken(progress: Progress, cancel: threading.Event) -> None:
        raise ValueError("bad data")

    rec = Recorder()
    bridge.submit("k", broken, failed=rec.on_failed, finished=rec.on_finished)
    qtbot.waitUntil(lambda: "finished" in rec.names(), timeout=5000)
    assert rec.names() == ["failed", "finished"]
    assert isinstance(rec.events[0][1], ValueError)


def test_receivers_must_be_qobject_methods(bridge: TaskBridge) -> None:
    def job(progress: Progress, cancel: threading.Event) -> None:
        return None

    with pytest.raises(TypeError, match="bound method of a QObject"):
        bridge.submit("k", job, succeeded=lambda result: None)
    with pytest.raises(TypeError, match="no signal"):
        bridge.submit("k", job, done=Recorder().on_finished)
