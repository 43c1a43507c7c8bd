"""A party willing, ready, prepared or committed to act states an intention to cooperate
(PLOVER AGREE, CAMEO 03) whatever the act (hand-made sentences, no dev data)."""

from __future__ import annotations

import pytest
from helpers import code

from sitrep.evaluate.scoring import cameo_event


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("The foreign minister said Japan was willing to send more doctors to Chad.", "Japan"),
        ("Kenya is committed to opening up its economy to foreign investors.", "Kenya"),
        ("Ghana is prepared to host the regional talks next year.", "Ghana"),
    ],
)
def test_a_stated_willingness_is_an_intent_to_cooperate(sentence: str, actor: str) -> None:
    events = code(sentence)
    assert cameo_event(events) == "03"
    assert any(actor in [a.text for a in e.actors] for e in events if e.event_type == "AGREE")


@pytest.mark.slow
def test_the_act_itself_carries_the_intention_when_it_is_a_trigger() -> None:
    events = code("Chad is willing to withdraw its troops from the border zone.")
    assert [e.trigger.text for e in events if e.event_type == "AGREE"] == ["withdraw"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "I am ready to go home now.",
        "The shop is committed to providing great service to its customers.",
        "The crimes were committed by two men in a stolen car.",
        "Dinner is ready.",
    ],
)
def test_everyday_readiness_is_no_event(sentence: str) -> None:
    assert code(sentence) == []
