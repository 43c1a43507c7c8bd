"""Ruling out what another party proposes or wants is a rejection (REJECT, CAMEO 12);
an investigator ruling out foul play is a finding, no event."""

from __future__ import annotations

from tests.helpers import code


def _types(text: str) -> list[str]:
    return [e.event_type for e in code(text) if e.trigger.text.startswith(("rule", "ruled"))]


def test_ruling_out_talks_is_a_rejection() -> None:
    assert _types("The Venezuelan president ruled out talks with the opposition.") == ["REJECT"]


def test_ruling_out_a_coalition_is_a_rejection() -> None:
    assert _types("The chancellor has ruled out a coalition with the nationalists.") == [
        "REJECT"
    ]


def test_ruling_out_foul_play_is_no_event() -> None:
    assert _types("Police have ruled out foul play in the death of the student.") == []
    assert _types("Investigators ruled out terrorism as a motive.") == []
