"""A weapon or gear named after an attack ("assault rifles", "attack helicopters") reports
no attack."""

from __future__ import annotations

import pytest
from helpers import code


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The navy bought six attack helicopters from Italy.",
        "Customs officers in Mombasa found a crate of assault rifles.",
    ],
)
def test_weapons_named_after_an_attack_are_no_event(sentence: str) -> None:
    assert not any(e.event_type == "ASSAULT" for e in code(sentence))


@pytest.mark.slow
def test_the_act_itself_is_still_coded() -> None:
    strike = code("Apache attack helicopters struck rebel positions near Kunduz.")
    assert [(e.event_type, e.trigger.text) for e in strike] == [("ASSAULT", "struck")]


@pytest.mark.slow
def test_a_verb_the_parser_hung_on_a_later_noun_still_codes() -> None:
    events = code("Armed men presumed to work for smugglers attack army troops near Bangui.")
    assert any(e.event_type == "ASSAULT" for e in events)
