"""Client companies from the window: add one (File ▸ New client company…), rename, remove, open another.

Each company opens in its own window (its own cache and logins) that replaces the current one, as a switch
does. Removing the open company first opens another (or the welcome page), and the removal runs once the old
window is gone, so none of its jobs still holds the files being deleted. Dialogs are opened, never exec'd.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from core.auth import companies
from core.errors import UserError
from gui import i18n, menus
from gui.banner import MessageLevel
from gui.i18n import error_text
from gui.session import Session, demo_session, welcome_session
from gui.widgets import Owner

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from core.auth.connect import Connections
    from gui.window_api import CompanyWindow


class NameDialog(QDialog):
    """Asks for a client company's name (non-blocking; `named` carries the name typed)."""

    named = Signal(str)

    def __init__(self, parent: QWidget, title: str, prompt: str, name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("companyNameDialog")
        self.edit = QLineEdit(name, self)
        self.edit.setAccessibleName(self.tr("Client company name"))
        self.edit.setPlaceholderText(self.tr("For example: Acme Ltd"))
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        label.setBuddy(self.edit)
        self.error = QLabel(self)
        self.error.setObjectName("companyNameError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #C0392B;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(self._on_text)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._on_text(name)

    def _on_text(self, value: str) -> None:
        self.ok_button.setEnabled(bool(value.strip()))
        self.error.hide()

    def _on_ok(self) -> None:
        """The receiver accepts the dialog, or keeps it open with show_error (a name taken, a bad settings file)."""
        self.named.emit(self.edit.text())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class Companies(QObject):
    """The window's client-company commands (its File menu and the welcome page call these)."""

    window: Owner[CompanyWindow] = Owner()

    def __init__(self, window: CompanyWindow) -> None:
        super().__init__(cast(QObject, window))
        self.window = window
        self.dialog: NameDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.notice: QMessageBox | None = None   # what a removal left to say on the first-run page

    def _parent(self) -> QWidget:
        return cast(QWidget, self.parent())   # the window, as the widget dialogs sit on

    @property
    def connections(self) -> Connections:
        conn = self.window.connections
        if conn is None:   # environment sessions: their connection is the variables, not a saved profile
            from core.auth.connect import Connections

            conn = self.window.connections = Connections()
        return conn

    # ---- new ------------------------------------------------------------------------------------------
    def new_company(self) -> NameDialog:
        self.dialog = NameDialog(self._parent(), self.tr("New client company"), self.tr(
            "Name the client company. Each company has its own HubSpot and QuickBooks connections and its "
            "own saved copy on this computer."))
        self.dialog.named.connect(self._create)
        self.dialog.open()
        return self.dialog

    def _create(self, name: str) -> None:
        try:
            profile = companies.new_profile(self.connections, name)
        except UserError as err:
            self._refuse(err)
            return
        self._close_dialog()
        other = self.open(profile.name)
        other.open_connect()   # a new company is connected at once: that is why it was added

    # ---- rename ---------------------------------------------------------------------------------------
    def rename_company(self) -> NameDialog | None:
        name = self.window.session.profile
        if name not in self.saved_names():
            self.window.show_message(self.tr("Only a saved client company can be renamed."), MessageLevel.INFO)
            return None
        self.dialog = NameDialog(self._parent(), self.tr("Rename client company"),
                                 self.tr("New name for “{name}”:").format(name=name), name)
        self.dialog.named.connect(self._rename)
        self.dialog.open()
        return self.dialog

    def _rename(self, new: str) -> None:
        old = self.window.session.profile
        if self.window.is_refreshing():
            self.window.cancel_refresh()
        try:
            profile = self.connections.profiles.rename(old, new)
        except (UserError, OSError) as err:
            self._refuse(err)
            return
        self._close_dialog()
        self.open(profile.name)

    def _refuse(self, err: BaseException) -> None:
        """Say in the name dialog why the name was not taken; it stays open for another try."""
        if self.dialog is not None:
            self.dialog.show_error(error_text(err) or self.tr("Sync Doctor could not save the name."))
        if not isinstance(err, UserError):
            log.error("saving a client company's name failed", exc_info=err)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.accept()

    # ---- remove ---------------------------------------------------------------------------------------
    def remove_company(self) -> QMessageBox | None:
        name = self.window.session.profile
        if name not in self.saved_names():
            self.window.show_message(self.tr("Only a saved client company can be removed."), MessageLevel.INFO)
            return None
        self.confirm_box = menus.confirm(
            self._parent(), self.tr("Remove client company"),
            self.tr("Remove “{name}” from Sync Doctor? Its saved copy, its record of fixes and its saved "
                    "HubSpot and QuickBooks connections are deleted from this computer. Nothing in HubSpot or "
                    "QuickBooks is changed.").format(name=name),
            self.tr("Remove"))
        menus.yes_button(self.confirm_box).clicked.connect(partial(self._remove, name))
        return self.confirm_box

    def _remove(self, name: str) -> None:
        """Open the next company (or the welcome page), then remove this one once its window is gone."""
        remaining = [n for n in self.saved_names() if n != name]
        other = self.open(remaining[0] if remaining else None, start=False)
        other.companies.remove_later(self._parent(), name)

    def remove_later(self, old: QObject, name: str) -> None:
        old.destroyed.connect(partial(self._remove_now, name))

    def _remove_now(self, name: str) -> None:
        window = self.window
        window.bridge.submit(("companies", "remove"), partial(_remove_job, self.connections, name),
                             name="remove client company", succeeded=self._on_removed,
                             failed=self._on_remove_failed,
                             finished=window.start)

    def _on_removed(self, removed: companies.Removed) -> None:
        text = " ".join([self.tr("“{name}” was removed from this computer.").format(name=removed.name),
                         *(i18n.text(note) for note in removed.notes)])
        if self.window.welcome:   # no message bar on the first-run page
            self._notice(QMessageBox.Icon.Information, text)
        else:
            self.window.show_message(text, MessageLevel.INFO)
        self.window.refresh_profiles()

    def _on_remove_failed(self, err: BaseException) -> None:
        if self.window.welcome:
            self._notice(QMessageBox.Icon.Warning,
                         error_text(err) or self.tr("The client company could not be removed."))
        else:
            self.window.show_error(err)

    def _notice(self, icon: QMessageBox.Icon, text: str) -> None:
        self.notice = QMessageBox(icon, self.tr("Remove client company"), text, QMessageBox.StandardButton.Ok,
                                  self._parent())
        self.notice.open()

    # ---- opening --------------------------------------------------------------------------------------
    def saved_names(self) -> list[str]:
        return self.connections.profiles.names()

    def open(self, name: str | None, start: bool = True) -> CompanyWindow:
        """Replace this window by one for `name` (None: the welcome page); the new one starts once this one is
        destroyed, unless `start` is False (the caller starts it)."""
        conn = self.connections
        if name is None:
            session = welcome_session()
        else:
            profile = conn.profiles.switch(name)
            session = Session(profile.name, profile.cache_path, None)
        return self.window.replace_with(self.window.sibling(session, conn), start)

    def open_demo(self) -> CompanyWindow:
        return self.window.replace_with(self.window.sibling(demo_session(), self.connections))


def _remove_job(conn: Connections, name: str, _progress: object, _cancel: object) -> companies.Removed:
    return companies.remove_profile(conn, name)
