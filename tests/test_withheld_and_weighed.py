"""A thing denied to a party is withheld (a refusal, CAMEO 12), a denied charge is not; acts
inside an estimate or weighed as a chance are not reported as done (hand-made sentences, no
dev data)."""

from __future__ import annotations

import pytest
from helpers import code


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The district administration in Ankara has denied land to an Alevi community.",
        "The government denied the opposition party a permit for the rally.",
    ],
)
def test_withholding_from_a_party_is_a_refusal(sentence: str) -> None:
    assert "REJECT" in [e.event_type for e in code(sentence)]


@pytest.mark.slow
def test_a_denied_charge_is_no_refusal() -> None:
    # a denial of charges is a statement (CAMEO 016, root 01), not a refusal (12)
    events = code("The minister denied the allegations to reporters in Kabul.")
    assert all(e.cameo_root != "12" for e in events)


@pytest.mark.slow
def test_strikes_inside_an_estimate_are_not_asserted() -> None:
    events = code("NATO declined to comment on an estimate that Serbian troops in Kosovo were "
                  "losing 100 dead per day in NATO air strikes.")
    assert all(e.modality != "asserted" for e in events if e.event_type == "ASSAULT")


@pytest.mark.slow
def test_talks_weighed_as_a_chance_are_no_agreement() -> None:
    events = code("Barak said he was pessimistic about the chances of resuming peace talks "
                  "with Syria.")
    assert "AGREE" not in [e.event_type for e in events]
    assert all(e.modality != "asserted" for e in events)


@pytest.mark.slow
def test_an_act_one_is_pessimistic_about_is_not_promised() -> None:
    # the clause hangs on the copula: "is pessimistic that …"
    events = code("The health minister says he is pessimistic that the talks with Iran will "
                  "resume next year.")
    assert all(e.modality != "asserted" for e in events)
    assert "AGREE" not in [e.event_type for e in events]
