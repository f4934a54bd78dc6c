"""`main.py refresh` / `diagnose` without environment variables work on the app's current saved profile,
signing in with the refresh tokens in the keychain (the same code path as the window)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from core import cli, paths
from core.auth.connect import Connections
from core.errors import ConfigError
from core.sandbox.server import Sandbox
from core.secrets import TokenStore
from tests.helpers.oauth import PROFILE, forget_logins, signed_in


@pytest.fixture
def saved(token_store: TokenStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Connections]:
    for name in ("SYNCDOCTOR_HUBSPOT_TOKEN", "SYNCDOCTOR_QBO_TOKEN", "SYNCDOCTOR_QBO_REALM"):
        monkeypatch.delenv(name, raising=False)
    with Sandbox("demo") as sb:
        connections = signed_in(sb, token_store, tmp_path)
        yield connections
        forget_logins(connections, token_store)


def test_refresh_and_diagnose_use_the_current_saved_profile(saved: Connections) -> None:
    saved.profiles.switch(PROFILE)
    out = io.StringIO()
    assert cli.cmd_refresh(None, out) == 0
    assert "Refreshed:" in out.getvalue()
    assert paths.cache_path(PROFILE).exists()
    report = io.StringIO()
    assert cli.cmd_diagnose(None, True, report) == 0
    kinds = {f["kind"] for f in json.loads(report.getvalue())["failures"]}
    assert {"missing_customer", "duplicate_display_name", "duplicate_document_number"} <= kinds


def test_no_environment_and_no_profile_is_a_plain_error(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SYNCDOCTOR_HUBSPOT_TOKEN", "SYNCDOCTOR_QBO_TOKEN", "SYNCDOCTOR_QBO_REALM"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ConfigError, match="No connection is configured"):
        cli.cmd_refresh(None, io.StringIO())
