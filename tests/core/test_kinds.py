"""Every registered kind against a company where each one fails, refreshed from the sandbox over HTTP and
diagnosed from SQLite: its summary in English and Spanish for every evidence shape the real rule produces, a
label for every evidence key, its fact columns in the facts table, its options as its own enum."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum

import pytest

from core.failures import registry
from core.failures.base import Failure, FailureKind
from core.fixes.plans import options_for, plan_for
from core.i18n import Message, catalogue
from core.store import facts
from core.store.db import open_db
from tests.helpers import fixes
from tests.helpers.scenarios import every_kind_scenario


@pytest.fixture(scope="module")
def company(tmp_path_factory: pytest.TempPathFactory) -> fixes.Cached:
    return fixes.cached_company(every_kind_scenario(), tmp_path_factory.mktemp("kinds") / "cache.db")


def found(company: fixes.Cached) -> dict[str, list[Failure]]:
    out: dict[str, list[Failure]] = {}
    for failure in company[1].failures + company[1].warnings:
        out.setdefault(failure.kind, []).append(failure)
    return out


def nested(message: Message) -> Iterator[Message]:
    """The message and every message among its arguments, at any depth."""
    yield message
    for _, value in message.args:
        for item in value if isinstance(value, tuple) else (value,):
            if isinstance(item, Message):
                yield from nested(item)


def test_every_registered_kind_fails_somewhere_in_the_company(company: fixes.Cached) -> None:
    assert set(found(company)) == set(registry.BY_ID)
    assert all(isinstance(kind, FailureKind) for kind in registry.KINDS)


def test_every_evidence_shape_has_a_summary_in_english_and_spanish(company: fixes.Cached) -> None:
    spanish = catalogue("es")
    shapes: dict[str, set[tuple[str, ...]]] = {}
    for kind_id, failures in found(company).items():
        kind = registry.BY_ID[kind_id]
        for failure in failures:
            message = kind.summary(failure.evidence)
            assert message.render("en") == failure.summary   # what the command line's JSON says
            es = message.render("es")
            assert es.strip() and es != failure.summary, (kind_id, es)
            parts = [m for m in nested(message) if m.context]
            assert all(m in spanish for m in parts), (kind_id, [m.source for m in parts if m not in spanish])
            shapes.setdefault(kind_id, set()).add(tuple(m.source for m in parts))
    assert len(shapes["invalid_display_name"]) == 2                  # too long; a colon, tab or line break
    assert ("No QuickBooks customer has the email {email}", "(none)") in shapes["missing_customer"]
    assert len(shapes["missing_customer"]) == 2                      # an email; none at all
    assert len(shapes["duplicate_document_number"]) == 2             # a QuickBooks invoice; a credit memo


def test_every_evidence_key_has_a_label_and_every_label_a_key(company: fixes.Cached) -> None:
    spanish = catalogue("es")
    for kind_id, failures in found(company).items():
        kind = registry.BY_ID[kind_id]
        keys = {key for f in failures for key in f.evidence}
        assert keys == set(kind.evidence_labels), kind_id
        assert all(label in spanish for label in kind.evidence_labels.values()), kind_id
        assert kind.internal_evidence <= keys, kind_id


def test_every_kind_has_its_texts_in_both_languages() -> None:
    spanish = catalogue("es")
    for kind in registry.KINDS:
        for message in (kind.title, kind.explanation, *kind.fix_steps):
            assert message.context == kind.id and message in spanish, (kind.id, message.source)
            assert message.render("es") != message.render("en"), (kind.id, message.source)


def test_the_facts_table_holds_every_kind_s_columns_and_its_shape_follows_them() -> None:
    for kind in registry.KINDS:
        for column in kind.facts:
            assert f"{column.sql} AS {column.name}" in facts.FACTS_SQL, (kind.id, column.name)
            assert (column.name in facts.PAIR_INDEXES) == column.indexed
    with_one_more = facts.compose((*facts.FACT_COLUMNS, registry.BY_ID["unknown_item"].facts[0]))
    assert with_one_more != facts.FACTS_SQL   # the shape hash is over the composed SQL: a new column rebuilds


def test_a_kind_that_names_its_found_rows_reads_them_through_their_own_index(company: fixes.Cached) -> None:
    narrowed = [kind for kind in registry.KINDS if kind.found_where]
    assert narrowed, "edited_in_quickbooks finds a few invoices among the synced ones"
    db = open_db(company[0])
    try:
        for kind in narrowed:
            plan = " ".join(str(row[-1]) for row in db.execute("EXPLAIN QUERY PLAN " + kind.sql).fetchall())
            assert f"USING INDEX idx_facts_found_{kind.id}" in plan, (kind.id, plan)
            # ... and the index holds exactly the rows the rule finds, no more.
            indexed = db.execute(f"SELECT count(*) FROM facts_invoices INDEXED BY idx_facts_found_{kind.id} "
                                 f"WHERE {kind.found_where}").fetchone()[0]
            assert indexed == len(kind.detect(db)) > 0
    finally:
        db.close()


def test_options_are_each_kind_s_own_enum_and_every_one_plans(company: fixes.Cached) -> None:
    with fixes.opened(company[0]) as db:
        for kind_id, failures in found(company).items():
            kind = registry.BY_ID[kind_id]
            assert issubclass(kind.Option, StrEnum)
            assert kind.without_parameters <= set(kind.Option), kind_id
            offered = options_for(db, kind_id, failures[:1])
            assert [c.id for c in offered] == list(kind.Option), kind_id
            for choice in offered:
                assert choice.label in catalogue("es") and choice.description in catalogue("es")
                plan = plan_for(db, kind_id, failures[:1], choice.id, dict(choice.params))
                assert plan.kind == kind_id and plan.option == choice.id
