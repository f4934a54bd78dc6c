"""The generic wizard for kinds without their own: the kind's data fixes when it has them, else a guide.

A kind Sync Doctor cannot fix itself offers one "guide" option (FailureKind's default) whose plan has only notes
(the kind's fix steps): the Preview page shows them, and its commit button becomes "I did it — check again".
"""

from __future__ import annotations

from gui.wizards.base import FixWizard


class GuideWizard(FixWizard):
    KIND = ""   # any kind: set per instance by the kind= argument
