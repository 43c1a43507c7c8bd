"""An act that says what an offered or rejected thing is for is part of that act, not an
event of its own ("offered safe passage to leave", "rejected a plan to withdraw")."""

from __future__ import annotations

import pytest

from sitrep.pipeline import code_text


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("The junta offered the militants safe passage to leave the valley.", "offered", "AGREE"),
        ("Lawmakers rejected a plan to withdraw troops from the border.", "rejected", "REJECT"),
    ],
)
def test_the_act_an_object_is_for_is_no_event_of_its_own(
    text: str, trigger: str, kind: str
) -> None:
    events = code_text(text)
    assert [(e.trigger.text, e.event_type) for e in events] == [(trigger, kind)]


def test_an_act_under_a_verb_that_absorbs_nothing_stays_an_event() -> None:
    events = code_text("The rebels launched an offensive to capture the town.")
    assert "capture" in [e.trigger.text for e in events]


def test_who_obtains_what_is_given_receives_it() -> None:
    events = code_text("France sold the helicopters the Indian navy bought last year.")
    sale = [e for e in events if e.trigger.text == "sold"]
    assert sale and [r.text for r in sale[0].recipients] == ["the Indian navy"]


def test_a_gift_with_no_receiver_goes_to_the_place_it_is_given_in() -> None:
    [gift] = code_text("Canada provided $5 million for assistance in western Ukraine.")
    assert [r.country for r in gift.recipients] == ["UKR"]
