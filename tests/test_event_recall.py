"""Event recall: doers of acts someone is guilty of or responsible for, and named persons
acting in political sentences (hand-made sentences, no dev data)."""

from __future__ import annotations

import pytest
from helpers import code


def assaults(text: str) -> list[list[str]]:
    return [[a.text for a in e.actors] for e in code(text) if e.event_type == "ASSAULT"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        ("The militia commanders are guilty of shelling villages in the north.",
         "The militia commanders"),
        ("Al-Shabaab is responsible for the bombing of the hotel in Mogadishu.", "Al-Shabaab"),
        ("Rebel leaders responsible for the massacre of villagers were arrested.",
         "Rebel leaders"),
    ],
)
def test_the_guilty_party_does_the_act(sentence: str, doer: str) -> None:
    assert any(doer in actors for actors in assaults(sentence))


@pytest.mark.slow
def test_a_metaphorical_attack_someone_is_responsible_for_stays_no_event() -> None:
    assert code("The manager is responsible for the attack on our margins.") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Karamanlis agreed to step down after the opposition parties won the vote.", "AGREE"),
        ("Mr Tsvangirai demanded a recount of the ballots from the electoral commission.",
         "REQUEST"),
        ("Dehghan had refused to answer a question from 20 MPs about the army.", "REJECT"),
    ],
)
def test_a_named_person_acts_in_a_political_sentence(sentence: str, event_type: str) -> None:
    assert event_type in [e.event_type for e in code(sentence)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "Hall has agreed to release Enron and every affiliate.",  # no political party named
        "I have attached a revised copy of the GISB Agreement for your review.",
        "Karamanlis agreed to buy the house next to the school.",
    ],
)
def test_a_name_alone_makes_no_event(sentence: str) -> None:
    assert code(sentence) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("The army put its units on high alert along the border.", "MOBILIZE"),
        ("The government launched a military operation against the rebels.", "ASSAULT"),
    ],
)
def test_alerts_and_military_operations(sentence: str, event_type: str) -> None:
    # CAMEO 152 (military alert) and 190 (military operation)
    assert event_type in [e.event_type for e in code(sentence)]


@pytest.mark.slow
def test_a_weather_alert_is_no_event() -> None:
    assert code("The weather service issued a flood alert for the county.") == []


@pytest.mark.slow
def test_the_owner_of_an_aid_package_gives_the_aid() -> None:
    events = code("The Japanese government's aid package reached the flooded villages.")
    aid = [e for e in events if e.event_type == "AID"]
    assert aid and "Japanese government" in aid[0].actors[0].text


@pytest.mark.slow
def test_taking_part_in_peacekeeping_is_aid() -> None:
    # CAMEO 0743: military protection or peacekeeping given to a country
    events = code("Bangladeshi troops take part in peacekeeping operations in South Sudan.")
    assert "AID" in [e.event_type for e in events]


@pytest.mark.slow
def test_an_attack_on_a_peacekeeping_mission_stays_the_main_event() -> None:
    from sitrep.evaluate.scoring import main_event

    main = main_event(code("Rebels attacked the UN peacekeeping mission in Mali."))
    assert main is not None and main.event_type == "ASSAULT"


@pytest.mark.slow
def test_the_country_expels_those_expelled_from_it() -> None:
    events = code("Three French journalists were expelled from Ethiopia on Monday.")
    expulsions = [e for e in events if e.event_type == "SANCTION"]
    assert expulsions and [a.text for a in expulsions[0].actors] == ["Ethiopia"]


@pytest.mark.slow
def test_a_named_commentator_is_no_party() -> None:
    text = "Analyst Jan Kowalski agreed to testify after the opposition parties complained."
    assert "AGREE" not in [e.event_type for e in code(text)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Three opposition activists were released from detention on Friday.", "RETREAT"),
        ("The blogger was freed from house arrest after two years.", "RETREAT"),
    ],
)
def test_release_from_custody_is_an_event(sentence: str, event_type: str) -> None:
    assert event_type in [e.event_type for e in code(sentence)]


@pytest.mark.slow
def test_a_film_released_from_an_archive_is_no_event() -> None:
    assert code("The film was released from the studio archive.") == []
