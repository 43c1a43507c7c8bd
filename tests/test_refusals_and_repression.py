"""Verb classes read by their object or added to the lexicon: turning down what another party
asked or offered is a rejection (CAMEO 12); stopping others' protest is repression and
jailing is coercion (CAMEO 17); an issued warrant or ban is the act it names (hand-made
sentences, no dev data)."""

from __future__ import annotations

import pytest
from helpers import code

from sitrep.evaluate.scoring import cameo_event
from sitrep.ontology.cameo import penta_class


def quad(text: str) -> int:
    return penta_class(cameo_event(code(text)))


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels dismissed an appeal from the president to lay down their arms.",
        "Iran turned down the offer of talks with the United States.",
        "The opposition spurned the government's invitation to a national dialogue.",
    ],
)
def test_turning_down_an_appeal_or_offer_is_a_rejection(sentence: str) -> None:
    assert "REJECT" in [e.event_type for e in code(sentence)]
    assert quad(sentence) == 3


@pytest.mark.slow
def test_turning_without_down_is_no_rejection() -> None:
    assert "REJECT" not in [
        e.event_type for e in code("The minister turned the offer letter over to the police.")
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "Turkish police prevented a demonstration by students outside the university in Ankara.",
        "The interior ministry in Minsk banned the opposition rally planned for Saturday.",
        "A Kenyan court jailed an opposition politician for two years.",
        "The junta imprisoned hundreds of students after the coup.",
        "A court in Lagos has issued an arrest warrant for the former governor.",
    ],
)
def test_repression_and_jailing_are_material_conflict(sentence: str) -> None:
    assert quad(sentence) == 4
