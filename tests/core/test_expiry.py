"""Expiry forecasts: Intuit's 100-day rolling refresh token with its 5-year cap, HubSpot's revoked state."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.auth.expiry import (
    DEFAULT_WARN_DAYS,
    Forecast,
    Status,
    forecast_hubspot,
    forecast_qbo,
    qbo_refresh_expiry,
)

T0 = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)


def at(moment: datetime) -> object:
    return lambda: moment


def test_rolling_100_days_after_the_last_refresh() -> None:
    assert qbo_refresh_expiry(T0) == T0 + timedelta(days=100)
    refreshed = T0 + timedelta(days=60)
    assert qbo_refresh_expiry(refreshed, first_consent=T0) == refreshed + timedelta(days=100)


def test_five_year_cap_after_first_consent() -> None:
    consent = T0
    late = consent + timedelta(days=5 * 365 - 30)  # a refresh 30 days before the cap
    assert qbo_refresh_expiry(late, first_consent=consent) == consent + timedelta(days=5 * 365 + 1)
    forecast = forecast_qbo(consent, late, clock=lambda: late + timedelta(days=20))
    assert forecast.status is Status.EXPIRES_SOON and forecast.days_left == 11


def test_reported_expiry_wins_when_nearer() -> None:
    reported = T0 + timedelta(days=30)
    assert qbo_refresh_expiry(T0, T0, reported) == reported
    assert qbo_refresh_expiry(T0, T0, T0 + timedelta(days=101)) == T0 + timedelta(days=100)


@pytest.mark.parametrize(("days_since_refresh", "status", "days_left"), [
    (0, Status.CONNECTED, 100),
    (85, Status.CONNECTED, 15),
    (86, Status.EXPIRES_SOON, 14),
    (99, Status.EXPIRES_SOON, 1),
    (100, Status.RECONNECT_NEEDED, 0),
    (140, Status.RECONNECT_NEEDED, 0),
])
def test_warns_n_days_before(days_since_refresh: int, status: Status, days_left: int) -> None:
    now = T0 + timedelta(days=days_since_refresh)
    forecast = forecast_qbo(T0, T0, clock=lambda: now)
    assert forecast.status is status and forecast.days_left == days_left
    assert forecast.expires_at == T0 + timedelta(days=100)
    assert forecast.warn == (status is not Status.CONNECTED)


def test_warn_days_is_configurable_and_defaults_to_14() -> None:
    assert DEFAULT_WARN_DAYS == 14
    now = T0 + timedelta(days=70)
    assert forecast_qbo(T0, T0, clock=lambda: now).status is Status.CONNECTED
    assert forecast_qbo(T0, T0, warn_days=30, clock=lambda: now).status is Status.EXPIRES_SOON


def test_flags_win_over_dates() -> None:
    now = T0 + timedelta(days=1)
    assert forecast_qbo(None, None, clock=lambda: now).status is Status.NOT_CONNECTED
    assert forecast_qbo(T0, T0, connected=False, clock=lambda: now).status is Status.NOT_CONNECTED
    assert forecast_qbo(T0, T0, reconnect_needed=True, clock=lambda: now).status is Status.RECONNECT_NEEDED
    offline = forecast_qbo(T0, T0, offline=True, clock=lambda: now)
    assert offline.status is Status.OFFLINE and offline.days_left == 99


def test_hubspot_states() -> None:
    assert forecast_hubspot(connected=False).status is Status.NOT_CONNECTED
    assert forecast_hubspot(connected=True).status is Status.CONNECTED
    assert forecast_hubspot(connected=True, reconnect_needed=True).status is Status.RECONNECT_NEEDED
    assert forecast_hubspot(connected=True, offline=True).status is Status.OFFLINE


def test_texts_in_plain_words() -> None:
    assert Forecast(Status.EXPIRES_SOON, 9).text("QuickBooks") == (
        "QuickBooks: connection expires in 9 days. Reconnect to keep it working.")
    assert "tomorrow" in Forecast(Status.EXPIRES_SOON, 1).text("QuickBooks")
    assert Forecast(Status.RECONNECT_NEEDED).text("HubSpot") == "HubSpot: reconnect needed"
    assert Forecast(Status.NOT_CONNECTED).text("HubSpot") == "HubSpot: not connected"


def test_texts_in_spanish() -> None:
    assert Forecast(Status.EXPIRES_SOON, 9).text("QuickBooks", "es") == (
        "QuickBooks: la conexión vence en 9 días. Vuelva a conectar para que siga funcionando.")
    assert "mañana" in Forecast(Status.EXPIRES_SOON, 1).text("QuickBooks", "es")
    assert "hoy" in Forecast(Status.EXPIRES_SOON, 0).text("QuickBooks", "es")
    assert Forecast(Status.RECONNECT_NEEDED).text("HubSpot", "es") == "HubSpot: hay que volver a conectar"
    assert Forecast(Status.OFFLINE).text("HubSpot", "es").startswith("HubSpot: sin conexión")
    assert Forecast(Status.NOT_CONNECTED).text("HubSpot", "es") == "HubSpot: no conectado"
    assert Forecast(Status.CONNECTED).text("HubSpot", "es_MX") == "HubSpot: conectado"
