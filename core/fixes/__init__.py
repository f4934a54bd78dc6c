"""Fixing failures: plans (pure, previewable), the write-ahead journal, apply, verify and undo.

The contract every part works to (see model.py for the data):
- each kind (core/failures/base.py: FailureKind) provides
    options(db, failures) -> list[Choice]                      what the wizard's Choose page offers
    plan(db, failures, option, params) -> Plan                 the exact changes; no network, no writes
  `failures` is a sequence of Failure of that kind (one for the single wizard, many for bulk); every text in a
  Choice or a Plan is a core.i18n.Message, rendered by whoever shows it.
- core.fixes.apply.apply_plan(plan, journal, clients, ...) sends each Change, journaled before it is sent.
- core.fixes.verify.verify(...) refreshes, re-diagnoses and says which invoices still fail.
- core.fixes.undo.undo_plan(journal, run_id, clients) builds the inverse plan, or refuses with a reason.
"""
