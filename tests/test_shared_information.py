"""Sharing intelligence or information with another party is cooperation (COOPERATE,
CAMEO 064); giving it to reporters is not."""

from __future__ import annotations

from tests.helpers import code


def _types(text: str, trigger: str) -> list[str]:
    return [e.event_type for e in code(text) if e.trigger.text == trigger]


def test_sharing_intelligence_with_a_government() -> None:
    text = "Norway shared intelligence about the smugglers with the Italian government."
    assert _types(text, "shared") == ["COOPERATE"]


def test_handing_records_to_another_government() -> None:
    events = [e for e in code("The Austrian government handed bank records of the suspects to "
                              "the Brazilian authorities.") if e.trigger.text == "handed"]
    assert [e.event_type for e in events] == ["COOPERATE"]
    assert [r.country for r in events[0].recipients] == ["BRA"]


def test_exchanging_information() -> None:
    assert _types("Chad and Niger exchanged information on the armed groups.",
                  "exchanged") == ["COOPERATE"]


def test_information_given_to_reporters_is_not_cooperation() -> None:
    assert _types("The ministry gave information to reporters on Monday.", "gave") == []
    assert _types("The police provided details of the crash.", "provided") == []
