"""The Connect dialog's work, run on a worker thread: plain functions of core, bound with functools.partial.

No Qt here; the GUI's Connect dialog (gui/connect_dialog.py) submits them on the key (profile, "connect").
"""

from __future__ import annotations

import threading

from core.auth.connect import Connected, Connections, Disconnected, OpenBrowser
from core.auth.oauth import AuthRequest
from core.profiles import HUBSPOT_APP, qbo_app_key
from core.types import Progress


def save_creds(conn: Connections, app_key: str, client_id: str, secret: str, redirect: str | None) -> None:
    """Save typed app credentials first (the keychain holds the secret); blank fields keep what is saved."""
    if client_id.strip() and (secret.strip() or conn.app_settings(app_key).client_id):
        conn.save_app_credentials(app_key, client_id, secret, redirect)


def connect_hubspot_job(conn: Connections, profile: str, client_id: str, secret: str, open_browser: OpenBrowser,
                         timeout: float, progress: Progress, cancel: threading.Event) -> Connected:
    conn.check_keyring()
    save_creds(conn, HUBSPOT_APP, client_id, secret, None)
    return conn.connect_hubspot(profile, open_browser, timeout=timeout, cancel=cancel)


def hubspot_token_job(conn: Connections, profile: str, token: str, portal: str, progress: Progress,
                       cancel: threading.Event) -> Connected:
    return conn.connect_hubspot_token(profile, token, portal)


def connect_qbo_job(conn: Connections, profile: str, environment: str, client_id: str, secret: str,
                     redirect: str, open_browser: OpenBrowser, timeout: float, progress: Progress,
                     cancel: threading.Event) -> Connected:
    conn.check_keyring()
    conn.profiles.update(profile, qbo_environment=environment)
    save_creds(conn, qbo_app_key(environment), client_id, secret, redirect)
    return conn.connect_qbo(profile, open_browser, timeout=timeout, cancel=cancel)


def start_paste_job(conn: Connections, profile: str, environment: str, client_id: str, secret: str, redirect: str,
                     progress: Progress, cancel: threading.Event) -> AuthRequest:
    conn.check_keyring()
    conn.profiles.update(profile, qbo_environment=environment)
    save_creds(conn, qbo_app_key(environment), client_id, secret, redirect)
    return conn.start_qbo_paste(profile, redirect or None)


def finish_paste_job(conn: Connections, profile: str, request: AuthRequest, landed: str, progress: Progress,
                      cancel: threading.Event) -> Connected:
    return conn.finish_qbo_paste(profile, request, landed)


def disconnect_job(conn: Connections, profile: str, provider: str, progress: Progress,
                    cancel: threading.Event) -> Disconnected:
    return conn.disconnect(profile, provider)
