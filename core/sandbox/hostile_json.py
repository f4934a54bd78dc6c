"""The body mutations of hostile replies (hostile.py): the real JSON, with its shape broken in one chosen way.

Depth counts from the root value (depth 0): the values of the root object are at depth 1, their members at
depth 2, and so on. Each function takes a freshly parsed body, so mutating it in place is safe.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

WRONG_ID: dict[str, int] = {"x": 1}
OOPS = "oops"
INVALID_UTF8 = b"\xff\xfe"


def encode(body: Any) -> bytes:
    """The bytes json_reply would send for `body`, so an untouched part stays byte-for-byte the real reply."""
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def wrong_types(body: Any) -> Any:
    """Lists at depth 1 and 2 become the string "oops"; every object's `id` or `Id` becomes {"x": 1}."""
    def walk(value: Any, depth: int) -> Any:
        if isinstance(value, dict):
            return {key: dict(WRONG_ID) if key in ("id", "Id") else walk(item, depth + 1)
                    for key, item in value.items()}
        if isinstance(value, list):
            if 1 <= depth <= 2:
                return OOPS
            return [walk(item, depth + 1) for item in value]
        return value

    return walk(body, 0)


def _is_container(value: Any) -> bool:
    return isinstance(value, dict | list)


def nulls(body: Any) -> Any:
    """Every object or list at depth 1 becomes null (HubSpot `results`, QBO `QueryResponse`, `Preferences`)."""
    if isinstance(body, dict):
        return {key: None if _is_container(value) else value for key, value in body.items()}
    if isinstance(body, list):
        return [None if _is_container(value) else value for value in body]
    return body


def _hollow(value: Any) -> Any:
    """A depth-1 container with its own containers nulled; a list's objects are records, so they are kept and
    hollowed in turn (HubSpot `results: [{"id": "1", "properties": null}]`)."""
    if isinstance(value, dict):
        return {key: None if _is_container(item) else item for key, item in value.items()}
    return [_hollow(item) if isinstance(item, dict) else None if isinstance(item, list) else item
            for item in value]


def nulls_inner(body: Any) -> Any:
    """Depth-1 containers stay; inside them every object or list becomes null, except that a depth-1 list keeps
    its objects and nulls their containers instead (QBO `QueryResponse: {"Customer": null}`, `Preferences`
    sub-objects null, HubSpot `results: [{…, "properties": null}]`)."""
    if isinstance(body, dict):
        return {key: _hollow(value) if _is_container(value) else value for key, value in body.items()}
    if isinstance(body, list):
        return [_hollow(value) if _is_container(value) else value for value in body]
    return body


def replace_first_string(body: Any, change: Callable[[str], str]) -> bool:
    """Applies `change` to the first string value met depth-first, in document order; keys do not count.

    Returns whether there was one.
    """
    if isinstance(body, dict):
        items: list[tuple[Any, Any]] = list(body.items())
    elif isinstance(body, list):
        items = list(enumerate(body))
    else:
        return False
    for key, value in items:
        if isinstance(value, str):
            body[key] = change(value)
            return True
        if replace_first_string(value, change):
            return True
    return False


def huge_string(body: Any, size: int) -> bytes | None:
    """The first string value replaced by `size` letters A; None when the body has no string value."""
    if not replace_first_string(body, lambda _: "A" * size):
        return None
    return encode(body)


def invalid_utf8(body: Any) -> bytes | None:
    """The body with the raw bytes FF FE in the middle of its first string value; None without one.

    A unique marker goes into the string, the body is encoded, and the marker's bytes are swapped for the
    invalid ones, since json.dumps itself only writes valid text.
    """
    marker = f"HOSTILE{uuid.uuid4().hex}"
    if not replace_first_string(body, lambda text: text[: len(text) // 2] + marker + text[len(text) // 2:]):
        return None
    return encode(body).replace(marker.encode("ascii"), INVALID_UTF8, 1)
