"""The OAuth apps' own credentials: typed once per installation under "Advanced" (client id and redirect address
in the settings, client secret in the OS keychain), else the firm's app settings file (core.auth.app_file).
Mixed into core.auth.connect.Connections."""

from __future__ import annotations

from core.auth import app_file, oauth, words
from core.auth.oauth import AppCredentials
from core.errors import ConfigError
from core.profiles import HUBSPOT_APP, AppSettings, ProfileStore, qbo_app_key
from core.secrets import TokenStore


def firm_app(app_key: str) -> app_file.FirmApp | None:
    """The firm file's app for an app key (`hubspot`, `qbo-sandbox`, `qbo-production`), or None."""
    apps = app_file.firm_apps()
    if app_key == HUBSPOT_APP:
        return apps.get("hubspot")
    qbo = apps.get("quickbooks")
    return qbo if qbo is not None and qbo_app_key(qbo.environment) == app_key else None


class AppCredentialStore:
    profiles: ProfileStore
    store: TokenStore

    def app_settings(self, app_key: str) -> AppSettings:
        """What was typed under Advanced, else the firm's file (client id and redirect address)."""
        typed = self.profiles.app(app_key)
        firm = firm_app(app_key)
        if typed.client_id or firm is None:
            return typed
        return AppSettings(firm.client_id, typed.redirect_uri or firm.redirect_uri)

    def typed_app_settings(self, app_key: str) -> AppSettings:
        """Only what was typed under Advanced on this computer."""
        return self.profiles.app(app_key)

    def loopback_port(self, app_key: str) -> int:
        """The fixed port of the app's registered localhost redirect (the firm's file), 0 for any free port."""
        firm = firm_app(app_key)
        return firm.loopback_port if firm is not None else 0

    def app_credentials(self, app_key: str) -> AppCredentials | None:
        """The client id and secret of an app (`hubspot`, `qbo-sandbox`, `qbo-production`), or None."""
        settings = self.profiles.app(app_key)
        if settings.client_id:
            secret = self.store.get_client_secret(app_key, settings.client_id)
            if secret:
                return AppCredentials(settings.client_id, secret)
        firm = firm_app(app_key)
        return AppCredentials(firm.client_id, firm.client_secret) if firm is not None else None

    def save_app_credentials(self, app_key: str, client_id: str, client_secret: str = "",
                             redirect_uri: str | None = None) -> None:
        """Save an app's client id (settings) and secret (keyring). An empty secret keeps the saved one."""
        client_id = client_id.strip()
        if not client_id:
            raise ConfigError(words.ENTER_CLIENT_ID)
        old = self.profiles.app(app_key)
        secret = client_secret.strip() or (self.store.get_client_secret(app_key, old.client_id)
                                           if old.client_id else None)
        if not secret:
            raise ConfigError(words.ENTER_CLIENT_SECRET)
        uri = old.redirect_uri if redirect_uri is None else redirect_uri.strip()
        if uri:
            oauth.check_transport(uri, "redirect")
        self.store.set_client_secret(app_key, client_id, secret)
        if old.client_id and old.client_id != client_id:
            self.store.delete_client_secret(app_key, old.client_id)
        self.profiles.set_app(app_key, AppSettings(client_id, uri))

    def _creds(self, app_key: str, label: str) -> AppCredentials:
        creds = self.app_credentials(app_key)
        if creds is None:
            raise ConfigError(words.NO_APP.format(service=label))
        return creds
