"""The Connect dialog's two pages, as a bookkeeper meets them: sign in with the service in the browser (or paste
a HubSpot private-app token, or the address the browser landed on for QuickBooks production keys). The app's
own keys and the QuickBooks environment sit under a collapsed "Advanced", because they come from the firm's app
settings file (core.auth.app_file) on a set-up computer. The base of gui.connect_dialog.ConnectDialog.

Each page sits in a scroll area that follows the page's height for its width, so wrapped help text is never
drawn over the buttons below it, whatever the dialog's size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.profiles import HUBSPOT_APP, qbo_app_key
from gui import widgets

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from core.auth.connect import Connections
    from core.auth.oauth import AuthRequest


if TYPE_CHECKING:
    class _Window(QDialog):
        """Typing only: what ConnectDialog holds and does."""

        conn: Connections
        profile_name: str
        keyring_note: QLabel
        pending: AuthRequest | None

        def _fit_height(self) -> None: ...
        def connect_hubspot(self) -> None: ...
        def use_hubspot_token(self) -> None: ...
        def disconnect_hubspot(self) -> None: ...
        def connect_qbo(self) -> None: ...
        def start_qbo_paste(self) -> None: ...
        def finish_qbo_paste(self) -> None: ...
        def disconnect_qbo(self) -> None: ...
else:
    _Window = QDialog


class ConnectPages(_Window):
    """The pages' widgets: ConnectDialog's base, which it fills with what the buttons do."""

    def _scrolled(self, page: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(page)
        return area

    def _advanced(self, page: QWidget, name: str) -> tuple[QToolButton, QWidget, QFormLayout]:
        """A collapsed section: a toggle and the box it shows."""
        toggle = QToolButton(page)
        toggle.setText(self.tr("Advanced"))
        toggle.setAccessibleName(self.tr("Advanced settings for {name}").format(name=name))
        toggle.setCheckable(True)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setArrowType(Qt.ArrowType.RightArrow)
        toggle.setAutoRaise(True)
        box = QWidget(page)
        box.hide()
        toggle.toggled.connect(box.setVisible)
        toggle.toggled.connect(self._on_advanced_toggled)
        return toggle, box, QFormLayout(box)

    def _on_advanced_toggled(self, shown: bool) -> None:
        for toggle in (self.hubspot_advanced, self.qbo_advanced):
            toggle.setArrowType(Qt.ArrowType.DownArrow if toggle.isChecked() else Qt.ArrowType.RightArrow)
        self._fit_height()

    def _hubspot_page(self) -> QWidget:
        page = QWidget(self)
        self.hubspot_state = widgets.named_label(self, "hubspotState", self.tr("HubSpot connection"))
        self.hubspot_app_note = widgets.named_label(page, "hubspotAppNote", self.tr("HubSpot app"))
        oauth_box = QGroupBox(self.tr("Sign in with HubSpot"), page)
        self.hubspot_connect = widgets.button(oauth_box, self.tr("Sign in with HubSpot…"), self.connect_hubspot)
        oauth_layout = QVBoxLayout(oauth_box)
        oauth_layout.addWidget(widgets.hint(self.tr(
            "Opens HubSpot in your browser. Choose the client's account and approve; Sync Doctor finishes on its "
            "own."), oauth_box))
        oauth_layout.addWidget(self.hubspot_connect, 0, Qt.AlignmentFlag.AlignLeft)

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
        self.hubspot_advanced, advanced, form = self._advanced(page, "HubSpot")
        self.hubspot_client_id = widgets.field(advanced, self.tr("HubSpot app client ID"))
        self.hubspot_secret = widgets.field(advanced, self.tr("HubSpot app client secret"), secret=True)
        form.addRow(self.tr("App client ID:"), self.hubspot_client_id)
        form.addRow(self.tr("App client secret:"), self.hubspot_secret)
        self.hubspot_secret_hint = widgets.hint("", advanced)
        form.addRow(self.hubspot_secret_hint)
        self.hubspot_disconnect = widgets.button(page, self.tr("Disconnect HubSpot"), self.disconnect_hubspot)
        return self._stacked(page, (self.hubspot_state, self.hubspot_app_note, oauth_box, token_box,
                                     self.scopes_label), self.hubspot_advanced, advanced, self.hubspot_disconnect)

    def _qbo_page(self) -> QWidget:
        page = QWidget(self)
        self.qbo_state = widgets.named_label(self, "qboState", self.tr("QuickBooks connection"))
        self.qbo_app_note = widgets.named_label(page, "qboAppNote", self.tr("QuickBooks app"))
        browser_box = QGroupBox(self.tr("Sign in with QuickBooks"), page)
        self.qbo_connect = widgets.button(browser_box, self.tr("Sign in with QuickBooks…"), self.connect_qbo)
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
            "For QuickBooks production keys: after you approve, the browser lands on your firm's redirect "
            "address. Copy that whole address from the address bar and paste it here."), paste_box))
        paste_layout.addWidget(self.qbo_open_page, 0, Qt.AlignmentFlag.AlignLeft)
        paste_layout.addWidget(self.qbo_landed)
        paste_layout.addWidget(self.qbo_finish, 0, Qt.AlignmentFlag.AlignLeft)

        self.qbo_advanced, advanced, form = self._advanced(page, "QuickBooks")
        self.environment = QComboBox(advanced)
        self.environment.setAccessibleName(self.tr("QuickBooks environment"))
        self.environment.addItem(self.tr("Production (real companies)"), "production")
        self.environment.addItem(self.tr("Sandbox (development keys)"), "sandbox")
        profile = self.conn.profiles.get(self.profile_name)
        self.environment.setCurrentIndex(max(self.environment.findData(profile.qbo_environment), 0))
        self.environment.currentIndexChanged.connect(self._on_environment_changed)
        self.qbo_client_id = widgets.field(advanced, self.tr("Intuit app client ID"))
        self.qbo_secret = widgets.field(advanced, self.tr("Intuit app client secret"), secret=True)
        self.qbo_redirect = widgets.field(advanced, self.tr("HTTPS redirect address"),
                                          self.tr("https://… (needed for production keys)"))
        form.addRow(self.tr("Environment:"), self.environment)
        form.addRow(self.tr("App client ID:"), self.qbo_client_id)
        form.addRow(self.tr("App client secret:"), self.qbo_secret)
        form.addRow(self.tr("Redirect address:"), self.qbo_redirect)
        self.qbo_secret_hint = widgets.hint("", advanced)
        form.addRow(self.qbo_secret_hint)

        self.qbo_disconnect = widgets.button(page, self.tr("Disconnect QuickBooks"), self.disconnect_qbo)
        return self._stacked(page, (self.qbo_state, self.qbo_app_note, browser_box, paste_box), self.qbo_advanced,
                             advanced, self.qbo_disconnect)

    def _stacked(self, page: QWidget, parts: tuple[QWidget, ...], toggle: QWidget, advanced: QWidget,
                 disconnect: QWidget) -> QWidget:
        """A service's page: its parts top down, the Advanced toggle and section, Disconnect at the bottom."""
        layout = QVBoxLayout(page)
        for widget in parts:
            layout.addWidget(widget)
        layout.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(advanced)
        layout.addStretch(1)
        layout.addWidget(disconnect, 0, Qt.AlignmentFlag.AlignLeft)
        return self._scrolled(page)

    # --- state shown -----------------------------------------------------------------------------------------
    def _show_keyring_policy(self) -> None:
        store = self.conn.store
        if store.persistent:
            self.keyring_note.setText(self.tr("Connections are saved in the system keychain ({backend}).").format(
                backend=store.backend_name))
            self.keyring_note.setProperty("level", "info")
            secret = self.tr("Entered once for this computer; the secret is kept in the system keychain.")
        else:
            self.keyring_note.setText(self.tr(
                "No secure system keychain is available, so tokens are kept in memory for this session only: "
                "you will need to connect again after closing Sync Doctor."))
            self.keyring_note.setProperty("level", "warning")
            secret = self.tr("Without a keychain the secret is kept only until Sync Doctor closes.")
        for hint in (self.hubspot_secret_hint, self.qbo_secret_hint):
            hint.setText(secret)
        widgets.repolish(self.keyring_note)

    def _on_environment_changed(self) -> None:
        environment = str(self.environment.currentData())
        typed = self.conn.typed_app_settings(qbo_app_key(environment))
        self.qbo_client_id.setText(typed.client_id)
        self.qbo_redirect.setText(typed.redirect_uri)
        self._secret_placeholder(self.qbo_secret, bool(typed.client_id))
        hub = self.conn.typed_app_settings(HUBSPOT_APP)
        if not self.hubspot_client_id.text():
            self.hubspot_client_id.setText(hub.client_id)
        self._secret_placeholder(self.hubspot_secret, bool(hub.client_id))
        self._show_app_notes(environment)
        production = environment == "production" and not self.conn.profiles.get(self.profile_name).qbo_oauth_base
        self.qbo_connect.setEnabled(not production)
        self.qbo_loopback_hint.setText(
            self.tr("Intuit sends the browser back to this computer only for development keys. With production "
                    "keys, use the paste option below.")
            if production else
            self.tr("Opens QuickBooks in your browser. Choose the client's company and approve; Sync Doctor "
                    "finishes on its own."))
        self.pending = None
        self.qbo_finish.setEnabled(False)

    def _show_app_notes(self, environment: str) -> None:
        """Say so, in the page, when this computer has no app to sign in with (instead of a failed sign-in)."""
        for note, key, system in ((self.hubspot_app_note, HUBSPOT_APP, self.tr("HubSpot")),
                                  (self.qbo_app_note, qbo_app_key(environment), self.tr("QuickBooks"))):
            missing = self._app_missing(key)
            note.setText(self.tr(
                "This computer has no {system} app set up yet. Ask your firm's administrator for the app settings "
                "file (oauth-apps.json), or enter the app's details under Advanced.").format(system=system)
                if missing else "")
            note.setVisible(missing)

    def _app_missing(self, key: str) -> bool:
        try:
            return self.conn.app_credentials(key) is None
        except Exception:   # a locked keychain or an unreadable file: the sign-in says why in its own words
            return False

    def _secret_placeholder(self, edit: QLineEdit, saved: bool) -> None:
        text = (self.tr("saved in the keychain (type to replace)") if self.conn.store.persistent
                else self.tr("saved for this session (type to replace)"))
        edit.setPlaceholderText(text if saved else "")
