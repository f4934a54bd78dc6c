"""The whole app window on a saved profile: opens on the cache, signs in off the GUI thread, refreshes, warns
before the QuickBooks login lapses, switches profiles, and hosts export, activity and history."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.auth.connect import Connections
from core.auth.expiry import utc_now
from core.fixes.words import entity_label, field
from core.profiles import Profile
from core.sandbox.server import Sandbox
from core.secrets import TokenStore
from gui import gc_policy
from gui.app_window import AppWindow, profile_window
from gui.export_dialog import ExportDialog
from gui.session import DEMO_PROFILE, Session
from tests.gui.helpers import refresh_and_wait
from tests.gui.soak_probe import stable_objects
from tests.helpers.oauth import PROFILE, Browser, forget_logins, make_connections, signed_in

pytestmark = pytest.mark.gui


@pytest.fixture
def demo_sandbox() -> Iterator[Sandbox]:
    with Sandbox("demo") as sb:
        yield sb


@pytest.fixture
def connected(demo_sandbox: Sandbox, token_store: TokenStore, tmp_path: Path) -> Iterator[Connections]:
    """A saved profile on the demo company, signed in to both services through the real OAuth flows."""
    connections = signed_in(demo_sandbox, token_store, tmp_path)
    yield connections
    forget_logins(connections, token_store)


def open_window(qtbot: QtBot, connections: Connections, name: str | None = None) -> AppWindow:
    win = profile_window(name, connections)
    assert win is not None
    qtbot.addWidget(win)
    win.show()
    return win


def test_saved_profile_opens_offline_then_signs_in_and_refreshes(qtbot: QtBot, connected: Connections) -> None:
    win = open_window(qtbot, connected)
    assert not win.session.online and not win.refresh_button.isEnabled()
    with qtbot.waitSignal(win.refresh_finished, timeout=15000) as done:
        win.go_online()
    assert done.args == ["ok"]
    assert win.session.online and win.refresh_button.isEnabled()
    assert win.model.rowCount() > 0 and "cannot sync" in win.banner.title.text()
    qtbot.waitUntil(lambda: "connected" in win.profile_bar.qbo_status.text().lower(), timeout=5000)
    assert win.connection_strip.isHidden()
    # The HubSpot account id came with the sign-in, so "Open in HubSpot" can build the invoice's address.
    invoice_id = win.model.visible_entries()[0].id
    assert win.select_invoice(invoice_id)
    qtbot.waitUntil(lambda: win.card.card is not None, timeout=5000)
    assert win.card.hubspot_button.isEnabled() and win.hubspot_action.isEnabled()
    # The history tab has the run the refresh just stored.
    assert len(win.history.times) >= 1 and win.history.series
    win.shutdown()


def test_quickbooks_login_about_to_lapse_is_flagged(qtbot: QtBot, demo_sandbox: Sandbox, token_store: TokenStore,
                                                   tmp_path: Path) -> None:
    """90 days after the last refresh (of Intuit's 100-day rolling window) the bar and the panel warn."""
    connections = make_connections(demo_sandbox, token_store, tmp_path)
    browser = Browser()
    connections.connect_qbo(PROFILE, browser.open, timeout=10)
    browser.join()
    later = Connections(connections.profiles, token_store, lock_dir=tmp_path / "locks",
                        clock=lambda: utc_now() + timedelta(days=90))
    win = open_window(qtbot, later)
    win.start()
    qtbot.waitUntil(lambda: win.connection_strip.isVisible(), timeout=5000)
    text = win.connection_strip.text()
    assert "QuickBooks" in text and "expires in" in text, text
    assert "expires" in win.profile_bar.qbo_status.text().lower()
    profile = connections.profiles.get(PROFILE)
    token_store.delete_refresh_token("qbo", connections.account(profile, "qbo"))
    win.shutdown()


def test_switching_profile_opens_its_own_cache(qtbot: QtBot, connected: Connections) -> None:
    connected.profiles.add(Profile("Other Co"))
    win = open_window(qtbot, connected, PROFILE)
    assert win.profile_bar.current_profile() == PROFILE
    with qtbot.waitSignal(win.profile_switched, timeout=5000) as switched:
        win.profile_bar.switch_requested.emit("Other Co")
    other: AppWindow = switched.args[0]
    qtbot.addWidget(other)
    assert other.session.profile == "Other Co" and other.session.db_path != win.session.db_path
    assert connected.profiles.current() is not None and connected.profiles.current().name == "Other Co"
    assert not win.isVisible() and other.isVisible()
    other.shutdown()


def test_a_switch_destroys_the_old_window_before_the_new_one_works(qtbot: QtBot, connected: Connections) -> None:
    """The old company's refresh is cancelled, its window deleted by Qt on the GUI thread, and only then does the
    new window load: nothing of the old company reaches a destroyed widget."""
    connected.profiles.add(Profile("Other Co"))
    old = profile_window(PROFILE, connected)   # not handed to qtbot: the switch closes it, and Qt deletes it
    assert old is not None
    old.show()
    with qtbot.waitSignal(old.refresh_finished, timeout=15_000):
        old.start()
    assert old.refresh() is not None   # still running when the person switches
    with qtbot.waitSignal(old.profile_switched, timeout=5000) as switched:
        old.profile_bar.switch_requested.emit("Other Co")
    other: AppWindow = switched.args[0]
    qtbot.addWidget(other)
    assert other.bridge.idle() and other.snapshot is None   # nothing started while the old window lives
    table = old.table
    qtbot.waitUntil(lambda: not shiboken6.isValid(table), timeout=5000)
    qtbot.waitUntil(lambda: other.snapshot is not None, timeout=10_000)
    assert gc_policy.retiring() == 0 and gc_policy.cyclic_qt_garbage() == []
    other.shutdown()


def test_one_export_and_one_connect_dialog_per_window(qtbot: QtBot, connected: Connections) -> None:
    win = open_window(qtbot, connected)
    export = win.open_export()
    export.reject()
    connect = win.open_connect()
    assert connect is not None
    connect.hubspot_secret.setText("typed but not used")
    connect.reject()
    assert connect.hubspot_secret.text() == ""   # a hidden dialog keeps no secret
    qtbot.wait(10)
    before = stable_objects(win)   # every live QObject but Qt's own caches (and the data-built card)
    for _ in range(3):
        assert win.open_export() is export and export.isVisible()
        export.reject()
        assert win.open_connect() is connect and connect.isVisible()
        connect.reject()
    qtbot.wait(10)
    assert stable_objects(win) == before
    win.shutdown()


def test_demo_window_has_export_activity_and_history(qtbot: QtBot, demo_sandbox: Sandbox) -> None:
    from core import paths

    win = AppWindow(Session(DEMO_PROFILE, paths.cache_path(DEMO_PROFILE), demo_sandbox.endpoints()), lang="en")
    qtbot.addWidget(win)
    win.show()
    assert refresh_and_wait(qtbot, win) == "ok"
    assert [win.tabs.tabText(i) for i in range(win.tabs.count())] == ["Failures", "Activity", "History"]
    assert not win.profile_bar.connect_button.isEnabled()   # the demo is always connected
    qtbot.keyClick(win, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(win.export_dialog, ExportDialog) and win.export_dialog.isVisible()
    win.export_dialog.reject()
    with qtbot.waitSignal(win.activity.loaded, timeout=5000):
        win.tabs.setCurrentWidget(win.activity_tab)
    win.shutdown()


def test_fixes_cut_short_are_offered_at_start(qtbot: QtBot, demo_sandbox: Sandbox) -> None:
    """A run the journal shows unfinished (the app died mid-apply) is announced when the profile opens, and
    the Activity tab (Ctrl+2) offers to finish it."""
    from core import paths
    from core.fixes.model import Action, Change, FieldChange, Plan
    from core.journal import Journal

    change = Change("quickbooks", "Customer", Action.UPDATE, "1", entity_label("Customer", "Amy"),
                    (FieldChange(field("Notes"), "", "checked"),), {"Id": "1", "SyncToken": "0", "sparse": True,
                                                              "Notes": "checked"}, version="0")
    with Journal.for_profile(DEMO_PROFILE) as journal:
        run_id = journal.begin_run(Plan("inactive_customer", "reactivate", ("9001",), (change,)), user="ana")
        journal.mark_sent(journal.add(run_id, change))
    win = AppWindow(Session(DEMO_PROFILE, paths.cache_path(DEMO_PROFILE), demo_sandbox.endpoints()), lang="en")
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.unfinished_found, timeout=5000) as found:
        win.show()
        win.start()
    assert found.args == [[run_id]]
    assert "Activity" in win.messages.text() and "cut short" in win.messages.text()
    with qtbot.waitSignal(win.activity.loaded, timeout=5000):
        qtbot.keyClick(win, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert win.tabs.currentWidget() is win.activity_tab
    assert run_id in win.activity.run_ids()
    win.shutdown()


def test_send_ready_invoices_from_the_window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Invoice ▸ Send ready invoices: asks once with the count, pushes only problem-free invoices, and the
    panel shows them as synced; offline the action is disabled."""
    from core import paths
    from gui.send_ready import SendReady
    from tests.helpers.demo import demo_without_revenue_recognition

    asked: list[int] = []

    def yes(self: SendReady, count: int) -> bool:
        asked.append(count)
        return True

    monkeypatch.setattr(SendReady, "confirm", yes)
    with Sandbox(demo_without_revenue_recognition()) as sb:
        win = AppWindow(Session(DEMO_PROFILE, paths.cache_path(DEMO_PROFILE), sb.endpoints()), lang="en")
        qtbot.addWidget(win)
        win.show()
        assert refresh_and_wait(qtbot, win) == "ok" and win.send_ready.action.isEnabled()
        before = len(sb.state.qbo.entities["Invoice"])
        with qtbot.waitSignal(win.send_ready.sent, timeout=15000) as sent:
            win.send_ready.action.trigger()
        assert asked == [3] and len(sent.args[0].synced) == 3
        assert len(sb.state.qbo.entities["Invoice"]) == before + 3
        assert "3 invoices sent" in win.messages.text()
        win.send_ready.action.trigger()   # nothing is ready any more: nothing asked, nothing sent
        qtbot.waitUntil(lambda: "No invoice is ready" in win.messages.text(), timeout=10000)
        assert asked == [3] and len(sb.state.qbo.entities["Invoice"]) == before + 3
        win.shutdown()
    offline = AppWindow(Session(DEMO_PROFILE, paths.cache_path(DEMO_PROFILE), None), lang="en")
    qtbot.addWidget(offline)
    assert not offline.send_ready.action.isEnabled()
    offline.shutdown()
