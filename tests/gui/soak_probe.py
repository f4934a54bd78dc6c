"""What the soak watches while it drives the window: memory, live Qt objects, event-loop stalls, every Python
exception and error log, Qt's own warnings, and a thread that runs gc.collect() at random moments."""

from __future__ import annotations

import ctypes
import gc
import logging
import os
import random
import re
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)

from gui import gc_policy

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
# Qt warnings that mean a lifetime bug (a half-destroyed receiver, an object used from the wrong thread).
_QT_ALARMS = re.compile(r"not found|destroyed|another thread|different thread|QObject::|already deleted|"
                        r"QBasicTimer|cannot be stopped|Cannot send events", re.I)


def rss_mb() -> float:
    """Resident memory of this process now (Linux /proc; peak RSS elsewhere, which only grows)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * _PAGE / 2**20
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


FULL_COLLECTIONS_MS: list[float] = []   # how long each full collection in settle() took (the app's whole heap)


def settle() -> None:
    """Before a measurement: Qt deletes what was closed, the collector runs here on the GUI thread, and free heap
    pages go back to the system (glibc), so RSS shows what is held, not what is merely cached by malloc."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    started = time.perf_counter()
    gc.collect()
    FULL_COLLECTIONS_MS.append((time.perf_counter() - started) * 1000)
    with suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


# Objects Qt makes and drops on its own schedule, whatever the app does: gesture states of scroll areas (freed at
# the next input event after their widget goes), style-sheet styles (shared, freed when the last user goes) and
# style animations (progress bars, scroll bars). They come and go by one or a few; they are not the app's objects.
QT_CACHES = frozenset({"QPanGesture", "QPinchGesture", "QSwipeGesture", "QTapGesture", "QTapAndHoldGesture",
                       "QStyleSheetStyle", "QFusionStyle", "QCommonStyle", "QStyleAnimation",
                       "QProgressStyleAnimation", "QScrollbarStyleAnimation", "QBlendStyleAnimation",
                       "QFadeStyleAnimation", "QNumberStyleAnimation", "QPropertyAnimation"})


def stable_objects(window: Any) -> Counter[str]:
    """Live QObjects by class, minus the parts of the panel rebuilt from the data (the invoice card and the cause
    cards) and Qt's own caches: what must come back exactly after a dialog, a wizard or a switch."""
    counts = gc_policy.live_qobjects()
    counts.subtract(gc_policy.object_tree(window.card, window.cause_cards))
    for name in QT_CACHES:
        counts.pop(name, None)
    return +counts


def layout_item_wrappers() -> int:
    """Python wrappers of layout items (not layouts): the binding makes one for each item of a layout added to
    another when already filled; an item Qt deletes later leaves its wrapper pointing at freed memory."""
    from PySide6.QtWidgets import QLayout, QLayoutItem

    return sum(1 for o in gc.get_objects() if isinstance(o, QLayoutItem) and not isinstance(o, QLayout))


def stray_widgets(window: Any) -> list[str]:
    """Widgets with no parent other than the window itself: hidden windows nobody deletes (rule 3)."""
    from PySide6.QtWidgets import QApplication

    return [f"{type(w).__name__} {w.objectName()!r}" for w in QApplication.topLevelWidgets()
            if w.parent() is None and w is not window]


def diff(before: Counter[str], after: Counter[str]) -> str:
    """"+2 QLabel, -1 QTimer (total 301 → 302)": what changed, by class."""
    changes = {name: after[name] - before[name] for name in {*before, *after} if after[name] != before[name]}
    parts = ", ".join(f"{n:+d} {name}" for name, n in sorted(changes.items(), key=lambda kv: -abs(kv[1])))
    return f"{parts} (total {sum(before.values())} → {sum(after.values())})"


@dataclass
class Sample:
    t: float               # seconds since the soak began
    rss_mb: float
    wizards: int           # wizard runs so far
    openings: int          # Export and Connect openings so far


class Catch(QObject):
    """Receives the object a signal hands over (the wizard just opened, the window a switch opened)."""

    def __init__(self) -> None:
        super().__init__()
        self.got: Any = None

    def take(self, obj: object = True) -> None:
        self.got = obj


class Heartbeat(QObject):
    """A 10 ms timer on the GUI thread: how late it fires is how long the event loop was busy (a stall)."""

    INTERVAL_MS = 10

    def __init__(self) -> None:
        super().__init__()
        self.worst_ms = 0.0
        self.worst: list[tuple[float, str]] = []   # the five longest stalls and what the driver was doing
        self.doing = "start"
        self._last = time.perf_counter()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._beat)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @contextmanager
    def paused(self) -> Iterator[None]:
        """The driver's own measurements are not the app's stalls."""
        self.stop()
        try:
            yield
        finally:
            self.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        stall = (now - self._last) * 1000 - self.INTERVAL_MS
        self._last = now
        if stall > self.worst_ms:
            self.worst_ms = stall
        if stall > 50:
            self.worst = sorted([*self.worst, (round(stall), self.doing)], reverse=True)[:5]


class RandomCollector:
    """gc.collect() from a worker thread at random moments (what a library or an allocation-heavy thread may do)."""

    def __init__(self, seed: int, low_s: float = 0.02, high_s: float = 0.6) -> None:
        self.rng = random.Random(seed)
        self.low_s, self.high_s = low_s, high_s
        self.runs = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="random-gc", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.wait(self.rng.uniform(self.low_s, self.high_s)):
            gc.collect()
            self.runs += 1


@dataclass
class Problems:
    """Every Python exception (GUI thread, other threads, unraisable), every ERROR log record and Qt's warnings."""

    errors: list[str] = field(default_factory=list)
    qt_messages: Counter[str] = field(default_factory=Counter)
    _saved: tuple[Any, ...] = ()

    def install(self) -> None:
        handler = _ErrorLog(self)
        logging.getLogger().addHandler(handler)
        saved = (sys.excepthook, threading.excepthook, sys.unraisablehook, handler)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_hook
        sys.unraisablehook = self._unraisable
        self._saved = (*saved, qInstallMessageHandler(self._qt_message))

    def uninstall(self) -> None:
        if not self._saved:
            return
        sys.excepthook, threading.excepthook, sys.unraisablehook, handler, qt_handler = self._saved
        logging.getLogger().removeHandler(handler)
        qInstallMessageHandler(qt_handler)   # pytest-qt's, in a test
        self._saved = ()

    def add(self, text: str) -> None:
        self.errors.append(text)
        print(f"soak problem: {text}", file=sys.stderr, flush=True)

    def _excepthook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        self.add("".join(traceback.format_exception(kind, exc, tb)))

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        self.add(f"in thread {args.thread.name if args.thread else '?'}: "
                 + "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)))

    def _unraisable(self, hook: Any) -> None:
        self.add(f"unraisable in {hook.object!r}: {hook.exc_type.__name__}: {hook.exc_value}")

    def _qt_message(self, kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        del context
        self.qt_messages[text[:160]] += 1
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) or _QT_ALARMS.search(text):
            self.add(f"Qt: {text}")

    def alarming_qt(self) -> list[str]:
        return [text for text in self.qt_messages if _QT_ALARMS.search(text)]


class _ErrorLog(logging.Handler):
    def __init__(self, problems: Problems) -> None:
        super().__init__(logging.ERROR)
        self.problems = problems

    def emit(self, record: logging.LogRecord) -> None:
        self.problems.add(f"log {record.name}: {record.getMessage()}"
                          + (f"\n{''.join(traceback.format_exception(*record.exc_info))}" if record.exc_info
                             and record.exc_info[0] is not None else ""))
