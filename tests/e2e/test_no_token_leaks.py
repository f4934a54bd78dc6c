"""Issue 7, point 4: after connect, refresh, diagnose, a fix and the exports, no token value is in any file we
wrote — the SQLite caches and journal (WAL files included), the profile settings, the log file, the exports.

Tokens are collected from the provider's side (every grant the sandbox issued and still knows, sampled after
each step) plus the app credentials' secrets, so the scan does not rely on the app telling us its secrets.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pypdf
import pytest
from pytestqt.qtbot import QtBot

from core import app, logs, paths
from core.auth import oauth
from core.auth.connect import Connections
from core.fixes.clients import Clients
from core.journal import Journal
from core.report import build_report, write_csv, write_xlsx
from core.sandbox.server import Sandbox
from core.secrets import TokenStore
from core.store.db import open_db
from core.sync.push import push_invoice
from gui.pdf_report import write_pdf
from tests.helpers.oauth import HUBSPOT_APP, INTUIT_APP, PROFILE, connect_both, forget_logins, make_connections

pytestmark = pytest.mark.gui  # the PDF export is drawn by Qt


def issued(sb: Sandbox) -> set[str]:
    """Every token the two providers currently know: refresh tokens, access tokens and pending codes."""
    found: set[str] = set()
    for store in (sb.state.oauth.hubspot, sb.state.oauth.intuit):
        found |= set(store.by_refresh) | set(store.by_access) | set(store.codes)
        for grant in store.by_refresh.values():
            found |= grant.access_tokens
    return found


def test_no_token_in_any_file_written(qtbot: QtBot, token_store: TokenStore, tmp_path: Path) -> None:
    root_level = logging.getLogger().level
    log_file = logs.setup(verbose=True, level=logging.DEBUG)  # as chatty as the app can be
    assert log_file is not None
    exports = tmp_path / "exports"
    exports.mkdir()
    secrets: set[str] = {HUBSPOT_APP[1], INTUIT_APP[1]}
    with Sandbox("demo") as sb:
        connections: Connections = make_connections(sb, token_store, tmp_path)
        try:
            connect_both(connections, after_each=lambda: secrets.update(issued(sb)))
            # A refresh of both logins (QBO's refresh token rotates), then the cache refresh and a fix.
            connections.on_unauthorized(PROFILE, oauth.HUBSPOT)
            connections.on_unauthorized(PROFILE, oauth.QBO)
            secrets |= issued(sb)
            endpoints = connections.endpoints(PROFILE)
            db_path = paths.cache_path(PROFILE)
            app.refresh(endpoints, db_path)
            diagnosis = app.diagnose(db_path)
            kinds: dict[str, set[str]] = {}
            for failure in diagnosis.failures:
                kinds.setdefault(failure.hubspot_invoice_id, set()).add(failure.kind)
            target = next(i for i, k in sorted(kinds.items()) if k == {"revenue_recognition_service_date"})
            with Clients.connect(endpoints) as clients, Journal.for_profile(PROFILE) as journal:
                db = open_db(db_path)
                try:
                    result = push_invoice(db, target, clients, journal, service_date="2026-03-01")
                finally:
                    db.close()
            assert result.status == "done", result.message
            app.refresh(endpoints, db_path)
            app.diagnose(db_path)
            report = build_report(db_path, PROFILE)
            assert report.fixes, "the fix must be in the export, so the scan covers the journal's text"
            written = write_csv(exports / "failures.csv", report, "both")
            written += write_xlsx(exports / "failures.xlsx", report, "both")
            assert write_pdf(exports / "failures.pdf", report) >= 1
            logging.getLogger("syncdoctor.test").info("about to scan for tokens")
        finally:
            secrets |= issued(sb)
            forget_logins(connections, token_store)  # leave nothing in a real keychain
    logs.reset()

    logging.getLogger().setLevel(root_level)
    secrets = {s for s in secrets if len(s) >= 16}
    assert len(secrets) >= 6, "the scan needs the tokens the providers issued"
    files = [p for p in paths.home().rglob("*") if p.is_file()] + [p for p in exports.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"cache.db", "journal.sqlite", "profiles.json", log_file.name} <= names, names
    assert log_file.stat().st_size > 0
    leaks = [(str(p), s[:6]) for p in files for s in secrets if s.encode() in p.read_bytes()]
    pdf_text = "".join(page.extract_text() for page in pypdf.PdfReader(exports / "failures.pdf").pages)
    leaks += [("failures.pdf (text)", s[:6]) for s in secrets if s in pdf_text]
    assert written and not leaks
