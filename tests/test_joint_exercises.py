"""Forces of two or more countries exercising together cooperate militarily (COOPERATE,
CAMEO 062); one country's drills stay a mobilization; a light verb's passive agents do the
act its subject names ("the exercise was staged by …") (hand-made sentences, no dev data)."""

from __future__ import annotations

import pytest
from helpers import code


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "Russian and Chinese warships staged naval drills in the East China Sea.",
        "The war game was staged by Egyptian paratroopers and Saudi special forces.",
    ],
)
def test_exercises_of_two_countries_are_cooperation(sentence: str) -> None:
    types = [e.event_type for e in code(sentence)]
    assert "COOPERATE" in types and "MOBILIZE" not in types


@pytest.mark.slow
def test_one_country_drilling_stays_a_mobilization() -> None:
    assert "MOBILIZE" in [e.event_type for e in code(
        "Russian warships staged naval drills in the Baltic Sea.")]
