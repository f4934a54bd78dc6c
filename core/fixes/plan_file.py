"""Saved plans: a fix previewed (offline, say) written to a file, to be applied later from the same company.

The file is JSON, versioned by its "format" tag::

    {"format": "syncdoctor-plan/2", "saved_at": "2026-11-24T20:59:24+00:00", "profile": "Acme Ltd",
     "qbo_realm": "9130357992221046", "qbo_company_name": "Acme Ltd", "hubspot_portal_id": "24681357" | null,
     "plan": {...Plan, field by field...}, "failures": [...the failures the plan fixes, as diagnosed...]}

The company comes from the cache the plan was made on (its last complete refresh records the QuickBooks realm;
the HubSpot portal id is there only when something recorded it). load() rebuilds the real Plan/Change/FieldChange
objects, so a loaded plan equals the saved one and goes through apply_plan's usual checks: each QuickBooks update
still carries the SyncToken it was planned against, so a record edited since the save comes back as a CONFLICT
instead of being overwritten. Record values are JSON: a tuple inside a record value comes back as a list.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, is_dataclass
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from core.digits import ascii_digits
from core.errors import UserError
from core.failures.base import Failure
from core.fixes.model import Action, Change, FieldChange, Plan
from core.i18n import N_, Message, verbatim
from core.links import PORTAL_META
from core.store.db import get_meta, open_db

FORMAT = "syncdoctor-plan"
VERSION = 2   # 2: texts are messages (catalogue key and arguments); 1 held them as English text, still read
FORMAT_TAG = f"{FORMAT}/{VERSION}"
SOURCE_META = "refresh.source"          # "<hubspot api> <qbo api> <realm>", written by every complete refresh
COMPANY_META = "qbo.company_name"


class PlanFileError(UserError):
    """The file cannot be used as a saved plan (not a plan, too new, damaged, or for another company)."""


# {path} is the file's full path, {name} its name; {reason} and {error} are the system's own words.
NOT_SAVED = N_("PlanFile", "The plan could not be saved to {path}: {reason}")
NO_SUCH_FILE = N_("PlanFile", "The file {path} does not exist.")
UNREADABLE = N_("PlanFile", "The file {path} cannot be read as a Sync Doctor plan.")
NOT_A_PLAN = N_("PlanFile", "{name} is not a Sync Doctor plan. Choose a file saved with “Save plan…” on a fix's "
                            "preview.")
TOO_NEW = N_("PlanFile", "{name} was saved by a newer version of Sync Doctor. Update the app to apply it.")
NO_COMPANY_SAVED = N_("PlanFile", "{name} was saved by an earlier version of Sync Doctor and does not say which "
                                  "QuickBooks company it is for. Open the fix again and save a new plan.")
DAMAGED = N_("PlanFile", "{name} is damaged and cannot be applied ({error}).")
NO_COMPANY = N_("PlanFile", "This plan does not say which QuickBooks company it is for, so it cannot be applied. "
                            "Open the fix again and save a new plan.")
REFRESH_FIRST = N_("PlanFile", "Refresh first: Sync Doctor does not know yet which QuickBooks company this profile "
                               "is connected to, so it cannot check that the plan is for it.")
OTHER_COMPANY = N_("PlanFile", "This plan is for another QuickBooks company ({company}, saved in profile "
                               "“{profile}”). Open that company's profile to apply it.")
OTHER_PORTAL = N_("PlanFile", "This plan is for another HubSpot account (portal {portal}). Open the profile "
                              "connected to it to apply the plan.")
UNKNOWN_KIND = N_("PlanFile", "This plan fixes a kind of problem this version of Sync Doctor does not know "
                              "(“{kind}”). Update the app to apply it.")


@dataclass(frozen=True)
class SavedPlan:
    plan: Plan
    profile: str
    qbo_realm: str
    hubspot_portal_id: str | None
    saved_at: str                        # ISO 8601 UTC
    qbo_company_name: str = ""
    failures: tuple[Failure, ...] = ()   # as diagnosed when the plan was saved (numbers and evidence for the wizard)


@dataclass(frozen=True)
class Company:
    """Which QuickBooks company (and HubSpot portal, when known) a cache mirrors."""

    qbo_realm: str
    hubspot_portal_id: str | None
    qbo_company_name: str


def company_of(db_path: Path) -> Company:
    db = open_db(db_path)
    try:
        source = get_meta(db, SOURCE_META) or ""
        portal = get_meta(db, PORTAL_META) or None
        name = get_meta(db, COMPANY_META) or ""
    finally:
        db.close()
    parts = source.split()
    return Company(parts[-1] if len(parts) >= 3 else "", portal, name)


def _failures_of(db_path: Path, plan: Plan) -> list[Failure]:
    ids = list(plan.invoice_ids)
    if not ids:
        return []
    db = open_db(db_path)
    try:
        if "failures" not in db.table_names():
            return []
        rows = db.execute("SELECT kind, hubspot_invoice_id, invoice_number, summary, evidence, root FROM failures"
                          f" WHERE kind = ? AND hubspot_invoice_id IN ({','.join('?' * len(ids))})",
                          [plan.kind, *ids]).fetchall()
    finally:
        db.close()
    found = {r[1]: Failure(r[0], r[1], r[2] or "", r[3] or "", json.loads(r[4] or "{}"), bool(r[5])) for r in rows}
    return [found[i] for i in ids if i in found]


# ---- writing ------------------------------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    if isinstance(value, Message):   # wrapped, so a message among record values is never taken for a record
        return {"message": value.to_json()}
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def plan_to_json(plan: Plan) -> dict[str, Any]:
    """The plan field by field, as plain JSON values."""
    out: dict[str, Any] = _plain(plan)
    return out


def to_json(plan: Plan, *, profile: str, db_path: Path, now: datetime | None = None) -> dict[str, Any]:
    """The whole file's content for `plan`, made on the cache at `db_path` of `profile`."""
    company = company_of(db_path)
    return {
        "format": FORMAT_TAG,
        "saved_at": (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds"),
        "profile": profile,
        "qbo_realm": company.qbo_realm,
        "qbo_company_name": company.qbo_company_name,
        "hubspot_portal_id": company.hubspot_portal_id,
        "plan": plan_to_json(plan),
        "failures": [f.to_json() for f in _failures_of(db_path, plan)],
    }


def save(plan: Plan, path: Path, *, profile: str, db_path: Path) -> Path:
    """Write `plan` to `path` (replacing it whole: a half-written file is never left behind)."""
    text = json.dumps(to_json(plan, profile=profile, db_path=db_path), ensure_ascii=False, indent=2)
    path = Path(path)
    partial = path.with_name(f".{path.name}.part")
    try:
        partial.write_text(text + "\n", encoding="utf-8")
        partial.replace(path)
    except OSError as err:
        partial.unlink(missing_ok=True)
        raise PlanFileError(NOT_SAVED.format(path=str(path), reason=verbatim(str(err.strerror or err)))) from err
    return path


# ---- reading ------------------------------------------------------------------------------------------------
def _str(data: Mapping[str, Any], key: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise ValueError(f"{key} must be text")
    return value


def _obj(data: Mapping[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ValueError(f"{key} must be an object")
    return value


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise ValueError(f"{key} must be a list")
    return value


def _strings(values: Sequence[Any], what: str) -> tuple[str, ...]:
    if not all(isinstance(v, str) for v in values):
        raise ValueError(f"{what} must be text")
    return tuple(values)


def _field_change(data: Any) -> FieldChange:
    if not isinstance(data, dict):
        raise ValueError("a field change must be an object")
    return FieldChange(_message(data.get("field")), _value(data.get("before")), _value(data.get("after")),
                       _optional(data.get("reason")))


def _optional(data: Any) -> Message | None:
    """A text that may be absent (older plan files have none)."""
    return None if data is None else _message(data)


def _message(data: Any) -> Message:
    """A text as saved: a message (catalogue key and arguments), or plain text from the first plan files."""
    if isinstance(data, dict) and set(data) == {"message"}:
        data = data["message"]
    if isinstance(data, str) or (isinstance(data, dict) and isinstance(data.get("source"), str)):
        return Message.from_json(data)
    raise ValueError("a text must be a message or plain text")


def _value(data: Any) -> Any:
    """A field's value as saved: a message (a line in words) comes back as one, anything else as it is."""
    return _message(data) if isinstance(data, dict) and set(data) == {"message"} else data


def _change(data: Any) -> Change:
    if not isinstance(data, dict):
        raise ValueError("a change must be an object")
    system = _str(data, "system")
    if system not in ("quickbooks", "hubspot"):
        raise ValueError(f"unknown system {system!r}")
    return Change(
        system="quickbooks" if system == "quickbooks" else "hubspot",
        entity=_str(data, "entity"),
        action=Action(_str(data, "action")),
        record_id=_str(data, "record_id", ""),
        label=_message(data.get("label", "")),
        fields=tuple(_field_change(f) for f in _list(data, "fields")),
        body=_obj(data, "body"),
        version=_str(data, "version", ""),
        before=_obj(data, "before"),
        invoice_ids=_strings(_list(data, "invoice_ids"), "invoice_ids"),
        owner=_optional(data.get("owner")),
        state=_optional(data.get("state")),
        confirm=_optional(data.get("confirm")),
    )


def plan_from_json(data: Mapping[str, Any]) -> Plan:
    """A Plan rebuilt from plan_to_json's output; ValueError (or KeyError/TypeError) when it is not one."""
    problems = []
    for item in _list(data, "problems"):
        if not (isinstance(item, list) and len(item) == 2 and isinstance(item[0], str)):
            raise ValueError("a problem must be [invoice id, reason]")
        problems.append((item[0], _message(item[1])))
    return Plan(
        kind=_str(data, "kind"),
        option=_str(data, "option"),
        invoice_ids=_strings(_list(data, "invoice_ids"), "invoice_ids"),
        changes=tuple(_change(c) for c in _list(data, "changes")),
        notes=tuple(_message(n) for n in _list(data, "notes")),
        problems=tuple(problems),
        params=_obj(data, "params"),
    )


def _failure(data: Any) -> Failure:
    if not isinstance(data, dict):
        raise ValueError("a failure must be an object")
    return Failure(_str(data, "kind"), _str(data, "hubspot_invoice_id"), _str(data, "invoice_number", ""),
                   _str(data, "summary", ""), _obj(data, "evidence"), bool(data.get("root", False)))


def _version(tag: Any) -> int | None:
    """The format version of a Sync Doctor plan file; None when the tag is not ours."""
    if not isinstance(tag, str):
        return None
    name, _, number = tag.partition("/")
    return int(number) if name == FORMAT and ascii_digits(number) else None


def load(path: Path) -> SavedPlan:
    """The saved plan at `path`; PlanFileError (a UserError) when the file cannot be used, saying why."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise PlanFileError(NO_SUCH_FILE.format(path=str(path))) from err
    except (OSError, UnicodeDecodeError) as err:
        raise PlanFileError(UNREADABLE.format(path=str(path))) from err
    name = verbatim(path.name)
    not_a_plan = PlanFileError(NOT_A_PLAN.format(name=name))
    try:
        data = json.loads(text)
    except ValueError as err:
        raise not_a_plan from err
    version = _version(data.get("format")) if isinstance(data, dict) else None
    if not isinstance(data, dict) or version is None:
        raise not_a_plan
    if version > VERSION:
        raise PlanFileError(TOO_NEW.format(name=name))
    if "plan" not in data:   # the first "Save plan" wrote the plan's fields alone, without the company
        raise PlanFileError(NO_COMPANY_SAVED.format(name=name))
    try:
        plan = plan_from_json(_obj(data, "plan"))
        failures = tuple(_failure(f) for f in _list(data, "failures"))
        portal = data.get("hubspot_portal_id")
        saved = SavedPlan(plan, _str(data, "profile", ""), _str(data, "qbo_realm", ""),
                          str(portal) if portal not in (None, "") else None, _str(data, "saved_at", ""),
                          _str(data, "qbo_company_name", ""), failures)
    except (KeyError, TypeError, ValueError) as err:
        raise PlanFileError(DAMAGED.format(name=name, error=verbatim(str(err)))) from err
    return saved


def check_company(saved: SavedPlan, db_path: Path, *, qbo_realm: str | None = None) -> None:
    """Refuse (PlanFileError) a plan made for another QuickBooks company (or HubSpot portal) than the cache at
    `db_path` mirrors, or than `qbo_realm` (the live connection's) when given; also when either is unknown."""
    here = company_of(db_path)
    current = qbo_realm or here.qbo_realm
    if not saved.qbo_realm:
        raise PlanFileError(NO_COMPANY)
    if not current:
        raise PlanFileError(REFRESH_FIRST)
    theirs = saved.qbo_company_name or saved.qbo_realm
    if saved.qbo_realm != current or (here.qbo_realm and here.qbo_realm != current):
        raise PlanFileError(OTHER_COMPANY.format(company=verbatim(theirs), profile=verbatim(saved.profile)))
    if saved.hubspot_portal_id and here.hubspot_portal_id and saved.hubspot_portal_id != here.hubspot_portal_id:
        raise PlanFileError(OTHER_PORTAL.format(portal=verbatim(saved.hubspot_portal_id)))
