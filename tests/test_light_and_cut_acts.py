"""Acts CAMEO codes by what they are about: a claimed responsibility is the claimant's
statement, "took steps to X" is X, a cutting verb that took a cooperation is a reduction of
relations, agreeing that something is so is a shared view (hand-made sentences, no dev
data)."""

from __future__ import annotations

import pytest
from helpers import code

from sitrep.evaluate.scoring import cameo_event


@pytest.mark.slow
def test_responsibility_claimed_with_a_date_between_is_still_a_claim() -> None:
    events = code("The Taliban claimed responsibility on Sunday for the bombing of a police "
                  "station in Kandahar in the past week.")
    bombings = [e for e in events if e.event_type == "ASSAULT"]
    assert bombings and all(e.modality == "claimed" for e in bombings)


@pytest.mark.slow
def test_steps_taken_are_no_seizure() -> None:
    events = code("The president has taken several steps to enhance political freedoms in Chad.")
    assert "COERCE" not in [e.event_type for e in events]
    assert cameo_event(events) == "06"


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The United States halted military aid to Pakistan on Monday.",
        "Washington froze economic assistance to the junta after the coup.",
    ],
)
def test_a_cutting_verb_with_a_cooperation_reduces_relations(sentence: str) -> None:
    assert cameo_event(code(sentence)) == "16"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        ("Egypt and Jordan agreed there was an urgent need for progress towards a settlement.",
         "01"),
        ("The two leaders agreed that the situation in Gaza was grave.", "01"),
        ("The two leaders agreed that Israeli troops would withdraw from Gaza.", "03"),
    ],
)
def test_agreeing_that_something_is_so_is_a_view(sentence: str, root: str) -> None:
    assert cameo_event(code(sentence)) == root
