"""What long jobs report while they run: `progress(step, done, total)` calls (total 0 = not known yet).

Two step names are special. After each other step a refresh reports REQUESTS with `done` = the requests sent so
far and `total` = the requests it expects to make in all (0 = not known: only a full refresh estimates), then,
when it has an estimate, TIME_LEFT with `done` = the seconds those requests still take at the services' rate
limits. Kept tiny: the GUI imports it on its start path.
"""

from __future__ import annotations

from core.types import Progress as Progress  # one definition (core.types); imported from here by the GUI

REQUESTS = "requests"
TIME_LEFT = "time left"
