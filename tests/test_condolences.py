"""Condolences or sympathy expressed to a party are an empathetic comment (CAMEO 018, root
01): the act of the sentence, above the deaths they are about (hand-made sentences, no dev
data)."""

from __future__ import annotations

import pytest
from helpers import code

from sitrep.evaluate.scoring import cameo_event


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The Kenyan president expressed condolences to Uganda over a bus crash that killed "
        "forty people.",
        "The foreign minister conveyed his deepest sympathy to the families of the soldiers "
        "killed by rebels in Mali.",
        "Chile extended condolences to the people of Peru after the earthquake.",
    ],
)
def test_condolences_are_a_statement(sentence: str) -> None:
    assert cameo_event(code(sentence)) == "01"
