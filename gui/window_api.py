"""What the app window's helpers (its menus, Edit ▸ Undo last fix, the client-company commands) need of it, as
protocols: they reach the window through these, so none imports gui.app_window and no import cycle forms.
gui.app_window.AppWindow provides all three (mypy checks it where it hands itself over)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, Self

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMenu, QMenuBar, QTabWidget, QWidget

    from core.auth.connect import Connections
    from gui.activity_view import ActivityView
    from gui.banner import MessageLevel
    from gui.session import Session
    from gui.tasks import TaskBridge


class CompanyCommands(Protocol):
    def new_company(self) -> object: ...
    def rename_company(self) -> object: ...
    def remove_company(self) -> object: ...


class UndoAsker(Protocol):
    def ask(self) -> None: ...


class TabsWindow(Protocol):
    """The window's tabs and message bar."""

    session: Session
    tabs: QTabWidget
    activity_tab: QWidget

    @property
    def activity(self) -> ActivityView: ...
    def show_failures(self) -> None: ...
    def show_activity(self) -> None: ...
    def show_history(self) -> None: ...
    def show_message(self, text: str, level: MessageLevel = ...) -> None: ...


class MenuWindow(TabsWindow, Protocol):
    """The window the menus are built on: its actions are set here, once."""

    view_menu: QMenu
    export_action: QAction
    search_action: QAction
    new_company_action: QAction
    rename_company_action: QAction
    remove_company_action: QAction
    quit_action: QAction
    undo_action: QAction
    tab_actions: list[QAction]

    @property
    def companies(self) -> CompanyCommands: ...
    @property
    def undo_last(self) -> UndoAsker: ...
    def menuBar(self) -> QMenuBar: ...
    def quit_app(self) -> None: ...
    def _action(self, name: str, slot: Callable[[], object], *keys: QKeySequence) -> QAction: ...


class CompanyWindow(Protocol):
    """The window the client-company commands replace, open and refresh."""

    session: Session
    connections: Connections | None
    bridge: TaskBridge
    lang: str
    welcome: bool

    @property
    def companies(self) -> CompanyRemoval: ...
    def sibling(self, session: Session, connections: Connections) -> Self: ...
    def replace_with(self, other: Self, start: bool = True) -> Self: ...
    def refresh_profiles(self) -> None: ...
    def open_connect(self) -> object: ...
    def is_refreshing(self) -> bool: ...
    def cancel_refresh(self) -> None: ...
    def start(self) -> None: ...
    def show_message(self, text: str, level: MessageLevel = ...) -> None: ...
    def show_error(self, err: BaseException) -> None: ...


class CompanyRemoval(Protocol):
    def remove_later(self, old: QObject, name: str) -> None: ...
