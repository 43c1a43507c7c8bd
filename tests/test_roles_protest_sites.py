"""A protest held at an embassy or consulate is aimed at the state the post stands for
(sitrep.extract.roles._protest_site)."""

from __future__ import annotations

from helpers import code


def _protest(text: str) -> list[str]:
    event = next(e for e in code(text) if e.event_type == "PROTEST")
    return [r.text for r in event.recipients]


def test_a_protest_outside_an_embassy_targets_it() -> None:
    text = "Opposition activists protested outside the Peruvian embassy in Quito on Friday."
    assert _protest(text) == ["the Peruvian embassy in Quito"]


def test_a_rally_in_front_of_a_consulate_targets_it() -> None:
    text = "Activists staged a rally in front of the Chinese consulate in Sydney."
    assert _protest(text) == ["the Chinese consulate in Sydney"]


def test_a_march_to_an_embassy_targets_it() -> None:
    text = "Protesters marched to the US embassy in Manila."
    assert _protest(text) == ["the US embassy in Manila"]


def test_a_protest_in_a_square_names_no_target() -> None:
    assert _protest("Opposition activists protested in the main square of Quito.") == []
