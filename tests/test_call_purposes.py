"""A telephone call made to explain, inform or update someone is a consultation (CONSULT
phone, CAMEO 040), like one made to discuss."""

from __future__ import annotations

from tests.helpers import code


def _calls(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.event_mode) for e in code(text) if e.trigger.text == "called"]


def test_a_call_to_explain_is_a_consultation() -> None:
    text = "The Turkish president called his Egyptian counterpart on Monday to explain the move."
    assert _calls(text) == [("CONSULT", "phone")]


def test_a_call_to_inform_is_a_consultation() -> None:
    text = "The prime minister called the German chancellor to inform her of the vote."
    assert _calls(text) == [("CONSULT", "phone")]


def test_a_private_call_is_not_an_event() -> None:
    assert _calls("She called her mother to explain why she was late.") == []
