"""A party named by its members ("opposition groups including X, Y and Z", "a force made up
of X and Y troops") is one mention that runs on to the names (hand-written sentences, no dev
data)."""

from __future__ import annotations

import pytest
from helpers import code

from sitrep.evaluate.scoring import main_event


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


@pytest.mark.slow
def test_what_a_party_is_made_of_belongs_to_its_mention() -> None:
    text = ("The African Union agreed to establish a peacekeeping force comprised of Kenyan,"
            " Ugandan and Burundian troops.")
    main = main_event(code(text))
    assert main is not None
    start = min(r.start for r in main.recipients)
    end = max(r.end for r in main.recipients)
    assert text[start:end] == (
        "a peacekeeping force comprised of Kenyan, Ugandan and Burundian troops"
    )
    assert {"KEN", "BDI"} <= {r.country for r in main.recipients}


@pytest.mark.slow
def test_only_the_of_phrase_of_the_composition_is_taken() -> None:
    main = main_event(code("The UN sent a team consisting of doctors and engineers to the town."))
    assert main is not None
    assert all("town" not in r.text for r in main.recipients)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "recipient", "country"),
    [
        ("Italy agreed to take in 800 people now living in Libyan detention centres.",
         "800 people now living in Libyan detention centres", "LBY"),
        ("Canada will resettle 2,000 refugees sheltering in Jordan.",
         "2,000 refugees sheltering in Jordan", "JOR"),
    ],
)
def test_unnamed_people_are_known_by_where_they_live(
    sentence: str, recipient: str, country: str
) -> None:
    main = main_event(code(sentence))
    assert main is not None
    assert [(r.text, r.country) for r in main.recipients] == [(recipient, country)]


@pytest.mark.slow
def test_a_party_is_not_extended_by_where_it_acts() -> None:
    main = main_event(code("Police arrested 40 students marching through the capital."))
    assert main is not None
    assert [r.text for r in main.recipients] == ["40 students"]
