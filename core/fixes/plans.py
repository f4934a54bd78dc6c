"""The way into every kind's fixes: what a wizard may offer for some failures, and the plan for one choice.

Each kind module under core/failures/ with a data fix provides options()/plan() (see core/fixes/__init__.py);
a kind without them (books closed, currency, unknown item, incomplete invoices) gets guidance made of its fix
steps.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import sqlite_utils

from core.failures import registry
from core.failures.base import Failure
from core.fixes.model import Option, Plan
from core.fixes.records import (
    GUIDE,
    PlanError,
    UnknownKind,
    UnknownOption,
    guide_option,
    guide_plan,
    invoice_ids,
    tr,
)
from core.store import facts

__all__ = ["PlanError", "UnknownKind", "UnknownOption", "options_for", "plan_for"]


def _module(kind: str, failures: Sequence[Failure]) -> Any:
    module = registry.get(kind)
    if module is None:
        raise UnknownKind(f'"{kind}" is not a known failure kind')
    if not failures:
        raise PlanError(f"No {kind} failures to fix")
    wrong = sorted({f.kind for f in failures if f.kind != kind})
    if wrong:
        raise PlanError(f"The failures given are of other kinds ({', '.join(wrong)}), not {kind}")
    return module


def _split(db: sqlite_utils.Database, failures: Sequence[Failure],
           lang: str) -> tuple[list[Failure], list[tuple[str, str]]]:
    """The failures whose invoice is still cached, and a problem for each one a refresh has removed since."""
    facts.ensure_fresh(db)
    ids = list(dict.fromkeys(f.hubspot_invoice_id for f in failures))
    known = {r[0] for r in db.execute(f"SELECT id FROM facts_invoices WHERE id IN ({','.join('?' * len(ids))})",
                                      ids)}
    gone = tr(lang, "This invoice is no longer in HubSpot's data; refresh and check again.",
              "Esta factura ya no está en los datos de HubSpot; actualice y vuelva a comprobar.")
    return ([f for f in failures if f.hubspot_invoice_id in known],
            [(i, gone) for i in ids if i not in known])


def options_for(db: sqlite_utils.Database, kind: str, failures: Sequence[Failure], lang: str = "en") -> list[Option]:
    """The choices for fixing `failures` (all of `kind`), unavailable ones included with their reason."""
    module = _module(kind, failures)
    present, gone = _split(db, failures, lang)
    if not present:
        raise PlanError(gone[0][1])
    if hasattr(module, "options"):
        return list(module.options(db, present, lang))
    return [guide_option(module.TEXTS, lang)]


def plan_for(db: sqlite_utils.Database, kind: str, failures: Sequence[Failure], option_id: str,
             params: Mapping[str, Any] | None = None, lang: str = "en") -> Plan:
    """The exact changes of one choice; UnknownOption for a choice the kind does not have.

    Invoices a refresh has removed since the diagnosis come back in `problems`, never as changes.
    """
    module = _module(kind, failures)
    present, gone = _split(db, failures, lang)
    if not present:
        if hasattr(module, "OPTIONS") and option_id not in module.OPTIONS:
            raise UnknownOption(f'"{option_id}" is not a fix for {kind}')
        return Plan(kind, option_id, invoice_ids(failures), (), problems=tuple(gone), params=dict(params or {}))
    if hasattr(module, "plan"):
        result: Plan = module.plan(db, present, option_id, params or {}, lang)
    elif option_id != GUIDE:
        raise UnknownOption(f'"{option_id}" is not a fix for {kind}; the fixes are: {GUIDE}')
    else:
        result = guide_plan(kind, module.TEXTS, present, option_id, params or {}, lang)
    if gone:
        result = replace(result, invoice_ids=invoice_ids(failures), problems=(*result.problems, *gone))
    return result
