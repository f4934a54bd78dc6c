"""Entry points main.py calls: `run` (the app) and `screenshot` (the real window to a PNG, headless)."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QApplication

from core.errors import UserError
from core.services import panel
from gui import gc_policy, i18n
from gui.main_window import MainWindow
from gui.session import Session, demo_session, env_session, offline_session

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1440, 900)


def binding_problem() -> str | None:
    """A known-bad Python/Qt-binding pair, in words, or None.

    PySide6 6.12.0 returns None (and a signal emit's bool) without taking a reference, which is harmless
    only where None and bools are immortal (Python 3.12+). On 3.11 every void Qt call drops a reference to
    None and the process aborts ("none_dealloc") after a few thousand of them, i.e. minutes into real use.
    """
    if sys.version_info >= (3, 12):
        return None
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(4):
        probe.setObjectName("probe")
    if sys.getrefcount(None) >= before:
        return None
    return (f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]} corrupts reference counts and "
            "will crash after a while. Use Python 3.12 or newer, or PySide6-Essentials 6.11.3.")


def _warn_about_binding() -> None:
    problem = binding_problem()
    if problem:
        log.warning("%s", problem)  # reaches stderr with or without main.py's logging setup


def _application() -> QApplication:
    """The one QApplication (reused when a test or caller already made it)."""
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName("Sync Doctor")
    QApplication.setOrganizationName("SyncDoctor")
    app = QApplication(sys.argv[:1])
    if QLocale.system().name() == "C":  # an unconfigured box: "1234.50$" helps nobody, US English does
        QLocale.setDefault(QLocale("en_US"))
    i18n.install(app, "en")   # English plural forms ("1 invoice"); run() then applies the chosen language
    _warn_about_binding()
    return app


def display_problem(environ: dict[str, str] | None = None, system: str = sys.platform) -> str | None:
    """Why no window can open here (Linux without a desktop session), or None. Qt would abort the process."""
    env = os.environ if environ is None else environ
    platform = env.get("QT_QPA_PLATFORM", "")
    if not system.startswith("linux") or (platform and not platform.startswith(("xcb", "wayland"))):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return ("There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start "
            "Sync Doctor from a desktop session, or use its commands: python main.py --help.")


def run(demo: bool, profile: str | None = None) -> int:
    """Open the window and run the event loop until it closes; returns the exit code."""
    from gui.app_window import AppWindow, profile_window, shutdown_all, welcome_window  # panel tests: MainWindow

    problem = display_problem()
    if problem:
        raise UserError(problem)
    app = _application()
    i18n.install(app)   # Qt strings in the saved (View ▸ Language) or system language, before any window
    gc_policy.install(freeze=True)   # Qt objects die on the GUI thread only (see gui.gc_policy)
    error: UserError | None = None
    saved: AppWindow | None = None
    if demo:
        session = demo_session()  # a sandbox that cannot start is a bug, not a user problem: let it raise
    else:
        try:
            session = env_session(profile)   # environment variables win (headless and scripted setups)
            if not session.online:
                from core.auth.connect import Connections  # keyring and OAuth: only without the variables

                connections = Connections()
                # A saved profile: its cache now, its logins in the background; none yet: the first-run page.
                saved = profile_window(profile, connections) or welcome_window(connections)
        except UserError as err:  # half-configured, or no such profile: open offline and say why
            session, error = offline_session(profile), err
        if saved is not None:
            session = saved.session
    try:
        window = saved or AppWindow(session)
        if error is not None:
            window.show_error(error)
        window.show()
        window.start()   # cached rows first, then a refresh (or a saved profile's sign-in, then a refresh)
        return app.exec()
    finally:
        # App exit without a close event (e.g. Quit from the Dock) lands here; both calls are idempotent.
        shutdown_all()
        session.close()


def screenshot(path: str, demo: bool) -> int:
    """Render the real window to `path` as PNG, with one invoice's card open, and that card alone to
    `<name>-card.png` beside it ("-demo" dropped: screenshot-demo.png -> screenshot-card.png). With demo, the
    sandbox is started and refresh + diagnose run synchronously first. 0 on success."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    session: Session | None = None
    window: MainWindow | None = None
    try:
        app = _application()
        session = demo_session() if demo else offline_session(None)
        if session.endpoints is not None:
            snapshot = panel.refresh_and_diagnose(session.endpoints, session.db_path, _no_progress,
                                                 threading.Event())
        else:
            snapshot = None
        from gui.app_window import AppWindow

        window = AppWindow(session, lang="en")
        window.remember_geometry = False   # the picture's size is not the user's window
        window.show_snapshot(snapshot or panel.load_snapshot(session.db_path))
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        _open_example_card(app, window)
        card_path = str(Path(path).with_name(Path(path).stem.removesuffix("-demo") + "-card.png"))
        for target, widget in ((path, window), (card_path, window.card)):
            if widget.isVisible() and not widget.grab().save(target, "PNG"):
                print(f"screenshot: could not write a PNG to {target}", file=sys.stderr)
                return 1
        return _welcome_screenshot(str(Path(path).with_name(Path(path).stem.removesuffix("-demo") + "-welcome.png")))
    except UserError as err:
        print(f"screenshot: {err}", file=sys.stderr)
        return 1
    except Exception:
        log.exception("screenshot failed")
        print("screenshot: failed with an unexpected error (traceback above)", file=sys.stderr)
        return 1
    finally:
        if window is not None:
            window.shutdown()
            window.close()
            window.deleteLater()
        if session is not None:
            session.close()  # idempotent; covers a failure before the window existed


def _welcome_screenshot(target: str) -> int:
    """The first-run page as a new user sees it (no client company saved), at a laptop's size."""
    from core.auth.connect import Connections
    from core.profiles import ProfileStore
    from gui.app_window import AppWindow
    from gui.session import welcome_session

    with tempfile.TemporaryDirectory() as empty:   # never the user's own companies
        window = AppWindow(welcome_session(), lang="en",
                           connections=Connections(ProfileStore(Path(empty) / "profiles.json")))
        window.remember_geometry = False   # nor is this picture's
        try:
            window.resize(1280, 800)
            window.show()
            QCoreApplication.processEvents()
            if not window.grab().save(target, "PNG"):
                print(f"screenshot: could not write a PNG to {target}", file=sys.stderr)
                return 1
            return 0
        finally:
            window.shutdown()
            window.close()
            window.deleteLater()


def _open_example_card(app: QApplication, window: MainWindow, timeout: float = 5.0) -> None:
    """Open the card of one telling invoice (a QuickBooks edit shows the side-by-side at its best) and wait
    for its background job, so the picture shows the whole panel."""
    entries = window.model.visible_entries()
    if not entries:
        app.processEvents()
        return
    pick = next((e for e in entries if "edited_in_quickbooks" in e.kinds), entries[0])
    window.select_invoice(pick.id)
    deadline = time.monotonic() + timeout
    while window.card.card is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def _no_progress(step: str, done: int, total: int) -> None:
    del step, done, total
