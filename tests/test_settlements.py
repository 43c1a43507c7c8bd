"""An act that came after an agreement or talks with a party is directed at that party when
it names none of its own ("called off the strike after an agreement with the ministry")."""

from __future__ import annotations

from sitrep.pipeline import code_text


def test_a_strike_called_off_after_an_agreement_is_called_off_towards_the_other_side() -> None:
    events = code_text(
        "Dock workers called off their strike after the deal with the port authority."
    )
    [ended] = [e for e in events if e.trigger.text == "called off"]
    assert [r.text for r in ended.recipients] == ["the port authority"]


def test_an_act_with_a_party_of_its_own_keeps_it() -> None:
    events = code_text("The army released ten prisoners after talks with the rebels.")
    [release] = [e for e in events if e.trigger.text == "released"]
    assert [r.text for r in release.recipients] == ["ten prisoners"]
