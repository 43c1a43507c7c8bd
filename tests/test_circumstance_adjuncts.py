"""An event named in a "despite / after / amid / following" phrase is the circumstance of the
predication, not the predication: it ranks below it (hand-made sentences, no dev data)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.evaluate.scoring import main_event
from sitrep.pipeline import code_text

PUB = dt.date(2024, 3, 14)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "main_type"),
    [
        ("Qatar's envoy to the UN pledged continued support for the peace process in Yemen, "
         "despite the Houthis' recent attack on two Saudi pipelines.", "SUPPORT"),
        ("Jordan's foreign minister praised Egypt's mediation amid the Israeli airstrikes on "
         "Gaza.", "SUPPORT"),
    ],
)
def test_the_circumstance_ranks_below_the_act(sentence: str, main_type: str) -> None:
    main = main_event(code_text(sentence, date=PUB, id="t"))
    assert main is not None and main.event_type == main_type
