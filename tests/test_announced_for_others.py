"""Reported speech: who states an intention or a demand when the speaker announces what
another party of the same side will or must do (hand-written sentences, no dev data)."""

from __future__ import annotations

import pytest
from helpers import code

from sitrep.evaluate.scoring import main_event


def main_roles(text: str) -> tuple[str, list[str], list[str]]:
    main = main_event(code(text))
    assert main is not None, text
    return main.event_type, [a.text for a in main.actors], [r.text for r in main.recipients]


@pytest.mark.slow
def test_must_be_ready_to_act_is_a_demand_of_the_obliged_party() -> None:
    assert main_roles(
        "Foreign Minister Jan Kowalski said the European Union must be ready to mediate talks"
        " in the region."
    ) == ("REQUEST", ["Foreign Minister Jan Kowalski"], ["the European Union"])
    assert main_roles(
        "The senator said the government must be able to send aid to the flooded towns."
    ) == ("REQUEST", ["The senator"], ["the government"])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "event_type", "speaker"),
    [
        ("The party leaders said the fighters will lay down their arms on Sunday.", "AGREE",
         "The party leaders"),
        ("The prime minister has announced that the government will extend the curfew in"
         " the capital.", "THREATEN", "The prime minister"),
    ],
)
def test_a_leading_announcer_states_the_intention(
    sentence: str, event_type: str, speaker: str
) -> None:
    found, actors, _ = main_roles(sentence)
    assert (found, actors) == (event_type, [speaker])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # a trailing attribution cites where the news came from; the clause is the act
        ("The rebels will release the hostages on Friday, a rebel spokesman said.",
         "The rebels"),
        # one country's word about another's act is no intention of its own
        ("Turkey said Russia will withdraw its troops from the border.", "Russia"),
        # a pronoun subject is the speaker already
        ("The ministry said it will not lift the ban on imports.", "The ministry"),
    ],
)
def test_the_clause_keeps_its_doer_otherwise(sentence: str, actor: str) -> None:
    assert main_roles(sentence)[1] == [actor]


@pytest.mark.slow
def test_an_agreement_announced_for_later_is_a_stated_intention_and_the_main_event() -> None:
    events = code(
        "Kenya will accept the peace proposal next week, the minister said after meeting the"
        " ambassadors."
    )
    main = main_event(events)
    assert main is not None
    assert (main.event_type, main.modality, main.trigger.text) == ("AGREE", "asserted", "accept")
    refused = main_event(code("The government said it will not accept the proposal."))
    assert refused is not None and refused.event_type == "REJECT"
    weighed = code("The government is considering accepting the proposal.")
    assert all(e.modality != "asserted" for e in weighed if e.event_type == "AGREE")
