"""What every failure kind is: one typed object (a FailureKind subclass instance) and the Failures it finds.

A kind holds everything about one reason an invoice cannot sync, and nothing else asks anywhere else:

- `id`, `rank` (fix-first order when an invoice has several causes), `severity`, `priority` (the order error
  replies are classified in: specific codes before broad text matches);
- `facts`: the columns its rule needs in `facts_invoices`, composed into that table by core/store/facts.py;
- `sql` and `detect(db)`: the pre-flight rule over the cache; `summary(evidence)`: what was found, as a message;
- `codes` and `matches(fault)`: whether an error reply (which names its system) is this kind;
- texts (title, explanation, fix steps) and `evidence_labels`, as catalogue messages;
- `Option` (a StrEnum of its fixes), `options(db, failures)` and `plan(db, failures, option, params)`: pure,
  previewable plans; `without_parameters`: the options a person never has anything to fill in for.

A kind Sync Doctor cannot fix itself keeps the defaults: one `guide` option made of its fix steps.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any, ClassVar, Literal

import sqlite_utils

from core.fixes.errors import UnknownOption
from core.fixes.model import Choice, Plan
from core.formatting import LANGUAGES as LANGUAGES  # the languages every text exists in
from core.i18n import N_, Message, verbatim

Severity = Literal["failure", "warning"]
System = Literal["quickbooks", "hubspot"]


@dataclass(frozen=True)
class Failure:
    """One reason one HubSpot invoice cannot (or, for a warning, may not) sync. `summary` is the English text
    of the kind's summary message (the command line's JSON); viewers ask the kind for the message itself."""

    kind: str
    hubspot_invoice_id: str
    invoice_number: str
    summary: str
    evidence: dict[str, Any] = field(default_factory=dict)
    root: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "hubspot_invoice_id": self.hubspot_invoice_id,
            "invoice_number": self.invoice_number,
            "summary": self.summary,
            "evidence": self.evidence,
            "root": self.root,
        }


@dataclass(frozen=True)
class Fault:
    """An error reply, reduced to what classifies it: who sent it, QuickBooks' code, and the words."""

    system: System
    code: str       # QuickBooks' error code ("6240"); "" for HubSpot, which sends none
    message: str    # the service's words (QuickBooks: message and detail together)


@dataclass(frozen=True)
class FactColumn:
    """One column of `facts_invoices`: an SQL expression over the linking views (see core/store/facts.py)."""

    name: str
    sql: str
    indexed: bool = False   # rules ask for pending invoices with this (rare) property: index (pending, name)


def labels(**by_key: Message) -> Mapping[str, Message]:
    """A kind's evidence labels, read-only: `labels(contact_email=evidence.CONTACT_EMAIL, ...)`."""
    return MappingProxyType(by_key)


class GuideOption(StrEnum):
    GUIDE = "guide"


GUIDE_LABEL = N_("Plan", "Show me how")
GUIDE_DESCRIPTION = N_("Plan", "Sync Doctor cannot change this for you. It lists the steps to take, and you check "
                               "again when they are done.")
NOT_A_FIX = N_("Plan", '"{option}" is not a fix for {kind}; the fixes are: {options}')


class FailureKind:
    """The base of every kind; each module under core/failures/ defines a subclass and exports one instance."""

    id: ClassVar[str]
    rank: ClassVar[int]
    priority: ClassVar[int]
    severity: ClassVar[Severity] = "failure"
    title: ClassVar[Message]
    explanation: ClassVar[Message]
    fix_steps: ClassVar[tuple[Message, ...]]
    facts: ClassVar[tuple[FactColumn, ...]] = ()
    # A condition on facts_invoices that picks out the (few) invoices this kind finds among many synced ones, where
    # no (pending, column) index narrows them: the facts get a partial index on it, so `sql`, whose WHERE carries
    # it word for word, reads only those rows.
    found_where: ClassVar[str] = ""
    sql: ClassVar[str]                                   # rows of invoice_id, number, evidence (JSON)
    evidence_labels: ClassVar[Mapping[str, Message]] = MappingProxyType({})
    internal_evidence: ClassVar[frozenset[str]] = frozenset()   # ids nobody can look up: not shown
    codes: ClassVar[frozenset[str]] = frozenset()       # QuickBooks codes that name this kind on their own
    Option: ClassVar[type[StrEnum]] = GuideOption
    without_parameters: ClassVar[frozenset[str]] = frozenset({GuideOption.GUIDE})
    recommends_first: ClassVar[bool] = True   # False: the kind recommends from evidence, or nothing (likeness.py)

    # ---- finding ---------------------------------------------------------------------------------------
    def detect(self, db: sqlite_utils.Database) -> list[Failure]:
        """The pre-flight rule: one Failure per invoice the rule's SQL returns."""
        cursor = db.execute(self.sql)
        names = [d[0] for d in cursor.description]
        at = {name: names.index(name) for name in ("invoice_id", "number", "evidence")}
        found = []
        for row in cursor.fetchall():
            evidence = json.loads(row[at["evidence"]] or "{}")
            found.append(Failure(self.id, str(row[at["invoice_id"]]), row[at["number"]] or "",
                                 self.summary(evidence).render("en"), evidence))
        return found

    def summary(self, evidence: Mapping[str, Any]) -> Message:
        """What was found on one invoice, built from its evidence."""
        raise NotImplementedError

    def matches(self, fault: Fault) -> bool:
        """Whether the words of an error reply say this kind (its `codes` are checked before, on their own)."""
        del fault
        return False

    def evidence_label(self, key: str) -> Message:
        """An evidence key in words; a key without a label (a bug the kinds' test catches) is only tidied up."""
        return self.evidence_labels.get(key) or verbatim(key.replace("_", " ").capitalize())

    # ---- fixing ----------------------------------------------------------------------------------------
    def option(self, option_id: str) -> StrEnum:
        """The kind's Option for `option_id`; UnknownOption for a choice the kind does not have."""
        try:
            return self.Option(option_id)
        except ValueError:
            raise UnknownOption(NOT_A_FIX.format(option=option_id, kind=self.id,
                                                 options=tuple(str(o) for o in self.Option))) from None

    def options(self, db: sqlite_utils.Database, failures: Sequence[Failure]) -> list[Choice]:
        """What the wizard's Choose page offers for `failures` (all of this kind), unavailable ones with why."""
        del db, failures
        return [self.guide_choice()]

    def plan(self, db: sqlite_utils.Database, failures: Sequence[Failure], option: str,
             params: Mapping[str, Any]) -> Plan:
        """The exact changes of one choice: no network, no writes."""
        del db
        return self.guide_plan(failures, option, params)

    def guide_choice(self) -> Choice:
        return Choice(GuideOption.GUIDE, GUIDE_LABEL, GUIDE_DESCRIPTION)

    def guide_plan(self, failures: Sequence[Failure], option: str, params: Mapping[str, Any]) -> Plan:
        """Guidance only: the kind's fix steps, no change."""
        if str(self.option(option)) != GuideOption.GUIDE:   # a data fix the subclass did not plan
            raise UnknownOption(NOT_A_FIX.format(option=option, kind=self.id, options=(GuideOption.GUIDE,)))
        ids = tuple(dict.fromkeys(f.hubspot_invoice_id for f in failures))
        return Plan(self.id, option, ids, (), notes=self.fix_steps, params=dict(params))

    def __repr__(self) -> str:
        return f"<FailureKind {self.id}>"
