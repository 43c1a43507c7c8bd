"""Which act is the main predication: the act in the complement of a phase verb ("began
deploying", "continued to shell"), not one in a subordinate clause nor the visit it happens on
(hand-written sentences, no dev data)."""

from __future__ import annotations

import pytest
from helpers import code

from sitrep.evaluate.scoring import main_event


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


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "main_trigger"),
    [
        ("On a visit to Kenya, Ugandan President Yoweri Museveni voiced his strong support for"
         " President William Ruto.", "support"),
        ("The Ugandan president arrived in Nairobi on a state visit.", "arrived"),
    ],
)
def test_a_visit_the_act_happens_on_is_its_occasion(sentence: str, main_trigger: str) -> None:
    events = code(sentence)
    main = main_event(events)
    assert main is not None
    assert main.trigger.text == main_trigger, [(e.trigger.text, e.confidence) for e in events]


@pytest.mark.slow
def test_the_visit_itself_is_no_main_clause() -> None:
    from sitrep.extract.coder import _main_clause
    from sitrep.nlp import load_pipeline

    doc = load_pipeline()("On a visit to Kenya, the Ugandan president praised the peace talks.")
    visit = next(t for t in doc if t.lower_ == "visit")
    praised = next(t for t in doc if t.lower_ == "praised")
    assert not _main_clause(visit)
    assert _main_clause(praised)
