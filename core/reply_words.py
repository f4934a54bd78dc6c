"""What the reply checks say when a service's reply is not what Sync Doctor relies on: catalogue messages, so
the window shows them in its language (str() of each is the English the command line prints).

A message names the request (`what`: "the invoices search") and the problem (`detail`). Requests are named where
they are sent, as English text that logs use too; `subject` reads such a name back into its catalogue entry, so a
bookkeeper reads it in their language while every caller keeps passing text. HubSpot's object types in it
({object_type}: "invoices") read in the reader's language; QuickBooks' entity names ({entity}: "Invoice") are
the services' own and stay as they are, and so does {field}, a place in the reply in the services' own terms
(support reads it).
"""

from __future__ import annotations

import functools
import re
import string

from core.i18n import N_, Message, verbatim

What = str | Message
"""A request's name: English text (read back by `subject`) or a catalogue message."""

# {service} is "HubSpot" or "QuickBooks", {what} one of the requests below, {detail} one of the problems below.
UNEXPECTED = N_("Replies", "{service} sent an unexpected reply to {what}: {detail}.")
# {error} is the UNEXPECTED (or the unreadable reply's) message, a whole sentence.
OUTCOME_UNKNOWN = N_("Replies", "It is not known whether {service} saved {what}: its reply could not be read. {error}")

# ---- the requests ({object_type}, {entity}: the services' names for records; {..._id}: record ids) ----------
HUBSPOT_ARCHIVED_LIST = N_("Replies", "the archived {object_type} list")
HUBSPOT_LIST = N_("Replies", "the {object_type} list")
HUBSPOT_COUNT = N_("Replies", "the {object_type} count")
HUBSPOT_SEARCH = N_("Replies", "the {object_type} search")
HUBSPOT_BATCH_READ = N_("Replies", "the {object_type} batch read")
HUBSPOT_ASSOCIATIONS = N_("Replies", "the {from_type} → {to_type} associations")
HUBSPOT_RECORD_ASSOCIATIONS = N_("Replies", "the {to_type} associations of {from_type} {from_id}")
HUBSPOT_UNLINK = N_("Replies", "the removal of the link from {from_type} {from_id} to {to_type} {to_id}")
HUBSPOT_LINK = N_("Replies", "the link from {from_type} {from_id} to {to_type} {to_id}")
CHANGE_TO_PREFERENCES = N_("Replies", "the change to the preferences")
READ_OF = N_("Replies", "the read of {entity} {record_id}")
CHANGE_TO = N_("Replies", "the change to {entity} {record_id}")
DELETION_OF = N_("Replies", "the deletion of {entity} {record_id}")
NEW_RECORD = N_("Replies", "the new {entity}")
QBO_ANY_QUERY = N_("Replies", "a query")
QBO_QUERY = N_("Replies", "the {entity} query")
QBO_CDC = N_("Replies", "the list of changes (CDC)")
QBO_COMPANY_INFO = N_("Replies", "the company info")
QBO_PREFERENCES = N_("Replies", "the preferences")
QBO_LISTS_BATCH = N_("Replies", "the company's lists (batch)")

# HubSpot's object types as they appear in those names ({object_type}, {from_type}, {to_type}); others verbatim.
OBJECT_TYPES: dict[str, Message] = {
    "invoices": N_("Replies", "invoices"), "contacts": N_("Replies", "contacts"),
    "companies": N_("Replies", "companies"), "line_items": N_("Replies", "line_items"),
}
_TYPE_PARTS = ("object_type", "from_type", "to_type")

# Most specific first: "the archived invoices list" also fits "the {object_type} list".
REQUESTS: tuple[Message, ...] = (
    HUBSPOT_ARCHIVED_LIST, HUBSPOT_LIST, HUBSPOT_COUNT, HUBSPOT_SEARCH, HUBSPOT_BATCH_READ, HUBSPOT_ASSOCIATIONS,
    HUBSPOT_RECORD_ASSOCIATIONS, HUBSPOT_UNLINK, HUBSPOT_LINK, CHANGE_TO_PREFERENCES, READ_OF, CHANGE_TO, DELETION_OF,
    NEW_RECORD, QBO_ANY_QUERY, QBO_COMPANY_INFO, QBO_PREFERENCES, QBO_LISTS_BATCH, QBO_CDC, QBO_QUERY,
)

# ---- the problems ------------------------------------------------------------------------------------------
# how a JSON value is named ({kind} below)
KIND_NULL = N_("Replies", "null")
KIND_FLAG = N_("Replies", "true/false")
KIND_NUMBER = N_("Replies", "a number")
KIND_TEXT = N_("Replies", "text")
KIND_LIST = N_("Replies", "a list")
KIND_OBJECT = N_("Replies", "an object")

NOT_AN_ID = N_("Replies", "{field} is {kind}, not an id")
EMPTY = N_("Replies", "{field} is empty")
ID_TOO_LONG = N_("Replies", "{field} is {length} characters long (ids have at most {most})")
CONTROL_CHARACTER = N_("Replies", "{field} contains a control character")
HUGE_TEXT = N_("Replies", "it holds a text of {length} characters")
NOT_OBJECT = N_("Replies", "{field} is {kind}, not an object")
NOT_LIST = N_("Replies", "{field} is {kind}, not a list")
NOT_TEXT = N_("Replies", "{field} is {kind}, not text")
NOT_FLAG = N_("Replies", "{field} is {kind}, not true or false")
NOT_CURSOR = N_("Replies", "{field} is {kind}, not a cursor")
BAD_CURSOR = N_("Replies", "{field} is not a usable cursor")
NOT_A_NUMBER = N_("Replies", "{field} is not a number")
NOT_A_DATE = N_("Replies", "{field}'s {stamp} is not a date")
NO_TYPE_NAME = N_("Replies", "association {number} has no type name")
NO_TYPE_ID = N_("Replies", "{field} has no whole-number typeId")
# {name} is the HubSpot property's own name
PROPERTY_TOO_LONG = N_("Replies", "property {name} of {field} is {length} characters long (HubSpot allows {most})")
PROPERTY_NOT_VALUE = N_("Replies", "property {name} of {field} is {kind}, not a value")
QBO_TOO_LONG = N_("Replies", "{field} is {length} characters long (QuickBooks allows {most})")
NOT_JSON_OBJECT = N_("Replies", "it is not a JSON object")
PAGES_STUCK = N_("Replies", "its pages are not in record id order")
UNASKED_ANSWER = N_("Replies", "item {number} answers a question that was not asked")
UNANSWERED = N_("Replies", "it left {count} of the questions unanswered")
# {key} is QuickBooks' name for the object (CompanyInfo, Preferences)
NOT_ONE = N_("Replies", "it holds {count} {key} objects, not one")

# The problems callers still name as text.
DETAILS: tuple[Message, ...] = (NOT_JSON_OBJECT,)


def subject(what: What) -> Message:
    """A request's name as a message: its catalogue entry when it is one of REQUESTS, else shown as it is."""
    return _known(what, REQUESTS)


def problem(detail: str | Message) -> Message:
    """A problem as a message: its catalogue entry when it is one of DETAILS, else shown as it is."""
    return _known(detail, DETAILS)


def _known(text: str | Message, vocabulary: tuple[Message, ...]) -> Message:
    if isinstance(text, Message):
        return text
    for message, pattern in _patterns(vocabulary):
        found = pattern.fullmatch(text)
        if found:   # every part is a name or an id: filled in as it was written, so str() gives `text` back
            return message.format(**{name: _part(name, part) for name, part in found.groupdict().items()})
    return verbatim(text)


def _part(name: str, text: str) -> Message:
    """A HubSpot object type in the reader's language (its English entry is the type's own name), else as is."""
    return OBJECT_TYPES.get(text, verbatim(text)) if name in _TYPE_PARTS else verbatim(text)


@functools.cache
def _patterns(vocabulary: tuple[Message, ...]) -> list[tuple[Message, re.Pattern[str]]]:
    return [(message, _pattern(message.source)) for message in vocabulary]


def _pattern(source: str) -> re.Pattern[str]:
    """The English pattern as a regular expression, each {name} a non-empty group."""
    parts = []
    for literal, name, _, _ in string.Formatter().parse(source):
        parts.append(re.escape(literal))
        if name:
            parts.append(f"(?P<{name}>.+?)")
    return re.compile("".join(parts), re.DOTALL)
