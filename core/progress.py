"""What long jobs report while they run: `progress(step, done, total)` calls (total 0 = not known yet).

One step name is special: after each other step a refresh reports REQUESTS with `done` = the requests it has
sent so far, so a window can show how much talking to the services the work took. Kept tiny: the GUI imports it
on its start path.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[str, int, int], None]
REQUESTS = "requests"
