"""`diagnose --json` is written as it is read, and says exactly what the in-memory document says."""

from __future__ import annotations

import io
import json
from pathlib import Path

from core import app
from core.sandbox.server import Sandbox


def test_the_streamed_document_equals_the_built_one(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    with Sandbox("demo") as sb:
        app.refresh(sb.endpoints(), path)
    out = io.StringIO()
    app.diagnose_to(path, out)
    streamed = json.loads(out.getvalue())
    assert streamed == app.diagnose_report(path)
    assert streamed["failures"] and streamed["invoices"]
    assert {i["sync_status"] for i in streamed["invoices"]} >= {"failing", "synced"}
