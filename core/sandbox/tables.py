"""Record tables that know when a record changes, so sorted indexes (sorted_index.py) stay right without
re-sorting a company for every page.

A `Table` is the `{id: record}` dict of one HubSpot object type or QBO entity. Every record in it, and every dict
reachable from a record through dicts (HubSpot `properties`, QBO `MetaData`, `CustomerRef`, …), is a `Tracked`
dict: a plain dict for every reader (json, `isinstance(x, dict)`, `copy.deepcopy` gives plain dicts back) whose
writes tell the table which record changed. The sandbox's handlers and tests alike may therefore change a record
in place (`obj["properties"]["lastmodifieddate"] = …`) and the next page still sees it. Lists inside records are
not tracked: no query path reaches into a list.

A dict stored into a table or a tracked dict is copied into a tracked one, so keep using the stored value (read
it back) rather than the dict you passed in.
"""

from __future__ import annotations

import copy
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

_MISSING: Any = object()


class Tracked(dict[str, Any]):
    """A dict inside a table's record; a change marks the record as changed."""

    __slots__ = ("_key", "_table")

    # Weak, so a dropped company is freed at once rather than by the cycle collector.
    _table: weakref.ref[Table] | None
    _key: str

    def _owner(self) -> Table | None:
        return None if self._table is None else self._table()

    def _touch(self) -> None:
        table = self._owner()
        if table is not None:
            table.changed(self._key)

    def __setitem__(self, key: str, value: Any) -> None:
        dict.__setitem__(self, key, _wrap(value, self._owner(), self._key))
        self._touch()

    def __delitem__(self, key: str) -> None:
        dict.__delitem__(self, key)
        self._touch()

    def pop(self, key: str, default: Any = _MISSING) -> Any:
        value = dict.pop(self, key) if default is _MISSING else dict.pop(self, key, default)
        self._touch()
        return value

    def popitem(self) -> tuple[str, Any]:
        item = dict.popitem(self)
        self._touch()
        return item

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return dict.__getitem__(self, key)  # the stored (tracked) value, so changes to it are seen

    def update(self, *args: Any, **kwargs: Any) -> None:
        table = self._owner()
        for key, value in dict(*args, **kwargs).items():
            dict.__setitem__(self, key, _wrap(value, table, self._key))
        self._touch()

    def __ior__(self, other: Any) -> Tracked:  # type: ignore[override,misc]
        self.update(other)
        return self

    def clear(self) -> None:
        dict.clear(self)
        self._touch()

    def __copy__(self) -> dict[str, Any]:
        return dict(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[str, Any]:
        return {key: copy.deepcopy(value, memo) for key, value in self.items()}

    def __reduce__(self) -> tuple[Any, ...]:
        return (dict, (dict(self),))


def _wrap(value: Any, table: Table | None, key: str) -> Any:
    if not isinstance(value, dict):
        return value
    tracked = Tracked()
    tracked._table, tracked._key = (None if table is None else table.ref), key
    for name, item in value.items():
        dict.__setitem__(tracked, name, _wrap(item, table, key))
    return tracked


class Table(dict[str, dict[str, Any]]):
    """`{id: record}` whose writes, and writes inside its records, bump `version` and mark the record dirty in
    every index built on it."""

    __slots__ = ("__weakref__", "_listeners", "indexes", "ref", "version")

    def __init__(self, items: Mapping[str, Any] | Iterable[tuple[str, Any]] = ()) -> None:
        super().__init__()
        self.ref = weakref.ref(self)  # what its records hold, one shared object
        self.version = 0
        self._listeners: dict[Any, Callable[[str], None]] = {}
        self.indexes: OrderedDict[Any, Any] = OrderedDict()  # sorted_index.index() keeps its indexes here
        for key, value in dict(items).items():
            dict.__setitem__(self, key, _wrap(value, self, key))

    def listen(self, token: Any, callback: Callable[[str], None]) -> None:
        """Call `callback(record id)` after each change to that record (or its addition or removal)."""
        self._listeners[token] = callback

    def unlisten(self, token: Any) -> None:
        self._listeners.pop(token, None)

    def changed(self, key: str) -> None:
        self.version += 1
        for callback in self._listeners.values():
            callback(key)

    def __setitem__(self, key: str, value: Any) -> None:
        dict.__setitem__(self, key, _wrap(value, self, key))
        self.changed(key)

    def __delitem__(self, key: str) -> None:
        dict.__delitem__(self, key)
        self.changed(key)

    def pop(self, key: str, default: Any = _MISSING) -> Any:
        present = key in self
        value = dict.pop(self, key) if default is _MISSING else dict.pop(self, key, default)
        if present:
            self.changed(key)
        return value

    def popitem(self) -> tuple[str, Any]:
        key, value = dict.popitem(self)
        self.changed(key)
        return key, value

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return dict.__getitem__(self, key)

    def update(self, *args: Any, **kwargs: Any) -> None:
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def __ior__(self, other: Any) -> Table:  # type: ignore[override,misc]
        self.update(other)
        return self

    def clear(self) -> None:
        keys = list(self)
        dict.clear(self)
        for key in keys:
            self.changed(key)

    def __copy__(self) -> dict[str, Any]:
        return dict(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[str, Any]:
        return {key: copy.deepcopy(value, memo) for key, value in self.items()}

    def __reduce__(self) -> tuple[Any, ...]:
        return (dict, (dict(self),))


def table_of(tables: dict[str, Any], name: str) -> Table:
    """`tables[name]` as a Table; a plain dict put there (by a test, say) is replaced by a Table of its records."""
    found = tables[name]
    if not isinstance(found, Table):
        found = tables[name] = Table(found)
    return found
