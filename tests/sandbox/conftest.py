"""Shared fixtures: one QBO sandbox per test module, reset to a fresh company before each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.qbo_sandbox import Qbo, reset, running, scenario


@pytest.fixture(scope="module")
def server() -> Iterator[Qbo]:
    with running(scenario()) as client:
        yield client


@pytest.fixture
def qbo(server: Qbo) -> Qbo:
    """A fresh company (objects dated January 2026, so outside any CDC window until changed)."""
    return reset(server, scenario())
