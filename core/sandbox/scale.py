"""Generated companies of any size (`--scenario scale:N`), consistent on both sides, for tests and benchmarks."""

from __future__ import annotations

from typing import Any


def generate_from_spec(spec: str) -> dict[str, Any]:
    """A scenario dict from 'N' (more options to come)."""
    raise NotImplementedError(f"scale:{spec} is not implemented yet")
