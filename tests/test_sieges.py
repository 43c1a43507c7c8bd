"""Sieges and blockades are assaults; ending one is a retreat (CAMEO 087 de-escalation)."""

from __future__ import annotations

from sitrep.pipeline import code_text


def test_a_siege_is_an_assault_on_the_place() -> None:
    events = code_text("Rebel fighters laid siege to the town of Kidal on Sunday.")
    assert any(e.event_type == "ASSAULT" and e.trigger.text == "siege" for e in events)


def test_ending_a_siege_or_a_curfew_is_a_retreat() -> None:
    for text in ("The militia ended its siege of Kidal.", "The junta halted the curfew in Bamako."):
        events = code_text(text)
        assert [e.event_type for e in events][:1] == ["RETREAT"], text
