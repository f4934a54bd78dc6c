"""The Connect dialog: connect a profile to HubSpot and QuickBooks, in the browser or by pasting.

Every step that touches the network or the keychain is a TaskBridge job on the key (profile, "connect"); the
dialog only reacts to the task's signals (bound methods). Errors are shown in the status line in the words core
chose (they never contain a token); anything unexpected is reported as a bug, in plain words too.
"""

from __future__ import annotations

import logging
import webbrowser
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.auth import oauth
from core.auth.connect import Connected, Connections, Disconnected, OpenBrowser
from core.auth.expiry import Forecast, Status
from core.auth.oauth import HUBSPOT, QBO, AuthRequest
from core.errors import UserError
from core.profiles import HUBSPOT_APP, qbo_app_key
from gui import connect_jobs as jobs
from gui import widgets
from gui.style import CONNECT_STYLE
from gui.tasks import Job, TaskBridge

log = logging.getLogger(__name__)


class ConnectDialog(QDialog):
    connected = Signal(str)       # provider key, once a connection is saved
    disconnected = Signal(str)    # provider key
    work_finished = Signal(str)   # "ok", "error" or "cancelled", once the dialog has shown the outcome

    def __init__(self, connections: Connections, profile_name: str, bridge: TaskBridge | None = None,
                 open_browser: OpenBrowser | None = None, timeout: float = 300.0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = connections
        self.profile_name = profile_name
        self._own_bridge = bridge is None
        self.bridge = bridge if bridge is not None else TaskBridge(self)
        self.open_browser: OpenBrowser = open_browser or webbrowser.open
        self.timeout = timeout
        self.pending: AuthRequest | None = None   # the paste path's sign-in in flight
        self.missing_scopes: list[str] = []
        self._outcome = "ok"                      # of the last job, announced by work_finished
        self.setWindowTitle(self.tr("Connect — {profile}").format(profile=profile_name))
        self.setStyleSheet(CONNECT_STYLE)
        self.setMinimumWidth(620)

        self.keyring_note = widgets.named_label(self, "keyringNote", self.tr("Where your connections are saved"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Services"))
        self.tabs.addTab(self._hubspot_page(), self.tr("HubSpot"))
        self.tabs.addTab(self._qbo_page(), self.tr("QuickBooks"))
        self.status = widgets.named_label(self, "connectStatus", self.tr("Status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cancel_button = QPushButton(self.tr("Stop waiting"), self)
        self.cancel_button.setAccessibleName(self.tr("Stop waiting for the browser"))
        self.cancel_button.clicked.connect(self.cancel_work)
        self.cancel_button.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.cancel_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.tabs)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self.reopen()

    def reopen(self) -> None:
        """Show the saved state afresh (its window reuses the dialog): nothing typed or half done is kept."""
        self.pending, self.missing_scopes = None, []
        self.status.clear()
        self.scopes_label.hide()
        self._show_keyring_policy()
        self.refresh_statuses()
        self._on_environment_changed()

    # --- building -------------------------------------------------------------------------------------------
    def _hubspot_page(self) -> QWidget:
        page = QWidget(self)
        self.hubspot_state = widgets.named_label(self, "hubspotState", self.tr("HubSpot connection"))
        oauth_box = QGroupBox(self.tr("Connect in the browser"), page)
        self.hubspot_client_id = widgets.field(oauth_box, self.tr("HubSpot app client ID"))
        self.hubspot_secret = widgets.field(oauth_box, self.tr("HubSpot app client secret"), secret=True)
        self.hubspot_connect = widgets.button(oauth_box, self.tr("Connect in browser"), self.connect_hubspot)
        form = QFormLayout(oauth_box)
        form.addRow(self.tr("App client ID:"), self.hubspot_client_id)
        form.addRow(self.tr("App client secret:"), self.hubspot_secret)
        form.addRow(widgets.hint(self.tr("Entered once for this computer; the secret is kept in the system "
                                       "keychain."), oauth_box))
        form.addRow(widgets.left(self.hubspot_connect))

        token_box = QGroupBox(self.tr("Or paste a private-app token or service key"), page)
        self.hubspot_token = widgets.field(token_box, self.tr("Private-app token or service key"), "pat-…",
                                         secret=True)
        self.hubspot_portal = widgets.field(token_box, self.tr("HubSpot account ID"), self.tr("optional"))
        self.hubspot_use_token = widgets.button(token_box, self.tr("Use this token"), self.use_hubspot_token)
        token_form = QFormLayout(token_box)
        token_form.addRow(self.tr("Token or key:"), self.hubspot_token)
        token_form.addRow(self.tr("Account ID:"), self.hubspot_portal)
        token_form.addRow(widgets.left(self.hubspot_use_token))

        self.scopes_label = widgets.named_label(self, "scopesLabel", self.tr("Permissions Sync Doctor needs"))
        self.scopes_label.hide()
        self.hubspot_disconnect = widgets.button(page, self.tr("Disconnect HubSpot"), self.disconnect_hubspot)
        layout = QVBoxLayout(page)
        for widget in (self.hubspot_state, oauth_box, token_box, self.scopes_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.hubspot_disconnect, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _qbo_page(self) -> QWidget:
        page = QWidget(self)
        self.qbo_state = widgets.named_label(self, "qboState", self.tr("QuickBooks connection"))
        self.environment = QComboBox(page)
        self.environment.setAccessibleName(self.tr("QuickBooks environment"))
        self.environment.addItem(self.tr("Sandbox (development keys)"), "sandbox")
        self.environment.addItem(self.tr("Production"), "production")
        profile = self.conn.profiles.get(self.profile_name)
        self.environment.setCurrentIndex(max(self.environment.findData(profile.qbo_environment), 0))
        self.environment.currentIndexChanged.connect(self._on_environment_changed)

        app_box = QGroupBox(self.tr("Your Intuit app"), page)
        self.qbo_client_id = widgets.field(app_box, self.tr("Intuit app client ID"))
        self.qbo_secret = widgets.field(app_box, self.tr("Intuit app client secret"), secret=True)
        self.qbo_redirect = widgets.field(app_box, self.tr("HTTPS redirect address"),
                                        self.tr("https://… (needed for production keys)"))
        app_form = QFormLayout(app_box)
        app_form.addRow(self.tr("Environment:"), self.environment)
        app_form.addRow(self.tr("App client ID:"), self.qbo_client_id)
        app_form.addRow(self.tr("App client secret:"), self.qbo_secret)
        app_form.addRow(self.tr("Redirect address:"), self.qbo_redirect)

        browser_box = QGroupBox(self.tr("Connect in the browser"), page)
        self.qbo_connect = widgets.button(browser_box, self.tr("Connect in browser"), self.connect_qbo)
        self.qbo_loopback_hint = widgets.hint("", browser_box)
        browser_layout = QVBoxLayout(browser_box)
        browser_layout.addWidget(self.qbo_loopback_hint)
        browser_layout.addWidget(self.qbo_connect, 0, Qt.AlignmentFlag.AlignLeft)

        paste_box = QGroupBox(self.tr("Or paste the address your browser landed on"), page)
        self.qbo_open_page = widgets.button(paste_box, self.tr("1. Open the sign-in page"), self.start_qbo_paste)
        self.qbo_landed = widgets.field(paste_box, self.tr("Address your browser landed on"),
                                      self.tr("Paste the whole address from the address bar"))
        self.qbo_finish = widgets.button(paste_box, self.tr("2. Finish connecting"), self.finish_qbo_paste)
        self.qbo_finish.setEnabled(False)
        paste_layout = QVBoxLayout(paste_box)
        paste_layout.addWidget(widgets.hint(self.tr(
            "After you approve, the browser lands on your redirect address. Copy that whole address from the "
            "address bar and paste it here."), paste_box))
        paste_layout.addWidget(self.qbo_open_page, 0, Qt.AlignmentFlag.AlignLeft)
        paste_layout.addWidget(self.qbo_landed)
        paste_layout.addWidget(self.qbo_finish, 0, Qt.AlignmentFlag.AlignLeft)

        self.qbo_disconnect = widgets.button(page, self.tr("Disconnect QuickBooks"), self.disconnect_qbo)
        layout = QVBoxLayout(page)
        for widget in (self.qbo_state, app_box, browser_box, paste_box):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.qbo_disconnect, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    # --- state shown -----------------------------------------------------------------------------------------
    def _show_keyring_policy(self) -> None:
        store = self.conn.store
        if store.persistent:
            self.keyring_note.setText(self.tr("Connections are saved in the system keychain ({backend}).").format(
                backend=store.backend_name))
            self.keyring_note.setProperty("level", "info")
        else:
            self.keyring_note.setText(self.tr(
                "No secure system keychain is available, so tokens are kept in memory for this session only: "
                "you will need to connect again after closing Sync Doctor."))
            self.keyring_note.setProperty("level", "warning")
        widgets.repolish(self.keyring_note)

    def refresh_statuses(self) -> None:
        statuses = self.conn.status(self.profile_name)
        self.hubspot_state.setText(self._forecast_text(self.tr("HubSpot"), statuses[HUBSPOT]))
        self.qbo_state.setText(self._forecast_text(self.tr("QuickBooks"), statuses[QBO]))
        self.hubspot_disconnect.setEnabled(statuses[HUBSPOT].status is not Status.NOT_CONNECTED)
        self.qbo_disconnect.setEnabled(statuses[QBO].status is not Status.NOT_CONNECTED)

    def _forecast_text(self, system: str, forecast: Forecast) -> str:
        if forecast.status is Status.CONNECTED:
            return self.tr("{system} is connected.").format(system=system)
        if forecast.status is Status.EXPIRES_SOON:
            return self.tr("{system} is connected, but the connection expires in %n day(s). Connect again to "
                           "renew it.", "", forecast.days_left or 0).format(system=system)
        if forecast.status is Status.RECONNECT_NEEDED:
            return self.tr("{system} needs you to connect again.").format(system=system)
        if forecast.status is Status.OFFLINE:
            return self.tr("{system} cannot be reached right now.").format(system=system)
        return self.tr("{system} is not connected yet.").format(system=system)

    def _on_environment_changed(self) -> None:
        environment = str(self.environment.currentData())
        settings = self.conn.app_settings(qbo_app_key(environment))
        self.qbo_client_id.setText(settings.client_id)
        self.qbo_redirect.setText(settings.redirect_uri)
        self._secret_placeholder(self.qbo_secret, bool(settings.client_id))
        hub = self.conn.app_settings(HUBSPOT_APP)
        if not self.hubspot_client_id.text():
            self.hubspot_client_id.setText(hub.client_id)
        self._secret_placeholder(self.hubspot_secret, bool(hub.client_id))
        production = environment == "production" and not self.conn.profiles.get(self.profile_name).qbo_oauth_base
        self.qbo_connect.setEnabled(not production)
        self.qbo_loopback_hint.setText(
            self.tr("Intuit sends the browser back to this computer (localhost) only for development keys. For "
                    "production keys, use the paste option below with your HTTPS redirect address.")
            if production else
            self.tr("Opens Intuit's sign-in page; after you approve, Sync Doctor finishes on its own."))
        self.pending = None
        self.qbo_finish.setEnabled(False)

    def _secret_placeholder(self, edit: QLineEdit, saved: bool) -> None:
        edit.setPlaceholderText(self.tr("saved in the keychain (type to replace)") if saved else "")

    def set_status(self, text: str, level: str) -> None:
        self.status.setText(text)
        self.status.setProperty("level", level)
        widgets.repolish(self.status)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow (never shrink) so a wrapped message or the scope list is shown whole."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else self.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def _busy(self, text: str, waiting_for_browser: bool = False) -> None:
        self.set_status(text, "busy")
        self.cancel_button.setVisible(waiting_for_browser)
        for button in self._action_buttons():
            button.setEnabled(False)

    def _action_buttons(self) -> list[QPushButton]:
        return [self.hubspot_connect, self.hubspot_use_token, self.qbo_connect, self.qbo_open_page, self.qbo_finish,
                self.hubspot_disconnect, self.qbo_disconnect]

    # --- actions (GUI thread) --------------------------------------------------------------------------------
    @property
    def key(self) -> tuple[str, str]:
        return (self.profile_name, "connect")

    def _submit(self, job: Job, name: str) -> None:
        self.bridge.submit(self.key, job, name=name,
                           succeeded=self._on_succeeded, failed=self._on_failed, cancelled=self._on_cancelled,
                           finished=self._on_finished)

    def connect_hubspot(self) -> None:
        self._busy(self.tr("Waiting for you to approve Sync Doctor in the browser…"), waiting_for_browser=True)
        self._submit(partial(jobs.connect_hubspot_job, self.conn, self.profile_name, self.hubspot_client_id.text(),
                             self.hubspot_secret.text(), self.open_browser, self.timeout), "connect HubSpot")

    def use_hubspot_token(self) -> None:
        self._busy(self.tr("Checking the token with HubSpot…"))
        self._submit(partial(jobs.hubspot_token_job, self.conn, self.profile_name, self.hubspot_token.text(),
                             self.hubspot_portal.text()), "HubSpot token")

    def connect_qbo(self) -> None:
        self._busy(self.tr("Waiting for you to approve Sync Doctor in the browser…"), waiting_for_browser=True)
        self._submit(partial(jobs.connect_qbo_job, self.conn, self.profile_name, str(self.environment.currentData()),
                             self.qbo_client_id.text(), self.qbo_secret.text(), self.qbo_redirect.text(),
                             self.open_browser, self.timeout), "connect QuickBooks")

    def start_qbo_paste(self) -> None:
        self._busy(self.tr("Preparing the sign-in page…"))
        self._submit(partial(jobs.start_paste_job, self.conn, self.profile_name, str(self.environment.currentData()),
                             self.qbo_client_id.text(), self.qbo_secret.text(), self.qbo_redirect.text()),
                     "start QuickBooks sign-in")

    def finish_qbo_paste(self) -> None:
        if self.pending is None:
            self.set_status(self.tr("Open the sign-in page first (step 1)."), "error")
            return
        self._busy(self.tr("Finishing the connection with QuickBooks…"))
        self._submit(partial(jobs.finish_paste_job, self.conn, self.profile_name, self.pending, self.qbo_landed.text()),
                     "finish QuickBooks sign-in")

    def disconnect_hubspot(self) -> None:
        self._busy(self.tr("Disconnecting HubSpot…"))
        self._submit(partial(jobs.disconnect_job, self.conn, self.profile_name, HUBSPOT), "disconnect HubSpot")

    def disconnect_qbo(self) -> None:
        self._busy(self.tr("Disconnecting QuickBooks…"))
        self._submit(partial(jobs.disconnect_job, self.conn, self.profile_name, QBO), "disconnect QuickBooks")

    def cancel_work(self) -> None:
        self.bridge.cancel(self.key)

    # --- outcomes (GUI thread, from Task signals) -------------------------------------------------------------
    def _on_succeeded(self, result: object) -> None:
        if isinstance(result, AuthRequest):
            self.pending = result
            self.qbo_finish.setEnabled(True)
            self.open_browser(result.url)
            self.set_status(self.tr("The sign-in page opened in your browser. After you approve, copy the address "
                                    "from the browser's address bar, paste it above and choose Finish."), "busy")
        elif isinstance(result, Connected):
            self._show_connected(result)
        elif isinstance(result, Disconnected):
            system = oauth.LABELS[result.provider]
            text = self.tr("{system} is disconnected.").format(system=system)
            self.set_status(f"{text} {result.note}".strip(), "ok" if result.revoked else "error")
            self.disconnected.emit(result.provider)
        self._outcome = "ok"

    def _show_connected(self, result: Connected) -> None:
        system = oauth.LABELS[result.provider]
        parts = [self.tr("{system} is connected.").format(system=system)]
        if not result.persistent:
            parts.append(self.tr("Tokens are kept in memory for this session only."))
        self.missing_scopes = list(result.missing_scopes)
        if result.missing_scopes:
            self._show_scopes(self.tr("HubSpot did not grant these permissions Sync Doctor needs. Add them to the "
                                      "app (or private app) and connect again:"), result.missing_scopes)
            parts.append(self.tr("Some permissions were not granted; see the list on the HubSpot tab."))
        elif result.provider == HUBSPOT:
            self.scopes_label.hide()
        if result.provider == QBO:
            self.pending = None
            self.qbo_landed.clear()
        if result.provider == HUBSPOT:
            self.hubspot_token.clear()
        self.set_status(" ".join(parts), "ok")
        self.connected.emit(result.provider)

    def _show_scopes(self, heading: str, scopes: list[str]) -> None:
        self.scopes_label.setText(heading + "\n• " + "\n• ".join(scopes))
        self.scopes_label.show()
        self._fit_height()

    def _on_failed(self, err: object) -> None:
        if isinstance(err, UserError):   # KeyringLockedError included: said in core's words
            text = str(err)
            if "permission Sync Doctor asks for" in text:
                self._show_scopes(self.tr("HubSpot shows an error page instead of coming back when the app does "
                                          "not declare every permission Sync Doctor asks for. The app needs:"),
                                  list(oauth.HUBSPOT_SCOPES))
        else:
            log.error("connect job failed", exc_info=err if isinstance(err, BaseException) else None)
            text = self.tr("Something went wrong while connecting ({kind}). Try again; if it keeps happening, "
                           "please report it.").format(kind=type(err).__name__)
        self.set_status(text, "error")
        self._outcome = "error"

    def _on_cancelled(self) -> None:
        self.set_status(self.tr("Connecting was cancelled. Nothing was changed."), "error")
        self._outcome = "cancelled"

    def _on_finished(self) -> None:
        self.cancel_button.hide()
        for button in self._action_buttons():
            button.setEnabled(True)
        self.qbo_finish.setEnabled(self.pending is not None)
        production = (str(self.environment.currentData()) == "production"
                      and not self.conn.profiles.get(self.profile_name).qbo_oauth_base)
        self.qbo_connect.setEnabled(not production)   # loopback sign-in works with development keys only
        self.refresh_statuses()
        self.work_finished.emit(self._outcome)

    def done(self, result: int) -> None:
        """Closing stops a wait for the browser; a bridge the dialog made is shut down with it."""
        self.bridge.cancel(self.key)
        for edit in (self.hubspot_secret, self.hubspot_token, self.qbo_secret, self.qbo_landed):
            edit.clear()   # a hidden dialog keeps no secret typed into it
        if self._own_bridge:
            self.bridge.shutdown()
        super().done(result)

