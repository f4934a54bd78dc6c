"""Typed errors of the fix machinery: a plan that cannot be made, a record changed under a plan, an undo that
would do harm. Their reasons are messages, shown in the reader's language; str() is the English text."""

from __future__ import annotations

from core.errors import ApiError, UserError
from core.i18n import Message, plain
from core.types import JSON


class StaleRecordError(ApiError):
    """The record changed since the plan was made (QBO 5010, or a newer HubSpot updatedAt). Nothing was written.

    `current` is the record as the service holds it now, so the wizard can show what changed and re-plan.
    """

    def __init__(self, message: Message | str, current: JSON, *, status: int = 400, code: str = "5010",
                 body: str = "") -> None:
        super().__init__(message, status, code, body)
        self.current = current


class UndoRefused(UserError):
    """Undo would overwrite someone else's later edit, or cannot be expressed; `reason` says which, plainly."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason)
        self.reason = reason


class PlanError(ValueError):
    """A plan cannot be made as asked (bad parameters, a record missing from the cache); `message` says why."""

    def __init__(self, message: Message | str) -> None:
        self.message = plain(message)
        super().__init__(str(self.message))


class UnknownKind(PlanError):
    pass


class UnknownOption(PlanError):
    pass
