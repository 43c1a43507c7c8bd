"""Awarding, presenting or conferring something on someone gives it: the receiver is the "to"
phrase, not the named honour (hand-written sentences, no dev data)."""

from __future__ import annotations

import pytest
from helpers import code

from sitrep.evaluate.scoring import main_event


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "receiver"),
    [
        ("Kosovo has awarded the Freedom Order to former U.S. President Bill Clinton for his"
         " role in ending the war.", "former U.S. President Bill Clinton"),
        ("The court awarded the families 5 million dollars.", "the families"),
    ],
)
def test_the_receiver_of_an_award(sentence: str, receiver: str) -> None:
    main = main_event(code(sentence))
    assert main is not None
    assert [r.text for r in main.recipients] == [receiver]
