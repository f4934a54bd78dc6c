"""End to end on the demo company: plan → apply (journaled, over the sandbox) → refresh → diagnose.

For every seed cause and the fixes that change data, the invoice must no longer have that failure afterwards.
The journal sits beside the cache, as in a profile, so a copy pushed under a new number is linked through it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from core import app
from core.fixes.model import EntryState
from core.sandbox.server import Sandbox
from tests.helpers import fixes

CASES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("missing_customer", "9012", "reassign", {"contact_id": "1004"}),
    ("missing_customer", "9023", "correct_email", {"target": "quickbooks", "customer_id": "13"}),
    ("missing_customer", "9023", "correct_email", {"target": "hubspot", "customer_id": "13"}),
    ("missing_customer", "9029", "create_customer", {}),
    ("duplicate_display_name", "9017", "create_named", {}),
    ("duplicate_display_name", "9033", "create_named", {"pattern": "{first} {last} - {email}"}),
    ("duplicate_display_name", "9026", "rename_existing", {}),
    ("duplicate_display_name", "9017", "map_existing", {}),
    ("revenue_recognition_service_date", "9038", "push_with_service_date", {"rule": "due_date"}),
    ("edited_in_quickbooks", "9016", "revert_to_hubspot", {}),
    ("edited_in_quickbooks", "9027", "revert_to_hubspot", {}),
    ("duplicate_document_number", "9031", "renumber_quickbooks", {}),
    ("duplicate_document_number", "9034", "renumber_quickbooks", {}),
    ("duplicate_document_number", "9036", "renumber_hubspot_copy", {}),
    ("duplicate_document_number", "9037", "turn_off_custom_numbers", {}),
]


@pytest.mark.parametrize(("kind", "invoice_id", "option", "params"), CASES,
                         ids=[f"{k}-{o}-{i}" for k, i, o, _ in CASES])
def test_the_fix_clears_the_failure(tmp_path: Path, kind: str, invoice_id: str, option: str,
                                    params: dict[str, Any]) -> None:
    cache = tmp_path / "cache.db"
    with Sandbox("demo") as sb:
        endpoints = sb.endpoints()
        (failure,) = fixes.failures_of(fixes.refresh_and_diagnose(endpoints, cache), kind, invoice_id)
        plan = fixes.plan_from(cache, kind, [failure], option, params)
        assert plan.changes and not plan.problems
        result = fixes.apply_journaled(plan, endpoints, tmp_path / "journal.sqlite")
        assert [(r.status, r.message) for r in result.results if r.status != EntryState.DONE] == []
        app.refresh(endpoints, cache)
    left = {f.kind for f in app.diagnose(cache).failures if f.hubspot_invoice_id == invoice_id}
    assert kind not in left
