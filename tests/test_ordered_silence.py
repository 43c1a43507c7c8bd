"""An order that silences an outlet ("ordered the weekly to suspend publication") is
censorship (COERCE censor) by the one who orders; other orders stay requests."""

from __future__ import annotations

from tests.helpers import code


def _typed(text: str, trigger: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.event_mode) for e in code(text) if e.trigger.text == trigger]


def test_ordering_a_weekly_to_suspend_publication_is_censorship() -> None:
    text = "The junta ordered the opposition weekly Tribuna to suspend publication for a month."
    assert _typed(text, "ordered") == [("COERCE", "censor")]


def test_forcing_a_radio_station_to_shut_down_is_censorship() -> None:
    text = "The authorities forced the independent radio station to shut down."
    assert _typed(text, "forced") == [("COERCE", "censor")]


def test_ordering_a_company_to_stop_production_is_not() -> None:
    text = "The government ordered the company to stop production."
    assert _typed(text, "ordered") == [("REQUEST", None)]
