"""A plural party named by its members ("opposition groups including X, Y and Z") is one
mention that runs on to the names (hand-written sentences, no dev data)."""

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
def test_the_named_members_belong_to_the_mention() -> None:
    text = ("Several opposition parties including the Liberal Party, the Green Party and the"
            " Workers' League held a protest outside parliament.")
    main = main_event(code(text))
    assert main is not None
    start = min(a.start for a in main.actors)
    end = max(a.end for a in main.actors)
    assert text[start:end] == (
        "Several opposition parties including the Liberal Party, the Green Party and the"
        " Workers' League"
    )


@pytest.mark.slow
def test_a_relative_clause_after_the_names_stays_out() -> None:
    text = ("The government handed the documents to opposition lawmakers including Ahmed Khan,"
            " Sara Malik and Omar Shah who are in isolation.")
    main = main_event(code(text))
    assert main is not None
    assert not any("isolation" in r.text for r in main.recipients)
    assert any("Omar Shah" in r.text for r in main.recipients)


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen killed 12 people including two children in the village.",
        "Police arrested 40 protesters, including a journalist, on Sunday.",
    ],
)
def test_unnamed_members_are_no_part_of_the_mention(sentence: str) -> None:
    main = main_event(code(sentence))
    assert main is not None
    assert not any("including" in r.text for r in main.recipients)
