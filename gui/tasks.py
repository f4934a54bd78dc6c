"""The one bridge between the GUI thread and core work.

Core functions block (HTTP, SQLite), so they run on a thread pool. Jobs that share a key - e.g.
(profile, "cache") - run one after another, never side by side, so two writers never race on one cache.
Everything a job reports comes back as Qt signals on a `Task` that lives in the GUI thread; receivers must be
bound methods of QObjects, so Qt delivers them queued, on the GUI thread, and drops them if the receiver is
gone (a lambda has no thread and no lifetime, which is exactly the bug this rule avoids).
"""

from __future__ import annotations

import inspect
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
Job = Callable[[Progress, threading.Event], object]
"""A job is called as job(progress, cancel) on a worker thread; bind other arguments with functools.partial."""

_PROGRESS_INTERVAL = 0.05  # seconds; core may report per record, the GUI needs ~20 updates a second at most


class Task(QObject):
    """One submitted job. Exactly one of succeeded/failed/cancelled fires, then finished."""

    started = Signal()
    progress = Signal(str, int, int)   # step, done, total (0 = unknown)
    succeeded = Signal(object)         # the job's return value
    failed = Signal(object)            # the exception; the receiver decides whether it is the user's or a bug
    cancelled = Signal()
    finished = Signal()
    _ended = Signal(object)            # to the bridge, just before finished: the key whose queue may move on

    def __init__(self, key: Hashable, job: Job, name: str) -> None:
        super().__init__()
        self.key = key
        self.name = name or getattr(job, "__name__", "job")
        self.cancel_event = threading.Event()
        self.worker_thread_id: int | None = None  # threading.get_ident() of the thread that ran the job
        self._job = job
        self._last_progress = 0.0

    def cancel(self) -> None:
        """Ask the job to stop; it checks the event at safe points. Pending jobs are dropped by the bridge."""
        self.cancel_event.set()

    def is_cancelled(self) -> bool:
        return self.cancel_event.is_set()

    # ---- worker thread ----------------------------------------------------------------------------------
    def _report(self, step: str, done: int, total: int) -> None:
        now = time.monotonic()
        if (total and done >= total) or now - self._last_progress >= _PROGRESS_INTERVAL:
            self._last_progress = now
            self.progress.emit(step, done, total)

    def _execute(self) -> None:
        self.worker_thread_id = threading.get_ident()
        try:
            if self.cancel_event.is_set():
                self.cancelled.emit()
                return
            self.started.emit()
            try:
                result = self._job(self._report, self.cancel_event)
            except BaseException as exc:  # every outcome must reach the GUI, or it waits forever
                if self.cancel_event.is_set():
                    log.info("task %s ended by cancel with %r", self.name, exc, exc_info=exc)
                    self.cancelled.emit()
                else:
                    self.failed.emit(exc)
                return
            if self.cancel_event.is_set():
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)
        finally:
            self._ended.emit(self.key)  # first, so is_busy() is already accurate in finished receivers
            self.finished.emit()


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the bridge holds the Python object until the task has ended
        self.task = task

    def run(self) -> None:
        self.task._execute()


_SIGNALS = ("started", "progress", "succeeded", "failed", "cancelled", "finished")


class TaskBridge(QObject):
    """Runs jobs off the GUI thread, one serial queue per key."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._pending: dict[Hashable, deque[Task]] = {}
        self._running: dict[Hashable, tuple[Task, _Runner]] = {}
        self._closed = False

    def submit(self, key: Hashable, job: Job, *, name: str = "", **receivers: Callable[..., Any]) -> Task:
        """Queue `job` behind the others of `key`. Receivers are keyword-named after Task's signals
        (started=, progress=, succeeded=, failed=, cancelled=, finished=) and are connected before the job
        can start, so no report is lost."""
        if self._closed:
            raise RuntimeError("TaskBridge is shut down")
        task = Task(key, job, name)
        for signal_name, receiver in receivers.items():
            if signal_name not in _SIGNALS:
                raise TypeError(f"Task has no signal {signal_name!r}")
            _check_receiver(signal_name, receiver)
            getattr(task, signal_name).connect(receiver)
        task._ended.connect(self._on_ended)
        self._pending.setdefault(key, deque()).append(task)
        self._start_next(key)
        return task

    def is_busy(self, key: Hashable) -> bool:
        return key in self._running or bool(self._pending.get(key))

    def cancel(self, key: Hashable) -> None:
        """Cancel the running job of `key` and drop the ones waiting behind it."""
        for task in self._pending.pop(key, deque()):
            task.cancel()
            task.cancelled.emit()
            task.finished.emit()
        if key in self._running:
            self._running[key][0].cancel()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel everything and wait for running jobs; True when all stopped in time. Idempotent."""
        self._closed = True
        self._pending.clear()
        for task, _runner in self._running.values():
            task.cancel()
        done = self._pool.waitForDone(timeout_ms)
        if not done:
            log.warning("tasks still running after %d ms: %s", timeout_ms,
                        [t.name for t, _ in self._running.values()])
        return done

    # ---- GUI thread -------------------------------------------------------------------------------------
    def _start_next(self, key: Hashable) -> None:
        queue = self._pending.get(key)
        if key in self._running or not queue:
            return
        task = queue.popleft()
        if not queue:
            del self._pending[key]
        runner = _Runner(task)
        self._running[key] = (task, runner)
        self._pool.start(runner)

    def _on_ended(self, key: Hashable) -> None:
        self._running.pop(key, None)
        if not self._closed:
            self._start_next(key)


def _check_receiver(signal_name: str, receiver: Callable[..., Any]) -> None:
    """Only bound methods of QObjects: Qt then queues the call onto the receiver's (GUI) thread."""
    owner = getattr(receiver, "__self__", None)
    is_qt_method = isinstance(owner, QObject) and (inspect.ismethod(receiver) or inspect.isbuiltin(receiver))
    if not is_qt_method:
        raise TypeError(f"{signal_name}= must be a bound method of a QObject, not {receiver!r}")
