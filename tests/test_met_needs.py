"""Meeting needs, targets or deadlines is no meeting (hand-written sentences, no dev data)."""

from __future__ import annotations

import pytest
from helpers import code


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The World Food Programme is providing emergency food to meet the needs of flood"
        " victims in Malawi.",
        "The Kenyan government failed to meet the deadline for the election.",
    ],
)
def test_meeting_a_need_or_a_deadline_is_no_consultation(sentence: str) -> None:
    assert not [e for e in code(sentence) if e.event_type == "CONSULT"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("The Kenyan and Ugandan foreign ministers met in Geneva on Monday.", "CONSULT"),
        ("The government met the protesters' demands.", "CONCEDE"),
    ],
)
def test_meetings_and_met_demands_stay(sentence: str, event_type: str) -> None:
    assert any(e.event_type == event_type for e in code(sentence))
