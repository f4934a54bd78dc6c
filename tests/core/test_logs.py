"""The log's second line of defence: credentials in any shape a library might log come out masked."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from core import logs


@pytest.fixture(autouse=True)
def _restore_logging() -> object:
    level = logging.getLogger().level
    yield None
    logs.reset()
    logging.getLogger().setLevel(level)


def test_every_credential_shape_is_masked(tmp_path: Path) -> None:
    path = logs.setup(level=logging.DEBUG)
    assert path is not None
    log = logging.getLogger("syncdoctor.leaky_library")
    secret = "tok_9f8e7d6c5b4a39281706"
    log.debug("headers {'Authorization': 'Bearer %s'}", secret)
    log.debug('token reply {"access_token": "%s", "refresh_token": "%s", "expires_in": 3600}', secret, secret)
    log.debug("POST body grant_type=authorization_code&code=%s&client_secret=%s&redirect_uri=x", secret, secret)
    log.info("Authorization: Basic %s", secret)
    try:
        raise ValueError(f"refresh_token={secret} was refused")
    except ValueError:
        log.exception("refresh failed")
    logs.reset()
    text = path.read_text(encoding="utf-8")
    assert secret not in text
    assert text.count(logs.MASK) >= 7 and "refresh failed" in text and "expires_in" in text


def test_plain_messages_are_left_alone() -> None:
    message = "Refreshed 42 invoices; INV-1031 collides with credit memo 1031 (code 6140)."
    assert logs.redact(message) == message
