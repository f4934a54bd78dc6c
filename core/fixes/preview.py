"""A plan as its Preview shows it, row by row; and every failure's fix options with their exact changes, for
`diagnose --json`. The wizard's Preview table and the command line read the same rows (rows()), so what the
JSON promises is what the bookkeeper previews.

Options whose changes depend on something the bookkeeper types or picks are planned with the parameters the wizard
starts with (the recommended contact or customer, the suggested name or number); when those are not enough to
plan (nothing convincing to pick), the option says `needs_input: true` and lists no changes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from core.failures.base import Failure
from core.fixes.errors import PlanError
from core.fixes.model import Action, Change, Choice, Plan
from core.fixes.plans import options_for, plan_for
from core.i18n import N_, Message, render

CREATED = (Action.CREATE, Action.PUSH)
COUNT_CREATE = N_("Preview", "{n} to create in {system}")
COUNT_CHANGE = N_("Preview", "{n} to change in {system}")
SYSTEMS = {"quickbooks": "QuickBooks", "hubspot": "HubSpot"}


@dataclass(frozen=True)
class Row:
    """One field of one record, with the record, whose it is and its state; the first row of a record has them."""

    change: Change
    first: bool
    field: Message | None
    before: Any
    after: Any
    reason: Message | None


def rows(changes: Sequence[Change]) -> Iterator[Row]:
    for change in changes:
        if not change.fields:
            yield Row(change, True, None, None, None, None)
        for n, f in enumerate(change.fields):
            yield Row(change, n == 0, f.field if f.field.source else None, f.before, f.after, f.reason)


def show(value: Any, lang: str = "en", lookup: Any = None) -> str:
    """A value as the Preview shows it: lists one item after the other, everything else as core.i18n renders it."""
    if isinstance(value, list | tuple):
        return "; ".join(show(v, lang, lookup) for v in value)
    return render(value, lang, lookup)


def counts(plan: Plan) -> list[Message]:
    """'1 to create in QuickBooks', '2 to change in HubSpot': records created are never counted as changed."""
    tally: dict[tuple[bool, str], int] = {}
    for c in plan.changes:
        key = (c.action in CREATED, c.system)
        tally[key] = tally.get(key, 0) + 1
    return [(COUNT_CREATE if created else COUNT_CHANGE).format(n=n, system=SYSTEMS.get(system, system))
            for (created, system), n in sorted(tally.items(), key=lambda kv: (not kv[0][0], kv[0][1]))]


def change_json(row: Row) -> dict[str, Any]:
    c = row.change
    return {"system": c.system, "entity": c.entity, "action": str(c.action), "record_id": c.record_id,
            "record": str(c.label), "owner": str(c.owner) if c.owner is not None else None,
            "state": str(c.state) if c.state is not None else None,
            "field": str(row.field) if row.field is not None else None,
            "before": None if row.before is None else show(row.before),
            "after": None if row.after is None else show(row.after),
            "reason": str(row.reason) if row.reason is not None else None,
            "confirm": str(c.confirm) if c.confirm is not None and row.first else None}


def default_params(choice: Choice) -> dict[str, Any]:
    """The parameters the wizard starts with for `choice`: its defaults, without the lists it picks from."""
    return {k: v for k, v in choice.params.items() if not isinstance(v, list | tuple)}


def option_json(db: sqlite_utils.Database, failure: Failure, choice: Choice) -> dict[str, Any]:
    out: dict[str, Any] = {"id": str(choice.id), "title": str(choice.label), "available": choice.available,
                           "recommended": choice.recommended,
                           "why": str(choice.why if choice.why is not None else choice.reason or "") or None,
                           "needs_input": False, "changes": [], "notes": []}
    if not choice.available:
        return out
    try:
        plan = plan_for(db, failure.kind, [failure], str(choice.id), default_params(choice))
    except PlanError as err:
        out.update(needs_input=True, why=out["why"] or str(err.message))
        return out
    out["changes"] = [change_json(r) for r in rows(plan.changes)]
    out["notes"] = [str(n) for n in plan.notes]
    if plan.problems and not plan.changes:
        out["needs_input"] = True
        out["input"] = str(plan.problems[0][1])
    return out


def options_json(db: sqlite_utils.Database, failure: Failure) -> list[dict[str, Any]]:
    """Every fix option of one failure, with the exact changes it would make (see the module's note)."""
    try:
        choices = options_for(db, failure.kind, [failure])
    except PlanError as err:
        return [{"id": None, "title": None, "available": False, "recommended": False, "why": str(err.message),
                 "needs_input": False, "changes": [], "notes": []}]
    return [option_json(db, failure, c) for c in choices]
