"""The OAuth apps' own credentials, entered once per installation: client id (and redirect address) in the
settings, client secret in the OS keychain. Mixed into core.auth.connect.Connections."""

from __future__ import annotations

from core.auth import oauth
from core.auth.oauth import AppCredentials
from core.errors import ConfigError
from core.profiles import AppSettings, ProfileStore
from core.secrets import TokenStore


class AppCredentialStore:
    profiles: ProfileStore
    store: TokenStore

    def app_settings(self, app_key: str) -> AppSettings:
        return self.profiles.app(app_key)

    def app_credentials(self, app_key: str) -> AppCredentials | None:
        """The saved client id and secret of an app (`hubspot`, `qbo-sandbox`, `qbo-production`), or None."""
        settings = self.profiles.app(app_key)
        if not settings.client_id:
            return None
        secret = self.store.get_client_secret(app_key, settings.client_id)
        return AppCredentials(settings.client_id, secret) if secret else None

    def save_app_credentials(self, app_key: str, client_id: str, client_secret: str = "",
                             redirect_uri: str | None = None) -> None:
        """Save an app's client id (settings) and secret (keyring). An empty secret keeps the saved one."""
        client_id = client_id.strip()
        if not client_id:
            raise ConfigError("Enter the app's client id.")
        old = self.profiles.app(app_key)
        secret = client_secret.strip() or (self.store.get_client_secret(app_key, old.client_id)
                                           if old.client_id else None)
        if not secret:
            raise ConfigError("Enter the app's client secret.")
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
            raise ConfigError(f"Enter the {label} app's client id and secret first (once for this computer).")
        return creds
