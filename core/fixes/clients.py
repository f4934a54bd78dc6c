"""The pair of API clients a fix writes through, built from the same Endpoints the refresh uses."""

from __future__ import annotations

from dataclasses import dataclass
from types import TracebackType

from core.hubspot.writes import HubSpotWriter
from core.qbo.writes import QboWriter
from core.types import Endpoints


@dataclass
class Clients:
    hubspot: HubSpotWriter
    qbo: QboWriter

    @classmethod
    def connect(cls, endpoints: Endpoints) -> Clients:
        return cls(HubSpotWriter.connect(endpoints), QboWriter.connect(endpoints))

    def close(self) -> None:
        self.hubspot.close()
        self.qbo.close()

    def __enter__(self) -> Clients:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
