"""Sorted indexes over a Table: the order a list, a search or a query pages through, kept up to date on writes,
so a page costs time in proportion to the page (plus a binary search), not to the company.

An index holds, for each member record, a sort key that ends with something unique to the record (so keys never
tie) in a sorted list. It is built on first use with one sort; afterwards the table reports every record that
changes (tables.py) and the index moves just those records, on its next use. A page is a walk from a position
found by bisection, testing the remaining filters on each record it passes (`walk`).

`Cursors` remembers, per query and table version, where the walk stood after each page it served, so a client
paging with offsets (QBO STARTPOSITION, HubSpot search `after`) resumes there instead of re-testing every record
before it. Any change to the table forgets them.
"""

from __future__ import annotations

import bisect
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import Any

from core.sandbox.tables import Table

KeyFn = Callable[[str, Any], Any]  # (record id, record) -> sort key, or None when the record is not a member
MAX_INDEXES = 16                   # per table; the least recently used one goes beyond that
MAX_CURSORS = 64                   # remembered queries per index


class _Top:
    """Sorts after any value: the probe past every key that starts with a given prefix (`(*prefix, TOP)`)."""

    def __lt__(self, other: object) -> bool:
        return False

    def __gt__(self, other: object) -> bool:
        return True

    def __eq__(self, other: object) -> bool:
        return other is self

    def __hash__(self) -> int:
        return 0


TOP = _Top()


class Desc:
    """A key part that sorts in reverse (for descending sorts whose ties still go by ascending id)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Desc):
            return NotImplemented  # a probe such as the sentinel past every key answers
        return bool(other.value < self.value)

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Desc):
            return NotImplemented
        return bool(other.value > self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Desc) and bool(self.value == other.value)

    def __hash__(self) -> int:
        return hash(self.value)


class SortedIndex:
    """The members of one table in one order. Use `keys`/`ids` only after `fresh()`."""

    def __init__(self, table: Table, key_fn: KeyFn) -> None:
        self._table = weakref.ref(table)  # the table owns its indexes; no cycle back to it
        self.key_fn = key_fn
        self.keys: list[Any] = []
        self.ids: list[str] = []
        self.key_of: dict[str, Any] = {}
        self.dirty: set[str] = set()
        self.built = False
        self.cursors = Cursors()

    @property
    def table(self) -> Table:
        table = self._table()
        if table is None:
            raise ReferenceError("the table of this index is gone")
        return table

    def mark(self, oid: str) -> None:
        self.dirty.add(oid)

    def fresh(self) -> SortedIndex:
        """Build on first use; then move the records that changed since the last use."""
        if not self.built:
            self.dirty = set()  # changes made while building are moved again on the next use: harmless
            entries = []
            for oid, obj in self.table.items():
                key = self.key_fn(oid, obj)
                if key is not None:
                    entries.append((key, oid))
            entries.sort(key=lambda entry: entry[0])
            self.keys = [key for key, _ in entries]
            self.ids = [oid for _, oid in entries]
            self.key_of = {oid: key for key, oid in entries}
            self.built = True
            return self
        if self.dirty:
            # Swapped, not iterated in place: a test may change a record from another thread meanwhile.
            dirty, self.dirty = self.dirty, set()
            for oid in dirty:
                self._move(oid)
        return self

    def _move(self, oid: str) -> None:
        old = self.key_of.pop(oid, None)
        if old is not None:
            at = bisect.bisect_left(self.keys, old)
            while self.ids[at] != oid:  # keys are unique per record, so this is the entry itself
                at += 1
            del self.keys[at]
            del self.ids[at]
        obj = self.table.get(oid)
        key = None if obj is None else self.key_fn(oid, obj)
        if key is not None:
            at = bisect.bisect_left(self.keys, key)
            self.keys.insert(at, key)
            self.ids.insert(at, oid)
            self.key_of[oid] = key

    def __len__(self) -> int:
        return len(self.ids)

    def position(self, probe: Any, after: bool = False) -> int:
        """Where `probe` (a key or a prefix of one) would go: before equal keys, or after them with `after`."""
        return bisect.bisect_right(self.keys, probe) if after else bisect.bisect_left(self.keys, probe)

    def walk(self, start: int, stop: int, test: Callable[[Any], bool] | None) -> Iterator[tuple[int, Any]]:
        """(position, record) of the members in [start, stop) that pass `test`, lazily."""
        table, ids = self.table, self.ids
        for at in range(start, min(stop, len(ids))):
            obj = table[ids[at]]
            if test is None or test(obj):
                yield at, obj


class Cursors:
    """query signature → {records matched so far: position to resume at} and → total matches, valid for one
    table version."""

    def __init__(self) -> None:
        self.version = -1
        self.seen: OrderedDict[Any, dict[int, int]] = OrderedDict()
        self.totals: dict[Any, int] = {}

    def _sync(self, version: int) -> bool:
        """Forget everything when the table changed; whether anything was still valid."""
        if version == self.version:
            return True
        self.version = version
        self.seen.clear()
        self.totals.clear()
        return False

    def total(self, version: int, signature: Any) -> int | None:
        return self.totals.get(signature) if self._sync(version) else None

    def set_total(self, version: int, signature: Any, total: int) -> None:
        self._sync(version)
        if len(self.totals) >= MAX_CURSORS:
            self.totals.clear()
        self.totals[signature] = total

    def resume(self, version: int, signature: Any, skip: int) -> tuple[int, int] | None:
        """The furthest remembered (matched, position) with matched <= skip, or None."""
        if not self._sync(version):
            return None
        marks = self.seen.get(signature)
        if not marks:
            return None
        self.seen.move_to_end(signature)
        best = max((m for m in marks if m <= skip), default=None)
        return None if best is None else (best, marks[best])

    def remember(self, version: int, signature: Any, matched: int, position: int) -> None:
        self._sync(version)
        marks = self.seen.setdefault(signature, {})
        self.seen.move_to_end(signature)
        marks[matched] = position
        if len(marks) > 4 * MAX_CURSORS:  # a client that pages forever: keep the latest marks only
            for m in sorted(marks)[:-MAX_CURSORS]:
                del marks[m]
        while len(self.seen) > MAX_CURSORS:
            self.seen.popitem(last=False)


def index(table: Table, signature: Any, key_fn: KeyFn) -> SortedIndex:
    """The table's index for `signature` (created, and registered for change reports, on first use), fresh."""
    registry: OrderedDict[Any, SortedIndex] = table.indexes
    found = registry.get(signature)
    if found is None:
        found = SortedIndex(table, key_fn)
        registry[signature] = found
        table.listen(signature, found.mark)
        while len(registry) > MAX_INDEXES:
            old_signature, _ = registry.popitem(last=False)
            table.unlisten(old_signature)
    registry.move_to_end(signature)
    return found.fresh()
