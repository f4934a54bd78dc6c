"""What the wizards, the card and the activity view say about records: values, actions and states in a
bookkeeper's words. Evidence labels and field names come from core (each kind's `evidence_labels`,
core.fixes.words), rendered with gui.i18n.text; actions and states are the GUI's own (contexts are explicit, so
lupdate finds them)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.failures import evidence, registry
from core.fixes.model import EntryState
from core.fixes.words import field
from core.i18n import Message
from gui.i18n import text

SYSTEM_NAMES = {"quickbooks": "QuickBooks", "hubspot": "HubSpot"}
HIDDEN_EVIDENCE = {"hubspot_lines", "qbo_lines"}   # line signatures: the kinds' own views show the lines


def system_name(system: str) -> str:
    return SYSTEM_NAMES.get(system, system)


def show_value(value: Any) -> str:
    """A field value as a bookkeeper reads it: blank for nothing, Yes/No, amounts and dates in the interface's
    format (core.formatting), messages translated, records as their values."""
    if isinstance(value, list | tuple):
        return "; ".join(show_value(v) for v in value)
    return text(value)


# Marked for lupdate here, translated where shown (action_word): a change's action in a bookkeeper's words.
ACTION_WORDS = {"create": QT_TRANSLATE_NOOP("ChangeAction", "New"),
                "update": QT_TRANSLATE_NOOP("ChangeAction", "Change"),
                "associate": QT_TRANSLATE_NOOP("ChangeAction", "Link"),
                "dissociate": QT_TRANSLATE_NOOP("ChangeAction", "Unlink"),
                "push": QT_TRANSLATE_NOOP("ChangeAction", "Send invoice"),
                "delete": QT_TRANSLATE_NOOP("ChangeAction", "Delete")}


def action_word(action: object) -> str:
    source = ACTION_WORDS.get(str(action))
    return QCoreApplication.translate("ChangeAction", str(source)) if source else str(action)



def evidence_rows(kind: str, found: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """The evidence of a failure of `kind` in words: its labels, its values as shown; internal ids left out."""
    known = registry.get(kind)
    if known is None:
        return [(key, value) for key, value in found.items()]
    return [(text(label), value) for label, value in evidence.rows(known, found, HIDDEN_EVIDENCE)]


def document_name(txn_type: object, doc_id: object, customer: object = "") -> str:
    """A QuickBooks document in words: "QuickBooks invoice of Tech Hub Coworking" (by its id only when no customer
    is known)."""
    return text(evidence.document(txn_type, doc_id, customer or ""))


def field_word(name: Message | str) -> str:
    """A record's field in words: a message as the interface's language has it, an API name through
    core.fixes.words ('DueDate' → "Due date"), other names as they are."""
    return text(name if isinstance(name, Message) else field(name))


# ---- results of an apply ---------------------------------------------------------------------------------

STATE_WORDS = {EntryState.PENDING: QT_TRANSLATE_NOOP("ChangeState", "Not sent"),
               EntryState.SENT: QT_TRANSLATE_NOOP("ChangeState", "Sent, no reply yet"),
               EntryState.DONE: QT_TRANSLATE_NOOP("ChangeState", "Done"),
               EntryState.FAILED: QT_TRANSLATE_NOOP("ChangeState", "Refused"),
               EntryState.CONFLICT: QT_TRANSLATE_NOOP("ChangeState", "Changed by someone else — not written"),
               EntryState.UNDONE: QT_TRANSLATE_NOOP("ChangeState", "Undone")}


def state_text(state: EntryState, error: str = "") -> str:
    """A change's state in words, with the service's reason when there is one: 'Refused: …'."""
    source = STATE_WORDS.get(state)
    word = QCoreApplication.translate("ChangeState", str(source)) if source else str(state)
    return f"{word}: {error}" if error else word


