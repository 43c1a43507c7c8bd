"""An announced protest or boycott is a threat (PLOVER THREATEN), as an announced curfew is
(hand-written sentences, no dev data)."""

from __future__ import annotations

import pytest
from helpers import code

from sitrep.evaluate.scoring import main_event


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("The farmers' union said it would boycott the trade fair that opened in Lyon on "
         "Monday.", "The farmers' union"),
        ("Opposition parties announced they would boycott the local elections in which the "
         "mayor is seeking a third term.", "Opposition parties"),
        ("The dockworkers' union will hold a protest outside the ministry on Friday.",
         "The dockworkers' union"),
    ],
)
def test_an_announced_boycott_or_protest_is_the_main_event_and_a_threat(
    sentence: str, actor: str
) -> None:
    main = main_event(code(sentence))
    assert main is not None
    assert (main.event_type, main.modality) == ("THREATEN", "asserted"), sentence
    assert [a.text for a in main.actors] == [actor]
    assert main.cameo_root == "13"


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The union said it would not boycott the talks.",
        "Students staged a protest outside the ministry on Friday.",
        "The union urged its members to boycott the fair.",
    ],
)
def test_a_forsworn_asked_or_held_protest_is_no_threat(sentence: str) -> None:
    assert not [e for e in code(sentence) if e.event_type == "THREATEN"], [
        (e.event_type, e.modality, e.trigger.text) for e in code(sentence)
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The striking teachers said they will continue to demonstrate outside the ministry.",
        "The army will continue to impose the curfew on the city.",
    ],
)
def test_an_act_announced_to_go_on_is_no_threat(sentence: str) -> None:
    assert not [e for e in code(sentence) if e.event_type == "THREATEN"], [
        (e.event_type, e.modality, e.trigger.text) for e in code(sentence)
    ]
