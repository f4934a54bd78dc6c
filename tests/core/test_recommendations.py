"""Acceptance 1 of issue 15: the recommended fix is the one a bookkeeper would accept, on the sandbox's "matching"
company (resources/scenarios/matching.json): one test per tricky case, and the demo's INV-1012."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.fixes.model import Choice
from core.fixes.plans import options_for
from tests.helpers import fixes


@pytest.fixture(scope="module")
def company(tmp_path_factory: pytest.TempPathFactory) -> fixes.Cached:
    return fixes.cached_company("matching", tmp_path_factory.mktemp("matching") / "cache.db")


def _options(cached: fixes.Cached, number: str) -> tuple[str, list[Choice]]:
    path, diagnosis = cached
    (failure,) = [f for f in diagnosis.failures if f.invoice_number == number and f.root]
    with fixes.opened(path) as db:
        return failure.kind, options_for(db, failure.kind, [failure])


def _recommended(choices: list[Choice]) -> Choice | None:
    chosen = [c for c in choices if c.recommended]
    assert len(chosen) <= 1
    return chosen[0] if chosen else None


def _by_id(choices: list[Choice], option: str) -> Choice:
    return next(c for c in choices if c.id == option)


def test_same_surname_at_another_company_is_never_recommended(company: fixes.Cached) -> None:
    kind, choices = _options(company, "M-SURNAME")
    assert kind == "missing_customer"
    reassign = _by_id(choices, "reassign")
    (andres,) = [c for c in reassign.params["candidates"] if c["name"] == "Andrés Peña"]
    assert andres["other_company"] and "another company" in str(andres["evidence"])
    assert "contact_id" not in reassign.params and not reassign.recommended
    best = _recommended(choices)
    assert best is not None and best.id == "create_customer"   # nobody of this company: a new customer
    assert "other companies" in str(best.why)


def test_same_company_with_a_new_email_uses_the_existing_customer(company: fixes.Cached) -> None:
    kind, choices = _options(company, "M-NEWEMAIL")
    assert kind == "duplicate_display_name"
    best = _recommended(choices)
    assert best is not None and best.id == "map_existing" and best.params["customer_id"] == "2"
    assert "same company (Horno Santa Clara)" in str(best.why)
    assert "lucia.ortega@hornoviejo.example" in str(best.why)   # the email it replaces, for the bookkeeper


def test_an_old_email_at_the_same_domain_is_corrected(company: fixes.Cached) -> None:
    _, choices = _options(company, "M-OLDEMAIL")
    best = _recommended(choices)
    assert best is not None and best.id == "correct_email" and best.params["customer_id"] == "3"
    assert "same email domain (sonrisa-dental.example)" in str(best.why)


def test_an_inactive_duplicate_loses_to_the_active_customer(company: fixes.Cached) -> None:
    _, choices = _options(company, "M-INACTIVE")
    best = _recommended(choices)
    assert best is not None and best.id == "correct_email"
    assert best.params["customer_id"] == "5"   # not 4, the inactive "(antiguo)" copy of the same company
    customers = best.params["customers"]
    assert [c["customer_id"] for c in customers][:2] == ["5", "4"]


def test_the_same_name_for_a_different_business_is_not_this_client(company: fixes.Cached) -> None:
    kind, choices = _options(company, "M-NAMESAKE")
    assert kind == "duplicate_display_name"
    best = _recommended(choices)
    assert best is not None and best.id == "create_named"
    mapping = _by_id(choices, "map_existing")
    assert not mapping.recommended and "another business" in str(mapping.why)


def test_a_colleagues_customer_is_shown_with_its_email_and_not_taken(company: fixes.Cached) -> None:
    _, choices = _options(company, "M-COLLEAGUE")
    best = _recommended(choices)
    assert best is not None and best.id == "create_named"
    assert "lucia@laespiga.example" in str(best.why)


def test_nothing_convincing_preselects_nothing(company: fixes.Cached) -> None:
    _, choices = _options(company, "M-UNSURE")
    assert _recommended(choices) is None
    assert _by_id(choices, "correct_email").params["customer_id"] == ""
    assert all(c.why is not None for c in choices if c.available)


def test_demo_inv_1012_corrects_javier_penas_old_email(tmp_path: Path) -> None:
    _, choices = _options(fixes.cached_company("demo", tmp_path / "cache.db"), "INV-1012")
    best = _recommended(choices)
    assert best is not None and best.id == "correct_email" and best.params["customer_id"] == "12"
    assert "same name (Javier Peña)" in str(best.why)
    reassign = _by_id(choices, "reassign")
    assert not reassign.recommended and "another company" in str(reassign.why)


def test_many_invoices_get_one_new_customer_each_only_when_none_has_a_look_alike(tmp_path: Path) -> None:
    path, diagnosis = fixes.cached_company("demo", tmp_path / "cache.db")
    failures = [f for f in diagnosis.failures if f.kind == "missing_customer"]
    assert {f.invoice_number for f in failures} >= {"INV-1012", "INV-1023", "INV-1029"}
    with fixes.opened(path) as db:
        assert _recommended(options_for(db, "missing_customer", failures)) is None   # Javier and Emily exist
        alone = [f for f in failures if f.invoice_number == "INV-1029"]
        best = _recommended(options_for(db, "missing_customer", alone))
    assert best is not None and best.id == "create_customer"
