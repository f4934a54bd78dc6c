"""Shape checks on both services' replies, run before anything reaches the cache.

A reply that does not have the shape we rely on raises MalformedReplyError naming the request and the field;
it never turns into an empty result. Strings are held to the services' own length limits, so a broken or hostile
server cannot fill the cache with megabyte values, and ids are short and free of control characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from core import reply_words as words
from core.digits import ascii_digits
from core.errors import MalformedReplyError, OutcomeUnknownError
from core.i18n import Message, verbatim
from core.reply_words import What
from core.types import JSON

HUBSPOT = "HubSpot"
QBO = "QuickBooks"

ID_MAX = 64
HUBSPOT_VALUE_MAX = 65_536   # HubSpot's limit for one property value
QBO_TEXT_MAX = 4_000         # QBO's longest text fields (Description, PrivateNote)
QBO_PREFS_TEXT_MAX = 65_536  # Preferences hold e-mail templates whose limit QBO does not document
QBO_FIELD_MAX = {"DisplayName": 500, "DocNumber": 21}
QBO_PREF_FLAGS = {"ProductAndServicesPrefs": ("RevenueRecognitionEnabled", "RevenueRecognition"),
                  "SalesFormsPrefs": ("CustomTxnNumbers",), "CurrencyPrefs": ("MultiCurrencyEnabled",),
                  "AccountingInfoPrefs": ()}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def bad_reply(service: str, what: What, detail: str | Message) -> MalformedReplyError:
    """The error for a reply of the wrong shape; `what` and `detail` as text are read back into the catalogue
    (core.reply_words) when they are among its phrases, else shown as they are."""
    return MalformedReplyError(words.UNEXPECTED.format(service=service, what=words.subject(what),
                                                       detail=words.problem(detail)), 200)


def _field(field: str) -> Message:
    # a place in the reply in the services' own terms; verbatim, so braces in a key are not placeholders
    return verbatim(field)


@contextmanager
def outcome_unknown(service: str, what: What) -> Iterator[None]:
    """Around a write: a 2xx that cannot be read or has the wrong shape (after every retry) means the write
    may have been applied, so it becomes OutcomeUnknownError (a NetworkError), never a refusal the caller
    would record as "not written"."""
    try:
        yield
    except MalformedReplyError as err:
        raise OutcomeUnknownError(words.OUTCOME_UNKNOWN.format(service=service, what=words.subject(what),
                                                               error=err.message)) from None


def _kind(value: object) -> Message:
    """How a JSON value is named in a message."""
    if value is None:
        return words.KIND_NULL
    if isinstance(value, bool):
        return words.KIND_FLAG
    if isinstance(value, (int, float)):
        return words.KIND_NUMBER
    if isinstance(value, str):
        return words.KIND_TEXT
    return words.KIND_LIST if isinstance(value, list) else words.KIND_OBJECT


def check_id(service: str, what: str, value: object, field: str) -> str:
    """A record id as text: a non-empty string or an integer, short, without control characters."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise bad_reply(service, what, words.NOT_AN_ID.format(field=_field(field), kind=_kind(value)))
    text = str(value)
    if not text:
        raise bad_reply(service, what, words.EMPTY.format(field=_field(field)))
    if len(text) > ID_MAX:
        raise bad_reply(service, what, words.ID_TOO_LONG.format(field=_field(field), length=len(text),
                                                                   most=ID_MAX))
    if _CONTROL.search(text):
        raise bad_reply(service, what, words.CONTROL_CHARACTER.format(field=_field(field)))
    return text


ANY_TEXT_MAX = 1_000_000   # no string either service sends comes near this, wherever it sits in a reply


def bounded(body: object, service: str, what: str) -> object:
    """The whole reply held to what neither service ever sends, in parts the app reads or not: a string over
    ANY_TEXT_MAX characters, an id (`id`/`Id`) that is an object or a list. Such a reply comes from something
    broken between us and the service, and nothing of it is kept."""
    stack = [body]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if len(value) > ANY_TEXT_MAX:
                raise bad_reply(service, what, words.HUGE_TEXT.format(length=len(value)))
        elif isinstance(value, dict):
            for key, item in value.items():
                if key in ("id", "Id") and isinstance(item, (dict, list)):
                    raise bad_reply(service, what, words.NOT_AN_ID.format(field=_field(key), kind=_kind(item)))
                stack.append(item)
        elif isinstance(value, list):
            stack.extend(value)
    return body


def require_dict(service: str, what: str, value: object, field: str) -> JSON:
    if not isinstance(value, dict):
        raise bad_reply(service, what, words.NOT_OBJECT.format(field=_field(field), kind=_kind(value)))
    return value


def require_list(service: str, what: str, value: object, field: str) -> list[Any]:
    if not isinstance(value, list):
        raise bad_reply(service, what, words.NOT_LIST.format(field=_field(field), kind=_kind(value)))
    return value


# --- HubSpot ---------------------------------------------------------------------------------------------
def hubspot_object(obj: object, what: str, field: str = "the object") -> JSON:
    """One CRM object: an id, a `properties` object of plain values (each at most 65,536 characters)."""
    obj = require_dict(HUBSPOT, what, obj, field)
    check_id(HUBSPOT, what, obj.get("id"), f"{field}'s id")
    props = require_dict(HUBSPOT, what, obj.get("properties"), f"{field}'s properties")
    for name, value in props.items():
        if isinstance(value, str):
            if len(value) > HUBSPOT_VALUE_MAX:
                raise bad_reply(HUBSPOT, what, words.PROPERTY_TOO_LONG.format(
                    name=_field(name), field=_field(field), length=len(value), most=HUBSPOT_VALUE_MAX))
        elif value is not None and not isinstance(value, (int, float, bool)):
            raise bad_reply(HUBSPOT, what, words.PROPERTY_NOT_VALUE.format(
                name=_field(name), field=_field(field), kind=_kind(value)))
    for stamp in ("createdAt", "updatedAt"):
        value = obj.get(stamp)
        if value is not None and (not isinstance(value, str) or len(value) > ID_MAX):
            raise bad_reply(HUBSPOT, what, words.NOT_A_DATE.format(field=_field(field), stamp=stamp))
    return obj


def hubspot_after(body: JSON, what: str, field: str = "paging") -> str | None:
    """The cursor of the next page (`paging.next.after`), None on the last page."""
    paging = body.get("paging")
    if paging is None:
        return None
    nxt = require_dict(HUBSPOT, what, paging, field).get("next")
    if nxt is None:
        return None
    after = require_dict(HUBSPOT, what, nxt, f"{field}.next").get("after")
    if after is None:
        return None
    if not isinstance(after, str):
        raise bad_reply(HUBSPOT, what, words.NOT_CURSOR.format(field=_field(f"{field}.next.after"),
                                                                    kind=_kind(after)))
    if len(after) > 4096 or _CONTROL.search(after):
        raise bad_reply(HUBSPOT, what, words.BAD_CURSOR.format(field=_field(f"{field}.next.after")))
    return after or None


def hubspot_page(body: JSON, what: str) -> tuple[list[JSON], str | None]:
    """A list, search or batch-read page: its objects and the next cursor. A batch read's 207 `errors`
    (ids HubSpot no longer has) are expected and left alone."""
    results = require_list(HUBSPOT, what, body.get("results"), "results")
    for index, obj in enumerate(results):
        hubspot_object(obj, what, f"result {index + 1}")
    errors = body.get("errors")
    if errors is not None:
        require_list(HUBSPOT, what, errors, "errors")
    return results, hubspot_after(body, what)


def hubspot_inline(obj: JSON, to_type: str, what: str) -> tuple[list[tuple[str, str]], bool]:
    """The associations a list page carried inline for one object and one type: (to_id, type name) pairs,
    and whether HubSpot cut the list short (a `paging` cursor: the rest must be read apart)."""
    block = obj.get("associations")
    if block is None:
        return [], False
    group = require_dict(HUBSPOT, what, block, "associations").get(to_type)
    if group is None:
        return [], False
    group = require_dict(HUBSPOT, what, group, f"associations.{to_type}")
    pairs = []
    for index, item in enumerate(require_list(HUBSPOT, what, group.get("results"), f"associations.{to_type}.results")):
        item = require_dict(HUBSPOT, what, item, f"association {index + 1}")
        name = item.get("type")
        if not isinstance(name, str) or len(name) > ID_MAX:
            raise bad_reply(HUBSPOT, what, words.NO_TYPE_NAME.format(number=index + 1))
        pairs.append((_to_id(item.get("id"), what, f"association {index + 1}'s id"), name))
    return pairs, hubspot_after(group, what, f"associations.{to_type}.paging") is not None


def _to_id(value: object, what: str, field: str) -> str:
    if isinstance(value, str) and not ascii_digits(value):
        raise bad_reply(HUBSPOT, what, words.NOT_A_NUMBER.format(field=_field(field)))
    return check_id(HUBSPOT, what, value, field)


def hubspot_links(link: object, what: str, field: str) -> tuple[str, list[int]]:
    """One associated record: its id (`toObjectId`) and its association type ids."""
    link = require_dict(HUBSPOT, what, link, field)
    to_id = _to_id(link.get("toObjectId"), what, f"{field}'s toObjectId")
    types = require_list(HUBSPOT, what, link.get("associationTypes"), f"{field}'s associationTypes")
    type_ids: list[int] = []
    for index, assoc in enumerate(types):
        type_id = require_dict(HUBSPOT, what, assoc, f"{field}'s association type {index + 1}").get("typeId")
        if isinstance(type_id, bool) or not isinstance(type_id, int):
            raise bad_reply(HUBSPOT, what, words.NO_TYPE_ID.format(
                field=_field(f"{field}'s association type {index + 1}")))
        type_ids.append(type_id)
    return to_id, type_ids


def hubspot_association_batch(body: JSON, what: str) -> tuple[list[tuple[str, str, int]], list[tuple[str, str]]]:
    """A v4 association batch read: (from, to, typeId) rows, and (from id, cursor) for records with more."""
    rows: list[tuple[str, str, int]] = []
    more: list[tuple[str, str]] = []
    results = require_list(HUBSPOT, what, body.get("results"), "results")
    for index, result in enumerate(results):
        field = f"result {index + 1}"
        result = require_dict(HUBSPOT, what, result, field)
        source = require_dict(HUBSPOT, what, result.get("from"), f"{field}'s from")
        from_id = _to_id(source.get("id"), what, f"{field}'s from.id")
        for number, link in enumerate(require_list(HUBSPOT, what, result.get("to"), f"{field}'s to")):
            to_id, type_ids = hubspot_links(link, what, f"{field}'s link {number + 1}")
            rows.extend((from_id, to_id, type_id) for type_id in type_ids)
        after = hubspot_after(result, what, f"{field}'s paging")
        if after:
            more.append((from_id, after))
    errors = body.get("errors")
    if errors is not None:
        require_list(HUBSPOT, what, errors, "errors")
    return rows, more


def hubspot_record_associations(body: JSON, what: str) -> tuple[list[tuple[str, list[int]]], str | None]:
    """One record's v4 associations page: (to id, type ids) pairs and the next cursor."""
    results = require_list(HUBSPOT, what, body.get("results"), "results")
    pairs = [hubspot_links(link, what, f"result {index + 1}") for index, link in enumerate(results)]
    return pairs, hubspot_after(body, what)


# --- QuickBooks ------------------------------------------------------------------------------------------
def qbo_strings(value: object, what: str, field: str, limit: int = QBO_TEXT_MAX) -> None:
    """Every string inside `value` is at most `limit` characters (DisplayName and DocNumber less)."""
    stack: list[tuple[object, str]] = [(value, field)]
    while stack:
        item, path = stack.pop()
        if isinstance(item, str):
            name = path.rsplit(".", 1)[-1]
            most = min(limit, QBO_FIELD_MAX.get(name, limit))
            if len(item) > most:
                raise bad_reply(QBO, what, words.QBO_TOO_LONG.format(
                    field=_field(path), length=len(item), most=most))
        elif isinstance(item, dict):
            stack.extend((v, f"{path}.{k}") for k, v in item.items())
        elif isinstance(item, list):
            stack.extend((v, f"{path}[{i}]") for i, v in enumerate(item))


def qbo_entity(obj: object, what: str, field: str) -> JSON:
    """One QBO record: an object with a non-empty Id, its strings within QBO's limits, and the fields the
    cache reads of the types it reads them as."""
    obj = require_dict(QBO, what, obj, field)
    check_id(QBO, what, obj.get("Id"), f"{field}'s Id")
    qbo_strings(obj, what, field)
    _typed(obj, QBO_RECORD_TEXT, QBO_RECORD_OBJECTS, what, field)
    lines = obj.get("Line")
    for index, line in enumerate(require_list(QBO, what, lines, f"{field}.Line") if lines is not None else ()):
        line_field = f"{field}.Line[{index}]"
        line = require_dict(QBO, what, line, line_field)
        _typed(line, QBO_LINE_TEXT, (), what, line_field)
        detail_type = line.get("DetailType")
        if isinstance(detail_type, str) and line.get(detail_type) is not None:
            detail = require_dict(QBO, what, line[detail_type], f"{line_field}.{detail_type}")
            _typed(detail, ("ServiceDate",), ("ItemRef",), what, f"{line_field}.{detail_type}")
    return obj


QBO_RECORD_TEXT = ("DisplayName", "DocNumber", "Name", "Sku", "Type", "TxnDate")
QBO_RECORD_OBJECTS = ("MetaData", "CustomerRef", "CurrencyRef", "PrimaryEmailAddr")
QBO_LINE_TEXT = ("DetailType", "Description")


def _typed(obj: JSON, texts: tuple[str, ...], objects: tuple[str, ...], what: str, field: str) -> None:
    """Present fields that must be text, and present fields that must be objects (whose own `value`, `name`,
    `Address` and `LastUpdatedTime`, when present, must be text or, for `value`, an id-like number)."""
    for key in texts:
        if obj.get(key) is not None:
            _optional_text(obj, key, what, field)
    for key in objects:
        if obj.get(key) is None:
            continue
        inner = require_dict(QBO, what, obj[key], f"{field}.{key}")
        for text_key in ("name", "Address", "LastUpdatedTime"):
            if inner.get(text_key) is not None:
                _optional_text(inner, text_key, what, f"{field}.{key}")
        value = inner.get("value")
        if value is not None and (isinstance(value, bool) or not isinstance(value, (str, int))):
            raise bad_reply(QBO, what, words.NOT_TEXT.format(field=_field(f"{field}.{key}.value"),
                                                               kind=_kind(value)))


def qbo_query_response(qr: object, what: str, field: str = "QueryResponse") -> JSON:
    """A QueryResponse object. Its capitalised keys are entity names; each must hold a list of records. An
    absent entity key is an empty page; a null or a non-list is an error. Lower-case keys are counters."""
    qr = require_dict(QBO, what, qr, field)
    for key, rows in qr.items():
        if key[:1].isupper():
            for index, row in enumerate(require_list(QBO, what, rows, f"{field}.{key}")):
                qbo_entity(row, what, f"{key} {index + 1}")
    return qr


def qbo_query(body: JSON, what: str) -> JSON:
    return qbo_query_response(body.get("QueryResponse"), what)


def qbo_cdc(body: JSON, what: str) -> dict[str, list[JSON]]:
    """A CDC reply: entity → changed records (deleted ones too), across every block of the reply."""
    out: dict[str, list[JSON]] = {}
    for index, block in enumerate(require_list(QBO, what, body.get("CDCResponse"), "CDCResponse")):
        block = require_dict(QBO, what, block, f"CDCResponse {index + 1}")
        responses = require_list(QBO, what, block.get("QueryResponse"), f"CDCResponse {index + 1}'s QueryResponse")
        for number, qr in enumerate(responses):
            checked = qbo_query_response(qr, what, f"QueryResponse {number + 1}")
            for key, rows in checked.items():
                if key[:1].isupper():
                    out.setdefault(key, []).extend(rows)
    return out


def _flag(value: object) -> bool:
    return isinstance(value, bool) or (isinstance(value, str) and value.lower() in ("true", "false"))


def qbo_preferences(obj: object, what: str) -> JSON:
    """Preferences: the groups the app reads are objects, their flags true/false."""
    prefs = require_dict(QBO, what, obj, "Preferences")
    for group, flags in QBO_PREF_FLAGS.items():
        if group not in prefs:
            continue
        values = require_dict(QBO, what, prefs[group], group)
        for flag in flags:
            if flag in values and not _flag(values[flag]):
                raise bad_reply(QBO, what, words.NOT_FLAG.format(
                    field=_field(f"{group}.{flag}"), kind=_kind(values[flag])))
    currency = prefs.get("CurrencyPrefs") or {}
    if "HomeCurrency" in currency:
        home = require_dict(QBO, what, currency["HomeCurrency"], "CurrencyPrefs.HomeCurrency")
        _optional_text(home, "value", what, "CurrencyPrefs.HomeCurrency")
    _optional_text(prefs.get("AccountingInfoPrefs") or {}, "BookCloseDate", what, "AccountingInfoPrefs")
    qbo_strings(prefs, what, "Preferences", QBO_PREFS_TEXT_MAX)
    return prefs


def _optional_text(obj: JSON, key: str, what: str, field: str) -> None:
    if key in obj and not isinstance(obj[key], str):
        raise bad_reply(QBO, what, words.NOT_TEXT.format(field=_field(f"{field}.{key}"), kind=_kind(obj[key])))


def qbo_company_info(obj: object, what: str) -> JSON:
    info = require_dict(QBO, what, obj, "CompanyInfo")
    qbo_strings(info, what, "CompanyInfo")
    return info


def qbo_record(body: JSON, entity: str, what: str) -> JSON:
    """The record a read or a write answered with (`{entity: {...}}`)."""
    if entity == "Preferences":
        return qbo_preferences(body.get(entity), what)
    return qbo_entity(body.get(entity), what, entity)
