"""A protest's counts leave out those inside what it protests against: 'protested in Paris
against the killing of a teenager' reports no death at the protest."""

from __future__ import annotations

from helpers import code

from sitrep.model import Event


def _protest(text: str) -> Event:
    return next(e for e in code(text) if e.event_type == "PROTEST")


def test_a_death_protested_against_is_not_the_protests() -> None:
    event = _protest("Hundreds protested in Paris against the killing of a teenager in Nanterre.")
    assert event.fatalities is None
    assert event.location is not None and event.location.name == "Paris"


def test_deaths_at_the_protest_still_count() -> None:
    event = _protest("Police shot dead two people as thousands protested in Lagos on Monday.")
    assert event.fatalities is not None and event.fatalities.best == 2
