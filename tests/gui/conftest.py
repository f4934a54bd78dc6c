"""GUI fixtures: a real sandbox serving the demo company and a main window bound to it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core import paths
from core.sandbox.server import Sandbox
from gui import gc_policy, i18n
from gui.main_window import MainWindow
from gui.session import DEMO_PROFILE, Session
from tests.helpers.oauth import PORTAL, REALM


@pytest.fixture(autouse=True, scope="session")
def english_plurals(qapp: QApplication) -> None:
    """As gui.app does at start: the source language's plural forms ("1 invoice", "2 invoices")."""
    i18n.install(qapp, "en")


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """The demo company over real HTTP on a free port; the test owns it (and may stop it early)."""
    with Sandbox("demo") as sb:
        yield sb


@pytest.fixture
def session(sandbox: Sandbox) -> Session:
    # No `sandbox=` here: the fixture, not the window, stops it, so a test can stop it on purpose.
    return Session(DEMO_PROFILE, paths.cache_path(DEMO_PROFILE), sandbox.endpoints())


@pytest.fixture
def window(qtbot: QtBot, session: Session) -> MainWindow:
    win = MainWindow(session)
    qtbot.addWidget(win)  # closed (and its tasks shut down) at teardown
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture(autouse=True, scope="package")
def gc_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """The app's garbage collection policy (gui.gc_policy) for every GUI test: no automatic collection, so no
    collector run on a worker thread or inside a Qt callback ever frees a test's widgets."""
    gc_policy.install()
    yield
    gc_policy.uninstall()


@pytest.fixture(autouse=True)
def collect_qt_garbage() -> Iterator[None]:
    """After each test (its widgets closed by pytest-qt, which deletes them later): let Qt delete what was closed,
    then collect the test's cyclic garbage here, on the GUI thread, rather than inside a later test."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The user chose Spanish (the saved setting) and the app installed its translators, as at start-up."""
    i18n.set_lang("es")
    assert i18n.install(qapp) == "es"
    yield
    i18n.uninstall(qapp)   # the QApplication is shared: later tests expect English


@pytest.fixture
def oauth_sandbox() -> Iterator[Sandbox]:
    """A company whose HubSpot portal and QuickBooks realm the OAuth helpers (tests.helpers.oauth) sign in to."""
    with Sandbox({"hubspot": {"portal_id": PORTAL, "contacts": [{"id": "1", "email": "a@b.co"}]},
                  "qbo": {"realm": REALM}}) as sb:
        yield sb
