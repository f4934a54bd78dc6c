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
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.auth import oauth
from core.auth.connect import Connected, Connections, Disconnected, OpenBrowser
from core.auth.expiry import Forecast, Status
from core.auth.oauth import HUBSPOT, QBO, AuthRequest
from core.errors import UserError
from core.services import connect
from gui import i18n, widgets
from gui.connect_pages import ConnectPages
from gui.i18n import error_words
from gui.style import CONNECT_STYLE
from gui.tasks import Job, TaskBridge

log = logging.getLogger(__name__)


class ConnectDialog(ConnectPages):
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
        self.tabs.currentChanged.connect(self._fit_height)
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

    # --- state shown -----------------------------------------------------------------------------------------
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

    def set_status(self, text: str, level: str) -> None:
        self.status.setText(text)
        self.status.setProperty("level", level)
        widgets.repolish(self.status)
        self._fit_height()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow (never shrink, never past the screen) so a wrapped message and the open page are shown whole;
        what still does not fit scrolls inside the page."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else self.sizeHint().height()
        area = self.tabs.currentWidget()
        if isinstance(area, QScrollArea) and (page := area.widget()) is not None:
            page_layout = page.layout()
            if page_layout is not None:
                page_layout.activate()
                wanted = page.heightForWidth(area.viewport().width())
                wanted = wanted if wanted > 0 else page.sizeHint().height()
                needed = max(needed, self.height() + wanted - area.viewport().height())
        screen = self.screen()
        if screen is not None:
            needed = min(needed, screen.availableGeometry().height() - 40)
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
        self._submit(partial(connect.connect_hubspot_job, self.conn, self.profile_name, self.hubspot_client_id.text(),
                             self.hubspot_secret.text(), self.open_browser, self.timeout), "connect HubSpot")

    def use_hubspot_token(self) -> None:
        self._busy(self.tr("Checking the token with HubSpot…"))
        self._submit(partial(connect.hubspot_token_job, self.conn, self.profile_name, self.hubspot_token.text(),
                             self.hubspot_portal.text()), "HubSpot token")

    def connect_qbo(self) -> None:
        self._busy(self.tr("Waiting for you to approve Sync Doctor in the browser…"), waiting_for_browser=True)
        self._submit(partial(connect.connect_qbo_job, self.conn, self.profile_name, str(self.environment.currentData()),
                             self.qbo_client_id.text(), self.qbo_secret.text(), self.qbo_redirect.text(),
                             self.open_browser, self.timeout), "connect QuickBooks")

    def start_qbo_paste(self) -> None:
        self._busy(self.tr("Preparing the sign-in page…"))
        self._submit(partial(connect.start_paste_job, self.conn, self.profile_name, str(self.environment.currentData()),
                             self.qbo_client_id.text(), self.qbo_secret.text(), self.qbo_redirect.text()),
                     "start QuickBooks sign-in")

    def finish_qbo_paste(self) -> None:
        if self.pending is None:
            self.set_status(self.tr("Open the sign-in page first (step 1)."), "error")
            return
        self._busy(self.tr("Finishing the connection with QuickBooks…"))
        self._submit(partial(connect.finish_paste_job, self.conn, self.profile_name, self.pending,
                             self.qbo_landed.text()), "finish QuickBooks sign-in")

    def disconnect_hubspot(self) -> None:
        self._busy(self.tr("Disconnecting HubSpot…"))
        self._submit(partial(connect.disconnect_job, self.conn, self.profile_name, HUBSPOT), "disconnect HubSpot")

    def disconnect_qbo(self) -> None:
        self._busy(self.tr("Disconnecting QuickBooks…"))
        self._submit(partial(connect.disconnect_job, self.conn, self.profile_name, QBO), "disconnect QuickBooks")

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
            note = i18n.text(result.note) if result.note is not None else ""
            self.set_status(f"{text} {note}".strip(), "ok" if result.revoked else "error")
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
        profile = self.conn.profiles.get(self.profile_name)
        if profile.hubspot_auth and profile.qbo_realm:   # the window now checks every invoice, behind the dialog
            parts.append(self.tr("Both are connected: close this window to watch Sync Doctor check every "
                                 "invoice."))
        self.set_status(" ".join(parts), "ok")
        self.connected.emit(result.provider)

    def _show_scopes(self, heading: str, scopes: list[str]) -> None:
        self.scopes_label.setText(heading + "\n• " + "\n• ".join(scopes))
        self.scopes_label.show()
        self._fit_height()

    def _on_failed(self, err: object) -> None:
        if isinstance(err, UserError):   # KeyringLockedError included: said in core's words
            text = error_words(err)
            if "permission Sync Doctor asks for" in str(err):   # the English text: the same in every language
                self._show_scopes(self.tr("HubSpot shows an error page instead of coming back when the app does "
                                          "not declare every permission Sync Doctor asks for. The app needs:"),
                                  list(oauth.HUBSPOT_SCOPES))
        else:
            log.error("connect job failed", exc_info=err if isinstance(err, BaseException) else None)
            text = self.tr("Something unexpected went wrong while connecting. Try again; if it keeps happening, "
                           "send the log file (Help ▸ Open log folder) to support.")
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

