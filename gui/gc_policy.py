"""Where and when Qt objects die: on the GUI thread, at a moment the code chose.

CPython's cyclic garbage collector runs on whichever thread happens to cross an allocation threshold: a task
worker, the embedded sandbox's HTTP thread, or the GUI thread in the middle of a Qt callback. A Python-owned Qt
object (a window, a dialog, a parentless model) that is only held by a reference cycle is destroyed by that
collection, on that thread, and Qt widgets destroyed off the GUI thread crash the process. So this app keeps
three rules (qutebrowser's answer to the same problem is rule 1; rules 2 and 3 make it hold even when some
library calls gc.collect() from a worker):

1. Automatic collection is off while the app runs. `GarbageCollector` runs the collector on the GUI thread from a
   QTimer, one generation at a time, when CPython's own thresholds say it is due; objects that exist after start
   are frozen out of it, so full collections stay short however long the window is open.
2. A window or dialog that closes is deleted by Qt on the GUI thread (`retire`: deleteLater, with a strong
   reference held until Qt reports the object destroyed). A Python wrapper can only become garbage after its
   C++ object is gone, and freeing such a wrapper releases Python memory only, on any thread.
3. Every other QObject has a parent, and children reach their owner through parent()/wizard(), not a stored
   reference, so widgets form no cycles in the first place.

`cyclic_qt_garbage` and `live_qobjects` let tests and the soak check rules 2 and 3 on the running app.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections import Counter
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QMessageLogContext, QObject, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

INTERVAL_MS = 1000        # how often the GUI thread looks at the allocation counters
SLOW_COLLECTION_MS = 50   # collections slower than this are logged (they are felt as a stall)

_retiring: dict[int, QObject] = {}   # id -> object, from retire() until Qt has destroyed it
_collector: GarbageCollector | None = None


class GarbageCollector(QObject):
    """Runs CPython's collector on the GUI thread, generation by generation, from a timer (rule 1)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.runs = [0, 0, 0]          # collections made, per generation
        self.longest_ms = 0.0          # the slowest one so far
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self, freeze: bool = False) -> None:
        gc.disable()
        if freeze:
            gc.collect()
            gc.freeze()   # modules and classes loaded at start: alive until exit, never worth scanning
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def due(self) -> int:
        """The oldest generation whose threshold is crossed (CPython's own rule), or -1."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                return generation
        return -1

    def check(self) -> None:
        generation = self.due()
        if generation >= 0:
            self.collect(generation)

    def collect(self, generation: int = 2) -> int:
        started = time.perf_counter()
        found = gc.collect(generation)
        elapsed = (time.perf_counter() - started) * 1000
        self.runs[generation] += 1
        self.longest_ms = max(self.longest_ms, elapsed)
        if elapsed > SLOW_COLLECTION_MS:
            log.info("garbage collection of generation %d took %.0f ms (%d objects)", generation, elapsed, found)
        return found


def install(freeze: bool = False) -> GarbageCollector:
    """Turn automatic collection off and collect on the GUI thread from now on (idempotent). `freeze` also
    moves every object alive now out of the collector's sight: for the app at start, not for tests."""
    global _collector
    app = QCoreApplication.instance()
    if app is None or threading.current_thread() is not threading.main_thread():
        raise RuntimeError("install the garbage collection policy on the GUI thread, after the QApplication")
    if _collector is None or not shiboken6.isValid(_collector):
        _collector = GarbageCollector(app)
    _collector.start(freeze)
    return _collector


def uninstall() -> None:
    """Back to CPython's automatic collection (tests that leave the GUI package)."""
    global _collector
    if _collector is not None and shiboken6.isValid(_collector):
        _collector.stop()
        _collector.deleteLater()
    _collector = None
    gc.enable()


def collector() -> GarbageCollector | None:
    return _collector


def retire(obj: QObject) -> None:
    """Delete `obj` on the GUI thread when control returns to the event loop (rule 2). Until Qt has destroyed it,
    this module holds a reference, so no collection anywhere can be the one to free a live object."""
    key = id(obj)
    if key in _retiring or not shiboken6.isValid(obj):
        return
    _retiring[key] = obj
    obj.destroyed.connect(partial(_forget, key))   # holds only the key, never the object
    obj.deleteLater()


def _forget(key: int) -> None:
    _retiring.pop(key, None)   # its C++ object is gone: the wrapper is invalid and harmless wherever it is freed


def retiring() -> int:
    """How many retired objects Qt has not destroyed yet (they wait for the event loop)."""
    return len(_retiring)


def cyclic_qt_garbage() -> list[str]:
    """Class names of live, Python-owned QObjects that only reference cycles keep: what a gc.collect() on any
    thread would destroy right now. Empty when rules 2 and 3 hold. Collects everything (call on the GUI thread)."""
    flags = gc.get_debug()
    gc.set_debug(flags | gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        found = sorted(type(o).__name__ for o in gc.garbage
                       if isinstance(o, QObject) and shiboken6.isValid(o) and shiboken6.ownedByPython(o))
    finally:
        gc.set_debug(flags)
        gc.garbage.clear()
    gc.collect()   # now really free them, here on the GUI thread
    return found


def live_qobjects() -> Counter[str]:
    """Every QObject the app holds, by class: the QApplication's tree, each parentless window's tree, and any
    parentless QObject Python keeps (a task, a model nobody parented). Deleted objects are not counted; objects
    waiting in `retire` are (they are not deleted yet).

    The trees are read from Qt's own dump (dumpObjectTree) rather than findChildren(): asking Python for every
    child would make a wrapper for each one that Qt created, and PySide keeps those wrappers until the window
    dies, so the count would change the memory it is meant to watch."""
    app = QCoreApplication.instance()
    roots: dict[int, QObject] = {}
    if app is not None:
        roots[shiboken6.getCppPointer(app)[0]] = app
        if isinstance(app, QApplication):
            roots.update((shiboken6.getCppPointer(w)[0], w) for w in app.topLevelWidgets() if w.parent() is None)
    for wrapper in shiboken6.getAllValidWrappers():
        if isinstance(wrapper, QObject) and wrapper.parent() is None:
            roots[shiboken6.getCppPointer(wrapper)[0]] = wrapper
    return object_tree(*roots.values())


def object_tree(*roots: QObject) -> Counter[str]:
    """`roots` and all their descendants, by C++ class name, without making a Python wrapper for any of them."""
    lines: list[str] = []
    previous = qInstallMessageHandler(partial(_keep_line, lines))
    try:
        for root in roots:
            root.dumpObjectTree()
    finally:
        qInstallMessageHandler(previous)
    return Counter(line.strip().split("::", 1)[0] for line in lines)


def _keep_line(lines: list[str], kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
    del kind, context
    lines.append(text)
