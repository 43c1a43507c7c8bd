"""'let free' and 'set free' are releases even when the parser reads "free" as a modifier of
the freed ("let free activists") (hand-made sentences, no dev data)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import code_text

PUB = dt.date(2024, 3, 14)


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "Bahrain let free dozens of activists on Sunday.",
        "The rebels set free two French aid workers on Tuesday.",
    ],
)
def test_let_free_is_a_release(sentence: str) -> None:
    events = code_text(sentence, date=PUB, id="t")
    assert any(e.event_type == "RETREAT" and e.event_mode == "release" for e in events)


@pytest.mark.slow
def test_free_as_an_adjective_of_an_object_is_no_release() -> None:
    events = code_text("The government gave free food to the refugees in Chad.", date=PUB, id="t")
    assert not any(e.event_mode == "release" for e in events)
