"""A feast or holiday before an event noun names when, not who ("the Easter bombings")."""

from __future__ import annotations

import pytest

from sitrep.pipeline import code_text


@pytest.mark.parametrize(
    "text",
    [
        "The Christmas bombings killed 40 worshippers in the capital.",
        "An Ashura attack wounded dozens of pilgrims.",
    ],
)
def test_a_holiday_is_no_party(text: str) -> None:
    events = code_text(text)
    assert events
    assert all(a.text.lower() not in ("christmas", "ashura") for e in events for a in e.actors)


def test_the_claimant_of_holiday_bombings_is_their_actor() -> None:
    events = code_text("The group claimed responsibility for the Easter bombings in the city.")
    bombings = [e for e in events if e.trigger.text == "bombings"]
    assert bombings and [a.text for a in bombings[0].actors] == ["The group"]
