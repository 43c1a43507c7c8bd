"""Deploying observers, doctors or funds is help given (AID, CAMEO 07), not forces readied
(MOBILIZE, CAMEO 15) (hand-made sentences, no dev data)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Event
from sitrep.pipeline import code_text

PUB = dt.date(2024, 3, 14)


def types(text: str) -> list[str]:
    events: list[Event] = code_text(text, date=PUB, id="t")
    return [e.event_type for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The African Union has deployed election observers in Malawi ahead of the vote.",
        "China deployed doctors and nurses to Wuhan.",
        "The World Bank is mobilising additional funds for the flood victims in Pakistan.",
    ],
)
def test_civil_deployments_are_aid(sentence: str) -> None:
    found = types(sentence)
    assert "AID" in found and "MOBILIZE" not in found


@pytest.mark.slow
def test_troops_deployed_stay_a_mobilization() -> None:
    assert "MOBILIZE" in types("Russia deployed troops and tanks near the border with Ukraine.")
