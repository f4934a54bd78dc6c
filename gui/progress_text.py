"""The line beside the refresh's progress bar: the step, records read, requests sent and the time left.

Its own QObject (never subclassed) so its plural texts have one translation context: PySide's tr() on a
subclass of the window would stop at the subclass's context, where an untranslated plural already reads
"2 record(s) read".
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from core.progress import REQUESTS, TIME_LEFT


class ProgressText(QObject):
    def line(self, step: str, read: dict[str, int]) -> str:
        """`read`: records read per step, plus REQUESTS (sent so far) and TIME_LEFT (seconds) when known."""
        records = sum(n for key, n in read.items() if key not in (REQUESTS, TIME_LEFT))
        parts = [step]
        if records:
            parts.append(self.tr("%n record(s) read", "", records))
        if read.get(REQUESTS):
            parts.append(self.tr("%n request(s) sent", "", read[REQUESTS]))
        if TIME_LEFT in read:
            seconds = read[TIME_LEFT]
            parts.append(self.tr("less than a minute left") if seconds < 60 else
                         self.tr("about %n minute(s) left", "", round(seconds / 60)))
        return " · ".join(p for p in parts if p)
