"""The way into every kind's fixes: what a wizard may offer for some failures, and the plan for one choice.

Each kind (core/failures/base.py: FailureKind) plans its own fixes; a kind Sync Doctor cannot fix itself offers
guidance made of its fix steps. Here: the checks every plan shares (the kind exists, the failures are of it, their
invoices are still cached), and the names of the kinds a push waits for (a kind cannot know the others).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import sqlite_utils

from core.failures import registry
from core.failures.base import Failure, FailureKind
from core.fixes.errors import PlanError, UnknownKind, UnknownOption
from core.fixes.model import Choice, Plan
from core.fixes.records import BLOCKED_BY, invoice_ids
from core.i18n import N_, Arg, Message, verbatim
from core.store import facts

__all__ = ["PlanError", "UnknownKind", "UnknownOption", "options_for", "plan_for"]

UNKNOWN_KIND = N_("Plan", '"{kind}" is not a known failure kind')
NOTHING_TO_FIX = N_("Plan", "No {kind} failures to fix")
OTHER_KINDS = N_("Plan", "The failures given are of other kinds ({kinds}), not {kind}")
GONE = N_("Plan", "This invoice is no longer in HubSpot's data; refresh and check again.")
USUAL = N_("Plan", "Recommended: the usual fix for this problem, with nothing to decide per record.")


def _kind(kind: str, failures: Sequence[Failure]) -> FailureKind:
    found = registry.get(kind)
    if found is None:
        raise UnknownKind(UNKNOWN_KIND.format(kind=kind))
    if not failures:
        raise PlanError(NOTHING_TO_FIX.format(kind=kind))
    wrong = sorted({f.kind for f in failures if f.kind != kind})
    if wrong:
        raise PlanError(OTHER_KINDS.format(kinds=tuple(wrong), kind=kind))
    return found


def _split(db: sqlite_utils.Database, failures: Sequence[Failure]) -> tuple[list[Failure], list[tuple[str, Message]]]:
    """The failures whose invoice is still cached, and a problem for each one a refresh has removed since."""
    facts.ensure_fresh(db)
    ids = list(dict.fromkeys(f.hubspot_invoice_id for f in failures))
    known = {r[0] for r in db.execute(f"SELECT id FROM facts_invoices WHERE id IN ({','.join('?' * len(ids))})",
                                      ids)}
    return [f for f in failures if f.hubspot_invoice_id in known], [(i, GONE) for i in ids if i not in known]


def titled(message: Message) -> Message:
    """The message with the kinds a push waits for (BLOCKED_BY's ids) named by their titles, at any depth."""
    if (message.context, message.source) == (BLOCKED_BY.context, BLOCKED_BY.source):
        ids = message.arguments.get("titles")
        names: tuple[Arg, ...] = tuple(_title(str(i)) for i in ids) if isinstance(ids, tuple) else ()
        return message.format(titles=names)
    if not any(isinstance(v, Message) for _, v in message.args):
        return message
    return Message(message.context, message.source,
                   tuple((k, titled(v) if isinstance(v, Message) else v) for k, v in message.args))


def _title(kind: str) -> Message:
    found = registry.get(kind)
    return found.title if found is not None else verbatim(kind)


def options_for(db: sqlite_utils.Database, kind: str, failures: Sequence[Failure]) -> list[Choice]:
    """The choices for fixing `failures` (all of `kind`), unavailable ones included with their reason."""
    found = _kind(kind, failures)
    present, gone = _split(db, failures)
    if not present:
        raise PlanError(gone[0][1])
    choices = [replace(c, reason=titled(c.reason)) if c.reason is not None else c
               for c in found.options(db, present)]
    return recommend_first(choices) if found.recommends_first else choices


def recommend_first(choices: list[Choice]) -> list[Choice]:
    """A kind that weighs no evidence: its first available fix is the recommended one, and says so."""
    if any(c.recommended for c in choices):
        return choices
    first = next((n for n, c in enumerate(choices) if c.available), None)
    return [replace(c, recommended=True, why=c.why or USUAL) if n == first else c for n, c in enumerate(choices)]


def plan_for(db: sqlite_utils.Database, kind: str, failures: Sequence[Failure], option_id: str,
             params: Mapping[str, Any] | None = None) -> Plan:
    """The exact changes of one choice; UnknownOption for a choice the kind does not have.

    Invoices a refresh has removed since the diagnosis come back in `problems`, never as changes.
    """
    found = _kind(kind, failures)
    present, gone = _split(db, failures)
    if not present:
        found.option(option_id)   # an unknown choice is refused even with nothing left to plan
        return Plan(kind, option_id, invoice_ids(failures), (), problems=tuple(gone), params=dict(params or {}))
    result = found.plan(db, present, option_id, params or {})
    result = replace(result, problems=tuple((i, titled(why)) for i, why in result.problems))
    if gone:
        result = replace(result, invoice_ids=invoice_ids(failures), problems=(*result.problems, *gone))
    return result
