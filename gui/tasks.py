"""The one bridge between the GUI thread and core work.

Core functions block (HTTP, SQLite), so they run on a thread pool. Jobs that share a key - e.g.
(profile, "cache") - run one after another, never side by side, so two writers never race on one cache.
Everything a job reports comes back as Qt signals on a `Task` that lives in the GUI thread; receivers must be
bound methods of QObjects, so Qt drops them if the receiver is gone (a lambda has no thread and no lifetime,
which is exactly the bug this rule avoids).

Lifetimes (see gui.gc_policy): a worker never holds a Qt object. It runs the plain job and reports through one
process-wide relay, made on the GUI thread and kept until exit, tagged with the task's number; the bridge turns
those reports into the Task's signals on the GUI thread. A Task is therefore created, signalled and deleted on
the GUI thread only: it is a child of its bridge, deleted once it has finished, and a bridge that goes away
while one of its jobs still runs simply never hears from that job again.
"""

from __future__ import annotations

import inspect
import itertools
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Hashable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from core.progress import REQUESTS, TIME_LEFT
from core.types import Progress as Progress  # re-exported: jobs take it from here

log = logging.getLogger(__name__)

Job = Callable[[Progress, threading.Event], object]
"""A job is called as job(progress, cancel) on a worker thread; bind other arguments with functools.partial."""

_PROGRESS_INTERVAL = 0.05  # seconds; core may report per record, the GUI needs ~20 updates a second at most
MAX_THREADS = 8            # for every window together: more than the queues one window keeps busy at once
                           # (a Connect job may wait minutes for the browser); each thread's heap costs memory
SUCCEEDED, FAILED, CANCELLED = "succeeded", "failed", "cancelled"


class Task(QObject):
    """One submitted job. Exactly one of succeeded/failed/cancelled fires, then finished."""

    started = Signal()
    progress = Signal(str, int, int)   # step, done, total (0 = unknown)
    succeeded = Signal(object)         # the job's return value
    failed = Signal(object)            # the exception; the receiver decides whether it is the user's or a bug
    cancelled = Signal()
    finished = Signal()

    def __init__(self, key: Hashable, job: Job, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.name = name or getattr(job, "__name__", "job")
        self.number = next(_numbers)
        self.cancel_event = threading.Event()
        self.worker_thread_id: int | None = None  # threading.get_ident() of the thread that ran the job
        self.job: Job | None = job                # handed to the worker when the task starts

    def cancel(self) -> None:
        """Ask the job to stop; it checks the event at safe points. Pending jobs are dropped by the bridge."""
        self.cancel_event.set()

    def is_cancelled(self) -> bool:
        return self.cancel_event.is_set()


_numbers = itertools.count(1)


class _Relay(QObject):
    """Carries every worker's reports to the GUI thread. One per process, never deleted before exit, so a
    worker can always emit on it, whatever happened to the window that started the job."""

    started = Signal(object, object)            # task number, worker thread id
    progress = Signal(object, str, int, int)    # task number, step, done, total
    ended = Signal(object, str, object)         # task number, SUCCEEDED/FAILED/CANCELLED, result or exception


_relay: _Relay | None = None
_pool: QThreadPool | None = None


def _shared() -> tuple[_Relay, QThreadPool]:
    """The relay and the pool, made on first use (on the GUI thread: the relay's signals are delivered there)."""
    global _relay, _pool
    if _relay is None or _pool is None:
        _relay, _pool = _Relay(), QThreadPool()
        _pool.setMaxThreadCount(MAX_THREADS)
    return _relay, _pool


class _Reporter:
    """The progress callback a job gets: throttled, emitted on the relay (plain Python, no Qt object held)."""

    def __init__(self, relay: _Relay, number: int) -> None:
        self.relay, self.number = relay, number
        self.last: dict[str, float] = {}   # per channel: the steps, the request count, the time left

    def __call__(self, step: str, done: int, total: int) -> None:
        now = time.monotonic()
        channel = step if step in (REQUESTS, TIME_LEFT) else ""   # each follows a step: throttled on its own
        if (total and done >= total) or now - self.last.get(channel, 0.0) >= _PROGRESS_INTERVAL:
            self.last[channel] = now
            self.relay.progress.emit(self.number, step, done, total)


class _Active:
    """How many of one bridge's jobs are on the pool; shutdown waits for none (the pool is shared)."""

    def __init__(self) -> None:
        self._count = 0
        self._changed = threading.Condition()

    def add(self) -> None:
        with self._changed:
            self._count += 1

    def done(self) -> None:
        with self._changed:
            self._count -= 1
            self._changed.notify_all()

    def wait(self, timeout_s: float) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: self._count == 0, timeout_s)


def _work(relay: _Relay, number: int, job: Job, cancel: threading.Event, active: _Active) -> None:
    """Runs on a worker thread: the job, then exactly one `ended` report. Every outcome must reach the GUI."""
    try:
        if cancel.is_set():
            relay.ended.emit(number, CANCELLED, None)
            return
        relay.started.emit(number, threading.get_ident())
        try:
            result = job(_Reporter(relay, number), cancel)
        except BaseException as exc:
            if cancel.is_set():
                log.info("task %d ended by cancel with %r", number, exc, exc_info=exc)
                relay.ended.emit(number, CANCELLED, None)
            else:
                relay.ended.emit(number, FAILED, exc)
            return
        relay.ended.emit(number, CANCELLED if cancel.is_set() else SUCCEEDED, None if cancel.is_set() else result)
    finally:
        active.done()


_SIGNALS = ("started", "progress", "succeeded", "failed", "cancelled", "finished")


class TaskBridge(QObject):
    """Runs jobs off the GUI thread, one serial queue per key."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        relay, self._pool = _shared()
        relay.started.connect(self._on_started)
        relay.progress.connect(self._on_progress)
        relay.ended.connect(self._on_ended)
        self._relay = relay
        self._pending: dict[Hashable, deque[Task]] = {}
        self._running: dict[Hashable, Task] = {}
        self._tasks: dict[int, Task] = {}       # number -> started task, until it has ended
        self._active = _Active()
        self._closed = False

    def submit(self, key: Hashable, job: Job, *, name: str = "", **receivers: Callable[..., Any]) -> Task:
        """Queue `job` behind the others of `key`. Receivers are keyword-named after Task's signals
        (started=, progress=, succeeded=, failed=, cancelled=, finished=) and are connected before the job
        can start, so no report is lost."""
        if self._closed:
            raise RuntimeError("TaskBridge is shut down")
        task = Task(key, job, name, self)
        for signal_name, receiver in receivers.items():
            if signal_name not in _SIGNALS:
                task.deleteLater()
                raise TypeError(f"Task has no signal {signal_name!r}")
            try:
                _check_receiver(signal_name, receiver)
            except TypeError:
                task.deleteLater()
                raise
            getattr(task, signal_name).connect(receiver)
        self._pending.setdefault(key, deque()).append(task)
        self._start_next(key)
        return task

    def is_busy(self, key: Hashable) -> bool:
        return key in self._running or bool(self._pending.get(key))

    @property
    def closed(self) -> bool:
        return self._closed

    def idle(self) -> bool:
        """No job running or waiting (tests and the soak measure an idle window)."""
        return not self._tasks and not self._pending

    def cancel(self, key: Hashable) -> None:
        """Cancel the running job of `key` and drop the ones waiting behind it."""
        for task in self._pending.pop(key, deque()):
            task.cancel()
            task.job = None
            task.cancelled.emit()
            task.finished.emit()
            task.deleteLater()
        if key in self._running:
            self._running[key].cancel()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel everything and wait for running jobs; True when all stopped in time. From now on no task
        reports anything: outcomes still on their way are dropped. Idempotent."""
        self._closed = True
        for queue in self._pending.values():
            for task in queue:
                task.job = None
                task.deleteLater()
        self._pending.clear()
        for task in self._running.values():
            task.cancel()
        done = self._active.wait(timeout_ms / 1000)
        if not done:
            log.warning("tasks still running after %d ms: %s", timeout_ms, [t.name for t in self._running.values()])
        return done

    # ---- GUI thread -------------------------------------------------------------------------------------
    def _start_next(self, key: Hashable) -> None:
        queue = self._pending.get(key)
        if key in self._running or not queue:
            return
        task = queue.popleft()
        if not queue:
            del self._pending[key]
        job, task.job = task.job, None
        assert job is not None
        self._running[key] = task
        self._tasks[task.number] = task
        self._active.add()
        self._pool.start(partial(_work, self._relay, task.number, job, task.cancel_event, self._active))

    def _on_started(self, number: int, thread_id: int) -> None:
        task = self._tasks.get(number)
        if task is not None:
            task.worker_thread_id = thread_id
            if not self._closed:
                task.started.emit()

    def _on_progress(self, number: int, step: str, done: int, total: int) -> None:
        task = self._tasks.get(number)
        if task is not None and not self._closed:
            task.progress.emit(step, done, total)

    def _on_ended(self, number: int, outcome: str, value: object) -> None:
        task = self._tasks.pop(number, None)
        if task is None:
            return   # another bridge's task
        if self._running.get(task.key) is task:
            del self._running[task.key]
        if self._closed:   # its owner is closing: a late outcome would act on a window being taken down
            task.deleteLater()
            return
        self._start_next(task.key)   # first, so is_busy() is already accurate in the receivers
        if outcome == SUCCEEDED:
            task.succeeded.emit(value)
        elif outcome == FAILED:
            task.failed.emit(value)
        else:
            task.cancelled.emit()
        task.finished.emit()
        task.deleteLater()   # done: nothing of it outlives the job (its receivers have run)


def _check_receiver(signal_name: str, receiver: Callable[..., Any]) -> None:
    """Only bound methods of QObjects: Qt then calls them on the receiver's (GUI) thread while it lives."""
    owner = getattr(receiver, "__self__", None)
    is_qt_method = isinstance(owner, QObject) and (inspect.ismethod(receiver) or inspect.isbuiltin(receiver))
    if not is_qt_method:
        raise TypeError(f"{signal_name}= must be a bound method of a QObject, not {receiver!r}")
