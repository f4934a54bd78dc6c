"""The demo company, refreshed over HTTP from its own sandbox and diagnosed, as tests of exports, history and
pushes need it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from core import app, diagnose, paths
from core.sandbox.server import Sandbox

COMPANY = "Estudio Brisa LLC"
REVREC = "revenue_recognition_service_date"


def demo_without_revenue_recognition() -> dict[str, Any]:
    """The demo company with revenue recognition off: the three invoices that only needed a service date
    (INV-1038…1040) are ready to push."""
    scenario: dict[str, Any] = json.loads(paths.scenario_path("demo").read_text(encoding="utf-8"))
    scenario["qbo"]["preferences"]["ProductAndServicesPrefs"]["RevenueRecognitionEnabled"] = False
    return scenario


def refreshed_cache(path: Path, scenario: object = "demo") -> diagnose.Diagnosis:
    """Refresh `scenario` from a sandbox over HTTP into the cache at `path` and diagnose it."""
    with Sandbox(scenario) as sb:  # type: ignore[arg-type]
        endpoints = sb.endpoints()
        app.refresh(endpoints, path)
    return app.diagnose(path)


def two_runs(db_path: Path) -> list[diagnose.Diagnosis]:
    """Refresh + diagnose the demo company twice; the second time without revenue recognition."""
    return [refreshed_cache(db_path), refreshed_cache(db_path, demo_without_revenue_recognition())]
