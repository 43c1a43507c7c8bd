"""Where an event happened when a place sits inside its actor's mention: a locative phrase
names where ("militias in Djugu (DRC)"), as a place ending the mention does ("security forces
in Somalia")."""

from __future__ import annotations

from helpers import code


def _location(text: str, event_type: str) -> str | None:
    event = next(e for e in code(text) if e.event_type == event_type)
    return event.location.name if event.location is not None else None


def test_a_locative_phrase_inside_the_actor_places_the_event() -> None:
    text = (
        "At least four displaced persons were killed in a new attack by CODECO militias "
        "in Djugu (DRC)."
    )
    assert _location(text, "ASSAULT") == "Djugu"


def test_a_place_ending_the_actor_places_the_event() -> None:
    assert _location("Security forces in Somalia killed five militants.", "ASSAULT") == "Somalia"

