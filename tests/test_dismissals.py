"""Dismissing or rebutting a charge is a denial (PLOVER REJECT, CAMEO 016), like denying it."""

from __future__ import annotations

import pytest

from sitrep.pipeline import code_text


@pytest.mark.parametrize(
    "text",
    [
        "The ministry dismissed the union's accusations of corruption.",
        "The ministry rebutted the union's claims of corruption.",
    ],
)
def test_dismissing_a_charge_is_a_denial_answering_the_accuser(text: str) -> None:
    events = code_text(text)
    assert [e.event_type for e in events] == ["REJECT"], [e.trigger.text for e in events]
    [denial] = events
    assert denial.cameo_root == "01"  # CAMEO codes denials as statements
    assert [a.sector for a in denial.actors] == ["GOV"]
    assert [r.sector for r in denial.recipients] == ["LAB"]  # the union, the accuser


def test_dismissing_a_thing_that_is_no_charge_is_no_denial() -> None:
    events = code_text("The governor dismissed the police chief on Monday.")
    assert "REJECT" not in [e.event_type for e in events]


def test_the_accuser_named_by_a_by_phrase_hung_on_the_verb_is_the_recipient() -> None:
    # the parser hangs "by the opposition party" on "denied", not on "charges"
    [denial] = [e for e in code_text(
        "The ministry has denied charges by the opposition party that its officials took bribes."
    ) if e.event_type == "REJECT"]
    assert [r.text for r in denial.recipients] == ["the opposition party"]
    [denial] = code_text("The ministry denied the accusations by Friday.")
    assert denial.recipients == ()  # a time is no accuser
