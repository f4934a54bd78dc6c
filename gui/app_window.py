"""The whole app window: the failure panel plus the profile bar, the Activity and History tabs, and export.

MainWindow is the panel on one session; this adds what belongs to the app around it. A saved profile opens
on its cache at once (offline) and goes online in the background, so a slow or failing login never keeps a
bookkeeper from reviewing what is already on the computer.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from core import paths
from core.auth.expiry import Forecast, Status
from gui.banner import MessageLevel
from gui.companies import Companies
from gui.i18n import error_words
from gui.menus import AppMenus
from gui.profile_bar import ProfileBar
from gui.saved_plans import SavedPlans
from gui.send_ready import SendReady
from gui.session import DEMO_PROFILE, Session, welcome_session
from gui.undo_last import UndoLast
from gui.welcome import WelcomePage

if TYPE_CHECKING:  # the rest loads when first used, so the window shows sooner
    from core.auth.connect import Connections
    from core.types import Endpoints
    from gui.activity_view import ActivityView
    from gui.connect_dialog import ConnectDialog
    from gui.export_dialog import ExportDialog
    from gui.history_chart import HistoryChart

log = logging.getLogger(__name__)

_OPEN: set[AppWindow] = set()   # every open window: nothing else may hold a top-level window opened by a switch


def _endpoints(connections: Connections, profile: str, _progress: object, _cancel: object) -> Endpoints:
    connections.check_keyring()   # a locked keychain is reported before any network work
    return connections.endpoints(profile)


def _unfinished_runs(profile: str, _progress: object, _cancel: object) -> list[str]:
    """Fix runs a crash or a lost connection cut short (without creating a journal that is not there)."""
    path = paths.profile_dir(profile) / "journal.sqlite"
    if not path.exists():
        return []
    from core.journal import Journal

    with Journal(path) as journal:
        return journal.unfinished()


def _statuses(connections: Connections, profile: str, _progress: object, _cancel: object) -> dict[str, Forecast]:
    return connections.status(profile)


class AppWindow(SavedPlans):
    profile_switched = Signal(object)   # the AppWindow opened for the other profile
    went_online = Signal()              # a saved profile's logins worked; Refresh is available
    statuses_shown = Signal()
    unfinished_found = Signal(list)     # run ids of fixes cut short, once told to the user
    # built by AppMenus on this window (gui.menus)
    new_company_action: QAction
    rename_company_action: QAction
    remove_company_action: QAction
    quit_action: QAction
    undo_action: QAction
    tab_actions: list[QAction]

    def __init__(self, session: Session, parent: QWidget | None = None, lang: str | None = None,
                 connections: Connections | None = None) -> None:
        super().__init__(session, parent, lang)
        _OPEN.add(self)
        self.connections = connections          # None: the demo or an environment session (no saved profile)
        saved = connections.profiles.all() if connections is not None else []   # profiles.json, read once
        mine = next((p for p in saved if p.name == self.session.profile), None)
        if mine is not None:
            # HubSpot links need the account id: the OAuth reply's hub_id, or what was typed with a token.
            self._portal_hint = mine.hubspot_portal_id or self._portal_hint
        self.export_dialog: ExportDialog | None = None
        self.connect_dialog: ConnectDialog | None = None
        names = [p.name for p in saved]
        # No company saved yet and nothing else to show: the first-run page (try the demo, or add a company).
        self.welcome = (connections is not None and not self.session.online and self.session.profile not in names)
        self.companies = Companies(self)
        self._wrap()
        self.export_requested.connect(self.open_export)
        self.snapshot_changed.connect(self._on_snapshot)
        self.refresh_finished.connect(self._on_refresh_done)
        self.send_ready = SendReady(self)
        self._add_plan_action()
        self.undo_last = UndoLast(self)
        self.menus = AppMenus(self)
        self._show_profiles(names)
        if self.welcome:
            self.messages.clear()   # "no connection is configured" says nothing to someone who has none yet
            self.setWindowTitle(self.tr("Sync Doctor"))
            for action in (self.export_action, self.open_plan_action, self.undo_action, self.search_action,
                           self.clear_action, *self.tab_actions):
                action.setEnabled(False)   # nothing to export, search or undo before a company exists
        if connections is None:
            self.update_statuses()   # shown at once; a saved profile's are read (keyring) by start()

    @property
    def profile_key(self) -> tuple[str, str]:
        """Logins of one profile are refreshed in one serial queue (QBO refresh tokens rotate)."""
        return (self.session.profile, "auth")

    def _wrap(self) -> None:
        panel = self.takeCentralWidget()
        assert panel is not None   # MainWindow's _build_ui set it
        self.profile_bar = ProfileBar(self)
        self.profile_bar.switch_requested.connect(self.switch_profile)
        self.profile_bar.connect_requested.connect(self.open_connect)
        self._activity: ActivityView | None = None
        self.activity_tab = QWidget(self)   # the Activity view is built the first time it is needed
        QVBoxLayout(self.activity_tab).setContentsMargins(0, 0, 0, 0)
        self._history: HistoryChart | None = None
        self.history_tab = QWidget(self)    # so is the History chart (it reads the report module)
        QVBoxLayout(self.history_tab).setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setAccessibleName(self.tr("Views"))
        self.tabs.addTab(panel, self.tr("Failures"))
        self.tabs.addTab(self.activity_tab, self.tr("Activity"))
        self.tabs.addTab(self.history_tab, self.tr("History"))
        self.tabs.currentChanged.connect(self._on_tab)
        work = QWidget(self)
        layout = QVBoxLayout(work)
        layout.setContentsMargins(20, 10, 20, 0)
        layout.setSpacing(6)
        layout.addWidget(self.profile_bar)
        layout.addWidget(self.tabs, 1)
        self.welcome_page = WelcomePage(self)
        self.welcome_page.demo_requested.connect(self.companies.open_demo)
        self.welcome_page.connect_requested.connect(self.companies.new_company)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(work)
        self.pages.addWidget(self.welcome_page)
        self.pages.setCurrentWidget(self.welcome_page if self.welcome else work)
        self.setCentralWidget(self.pages)

    def show_failures(self) -> None:
        self.tabs.setCurrentIndex(0)

    def show_activity(self) -> None:
        self.tabs.setCurrentWidget(self.activity_tab)

    def show_history(self) -> None:
        self.tabs.setCurrentWidget(self.history_tab)

    def _on_unfinished(self, run_ids: list[str]) -> None:
        if not run_ids:
            return
        self.show_message(self.tr(
            "%n fix(es) were cut short before every change was confirmed (the app closed or the connection "
            "dropped). Open the Activity tab (Ctrl+2) to finish or undo them.", "", len(run_ids)),
            MessageLevel.INFO)
        self.unfinished_found.emit(run_ids)

    # ---- profiles and connections ---------------------------------------------------------------------
    def _show_profiles(self, names: list[str]) -> None:
        saved = self.session.profile in names
        if not saved and not self.welcome:
            names = [self.session.profile, *names]
        self.profile_bar.set_profiles(names, self.session.profile)
        self.profile_bar.connect_button.setEnabled(self.connections is not None and saved)
        if self.session.profile == DEMO_PROFILE:
            self.profile_bar.connect_button.setToolTip(self.tr("The demo company is always connected"))
        elif not saved and self.session.online:
            self.profile_bar.connect_button.setToolTip(
                self.tr("Connections come from the environment variables for this window"))
        elif not saved:
            self.profile_bar.connect_button.setToolTip(
                self.tr("Add the client company first (File ▸ New client company…), then connect it"))
        for action in (self.rename_company_action, self.remove_company_action):
            action.setEnabled(saved)

    def refresh_profiles(self) -> None:
        """Show the saved companies again (one was added, renamed or removed)."""
        self._show_profiles(self.companies.saved_names())

    def update_statuses(self) -> None:
        """Show both logins' state; a saved profile's forecast is read off the GUI thread (keyring)."""
        if self.connections is None:
            state = Status.CONNECTED if self.session.online else Status.OFFLINE
            self.show_statuses({"hubspot": Forecast(state), "qbo": Forecast(state)})
            return
        self.bridge.submit(self.profile_key, partial(_statuses, self.connections, self.session.profile),
                           name="connection status", succeeded=self.show_statuses, failed=self._on_status_failed)

    def show_statuses(self, forecasts: dict[str, Forecast]) -> None:
        hubspot, qbo = forecasts["hubspot"], forecasts["qbo"]
        self.profile_bar.set_statuses(hubspot, qbo)
        warnings = [f.text(label, self.lang) for f, label in ((hubspot, "HubSpot"), (qbo, "QuickBooks")) if f.warn]
        self.set_connection_warning(" ".join(warnings) if warnings else None)
        self.statuses_shown.emit()

    def _on_status_failed(self, err: BaseException) -> None:
        self.set_connection_warning(error_words(err))

    def go_online(self) -> None:
        """Get fresh access tokens for this profile, then refresh. Failure leaves the window on the cache."""
        if self.connections is None:
            return
        self.bridge.submit(self.profile_key, partial(_endpoints, self.connections, self.session.profile),
                           name="connect", succeeded=self._on_online, failed=self._on_online_failed)

    def _on_online(self, endpoints: Endpoints) -> None:
        self.session.endpoints = endpoints
        self.messages.clear()
        self._update_controls()
        self.send_ready.update()
        self.update_statuses()
        self.went_online.emit()
        self.refresh()

    def _on_online_failed(self, err: BaseException) -> None:
        self.show_message(self.tr("Working from the saved copy: {reason}").format(
            reason=error_words(err)), MessageLevel.INFO)
        self.update_statuses()

    def switch_profile(self, name: str) -> AppWindow | None:
        """Open the other profile in a new window (its own cache and logins) and close this one. The new window
        starts loading only once this one is destroyed (on the GUI thread, by Qt): the old company's jobs are
        cancelled and its widgets gone before the new company's work begins."""
        if self.connections is None or name == self.session.profile:
            return None
        return cast("AppWindow", self.companies.open(name))   # a sibling: a window of this class

    def sibling(self, session: Session, connections: Connections) -> AppWindow:
        """A window of this kind on `session`, in this one's language (not shown yet)."""
        return type(self)(session, lang=self.lang, connections=connections)

    def replace_with(self, other: AppWindow, start: bool = True) -> AppWindow:
        """Show `other` where this window is, then close this one; `other` starts once this one is destroyed."""
        other.setGeometry(self.normalGeometry() if self.isMaximized() else self.geometry())
        if self.isMaximized():   # the same place and state as this window (gui.window_geometry)
            other.setWindowState(other.windowState() | Qt.WindowState.WindowMaximized)
        other.show()   # before this one closes: the app quits when its last window closes
        if start:
            self.destroyed.connect(other.start)
        self.profile_switched.emit(other)
        self.close()
        return other

    def quit_app(self) -> None:
        """File ▸ Quit: close every window (each stops its work), which ends the app."""
        QApplication.closeAllWindows()

    def start(self) -> None:
        """Begin the window's work (building it starts none): the logins' state, fixes cut short, the cache now,
        then fresh data (a refresh when connected, else a saved profile's sign-in off the GUI thread). Nothing
        once the window is closed."""
        if self.bridge.closed or self.welcome:
            return
        self.update_statuses()
        self.bridge.submit((self.session.profile, "journal"), partial(_unfinished_runs, self.session.profile),
                           name="unfinished fixes", succeeded=self._on_unfinished)
        self.load_cache()          # cached rows first...
        if self.session.online:
            self.refresh()         # ...then the fresh verdict, queued behind them on the same key
        else:
            self.go_online()       # a saved profile signs in first, then refreshes

    def open_connect(self) -> ConnectDialog | None:
        """The window's one Connect dialog, made on first use and reset each time it opens."""
        if self.connections is None:
            return None
        dialog = self.connect_dialog
        if dialog is None:
            from gui.connect_dialog import ConnectDialog  # the OAuth stack loads only when someone connects

            dialog = ConnectDialog(self.connections, self.session.profile, bridge=self.bridge, parent=self)
            dialog.connected.connect(self._on_connection_changed)
            dialog.disconnected.connect(self._on_connection_changed)
            self.connect_dialog = dialog
        else:
            dialog.reopen()
        dialog.open()
        return dialog

    def _on_connection_changed(self, provider: str) -> None:
        log.info("connection to %s changed", provider)
        profile = self.connections.profiles.get(self.session.profile) if self.connections else None
        if profile is not None and profile.hubspot_auth and profile.qbo_realm:
            self.go_online()   # both connected: sign in and check every invoice (the progress bar shows it)
        self.update_statuses()

    # ---- export, activity, history ----------------------------------------------------------------------
    @property
    def activity(self) -> ActivityView:
        if self._activity is None:
            from gui.activity_view import ActivityView  # the journal and fix machinery load on first use

            self._activity = ActivityView(self.session, self.bridge, self.activity_tab)
            self._activity.records_changed.connect(self._on_records_changed)
            layout = self.activity_tab.layout()
            assert layout is not None
            layout.addWidget(self._activity)
        return self._activity

    @property
    def history(self) -> HistoryChart:
        if self._history is None:
            from gui.history_chart import HistoryChart

            self._history = HistoryChart(self.history_tab, self.lang)
            layout = self.history_tab.layout()
            assert layout is not None
            layout.addWidget(self._history)
            self._history.load(self.session.db_path)
        return self._history

    def open_export(self) -> ExportDialog:
        """The window's one Export dialog: made on first use, then shown again with the choices it had."""
        dialog = self.export_dialog
        if dialog is None:
            from gui.export_dialog import ExportDialog

            dialog = self.export_dialog = ExportDialog(self.session.db_path, self.session.profile, self.lang, self,
                                                       self.bridge)
        dialog.reopen(self.lang)
        dialog.open()
        return dialog

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.activity_tab:
            self.activity.reload()
        elif self.tabs.widget(index) is self.history_tab:
            self.history.load(self.session.db_path)

    def _on_snapshot(self) -> None:
        if self._history is not None:
            self._history.load(self.session.db_path)

    def _on_refresh_done(self, outcome: str) -> None:
        if self._activity is not None:
            self._activity.reload()
        self.update_statuses()

    def _on_records_changed(self) -> None:
        if self.session.online:
            self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)   # shuts the window's work down and hands it to Qt for deletion
        if event.isAccepted():
            _OPEN.discard(self)


def welcome_window(connections: Connections | None = None) -> AppWindow:
    """The first-run window (no client company saved yet), not started."""
    if connections is None:
        from core.auth.connect import Connections

        connections = Connections()
    return AppWindow(welcome_session(), connections=connections)


def shutdown_all() -> None:
    """Stop the work of every window still open (an app quit without closing them first)."""
    for window in list(_OPEN):
        window.shutdown()


def profile_window(name: str | None, connections: Connections | None = None) -> AppWindow | None:
    """The window for a saved profile (`name`, else the current one), not started (see AppWindow.start);
    None when no profile is saved."""
    if connections is None:
        from core.auth.connect import Connections

        connections = Connections()
    profile = connections.profiles.get(name) if name else connections.profiles.current()
    if profile is None:
        return None
    connections.profiles.switch(profile.name)
    return AppWindow(Session(profile.name, profile.cache_path, None), connections=connections)
