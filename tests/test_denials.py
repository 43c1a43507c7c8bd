"""Denying charges, accusations, claims or reports about oneself is a statement (CAMEO 016,
root 01) and the act of the sentence; a claim to something rejected, or a suggestion, stays
a rejection (CAMEO 12) (hand-made sentences, no dev data)."""

from __future__ import annotations

import pytest
from helpers import code

from sitrep.evaluate.scoring import cameo_event


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The governor of Lagos denied charges that he ran a militia that killed three "
        "journalists.",
        "The Kenyan government rejected claims that the police had shot protesters in Nairobi.",
        "The Thai army rejected as baseless accusations by activists that it had tortured "
        "detainees.",
        "The ministry rejected reports of mass arrests in the capital.",
    ],
)
def test_denying_what_one_is_accused_of_is_a_statement(sentence: str) -> None:
    assert cameo_event(code(sentence)) == "01"


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "Belgrade rejected Albania's claim to the disputed islands.",
        "The EU rejected a suggestion by Hungary that it would leave the bloc.",
    ],
)
def test_rejecting_a_claim_to_something_stays_a_rejection(sentence: str) -> None:
    assert cameo_event(code(sentence)) == "12"
