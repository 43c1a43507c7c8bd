"""An act in the complement of a phase verb ("began deploying", "continued to shell") is the
sentence's main predication, not a subordinate clause (hand-written sentences, no dev data)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.evaluate.scoring import main_event
from sitrep.model import Event
from sitrep.pipeline import code_text

PUB = dt.date(2024, 3, 14)


def code(text: str) -> list[Event]:
    return code_text(text, date=PUB, id="t")


@pytest.mark.slow
def test_the_act_a_phase_verb_governs_outranks_a_background_clause() -> None:
    events = code(
        "Hundreds of Kenyan peacekeepers began deploying on Monday, hours after Ethiopia and"
        " Eritrea agreed to a truce."
    )
    main = main_event(events)
    assert main is not None
    assert main.trigger.text == "deploying", [(e.trigger.text, e.confidence) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "main_trigger"),
    [
        ("The army continued to shell the town after the rebels rejected the talks.", "shell"),
        # an intention is no phase: "vowed to retaliate" stays below the vow's own clause
        ("Kenya vowed to retaliate after militants attacked a police post.", "vowed"),
    ],
)
def test_phase_verbs_and_other_complements(sentence: str, main_trigger: str) -> None:
    events = code(sentence)
    main = main_event(events)
    assert main is not None
    assert main.trigger.text == main_trigger, [(e.trigger.text, e.confidence) for e in events]
