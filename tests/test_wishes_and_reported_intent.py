"""A wish of another party's act is a request of it (CAMEO 02), and "said they would X" is
the reported "will X" (hand-made sentences, no dev data)."""

from __future__ import annotations

import pytest
from helpers import code

from sitrep.evaluate.scoring import cameo_event


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("The rebels want the government to release all prisoners.", "the government"),
        ("Prime Minister Modi wants Nepal to open its border crossings.", "Nepal"),
    ],
)
def test_wanting_another_party_to_act_is_a_request_of_it(sentence: str, asked: str) -> None:
    events = code(sentence)
    requests = [e for e in events if e.event_type == "REQUEST"]
    assert requests and asked in [r.text for r in requests[0].recipients]
    assert cameo_event(events) == "02"


@pytest.mark.slow
def test_wanting_to_act_oneself_is_no_request() -> None:
    events = code("The junta wants to attack the rebel town.")
    assert "REQUEST" not in [e.event_type for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        ("Angry truckers said on Monday they would blockade the port of Calais.", "13"),
        ("Egypt said it would reopen the Rafah crossing next week.", "03"),
    ],
)
def test_said_they_would_is_a_stated_intention(sentence: str, root: str) -> None:
    assert cameo_event(code(sentence)) == root


@pytest.mark.slow
def test_would_with_a_condition_stays_hypothetical() -> None:
    events = code("The truckers said they would blockade the port if the tax was raised.")
    assert all(e.modality != "future" for e in events if e.event_type == "ASSAULT")
