"""Events told in a relative clause or participle of another event's participant are that
participant's background: the event whose participant it is ranks above them (hand-made
sentences, no dev data)."""

from __future__ import annotations

import pytest
from helpers import code

from sitrep.evaluate.scoring import main_event


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "main_type"),
    [
        ("Two journalists who had been detained by the army in Kabul were freed from prison "
         "on Monday.", "RETREAT"),
        ("Three soldiers who were kidnapped by the Taliban in Helmand were released from "
         "captivity.", "RETREAT"),
        ("The families of soldiers killed by the rebels in Aleppo were evacuated from the city.",
         "AID"),
    ],
)
def test_the_main_clause_outranks_its_participants_background(
    sentence: str, main_type: str
) -> None:
    events = code(sentence)
    main = main_event(events)
    assert main is not None
    assert main.event_type == main_type


@pytest.mark.slow
def test_an_infinitive_of_a_noun_is_no_background() -> None:
    # "a decision to send troops" says what was decided: the sending keeps its rank
    events = code("The cabinet approved a plan to deploy troops along the border.")
    assert any(e.event_type == "MOBILIZE" for e in events)
