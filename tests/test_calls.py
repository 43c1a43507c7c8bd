"""Calling someone to discuss something is a telephone call (CONSULT phone, CAMEO 040)."""

from __future__ import annotations

from sitrep.pipeline import code_text


def test_a_call_to_discuss_is_a_consultation() -> None:
    events = code_text("The foreign minister called his Iranian counterpart to discuss the talks.")
    call = [e for e in events if e.trigger.text == "called"]
    assert call and call[0].event_type == "CONSULT" and call[0].event_mode == "phone"
    assert [r.country for r in call[0].recipients] == ["IRN"]
