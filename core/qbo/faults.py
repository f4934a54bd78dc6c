"""QBO error replies in all three shapes the service sends: `Fault` JSON, lowercase `fault` JSON (401s),
and XML `IntuitResponse` (throttles and some auth failures, even when JSON was asked for)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from core.errors import one_line
from core.i18n import N_, Message, verbatim

# {code}, {message} and {detail} are QuickBooks' own words, shown as they are.
FAULT = N_("QuickBooks", "QuickBooks error {code}: {message}")
FAULT_WITH_DETAIL = N_("QuickBooks", "QuickBooks error {code}: {message} ({detail})")


@dataclass(frozen=True)
class QboFault:
    status: int
    code: str
    message: str
    detail: str
    fault_type: str

    def __str__(self) -> str:
        return str(self.text)

    @property
    def text(self) -> Message:
        """The fault as a bookkeeper reads it: the frame in their language, QuickBooks' words as they are."""
        detail = one_line(self.detail)
        parts = {"code": verbatim(one_line(self.code, 20)), "message": verbatim(one_line(self.message))}
        return FAULT_WITH_DETAIL.format(**parts, detail=verbatim(detail)) if detail else FAULT.format(**parts)


def parse_fault(status: int, text: str) -> QboFault | None:
    """The first error of a QBO fault body, whatever its shape; None when the body is not a fault."""
    text = text.strip()
    if text.startswith("{"):
        try:
            body = json.loads(text)
        except ValueError:
            return None
        fault = body.get("Fault") or body.get("fault") if isinstance(body, dict) else None
        if not isinstance(fault, dict):
            return None
        errors = fault.get("Error") or fault.get("error") or [{}]
        first = errors[0] if isinstance(errors, list) and errors else {}
        return QboFault(status, str(first.get("code") or first.get("Code") or ""),
                        str(first.get("Message") or first.get("message") or ""),
                        str(first.get("Detail") or first.get("detail") or ""),
                        str(fault.get("type") or ""))
    if text.startswith("<"):
        try:
            root = ET.fromstring(text)
        except ET.ParseError:
            return None
        fault_el = next((el for el in root.iter() if _local(el.tag) == "Fault"), None)
        if fault_el is None:
            return None
        error = next((el for el in fault_el.iter() if _local(el.tag) == "Error"), None)
        if error is None:
            return QboFault(status, "", "", "", fault_el.get("type", ""))
        fields = {_local(child.tag): (child.text or "") for child in error}
        return QboFault(status, error.get("code", ""), fields.get("Message", ""), fields.get("Detail", ""),
                        fault_el.get("type", ""))
    return None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


DOC_NUMBER_DETAIL = re.compile(r"DocNumber=(?P<doc>.*?) is assigned to TxnType=(?P<type>.*?) with TxnId=(?P<id>\w+)")
