"""A pronoun subject of a reported clause ("said it will not lift the ban", "said his country
would …") stands for the speaker; an announced act the announcement forswears ("will not
attack") is no threat (hand-made sentences, no dev data)."""

from __future__ import annotations

import pytest
from helpers import code

from sitrep.evaluate.scoring import cameo_event


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("President Erdogan said his country will not lift the ban on Syrian imports.",
         "President Erdogan"),
        ("The Polish government said it will not lift the ban on Russian coal.",
         "The Polish government"),
    ],
)
def test_the_speaker_does_what_its_pronoun_does(sentence: str, speaker: str) -> None:
    events = code(sentence)
    assert cameo_event(events) == "12"
    assert any(speaker in [a.text for a in e.actors] for e in events)


@pytest.mark.slow
def test_a_pronoun_of_nobody_political_stays_no_event() -> None:
    assert code("Mary said they will meet for dinner at the club.") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The Iranian president said he will not attack anyone.",
        "Iran will not impose sanctions on Iraq.",
    ],
)
def test_a_forsworn_act_is_no_threat(sentence: str) -> None:
    assert cameo_event(code(sentence)) is None


@pytest.mark.slow
def test_an_announced_attack_is_a_threat() -> None:
    assert cameo_event(code("Iran will attack Iraq.")) == "13"
