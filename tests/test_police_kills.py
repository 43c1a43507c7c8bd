"""Police killings, round 5: headline runs joined by a mojibake no-break space, gunfire at a
crowd with nobody named, an order to fire, and a probe into a deadly attack (hand-made
sentences in the style of Indian police reporting, no dev set)."""

from __future__ import annotations

import pytest
from helpers import PUB, code

from sitrep.evaluate.labels import predicted_labels

NAMES = frozenset({"KILL", "FORCE", "ARREST", "ANY_ACTION"})


def labels(text: str) -> frozenset[str]:
    return predicted_labels(tuple(code(text)), NAMES)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "latest newsÂ two dead in police firing at rampurÂ rail fares to go up from april",
        "cricketÂ youth killed in police firing in nagpurÂ mayor inaugurates flyover",
    ],
)
def test_a_no_break_space_mojibake_between_words_separates_headlines(text: str) -> None:
    assert "KILL" in labels(text), text


def test_a_no_break_space_mojibake_by_a_number_stays_a_space() -> None:
    from sitrep.nlp import load_tokenizer
    from sitrep.pipeline import sentence_starts

    nlp = load_tokenizer()
    assert sentence_starts(nlp.make_doc("The toll rose to 12Â on Sunday evening.")) == [0]
    assert sentence_starts(nlp.make_doc("The camp is 10Â km from the town.")) == [0]
    doc = nlp.make_doc("sportsÂ team wins the cupÂ markets fall")
    assert [doc[i].text for i in sentence_starts(doc)] == ["sports", "team", "markets"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The district magistrate had ordered firing at the mob in which three persons died.",
        "Orders were given to open fire on rioters and as a result six persons were killed.",
        "Firing on the agitators in which two youths were killed lasted ten minutes.",
    ],
)
def test_gunfire_at_a_crowd_with_nobody_named_is_police_firing(text: str) -> None:
    found = labels(text)
    assert {"KILL", "FORCE"} <= found, text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on the crowd at the bus stand, killing four.",
        "Militants fired at the procession and killed two pilgrims.",
    ],
)
def test_named_gunmen_firing_at_a_crowd_stay_the_doers(text: str) -> None:
    events = [e for e in code(text) if e.event_type == "ASSAULT"]
    assert events and not any(a.sector == "COP" for e in events for a in e.actors), text


@pytest.mark.slow
def test_an_order_to_fire_is_the_firing() -> None:
    events = code("The commandant ordered firing at the protesters near the bridge.")
    firing = [e for e in events if e.event_type == "ASSAULT"]
    assert firing and firing[0].event_mode == "firearms"
    assert firing[0].modality == "asserted"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The opposition demanded a judicial inquiry into the police firing that left two dead.",
        "Demanding a probe into the police firing that killed a farmer, the union called a bandh.",
        "The state ordered an inquiry into the lathi charge that left a student dead.",
    ],
)
def test_a_probe_into_a_deadly_police_attack_reports_the_attack(text: str) -> None:
    assert {"KILL", "FORCE"} <= labels(text), text


@pytest.mark.slow
def test_a_probe_into_firing_without_deaths_kills_nobody() -> None:
    found = labels("The opposition demanded a judicial inquiry into the police firing.")
    assert "FORCE" in found and "KILL" not in found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Police firing claimed two lives in the old city on Friday.", 2),
        ("Three persons succumbed to bullet injuries sustained in police firing.", 3),
        ("A student succumbed to injuries he received in the police lathi charge.", 1),
        ("The boy died of the wounds he suffered in the police firing.", 1),
        ("The death toll in police firing rose to seven.", 7),
        ("The toll in police firing has gone up to nine in the district.", 9),
        ("There were two deaths in police firing on Sunday.", 2),
    ],
)
def test_deaths_told_around_police_firing_are_its_toll(text: str, dead: int) -> None:
    events = code(text)
    assert "KILL" in predicted_labels(tuple(events), NAMES), text
    counts = [e.fatalities.best for e in events if e.fatalities is not None]
    assert dead in counts, (text, counts)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The old man succumbed to cancer in the hospital on Monday.",
        "He died of a heart attack before the police firing began.",
        "The disease claimed two lives in the village.",
    ],
)
def test_deaths_from_other_causes_are_no_police_killing(text: str) -> None:
    assert "KILL" not in labels(text), text


@pytest.mark.slow
@pytest.mark.parametrize(
    "phrase",
    ["cops", "the jawans", "CRPF jawans", "the Border Security Force", "BSF", "armed police"],
)
def test_indian_police_and_paramilitary_nouns_are_police(phrase: str) -> None:
    from sitrep.pipeline import default_resolvers

    found = default_resolvers().actors.resolve(phrase, date=PUB)
    assert found and found[0].sector == "COP", (phrase, found)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "One of the intruders was gunned down by the jawans near the gate.",
        "Two cops shot dead a wanted dacoit in the ravines.",
    ],
)
def test_killings_by_jawans_and_cops_are_police_killings(text: str) -> None:
    assert "KILL" in labels(text), text


@pytest.mark.slow
def test_firing_at_someone_named_is_done_by_the_noun_it_hangs_on() -> None:
    # the small model reads "fired" as a participle on "duty" / "police"
    events = code("The police, who were outnumbered, fired at the rioters, killing two.")
    assert "KILL" in predicted_labels(tuple(events), NAMES)
    events = code("The policemen on duty fired at the attackers near the gate.")
    firing = [e for e in events if e.event_type == "ASSAULT"]
    assert firing and any(a.sector == "COP" for a in firing[0].actors)


@pytest.mark.slow
def test_policemen_fired_at_by_militants_are_the_targets() -> None:
    events = code("Two policemen fired at by militants in the valley")
    firing = [e for e in events if e.event_type == "ASSAULT"]
    assert firing and not any(a.sector == "COP" for a in firing[0].actors)
    assert any(r.sector == "COP" for r in firing[0].recipients)


@pytest.mark.slow
def test_an_encounter_with_a_police_unit_names_the_police() -> None:
    text = "Two dacoits were killed in an encounter with the district police crime branch."
    assert "KILL" in labels(text)


@pytest.mark.slow
def test_a_participle_after_a_crowd_noun_keeps_its_own_doer() -> None:
    events = code("The men in the crowd firing at the police were arrested.")
    firing = [e for e in events if e.event_type == "ASSAULT"]
    assert firing and not any(a.sector == "COP" for a in firing[0].actors)


@pytest.mark.slow
def test_a_death_in_the_clash_told_before_is_that_clash_s_toll() -> None:
    text = (
        "Policemen clashed with the protesters outside the collectorate. "
        "The superintendent said one person died in the clash and ten were injured."
    )
    assert "KILL" in labels(text)


@pytest.mark.slow
def test_a_death_in_a_war_with_no_event_before_stays_no_event() -> None:
    assert not code("My grandfather was a farmer. He died in the war.")
