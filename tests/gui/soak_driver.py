"""Drives the real app window the way a bookkeeper spends a day in it: switching client companies, guided fixes
applied and undone, exports, the Connect dialog, refreshes, searches, tabs and languages. Clicks and key presses
go to the real widgets (QTest), menu commands are the window's own actions, the services the embedded sandboxes
over real HTTP. Every action is checked for what it must leave behind (see `Soak.check_*`)."""

from __future__ import annotations

import random
import statistics
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QWizard

import gui.wizards
from gui import gc_policy
from gui.app_window import AppWindow, profile_window
from gui.export_dialog import FORMATS
from gui.wizards.base import FixWizard, PageId
from tests.gui.soak_companies import Companies
from tests.gui.soak_probe import (
    FULL_COLLECTIONS_MS,
    Catch,
    Heartbeat,
    Problems,
    RandomCollector,
    Sample,
    diff,
    layout_item_wrappers,
    rss_mb,
    settle,
    stable_objects,
    stray_widgets,
)

WEIGHTS = {"wizard": 34, "browse": 14, "search": 10, "export": 9, "connect": 9, "refresh": 8, "tabs": 8,
           "language": 4}
SWITCH_EVERY_S = (3.0, 8.0)   # a profile switch every few seconds
SEARCHES = ("inv", "1012", "pena", "example", "walsh", "zz", "10")   # QTest types ASCII only


class SoakError(AssertionError):
    """The window did not do what a user waits for, in time."""


@dataclass
class Soak:
    companies: Companies
    seed: int
    workdir: Path
    undo_share: float = 0.75        # of applied fixes, how many are undone (so the companies keep failures)
    worker_gc: bool = True          # gc.collect() from a worker thread at random moments
    rng: random.Random = field(init=False)
    window: AppWindow = field(init=False)
    actions: Counter[str] = field(default_factory=Counter)
    checks: Counter[str] = field(default_factory=Counter)
    samples: list[Sample] = field(default_factory=list)
    notes: Counter[str] = field(default_factory=Counter)   # what the services refused, pages ended on, etc.
    fresh_baseline: Counter[str] | None = None
    item_wrappers: int = 0   # the most Python wrappers of layout items seen at a checkpoint

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.heartbeat = Heartbeat()
        self.problems = Problems()
        self.collector = RandomCollector(self.seed)
        self._catch = Catch()
        self._began = time.monotonic()
        self._next_switch = 0.0

    # ---- session -----------------------------------------------------------------------------------------
    def begin(self) -> None:
        self.problems.install()
        window = profile_window(None, self.companies.connections)
        assert window is not None
        self.window = window
        window.show()
        window.start()   # what gui.app.run does for a saved profile
        self.wait(lambda: self.ready(window), 60, "first window online and loaded")
        if self.worker_gc:
            self.collector.start()
        self.heartbeat.start()
        self._began = time.monotonic()
        self._plan_switch()

    def end(self) -> None:
        self.heartbeat.stop()
        self.collector.stop()
        if shiboken6.isValid(self.window):
            self.window.close()
        settle()
        self.problems.uninstall()

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self._began

    def wait(self, condition: Callable[[], bool], timeout_s: float, what: str,
             state: Callable[[], object] | None = None) -> None:
        deadline = time.monotonic() + timeout_s
        while not condition():
            if time.monotonic() > deadline:
                raise SoakError(f"waited {timeout_s:.0f} s for: {what}" + (f" ({state()})" if state else ""))
            QTest.qWait(10)

    @staticmethod
    def ready(window: AppWindow) -> bool:
        return (window.session.online and window.snapshot is not None and not window.is_refreshing()
                and window.bridge.idle())

    def idle(self) -> None:
        self.wait(lambda: self.ready(self.window), 60, "the window to finish its work")

    def click(self, button: QAbstractButton) -> None:
        if not (button.isVisible() and button.isEnabled()):
            raise SoakError(f"{button.objectName() or button.text()!r} is not clickable")
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    # ---- the mix ---------------------------------------------------------------------------------------------
    def run(self, seconds: float) -> None:
        """Random actions for `seconds`, with a profile switch every few seconds."""
        stop = self.elapsed + seconds
        names, weights = list(WEIGHTS), list(WEIGHTS.values())
        while self.elapsed < stop:
            if self.elapsed >= self._next_switch:
                self.do("switch")
            else:
                self.do(self.rng.choices(names, weights)[0])

    def do(self, action: str) -> None:
        self.heartbeat.doing = action
        getattr(self, action)()
        self.actions[action] += 1
        if sum(self.actions.values()) % 25 == 0:
            self.checkpoint()

    def checkpoint(self) -> None:
        """A memory sample, and no live Qt object left to a collection on another thread."""
        with self.heartbeat.paused():
            self.idle()
            settle()
            leftovers = gc_policy.cyclic_qt_garbage()
            if leftovers:
                self.problems.add(f"live Qt objects held only by reference cycles: {leftovers}")
            self.checks["no Qt object in cyclic garbage"] += 1
            # Wrappers of layout items come and go with the widgets built (dialogs, wizards, a new window); one
            # left by an item Qt deleted would point at freed memory (see gui/invoice_card.py). Reported.
            self.item_wrappers = max(self.item_wrappers, layout_item_wrappers())
            self.sample()

    def sample(self) -> Sample:
        sample = Sample(round(self.elapsed, 1), round(rss_mb(), 2), self.actions["wizard"],
                        self.actions["export"] + self.actions["connect"])
        self.samples.append(sample)
        return sample

    def _plan_switch(self) -> None:
        self._next_switch = self.elapsed + self.rng.uniform(*SWITCH_EVERY_S)

    # ---- actions -----------------------------------------------------------------------------------------------
    def switch(self) -> None:
        """Profile ▸ the next or previous company by one key on the profile box; sometimes during a refresh."""
        old = self.window
        if self.rng.random() < 0.3 and old.refresh_button.isEnabled():
            self.click(old.refresh_button)
            self.actions["switch during a refresh"] += 1
        combo = old.profile_bar.combo
        key = Qt.Key.Key_Down if combo.currentIndex() == 0 or (
            combo.currentIndex() < combo.count() - 1 and self.rng.random() < 0.5) else Qt.Key.Key_Up
        self._catch.got = None
        old.profile_switched.connect(self._catch.take)
        QTest.keyClick(combo, key)
        new = self._catch.got
        if not isinstance(new, AppWindow):
            raise SoakError("the profile box did not switch")
        self.window = new
        self.wait(lambda: not shiboken6.isValid(old), 30, "the old window destroyed")
        self.wait(lambda: self.ready(new), 60, f"{new.session.profile} online and loaded")
        self._plan_switch()
        self.check_switch()

    def check_switch(self) -> None:
        """The old window's objects are gone: the new one holds as many as the first switched to, none deleting."""
        with self.heartbeat.paused():
            settle()
            count = stable_objects(self.window)
            if self.fresh_baseline is None:
                self.fresh_baseline = count
            elif count != self.fresh_baseline:
                self.problems.add(f"after a switch, live QObjects {diff(self.fresh_baseline, count)} compared with "
                                  "the first switch")
            if gc_policy.retiring():
                self.problems.add(f"{gc_policy.retiring()} closed objects not deleted after a switch")
            self.checks["QObjects back to baseline after a switch"] += 1
            strays = stray_widgets(self.window)
            if strays:
                self.problems.add(f"parentless widgets besides the window: {strays}")
            self.checks["no parentless widget besides the window"] += 1

    def _count(self) -> Counter[str]:
        with self.heartbeat.paused():
            self.idle()
            settle()
            return stable_objects(self.window)

    def _check_same(self, before: Counter[str], what: str) -> None:
        after = self._count()
        if after != before:
            self.problems.add(f"after {what}, live QObjects {diff(before, after)}")
        self.checks[f"QObjects back to baseline after {what}"] += 1

    def export(self, fmt: str | None = None) -> None:
        """File ▸ Export…, a random format (or `fmt`) into the work folder, Export, Close."""
        win = self.window
        before = self._count() if win.export_dialog is not None else None
        win.export_action.trigger()
        dialog = win.export_dialog
        assert dialog is not None
        self.wait(dialog.isVisible, 10, "the Export dialog")
        fmt = fmt or self.rng.choice(FORMATS)
        dialog.format_combo.setCurrentIndex(FORMATS.index(fmt))
        dialog.path_edit.setText(str(self.workdir / f"report.{fmt}"))
        self.click(dialog.export_button)
        self.wait(lambda: bool(dialog.status.text()) and dialog.export_button.isEnabled(), 60, f"a {fmt} export")
        if "Saved" not in dialog.status.text():
            self.problems.add(f"export failed: {dialog.status.text()}")
        self.click(dialog.close_button)
        self.wait(lambda: not dialog.isVisible(), 10, "the Export dialog to close")
        if before is not None:
            self._check_same(before, "an Export dialog")

    def connect(self) -> None:
        """Connect… on the profile bar, a look at the QuickBooks tab, Close."""
        win = self.window
        before = self._count() if win.connect_dialog is not None else None
        self.click(win.profile_bar.connect_button)
        dialog = win.connect_dialog
        assert dialog is not None
        self.wait(dialog.isVisible, 10, "the Connect dialog")
        dialog.tabs.setCurrentIndex(self.rng.randrange(dialog.tabs.count()))
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        self.click(buttons.button(QDialogButtonBox.StandardButton.Close))
        self.wait(lambda: not dialog.isVisible(), 10, "the Connect dialog to close")
        if before is not None:
            self._check_same(before, "a Connect dialog")

    def refresh(self) -> None:
        win = self.window
        if win.refresh_button.isEnabled():
            self.click(win.refresh_button)
            self.wait(lambda: not win.is_refreshing(), 60, "a refresh")

    def search(self) -> None:
        """Type into the search box, look, then Edit ▸ Clear filters."""
        QTest.keyClicks(self.window.filter_bar.search, self.rng.choice(SEARCHES))
        QTest.qWait(self.rng.randrange(20, 200))
        self.window.clear_action.trigger()

    def language(self) -> None:
        self.window.language_actions[self.rng.choice(("en", "es"))].trigger()

    def tabs(self) -> None:
        """View ▸ Activity, then History, then back to Failures."""
        win = self.window
        win.tab_actions[1].trigger()
        self.wait(lambda: win.activity.view is not None and win.bridge.idle(), 20, "the Activity tab")
        win.tab_actions[2].trigger()
        QTest.qWait(50)
        win.tab_actions[0].trigger()

    def browse(self) -> None:
        entries = self.window.model.visible_entries()
        if entries:
            self.open_card(self.rng.choice(entries).id)

    def open_card(self, invoice_id: str) -> None:
        """Click the invoice's row and wait for its card's side-by-side."""
        win = self.window
        row = win.model.row_of(invoice_id)
        if row < 0:
            raise SoakError(f"invoice {invoice_id} is not in the table")
        index = win.model.index(row, 0)
        win.table.scrollTo(index)
        QTest.mouseClick(win.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         win.table.visualRect(index).center())
        self.wait(lambda: win.current_entry() is not None and win.current_entry().id == invoice_id
                  and win.card.card is not None, 20, f"the card of invoice {invoice_id}",
                  lambda: (row, win.table.visualRect(index), win.table.viewport().size(), win.table.isVisible(),
                           [i.row() for i in win.table.selectionModel().selectedRows()],
                           win.card.isVisible(), win.card.entry and win.card.entry.id, win.card.card,
                           win.bridge.idle()))

    def do_wizard(self, apply: bool) -> None:
        self.heartbeat.doing = "wizard"
        self.wizard(apply)
        self.actions["wizard"] += 1

    def wizard(self, apply: bool | None = None, kind: str | None = None) -> None:
        """Fix… on a card, express, (online) Apply, sometimes Undo, Finish (Cancel where the path stops); then no
        wizard is left and the window holds what it held."""
        win = self.window
        fixable = [(e, k) for e in win.model.visible_entries() for k in e.kinds
                   if gui.wizards.has_wizard(k) and kind in (None, k)]
        if not fixable:
            return
        entry, kind = self.rng.choice(fixable)
        assert kind is not None
        self.open_card(entry.id)
        before = self._count()
        button = win.card.fix_buttons[kind]
        self._catch.got = None
        win.wizard_opened.connect(self._catch.take)
        self.click(button)
        wizard = self._catch.got
        win.wizard_opened.disconnect(self._catch.take)
        if not isinstance(wizard, FixWizard):
            raise SoakError(f"Fix… for {kind} opened no wizard")
        self.walk(wizard, self.rng.random() < 0.5 if apply is None else apply)
        self.wait(lambda: not shiboken6.isValid(wizard), 20, "the wizard to be deleted")
        if any(isinstance(w, QWizard) for w in QApplication.topLevelWidgets()):
            self.problems.add("a wizard window is still alive after closing")
        self._check_same(before, "a wizard")

    def walk(self, wizard: FixWizard, apply: bool) -> None:
        express, loaded = wizard.explain_page.recommended, Catch()
        wizard.options_loaded.connect(loaded.take)
        self.wait(lambda: express.isEnabled() or loaded.got or wizard.currentId() == PageId.ERROR, 20,
                  "the wizard's fixes")
        if not express.isEnabled():
            return self.finish(wizard)
        self.click(express)
        self.wait(lambda: wizard.currentId() in (PageId.CHOOSE, PageId.ERROR) or (
            wizard.currentId() == PageId.PREVIEW and wizard.preview_page.isComplete()), 20, "the Preview")
        commit = wizard.button(QWizard.WizardButton.CommitButton)
        if not (apply and wizard.currentId() == PageId.PREVIEW and commit.isVisible() and commit.isEnabled()):
            return self.finish(wizard)
        self.click(commit)
        self.actions["applied"] += 1
        verify, applying = wizard.verify_page, wizard.apply_page
        self.wait(lambda: wizard.currentId() != PageId.APPLY or applying.isComplete(), 60, "the changes")
        if wizard.currentId() == PageId.APPLY:   # a change was refused: the page waits for Next, with reasons
            self.notes[f"{wizard.kind}: {applying.summary.text()}"] += 1
            self.click(wizard.button(QWizard.WizardButton.NextButton))
        self.wait(lambda: wizard.currentId() in (PageId.CONFLICT, PageId.ERROR) or (
            wizard.currentId() == PageId.VERIFY and verify.isComplete()
            and verify.verdict.property("state") in ("fixed", "failing")), 60, "the verdict",
            lambda: (wizard.kind, PageId(wizard.currentId()).name, wizard.apply_page.step.text(),
                     wizard.apply_page.summary.text(), verify.verdict.text(), wizard.error_text))
        undo = wizard.currentId() == PageId.VERIFY and verify.undo_button.isEnabled()
        if undo and self.rng.random() < self.undo_share:
            dialog = verify.undo()   # the preview; its Undo (a no-op when there is nothing to undo); the result
            self.wait(lambda: dialog.proposal is not None or dialog.verdict.isVisible(), 60, "the undo preview")
            dialog.confirm()
            self.wait(dialog.verdict.isVisible, 60, "the undo")
            dialog.close()
            self.actions["undone"] += 1
        return self.finish(wizard)

    def finish(self, wizard: FixWizard) -> None:
        """Finish on the last page, Cancel anywhere else."""
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        target = finish if finish.isVisible() and finish.isEnabled() else wizard.button(
            QWizard.WizardButton.CancelButton)
        self.click(target)
        self.wait(lambda: not shiboken6.isValid(wizard) or not wizard.isVisible(), 20, "the wizard to close")

    # ---- the record --------------------------------------------------------------------------------------------
    def report(self) -> dict[str, Any]:
        collector = gc_policy.collector()
        warm = [s for s in self.samples if s.t >= 60] or self.samples
        first, last = (warm[0], warm[-1]) if warm else (None, None)
        per_min = (last.rss_mb - first.rss_mb) / ((last.t - first.t) / 60) if first and last and last.t > first.t \
            else 0.0
        wizards = last.wizards - first.wizards if first and last else 0
        return {
            "seed": self.seed, "seconds": round(self.elapsed), "actions": dict(self.actions),
            "rss_start_mb": self.samples[0].rss_mb if self.samples else None,
            "rss_end_mb": self.samples[-1].rss_mb if self.samples else None,
            "rss_mb_per_min_after_warmup": round(per_min, 3),
            "rss_mb_per_100_wizards_after_warmup": round((last.rss_mb - first.rss_mb) / wizards * 100, 2)
            if first and last and wizards else None,
            "worst_stall_ms": round(self.heartbeat.worst_ms), "worst_stalls": self.heartbeat.worst,
            "gui_collections": list(collector.runs) if collector else None,
            "longest_gui_collection_ms": round(collector.longest_ms) if collector else None,
            "full_collection_ms": {"median": round(statistics.median(FULL_COLLECTIONS_MS), 1),
                                   "longest": round(max(FULL_COLLECTIONS_MS), 1)} if FULL_COLLECTIONS_MS else None,
            "gc_on_worker": self.collector.runs, "layout_item_wrappers_max": self.item_wrappers,
            "checks": dict(self.checks), "problems": self.problems.errors,
            "qt_messages": dict(self.problems.qt_messages), "notes": dict(self.notes),
            "samples": [(s.t, s.rss_mb, s.wizards, s.openings) for s in self.samples],
        }
